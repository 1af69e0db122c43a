//! The catalog of the hosted API (`catalog.toml`): every action its public clients send,
//! where and how they send it, and what this platform serves of it. The server's dispatch
//! tells a hosted action it does not serve from a name that never existed by it, applies its
//! parameter spellings and defaults, and the CLI's `monitis api` takes methods and
//! endpoints from it; docs/protocol-coverage.md is rendered from it ([`coverage`]).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::LazyLock;

use serde::Deserialize;

/// The endpoint of the hosted API's actions, and of most of ours.
pub const API: &str = "/api";
/// The endpoint of the hosted custom monitor API.
pub const CUSTOM_MONITOR_API: &str = "/customMonitorApi";

/// Where the hosted API took an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Endpoint {
    #[serde(rename = "/api")]
    Api,
    #[serde(rename = "/customMonitorApi")]
    CustomMonitorApi,
    /// Both: its clients sent it to either.
    #[serde(rename = "both")]
    Both,
}

impl Endpoint {
    /// Whether the hosted API took the action at `path`.
    pub fn takes(self, path: &str) -> bool {
        match self {
            Endpoint::Api => path == API,
            Endpoint::CustomMonitorApi => path == CUSTOM_MONITOR_API,
            Endpoint::Both => path == API || path == CUSTOM_MONITOR_API,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Endpoint::Api => API,
            Endpoint::CustomMonitorApi => CUSTOM_MONITOR_API,
            Endpoint::Both => "both",
        }
    }
}

/// The HTTP method an action takes: reads GET, changes POST.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Method {
    #[serde(rename = "GET")]
    Get,
    #[serde(rename = "POST")]
    Post,
}

/// Whose action it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// The hosted API's: public clients send it.
    #[default]
    Hosted,
    /// This platform's own (orders, branding, the sandbox's controls).
    Platform,
}

/// How much of an action this platform serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Status {
    #[serde(rename = "served")]
    Served,
    #[serde(rename = "partial")]
    Partial,
    #[serde(rename = "not served")]
    NotServed,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Served => "served",
            Status::Partial => "partial",
            Status::NotServed => "not served",
        }
    }
}

/// One parameter of an action, as its clients send it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub name: String,
    #[serde(default)]
    pub required: bool,
    /// Other names clients send it under; the server reads them as `name`.
    #[serde(default)]
    pub spellings: Vec<String>,
    /// What the hosted API assumed when it was left out.
    pub default: Option<String>,
    /// The one value clients send (`type=RUM`).
    pub value: Option<String>,
    /// The group of parameters of which one is required.
    #[serde(default)]
    pub one_of: Vec<String>,
    pub note: Option<String>,
}

/// One action of the catalog.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub name: String,
    #[serde(default)]
    pub origin: Origin,
    pub endpoint: Endpoint,
    pub endpoint_note: Option<String>,
    pub method: Method,
    #[serde(default)]
    pub method_inferred: bool,
    pub family: String,
    pub versions: String,
    pub status: Status,
    /// The endpoints this platform dispatches it on.
    #[serde(default)]
    pub served_on: Vec<String>,
    /// What a `partial` action leaves out.
    pub leaves_out: Option<String>,
    pub params_note: Option<String>,
    pub answer: Option<String>,
    /// The element of its XML answer (`output=xml`), and of each value of a list answer,
    /// where the sources show them (default `result` and `item`).
    pub xml_root: Option<String>,
    pub xml_item: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default, rename = "param")]
    pub params: Vec<Param>,
}

impl Entry {
    /// Whether this platform dispatches it at `path`.
    pub fn served_at(&self, path: &str) -> bool {
        self.served_on.iter().any(|p| p == path)
    }

    /// The keys of the public clients that send it (`JAVA`, `WHMCS`…), in catalog order.
    pub fn clients(&self) -> impl Iterator<Item = &str> {
        self.sources.iter().filter_map(|s| {
            s.strip_prefix('[')
                .and_then(|rest| rest.split_once(']'))
                .map(|(key, _)| key)
        })
    }

    /// The parameter `given` names, by its own name or one of its spellings.
    pub fn param(&self, given: &str) -> Option<&Param> {
        self.params
            .iter()
            .find(|p| p.name == given || p.spellings.iter().any(|s| s == given))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    common: Vec<Param>,
    action: Vec<Entry>,
}

/// The catalog's text, as it ships in the binary.
pub const SOURCE: &str = include_str!("catalog.toml");

static CATALOG: LazyLock<File> = LazyLock::new(|| {
    // A test parses it (`the_catalog_parses`): a broken file never ships.
    toml::from_str::<File>(SOURCE).unwrap_or_else(|e| {
        panic!(
            "catalog.toml does not parse: {} at {:?}",
            e.message(),
            e.span()
        )
    })
});

/// Each name's entries: the server looks one up for every request.
static BY_NAME: LazyLock<HashMap<&'static str, Vec<&'static Entry>>> = LazyLock::new(|| {
    let mut by_name: HashMap<&str, Vec<&Entry>> = HashMap::new();
    for entry in all() {
        by_name.entry(&entry.name).or_default().push(entry);
    }
    by_name
});

/// Every action of the catalog, hosted ones first, in the file's order.
pub fn all() -> &'static [Entry] {
    &CATALOG.action
}

/// The parameters any action may take (`clientApikey` and its spellings).
pub fn common() -> &'static [Param] {
    &CATALOG.common
}

/// The action `name` as the hosted API or this platform takes it at `path`.
pub fn find(path: &str, name: &str) -> Option<&'static Entry> {
    let entries = BY_NAME.get(name)?;
    (entries.iter().copied()).find(|e| e.endpoint.takes(path) || e.served_at(path))
}

/// The action `name` at whichever endpoint takes it (`/api` first).
pub fn lookup(name: &str) -> Option<&'static Entry> {
    find(API, name).or_else(|| find(CUSTOM_MONITOR_API, name))
}

/// The README's line on coverage, with the catalog's counts.
pub fn coverage_line() -> String {
    let hosted = all().iter().filter(|e| e.origin == Origin::Hosted);
    let count = |s: Status| hosted.clone().filter(|e| e.status == s).count();
    format!(
        "It serves {} of the hosted API's {} actions, and {} more in part: [docs/protocol-coverage.md](docs/protocol-coverage.md) lists every one and what is missing.",
        count(Status::Served),
        hosted.clone().count(),
        count(Status::Partial),
    )
}

/// docs/protocol-coverage.md: totals per family, then one row per hosted action.
pub fn coverage() -> String {
    let hosted: Vec<&Entry> = all()
        .iter()
        .filter(|e| e.origin == Origin::Hosted)
        .collect();
    let mut families: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for e in &hosted {
        families.entry(&e.family).or_default()[e.status as usize] += 1;
    }
    let count = |s: Status| hosted.iter().filter(|e| e.status == s).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Coverage of the hosted API\n\n\
         Generated from `crates/monitis-core/src/protocol/catalog.toml` by\n\
         `UPDATE_ASSETS=1 cargo test --test assets`; a test fails when it is stale.\n\
         docs/protocol.md explains the statuses and the conventions.\n\n\
         {} hosted actions: **{} served**, {} partial, {} not served. The platform also\n\
         serves {} actions of its own (orders, branding, the sandbox's controls), listed in\n\
         docs/protocol.md.\n",
        hosted.len(),
        count(Status::Served),
        count(Status::Partial),
        count(Status::NotServed),
        all().len() - hosted.len(),
    );
    let _ = writeln!(
        out,
        "| family | served | partial | not served |\n|---|---|---|---|"
    );
    for (family, [served, partial, not]) in &families {
        let _ = writeln!(out, "| {family} | {served} | {partial} | {not} |");
    }
    let _ = writeln!(
        out,
        "\n| action | family | endpoint | method | status | what it leaves out | sent by |\n|---|---|---|---|---|---|---|"
    );
    let mut rows = hosted;
    rows.sort_by(|a, b| (&a.family, &a.name).cmp(&(&b.family, &b.name)));
    for e in rows {
        let mut clients: Vec<&str> = e.clients().collect();
        clients.dedup();
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} | {} |",
            e.name,
            e.family,
            e.endpoint.label(),
            match e.method {
                Method::Get => "GET",
                Method::Post => "POST",
            },
            e.status.label(),
            e.leaves_out.as_deref().unwrap_or(""),
            clients.join(", "),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalog_parses_and_names_each_action_once_per_endpoint() {
        let all = all();
        assert!(all.len() >= 176, "{} actions", all.len());
        let mut seen = std::collections::HashSet::new();
        for e in all {
            for path in [API, CUSTOM_MONITOR_API] {
                if e.endpoint.takes(path) || e.served_at(path) {
                    assert!(seen.insert((path, &e.name)), "{} twice at {path}", e.name);
                }
            }
        }
    }

    #[test]
    fn served_and_where_agree() {
        for e in all() {
            let dispatched = !e.served_on.is_empty();
            assert_eq!(
                dispatched,
                e.status != Status::NotServed,
                "{}: status {:?} but served_on {:?}",
                e.name,
                e.status,
                e.served_on
            );
            assert_eq!(
                e.status == Status::Partial,
                e.leaves_out.is_some(),
                "{}: a partial action says what it leaves out, and only it",
                e.name
            );
            if e.origin == Origin::Hosted {
                assert!(
                    !e.sources.is_empty(),
                    "{}: a hosted action names its sources",
                    e.name
                );
            }
        }
    }

    #[test]
    fn lookups_tell_the_endpoints_apart() {
        // The platform's own addMonitor on /api; the hosted custom monitors' elsewhere.
        assert_eq!(find(API, "addMonitor").unwrap().origin, Origin::Platform);
        let custom = find(CUSTOM_MONITOR_API, "addMonitor").unwrap();
        assert_eq!(custom.origin, Origin::Hosted);
        assert_eq!(custom.method, Method::Post);
        assert_eq!(
            lookup("getMonitors").unwrap().endpoint,
            Endpoint::CustomMonitorApi
        );
        assert_eq!(lookup("authToken").unwrap().endpoint, Endpoint::Both);
        assert!(find(API, "getMonitors").is_none());
        assert!(lookup("noSuchAction").is_none());
        let clients: Vec<&str> = lookup("secretkey").unwrap().clients().collect();
        assert!(
            clients.contains(&"JAVA") && clients.contains(&"WHMCS"),
            "{clients:?}"
        );
    }

    #[test]
    fn the_coverage_counts_every_hosted_action() {
        let text = coverage();
        let rows = text.lines().filter(|l| l.starts_with("| `")).count();
        let hosted = all().iter().filter(|e| e.origin == Origin::Hosted).count();
        assert_eq!(rows, hosted);
        assert!(
            text.contains("| `testsLastValues` | external monitors |"),
            "{text}"
        );
    }
}
