//! `monitis sandbox ...`: create, serve and fill a local reseller platform (`init`,
//! `serve`, `generate`, on a database file), and the sandbox-only controls that act
//! through the API as time and money would (`pageviews`, `next-cycle`, `billing`).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::{Context, Outcome};

mod local;
use crate::error::Result;
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Create the database (if needed) and a reseller in it; print his keys as JSON
    #[command(after_help = "Examples:
  monitis sandbox init --db platform.db --demo
  KEYS=$(monitis sandbox init --db platform.db); echo \"$KEYS\" | jq -r .apikey

Running it again on the same database adds another reseller. Demo clients' password: sandbox-demo.")]
    Init {
        /// SQLite database file
        #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        db: PathBuf,
        /// Also seed demo clients, orders, one-time services and monitors
        #[arg(long)]
        demo: bool,
    },
    /// Serve the API at /api; the endpoint URL is the first line on stdout
    #[command(after_help = "Examples:
  monitis sandbox serve --db platform.db --listen 127.0.0.1:8080
  monitis sandbox serve --db platform.db --fault-rate 0.2 --fault-seed 7 --latency 50 | { read -r URL; echo \"$URL\"; cat; }

Ctrl-C or SIGTERM stops it after the requests in flight are answered (at most --shutdown-grace
seconds). Each request gets an access log line on stderr (or --access-log FILE): time, peer,
method, action, status, duration, account; never a parameter value. The protocol and every
limit are in docs/protocol.md.")]
    Serve(ServeArgs),
    /// Fill a database with generated clients, orders and monitors (fixed seed, same data)
    #[command(after_help = "Examples:
  monitis sandbox generate --db bulk.db --clients 1000 --orders-per-client 4 --monitors-per-order 25 --seed 1

Adds a reseller and prints a JSON summary with his keys; some orders are over their RUM pageview quota.")]
    Generate(GenerateArgs),
    /// Count pageviews for a RUM monitor, as if visitors came (R6 applies)
    #[command(after_help = "Examples:
  # Push Ann's RUM monitor 3 over its order's quota, then see it suspended
  monitis --sandbox sandbox pageviews 3 200000
  monitis --sandbox rum usage --client ann@example.com")]
    Pageviews {
        /// The RUM monitor's id
        #[arg(value_parser = super::parse_id, add = clap_complete::engine::ArgValueCompleter::new(super::candidates::monitors))]
        monitor_id: i64,
        /// How many pageviews to count
        count: u64,
    },
    /// Start the next billing cycle of every order: pageviews restart, RUM monitors come back (R6)
    #[command(after_help = "Examples:
  monitis --sandbox sandbox next-cycle")]
    NextCycle,
    /// Mark the reseller paid or unpaid (unpaid suspends every client, R8)
    #[command(after_help = "Examples:
  monitis --sandbox sandbox billing unpaid
  monitis --sandbox sandbox billing paid && monitis --sandbox reseller extend-all")]
    Billing {
        /// paid or unpaid
        #[arg(value_enum)]
        standing: Standing,
    },
}

/// The longest duration a `sandbox serve` flag takes, a day: far past any use, and far
/// within what the clock can add to now (`u64::MAX` seconds would panic the server at
/// every connection).
const MAX_SECS: u64 = 86_400;
const MAX_MS: u64 = MAX_SECS * 1000;

/// `sandbox serve`'s options.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// SQLite database file (created by `sandbox init`)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub db: PathBuf,
    /// Address to listen on; port 0 picks a free port
    #[arg(long, default_value = "127.0.0.1:0")]
    pub listen: SocketAddr,
    /// Share of requests answered with 503, half before and half after the change
    #[arg(long, default_value_t = 0.0, value_name = "P")]
    pub fault_rate: f64,
    /// Seed of the fault injection, for repeatable runs (random when absent)
    #[arg(long, value_name = "N")]
    pub fault_seed: Option<u64>,
    /// Delay added to every answer, in milliseconds (at most 86400000, a day)
    #[arg(long, default_value_t = 0, value_name = "MS", value_parser = clap::value_parser!(u64).range(0..=MAX_MS))]
    pub latency: u64,
    /// Seconds a connection has to send a request's headers (also its idle timeout; 1 to 86400)
    #[arg(long, default_value_t = 10, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=MAX_SECS))]
    pub header_timeout: u64,
    /// Seconds a request's body has to arrive in full (1 to 86400)
    #[arg(long, default_value_t = 30, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=MAX_SECS))]
    pub body_timeout: u64,
    /// Connections open at once; more wait to be accepted
    #[arg(long, default_value_t = 512, value_name = "N")]
    pub max_connections: usize,
    /// Seconds requests in flight may take after Ctrl-C or SIGTERM (at most 86400)
    #[arg(long, default_value_t = 5, value_name = "SECS", value_parser = clap::value_parser!(u64).range(0..=MAX_SECS))]
    pub shutdown_grace: u64,
    /// Database time one request may take, in milliseconds (1 to 86400000)
    #[arg(long, default_value_t = 10_000, value_name = "MS", value_parser = clap::value_parser!(u64).range(1..=MAX_MS))]
    pub request_budget: u64,
    /// Read-only database connections beside the single writer
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub readers: usize,
    /// Append the access log to FILE (created 0600) instead of stderr
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub access_log: Option<PathBuf>,
    /// Open the hosted compatibility doors the hosted clients need (unsigned version 2
    /// reads, `secretkey` for an apikey alone, repeated nonce-less signed reads); shut
    /// without it, on any address
    #[arg(long)]
    pub hosted_compat: bool,
}

/// `sandbox generate`'s options.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// SQLite database file (created if needed)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub db: PathBuf,
    /// How many clients to add
    #[arg(long, value_name = "N")]
    pub clients: u32,
    /// Orders of each client
    #[arg(long, value_name = "N")]
    pub orders_per_client: u32,
    /// Monitors linked to each order
    #[arg(long, value_name = "N")]
    pub monitors_per_order: u32,
    /// Seed of the generator: the same seed makes the same platform
    #[arg(long, value_name = "S")]
    pub seed: u64,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Standing {
    Paid,
    Unpaid,
}

pub async fn run(ctx: &Context, cmd: SandboxCommand) -> Result<Outcome> {
    match cmd {
        SandboxCommand::Init { db, demo } => local::init(ctx, db, demo).await,
        SandboxCommand::Serve(args) => local::serve(ctx, args).await,
        SandboxCommand::Generate(args) => local::generate(ctx, args).await,
        SandboxCommand::Pageviews { monitor_id, count } => {
            let monitor = ctx
                .api()
                .await?
                .sandbox_pageviews(monitor_id, count)
                .await?;
            Ok(Output::record_of(&monitor, &super::monitor::LIST_COLUMNS)?.into())
        }
        SandboxCommand::NextCycle => {
            let next = ctx.api().await?.sandbox_next_cycle().await?;
            ctx.ui.note(format_args!(
                "{} order(s) started a new billing cycle; pageviews restart and RUM monitors are active again",
                next.orders
            ));
            Ok(Output::Nothing.into())
        }
        SandboxCommand::Billing { standing } => {
            let paid = matches!(standing, Standing::Paid);
            ctx.api().await?.sandbox_billing(paid).await?;
            ctx.ui.note(if paid {
                "Marked paid. Orders suspended for non-payment stay suspended until `monitis reseller extend-all` (R8)."
            } else {
                "Marked unpaid: every client's orders are suspended for billing (R8, R1)."
            });
            Ok(Output::Nothing.into())
        }
    }
}
