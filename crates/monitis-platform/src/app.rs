//! The server's shared state, `App`, below both faces (the API at /api and the web
//! dashboard): the writer and the readers with each request's budget, the replay, login
//! and Argon2 guards, the dashboard's sessions, and the one password check every login
//! goes through.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::ServerOptions;
use crate::access_log::AccessLog;
use crate::action::Action;
use crate::auth::{self, internal};
use crate::faults::Faults;
use crate::guard::{Hashing, Logins, Replays};
use crate::params::Params;
use crate::pool::Databases;
use crate::sessions::Sessions;
use crate::shares::Holdings;
use crate::store::{self, AccountRef};
use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;

/// What every request shares: the databases, the guards, the sessions, and how the
/// server was started.
pub struct App {
    pub(crate) dbs: Arc<Databases>,
    pub(crate) faults: Faults,
    pub(crate) latency: Duration,
    pub(crate) token_ttl: Duration,
    pub(crate) body_timeout: Duration,
    replays: Replays,
    pub(crate) logins: Logins,
    pub(crate) hashing: Hashing,
    pub(crate) log: Option<AccessLog>,
    /// Whether the hosted compatibility doors (unsigned reads) are open.
    pub(crate) doors: bool,
    /// The web dashboard's sessions and preview links: in memory, so they are valid only
    /// against this server.
    pub(crate) sessions: Sessions,
    /// Readers held by streamed answers, per reseller: unread answers of one tenant
    /// cannot hold every reader.
    pub(crate) streams: Holdings,
}

impl App {
    pub fn new(dbs: Databases, log: Option<AccessLog>, opts: &ServerOptions) -> App {
        let shares = opts.shares;
        App {
            dbs: Arc::new(dbs),
            faults: Faults::new(opts.fault_rate, opts.fault_seed),
            latency: opts.latency,
            token_ttl: opts.token_ttl,
            body_timeout: opts.body_timeout,
            replays: Replays::new(shares.checksums, shares.checksums_per_reseller),
            logins: Logins::default(),
            hashing: Hashing::default(),
            log,
            doors: opts.hosted_compat,
            sessions: Sessions::new(shares),
            // With one reader, one answer holds it; with more, a tenant leaves one free.
            streams: Holdings::new(
                shares
                    .streams_per_reseller
                    .min(opts.readers.saturating_sub(1).max(1)),
            ),
        }
    }

    /// A change on the writer, in its turn, off the async threads.
    pub(crate) async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, Refusal> + Send + 'static,
    ) -> Result<T, Refusal> {
        self.dbs.write(f).await
    }

    /// A read on a reader; when it finds it must write after all (orders for R9 to
    /// expire: `f` answers None), again on the writer (`f` then called with `false`).
    pub(crate) async fn read<T: Send + 'static>(
        &self,
        f: impl Fn(&Connection, bool) -> Result<Option<T>, Refusal> + Send + Sync + 'static,
    ) -> Result<T, Refusal> {
        let f = Arc::new(f);
        let on_reader = Arc::clone(&f);
        if let Some(out) = self.dbs.read(move |conn| on_reader(conn, true)).await? {
            return Ok(out);
        }
        self.write(move |conn| f(conn, false))
            .await?
            .ok_or_else(|| {
                Refusal::new(ErrorCode::Internal, "internal error: a read did not finish")
            })
    }

    /// Authenticates a request, and accepts its checksum only once (replay protection).
    pub(crate) fn authorise(
        &self,
        conn: &Connection,
        action: Action,
        params: &Params,
        now: DateTime<Utc>,
    ) -> Result<AccountRef, Refusal> {
        let me = auth::authenticate(conn, action, params, now)?;
        if let Some(signed) = auth::signature(action, params, self.doors) {
            self.replays
                .accept(me.reseller_id, &signed, now.timestamp())?;
        }
        Ok(me)
    }
}

/// Whether R9 has active orders of the reseller to suspend (a write) as of `now`.
pub(crate) fn expiry_due(
    conn: &Connection,
    reseller_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, Refusal> {
    let today = now
        .date_naive()
        .format(monitis_core::protocol::DATE_FORMAT)
        .to_string();
    Ok(!store::expired_orders(conn, reseller_id, &today)
        .map_err(internal)?
        .is_empty())
}

/// A client's email (folded) and the hex digest of its password, checked the one way
/// every login (the `apikey` action, the web dashboard) shares: throttled per account and
/// per address, Argon2 bounded, and the same answer for a wrong password and an unknown
/// email.
pub(crate) async fn check_password(
    app: &Arc<App>,
    email: String,
    password_hex: String,
    peer: SocketAddr,
) -> Result<store::Login, Refusal> {
    check_login(app, email, password_hex, peer, |conn, email| {
        Ok(store::login(conn, email)?.map(|login| (login.password_hash.clone(), login)))
    })
    .await
}

/// `check_password` over any kind of login: `find` looks the folded email up and answers
/// the stored password hash with what the login yields (`userkey` also finds
/// sub-accounts).
pub(crate) async fn check_login<T: Send + 'static>(
    app: &Arc<App>,
    email: String,
    password_hex: String,
    peer: SocketAddr,
    find: impl FnOnce(&Connection, &str) -> rusqlite::Result<Option<(String, T)>> + Send + 'static,
) -> Result<T, Refusal> {
    let attempt = app.logins.reserve(&email, peer.ip(), Instant::now())?;
    let found = app
        .dbs
        .read(move |conn| find(conn, &email).map_err(internal))
        .await?;
    // An unknown email costs the same hash as a wrong password, so timing tells nothing.
    static NOBODY: OnceLock<String> = OnceLock::new();
    let stored = found.as_ref().map(|(hash, _)| hash.clone());
    let matches = app
        .hashing
        .run(move |memory| {
            let stored = stored.unwrap_or_else(|| {
                NOBODY
                    .get_or_init(|| auth::hash_password("no such account", memory))
                    .clone()
            });
            auth::verify_password_hex(&password_hex, &stored, memory)
        })
        .await?;
    let Some((_, login)) = found.filter(|_| matches) else {
        attempt.failed(Instant::now())?;
        return Err(Refusal::new(ErrorCode::BadLogin, "wrong email or password"));
    };
    attempt.succeeded();
    Ok(login)
}
