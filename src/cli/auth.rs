//! `monitis auth ...`: log in (checked against the API before anything is saved), see who
//! one is, log out, and reset one's own keys.

use clap::{Args, Subcommand};
use serde_json::json;

use super::context::{Account, Source};
use super::{Context, Outcome, input};
use crate::api::{self, ApiClient, Secret};
use crate::config::{Config, Profile};
use crate::credentials::{self, Storage};
use crate::error::{Error, Result};
use crate::output::Output;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{AccountKind, Keys, UserInfo};

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Log in and save the account as a profile (secret key in the OS keyring)
    #[command(after_help = "Examples:
  # At a terminal: prompts for the API key and (hidden) the secret key
  monitis auth login

  # In a script: the secret key comes from stdin, never from an option
  printf '%s' \"$SECRET\" | monitis auth login --api-key \"$APIKEY\" --secret-key-stdin

  # A client logs in with its email and password (prompted, hidden)
  monitis auth login --email ann@example.com")]
    Login(LoginArgs),
    /// Who the credentials are, which endpoint, and where the secret is kept; with
    /// --all, every saved profile
    #[command(after_help = "Examples:
  monitis auth status
  # In CI, fail early when the credentials are missing or refused (exit 4)
  monitis auth status -q || exit 1
  # Every saved profile, the current one marked
  monitis auth status --all")]
    Status(StatusArgs),
    /// Make a saved profile the one commands use without --profile
    #[command(after_help = "Examples:
  monitis auth switch staging
  monitis auth status --all")]
    Switch {
        // Not called `profile`: that is the global --profile's id.
        /// The profile, as `auth status --all` lists them
        #[arg(value_name = "PROFILE", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::profiles))]
        name: String,
    },
    /// Remove the profile and its secrets from the keyring
    #[command(after_help = "Examples:
  monitis auth logout
  monitis auth logout --profile staging")]
    Logout,
    /// New API and secret keys for one's own account, saved where the old ones were
    #[command(
        after_help = "The new keys are saved before they are confirmed: the old ones work until then.

Examples:
  # The old keys stop working once the new ones are saved and confirmed
  monitis auth reset-key --yes"
    )]
    ResetKey,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// List every saved profile (read from the config: nothing is sent)
    #[arg(long)]
    all: bool,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The account's API key (prompted for when not given)
    #[arg(long, value_name = "KEY", conflicts_with = "email")]
    api_key: Option<String>,
    /// Read the secret key from stdin (instead of a hidden prompt)
    #[arg(long, conflicts_with = "email")]
    secret_key_stdin: bool,
    /// Log in with the account's email and password instead of keys
    #[arg(long, value_name = "EMAIL")]
    email: Option<String>,
    /// With --email: read the password from stdin (instead of a hidden prompt)
    #[arg(long, requires = "email")]
    password_stdin: bool,
    /// Keep the secret in a file readable only by you, when no keyring works (headless boxes)
    #[arg(long)]
    insecure_storage: bool,
}

pub async fn run(ctx: &Context, cmd: AuthCommand) -> Result<Outcome> {
    match cmd {
        AuthCommand::Login(args) => login(ctx, args).await,
        AuthCommand::Status(StatusArgs { all: false }) => status(ctx).await,
        AuthCommand::Status(StatusArgs { all: true }) => profiles(ctx),
        AuthCommand::Switch { name } => switch(ctx, &name),
        AuthCommand::Logout => logout(ctx).await,
        AuthCommand::ResetKey => reset_key(ctx).await,
    }
    .map(Outcome::from)
}

async fn login(ctx: &Context, args: LoginArgs) -> Result<Output> {
    if ctx.global.sandbox {
        return Err(Error::Usage(
            "--sandbox needs no login: it uses the sandbox's demo reseller".into(),
        ));
    }
    let config = Config::load()?;
    let endpoint = ctx.endpoint(config.profiles.get(&ctx.profile));
    let mode = ctx.global.auth_mode.unwrap_or(api::AuthMode::Token);
    // Open the store first: on a box without a keyring, fail before asking for secrets.
    let storage = if args.insecure_storage {
        Storage::InsecureFile
    } else {
        Storage::Keyring
    };
    let store = ctx.open_store(storage).await?;
    // Before anyone types a secret: a store that will lose it, or cannot take it now.
    if let Some(caveat) = store.caveat() {
        ctx.ui.warn(caveat);
    }
    ctx.in_store(&store, |store| store.ready()).await?;

    let (apikey, secret) = match &args.email {
        Some(email) => {
            let password = read_secret(args.password_stdin, "Password: ", "--password-stdin")?;
            // The same client as every call (deadline, retries, `-vv`), without keys.
            let anonymous = ctx.client_with(&endpoint, "", &Secret::new(""), mode, None)?;
            let keys = anonymous.login_with_password(email, &password).await?;
            (keys.apikey, Secret::new(keys.secretkey))
        }
        None => {
            let apikey = match args.api_key {
                Some(key) => key,
                None => input::line("API key: ", &instead("--api-key KEY"))?,
            };
            let secret = read_secret(args.secret_key_stdin, "Secret key: ", "--secret-key-stdin")?;
            (apikey.trim().to_string(), secret)
        }
    };

    // Check the credentials against the API before saving anything.
    let client = ctx.client_with(&endpoint, &apikey, &secret, mode, None)?;
    let (kind, account) = who(&client).await.map_err(refused_login)?;

    let profile_name = &ctx.profile;
    let (name, kept) = (profile_name.clone(), secret.clone());
    ctx.in_store(&store, move |store| {
        store.set(&credentials::secret_key_entry(&name), &kept)?;
        store.delete(&credentials::token_entry(&name))
    })
    .await?;
    let profile = Profile {
        endpoint,
        apikey,
        auth_mode: mode,
        kind,
        account,
        storage,
    };
    let mut config = config;
    config
        .profiles
        .insert(profile_name.clone(), profile.clone());
    // As `gh auth login`: the account just logged in to is the one commands use.
    config.current = Some(profile_name.clone());
    config.save()?;
    if args.insecure_storage {
        ctx.ui.warn(format_args!(
            "the secret key is stored UNENCRYPTED in {}, readable only by you; prefer a keyring where one works",
            store.describe()
        ));
    }
    // Like `gh auth login`: a sentence for people; `auth status` has the data.
    ctx.ui.note(format_args!(
        "Logged in to {} as {} ({}); secret in {}.",
        profile.endpoint,
        profile.account,
        kind_name(kind),
        store.describe()
    ));
    Ok(Output::Nothing)
}

/// A refused login is a credentials problem (exit 4) whatever the API's code for it.
fn refused_login(err: Error) -> Error {
    match err {
        Error::Api { code, message } => Error::Auth(format!(
            "the API refused these credentials: {message} (errorCode {code}); check the API key and secret key"
        )),
        other => other,
    }
}

async fn status(ctx: &Context) -> Result<Output> {
    let account = ctx.account().await?;
    let Account {
        endpoint,
        mode,
        source,
        ..
    } = account;
    let (source_name, storage) = match source {
        Source::Environment => (
            "environment".to_string(),
            "MONITIS_SECRET_KEY (environment)".to_string(),
        ),
        Source::Sandbox(db) => (
            "sandbox".to_string(),
            format!("embedded sandbox database {}", db.display()),
        ),
        Source::Profile { name, store, .. } => (format!("profile {name}"), store.describe()),
    };
    let client = ctx.api().await?;
    let (kind, who) = who(client).await.map_err(refused_login)?;
    Ok(Output::record(
        json!({
            "account": who,
            "kind": kind,
            "endpoint": endpoint,
            "authMode": mode,
            "source": source_name,
            "secretStorage": storage,
        }),
        &[
            "account",
            "kind",
            "endpoint",
            "authMode",
            "source",
            "secretStorage",
        ],
    ))
}

/// `auth status --all`: every saved profile, from the config alone.
fn profiles(ctx: &Context) -> Result<Output> {
    if ctx.global.sandbox {
        return Err(Error::Usage(
            "--sandbox uses no profile: leave it out to list the saved profiles".into(),
        ));
    }
    let config = Config::load()?;
    let rows = (config.profiles.iter())
        .map(|(name, p)| {
            json!({
                "profile": name,
                "current": *name == ctx.profile,
                "account": p.account,
                "kind": p.kind,
                "endpoint": p.endpoint,
                "authMode": p.auth_mode,
                "secretStorage": p.storage,
            })
        })
        .collect();
    if config.profiles.is_empty() {
        ctx.ui.note(NO_PROFILES);
    }
    Ok(Output::list(
        rows,
        &["profile", "current", "account", "kind", "endpoint"],
    ))
}

const NO_PROFILES: &str = "no saved profile: `monitis auth login` saves one";

/// `auth switch PROFILE`: the current profile, for commands without `--profile`.
fn switch(ctx: &Context, name: &str) -> Result<Output> {
    let mut config = Config::load()?;
    let Some(profile) = config.profiles.get(name).cloned() else {
        let saved: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
        return Err(Error::NotFound(if saved.is_empty() {
            format!("no profile {name:?}: {NO_PROFILES}")
        } else {
            format!(
                "no profile {name:?}; saved: {} (`monitis auth login --profile {name}` saves it)",
                saved.join(", ")
            )
        }));
    };
    config.current = Some(name.to_string());
    config.save()?;
    ctx.ui.note(format_args!(
        "Now using profile {name}: {} ({}) at {}.",
        profile.account,
        kind_name(profile.kind),
        profile.endpoint
    ));
    // The environment wins over any profile; say so rather than surprise.
    if let Some(var) = ["MONITIS_PROFILE", "MONITIS_API_KEY"]
        .into_iter()
        .find(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
    {
        ctx.ui.warn(format_args!(
            "{var} is set in this environment and wins over the current profile"
        ));
    }
    Ok(Output::Nothing)
}

async fn logout(ctx: &Context) -> Result<Output> {
    let mut config = Config::load()?;
    let name = &ctx.profile;
    let Some(profile) = config.profiles.remove(name) else {
        return Err(Error::Auth(format!(
            "not logged in with profile {name:?}: nothing to log out of"
        )));
    };
    // Every store, not only the one the profile names: a login saves to the first
    // keyring that works then (the Secret Service, else the kernel keyring), and an
    // earlier login may have saved elsewhere (another keyring, the file).
    let profile_name = name.clone();
    let cleared = ctx
        .deadline
        .blocking("removing the secrets", move || {
            credentials::every_store()?
                .iter()
                .map(|store| {
                    credentials::remove_profile(store.as_ref(), &profile_name)
                        .map(|()| store.describe())
                })
                .collect::<Result<Vec<String>>>()
        })
        .await??;
    if config.current.as_ref() == Some(name) {
        config.current = None;
    }
    config.save()?;
    ctx.ui.note(format_args!(
        "Logged out of {} ({}); its secrets were removed from {}.",
        profile.account,
        profile.endpoint,
        cleared.join(", ")
    ));
    Ok(Output::Nothing)
}

async fn reset_key(ctx: &Context) -> Result<Output> {
    let account = ctx.account().await?;
    if let Source::Environment = &account.source {
        return Err(Error::Usage(
            "the credentials come from MONITIS_API_KEY/MONITIS_SECRET_KEY, where new keys cannot be saved; reset them from a logged-in profile (`monitis auth login`)".into(),
        ));
    }
    if ctx.global.client.is_some() {
        return Err(Error::Usage(
            "auth reset-key resets the keys of your own account, the ones it saves: run it without --client".into(),
        ));
    }
    ctx.confirm(
        "Reset the API and secret keys? The old ones stop working once the new ones are saved.",
    )?;
    // The keys saved may be pending ones an earlier run saved and could not confirm.
    match confirm(ctx, account, &account.apikey, &account.secret).await {
        Ok(true) => {
            ctx.ui.note("Finished the reset an earlier run began: the saved keys are confirmed, and the old ones no longer work.");
            return Ok(reset_record(account, &account.apikey));
        }
        // Already the account's keys, or the hosted API (which has no confirmKeys).
        Ok(false) => {}
        Err(Error::Api { code, .. }) if code == ErrorCode::UnknownAction => {}
        Err(e) => return Err(e),
    }
    let new = ctx.api().await?.reset_keys().await?;
    if let Err(e) = save_keys(ctx, account, &new.keys).await {
        if new.pending {
            // Nothing is confirmed: the old keys (still saved) keep working.
            return Err(Error::failed(format!(
                "nothing was reset: the new keys could not be saved ({e}); the old keys still work; fix that and run again"
            )));
        }
        // The hosted API replaced the keys at once: these are the only copy. Shown once.
        ctx.ui.warn(unsaved_keys(&new.keys));
        return Err(Error::failed(format!(
            "the keys were reset, but saving the new ones failed: {e}; they are printed above, once: log in with them (`monitis auth login`)"
        )));
    }
    let saved_in = match &account.source {
        Source::Profile { name, store, .. } => {
            format!("profile {name} (secret in {})", store.describe())
        }
        _ => "the sandbox database".to_string(),
    };
    if new.pending {
        let secret = Secret::new(new.keys.secretkey.clone());
        if let Err(e) = confirm(ctx, account, &new.keys.apikey, &secret).await {
            return Err(Error::failed(format!(
                "the new keys (API key {}) are saved in {saved_in}, but confirming them failed: {e}; until they are confirmed the old keys stay the working ones: run `monitis auth reset-key` again to confirm the saved keys",
                new.keys.apikey
            )));
        }
    }
    ctx.ui.note(format_args!(
        "New keys saved in {saved_in}; the old ones no longer work."
    ));
    Ok(reset_record(account, &new.keys.apikey))
}

/// Saves new keys where the account's are; on a failure, puts the old secret back, so
/// that nothing is half saved.
async fn save_keys(ctx: &Context, account: &Account, keys: &Keys) -> Result<()> {
    let Source::Profile {
        name,
        profile,
        store,
    } = &account.source
    else {
        // The sandbox's keys live in its database: confirmKeys is the saving.
        return Ok(());
    };
    let name = name.clone();
    let mut profile = profile.clone();
    profile.apikey = keys.apikey.clone();
    let (new, old) = (Secret::new(keys.secretkey.clone()), account.secret.clone());
    ctx.in_store(store, move |store| {
        let entry = credentials::secret_key_entry(&name);
        store.set(&entry, &new)?;
        let saved = store
            .delete(&credentials::token_entry(&name))
            .and_then(|()| {
                let mut config = Config::load()?;
                config.profiles.insert(name, profile);
                config.save()
            });
        if saved.is_err() {
            // Best effort: the config (saved atomically) still names the old API key.
            let _ = store.set(&entry, &old);
        }
        saved
    })
    .await
}

/// `confirmKeys` signed with these keys (checksum, so that it proves their secret key).
async fn confirm(ctx: &Context, account: &Account, apikey: &str, secret: &Secret) -> Result<bool> {
    ctx.client_with(
        &account.endpoint,
        apikey,
        secret,
        api::AuthMode::Checksum,
        None,
    )?
    .confirm_keys()
    .await
}

/// What `auth reset-key` prints: the profile as it is now, or the sandbox's new API key.
fn reset_record(account: &Account, apikey: &str) -> Output {
    match &account.source {
        Source::Profile {
            name,
            profile,
            store,
        } => {
            let mut profile = profile.clone();
            profile.apikey = apikey.to_string();
            profile_record(name, &profile, &store.describe())
        }
        _ => Output::record(json!({ "apikey": apikey }), &["apikey"]),
    }
}

/// The new keys, for a person to copy when they could not be saved.
fn unsaved_keys(keys: &Keys) -> String {
    format!(
        "NEW KEYS (not saved; the old ones no longer work; copy them now):\n  API key:    {}\n  secret key: {}",
        keys.apikey, keys.secretkey
    )
}

async fn who(client: &ApiClient) -> Result<(AccountKind, String)> {
    Ok(match client.user_info(false).await? {
        UserInfo::Reseller(r) => (AccountKind::Reseller, r.account),
        UserInfo::Client(c) => (AccountKind::Client, c.account),
    })
}

fn kind_name(kind: AccountKind) -> &'static str {
    match kind {
        AccountKind::Reseller => "reseller",
        AccountKind::Client => "client",
    }
}

fn profile_record(name: &str, profile: &Profile, storage: &str) -> Output {
    Output::record(
        json!({
            "profile": name,
            "account": profile.account,
            "kind": profile.kind,
            "endpoint": profile.endpoint,
            "apikey": profile.apikey,
            "authMode": profile.auth_mode,
            "secretStorage": storage,
        }),
        &[
            "profile",
            "account",
            "kind",
            "endpoint",
            "apikey",
            "authMode",
            "secretStorage",
        ],
    )
}

/// A secret from stdin (`from_stdin`), else a hidden prompt on a terminal; without a
/// terminal nothing is asked and the error names the option to use.
fn read_secret(from_stdin: bool, prompt: &str, option: &str) -> Result<Secret> {
    if from_stdin {
        input::stdin_secret()
    } else {
        input::hidden(prompt, &instead(option))
    }
}

fn instead(option: &str) -> String {
    format!("give {option} (or set MONITIS_API_KEY and MONITIS_SECRET_KEY)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsaved_keys_are_shown_whole_and_labelled() {
        let keys = Keys {
            apikey: "APIKEY26".into(),
            secretkey: "SECRET32".into(),
        };
        assert_eq!(
            unsaved_keys(&keys),
            "NEW KEYS (not saved; the old ones no longer work; copy them now):\n  API key:    APIKEY26\n  secret key: SECRET32"
        );
    }
}
