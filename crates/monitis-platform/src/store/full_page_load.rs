//! Storage of full page load monitors (docs/protocol.md, "Full page load monitors"): the
//! reseller's own, settings only, like his own external monitors. Their results are rows
//! of `test_results` under their ids, which start at `FULL_PAGE_LOAD_BASE` so that one id
//! names one monitor there.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Result, now_text};

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS full_page_load_monitors (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    tag TEXT NOT NULL,
    url TEXT NOT NULL,
    -- Milliseconds.
    timeout INTEGER NOT NULL,
    -- Each location with its check interval in minutes: `1-5,4-10`.
    locations TEXT NOT NULL,
    uptime_sla REAL,
    response_sla REAL,
    suspended INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS full_page_load_monitors_reseller ON full_page_load_monitors(reseller_id);
CREATE TRIGGER IF NOT EXISTS test_results_of_full_page_load AFTER DELETE ON full_page_load_monitors
BEGIN DELETE FROM test_results WHERE test_id = OLD.id; END;
";

/// The first id of full page load monitors, above every external monitor's.
pub const FULL_PAGE_LOAD_BASE: i64 = 2_000_000_000;

#[derive(Debug, Clone)]
pub struct FullPageLoad {
    pub id: i64,
    pub name: String,
    pub tag: String,
    pub url: String,
    pub timeout: u32,
    /// Location ids, each with its check interval (minutes).
    pub locations: Vec<(u32, u32)>,
    pub uptime_sla: Option<f64>,
    pub response_sla: Option<f64>,
    pub suspended: bool,
    pub created_at: String,
}

const COLUMNS: &str =
    "id, name, tag, url, timeout, locations, uptime_sla, response_sla, suspended, created_at";

fn row(r: &Row) -> Result<FullPageLoad> {
    let locations: String = r.get(5)?;
    Ok(FullPageLoad {
        id: r.get(0)?,
        name: r.get(1)?,
        tag: r.get(2)?,
        url: r.get(3)?,
        timeout: r.get(4)?,
        locations: locations
            .split(',')
            .filter_map(|pair| {
                let (id, interval) = pair.split_once('-')?;
                Some((id.parse().ok()?, interval.parse().ok()?))
            })
            .collect(),
        uptime_sla: r.get(6)?,
        response_sla: r.get(7)?,
        suspended: r.get(8)?,
        created_at: r.get(9)?,
    })
}

fn join_locations(locations: &[(u32, u32)]) -> String {
    locations
        .iter()
        .map(|(id, interval)| format!("{id}-{interval}"))
        .collect::<Vec<_>>()
        .join(",")
}

pub fn monitors(conn: &Connection, reseller_id: i64) -> Result<Vec<FullPageLoad>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM full_page_load_monitors WHERE reseller_id = ?1 ORDER BY id"
    ))?
    .query_map([reseller_id], row)?
    .collect()
}

pub fn monitor(conn: &Connection, reseller_id: i64, id: i64) -> Result<Option<FullPageLoad>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM full_page_load_monitors WHERE reseller_id = ?1 AND id = ?2"
    ))?
    .query_row(params![reseller_id, id], row)
    .optional()
}

/// Inserts `m` (its id and creation time are chosen here) and returns its id.
pub fn insert(conn: &Connection, reseller_id: i64, m: &FullPageLoad) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO full_page_load_monitors
            (id, reseller_id, name, tag, url, timeout, locations, uptime_sla, response_sla, created_at)
         VALUES ((SELECT MAX(?1, COALESCE(MAX(id) + 1, ?1)) FROM full_page_load_monitors),
            ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        FULL_PAGE_LOAD_BASE,
        reseller_id,
        m.name,
        m.tag,
        m.url,
        m.timeout,
        join_locations(&m.locations),
        m.uptime_sla,
        m.response_sla,
        now_text()
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Saves every field of `m` but its id and creation time.
pub fn save(conn: &Connection, m: &FullPageLoad) -> Result<()> {
    conn.prepare_cached(
        "UPDATE full_page_load_monitors SET name = ?2, tag = ?3, url = ?4, timeout = ?5,
         locations = ?6, uptime_sla = ?7, response_sla = ?8, suspended = ?9 WHERE id = ?1",
    )?
    .execute(params![
        m.id,
        m.name,
        m.tag,
        m.url,
        m.timeout,
        join_locations(&m.locations),
        m.uptime_sla,
        m.response_sla,
        m.suspended
    ])?;
    Ok(())
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM full_page_load_monitors WHERE id = ?1", [id])?;
    Ok(())
}
