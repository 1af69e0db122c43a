//! `monitis client ...`: onboard clients (one or in bulk), list, show, edit and delete
//! them, and see what their dashboards show.

mod dashboard;
pub(super) mod import;
mod password;

use clap::{Args, Subcommand, ValueEnum};

use super::context::find_client;
use super::{Context, Outcome};
use crate::api::{ClientChanges, NewClient};
use crate::error::{Error, Result};
use crate::output::{self, Cell, Column, Output};
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{self, Status, UserInfo};

pub use password::PasswordSource;

#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Create a client; prints its id, email and apikey
    #[command(after_help = "Examples:
  printf '%s\\n' \"$PW\" | monitis client add --email ann@example.com --first-name Ann --last-name Lee --password-stdin
  monitis client add --email ann@example.com --first-name Ann --last-name Lee --password-file pw.txt --if-not-exists -o json")]
    Add(AddArgs),
    /// Create many clients from a CSV file (with a header) or JSON lines
    #[command(
        after_help = "Columns (CSV header or JSON keys): email, firstName, lastName, password.
A row without a password takes the one from --password-stdin or --password-file.
Every row is checked before anything is sent; bad rows are listed with their line numbers (exit 2).
Clients that already exist are reported as `exists` and left as they are. A row whose answer
was lost is read back and sent again only if it was not created, so one run creates each
client exactly once. `refused`: the API said no (e.g. an email another account has);
`failed`: no answer after retries, a re-run settles it. Exit 3 when some rows were refused
or failed. At most 100,000 rows, lines of at most 1 MiB.

Examples:
  monitis client import clients.csv
  monitis client import --dry-run clients.csv
  monitis client import clients.jsonl --password-file initial-password.txt -o json
  generate-clients | monitis client import -"
    )]
    Import(import::ImportArgs),
    /// List the clients (suspended: no active order, or the reseller is unpaid; R1)
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  monitis client list
  monitis client list --status suspended --columns id,email
  monitis client list -o json --jq '.[].account'"
    )]
    List {
        /// Only the active or the suspended clients
        #[arg(long, value_enum)]
        status: Option<ClientStatus>,
    },
    /// Show a client; with a client's own credentials, one's own profile
    #[command(after_help = "Examples:
  monitis client show ann@example.com
  monitis client show 42 -o json
  monitis client show            # as a client: one's own profile")]
    Show {
        // Not called `client`: a local arg with that id would hide the global --client.
        /// The client: email, id or apikey (or --client)
        #[arg(value_name = "CLIENT", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::clients))]
        named: Option<String>,
    },
    /// Change a client's name, email or password; as a client, one's own
    #[command(after_help = "Examples:
  monitis client edit ann@example.com --last-name Lee-Smith
  monitis client edit ann@example.com --email ann@new.example.com
  monitis client edit --prompt-password   # as a client: change one's own password")]
    Edit(EditArgs),
    /// Delete a client with its orders, monitors and one-time services (asks first)
    #[command(after_help = "Examples:
  monitis client delete ann@example.com
  monitis client delete 42 --yes")]
    Delete {
        /// The client: email, id or apikey (or --client)
        #[arg(value_name = "CLIENT", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::clients))]
        named: Option<String>,
    },
    /// What a client's dashboard shows: reachable or not (R1), logo and support contact
    /// (R4), enabled and disabled buttons and pages, inactive features (R5)
    #[command(after_help = "Examples:
  monitis client dashboard ann@example.com
  monitis client dashboard ann@example.com -o json --jq .reachable
  monitis client dashboard ann@example.com --web    # a link to the page the client sees
  monitis client dashboard ann@example.com --open   # the same, opened in the browser")]
    Dashboard {
        /// The client: email, id or apikey (or --client)
        #[arg(value_name = "CLIENT", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::clients))]
        named: Option<String>,
        /// Print a link to the client's web dashboard on a running sandbox server: read
        /// only, single use, valid for 10 minutes and only on the server that issued it
        #[arg(long)]
        web: bool,
        /// Open that link in the browser ($BROWSER, else the system's); implies --web
        #[arg(long)]
        open: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The client's email, its login
    #[arg(long)]
    email: String,
    /// The client's first name
    #[arg(long)]
    first_name: String,
    /// The client's last name
    #[arg(long)]
    last_name: String,
    #[command(flatten)]
    password: PasswordSource,
    /// When a client with this email exists, print it and succeed (re-runnable scripts)
    #[arg(long)]
    if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The client: email, id or apikey (or --client); none with client credentials
    #[arg(value_name = "CLIENT", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::clients))]
    named: Option<String>,
    /// New email (the login)
    #[arg(long)]
    email: Option<String>,
    /// New first name
    #[arg(long)]
    first_name: Option<String>,
    /// New last name
    #[arg(long)]
    last_name: Option<String>,
    #[command(flatten)]
    password: PasswordSource,
    /// Ask for a new password on the terminal (hidden, twice)
    #[arg(long, conflicts_with_all = ["password_stdin", "password_file"])]
    prompt_password: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ClientStatus {
    Active,
    Suspended,
}

pub async fn run(ctx: &Context, cmd: ClientCommand) -> Result<Outcome> {
    match cmd {
        ClientCommand::Add(args) => add(ctx, args).await.map(Into::into),
        ClientCommand::Import(args) => import::run(ctx, args).await,
        ClientCommand::List { status } => list(ctx, status).await.map(Into::into),
        ClientCommand::Show { named } => {
            let (_, client) = target(ctx, named.as_deref()).await?;
            show(&client).map(Into::into)
        }
        ClientCommand::Edit(args) => edit(ctx, args).await.map(Into::into),
        ClientCommand::Delete { named } => delete(ctx, named.as_deref()).await.map(Into::into),
        ClientCommand::Dashboard { named, web, open } => {
            if web || open {
                return dashboard::web(ctx, named.as_deref(), open)
                    .await
                    .map(Into::into);
            }
            let (apikey, client) = target(ctx, named.as_deref()).await?;
            let api = ctx.api().await?;
            let dashboard = api.dashboard(apikey.as_deref()).await?;
            dashboard::view(&client, &dashboard).map(Into::into)
        }
    }
}

/// Columns of a client; the API calls the email `account`, people call it EMAIL.
fn client_columns(keys: &[&str]) -> Vec<Column> {
    let mut columns = output::columns(keys);
    for column in &mut columns {
        if matches!(&column.value, Cell::Field(key) if key == "account") {
            column.header = "EMAIL".into();
        }
    }
    columns
}

fn show(client: &model::Client) -> Result<Output> {
    Ok(Output::Record {
        item: output::to_value(client)?,
        fields: client_columns(&[
            "id",
            "account",
            "firstName",
            "lastName",
            "status",
            "apikey",
            "createdAt",
        ]),
    })
}

/// Adding clients is the reseller's; `--client` would name a client to act for.
fn refuse_client_option(ctx: &Context, command: &str) -> Result<()> {
    match &ctx.global.client {
        Some(_) => Err(Error::Usage(format!(
            "{command} creates clients of the reseller: drop --client"
        ))),
        None => Ok(()),
    }
}

/// The server's own checks (`domain::validate`), before anything is sent or prompted.
fn precheck(values: &[(&str, Option<&str>, validate::Check)]) -> Result<()> {
    for (flag, value, check) in values {
        if let Some(value) = value {
            check(value).map_err(|why| Error::Usage(format!("{flag} {why}")))?;
        }
    }
    Ok(())
}

async fn add(ctx: &Context, args: AddArgs) -> Result<Output> {
    refuse_client_option(ctx, "client add")?;
    precheck(&[
        ("--email", Some(&args.email), validate::email),
        ("--first-name", Some(&args.first_name), validate::name),
        ("--last-name", Some(&args.last_name), validate::name),
    ])?;
    let password = match args.password.read()? {
        Some(password) => password,
        None => password::prompt_new()?,
    };
    let api = ctx.api().await?;
    let new = NewClient {
        email: &args.email,
        first_name: &args.first_name,
        last_name: &args.last_name,
        password: &password,
    };
    let apikey = match api.add_client(&new).await {
        Ok(apikey) => apikey,
        Err(Error::Api { code, .. }) if args.if_not_exists && code == ErrorCode::AlreadyExists => {
            ctx.ui
                .note(format_args!("client {} already exists", args.email));
            let existing = find_client(api, &args.email).await?;
            return show(&existing);
        }
        Err(Error::Api { code, message }) if code == ErrorCode::AlreadyExists => {
            return Err(Error::Api {
                code,
                message: format!("{message}; add --if-not-exists to take the existing client"),
            });
        }
        Err(err) => return Err(err),
    };
    let created = find_client(api, &apikey).await?;
    ctx.ui.note(format_args!(
        "created client {} (id {}); it stays suspended until it has an active order (R1): monitis order add --client {} --service CODE=QTY",
        created.account, created.id, created.account
    ));
    show(&created)
}

async fn list(ctx: &Context, status: Option<ClientStatus>) -> Result<Output> {
    let status = status.map(|s| match s {
        ClientStatus::Active => Status::Active,
        ClientStatus::Suspended => Status::Suspended,
    });
    let clients = ctx.api().await?.clients(status).await?;
    Ok(Output::List {
        items: clients
            .iter()
            .map(output::to_value)
            .collect::<Result<_>>()?,
        columns: list_columns(),
    })
}

pub(super) fn list_columns() -> Vec<Column> {
    client_columns(&["id", "account", "firstName", "lastName", "status"])
}

/// The client a command acts on: the one named by argument or `--client` (with its
/// apikey, to send as `clientApikey`), or, with a client's own credentials and no name,
/// oneself (no apikey to send).
async fn target(ctx: &Context, named: Option<&str>) -> Result<(Option<String>, model::Client)> {
    let wanted = super::context::one_client(named, ctx.global.client.as_deref())?;
    let api = ctx.api().await?;
    if let Some(wanted) = wanted {
        let client = find_client(api, wanted).await?;
        return Ok((Some(client.apikey.clone()), client));
    }
    match api.user_info(false).await? {
        UserInfo::Client(me) => Ok((None, me)),
        UserInfo::Reseller(_) => Err(Error::Usage(
            "name the client: its email, id or apikey as the argument (or --client)".into(),
        )),
    }
}

async fn edit(ctx: &Context, args: EditArgs) -> Result<Output> {
    precheck(&[
        ("--email", args.email.as_deref(), validate::email),
        ("--first-name", args.first_name.as_deref(), validate::name),
        ("--last-name", args.last_name.as_deref(), validate::name),
    ])?;
    let password = if args.prompt_password {
        Some(password::prompt_new()?)
    } else {
        args.password.read()?
    };
    if args.email.is_none()
        && args.first_name.is_none()
        && args.last_name.is_none()
        && password.is_none()
    {
        return Err(Error::Usage(
            "nothing to change: give --email, --first-name, --last-name, or a new password (--password-stdin, --password-file or --prompt-password)".into(),
        ));
    }
    let (apikey, client) = target(ctx, args.named.as_deref()).await?;
    let api = ctx.api().await?;
    let changes = ClientChanges {
        email: args.email.as_deref(),
        first_name: args.first_name.as_deref(),
        last_name: args.last_name.as_deref(),
        password: password.as_ref(),
    };
    api.edit_user(apikey.as_deref(), &changes).await?;
    if password.is_some() {
        ctx.ui
            .note(format_args!("changed the password of {}", client.account));
    }
    // The apikey stays when the email changes: look the client up again by it.
    let edited = match apikey {
        Some(apikey) => find_client(api, &apikey).await?,
        None => match api.user_info(false).await? {
            UserInfo::Client(me) => me,
            UserInfo::Reseller(_) => unreachable!("the target was a client"),
        },
    };
    show(&edited)
}

async fn delete(ctx: &Context, named: Option<&str>) -> Result<Output> {
    let (apikey, client) = target(ctx, named).await?;
    ctx.confirm(&format!(
        "Delete client {} (id {}) with all its orders, monitors and one-time services?",
        client.account, client.id
    ))?;
    ctx.api().await?.delete_client(apikey.as_deref()).await?;
    ctx.ui.note(format_args!(
        "deleted client {} (id {})",
        client.account, client.id
    ));
    Ok(Output::Nothing)
}

/// Commands that act for one client (an order, a purchase, a plan): a reseller names it
/// with `--client`; with a client's own credentials the API decides (R1–R3), so that a
/// refusal carries the API's reason.
pub(crate) async fn require_client(ctx: &Context, command: &str) -> Result<()> {
    if ctx.global.client.is_some() {
        return Ok(());
    }
    match ctx.api().await?.user_info(false).await? {
        UserInfo::Client(_) => Ok(()),
        UserInfo::Reseller(_) => Err(Error::Usage(format!(
            "{command} needs --client EMAIL|ID|APIKEY"
        ))),
    }
}
