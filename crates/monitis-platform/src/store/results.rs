//! Storage of external monitors' check results (docs/protocol.md, "Keys, layout,
//! sub-account pages and results"): one row per check of a monitor from one location.
//! The monitoring engine writes them; the result actions read them. A deleted monitor's
//! results go with it, so that a later monitor given the same id starts with none.

use rusqlite::{Connection, params};

use super::Result;

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS test_results (
    -- A client's external monitor (monitors.id) or the reseller's own (own_monitors.id).
    test_id INTEGER NOT NULL,
    location_id INTEGER NOT NULL,
    -- When the check ran, Unix seconds (UTC).
    checked_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('OK', 'NOK')),
    -- Response time in milliseconds.
    perf REAL NOT NULL,
    -- Why a failed check failed, when known.
    message TEXT,
    PRIMARY KEY (test_id, location_id, checked_at)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS test_results_of_monitor AFTER DELETE ON monitors
BEGIN DELETE FROM test_results WHERE test_id = OLD.id; END;
CREATE TRIGGER IF NOT EXISTS test_results_of_own_monitor AFTER DELETE ON own_monitors
BEGIN DELETE FROM test_results WHERE test_id = OLD.id; END;
";

#[derive(Debug, Clone, PartialEq)]
pub struct CheckResult {
    pub location_id: u32,
    pub checked_at: i64,
    pub ok: bool,
    pub perf: f64,
    pub message: Option<String>,
}

fn check_result(r: &rusqlite::Row) -> Result<CheckResult> {
    let status: String = r.get(2)?;
    Ok(CheckResult {
        location_id: r.get(0)?,
        checked_at: r.get(1)?,
        ok: status == "OK",
        perf: r.get(3)?,
        message: r.get(4)?,
    })
}

/// The results of `test_id` checked in `[from, to)` (Unix seconds), oldest first.
pub fn results(conn: &Connection, test_id: i64, from: i64, to: i64) -> Result<Vec<CheckResult>> {
    conn.prepare_cached(
        "SELECT location_id, checked_at, status, perf, message FROM test_results
         WHERE test_id = ?1 AND checked_at >= ?2 AND checked_at < ?3
         ORDER BY location_id, checked_at",
    )?
    .query_map(params![test_id, from, to], check_result)?
    .collect()
}

/// The latest result of `test_id` from each location that has one.
pub fn last_results(conn: &Connection, test_id: i64) -> Result<Vec<CheckResult>> {
    conn.prepare_cached(
        "SELECT r.location_id, r.checked_at, r.status, r.perf, r.message FROM test_results r
         WHERE r.test_id = ?1 AND r.checked_at =
            (SELECT MAX(checked_at) FROM test_results l
             WHERE l.test_id = r.test_id AND l.location_id = r.location_id)
         ORDER BY r.location_id",
    )?
    .query_map([test_id], check_result)?
    .collect()
}
