//! monitis-platform: the local reseller platform (the sandbox), a server on SQLite that
//! speaks the hosted protocol (docs/protocol.md) and enforces the platform rules
//! (`monitis_core::domain::rules`), with the client's web dashboard beside the API.
//!
//! Embedding: `init_db` creates a database with a reseller, `start` serves it on a
//! socket until `RunningServer::shutdown`. docs/architecture.md draws its layers: the
//! store and the guards, `App`, the actions, and the two faces (`http`, `web`).

mod access_log;
mod action;
mod actions;
mod app;
mod auth;
mod blocking;
mod demo;
pub mod embedded;
mod error;
mod faults;
mod generate;
mod guard;
mod http;
mod listen;
mod memory;
mod params;
mod pool;
mod seed;
mod sessions;
mod shares;
mod store;
mod streamed;
mod web;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use error::{Error, Result};

pub use generate::{GenerateOptions, GenerateSummary, generate};
pub use seed::DEMO_PASSWORD;
pub use shares::Shares;

/// How to run a sandbox server.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    pub db: PathBuf,
    /// Port 0 picks a free port.
    pub listen: SocketAddr,
    /// Share of requests answered with 503 (0.0..=1.0), half before and half after the
    /// change is committed.
    pub fault_rate: f64,
    pub fault_seed: u64,
    /// Delay added to every answer.
    pub latency: Duration,
    /// How long an `authToken` stays valid.
    pub token_ttl: Duration,
    /// A connection must send a request's headers within this, and is closed after
    /// this long idle between requests.
    pub header_timeout: Duration,
    /// A request's body must arrive within this (errorCode 22).
    pub body_timeout: Duration,
    /// Connections open at once; more wait to be accepted.
    pub max_connections: usize,
    /// On shutdown, how long requests in flight may take before their connections are
    /// dropped.
    pub shutdown_grace: Duration,
    /// The database time of one request (errorCode 21 past it, everything rolled back).
    pub request_budget: Duration,
    /// Read connections beside the single writer.
    pub readers: usize,
    /// Where each request's access log line goes; None keeps no log.
    pub access_log: Option<AccessLog>,
    /// Opens the hosted compatibility doors (`HOSTED_COMPAT_DOORS`), shut otherwise: a
    /// peer's address is no trust boundary (behind a reverse proxy every caller is
    /// loopback), so only the operator opens them.
    pub hosted_compat: bool,
    /// What each tenant may hold of what callers share (docs/limits.md).
    pub shares: Shares,
}

/// What `--hosted-compat` opens, for the warning `sandbox serve` prints when it does.
pub const HOSTED_COMPAT_DOORS: &str = "unsigned version 2 reads with an apikey alone, \
    `secretkey` for an apikey alone, and signed reads without a nonce repeated within the \
    timestamp window";

/// The destination of the access log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessLog {
    Stderr,
    /// Appended to; created 0600.
    File(PathBuf),
}

impl ServerOptions {
    pub fn new(db: impl Into<PathBuf>, listen: SocketAddr) -> ServerOptions {
        ServerOptions {
            db: db.into(),
            listen,
            fault_rate: 0.0,
            fault_seed: 0,
            latency: Duration::ZERO,
            token_ttl: Duration::from_secs(24 * 60 * 60),
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            max_connections: 512,
            shutdown_grace: Duration::from_secs(5),
            request_budget: Duration::from_secs(10),
            readers: 4,
            access_log: None,
            hosted_compat: false,
            shares: Shares::default(),
        }
    }
}

/// A server started with `start`.
pub struct RunningServer {
    /// The endpoint, e.g. `http://127.0.0.1:41234/api`.
    pub url: String,
    pub addr: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

impl RunningServer {
    /// Stops accepting connections, waits for the requests in flight to finish (each has
    /// committed or rolled back by then) for at most the grace period, and closes the
    /// database.
    pub async fn shutdown(self) -> Result<()> {
        // The server may have stopped on its own already; then there is no one to tell.
        let _ = self.stop.send(());
        match self.task.await {
            Ok(served) => served.map_err(|e| Error::other("sandbox server failed", e)),
            Err(e) => Err(Error::other("sandbox server task failed", e)),
        }
    }
}

/// Opens the database of `opts.db` (which `init_db` created) and serves the API.
pub async fn start(opts: ServerOptions) -> Result<RunningServer> {
    if !(0.0..=1.0).contains(&opts.fault_rate) {
        return Err(Error::Usage(format!(
            "--fault-rate must be between 0 and 1, got {}",
            opts.fault_rate
        )));
    }
    if opts.max_connections == 0 || opts.readers == 0 {
        return Err(Error::Usage(
            "--max-connections and --readers must be at least 1".into(),
        ));
    }
    memory::release_large_blocks();
    // Parsed and indexed now rather than by the first request that names an action.
    monitis_core::protocol::catalog::find(monitis_core::protocol::catalog::API, "apikey");
    let dbs = pool::Databases::open(&opts.db, opts.readers, opts.request_budget)?;
    let log: Option<access_log::AccessLog> = match &opts.access_log {
        None => None,
        Some(AccessLog::Stderr) => Some(access_log::AccessLog::to(Box::new(std::io::stderr()))),
        Some(AccessLog::File(path)) => {
            let file = store::private_file(path, true).map_err(|e| {
                Error::other(format!("cannot open the access log {}", path.display()), e)
            })?;
            Some(access_log::AccessLog::to(Box::new(file)))
        }
    };
    let app = app::App::new(dbs, log, &opts);
    let listener = tokio::net::TcpListener::bind(opts.listen)
        .await
        .map_err(|e| Error::other(format!("cannot listen on {}", opts.listen), e))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::other("cannot read the listening address", e))?;
    let (stop, stopped) = oneshot::channel::<()>();
    let router = http::router(Arc::new(app), web::router());
    let limits = listen::Limits {
        header_timeout: opts.header_timeout,
        max_connections: opts.max_connections,
        shutdown_grace: opts.shutdown_grace,
    };
    let task = tokio::spawn(listen::serve(listener, router, limits, stopped));
    // A wildcard address is reachable on loopback, which is what a local client should use.
    let shown = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), addr.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), addr.port())
        }
        _ => addr,
    };
    Ok(RunningServer {
        url: format!("http://{shown}/api"),
        addr,
        stop,
        task,
    })
}

/// What `init_db` (and `monitis sandbox init`) reports: the new reseller and his keys.
/// No `Debug`: it would print the secret key.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InitOutput {
    pub reseller_id: i64,
    pub apikey: String,
    pub secretkey: String,
}

/// Creates the database if needed and adds a reseller; with `demo`, also his demo
/// clients, orders, one-time services and monitors.
pub fn init_db(path: &Path, demo: bool) -> Result<InitOutput> {
    let context = || format!("cannot initialise sandbox database {}", path.display());
    let mut conn = store::create(path).map_err(|e| Error::other(context(), e))?;
    let tx = conn.transaction().map_err(|e| Error::other(context(), e))?;
    let reseller =
        store::insert_reseller(&tx, &mut rand::rng()).map_err(|e| Error::other(context(), e))?;
    if demo {
        demo::seed(&tx, reseller.id).map_err(|e| Error::other(context(), e))?;
    }
    tx.commit().map_err(|e| Error::other(context(), e))?;
    Ok(InitOutput {
        reseller_id: reseller.id,
        apikey: reseller.apikey,
        secretkey: reseller.secretkey,
    })
}
