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
        let target = link.to_string();
        ctx.deadline
            .blocking("opening the browser", move || {
                open_in_browser(&redirect_page(&target)?)
            })
            .await??;
    }
    let data = json!({
        "account": client.account,
        "url": link.as_str(),
        "expiresIn": preview.expires_in,
    });
    // The link alone in a table or TSV (`open "$(monitis client dashboard ann --web)"`).
    Ok(Output::record(data, &["url"]))
}

/// `link` as a page that sends the browser on to it, in a file only its owner can read
/// (in `$XDG_RUNTIME_DIR`, else the temp folder). The browser is given the file's path,
/// never the link: a process's arguments are shown to every user (`ps`), and the link
/// carries the preview token. The file is kept, for the browser reads it after this
/// command ends; the token in it works once, for 10 minutes.
fn redirect_page(link: &str) -> Result<std::path::PathBuf> {
    use std::io::Write;
    let dir = directories::BaseDirs::new()
        .and_then(|dirs| dirs.runtime_dir().map(std::path::Path::to_path_buf))
        .unwrap_or_else(std::env::temp_dir);
    let failed = |e: std::io::Error| {
        Error::io(
            format!(
                "cannot write the page that opens the link in {}",
                dir.display()
            ),
            e,
        )
    };
    // tempfile creates it with mode 0600 and a name nobody can guess.
    let mut file = tempfile::Builder::new()
        .prefix("monitis-dashboard-")
        .suffix(".html")
        .tempfile_in(&dir)
        .map_err(failed)?;
    file.write_all(redirect_html(link).as_bytes())
        .map_err(failed)?;
    let (_, path) = file.keep().map_err(|e| failed(e.error))?;
    Ok(path)
}

/// A page that goes on to `link` at once (and links to it, should it not), telling the
/// next site nothing of where it came from.
fn redirect_html(link: &str) -> String {
    let link = link
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "<!doctype html>\n<meta charset=\"utf-8\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta http-equiv=\"refresh\" content=\"0; url={link}\">\n<title>monitis: client dashboard</title>\n<a href=\"{link}\">Open the client's dashboard</a>\n"
    )
}

/// How long an opener has to fail. `xdg-open` and `open` return at once; a browser
/// named by `$BROWSER` may be the browser itself, which runs until it is closed: still
/// running after this, it is taken as opened, and left running.
const OPENER_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Hands `target` to `$BROWSER`, else the system's opener; an opener that fails within
/// [`OPENER_WAIT`] is the error.
fn open_in_browser(target: &std::path::Path) -> Result<()> {
    let program = match std::env::var("BROWSER") {
        Ok(browser) if !browser.is_empty() => browser,
        _ if cfg!(target_os = "macos") => "open".into(),
        _ if cfg!(windows) => "explorer".into(),
        _ => "xdg-open".into(),
    };
    // No stream of ours: a browser that stays open would hold a pipe reading our
    // stderr open (`2>&1 | tee log`) until it is closed.
    let mut child = std::process::Command::new(&program)
        .arg(target)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| {
            Error::other(
                format!("cannot start {program} to open the link (set BROWSER)"),
                e,
            )
        })?;
    let (done, status) = std::sync::mpsc::sync_channel(1);
    std::thread::spawn(move || {
        let _ = done.send(child.wait());
    });
    match status.recv_timeout(OPENER_WAIT) {
        Ok(Ok(status)) if !status.success() => Err(Error::failed(format!(
            "{program} could not open the link ({status}); open the printed link yourself or set BROWSER"
        ))),
        Ok(Err(e)) => Err(Error::other(format!("waiting for {program} failed"), e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_redirect_page_carries_the_link_escaped() {
        let page = redirect_html("http://127.0.0.1:8080/dashboard/preview/T0K?a=1&b=\"<x>");
        assert!(page.contains(
            "<meta http-equiv=\"refresh\" content=\"0; url=http://127.0.0.1:8080/dashboard/preview/T0K?a=1&amp;b=&quot;&lt;x&gt;\">"
        ), "{page}");
        assert!(page.contains("content=\"no-referrer\""), "{page}");
    }
}
