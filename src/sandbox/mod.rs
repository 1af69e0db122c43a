//! The sandbox: a local reseller API server on SQLite that speaks the hosted protocol
//! (docs/protocol.md) and enforces the platform rules (`domain::rules`).
//!
//! Embedding: `init_db` creates a database with a reseller, `start` serves it on a
//! socket until `RunningServer::shutdown`.

mod actions;
mod auth;
mod demo;
pub mod embedded;
mod faults;
mod generate;
mod http;
mod params;
mod store;
mod web;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::error::{Error, Result};

pub use demo::DEMO_PASSWORD;
pub use generate::{GenerateOptions, GenerateSummary, generate};

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
    /// committed or rolled back by then), and closes the database.
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
    let conn = store::open(&opts.db).map_err(Error::Other)?;
    let app = http::App::new(
        conn,
        faults::Faults::new(opts.fault_rate, opts.fault_seed),
        opts.latency,
        opts.token_ttl,
    );
    let listener = tokio::net::TcpListener::bind(opts.listen)
        .await
        .map_err(|e| Error::other(format!("cannot listen on {}", opts.listen), e))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::other("cannot read the listening address", e))?;
    let (stop, stopped) = oneshot::channel::<()>();
    let router = http::router(Arc::new(app));
    let task = tokio::spawn(async move {
        axum::serve(listener, router)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
