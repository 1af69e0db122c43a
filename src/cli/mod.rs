//! The command line: clap definitions and one module per command group. Each command
//! parses its arguments, calls the API through [`Context::api`], and returns an
//! [`Outcome`] for the output layer; none writes to stdout itself.

pub mod assets;
pub mod auth;
mod candidates;
pub mod client;
pub mod complete;
pub mod context;
mod embedded;
mod fields;
pub mod help;
pub mod input;
pub mod monitor;
pub mod order;
pub mod plan;
mod raw;
pub mod reseller;
pub mod rum;
pub mod sandbox;
pub mod service;

pub use context::{Context, resolve_client};

use clap::{Args, Parser, Subcommand};
use std::process::ExitCode;
use std::time::Duration;

use crate::api::AuthMode;
use crate::error::{Error, Result, exit};
use crate::output::{self, Format, Output};

/// Values of the API client's and the output layer's own types as clap reads them: those
/// layers know nothing of clap, so their choices are named here, once.
macro_rules! value_enum {
    ($type:ty { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl clap::ValueEnum for $type {
            fn value_variants<'a>() -> &'a [Self] {
                &[$(<$type>::$variant),+]
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                Some(clap::builder::PossibleValue::new(match self {
                    $(<$type>::$variant => $name),+
                }))
            }
        }
    };
}

value_enum!(AuthMode { Token => "token", Checksum => "checksum" });
value_enum!(Format { Table => "table", Json => "json", Ndjson => "ndjson", Csv => "csv", Tsv => "tsv" });
value_enum!(crate::api::HttpMethod { Get => "GET", Post => "POST" });

#[derive(Debug, Parser)]
#[command(
    name = "monitis",
    version,
    about = "Command-line tool for Monitis resellers: clients, orders, plans and RUM monitors",
    long_about = None,
    propagate_version = true,
    disable_help_subcommand = true,
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

/// Options every command takes (the README: "Environment" and "Exit codes").
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Saved account to use [default: the current one (`auth switch`), else default]
    #[arg(long, global = true, env = "MONITIS_PROFILE", value_name = "NAME", add = clap_complete::engine::ArgValueCompleter::new(candidates::profiles))]
    pub profile: Option<String>,
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
    #[arg(long, global = true, value_name = "EMAIL|ID|APIKEY", add = clap_complete::engine::ArgValueCompleter::new(candidates::clients))]
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
    /// JSON of these fields (as gh's --json); alone, it lists the fields
    #[arg(long, global = true, value_name = "FIELDS", num_args = 0..=1, default_missing_value = "")]
    pub json: Option<String>,
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
    /// Give up after this long, all requests and retries included: 90, 90s, 5m, 1h
    /// [default: 60s; 10m for client import, monitor move --bulk, rum rebalance]
    #[arg(long, global = true, env = "MONITIS_TIMEOUT", value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<Duration>,
}

/// The deadline of a command that sends a few requests.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The deadline of a bulk command: thousands of items, under retries, take minutes.
pub const BULK_TIMEOUT: Duration = Duration::from_secs(600);

/// `90`, `90s`, `5m` or `1h`: whole seconds, minutes or hours, more than zero.
fn parse_timeout(text: &str) -> std::result::Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => text.split_at(i),
        None => (text, "s"),
    };
    let scale = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => return Err("give seconds, or a number with s, m or h: 90, 90s, 5m, 1h".into()),
    };
    match number.parse::<u64>() {
        Ok(n) if n > 0 && n <= 24 * 3600 / scale => Ok(Duration::from_secs(n * scale)),
        _ => Err("give a whole number from 1 second to 24 hours: 90, 90s, 5m, 1h".into()),
    }
}

/// An id as the platform writes it: `+1` and `01` are not ids (`validate::id`).
fn parse_id(text: &str) -> std::result::Result<i64, String> {
    monitis_core::domain::validate::id(text)
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
    /// Call any API action, signed with the current credentials, and print its answer
    #[command(after_help = "Examples:
  monitis api clients status=suspended --jq '.[].account'
  # A change the CLI has no command for: POST, as the protocol has it
  monitis api suspendExternalMonitor monitorIds=17
  # A password from a file, never on the command line
  monitis api editUser clientApikey=KEY password=@new-password.txt
  monitis --sandbox api userInfo")]
    Api(raw::ApiArgs),
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
        /// The shell to print the script for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Help on a command, or on a topic: environment, exit-codes, global-options
    #[command(after_help = "Examples:
  monitis help rum rebalance
  monitis help environment
  monitis help exit-codes")]
    Help {
        /// A command (`rum rebalance`) or a topic
        #[arg(value_name = "COMMAND|TOPIC")]
        words: Vec<String>,
    },
}

/// A client named by argument (`plan show ann@example.com`), as well as by `--client`.
#[derive(Debug, Clone, Default, Args)]
pub struct NamedClient {
    // Not called `client`: a local arg with that id would hide the global --client.
    /// The client: email, id or apikey (or --client)
    #[arg(value_name = "CLIENT", add = clap_complete::engine::ArgValueCompleter::new(candidates::clients))]
    pub named: Option<String>,
}

impl Command {
    /// The client named by argument, for commands that act on one client.
    fn named_client(&self) -> Option<&str> {
        let named = match self {
            Command::Plan(plan::PlanCommand::Show(named))
            | Command::Order(order::OrderCommand::List { client: named, .. }) => named,
            Command::Monitor(monitor::MonitorCommand::List(args)) => &args.client,
            Command::Rum(rum::RumCommand::Usage(scope)) => &scope.client,
            Command::Rum(rum::RumCommand::Rebalance(args)) => &args.scope.client,
            _ => return None,
        };
        named.named.as_deref()
    }
}

impl Command {
    /// How long the command may take unless `--timeout` says otherwise.
    fn default_timeout(&self) -> Duration {
        let bulk = match self {
            Command::Client(client::ClientCommand::Import(_)) => true,
            Command::Monitor(monitor::MonitorCommand::Move(args)) => args.is_bulk(),
            Command::Rum(rum::RumCommand::Rebalance(_)) => true,
            _ => false,
        };
        if bulk { BULK_TIMEOUT } else { DEFAULT_TIMEOUT }
    }
}

/// What a command hands back: its output, and how its job ended.
#[derive(Debug)]
pub struct Outcome {
    pub output: Output,
    pub ending: Ending,
}

/// How a command that printed its output ends, which sets the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Everything it tried happened (exit 0).
    Done,
    /// Some items of a bulk command failed (exit 3; the per-item results are the output).
    Partial,
    /// The input was rejected before anything was sent; the output lists why (exit 2).
    Rejected,
    /// `rum rebalance --apply --fail-on-suspended`: every move was made but RUM monitors
    /// stay suspended for pageviews (exit 5).
    StillSuspended,
    /// The output is an answer that says the command failed (`monitis api` and the API's
    /// refusal): exit with this code, as the error would.
    Failed(u8),
}

impl Ending {
    /// `Partial` when some item failed, else `Done`.
    pub fn partial_if(failed: bool) -> Ending {
        if failed {
            Ending::Partial
        } else {
            Ending::Done
        }
    }

    fn exit_code(self) -> ExitCode {
        match self {
            Ending::Done => ExitCode::SUCCESS,
            Ending::Partial => ExitCode::from(exit::PARTIAL),
            Ending::Rejected => ExitCode::from(exit::USAGE),
            Ending::StillSuspended => ExitCode::from(exit::STILL_SUSPENDED),
            Ending::Failed(code) => ExitCode::from(code),
        }
    }
}

impl From<Output> for Outcome {
    fn from(output: Output) -> Outcome {
        Outcome {
            output,
            ending: Ending::Done,
        }
    }
}

/// Parses the command line; `--no-color` covers clap's own messages too (NO_COLOR is
/// read by clap itself).
fn parse() -> std::result::Result<(Cli, clap::ArgMatches), clap::Error> {
    use clap::FromArgMatches;
    let mut command = assets::command_in(if std::env::args_os().any(|arg| arg == "--no-color") {
        clap::ColorChoice::Never
    } else {
        clap::ColorChoice::Auto
    });
    let matches = command.try_get_matches_from_mut(std::env::args_os())?;
    refuse_meaningless(&mut command, &matches)?;
    let cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))?;
    Ok((cli, matches))
}

/// A global option given on the command line to a command it means nothing for
/// (`--jq` on `sandbox serve`) is a usage error rather than silently ignored.
fn refuse_meaningless(
    command: &mut clap::Command,
    matches: &clap::ArgMatches,
) -> std::result::Result<(), clap::Error> {
    let mut path = Vec::new();
    let mut at = matches;
    while let Some((name, sub)) = at.subcommand() {
        path.push(name);
        at = sub;
    }
    for id in help::meaningless(&path) {
        if matches!(
            at.value_source(id),
            Some(clap::parser::ValueSource::CommandLine)
        ) {
            let flag = format!("--{}", id.replace('_', "-"));
            return Err(command.error(
                clap::error::ErrorKind::ArgumentConflict,
                format!(
                    "{flag} means nothing for `monitis {}`: leave it out",
                    path.join(" ")
                ),
            ));
        }
    }
    Ok(())
}

/// What `--version` prints; clap prints the same (see the test below).
const VERSION_LINE: &str = concat!("monitis ", env!("CARGO_PKG_VERSION"), "\n");

pub fn main() -> ExitCode {
    if let Some(code) = output::serve_jq_worker() {
        return code;
    }
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
    complete::answer_shell();
    let (cli, matches) = match parse() {
        Ok(parsed) => parsed,
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
    let code = runtime.block_on(run(cli, &matches));
    // A blocking call the deadline gave up on (a hung keyring) is not waited for.
    runtime.shutdown_background();
    code
}

async fn run(cli: Cli, matches: &clap::ArgMatches) -> ExitCode {
    let mut global = cli.global;
    // A client named by argument is the --client every command already reads.
    let named = context::one_client(cli.command.named_client(), global.client.as_deref())
        .map(|client| client.map(str::to_string));
    if let Ok(client) = &named {
        global.client.clone_from(client);
    }
    let timeout = global
        .timeout
        .unwrap_or_else(|| cli.command.default_timeout());
    let json = fields::json(matches, global.json.as_deref());
    let mut ctx = Context::new(global, timeout);
    let checked = json.map(|picked| {
        if let Some(fields) = picked {
            ctx.output.select_json(fields);
        }
    });
    let checked = checked
        .and(named)
        .and_then(|_| output::check(&ctx.output))
        .and_then(|()| fields::check(matches, ctx.output.columns.as_deref()));
    let result = match checked {
        Ok(()) => dispatch(&ctx, cli.command).await,
        Err(e) => Err(e),
    };
    // The embedded sandbox commits and stops before the process ends.
    ctx.close().await;
    let code = match result.and_then(|outcome| {
        warn_unknown_columns(&ctx, output::unknown_columns(&outcome.output, &ctx.output));
        let dropped = output::emit(&outcome.output, &ctx.output)?;
        if !dropped.is_empty() {
            ctx.ui.note(format_args!(
                "left out to fit the width: {} (widen the terminal, or pick with --columns)",
                dropped.join(", ")
            ));
        }
        Ok(outcome.ending)
    }) {
        Ok(ending) => ending.exit_code(),
        Err(Error::Declined) => {
            ctx.ui.note("Nothing was changed.");
            ExitCode::SUCCESS
        }
        Err(err) => {
            ctx.ui.error(&err);
            err.exit_code()
        }
    };
    for line in ctx.take_summary() {
        ctx.ui.note(line);
    }
    code
}

/// `monitis help [COMMAND...|TOPIC]`: a topic's text, or the command's long help.
fn show_help(words: &[String]) -> Result<Output> {
    if let [word] = words
        && let Some(text) = help::topic(word)
    {
        return Ok(Output::Text(text.into_bytes()));
    }
    let mut cmd = assets::command();
    for word in words {
        let Some(sub) = cmd.find_subcommand(word).cloned() else {
            return Err(Error::Usage(format!(
                "no command or help topic {:?}\n{}",
                words.join(" "),
                help::topics_list()
            )));
        };
        cmd = sub;
    }
    let mut text = cmd.render_long_help().to_string();
    if words.is_empty() {
        text.push('\n');
        text.push_str(&help::topics_list());
    }
    Ok(Output::Text(text.into_bytes()))
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
        Command::Api(args) => raw::run(ctx, args).await,
        Command::Sandbox(cmd) => sandbox::run(ctx, cmd).await,
        Command::Completions { shell } => Ok(Output::Text(assets::completion(shell)).into()),
        Command::Help { words } => show_help(&words).map(Into::into),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_in_seconds_minutes_or_hours() {
        assert_eq!(parse_timeout("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_timeout("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_timeout("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_timeout("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_timeout("24h"), Ok(Duration::from_secs(86400)));
        for bad in [
            "0",
            "0s",
            "",
            "m",
            "5x",
            "-5",
            "25h",
            "1.5m",
            "99999999999999999999",
        ] {
            assert!(parse_timeout(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_fast_version_line_is_claps() {
        assert_eq!(
            assets::command().render_version().to_string(),
            super::VERSION_LINE
        );
    }
}
