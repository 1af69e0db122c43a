//! gh's habits end to end against a real sandbox server: `monitis api` makes any call
//! signed with the current credentials (GET for reads, POST for changes), and `--json
//! [FIELDS]` lists or picks the fields of what a command prints.

mod common;

use common::cli::*;
use monitis::api::{HttpMethod, known_method};
use serde_json::{Value, json};

/// The server's access log, once it holds a line for `action` (written off the request's
/// thread: waited for, a bounded number of times).
fn logged(log: &std::path::Path, action: &str) -> String {
    for _ in 0..200 {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.contains(&format!(" {action} ")) {
            return text;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("no {action} in the access log")
}

/// The method the access log shows for the last request of `action`.
fn method_of(log: &std::path::Path, action: &str) -> String {
    let text = logged(log, action);
    let line = text
        .lines()
        .rev()
        .find(|l| l.contains(&format!(" {action} ")))
        .unwrap();
    let words: Vec<&str> = line.split(' ').collect();
    let at = words.iter().position(|w| *w == action).unwrap();
    words[at - 1].to_string()
}

#[test]
fn api_calls_any_action_signed_and_exits_by_its_error_code() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("access.log");
    let sb = Sandbox::start_with(true, &["--access-log", log.to_str().unwrap()]);
    let api = |args: &[&str]| sb.monitis().arg("api").args(args).run();

    // A read: GET, the answer as the API gave it, --jq on it.
    let run = api(&["clients"]);
    assert_eq!(run.code, 0, "{run:?}");
    let listed = sb.monitis().args(["client", "list"]).json();
    assert_eq!(run.json(), listed);
    assert_eq!(method_of(&log, "clients"), "GET");
    let run = api(&["clients", "status=active", "--jq", ".[].account"]);
    // Dan, of the demo, has no active order.
    assert_eq!(
        run.stdout,
        "ann@example.com\nbob@example.com\ncarla@example.com\n"
    );
    // JSON whatever -o says: a raw answer has no columns.
    assert_eq!(api(&["clients", "-o", "table"]).json(), listed);

    // A change the CLI has no command for: POST, and it happens.
    let monitor = sb
        .monitis()
        .args([
            "monitor",
            "list",
            "--client",
            "ann@example.com",
            "--type",
            "external",
        ])
        .json()[0]["id"]
        .to_string();
    let run = api(&["suspendExternalMonitor", &format!("monitorIds={monitor}")]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["status"], "ok");
    assert_eq!(method_of(&log, "suspendExternalMonitor"), "POST");
    let shown = sb.monitis().args(["monitor", "show", &monitor]).json();
    assert_eq!(
        (&shown["status"], &shown["suspendedReason"]),
        (&json!("suspended"), &json!("reseller"))
    );
    api(&["activateExternalMonitor", &format!("monitorIds={monitor}")]);
    assert_eq!(
        sb.monitis().args(["monitor", "show", &monitor]).json()["status"],
        "active"
    );

    // The API's refusal is printed as it came, on stdout, and is the exit code.
    let run = api(&["monitorInfo", "monitorId=999999"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(run.json()["errorCode"], 5);
    assert!(run.stderr.contains("errorCode 5"), "{}", run.stderr);
    let refused = sb
        .as_account("NOTAKEYNOTAKEYNOTAKEYNOTAK", "wrong")
        .args(["api", "clients"])
        .run();
    assert_eq!(refused.code, 4, "{refused:?}");
    assert!(refused.json()["errorCode"].is_u64(), "{}", refused.stdout);

    // --method overrides the CLI's list; the server says when it is wrong.
    let run = api(&["clients", "--method", "POST"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(method_of(&log, "clients"), "POST");
    // An action the CLI does not know needs a method, and nothing is sent without one.
    let run = api(&["someNewAction"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--method GET"), "{}", run.stderr);
    let run = api(&["someNewAction", "--method", "GET"]);
    assert_eq!(run.code, 1, "the server does not know it either: {run:?}");

    // What the CLI signs itself is not a parameter; a secret never comes from argv.
    for (args, needle) in [
        (&["clients", "apikey=X"][..], "leave apikey= out"),
        (&["clients", "oops"][..], "parameter 1 is not KEY=VALUE"),
        (
            &["editUser", "password=hunter2-secret"][..],
            "password=@FILE",
        ),
    ] {
        let run = api(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(needle), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("hunter2"), "{}", run.stderr);
    }
    // ... from a file or stdin instead; --client acts for the client.
    let pw = dir.path().join("pw.txt");
    std::fs::write(&pw, "New-Secret-42\n").unwrap();
    let run = sb
        .monitis()
        .args(["--client", "ann@example.com", "api", "editUser"])
        .arg(format!("password=@{}", pw.display()))
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(sb.login("ann@example.com", "New-Secret-42").is_ok());
    let run = sb
        .monitis()
        .args([
            "--client",
            "ann@example.com",
            "api",
            "editUser",
            "password=@-",
        ])
        .stdin("Newer-Secret-43\n")
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(sb.login("ann@example.com", "Newer-Secret-43").is_ok());
    let me = sb
        .monitis()
        .args(["--client", "bob@example.com", "api", "userInfo"])
        .json();
    assert_eq!(me["account"], "bob@example.com");
}

/// The hosted custom monitor API's actions go to `/customMonitorApi`, beside `/api`.
#[test]
fn api_sends_custom_monitor_actions_to_their_endpoint() {
    let home = tempfile::tempdir().unwrap();
    let cli = || Cli::new(home.path());
    let added = cli()
        .args([
            "--sandbox",
            "api",
            "addMonitor",
            "name=disk",
            "tag=ops",
            "resultParams=free:Free:GB:4",
            "--jq",
            ".status",
        ])
        .run();
    // `addMonitor` is also the platform's own, at /api (a monitor in an order, which
    // needs its `type`): that one has the name.
    assert_eq!(added.code, 1, "{added:?}");
    assert!(added.stderr.contains("missing parameter type"), "{added:?}");
    let listed = cli()
        .args(["--sandbox", "api", "getMonitors", "--jq", "type"])
        .run();
    assert_eq!(listed.code, 0, "{listed:?}");
    assert_eq!(listed.stdout, "array\n");
}

#[test]
fn api_works_on_the_embedded_sandbox() {
    let home = tempfile::tempdir().unwrap();
    let run = Cli::new(home.path())
        .args(["--sandbox", "api", "clients", "--jq", "length"])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "4\n");
}

#[test]
fn the_documented_actions_have_the_catalogs_methods_and_are_served() {
    use monitis_core::protocol::catalog::{self, API, CUSTOM_MONITOR_API, Method};
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/protocol.md")).unwrap();
    // The action tables' rows: | `name` | GET|POST | ...; those under the custom monitor
    // endpoint's heading are that endpoint's.
    let mut path = API;
    let mut documented: Vec<(&str, String, Method)> = Vec::new();
    for line in doc.lines() {
        if line.starts_with('#') {
            path = if line.contains("`/customMonitorApi`") {
                CUSTOM_MONITOR_API
            } else {
                API
            };
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let method = match cells.get(2) {
            Some(&"GET") => Method::Get,
            Some(&"POST") => Method::Post,
            _ => continue,
        };
        // A row may name several actions: `suspendMonitors`, `activateMonitors`.
        for name in cells[1].split(", ") {
            if let Some(name) = name.strip_prefix('`').and_then(|n| n.strip_suffix('`')) {
                documented.push((path, name.to_string(), method));
            }
        }
    }
    assert!(documented.len() > 40, "{documented:?}");
    // Each row is an action the catalog serves there, with its method; the CLI sends
    // the /api ones with that method.
    for (path, name, method) in &documented {
        let entry = catalog::find(path, name)
            .unwrap_or_else(|| panic!("{name} is documented at {path} but not in the catalog"));
        assert!(
            entry.served_at(path),
            "{name} is documented at {path} but not served there"
        );
        assert_eq!(entry.method, *method, "{name} at {path}");
        if *path == API {
            let sent = match method {
                Method::Get => HttpMethod::Get,
                Method::Post => HttpMethod::Post,
            };
            assert_eq!(known_method(name), Some(sent), "{name}");
        }
    }
    // And every action served has its row.
    for path in [API, CUSTOM_MONITOR_API] {
        for entry in catalog::all().iter().filter(|e| e.served_at(path)) {
            assert!(
                documented
                    .iter()
                    .any(|(p, n, _)| *p == path && *n == entry.name),
                "{} is served at {path} but docs/protocol.md has no row for it",
                entry.name
            );
        }
    }
}

#[test]
fn json_lists_the_fields_or_prints_those_asked_for() {
    let sb = Sandbox::demo();
    // Alone: the fields, as gh lists them, and nothing is sent.
    let run = sb.monitis().args(["client", "list", "--json"]).run();
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(run.stdout, "");
    for field in ["  id\n", "  account\n", "  apikey\n", "  status\n"] {
        assert!(run.stderr.contains(field), "{}", run.stderr);
    }
    // With fields: JSON of those, beside -o json's whole records.
    let all = sb.monitis().args(["client", "list"]).json();
    let picked = sb
        .monitis()
        .args(["client", "list", "--json", "id,account"])
        .ok()
        .json();
    let expected: Vec<Value> = (all.as_array().unwrap().iter())
        .map(|c| json!({"id": c["id"], "account": c["account"]}))
        .collect();
    assert_eq!(picked, Value::Array(expected));
    let run = sb
        .monitis()
        .args([
            "client",
            "list",
            "--json",
            "account",
            "--jq",
            ".[0].account",
        ])
        .ok();
    assert_eq!(run.stdout, "ann@example.com\n");
    // A streamed list, a record and a document alike.
    let monitors = sb
        .monitis()
        .args([
            "monitor",
            "list",
            "--json",
            "id,status",
            "--client",
            "ann@example.com",
        ])
        .ok()
        .json();
    assert!(
        monitors
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m.as_object().unwrap().len() == 2 && m["id"].is_i64()),
        "{monitors}"
    );
    let one = sb
        .monitis()
        .args([
            "client",
            "show",
            "ann@example.com",
            "--json",
            "status,account",
        ])
        .ok()
        .json();
    assert_eq!(
        one,
        json!({"account": "ann@example.com", "status": "active"})
    );
    let summary = sb
        .monitis()
        .args(["rum", "rebalance", "ann@example.com", "--json", "summary"])
        .ok()
        .json();
    assert_eq!(summary["summary"]["planned"], 1, "{summary}");
    assert_eq!(summary.as_object().unwrap().len(), 1);

    // A field that is not there, a format that is not JSON, a command with no fields.
    for (args, needle) in [
        (
            &["client", "list", "--json", "id,nope"][..],
            "no field nope",
        ),
        (
            &["client", "list", "--json", "id", "-o", "table"][..],
            "leave out -o",
        ),
        (
            &["client", "list", "--json", "id", "--columns", "id"][..],
            "leave out --columns",
        ),
        (
            &["client", "delete", "1", "--json", "id"][..],
            "--json means nothing",
        ),
    ] {
        let run = sb.monitis().args(args).run();
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(needle), "{args:?}: {}", run.stderr);
    }
    assert_eq!(
        sb.monitis()
            .args(["client", "list", "--json", "id", "-o", "json"])
            .ok()
            .json()[0],
        json!({"id": 1})
    );
}
