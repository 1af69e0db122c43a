//! `monitis sandbox ...`: create, serve and fill a local reseller platform (`init`,
//! `serve`, `generate`, on a database file), and the sandbox-only controls that act
//! through the API as time and money would (`pageviews`, `next-cycle`, `billing`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Subcommand, ValueEnum};

use super::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::{self, Output};
use crate::sandbox::{self, AccessLog, GenerateOptions, ServerOptions};

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
    Serve {
        /// SQLite database file (created by `sandbox init`)
        #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        db: PathBuf,
        /// Address to listen on; port 0 picks a free port
        #[arg(long, default_value = "127.0.0.1:0")]
        listen: SocketAddr,
        /// Share of requests answered with 503, half before and half after the change
        #[arg(long, default_value_t = 0.0, value_name = "P")]
        fault_rate: f64,
        /// Seed of the fault injection, for repeatable runs (random when absent)
        #[arg(long, value_name = "N")]
        fault_seed: Option<u64>,
        /// Delay added to every answer, in milliseconds
        #[arg(long, default_value_t = 0, value_name = "MS")]
        latency: u64,
        /// Seconds a connection has to send a request's headers (also its idle timeout)
        #[arg(long, default_value_t = 10, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
        header_timeout: u64,
        /// Seconds a request's body has to arrive in full
        #[arg(long, default_value_t = 30, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
        body_timeout: u64,
        /// Connections open at once; more wait to be accepted
        #[arg(long, default_value_t = 512, value_name = "N")]
        max_connections: usize,
        /// Seconds requests in flight may take after Ctrl-C or SIGTERM
        #[arg(long, default_value_t = 5, value_name = "SECS")]
        shutdown_grace: u64,
        /// Database time one request may take, in milliseconds
        #[arg(long, default_value_t = 10_000, value_name = "MS", value_parser = clap::value_parser!(u64).range(1..))]
        request_budget: u64,
        /// Read-only database connections beside the single writer
        #[arg(long, default_value_t = 4, value_name = "N")]
        readers: usize,
        /// Append the access log to FILE (created 0600) instead of stderr
        #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        access_log: Option<PathBuf>,
        /// Close the hosted compatibility doors (unsigned version 2 reads, `secretkey` for
        /// an apikey alone), open by default on loopback only
        #[arg(long, conflicts_with = "compat_doors_anywhere")]
        strict_protocol: bool,
        /// Open the hosted compatibility doors on a non-loopback --listen address too
        #[arg(long)]
        compat_doors_anywhere: bool,
    },
    /// Fill a database with generated clients, orders and monitors (fixed seed, same data)
    #[command(after_help = "Examples:
  monitis sandbox generate --db bulk.db --clients 1000 --orders-per-client 4 --monitors-per-order 25 --seed 1

Adds a reseller and prints a JSON summary with his keys; some orders are over their RUM pageview quota.")]
    Generate {
        /// SQLite database file (created if needed)
        #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        db: PathBuf,
        /// How many clients to add
        #[arg(long, value_name = "N")]
        clients: u32,
        /// Orders of each client
        #[arg(long, value_name = "N")]
        orders_per_client: u32,
        /// Monitors linked to each order
        #[arg(long, value_name = "N")]
        monitors_per_order: u32,
        /// Seed of the generator: the same seed makes the same platform
        #[arg(long, value_name = "S")]
        seed: u64,
    },
    /// Count pageviews for a RUM monitor, as if visitors came (R6 applies)
    #[command(after_help = "Examples:
  # Push Ann's RUM monitor 3 over its order's quota, then see it suspended
  monitis --sandbox sandbox pageviews 3 200000
  monitis --sandbox rum usage --client ann@example.com")]
    Pageviews {
        /// The RUM monitor's id
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

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Standing {
    Paid,
    Unpaid,
}

/// `init` and `generate` print compact JSON that scripts read (`jq -r .apikey`), unless
/// an output format or `--jq` is asked for explicitly.
fn report(ctx: &Context, value: &impl serde::Serialize, keys: &[&str]) -> Result<Outcome> {
    if ctx.global.output.is_some() || ctx.global.jq.is_some() {
        return Ok(Output::record_of(value, keys)?.into());
    }
    let mut text =
        serde_json::to_vec(value).map_err(|e| Error::other("cannot encode output", e))?;
    text.push(b'\n');
    Ok(Output::Text(text).into())
}

/// The sandbox's errors as the CLI's: options it refused are usage errors (exit 2),
/// the rest plain errors (exit 1), with the same message.
impl From<sandbox::Error> for Error {
    fn from(err: sandbox::Error) -> Error {
        match err {
            sandbox::Error::Usage(message) => Error::Usage(message),
            sandbox::Error::Failed(failure) => Error::Failed(failure),
            other => Error::Other(other.to_string()),
        }
    }
}

pub async fn run(ctx: &Context, cmd: SandboxCommand) -> Result<Outcome> {
    match cmd {
        SandboxCommand::Init { db, demo } => report(
            ctx,
            &sandbox::init_db(&db, demo)?,
            &["resellerId", "apikey", "secretkey"],
        ),
        SandboxCommand::Serve {
            db,
            listen,
            fault_rate,
            fault_seed,
            latency,
            header_timeout,
            body_timeout,
            max_connections,
            shutdown_grace,
            request_budget,
            readers,
            access_log,
            strict_protocol,
            compat_doors_anywhere,
        } => {
            let opts = ServerOptions {
                fault_rate,
                fault_seed: fault_seed.unwrap_or_else(rand::random),
                latency: Duration::from_millis(latency),
                header_timeout: Duration::from_secs(header_timeout),
                body_timeout: Duration::from_secs(body_timeout),
                max_connections,
                shutdown_grace: Duration::from_secs(shutdown_grace),
                request_budget: Duration::from_millis(request_budget),
                readers,
                access_log: Some(access_log.map_or(AccessLog::Stderr, AccessLog::File)),
                strict_protocol,
                compat_doors_anywhere,
                ..ServerOptions::new(db, listen)
            };
            serve(ctx, opts).await?;
            Ok(Output::Nothing.into())
        }
        SandboxCommand::Generate {
            db,
            clients,
            orders_per_client,
            monitors_per_order,
            seed,
        } => {
            let started = std::time::Instant::now();
            let opts = GenerateOptions {
                clients,
                orders_per_client,
                monitors_per_order,
                seed,
            };
            let summary = sandbox::generate(&db, &opts)?;
            ctx.ui.note(format!(
                "generated {} monitors in {:.2} s",
                summary.monitors,
                started.elapsed().as_secs_f64()
            ));
            report(
                ctx,
                &summary,
                &[
                    "resellerId",
                    "apikey",
                    "clients",
                    "orders",
                    "monitors",
                    "ordersOverQuota",
                ],
            )
        }
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

async fn serve(ctx: &Context, opts: ServerOptions) -> Result<()> {
    if opts.fault_rate > 0.0 {
        ctx.ui.note(format!(
            "fault injection: rate {}, seed {}",
            opts.fault_rate, opts.fault_seed
        ));
    }
    let server = sandbox::start(opts).await?;
    // The endpoint is the first stdout line, written before serving so a script can wait for it.
    output::emit(
        &Output::Text(format!("{}\n", server.url).into_bytes()),
        &ctx.output,
    )?;
    ctx.ui.note(format!(
        "sandbox serving at {} (Ctrl-C or SIGTERM stops it)",
        server.url
    ));
    stop_signal().await?;
    ctx.ui
        .note("sandbox stopping: finishing the requests in flight");
    server.shutdown().await?;
    ctx.ui.note("sandbox stopped");
    Ok(())
}

/// Waits for SIGINT (Ctrl-C) or, on Unix, SIGTERM.
async fn stop_signal() -> Result<()> {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term =
            signal(SignalKind::terminate()).map_err(|e| Error::other("cannot watch SIGTERM", e))?;
        tokio::select! {
            result = ctrl_c => result.map_err(|e| Error::other("cannot watch Ctrl-C", e)),
            _ = term.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    ctrl_c
        .await
        .map_err(|e| Error::other("cannot watch Ctrl-C", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sandbox_errors_keep_their_message_and_map_to_the_readme_exit_codes() {
        let usage: Error = sandbox::Error::Usage("--readers must be at least 1".into()).into();
        assert!(matches!(&usage, Error::Usage(m) if m == "--readers must be at least 1"));
        assert_eq!(usage.exit_code(), std::process::ExitCode::from(2));
        let io = std::io::Error::new(std::io::ErrorKind::AddrInUse, "address in use");
        let failed: Error = sandbox::Error::other("cannot listen on 127.0.0.1:1", io).into();
        assert_eq!(
            failed.to_string(),
            "cannot listen on 127.0.0.1:1: address in use"
        );
        let source = std::error::Error::source(&failed).expect("the cause is kept");
        assert_eq!(source.to_string(), "address in use");
        assert_eq!(failed.exit_code(), std::process::ExitCode::from(1));
    }
}
