//! `client dashboard`: the dashboard description as a person reads it; the JSON is the
//! API's description as is.

use serde_json::{Value, json};

use super::Context;
use crate::error::{Error, Result};
use crate::output::{self, Column, Output, Section};
use monitis_core::protocol::model::{Client, Dashboard};

/// What the dashboard calls its buttons and pages.
const LABELS: [(&str, &str); 11] = [
    ("liveChat", "Live chat"),
    ("submitRequest", "Submit Request"),
    ("upgrade", "Upgrade form"),
    ("terminateAccount", "Terminate account"),
    ("apiKeyReset", "API key reset"),
    ("buyOneTime", "Buy one-time services"),
    ("userVoice", "User voice"),
    ("trial", "Trial of new features"),
    ("billing", "Billing"),
    ("featuredServices", "Featured services"),
    ("planDetails", "Plan details"),
];

pub fn view(client: &Client, dashboard: &Dashboard) -> Result<Output> {
    let data = output::to_value(dashboard)?;
    let mut sections = vec![Section::Heading(format!(
        "Dashboard of {} ({} {})",
        client.account, client.first_name, client.last_name
    ))];
    sections.push(Section::Text(
        match (&dashboard.reachable, &dashboard.message) {
            (true, _) => "Reachable".to_string(),
            (false, Some(message)) => format!("Not reachable: {message}"),
            (false, None) => "Not reachable".to_string(),
        },
    ));
    let whose = |reseller: bool| if reseller { "reseller's" } else { "default" };
    sections.push(Section::Fields {
        item: json!({
            "logo": format!("{} ({})", dashboard.logo.url, whose(dashboard.logo.reseller)),
            "support": whose(dashboard.support.reseller),
            "supportEmail": dashboard.support.email,
            "supportPhone": dashboard.support.phone,
            "supportUrl": dashboard.support.url,
        }),
        fields: output::columns(&[
            "logo",
            "support",
            "supportEmail",
            "supportPhone",
            "supportUrl",
        ]),
    });
    for (heading, key) in [("Buttons", "buttons"), ("Pages", "pages")] {
        sections.push(Section::Heading(heading.to_string()));
        sections.push(Section::Table {
            columns: vec![
                Column::headed(&heading.trim_end_matches('s').to_uppercase(), "name"),
                Column::field("state"),
            ],
            rows: switches(&data[key]),
        });
    }
    sections.push(Section::Heading("Features".to_string()));
    sections.push(Section::Text(format!(
        "Active:   {}\nInactive: {}",
        list_or_none(&dashboard.active_features),
        list_or_none(&dashboard.inactive_features)
    )));
    if !dashboard.managed_monitors.is_empty() {
        let ids: Vec<String> = dashboard
            .managed_monitors
            .iter()
            .map(i64::to_string)
            .collect();
        sections.push(Section::Text(format!(
            "Managed by Provider (read-only for the client, R3): monitors {}",
            ids.join(", ")
        )));
    }
    Ok(Output::Document { data, sections })
}

/// `{"liveChat": false, ...}` as rows of name and enabled/disabled, in the dashboard's order.
fn switches(object: &Value) -> Vec<Value> {
    let Some(map) = object.as_object() else {
        return Vec::new();
    };
    let label = |key: &str| {
        LABELS
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(key.to_string(), |(_, l)| l.to_string())
    };
    let rank = |key: &str| {
        LABELS
            .iter()
            .position(|(k, _)| *k == key)
            .unwrap_or(LABELS.len())
    };
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort_by_key(|k| rank(k));
    keys.into_iter()
        .map(|key| {
            let state = if map[key].as_bool() == Some(true) {
                "enabled"
            } else {
                "disabled"
            };
            json!({"name": label(key), "state": state})
        })
        .collect()
}

fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "(none)".to_string()
    } else {
        items.join(", ")
    }
}

/// `--web`/`--open`: a link to the client's web dashboard on the sandbox server the
/// command talks to, for the reseller to see what the client sees.
pub async fn web(ctx: &Context, named: Option<&str>, open: bool) -> Result<Output> {
    if ctx.global.sandbox {
        return Err(Error::Usage(
            "--web needs a sandbox server that keeps running, and the embedded one stops with this command: \
             start one with `monitis sandbox serve --db FILE` and point MONITIS_ENDPOINT at it"
                .into(),
        ));
    }
    let (apikey, client) = super::target(ctx, named).await?;
    let preview = ctx
        .api()
        .await?
        .dashboard_preview(apikey.as_deref())
        .await?;
    let endpoint = &ctx.account().await?.endpoint;
    let link = reqwest::Url::parse(endpoint)
        .and_then(|base| base.join(&format!("{}{}", preview.path, preview.preview_token)))
        .map_err(|e| {
            Error::failed(format!(
                "cannot make a link from the endpoint {endpoint}: {e}"
            ))
        })?;
    if open {
        open_in_browser(link.as_str())?;
    }
    let data = json!({
        "account": client.account,
        "url": link.as_str(),
        "expiresIn": preview.expires_in,
    });
    // The link alone in a table or TSV (`open "$(monitis client dashboard ann --web)"`).
    Ok(Output::record(data, &["url"]))
}

/// Hands the link to `$BROWSER`, else the system's opener, and waits for it to return.
fn open_in_browser(link: &str) -> Result<()> {
    let program = match std::env::var("BROWSER") {
        Ok(browser) if !browser.is_empty() => browser,
        _ if cfg!(target_os = "macos") => "open".into(),
        _ if cfg!(windows) => "explorer".into(),
        _ => "xdg-open".into(),
    };
    let status = std::process::Command::new(&program)
        .arg(link)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .status()
        .map_err(|e| {
            Error::other(
                format!("cannot start {program} to open the link (set BROWSER)"),
                e,
            )
        })?;
    if !status.success() {
        return Err(Error::failed(format!(
            "{program} could not open the link ({status}); open the printed link yourself or set BROWSER"
        )));
    }
    Ok(())
}
