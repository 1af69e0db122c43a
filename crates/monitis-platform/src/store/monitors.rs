//! Monitors: rows, filters, their state (R6) and their order (R7).

use super::*;

/// A monitor with the hosted check type of external monitors (`tests`).
pub struct MonitorRow {
    pub monitor: Monitor,
    pub check_type: Option<String>,
}

const MONITOR_COLUMNS: &str = "m.id, m.client_id, m.order_id, m.type, m.name, m.url, m.interval, m.status, \
    m.suspended_reason, o.managed, m.pageviews, m.check_type";

const MONITOR_FROM: &str =
    "FROM monitors m JOIN orders o ON o.id = m.order_id JOIN clients c ON c.id = m.client_id";

fn monitor_row(r: &Row) -> Result<MonitorRow> {
    let managed: bool = r.get(9)?;
    Ok(MonitorRow {
        monitor: Monitor {
            id: r.get(0)?,
            client_id: r.get(1)?,
            order_id: r.get(2)?,
            kind: from_text(3, r.get(3)?)?,
            name: r.get(4)?,
            url: r.get(5)?,
            interval: r.get(6)?,
            status: from_text(7, r.get(7)?)?,
            suspended_reason: opt_from_text(8, r.get(8)?)?,
            managed,
            managed_by: rules::managed_by(managed),
            pageviews: r.get(10)?,
        },
        check_type: r.get(11)?,
    })
}

/// Filters of a monitor listing; None matches everything.
#[derive(Debug, Default, Clone, Copy)]
pub struct MonitorQuery<'a> {
    pub order_id: Option<i64>,
    pub kind: Option<MonitorType>,
    pub status: Option<Status>,
    pub managed: Option<bool>,
    /// Only these monitors.
    pub ids: Option<&'a [i64]>,
}

fn monitor_filter(scope: Scope, f: MonitorQuery) -> Filter {
    let mut filter = Filter::new("c.reseller_id = ?", scope.reseller_id);
    filter.and("m.client_id = ?", scope.client_id);
    filter.and("m.order_id = ?", f.order_id);
    filter.and("m.type = ?", f.kind.map(wire_name));
    filter.and("m.status = ?", f.status.map(wire_name));
    filter.and("o.managed = ?", f.managed);
    filter.and(
        "m.id IN (SELECT value FROM json_each(?))",
        f.ids.map(json_ids),
    );
    filter
}

pub fn monitors(conn: &Connection, scope: Scope, f: MonitorQuery) -> Result<Vec<MonitorRow>> {
    let filter = monitor_filter(scope, f);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {MONITOR_COLUMNS} {MONITOR_FROM} WHERE {} ORDER BY m.id",
        filter.sql
    ))?;
    stmt.query_map(filter.params(), monitor_row)?.collect()
}

/// The monitors of a listing as the API's JSON objects, written by SQLite row by row and
/// handed to `each` until it answers false: a list of 100,000 monitors never exists as
/// objects in memory. The keys are in the order serde_json writes a `Monitor` value
/// (alphabetical), so the text equals what serialising `monitors` gives.
///
/// The listing's ids are found first (SQLite keeps them in an index, sorted), and the
/// objects are made in that order: joined the plain way, SQLite sorted the finished
/// objects, so the first row came only after all of them (most of the answer's time)
/// and its sorter held the whole list's text.
pub fn monitors_json(
    conn: &Connection,
    scope: Scope,
    f: MonitorQuery,
    mut each: impl FnMut(&str) -> bool,
) -> Result<()> {
    let mut filter = monitor_filter(scope, f);
    let managed_by = filter.next(rules::managed_by(true));
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT json_object('clientId', m.client_id, 'id', m.id, 'interval', m.interval,
             'managed', json(CASE WHEN o.managed THEN 'true' ELSE 'false' END),
             'managedBy', CASE WHEN o.managed THEN ?{managed_by} END, 'name', m.name,
             'orderId', m.order_id, 'pageviews', m.pageviews, 'status', m.status,
             'suspendedReason', m.suspended_reason, 'type', m.type, 'url', m.url)
         FROM monitors m JOIN orders o ON o.id = m.order_id
         WHERE m.id IN (SELECT m.id {MONITOR_FROM} WHERE {}) ORDER BY m.id",
        filter.sql
    ))?;
    let mut rows = stmt.query(filter.params())?;
    while let Some(r) = rows.next()? {
        if !each(r.get_ref(0)?.as_str()?) {
            break;
        }
    }
    Ok(())
}

/// The monitors in scope among `ids`, by id; ids out of scope are simply absent.
pub fn monitors_by_id(
    conn: &Connection,
    scope: Scope,
    ids: &[i64],
) -> Result<HashMap<i64, Monitor>> {
    let rows = monitors(
        conn,
        scope,
        MonitorQuery {
            ids: Some(ids),
            ..Default::default()
        },
    )?;
    Ok(rows
        .into_iter()
        .map(|r| (r.monitor.id, r.monitor))
        .collect())
}

/// How many monitors of each type are linked to an order.
pub fn linked_counts(conn: &Connection, order_id: i64) -> Result<HashMap<MonitorType, u64>> {
    let mut stmt = conn
        .prepare_cached("SELECT type, COUNT(*) FROM monitors WHERE order_id = ?1 GROUP BY type")?;
    stmt.query_map([order_id], |r| Ok((from_text(0, r.get(0)?)?, r.get(1)?)))?
        .collect()
}

/// The state of the monitors of an order, optionally of one type only.
pub fn monitor_states(
    conn: &Connection,
    order_id: i64,
    kind: Option<MonitorType>,
) -> Result<Vec<MonitorState>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, status, suspended_reason, pageviews FROM monitors
         WHERE order_id = ?1 AND (?2 IS NULL OR type = ?2) ORDER BY id",
    )?;
    stmt.query_map(params![order_id, kind.map(wire_name)], |r| {
        Ok(MonitorState {
            id: r.get(0)?,
            status: from_text(1, r.get(1)?)?,
            reason: opt_from_text(2, r.get(2)?)?,
            pageviews: r.get(3)?,
        })
    })?
    .collect()
}

pub fn save_monitor_state(conn: &Connection, m: MonitorState) -> Result<()> {
    conn.prepare_cached(
        "UPDATE monitors SET status = ?2, suspended_reason = ?3, pageviews = ?4 WHERE id = ?1",
    )?
    .execute(params![
        m.id,
        wire_name(m.status),
        m.reason.map(wire_name),
        m.pageviews
    ])?;
    Ok(())
}

pub fn set_monitor_order(conn: &Connection, id: i64, order_id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE monitors SET order_id = ?2 WHERE id = ?1")?
        .execute(params![id, order_id])?;
    Ok(())
}

pub struct NewMonitor<'a> {
    pub client_id: i64,
    pub order_id: i64,
    pub kind: MonitorType,
    pub check_type: Option<&'a str>,
    pub name: &'a str,
    pub url: &'a str,
    pub interval: u32,
    pub status: Status,
    pub reason: Option<SuspendedReason>,
    pub pageviews: u64,
}

pub fn insert_monitor(conn: &Connection, m: &NewMonitor) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO monitors (client_id, order_id, type, check_type, name, url, interval, status, suspended_reason,
         pageviews, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        m.client_id,
        m.order_id,
        wire_name(m.kind),
        m.check_type,
        m.name,
        m.url,
        m.interval,
        wire_name(m.status),
        m.reason.map(wire_name),
        m.pageviews,
        now_text()
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn edit_monitor(
    conn: &Connection,
    id: i64,
    name: Option<&str>,
    url: Option<&str>,
    interval: Option<u32>,
) -> Result<()> {
    conn.execute(
        "UPDATE monitors SET name = COALESCE(?2, name), url = COALESCE(?3, url), interval = COALESCE(?4, interval)
         WHERE id = ?1",
        params![id, name, url, interval],
    )?;
    Ok(())
}

pub fn delete_monitor(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM monitors WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}
