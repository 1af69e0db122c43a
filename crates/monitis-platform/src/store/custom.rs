//! Storage of the custom monitors served at `/customMonitorApi` (docs/protocol.md, "Custom
//! monitors"): the monitors an account defines, the results its scripts push, and the
//! custom agents with their jobs. Each row belongs to an account: a reseller himself
//! (`client_id` NULL) or one of his clients. The parameter lists are stored as the JSON the
//! actions read back whole; nothing here checks a rule or a value.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{AccountRef, Result, now_text};

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS custom_agents (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    job_polling_interval INTEGER NOT NULL,
    -- A JSON object of the agent's settings, as the client sent it.
    params TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- When a monitor of the agent last had a result.
    last_access TEXT
);
CREATE INDEX IF NOT EXISTS custom_agents_owner ON custom_agents(reseller_id, client_id);
CREATE TABLE IF NOT EXISTS custom_monitors (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    agent_id INTEGER REFERENCES custom_agents(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    tag TEXT NOT NULL,
    type TEXT NOT NULL,
    multi_value INTEGER NOT NULL,
    -- JSON arrays of the parsed parameter lists.
    result_params TEXT NOT NULL,
    monitor_params TEXT NOT NULL,
    additional_params TEXT NOT NULL,
    gui_style TEXT,
    suspended INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS custom_monitors_owner ON custom_monitors(reseller_id, client_id);
CREATE TABLE IF NOT EXISTS custom_results (
    monitor_id INTEGER NOT NULL REFERENCES custom_monitors(id) ON DELETE CASCADE,
    -- Milliseconds since the epoch, as the clients send it.
    checktime INTEGER NOT NULL,
    -- A JSON object of the result's values; NULL while only additional results were sent.
    results TEXT,
    -- A JSON array of the additional results.
    additional TEXT,
    PRIMARY KEY (monitor_id, checktime)
);
CREATE TABLE IF NOT EXISTS custom_jobs (
    id INTEGER PRIMARY KEY,
    agent_id INTEGER NOT NULL REFERENCES custom_agents(id) ON DELETE CASCADE,
    monitor_id INTEGER REFERENCES custom_monitors(id) ON DELETE SET NULL,
    name TEXT,
    type TEXT NOT NULL,
    interval INTEGER,
    periodicity TEXT,
    params TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS custom_jobs_agent ON custom_jobs(agent_id);
";

/// A custom monitor; `id` and the time it was made are chosen by the store.
#[derive(Debug, Clone, Default)]
pub struct CustomMonitor {
    pub id: i64,
    pub agent_id: Option<i64>,
    pub name: String,
    pub tag: String,
    pub kind: String,
    pub multi_value: bool,
    pub result_params: String,
    pub monitor_params: String,
    pub additional_params: String,
    pub gui_style: Option<String>,
    pub suspended: bool,
}

const MONITOR_COLUMNS: &str = "id, agent_id, name, tag, type, multi_value, result_params, \
     monitor_params, additional_params, gui_style, suspended";

fn monitor_row(r: &Row) -> Result<CustomMonitor> {
    Ok(CustomMonitor {
        id: r.get(0)?,
        agent_id: r.get(1)?,
        name: r.get(2)?,
        tag: r.get(3)?,
        kind: r.get(4)?,
        multi_value: r.get(5)?,
        result_params: r.get(6)?,
        monitor_params: r.get(7)?,
        additional_params: r.get(8)?,
        gui_style: r.get(9)?,
        suspended: r.get(10)?,
    })
}

/// The owner's rows of `table` (all, or the one with `id`), oldest first.
fn owned<T>(
    conn: &Connection,
    table: &str,
    columns: &str,
    row: fn(&Row) -> Result<T>,
    owner: AccountRef,
    id: Option<i64>,
) -> Result<Vec<T>> {
    conn.prepare_cached(&format!(
        "SELECT {columns} FROM {table}
         WHERE reseller_id = ?1 AND client_id IS ?2 AND id = COALESCE(?3, id) ORDER BY id"
    ))?
    .query_map(params![owner.reseller_id, owner.client_id, id], row)?
    .collect()
}

/// The owner's monitors, oldest first.
pub fn monitors(conn: &Connection, owner: AccountRef) -> Result<Vec<CustomMonitor>> {
    owned(
        conn,
        "custom_monitors",
        MONITOR_COLUMNS,
        monitor_row,
        owner,
        None,
    )
}

pub fn monitor(conn: &Connection, owner: AccountRef, id: i64) -> Result<Option<CustomMonitor>> {
    Ok(owned(
        conn,
        "custom_monitors",
        MONITOR_COLUMNS,
        monitor_row,
        owner,
        Some(id),
    )?
    .pop())
}

/// Inserts `m` (its id is chosen here) and returns its id.
pub fn insert_monitor(conn: &Connection, owner: AccountRef, m: &CustomMonitor) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO custom_monitors (reseller_id, client_id, name, tag, type, multi_value,
             result_params, monitor_params, additional_params, created_at)
         VALUES (?1, ?2, '', '', '', 0, '[]', '[]', '[]', ?3)",
    )?
    .execute(params![owner.reseller_id, owner.client_id, now_text()])?;
    let id = conn.last_insert_rowid();
    save_monitor(conn, &CustomMonitor { id, ..m.clone() })?;
    Ok(id)
}

/// Saves every field of `m` but its id.
pub fn save_monitor(conn: &Connection, m: &CustomMonitor) -> Result<()> {
    conn.prepare_cached(
        "UPDATE custom_monitors SET agent_id = ?2, name = ?3, tag = ?4, type = ?5,
             multi_value = ?6, result_params = ?7, monitor_params = ?8,
             additional_params = ?9, gui_style = ?10, suspended = ?11
         WHERE id = ?1",
    )?
    .execute(params![
        m.id,
        m.agent_id,
        m.name,
        m.tag,
        m.kind,
        m.multi_value,
        m.result_params,
        m.monitor_params,
        m.additional_params,
        m.gui_style,
        m.suspended
    ])?;
    Ok(())
}

/// Deletes a monitor with its results.
pub fn delete_monitor(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM custom_monitors WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// One pushed result.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredResult {
    pub checktime: i64,
    pub results: Option<String>,
    pub additional: Option<String>,
}

/// Stores the result at `checktime` (a given part replaces what was there, a part left
/// out stays) and keeps only the monitor's newest `keep` results.
pub fn put_result(
    conn: &Connection,
    monitor_id: i64,
    checktime: i64,
    results: Option<&str>,
    additional: Option<&str>,
    keep: u32,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO custom_results (monitor_id, checktime, results, additional)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (monitor_id, checktime) DO UPDATE SET
             results = COALESCE(excluded.results, results),
             additional = COALESCE(excluded.additional, additional)",
    )?
    .execute(params![monitor_id, checktime, results, additional])?;
    conn.prepare_cached(
        "DELETE FROM custom_results WHERE monitor_id = ?1 AND checktime <
             (SELECT checktime FROM custom_results WHERE monitor_id = ?1
              ORDER BY checktime DESC LIMIT 1 OFFSET ?2 - 1)",
    )?
    .execute(params![monitor_id, keep])?;
    Ok(())
}

/// The monitor's results with `from <= checktime < to`, oldest first.
pub fn results(
    conn: &Connection,
    monitor_id: i64,
    from: i64,
    to: i64,
) -> Result<Vec<StoredResult>> {
    conn.prepare_cached(
        "SELECT checktime, results, additional FROM custom_results
         WHERE monitor_id = ?1 AND checktime >= ?2 AND checktime < ?3 ORDER BY checktime",
    )?
    .query_map(params![monitor_id, from, to], |r| {
        Ok(StoredResult {
            checktime: r.get(0)?,
            results: r.get(1)?,
            additional: r.get(2)?,
        })
    })?
    .collect()
}

/// The additional results at `checktime`, or the newest ones when it is None.
pub fn additional(
    conn: &Connection,
    monitor_id: i64,
    checktime: Option<i64>,
) -> Result<Option<String>> {
    conn.prepare_cached(
        "SELECT additional FROM custom_results
         WHERE monitor_id = ?1 AND additional IS NOT NULL AND checktime = COALESCE(?2, checktime)
         ORDER BY checktime DESC LIMIT 1",
    )?
    .query_row(params![monitor_id, checktime], |r| r.get(0))
    .optional()
}

/// A custom agent; `id` and its times are chosen by the store.
#[derive(Debug, Clone, Default)]
pub struct CustomAgent {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub job_polling_interval: u32,
    pub params: String,
    pub created_at: String,
    pub last_access: Option<String>,
}

const AGENT_COLUMNS: &str = "id, name, type, job_polling_interval, params, created_at, last_access";

fn agent_row(r: &Row) -> Result<CustomAgent> {
    Ok(CustomAgent {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        job_polling_interval: r.get(3)?,
        params: r.get(4)?,
        created_at: r.get(5)?,
        last_access: r.get(6)?,
    })
}

/// The owner's agents, oldest first.
pub fn agents(conn: &Connection, owner: AccountRef) -> Result<Vec<CustomAgent>> {
    owned(conn, "custom_agents", AGENT_COLUMNS, agent_row, owner, None)
}

pub fn agent(conn: &Connection, owner: AccountRef, id: i64) -> Result<Option<CustomAgent>> {
    Ok(owned(
        conn,
        "custom_agents",
        AGENT_COLUMNS,
        agent_row,
        owner,
        Some(id),
    )?
    .pop())
}

pub fn insert_agent(conn: &Connection, owner: AccountRef, a: &CustomAgent) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO custom_agents (reseller_id, client_id, name, type, job_polling_interval,
             params, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        owner.reseller_id,
        owner.client_id,
        a.name,
        a.kind,
        a.job_polling_interval,
        a.params,
        now_text()
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Saves the agent's name, type, polling interval and params.
pub fn save_agent(conn: &Connection, a: &CustomAgent) -> Result<()> {
    conn.prepare_cached(
        "UPDATE custom_agents SET name = ?2, type = ?3, job_polling_interval = ?4, params = ?5
         WHERE id = ?1",
    )?
    .execute(params![
        a.id,
        a.name,
        a.kind,
        a.job_polling_interval,
        a.params
    ])?;
    Ok(())
}

/// Marks the agent as heard from now.
pub fn touch_agent(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE custom_agents SET last_access = ?2 WHERE id = ?1")?
        .execute(params![id, now_text()])?;
    Ok(())
}

/// Deletes an agent with its jobs, and its monitors too when `with_monitors`; otherwise
/// they stay without an agent.
pub fn delete_agent(conn: &Connection, id: i64, with_monitors: bool) -> Result<()> {
    if with_monitors {
        conn.prepare_cached("DELETE FROM custom_monitors WHERE agent_id = ?1")?
            .execute([id])?;
    }
    conn.prepare_cached("DELETE FROM custom_agents WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// A job of a custom agent; `id` is chosen by the store.
#[derive(Debug, Clone, Default)]
pub struct CustomJob {
    pub id: i64,
    pub agent_id: i64,
    pub monitor_id: Option<i64>,
    pub name: Option<String>,
    pub kind: String,
    pub interval: Option<u32>,
    pub periodicity: Option<String>,
    pub params: String,
    pub active: bool,
}

const JOB_COLUMNS: &str = "j.id, j.agent_id, j.monitor_id, j.name, j.type, j.interval, \
     j.periodicity, j.params, j.active";

fn job_row(r: &Row) -> Result<CustomJob> {
    Ok(CustomJob {
        id: r.get(0)?,
        agent_id: r.get(1)?,
        monitor_id: r.get(2)?,
        name: r.get(3)?,
        kind: r.get(4)?,
        interval: r.get(5)?,
        periodicity: r.get(6)?,
        params: r.get(7)?,
        active: r.get(8)?,
    })
}

/// The agent's jobs with ids above `after`, oldest first.
pub fn jobs(conn: &Connection, agent_id: i64, after: i64) -> Result<Vec<CustomJob>> {
    conn.prepare_cached(&format!(
        "SELECT {JOB_COLUMNS} FROM custom_jobs j WHERE j.agent_id = ?1 AND j.id > ?2 ORDER BY j.id"
    ))?
    .query_map(params![agent_id, after], job_row)?
    .collect()
}

/// A job of one of the owner's agents.
pub fn job(conn: &Connection, owner: AccountRef, id: i64) -> Result<Option<CustomJob>> {
    conn.prepare_cached(&format!(
        "SELECT {JOB_COLUMNS} FROM custom_jobs j JOIN custom_agents a ON a.id = j.agent_id
         WHERE a.reseller_id = ?1 AND a.client_id IS ?2 AND j.id = ?3"
    ))?
    .query_row(params![owner.reseller_id, owner.client_id, id], job_row)
    .optional()
}

/// Inserts `j` (its id is chosen here) and returns its id.
pub fn insert_job(conn: &Connection, j: &CustomJob) -> Result<i64> {
    conn.prepare_cached("INSERT INTO custom_jobs (agent_id, type, params) VALUES (?1, '', '')")?
        .execute([j.agent_id])?;
    let id = conn.last_insert_rowid();
    save_job(conn, &CustomJob { id, ..j.clone() })?;
    Ok(id)
}

/// Saves every field of `j` but its id and agent.
pub fn save_job(conn: &Connection, j: &CustomJob) -> Result<()> {
    conn.prepare_cached(
        "UPDATE custom_jobs SET monitor_id = ?2, name = ?3, type = ?4, interval = ?5,
             periodicity = ?6, params = ?7, active = ?8
         WHERE id = ?1",
    )?
    .execute(params![
        j.id,
        j.monitor_id,
        j.name,
        j.kind,
        j.interval,
        j.periodicity,
        j.params,
        j.active
    ])?;
    Ok(())
}

pub fn delete_job(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM custom_jobs WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// How many monitors or agents the owner has.
pub fn count(conn: &Connection, owner: AccountRef, table: Counted) -> Result<u32> {
    let table = match table {
        Counted::Monitors => "custom_monitors",
        Counted::Agents => "custom_agents",
    };
    conn.prepare_cached(&format!(
        "SELECT COUNT(*) FROM {table} WHERE reseller_id = ?1 AND client_id IS ?2"
    ))?
    .query_row(params![owner.reseller_id, owner.client_id], |r| r.get(0))
}

/// What `count` counts.
#[derive(Debug, Clone, Copy)]
pub enum Counted {
    Monitors,
    Agents,
}

/// How many jobs the agent has.
pub fn count_jobs(conn: &Connection, agent_id: i64) -> Result<u32> {
    conn.prepare_cached("SELECT COUNT(*) FROM custom_jobs WHERE agent_id = ?1")?
        .query_row([agent_id], |r| r.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE resellers (id INTEGER PRIMARY KEY);
             CREATE TABLE clients (id INTEGER PRIMARY KEY);
             INSERT INTO resellers VALUES (1);
             PRAGMA foreign_keys = ON;",
        )
        .unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        conn
    }

    const OWNER: AccountRef = AccountRef {
        reseller_id: 1,
        client_id: None,
    };

    #[test]
    fn a_monitor_keeps_only_its_newest_results_and_merges_the_parts_of_one() {
        let conn = db();
        let id = insert_monitor(&conn, OWNER, &CustomMonitor::default()).unwrap();
        for t in 1..=5 {
            put_result(&conn, id, t * 1000, Some("{}"), None, 3).unwrap();
        }
        put_result(&conn, id, 5000, None, Some("[1]"), 3).unwrap();
        let kept = results(&conn, id, 0, i64::MAX).unwrap();
        let times: Vec<i64> = kept.iter().map(|r| r.checktime).collect();
        assert_eq!(times, [3000, 4000, 5000]);
        assert_eq!(
            kept[2],
            StoredResult {
                checktime: 5000,
                results: Some("{}".to_string()),
                additional: Some("[1]".to_string()),
            }
        );
        assert_eq!(additional(&conn, id, None).unwrap().as_deref(), Some("[1]"));
        assert_eq!(additional(&conn, id, Some(4000)).unwrap(), None);
        assert_eq!(results(&conn, id, 3000, 4000).unwrap().len(), 1);
    }

    #[test]
    fn deleting_an_agent_keeps_or_takes_its_monitors() {
        let conn = db();
        let agent = |name: &str| {
            let a = CustomAgent {
                name: name.to_string(),
                params: "{}".to_string(),
                ..Default::default()
            };
            insert_agent(&conn, OWNER, &a).unwrap()
        };
        let (kept, taken) = (agent("a"), agent("b"));
        for agent_id in [kept, taken] {
            let m = CustomMonitor {
                agent_id: Some(agent_id),
                ..Default::default()
            };
            insert_monitor(&conn, OWNER, &m).unwrap();
            insert_job(
                &conn,
                &CustomJob {
                    agent_id,
                    ..Default::default()
                },
            )
            .unwrap();
        }
        delete_agent(&conn, kept, false).unwrap();
        delete_agent(&conn, taken, true).unwrap();
        let left = monitors(&conn, OWNER).unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].agent_id, None);
        assert_eq!(count_jobs(&conn, kept).unwrap(), 0);
        assert_eq!(count(&conn, OWNER, Counted::Agents).unwrap(), 0);
    }
}
