//! The command line: clap definitions and one module per command group. Each command
//! parses its arguments, calls the API through [`Context::api`], and returns an
//! [`Outcome`] for the output layer; none writes to stdout itself.

mod context;
pub mod sandbox;

pub use context::Context;

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
    after_help = "Try it with no account: monitis --sandbox plan show --client ann@example.com"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes (../shared/spec/cli.md).
#[derive(Debug, Clone, Args)]
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
    /// Run and control the local reseller platform
    #[command(subcommand)]
    Sandbox(sandbox::SandboxCommand),
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

pub fn main() -> ExitCode {
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
    let result = dispatch(&ctx, cli.command).await;
    // The embedded sandbox commits and stops before the process ends.
    ctx.close().await;
    match result.and_then(|outcome| {
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

async fn dispatch(ctx: &Context, command: Command) -> Result<Outcome> {
    match command {
        Command::Sandbox(cmd) => sandbox::run(ctx, cmd).await,
    }
}
