//! The command line: clap definitions and one module per command group. Each command
//! parses its arguments, calls the API through [`Context::api`], and returns an
//! [`Outcome`] for the output layer; none writes to stdout itself.

pub mod assets;
pub mod auth;
pub mod client;
pub mod context;
pub mod input;
pub mod monitor;
pub mod order;
pub mod plan;
pub mod reseller;
pub mod rum;
pub mod sandbox;
pub mod service;

pub use context::{Context, resolve_client};

use clap::{Args, Parser, Subcommand};
use std::process::ExitCode;

use crate::api::AuthMode;
use crate::error::{Result, exit};
use crate::output::{self, Format, Output};

#[derive(Debug, Parser)]
#[command(
    name = "monitis",
    version,
    about = "Command-line tool for Monitis resellers: clients, orders, plans and RUM monitors",
    long_about = None,
    propagate_version = true,
    after_help = "Examples:
  # Try it with no account and no server: the embedded sandbox
  monitis --sandbox client list
  monitis --sandbox plan show --client ann@example.com

  # Log in once; the secret key goes to the OS keyring
  monitis auth login

  # CI: credentials from the environment, JSON out
  MONITIS_API_KEY=... MONITIS_SECRET_KEY=... monitis rum rebalance --all-clients --apply -o json"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes (../shared/spec/cli.md).
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Saved account to use
    #[arg(long, global = true, env = "MONITIS_PROFILE", default_value = crate::config::DEFAULT_PROFILE, value_name = "NAME")]
    pub profile: String,
    /// API endpoint [default: the hosted one]
    #[arg(long, global = true, env = "MONITIS_ENDPOINT", value_name = "URL")]
    pub endpoint: Option<String>,
    /// How requests are authenticated [default: token]
    #[arg(
        long,
        global = true,
        env = "MONITIS_AUTH_MODE",
        value_enum,
        value_name = "MODE"
    )]
    pub auth_mode: Option<AuthMode>,
    /// Use the embedded local sandbox: no server, no account
    #[arg(long, global = true, env = "MONITIS_SANDBOX", value_parser = clap::builder::BoolishValueParser::new(), action = clap::ArgAction::SetTrue)]
    pub sandbox: bool,
    /// Act on one client of the reseller: its email, id or apikey
    #[arg(long, global = true, value_name = "EMAIL|ID|APIKEY")]
    pub client: Option<String>,
    /// Output format [default: table on a terminal, else tsv without header]
    #[arg(
        short,
        long,
        global = true,
        env = "MONITIS_OUTPUT",
        value_enum,
        value_name = "FORMAT"
    )]
    pub output: Option<Format>,
    /// Choose and order columns (table, csv, tsv) by field name
    #[arg(long, global = true, value_delimiter = ',', value_name = "a,b,c")]
    pub columns: Option<Vec<String>>,
    /// No header row
    #[arg(long, global = true)]
    pub no_header: bool,
    /// Filter the JSON output with a jq expression (built in; no jq needed)
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,
    /// Less on stderr
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// More on stderr (-vv logs HTTP requests, secrets redacted)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// No colour (also NO_COLOR)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Confirm destructive changes without a prompt
    #[arg(long, global = true)]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in, log out, see who you are, reset your keys
    #[command(
        subcommand,
        after_help = "Examples:
  monitis auth login
  monitis auth status"
    )]
    Auth(auth::AuthCommand),
    /// Onboard and manage clients, and see their dashboards
    #[command(
        subcommand,
        after_help = "Examples:
  monitis client add --email ann@example.com --first-name Ann --last-name Lee --password-file pw.txt
  monitis client import clients.csv
  monitis client dashboard ann@example.com"
    )]
    Client(client::ClientCommand),
    /// Sell and manage orders (packages)
    #[command(
        subcommand,
        after_help = "Examples:
  monitis order add --client ann@example.com --service external=10 --service rum=5 --service rumPageviews=100000
  monitis order list --client ann@example.com"
    )]
    Order(order::OrderCommand),
    /// The service catalog and one-time services
    #[command(
        subcommand,
        after_help = "Examples:
  monitis service list
  monitis service buy --client ann@example.com loadTester=5"
    )]
    Service(service::ServiceCommand),
    /// A client's plan: totals, each order, services across all packages
    #[command(
        subcommand,
        after_help = "Examples:
  monitis plan show --client ann@example.com"
    )]
    Plan(plan::PlanCommand),
    /// Monitors: add, list, show, delete, move between orders
    #[command(
        subcommand,
        after_help = "Examples:
  monitis monitor list --client ann@example.com --type rum
  monitis monitor list --order 7 -o json | monitis monitor move --bulk --to-order 9"
    )]
    Monitor(monitor::MonitorCommand),
    /// Real User Monitoring: pageview usage and rebalancing
    #[command(
        subcommand,
        after_help = "Examples:
  monitis rum usage --all-clients
  monitis rum rebalance --all-clients --apply"
    )]
    Rum(rum::RumCommand),
    /// The reseller account: standing, branding, extend all clients
    #[command(
        subcommand,
        after_help = "Examples:
  monitis reseller show
  monitis reseller branding set --logo-url https://example.com/logo.png"
    )]
    Reseller(reseller::ResellerCommand),
    /// Run and control the local reseller platform
    #[command(
        subcommand,
        after_help = "Examples:
  monitis sandbox init --db platform.db --demo
  monitis sandbox serve --db platform.db --listen 127.0.0.1:8080"
    )]
    Sandbox(sandbox::SandboxCommand),
    /// Print the completion script for a shell
    #[command(after_help = "Examples:
  # bash: load now, and in every new shell
  source <(monitis completions bash)
  monitis completions bash > ~/.local/share/bash-completion/completions/monitis

  # zsh: put _monitis on your $fpath
  monitis completions zsh > ~/.zfunc/_monitis")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// What a command hands back: its output, and whether it did only part of its job.
#[derive(Debug)]
pub struct Outcome {
    pub output: Output,
    /// Some items of a bulk command failed (exit 3; the per-item results are the output).
    pub partial: bool,
}

impl From<Output> for Outcome {
    fn from(output: Output) -> Outcome {
        Outcome {
            output,
            partial: false,
        }
    }
}

/// What `--version` prints; clap prints the same (see the test below).
const VERSION_LINE: &str = concat!("monitis ", env!("CARGO_PKG_VERSION"), "\n");

pub fn main() -> ExitCode {
    // `monitis --version` alone answers before clap builds its tree of every command
    // (most of the start-up time: docs/benchmarks.md).
    let mut args = std::env::args_os().skip(1);
    if let (Some(arg), None) = (args.next(), args.next())
        && (arg == "--version" || arg == "-V")
    {
        return match output::emit_text(VERSION_LINE.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(exit::ERROR),
        };
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and --version are successes on stdout; the rest are usage errors (2).
            let _ = err.print();
            return match err.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(exit::USAGE),
            };
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::ERROR);
        }
    };
    runtime.block_on(run(cli))
}

async fn run(cli: Cli) -> ExitCode {
    let ctx = Context::new(cli.global);
    let result = match output::check(&ctx.output) {
        Ok(()) => dispatch(&ctx, cli.command).await,
        Err(e) => Err(e),
    };
    // The embedded sandbox commits and stops before the process ends.
    ctx.close().await;
    match result.and_then(|outcome| {
        warn_unknown_columns(&ctx, output::unknown_columns(&outcome.output, &ctx.output));
        output::emit(&outcome.output, &ctx.output)?;
        Ok(outcome.partial)
    }) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(exit::PARTIAL),
        Err(err) => {
            ctx.ui.error(&err);
            err.exit_code()
        }
    }
}

/// `--columns` that name no field of the output: a warning, as the command has run.
pub(crate) fn warn_unknown_columns(ctx: &Context, found: Option<output::UnknownColumns>) {
    if let Some((unknown, fields)) = found {
        ctx.ui.warn(format_args!(
            "no field {} in this output; its fields: {}",
            unknown.join(", "),
            fields.join(", ")
        ));
    }
}

async fn dispatch(ctx: &Context, command: Command) -> Result<Outcome> {
    match command {
        Command::Auth(cmd) => auth::run(ctx, cmd).await,
        Command::Client(cmd) => client::run(ctx, cmd).await,
        Command::Order(cmd) => order::run(ctx, cmd).await,
        Command::Service(cmd) => service::run(ctx, cmd).await,
        Command::Plan(cmd) => plan::run(ctx, cmd).await,
        Command::Monitor(cmd) => monitor::run(ctx, cmd).await,
        Command::Rum(cmd) => rum::run(ctx, cmd).await,
        Command::Reseller(cmd) => reseller::run(ctx, cmd).await,
        Command::Sandbox(cmd) => sandbox::run(ctx, cmd).await,
        Command::Completions { shell } => Ok(Output::Text(assets::completion(shell)).into()),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_fast_version_line_is_claps() {
        assert_eq!(
            super::Cli::command().render_version().to_string(),
            super::VERSION_LINE
        );
    }
}
