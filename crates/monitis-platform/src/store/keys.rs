//! Storage of the hosted key actions (docs/protocol.md, "Keys, layout, sub-account
//! pages and results"): public keys, key strings an account hands out to share what it
//! shows (a widget, a page) with their settings, which in the sandbox authenticate
//! nothing; and the `userkey` login's look-up of sub-accounts.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{AccountRef, Result, now_text};

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS public_keys (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    -- NULL for the reseller's own keys.
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    key TEXT NOT NULL UNIQUE,
    -- A JSON object, as the client sent it.
    params TEXT NOT NULL,
    -- Set for the key of a shared widget (`getWidget`): one key per module type and
    -- monitor, so that asking again answers the same key.
    module_type TEXT,
    monitor_id INTEGER,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS public_keys_owner ON public_keys(reseller_id, client_id);
";

#[derive(Debug, Clone)]
pub struct PublicKey {
    pub id: i64,
    pub key: String,
    pub params: String,
    pub created_at: String,
    pub modified_at: String,
}

/// What a widget's key shares: its module type and, for one monitor's widget, the monitor.
#[derive(Debug, Clone, Copy)]
pub struct Widget<'a> {
    pub module_type: &'a str,
    pub monitor_id: Option<i64>,
}

const COLUMNS: &str = "id, key, params, created_at, modified_at";

fn row(r: &Row) -> Result<PublicKey> {
    Ok(PublicKey {
        id: r.get(0)?,
        key: r.get(1)?,
        params: r.get(2)?,
        created_at: r.get(3)?,
        modified_at: r.get(4)?,
    })
}

pub fn public_keys(conn: &Connection, owner: AccountRef) -> Result<Vec<PublicKey>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM public_keys WHERE reseller_id = ?1 AND client_id IS ?2 ORDER BY id"
    ))?
    .query_map(params![owner.reseller_id, owner.client_id], row)?
    .collect()
}

/// The owner's key `key`.
pub fn public_key(conn: &Connection, owner: AccountRef, key: &str) -> Result<Option<PublicKey>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM public_keys WHERE key = ?1 AND reseller_id = ?2 AND client_id IS ?3"
    ))?
    .query_row(params![key, owner.reseller_id, owner.client_id], row)
    .optional()
}

/// The owner's key of `widget`, when it has one.
pub fn widget_key(
    conn: &Connection,
    owner: AccountRef,
    widget: Widget,
) -> Result<Option<PublicKey>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM public_keys WHERE reseller_id = ?1 AND client_id IS ?2
         AND module_type = ?3 AND monitor_id IS ?4"
    ))?
    .query_row(
        params![
            owner.reseller_id,
            owner.client_id,
            widget.module_type,
            widget.monitor_id
        ],
        row,
    )
    .optional()
}

/// Inserts a key with its `params` (and the widget it shares, if any); returns its id.
pub fn insert_public_key(
    conn: &Connection,
    owner: AccountRef,
    key: &str,
    params_json: &str,
    widget: Option<Widget>,
) -> Result<i64> {
    let now = now_text();
    conn.prepare_cached(
        "INSERT INTO public_keys (reseller_id, client_id, key, params, module_type, monitor_id, created_at, modified_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![
        owner.reseller_id,
        owner.client_id,
        key,
        params_json,
        widget.map(|w| w.module_type),
        widget.and_then(|w| w.monitor_id),
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update_public_key(conn: &Connection, id: i64, params_json: &str) -> Result<()> {
    conn.prepare_cached("UPDATE public_keys SET params = ?2, modified_at = ?3 WHERE id = ?1")?
        .execute(params![id, params_json, now_text()])?;
    Ok(())
}

pub fn delete_public_key(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM public_keys WHERE id = ?1", [id])?;
    Ok(())
}

/// A sub-account's login: its stored password hash, its parent account and its apikey.
pub struct SubAccountLogin {
    pub password_hash: String,
    pub parent: AccountRef,
    pub userkey: String,
}

/// The sub-account with this email (folded), for the `userkey` login.
pub fn sub_account_login(conn: &Connection, email: &str) -> Result<Option<SubAccountLogin>> {
    conn.prepare_cached(
        "SELECT password_hash, reseller_id, client_id, userkey FROM sub_accounts WHERE email = ?1",
    )?
    .query_row([email], |r| {
        Ok(SubAccountLogin {
            password_hash: r.get(0)?,
            parent: AccountRef {
                reseller_id: r.get(1)?,
                client_id: r.get(2)?,
            },
            userkey: r.get(3)?,
        })
    })
    .optional()
}
