//! What completes the arguments that name something on the platform or in the config:
//! `--client <TAB>` and `plan show <TAB>` offer the emails of the current profile's
//! clients, `order show <TAB>` its orders, `monitor show <TAB>` its monitors, `auth
//! switch <TAB>` the saved profiles. Apart from `complete.rs`, which builds the whole
//! command tree: the commands that name these completers need nothing of it.

use std::ffi::OsStr;
use std::time::Duration;

use clap::Parser;
use clap_complete::engine::CompletionCandidate;
use serde::de::DeserializeOwned;

use super::{Cli, Context};
use monitis_core::protocol::model::{Client, Monitor, Order};

/// A completion is typed at a terminal: an account that does not answer quickly offers
/// nothing rather than hang the shell.
const CLIENTS_TIMEOUT: Duration = Duration::from_secs(3);

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
