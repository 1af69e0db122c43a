//! Storage of what only the hosted clients' compatibility needs (docs/protocol.md,
//! "Hosted compatibility"): the reseller's own external monitors and sub-accounts. The
//! tables are additive, so `store` creates them in new and existing databases alike.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::store::{AccountRef, Result, now_text};

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS own_monitors (
    -- Ids start at OWN_MONITOR_BASE, above any client monitor's, so that `testId` says
    -- which table it names.
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    check_type TEXT NOT NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    interval INTEGER NOT NULL,
    timeout INTEGER NOT NULL,
    tag TEXT NOT NULL,
    location_ids TEXT NOT NULL,
    suspended INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS own_monitors_reseller ON own_monitors(reseller_id);
CREATE TABLE IF NOT EXISTS sub_accounts (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    -- NULL for the reseller's own sub-accounts.
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    group_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    userkey TEXT NOT NULL,
    created_at TEXT NOT NULL
);
";

/// The first id of the reseller's own external monitors.
pub const OWN_MONITOR_BASE: i64 = 1_000_000_000;

#[derive(Debug, Clone)]
pub struct OwnMonitor {
    pub id: i64,
    pub check_type: String,
    pub name: String,
    pub url: String,
    pub interval: u32,
    pub timeout: u32,
    pub tag: String,
    pub location_ids: Vec<u32>,
    pub suspended: bool,
    pub created_at: String,
}

const OWN_COLUMNS: &str =
    "id, check_type, name, url, interval, timeout, tag, location_ids, suspended, created_at";

fn own_row(r: &Row) -> Result<OwnMonitor> {
    let locations: String = r.get(7)?;
    Ok(OwnMonitor {
        id: r.get(0)?,
        check_type: r.get(1)?,
        name: r.get(2)?,
        url: r.get(3)?,
        interval: r.get(4)?,
        timeout: r.get(5)?,
        tag: r.get(6)?,
        location_ids: locations
            .split(',')
            .filter_map(|id| id.parse().ok())
            .collect(),
        suspended: r.get(8)?,
        created_at: r.get(9)?,
    })
}

pub fn own_monitors(conn: &Connection, reseller_id: i64) -> Result<Vec<OwnMonitor>> {
    conn.prepare_cached(&format!(
        "SELECT {OWN_COLUMNS} FROM own_monitors WHERE reseller_id = ?1 ORDER BY id"
    ))?
    .query_map([reseller_id], own_row)?
    .collect()
}

pub fn own_monitor(conn: &Connection, reseller_id: i64, id: i64) -> Result<Option<OwnMonitor>> {
    conn.prepare_cached(&format!(
        "SELECT {OWN_COLUMNS} FROM own_monitors WHERE reseller_id = ?1 AND id = ?2"
    ))?
    .query_row(params![reseller_id, id], own_row)
    .optional()
}

/// Inserts `m` (its id and creation time are chosen here) and returns its id.
pub fn insert_own_monitor(conn: &Connection, reseller_id: i64, m: &OwnMonitor) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO own_monitors (id, reseller_id, check_type, name, url, interval, timeout, tag, location_ids, created_at)
         VALUES ((SELECT MAX(?1, COALESCE(MAX(id) + 1, ?1)) FROM own_monitors), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        OWN_MONITOR_BASE,
        reseller_id,
        m.check_type,
        m.name,
        m.url,
        m.interval,
        m.timeout,
        m.tag,
        join_ids(&m.location_ids),
        now_text()
    ])?;
    Ok(conn.last_insert_rowid())
}

fn join_ids(ids: &[u32]) -> String {
    ids.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}

/// Saves every field of `m` but its id and creation time.
pub fn save_own_monitor(conn: &Connection, m: &OwnMonitor) -> Result<()> {
    conn.prepare_cached(
        "UPDATE own_monitors SET check_type = ?2, name = ?3, url = ?4, interval = ?5, timeout = ?6,
         tag = ?7, location_ids = ?8, suspended = ?9 WHERE id = ?1",
    )?
    .execute(params![
        m.id,
        m.check_type,
        m.name,
        m.url,
        m.interval,
        m.timeout,
        m.tag,
        join_ids(&m.location_ids),
        m.suspended
    ])?;
    Ok(())
}

pub fn delete_own_monitor(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM own_monitors WHERE id = ?1", [id])?;
    Ok(())
}

pub struct SubAccount {
    pub id: i64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub group: String,
    pub userkey: String,
}

pub fn sub_accounts(conn: &Connection, owner: AccountRef) -> Result<Vec<SubAccount>> {
    conn.prepare_cached(
        "SELECT id, email, first_name, last_name, group_name, userkey FROM sub_accounts
         WHERE reseller_id = ?1 AND client_id IS ?2 ORDER BY id",
    )?
    .query_map(params![owner.reseller_id, owner.client_id], |r| {
        Ok(SubAccount {
            id: r.get(0)?,
            email: r.get(1)?,
            first_name: r.get(2)?,
            last_name: r.get(3)?,
            group: r.get(4)?,
            userkey: r.get(5)?,
        })
    })?
    .collect()
}

/// Whether a sub-account has this email (case-insensitive).
pub fn sub_account_email_taken(conn: &Connection, email: &str) -> Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM sub_accounts WHERE email = ?1)")?
        .query_row([email], |r| r.get(0))
}

/// Inserts a sub-account (`id` is chosen here) and returns its id.
pub fn insert_sub_account(
    conn: &Connection,
    owner: AccountRef,
    s: &SubAccount,
    password_hash: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO sub_accounts (reseller_id, client_id, email, first_name, last_name, group_name, password_hash, userkey, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        owner.reseller_id,
        owner.client_id,
        s.email,
        s.first_name,
        s.last_name,
        s.group,
        password_hash,
        s.userkey,
        now_text()
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Deletes the owner's sub-account `id`; false when it has none by that id.
pub fn delete_sub_account(conn: &Connection, owner: AccountRef, id: i64) -> Result<bool> {
    let deleted = conn.execute(
        "DELETE FROM sub_accounts WHERE id = ?1 AND reseller_id = ?2 AND client_id IS ?3",
        params![id, owner.reseller_id, owner.client_id],
    )?;
    Ok(deleted > 0)
}
