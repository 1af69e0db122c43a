//! Storage of what only the hosted clients' compatibility needs (docs/protocol.md,
//! "Hosted compatibility"): the reseller's own external monitors, sub-accounts and their
//! tokens. The tables are additive, so `store` brings new and existing databases alike up
//! to date with `upgrade`.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{AccountRef, Result, SECRETKEY_LEN, now_text, random_key};

const SCHEMA: &str = "
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
    -- The sub-account's apikey and secret key (`upgrade` adds the secret to older rows).
    userkey TEXT NOT NULL,
    secretkey TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sub_accounts_userkey ON sub_accounts(userkey);
CREATE TABLE IF NOT EXISTS sub_account_tokens (
    -- SHA-256 of the token, as in `tokens`; a deleted sub-account takes its tokens along.
    token_hash TEXT PRIMARY KEY,
    sub_account_id INTEGER NOT NULL REFERENCES sub_accounts(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
";

/// Brings the compatibility tables of a new or existing database up to date: the tables
/// are additive, and sub-accounts stored before their keys authenticated get a secret key.
pub fn upgrade(conn: &Connection) -> Result<()> {
    let had_table: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sub_accounts')",
        [],
        |r| r.get(0),
    )?;
    let has_secret: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM pragma_table_info('sub_accounts') WHERE name = 'secretkey')",
        [],
        |r| r.get(0),
    )?;
    if had_table && !has_secret {
        conn.execute_batch(
            "ALTER TABLE sub_accounts ADD COLUMN secretkey TEXT NOT NULL DEFAULT ''",
        )?;
        let ids: Vec<i64> = conn
            .prepare("SELECT id FROM sub_accounts")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_>>()?;
        for id in ids {
            let secret = random_key(&mut rand::rng(), SECRETKEY_LEN);
            conn.execute(
                "UPDATE sub_accounts SET secretkey = ?2 WHERE id = ?1",
                params![id, secret],
            )?;
        }
    }
    conn.execute_batch(SCHEMA)?;
    renumber_locations(conn)
}

/// Databases made before the check locations took the hosted ids named US-EST 2, US-WST
/// 3 and UK 5; those ids are no location now, so the renumbering is done once and for all.
fn renumber_locations(conn: &Connection) -> Result<()> {
    let old: Vec<(i64, String)> = conn
        .prepare(
            "SELECT id, location_ids FROM own_monitors
             WHERE ',' || location_ids || ',' GLOB '*,[235],*'",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_>>()?;
    for (id, ids) in old {
        let renumbered: Vec<&str> = (ids.split(','))
            .map(|l| match l {
                "2" => "9",
                "3" => "10",
                "5" => "4",
                other => other,
            })
            .collect();
        conn.execute(
            "UPDATE own_monitors SET location_ids = ?2 WHERE id = ?1",
            params![id, renumbered.join(",")],
        )?;
    }
    Ok(())
}

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
    secretkey: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO sub_accounts (reseller_id, client_id, email, first_name, last_name, group_name, password_hash, userkey, secretkey, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
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
        secretkey,
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

/// A sub-account as a caller: it acts within its parent account.
pub struct SubCaller {
    pub id: i64,
    pub parent: AccountRef,
    pub secretkey: String,
}

/// The sub-account whose apikey (`userkey`) this is.
pub fn sub_account_by_apikey(conn: &Connection, apikey: &str) -> Result<Option<SubCaller>> {
    conn.prepare_cached(
        "SELECT id, reseller_id, client_id, secretkey FROM sub_accounts WHERE userkey = ?1",
    )?
    .query_row([apikey], |r| {
        Ok(SubCaller {
            id: r.get(0)?,
            parent: AccountRef {
                reseller_id: r.get(1)?,
                client_id: r.get(2)?,
            },
            secretkey: r.get(3)?,
        })
    })
    .optional()
}

pub fn insert_sub_account_token(
    conn: &Connection,
    token_hash: &str,
    sub_account_id: i64,
    expires_at: i64,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sub_account_tokens (token_hash, sub_account_id, expires_at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![token_hash, sub_account_id, expires_at])?;
    Ok(())
}

/// The sub-account of a token that has not expired at `now` (Unix seconds).
pub fn sub_account_token(conn: &Connection, token_hash: &str, now: i64) -> Result<Option<i64>> {
    conn.prepare_cached(
        "SELECT sub_account_id FROM sub_account_tokens WHERE token_hash = ?1 AND expires_at > ?2",
    )?
    .query_row(params![token_hash, now], |r| r.get(0))
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upgrade_gives_older_sub_accounts_a_secret_key_once() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE sub_accounts (id INTEGER PRIMARY KEY, reseller_id INTEGER NOT NULL,
                client_id INTEGER, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                first_name TEXT NOT NULL, last_name TEXT NOT NULL, group_name TEXT NOT NULL,
                password_hash TEXT NOT NULL, userkey TEXT NOT NULL, created_at TEXT NOT NULL);
             INSERT INTO sub_accounts VALUES
                (1, 7, NULL, 'a@example.com', 'A', 'A', 'g', 'h', 'KEYA', 't'),
                (2, 7, 3, 'b@example.com', 'B', 'B', 'g', 'h', 'KEYB', 't');",
        )
        .unwrap();
        upgrade(&conn).unwrap();
        let a = sub_account_by_apikey(&conn, "KEYA").unwrap().unwrap();
        let b = sub_account_by_apikey(&conn, "KEYB").unwrap().unwrap();
        assert_eq!(
            (a.id, a.parent.reseller_id, a.parent.client_id),
            (1, 7, None)
        );
        assert_eq!((b.id, b.parent.client_id), (2, Some(3)));
        assert_eq!(a.secretkey.len(), SECRETKEY_LEN);
        assert_ne!(a.secretkey, b.secretkey);
        // Run again (every open does): the keys stay.
        upgrade(&conn).unwrap();
        let again = sub_account_by_apikey(&conn, "KEYA").unwrap().unwrap();
        assert_eq!(again.secretkey, a.secretkey);
        assert!(sub_account_by_apikey(&conn, "NOPE").unwrap().is_none());
    }
}
