//! SQLite storage of the sandbox: schema, loads and saves. No rule lives here; every
//! statement is parameterised.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rand::Rng;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, params};
use serde::de::DeserializeOwned;

use monitis_core::domain::rules::{self, MonitorState, OrderState};
use monitis_core::protocol::model::{
    BillingCycle, Branding, Item, Monitor, MonitorType, OneTimePurchase, Order, OrderStatus,
    Status, SuspendedReason, wire_name,
};

/// The schema version kept in `PRAGMA user_version`.
const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS resellers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    account TEXT NOT NULL,
    apikey TEXT NOT NULL UNIQUE,
    secretkey TEXT NOT NULL,
    paid INTEGER NOT NULL DEFAULT 1,
    logo_url TEXT,
    support_email TEXT,
    support_phone TEXT,
    support_url TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS clients (
    -- AUTOINCREMENT: a deleted client's id is never given to another (sessions are bound
    -- to identities; see session_stamp).
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    apikey TEXT NOT NULL UNIQUE,
    secretkey TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clients_reseller ON clients(reseller_id);
CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    managed INTEGER NOT NULL,
    status TEXT NOT NULL,
    suspended_by TEXT,
    billing_cycle TEXT NOT NULL,
    cycle_start TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    grace_period INTEGER NOT NULL,
    -- end_date + grace_period (R9), so that expired orders are found with an index.
    last_active_day TEXT
);
CREATE INDEX IF NOT EXISTS orders_client ON orders(client_id);
CREATE INDEX IF NOT EXISTS orders_expiry ON orders(last_active_day) WHERE status = 'active';
CREATE TABLE IF NOT EXISTS order_items (
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    PRIMARY KEY (order_id, code)
);
CREATE TABLE IF NOT EXISTS purchases (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS purchases_client ON purchases(client_id);
CREATE TABLE IF NOT EXISTS monitors (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    check_type TEXT,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    interval INTEGER NOT NULL,
    status TEXT NOT NULL,
    suspended_reason TEXT,
    pageviews INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS monitors_order ON monitors(order_id);
CREATE INDEX IF NOT EXISTS monitors_client ON monitors(client_id);
CREATE TABLE IF NOT EXISTS tokens (
    -- SHA-256 of the token: a leaked database leaks no usable token.
    token_hash TEXT PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
";

pub type Result<T> = rusqlite::Result<T>;

fn configure(conn: &Connection) -> Result<()> {
    // WAL lets readers (another process, a backup) run beside the writer; the busy
    // timeout makes a second writer wait instead of failing with "database is locked".
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Opens `path` for appending, creating it readable by its owner only (it may hold
/// secret keys or who called what); an existing file keeps its mode.
pub fn private_file(path: &Path, append: bool) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(append).write(!append);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Opens (creating if needed, mode 0600: it holds secret keys) a database and brings its
/// schema up to date. SQLite gives the `-wal` and `-shm` files the database's mode.
pub fn create(path: &Path) -> Result<Connection> {
    private_file(path, false).map_err(|e| {
        rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
            Some(format!("cannot create {}: {e}", path.display())),
        )
    })?;
    let conn = Connection::open(path)?;
    configure(&conn)?;
    conn.execute_batch(SCHEMA)?;
    compat::upgrade(&conn)?;
    conn.execute_batch(PENDING_KEYS_SCHEMA)?;
    hosted_tables(&conn)?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(conn)
}

/// Why a database could not be opened as a sandbox database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A step of opening failed: `step` says which ("open sandbox database", "configure").
    #[error("cannot {step} {}: {source}", path.display())]
    Failed {
        step: &'static str,
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{} is not a sandbox database: {source}", path.display())]
    Foreign {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{} is not a sandbox database (schema {version}); create one with `monitis sandbox init --db {}`", path.display(), path.display())]
    Schema { path: PathBuf, version: i64 },
}

impl StoreError {
    pub fn failed(step: &'static str, path: &Path) -> impl FnOnce(rusqlite::Error) -> StoreError {
        move |source| StoreError::Failed {
            step,
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Opens an existing sandbox database; a missing file or a foreign database is an error.
pub fn open(path: &Path) -> std::result::Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)
        .map_err(StoreError::failed("open sandbox database", path))?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|source| StoreError::Foreign {
            path: path.to_path_buf(),
            source,
        })?;
    if version != SCHEMA_VERSION {
        return Err(StoreError::Schema {
            path: path.to_path_buf(),
            version,
        });
    }
    configure(&conn).map_err(StoreError::failed("configure", path))?;
    // Additive tables: a database made before they existed gains them here.
    compat::upgrade(&conn)
        .and_then(|()| conn.execute_batch(PENDING_KEYS_SCHEMA))
        .and_then(|()| hosted_tables(&conn))
        .map_err(StoreError::failed("update", path))?;
    Ok(conn)
}

// ---------------------------------------------------------------------------------------
// Enum columns are stored as their wire names, so the database reads like the API.

fn from_text<T: DeserializeOwned>(idx: usize, text: String) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(text.clone())).map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unexpected value {text:?}").into(),
        )
    })
}

fn opt_from_text<T: DeserializeOwned>(idx: usize, text: Option<String>) -> Result<Option<T>> {
    text.map(|t| from_text(idx, t)).transpose()
}

pub fn now_text() -> String {
    chrono::Utc::now()
        .format(monitis_core::protocol::TIME_FORMAT)
        .to_string()
}

const KEY_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// A random key of upper-case letters and digits (26 for apikeys, 32 for secret keys).
pub fn random_key(rng: &mut impl Rng, len: usize) -> String {
    (0..len)
        .map(|_| KEY_ALPHABET[rng.random_range(0..KEY_ALPHABET.len())] as char)
        .collect()
}

pub const APIKEY_LEN: usize = 26;
pub const SECRETKEY_LEN: usize = 32;

// ---------------------------------------------------------------------------------------
// Accounts.

/// Who a key belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountRef {
    pub reseller_id: i64,
    /// None for the reseller himself.
    pub client_id: Option<i64>,
}

pub struct Account {
    pub account: AccountRef,
    pub secretkey: String,
}

pub fn account_by_apikey(conn: &Connection, apikey: &str) -> Result<Option<Account>> {
    let reseller = conn
        .prepare_cached("SELECT id, secretkey FROM resellers WHERE apikey = ?1")?
        .query_row([apikey], |r| {
            Ok(Account {
                account: AccountRef {
                    reseller_id: r.get(0)?,
                    client_id: None,
                },
                secretkey: r.get(1)?,
            })
        })
        .optional()?;
    if reseller.is_some() {
        return Ok(reseller);
    }
    conn.prepare_cached("SELECT reseller_id, id, secretkey FROM clients WHERE apikey = ?1")?
        .query_row([apikey], |r| {
            Ok(Account {
                account: AccountRef {
                    reseller_id: r.get(0)?,
                    client_id: Some(r.get(1)?),
                },
                secretkey: r.get(2)?,
            })
        })
        .optional()
}

pub struct NewReseller {
    pub id: i64,
    pub apikey: String,
    pub secretkey: String,
}

pub fn insert_reseller(conn: &Connection, rng: &mut impl Rng) -> Result<NewReseller> {
    let apikey = random_key(rng, APIKEY_LEN);
    let secretkey = random_key(rng, SECRETKEY_LEN);
    let next: i64 = conn.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM resellers", [], |r| {
        r.get(0)
    })?;
    conn.execute(
        "INSERT INTO resellers (name, account, apikey, secretkey, paid, created_at) VALUES (?1, ?2, ?3, ?4, 1, ?5)",
        params![
            format!("Sandbox Reseller {next}"),
            format!("reseller{next}@sandbox.monitis.local"),
            apikey,
            secretkey,
            now_text()
        ],
    )?;
    Ok(NewReseller {
        id: conn.last_insert_rowid(),
        apikey,
        secretkey,
    })
}

pub struct Reseller {
    pub id: i64,
    pub name: String,
    pub account: String,
    pub paid: bool,
    pub branding: Branding,
}

pub fn reseller(conn: &Connection, id: i64) -> Result<Reseller> {
    conn.prepare_cached(
        "SELECT id, name, account, paid, logo_url, support_email, support_phone, support_url FROM resellers WHERE id = ?1",
    )?
    .query_row([id], |r| {
        Ok(Reseller {
            id: r.get(0)?,
            name: r.get(1)?,
            account: r.get(2)?,
            paid: r.get(3)?,
            branding: Branding {
                logo_url: r.get(4)?,
                support_email: r.get(5)?,
                support_phone: r.get(6)?,
                support_url: r.get(7)?,
            },
        })
    })
}

pub fn set_paid(conn: &Connection, reseller_id: i64, paid: bool) -> Result<()> {
    conn.execute(
        "UPDATE resellers SET paid = ?2 WHERE id = ?1",
        params![reseller_id, paid],
    )?;
    Ok(())
}

pub fn set_branding(conn: &Connection, reseller_id: i64, b: &Branding) -> Result<()> {
    conn.execute(
        "UPDATE resellers SET logo_url = ?2, support_email = ?3, support_phone = ?4, support_url = ?5 WHERE id = ?1",
        params![reseller_id, b.logo_url, b.support_email, b.support_phone, b.support_url],
    )?;
    Ok(())
}

/// Keys `resetKeys` made with `pending=true`: they sign only `confirmKeys` until that
/// makes them the account's keys (at most one pair per account). Additive, like the
/// compatibility tables: a database made before it gains it when opened.
const PENDING_KEYS_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS pending_keys (
    apikey TEXT PRIMARY KEY,
    secretkey TEXT NOT NULL,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
);
";

fn drop_pending_keys(conn: &Connection, account: AccountRef) -> Result<()> {
    conn.execute(
        "DELETE FROM pending_keys WHERE reseller_id = ?1 AND client_id IS ?2",
        params![account.reseller_id, account.client_id],
    )?;
    Ok(())
}

/// The account whose pending keys have this apikey, with their secret key.
pub fn pending_account(conn: &Connection, apikey: &str) -> Result<Option<Account>> {
    conn.prepare_cached(
        "SELECT reseller_id, client_id, secretkey FROM pending_keys WHERE apikey = ?1",
    )?
    .query_row([apikey], |r| {
        Ok(Account {
            account: AccountRef {
                reseller_id: r.get(0)?,
                client_id: r.get(1)?,
            },
            secretkey: r.get(2)?,
        })
    })
    .optional()
}

/// Makes the account's pending keys with this apikey its keys, retiring the old ones
/// and their tokens; false when the account has no such pending keys.
pub fn promote_keys(conn: &Connection, account: AccountRef, apikey: &str) -> Result<bool> {
    let Some(pending) = pending_account(conn, apikey)? else {
        return Ok(false);
    };
    if pending.account != account {
        return Ok(false);
    }
    conn.execute("DELETE FROM pending_keys WHERE apikey = ?1", [apikey])?;
    replace_keys(conn, account, apikey, &pending.secretkey)?;
    Ok(true)
}

/// New keys for an account: `pending`, beside the current ones, which keep working
/// until [`promote_keys`]; else in their place at once, its tokens dropped. Either way an
/// earlier pending pair of the account goes.
pub fn new_keys(
    conn: &Connection,
    account: AccountRef,
    pending: bool,
    rng: &mut impl Rng,
) -> Result<(String, String)> {
    let apikey = random_key(rng, APIKEY_LEN);
    let secretkey = random_key(rng, SECRETKEY_LEN);
    drop_pending_keys(conn, account)?;
    if pending {
        conn.execute(
            "INSERT INTO pending_keys (apikey, secretkey, reseller_id, client_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![apikey, secretkey, account.reseller_id, account.client_id, now_text()],
        )?;
    } else {
        replace_keys(conn, account, &apikey, &secretkey)?;
    }
    Ok((apikey, secretkey))
}

fn replace_keys(
    conn: &Connection,
    account: AccountRef,
    apikey: &str,
    secretkey: &str,
) -> Result<()> {
    match account.client_id {
        None => {
            conn.execute(
                "UPDATE resellers SET apikey = ?2, secretkey = ?3 WHERE id = ?1",
                params![account.reseller_id, apikey, secretkey],
            )?;
            conn.execute(
                "DELETE FROM tokens WHERE reseller_id = ?1 AND client_id IS NULL",
                [account.reseller_id],
            )?;
        }
        Some(client_id) => {
            conn.execute(
                "UPDATE clients SET apikey = ?2, secretkey = ?3 WHERE id = ?1",
                params![client_id, apikey, secretkey],
            )?;
            conn.execute("DELETE FROM tokens WHERE client_id = ?1", [client_id])?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Tokens.

pub fn insert_token(
    conn: &Connection,
    token_hash: &str,
    account: AccountRef,
    expires_at: i64,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO tokens (token_hash, reseller_id, client_id, expires_at) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![token_hash, account.reseller_id, account.client_id, expires_at])?;
    Ok(())
}

/// The account of a token that has not expired at `now` (Unix seconds).
pub fn token_account(conn: &Connection, token_hash: &str, now: i64) -> Result<Option<AccountRef>> {
    conn.prepare_cached(
        "SELECT reseller_id, client_id FROM tokens WHERE token_hash = ?1 AND expires_at > ?2",
    )?
    .query_row(params![token_hash, now], |r| {
        Ok(AccountRef {
            reseller_id: r.get(0)?,
            client_id: r.get(1)?,
        })
    })
    .optional()
}

pub fn expire_tokens(conn: &Connection, account: AccountRef, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE tokens SET expires_at = ?3 WHERE reseller_id = ?1 AND client_id IS ?2",
        params![account.reseller_id, account.client_id, now],
    )?;
    conn.execute("DELETE FROM tokens WHERE expires_at < ?1", [now - 86_400])?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Clients.

pub struct ClientRow {
    pub id: i64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub apikey: String,
    pub created_at: String,
}

const CLIENT_COLUMNS: &str = "id, email, first_name, last_name, apikey, created_at";

fn client_row(r: &Row) -> Result<ClientRow> {
    Ok(ClientRow {
        id: r.get(0)?,
        email: r.get(1)?,
        first_name: r.get(2)?,
        last_name: r.get(3)?,
        apikey: r.get(4)?,
        created_at: r.get(5)?,
    })
}

pub fn client(conn: &Connection, id: i64) -> Result<ClientRow> {
    conn.prepare_cached(&format!(
        "SELECT {CLIENT_COLUMNS} FROM clients WHERE id = ?1"
    ))?
    .query_row([id], client_row)
}

/// The client with this apikey, if it belongs to the reseller.
pub fn client_by_apikey(conn: &Connection, reseller_id: i64, apikey: &str) -> Result<Option<i64>> {
    conn.prepare_cached("SELECT id FROM clients WHERE apikey = ?1 AND reseller_id = ?2")?
        .query_row(params![apikey, reseller_id], |r| r.get(0))
        .optional()
}

/// The clients in scope: one client, or all of a reseller's, by id; with `email`, only
/// the one with that email (any case).
pub fn clients(conn: &Connection, scope: Scope, email: Option<&str>) -> Result<Vec<ClientRow>> {
    let mut filter = Filter::new("reseller_id = ?", scope.reseller_id);
    filter.and("id = ?", scope.client_id);
    filter.and("email = ?", email.map(str::to_string));
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CLIENT_COLUMNS} FROM clients WHERE {} ORDER BY id",
        filter.sql
    ))?;
    stmt.query_map(filter.params(), client_row)?.collect()
}

pub struct Login {
    pub reseller_id: i64,
    pub client_id: i64,
    pub password_hash: String,
    pub apikey: String,
    pub secretkey: String,
}

/// What a dashboard session of `account` is bound to: the client's keys and password and,
/// for a reseller's preview, the reseller's keys, as one digest. A password change, a key
/// reset or the client's deletion changes it (None when the client is gone), and so does
/// a client id used again after a deletion: the sessions bound to the old one end.
pub fn session_stamp(
    conn: &Connection,
    account: AccountRef,
    preview: bool,
) -> Result<Option<String>> {
    let Some(client) = account.client_id else {
        return Ok(None);
    };
    conn.prepare_cached(
        "SELECT c.apikey, c.secretkey, c.password_hash, r.apikey, r.secretkey
           FROM clients c JOIN resellers r ON r.id = c.reseller_id
          WHERE c.id = ?1 AND c.reseller_id = ?2",
    )?
    .query_row(params![client, account.reseller_id], |r| {
        let mut bound: Vec<String> = (0..3).map(|i| r.get(i)).collect::<Result<_>>()?;
        if preview {
            bound.push(r.get(3)?);
            bound.push(r.get(4)?);
        }
        Ok(monitis_core::protocol::sign::sha256_hex(&bound.join("\n")))
    })
    .optional()
}

pub fn login(conn: &Connection, email: &str) -> Result<Option<Login>> {
    conn.prepare_cached(
        "SELECT reseller_id, id, password_hash, apikey, secretkey FROM clients WHERE email = ?1",
    )?
    .query_row([email], |r| {
        Ok(Login {
            reseller_id: r.get(0)?,
            client_id: r.get(1)?,
            password_hash: r.get(2)?,
            apikey: r.get(3)?,
            secretkey: r.get(4)?,
        })
    })
    .optional()
}

pub fn email_taken(conn: &Connection, email: &str, except_client: Option<i64>) -> Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM clients WHERE email = ?1 AND id IS NOT ?2)")?
        .query_row(params![email, except_client], |r| r.get(0))
}

pub struct ClientInsert<'a> {
    pub reseller_id: i64,
    pub email: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub password_hash: &'a str,
}

pub fn insert_client(
    conn: &Connection,
    c: &ClientInsert,
    rng: &mut impl Rng,
) -> Result<(i64, String)> {
    let apikey = random_key(rng, APIKEY_LEN);
    conn.prepare_cached(
        "INSERT INTO clients (reseller_id, email, first_name, last_name, password_hash, apikey, secretkey, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        c.reseller_id,
        c.email,
        c.first_name,
        c.last_name,
        c.password_hash,
        apikey,
        random_key(rng, SECRETKEY_LEN),
        now_text()
    ])?;
    Ok((conn.last_insert_rowid(), apikey))
}

/// Changes the given profile fields of a client; None leaves a field as it is.
pub fn update_client(
    conn: &Connection,
    id: i64,
    first_name: Option<&str>,
    last_name: Option<&str>,
    email: Option<&str>,
    password_hash: Option<&str>,
) -> Result<()> {
    conn.execute(
        "UPDATE clients SET first_name = COALESCE(?2, first_name), last_name = COALESCE(?3, last_name),
         email = COALESCE(?4, email), password_hash = COALESCE(?5, password_hash) WHERE id = ?1",
        params![id, first_name, last_name, email, password_hash],
    )?;
    Ok(())
}

pub fn delete_client(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM clients WHERE id = ?1", [id])?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Scopes: what a caller may see.

/// A reseller's data, narrowed to one client when `client_id` is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub reseller_id: i64,
    pub client_id: Option<i64>,
}

/// A WHERE clause of the conditions a listing is given, and their values. Conditions
/// that are not given are left out rather than written `(? IS NULL OR ...)`, so that
/// SQLite can use the index of the one that is (a client's, an order's, a list of ids)
/// instead of scanning the whole account.
struct Filter {
    sql: String,
    values: Vec<rusqlite::types::Value>,
}

impl Filter {
    fn new(condition: &str, value: impl Into<rusqlite::types::Value>) -> Filter {
        let mut filter = Filter {
            sql: String::new(),
            values: Vec::new(),
        };
        filter.push(condition, value.into());
        filter
    }

    /// Adds `condition` (with one `?`) when `value` is given.
    fn and<T: Into<rusqlite::types::Value>>(&mut self, condition: &str, value: Option<T>) {
        if let Some(value) = value {
            self.sql.push_str(" AND ");
            self.push(condition, value.into());
        }
    }

    /// Parameters are numbered, so that a statement may use more of its own (`?N` with
    /// N from `next`) anywhere in its text.
    fn push(&mut self, condition: &str, value: rusqlite::types::Value) {
        self.values.push(value);
        self.sql
            .push_str(&condition.replace('?', &format!("?{}", self.values.len())));
    }

    /// The number of the next parameter, bound to `value`.
    fn next(&mut self, value: impl Into<rusqlite::types::Value>) -> usize {
        self.values.push(value.into());
        self.values.len()
    }

    fn params(&self) -> rusqlite::ParamsFromIter<std::slice::Iter<'_, rusqlite::types::Value>> {
        rusqlite::params_from_iter(self.values.iter())
    }
}

/// Ids as the JSON array `json_each` reads.
fn json_ids(ids: &[i64]) -> String {
    serde_json::to_string(ids).expect("ids serialise")
}

// ---------------------------------------------------------------------------------------
// Orders.

const ORDER_COLUMNS: &str = "o.id, o.client_id, o.name, o.managed, o.status, o.suspended_by, o.billing_cycle, \
    o.cycle_start, o.start_date, o.end_date, o.grace_period";

fn order_row(r: &Row) -> Result<Order> {
    Ok(Order {
        id: r.get(0)?,
        client_id: r.get(1)?,
        name: r.get(2)?,
        managed: r.get(3)?,
        status: from_text(4, r.get(4)?)?,
        suspended_by: opt_from_text(5, r.get(5)?)?,
        billing_cycle: from_text(6, r.get(6)?)?,
        cycle_start: r.get(7)?,
        start_date: r.get(8)?,
        end_date: r.get(9)?,
        grace_period: r.get(10)?,
        items: Vec::new(),
    })
}

/// Fills in the items of `orders` with one query for all of them.
fn with_items(conn: &Connection, mut orders: Vec<Order>) -> Result<Vec<Order>> {
    if orders.is_empty() {
        return Ok(orders);
    }
    let ids: Vec<i64> = orders.iter().map(|o| o.id).collect();
    let position: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut stmt = conn.prepare_cached(
        "SELECT order_id, code, quantity FROM order_items
         WHERE order_id IN (SELECT value FROM json_each(?1)) ORDER BY order_id, rowid",
    )?;
    let mut rows = stmt.query([json_ids(&ids)])?;
    while let Some(r) = rows.next()? {
        let order_id: i64 = r.get(0)?;
        orders[position[&order_id]].items.push(Item {
            code: r.get(1)?,
            quantity: r.get(2)?,
        });
    }
    Ok(orders)
}

/// Orders in scope; `status` None means every order that is not deleted.
pub fn orders(conn: &Connection, scope: Scope, status: Option<OrderStatus>) -> Result<Vec<Order>> {
    let mut filter = Filter::new("c.reseller_id = ?", scope.reseller_id);
    filter.and("o.client_id = ?", scope.client_id);
    match status {
        Some(status) => filter.and("o.status = ?", Some(wire_name(status))),
        None => filter.sql.push_str(" AND o.status != 'deleted'"),
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ORDER_COLUMNS} FROM orders o JOIN clients c ON c.id = o.client_id
         WHERE {} ORDER BY o.id",
        filter.sql
    ))?;
    let rows = stmt
        .query_map(filter.params(), order_row)?
        .collect::<Result<Vec<_>>>()?;
    with_items(conn, rows)
}

/// One order in scope (deleted ones included).
pub fn order(conn: &Connection, scope: Scope, id: i64) -> Result<Option<Order>> {
    let row = conn
        .prepare_cached(&format!(
            "SELECT {ORDER_COLUMNS} FROM orders o JOIN clients c ON c.id = o.client_id
             WHERE o.id = ?1 AND c.reseller_id = ?2 AND (?3 IS NULL OR o.client_id = ?3)"
        ))?
        .query_row(params![id, scope.reseller_id, scope.client_id], order_row)
        .optional()?;
    Ok(with_items(conn, row.into_iter().collect())?.pop())
}

/// The statuses of a client's orders (R1).
pub fn order_statuses(conn: &Connection, client_id: i64) -> Result<Vec<OrderStatus>> {
    let mut stmt = conn.prepare_cached("SELECT status FROM orders WHERE client_id = ?1")?;
    stmt.query_map([client_id], |r| from_text(0, r.get(0)?))?
        .collect()
}

pub struct OrderInsert<'a> {
    pub client_id: i64,
    pub name: &'a str,
    pub managed: bool,
    pub state: OrderState,
    pub billing_cycle: BillingCycle,
    pub start_date: &'a str,
    pub end_date: Option<&'a str>,
    pub last_active_day: Option<String>,
    pub grace_period: u32,
    pub items: &'a [Item],
}

pub fn insert_order(conn: &Connection, o: &OrderInsert) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO orders (client_id, name, managed, status, suspended_by, billing_cycle, cycle_start, start_date,
         end_date, grace_period, last_active_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        o.client_id,
        o.name,
        o.managed,
        wire_name(o.state.status),
        o.state.suspended_by.map(wire_name),
        wire_name(o.billing_cycle),
        o.start_date,
        o.end_date,
        o.grace_period,
        o.last_active_day
    ])?;
    let id = conn.last_insert_rowid();
    let mut item = conn
        .prepare_cached("INSERT INTO order_items (order_id, code, quantity) VALUES (?1, ?2, ?3)")?;
    for i in o.items {
        item.execute(params![id, i.code, i.quantity])?;
    }
    Ok(id)
}

pub fn set_order_state(conn: &Connection, id: i64, state: OrderState) -> Result<()> {
    conn.prepare_cached("UPDATE orders SET status = ?2, suspended_by = ?3 WHERE id = ?1")?
        .execute(params![
            id,
            wire_name(state.status),
            state.suspended_by.map(wire_name)
        ])?;
    Ok(())
}

pub fn set_cycle_start(conn: &Connection, id: i64, cycle_start: &str) -> Result<()> {
    conn.prepare_cached("UPDATE orders SET cycle_start = ?2 WHERE id = ?1")?
        .execute(params![id, cycle_start])?;
    Ok(())
}

/// Ids of the reseller's active orders whose last active day is before `today` (R9).
pub fn expired_orders(conn: &Connection, reseller_id: i64, today: &str) -> Result<Vec<i64>> {
    // CROSS JOIN keeps orders the outer loop, found by the `orders_expiry` index: usually
    // none. Left to itself SQLite walks every client of the reseller and their orders,
    // 2 ms on a reseller of 1,000 clients, twice in every request.
    let mut stmt = conn.prepare_cached(
        "SELECT o.id FROM orders o CROSS JOIN clients c ON c.id = o.client_id
         WHERE o.status = 'active' AND o.last_active_day < ?2 AND c.reseller_id = ?1",
    )?;
    stmt.query_map(params![reseller_id, today], |r| r.get(0))?
        .collect()
}

// ---------------------------------------------------------------------------------------
// One-time purchases.

pub fn insert_purchase(
    conn: &Connection,
    client_id: i64,
    code: &str,
    quantity: u64,
) -> Result<i64> {
    conn.prepare_cached("INSERT INTO purchases (client_id, code, quantity, used, created_at) VALUES (?1, ?2, ?3, 0, ?4)")?
        .execute(params![client_id, code, quantity, now_text()])?;
    Ok(conn.last_insert_rowid())
}

pub fn purchases(conn: &Connection, scope: Scope) -> Result<Vec<OneTimePurchase>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.client_id, p.code, p.quantity, p.used, p.created_at FROM purchases p
         JOIN clients c ON c.id = p.client_id WHERE c.reseller_id = ?1 AND (?2 IS NULL OR p.client_id = ?2)
         ORDER BY p.id",
    )?;
    stmt.query_map(params![scope.reseller_id, scope.client_id], |r| {
        Ok(OneTimePurchase {
            id: r.get(0)?,
            client_id: r.get(1)?,
            code: r.get(2)?,
            quantity: r.get(3)?,
            used: r.get(4)?,
            created_at: r.get(5)?,
        })
    })?
    .collect()
}

pub mod alerting;
pub mod compat;
pub mod contacts;
pub mod custom;
pub mod full_page_load;
pub mod keys;
pub mod layout;
mod monitors;
pub mod results;
pub use monitors::*;

/// The hosted families' tables (contacts, notification and maintenance rules and alerts,
/// custom monitors, layout and sub-account pages, public keys, check results, full page
/// load monitors): additive, created on every open.
fn hosted_tables(conn: &Connection) -> Result<()> {
    contacts::upgrade(conn)?;
    alerting::upgrade(conn)?;
    for schema in [
        custom::SCHEMA,
        layout::SCHEMA,
        keys::SCHEMA,
        results::SCHEMA,
        full_page_load::SCHEMA,
    ] {
        conn.execute_batch(schema)?;
    }
    Ok(())
}
