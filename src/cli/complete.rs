//! Shell completion through clap's dynamic engine: the shell asks the `monitis` binary
//! (`COMPLETE=bash monitis -- ...`), so values that live on the platform complete too:
//! `--client <TAB>` and `plan show <TAB>` offer the emails of the current profile's
//! clients, `order show <TAB>` its orders, `monitor show <TAB>` its monitors.

use std::ffi::{OsStr, OsString};
use std::path::Path;
use std::time::Duration;

use clap::Parser;
use clap_complete::engine::CompletionCandidate;
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Shells, Zsh};

use serde::de::DeserializeOwned;

use super::{Cli, Context};
use monitis_core::protocol::model::{Client, Monitor, Order};

/// The variable through which a shell asks for completions.
pub const VAR: &str = "COMPLETE";

/// A completion is typed at a terminal: an account that does not answer quickly offers
/// nothing rather than hang the shell.
const CLIENTS_TIMEOUT: Duration = Duration::from_secs(3);

/// Answers the shell when it asks (`COMPLETE` is set), and then exits.
pub fn answer_shell() {
    clap_complete::CompleteEnv::with_factory(super::help::command)
        .var(VAR)
        .shells(Shells(&[
            &Visible(&Bash),
            &Visible(&Elvish),
            &Visible(&Fish),
            &Visible(&Powershell),
            &Visible(&Zsh),
        ]))
        .complete();
}

/// A shell's completer that never offers a hidden option. clap's engine offers hidden
/// candidates when the typed prefix matches no visible one (`sandbox serve --j` would
/// get the `--jq` that means nothing there); then this answers nothing instead.
struct Visible(&'static dyn EnvCompleter);

impl EnvCompleter for Visible {
    fn name(&self) -> &'static str {
        self.0.name()
    }

    fn is(&self, name: &str) -> bool {
        self.0.is(name)
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        self.0.write_registration(var, name, bin, completer, buf)
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        if only_hidden(cmd, &args, current_dir)? {
            return Ok(());
        }
        self.0.write_complete(cmd, args, current_dir, buf)
    }
}

/// Whether what clap would offer for the word being completed is hidden options alone.
/// Only an option name (`-…` without `=`) can be one, so values (which may ask the
/// platform, as `--client` does) are never completed twice.
fn only_hidden(
    cmd: &clap::Command,
    args: &[OsString],
    current_dir: Option<&Path>,
) -> std::io::Result<bool> {
    // bash and zsh say which word is completed; the other shells complete the last one.
    let index = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse().ok())
        .unwrap_or(args.len().saturating_sub(1));
    let word = args
        .get(index)
        .map(|w| w.to_string_lossy())
        .unwrap_or_default();
    if !word.starts_with('-') || word.contains('=') {
        return Ok(false);
    }
    let offered =
        clap_complete::engine::complete(&mut cmd.clone(), args.to_vec(), index, current_dir)?;
    Ok(!offered.is_empty() && offered.iter().all(CompletionCandidate::is_hide_set))
}

/// The script a shell sources to ask `monitis` for completions.
pub fn registration(shell: clap_complete::Shell) -> Vec<u8> {
    let completer: &dyn EnvCompleter = match shell {
        clap_complete::Shell::Bash => &clap_complete::env::Bash,
        clap_complete::Shell::Zsh => &clap_complete::env::Zsh,
        clap_complete::Shell::Fish => &clap_complete::env::Fish,
        clap_complete::Shell::PowerShell => &clap_complete::env::Powershell,
        _ => &clap_complete::env::Elvish,
    };
    let mut out = Vec::new();
    completer
        .write_registration(VAR, "monitis", "monitis", "monitis", &mut out)
        .expect("writing into memory cannot fail");
    out
}

/// `--profile <TAB>` and `auth switch <TAB>`: the saved profiles.
pub fn profiles(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let config = crate::config::Config::load().unwrap_or_default();
    config
        .profiles
        .into_iter()
        .filter(|(name, _)| name.starts_with(typed.as_ref()))
        .map(|(name, p)| CompletionCandidate::new(name).help(Some(p.account.into())))
        .collect()
}

/// `--client <TAB>` and every argument that names a client: the emails of the clients
/// of the current profile (MONITIS_PROFILE, the environment's keys, or MONITIS_SANDBOX),
/// those starting with what is typed.
pub fn clients(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    listed::<Client>("clients")
        .into_iter()
        .filter(|c| c.account.to_lowercase().starts_with(&typed))
        .map(|c| {
            CompletionCandidate::new(c.account)
                .help(Some(format!("{} {}", c.first_name, c.last_name).into()))
        })
        .collect()
}

/// Every argument that names an order: the ids of the current account's orders.
pub fn orders(current: &OsStr) -> Vec<CompletionCandidate> {
    ids(current, listed::<Order>("orders"), |o| {
        (
            o.id,
            format!("{:?}, {}, client {}", o.name, wire(&o.status), o.client_id),
        )
    })
}

/// Every argument that names a monitor: the ids of the current account's monitors.
pub fn monitors(current: &OsStr) -> Vec<CompletionCandidate> {
    ids(current, listed::<Monitor>("monitors"), |m| {
        (
            m.id,
            format!(
                "{:?}, {} {}, order {}",
                m.name,
                wire(&m.status),
                m.kind.code(),
                m.order_id
            ),
        )
    })
}

/// The ids that start with what is typed, each with a line on what it is.
fn ids<T>(
    current: &OsStr,
    items: Vec<T>,
    describe: impl Fn(&T) -> (i64, String),
) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    items
        .iter()
        .map(describe)
        .filter(|(id, _)| id.to_string().starts_with(typed.as_ref()))
        .map(|(id, help)| CompletionCandidate::new(id.to_string()).help(Some(help.into())))
        .collect()
}

/// A value as the API names it (`active`).
fn wire(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The list one read of `action` gives the current account; nothing when it does not
/// answer within [`CLIENTS_TIMEOUT`], or at all.
fn listed<T: DeserializeOwned>(action: &'static str) -> Vec<T> {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    runtime.block_on(async {
        // The options as they would be for a command run now, from the environment.
        let Ok(cli) = Cli::try_parse_from(["monitis", "--quiet", "client", "list"]) else {
            return Vec::new();
        };
        let ctx = Context::new(cli.global, CLIENTS_TIMEOUT);
        let read = async {
            let api = ctx.api().await.ok()?;
            api.read::<Vec<T>>(action, Vec::new()).await.ok()
        };
        let items = tokio::time::timeout(CLIENTS_TIMEOUT, read)
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        ctx.close().await;
        items
    })
}
