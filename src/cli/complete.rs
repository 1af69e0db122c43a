//! Shell completion through clap's dynamic engine: the shell asks the `monitis` binary
//! (`COMPLETE=bash monitis -- ...`), so values that live on the platform complete too:
//! `--client <TAB>` offers the emails of the current profile's clients.

use std::ffi::OsStr;
use std::time::Duration;

use clap::Parser;
use clap_complete::engine::CompletionCandidate;
use clap_complete::env::EnvCompleter;

use super::{Cli, Context};
use crate::protocol::model::Client;

/// The variable through which a shell asks for completions.
pub const VAR: &str = "COMPLETE";

/// A completion is typed at a terminal: an account that does not answer quickly offers
/// nothing rather than hang the shell.
const CLIENTS_TIMEOUT: Duration = Duration::from_secs(3);

/// Answers the shell when it asks (`COMPLETE` is set), and then exits.
pub fn answer_shell() {
    clap_complete::CompleteEnv::with_factory(super::help::command)
        .var(VAR)
        .complete();
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

/// `--client <TAB>`: the emails of the clients of the current profile (MONITIS_PROFILE,
/// the environment's keys, or MONITIS_SANDBOX), those starting with what is typed.
pub fn clients(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let clients = runtime.block_on(async {
        // The options as they would be for a command run now, from the environment.
        let Ok(cli) = Cli::try_parse_from(["monitis", "--quiet", "client", "list"]) else {
            return Vec::new();
        };
        let ctx = Context::new(cli.global, CLIENTS_TIMEOUT);
        let read = async {
            let api = ctx.api().await.ok()?;
            api.read::<Vec<Client>>("clients", Vec::new()).await.ok()
        };
        let clients = tokio::time::timeout(CLIENTS_TIMEOUT, read)
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        ctx.close().await;
        clients
    });
    clients
        .into_iter()
        .filter(|c| c.account.to_lowercase().starts_with(&typed))
        .map(|c| {
            CompletionCandidate::new(c.account)
                .help(Some(format!("{} {}", c.first_name, c.last_name).into()))
        })
        .collect()
}
