//! `monitis client ...` end to end against a real sandbox server: onboarding one client
//! or many (with injected faults), naming clients by email, id or apikey, editing,
//! deleting, dashboards (R1, R4) and what client credentials may not do (R2).

mod common;
mod onboarding;

use std::collections::BTreeMap;

use common::cli::*;
use onboarding::{as_client, assert_refused_to_client, client, emails, order, password};
use serde_json::{Value, json};

const SUSPENDED: &str = "The account is suspended. Please contact your provider.";

/// No secret of a test client shows anywhere.
fn assert_no_password(run: &Run) {
    for text in [&run.stdout, &run.stderr] {
        assert!(!text.contains("Secret!"), "a password leaked: {text}");
    }
}

#[test]
fn add_prints_id_email_apikey_and_if_not_exists_makes_a_rerun_succeed() {
    let sb = Sandbox::start();
    let add = |extra: &[&str]| {
        sb.monitis()
            .args(["client", "add", "--email", "ann@example.com"])
            .args([
                "--first-name",
                "Ann",
                "--last-name",
                "Lee",
                "--password-stdin",
            ])
            .args(extra)
            .stdin(format!("{}\n", password("ann@example.com")))
            .run()
    };
    let first = add(&["-o", "json"]);
    assert_eq!(first.code, 0, "{first:?}");
    assert_no_password(&first);
    let ann = first.json();
    assert_eq!(ann["account"], "ann@example.com");
    assert!(ann["id"].as_i64().is_some());
    assert_eq!(ann["apikey"].as_str().unwrap().len(), 26);
    // A new client has no order yet: suspended (R1), and the note says what to do.
    assert_eq!(ann["status"], "suspended");
    assert!(
        first.stderr.contains("order add --client ann@example.com"),
        "{}",
        first.stderr
    );
    // The trailing newline from stdin is not part of the password. (A client can log in
    // only once it has an active order, R1.)
    order(&sb, "ann@example.com", "external=1");
    let keys = sb
        .login("ann@example.com", &password("ann@example.com"))
        .unwrap();
    assert_eq!(keys.0, ann["apikey"].as_str().unwrap());

    let again = add(&[]);
    assert_eq!(again.code, 1, "{again:?}");
    assert!(again.stderr.contains("already exists") && again.stderr.contains("--if-not-exists"));
    let rerun = add(&["--if-not-exists", "-o", "json"]);
    assert_eq!(rerun.code, 0, "{rerun:?}");
    assert_eq!(rerun.json()["id"], ann["id"]);
    assert!(rerun.stderr.contains("already exists"));
    assert_eq!(emails(&sb), ["ann@example.com"]);
}

#[test]
fn add_takes_the_password_from_a_file_never_from_an_option() {
    let sb = Sandbox::start();
    let file = sb.dir.path().join("pw.txt");
    std::fs::write(&file, "file-Secret!\r\n").unwrap();
    let run = sb
        .monitis()
        .args([
            "client",
            "add",
            "--email",
            "bob@example.com",
            "--first-name",
            "Bob",
        ])
        .args([
            "--last-name",
            "Ray",
            "--password-file",
            file.to_str().unwrap(),
        ])
        .ok();
    assert_no_password(&run);
    order(&sb, "bob@example.com", "external=1");
    assert!(sb.login("bob@example.com", "file-Secret!").is_ok());

    // No terminal to prompt on: the error names the ways to give it, nothing is created.
    let base = [
        "client",
        "add",
        "--email",
        "cy@example.com",
        "--first-name",
        "Cy",
        "--last-name",
        "Do",
    ];
    let no_source = sb.monitis().args(base).run();
    assert_eq!(no_source.code, 2, "{no_source:?}");
    assert!(
        no_source.stderr.contains("--password-stdin")
            && no_source.stderr.contains("--password-file")
    );
    let as_option = sb
        .monitis()
        .args(base)
        .args(["--password", "x-Secret!"])
        .run();
    assert_eq!(as_option.code, 2);
    let missing = sb
        .monitis()
        .args(base)
        .args(["--password-file", "/nonexistent/pw"])
        .run();
    assert_eq!(missing.code, 2, "{missing:?}");
    let empty = sb
        .monitis()
        .args(base)
        .args(["--password-stdin"])
        .stdin("\n")
        .run();
    assert_eq!(empty.code, 2);
    assert!(empty.stderr.contains("empty"));
    let both = sb
        .monitis()
        .args(base)
        .args(["--password-stdin", "--password-file", "x"])
        .run();
    assert_eq!(both.code, 2);
    // The API's own checks (domain::validate) run before sending: usage error, its reason.
    let bad = sb
        .monitis()
        .args([
            "client",
            "add",
            "--email",
            "not-an-email",
            "--first-name",
            "X",
            "--last-name",
            "Y",
        ])
        .args(["--password-stdin"])
        .stdin("x-Secret!")
        .run();
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("--email is not an email address"),
        "{}",
        bad.stderr
    );
    assert_no_password(&bad);
    // Adding acts for the reseller: --client makes no sense there.
    let with_client = sb
        .monitis()
        .args(base)
        .args(["--client", "bob@example.com", "--password-stdin"])
        .stdin("p")
        .run();
    assert_eq!(with_client.code, 2);
    assert_eq!(emails(&sb), ["bob@example.com"]);
}

#[test]
fn list_filters_by_status_and_a_client_is_named_by_email_id_or_apikey() {
    let sb = Sandbox::start();
    let ann = client(&sb, "ann@example.com");
    let bob = client(&sb, "bob@example.com");
    order(&sb, "ann@example.com", "external=1");

    let listed = |status: &str| -> Vec<Value> {
        let v = sb
            .monitis()
            .args(["client", "list", "--status", status])
            .json();
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["account"].clone())
            .collect()
    };
    assert_eq!(listed("active"), ["ann@example.com"]);
    assert_eq!(listed("suspended"), ["bob@example.com"]);
    assert_eq!(
        sb.monitis()
            .args(["client", "list"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let id = bob["id"].to_string();
    let apikey = bob["apikey"].as_str().unwrap();
    for name in ["bob@example.com", "BOB@example.com", id.as_str(), apikey] {
        let shown = sb.monitis().args(["client", "show", name]).json();
        assert_eq!(shown["id"], bob["id"], "named {name}");
        let by_option = sb
            .monitis()
            .args(["client", "show", "--client", name])
            .json();
        assert_eq!(by_option["id"], bob["id"], "--client {name}");
    }
    let twice = sb
        .monitis()
        .args([
            "client",
            "show",
            "bob@example.com",
            "--client",
            "ann@example.com",
        ])
        .run();
    assert_eq!(twice.code, 2, "{twice:?}");
    let unknown = sb
        .monitis()
        .args(["client", "show", "nobody@example.com"])
        .run();
    assert_eq!(unknown.code, 1);
    assert!(unknown.stderr.contains("client list"), "{}", unknown.stderr);
    let unnamed = sb.monitis().args(["client", "show"]).run();
    assert_eq!(unnamed.code, 2);
    assert_eq!(ann["status"], "suspended");
}

#[test]
fn edit_changes_names_email_and_password() {
    let sb = Sandbox::start();
    let ann = client(&sb, "ann@example.com");
    order(&sb, "ann@example.com", "external=1");
    let edited = sb
        .monitis()
        .args([
            "client",
            "edit",
            "ann@example.com",
            "--first-name",
            "Anne",
            "--last-name",
            "Lee",
        ])
        .json();
    assert_eq!(
        (edited["firstName"].as_str(), edited["lastName"].as_str()),
        (Some("Anne"), Some("Lee"))
    );
    let moved = sb
        .monitis()
        .args([
            "client",
            "edit",
            "--client",
            &ann["id"].to_string(),
            "--email",
            "ann@new.example.com",
        ])
        .json();
    assert_eq!(moved["account"], "ann@new.example.com");
    assert_eq!(moved["apikey"], ann["apikey"]);

    let file = sb.dir.path().join("new.txt");
    std::fs::write(&file, "new-Secret!\n").unwrap();
    let run = sb
        .monitis()
        .args([
            "client",
            "edit",
            "ann@new.example.com",
            "--password-file",
            file.to_str().unwrap(),
        ])
        .ok();
    assert_no_password(&run);
    assert!(sb.login("ann@new.example.com", "new-Secret!").is_ok());
    assert!(
        sb.login("ann@new.example.com", &password("ann@example.com"))
            .is_err()
    );

    let nothing = sb
        .monitis()
        .args(["client", "edit", "ann@new.example.com"])
        .run();
    assert_eq!(nothing.code, 2);
    assert!(nothing.stderr.contains("nothing to change"));
    let no_prompt = sb
        .monitis()
        .args(["client", "edit", "ann@new.example.com", "--prompt-password"])
        .run();
    assert_eq!(no_prompt.code, 2);
    assert!(no_prompt.stderr.contains("--password-stdin"));
}

#[test]
fn a_client_shows_and_edits_its_own_profile_and_password() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    order(&sb, "ann@example.com", "external=1");
    let me = as_client(&sb, "ann@example.com");
    let (apikey, secret) = sb
        .login("ann@example.com", &password("ann@example.com"))
        .unwrap();
    let shown = me.args(["client", "show"]).json();
    assert_eq!(shown["account"], "ann@example.com");
    let run = sb
        .as_account(&apikey, &secret)
        .args([
            "client",
            "edit",
            "--first-name",
            "Annie",
            "--password-stdin",
            "-o",
            "json",
        ])
        .stdin("mine-Secret!\n")
        .ok();
    assert_no_password(&run);
    assert_eq!(run.json()["firstName"], "Annie");
    assert!(sb.login("ann@example.com", "mine-Secret!").is_ok());
}

#[test]
fn delete_asks_unless_yes() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    client(&sb, "bob@example.com");
    order(&sb, "ann@example.com", "external=1");
    let asked = sb
        .monitis()
        .args(["client", "delete", "ann@example.com"])
        .run();
    assert_eq!(asked.code, 2, "{asked:?}");
    assert!(asked.stderr.contains("--yes"));
    assert_eq!(emails(&sb).len(), 2);
    sb.monitis()
        .args(["client", "delete", "ann@example.com", "--yes"])
        .ok();
    sb.monitis()
        .args(["--yes", "client", "delete", "--client", "bob@example.com"])
        .ok();
    assert!(emails(&sb).is_empty());
    // Its orders went with it.
    assert_eq!(
        sb.monitis().args(["order", "list"]).json(),
        Value::Array(vec![])
    );
}

#[test]
fn a_new_client_with_no_order_shows_the_suspension_message_until_it_has_one() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    let dash = sb
        .monitis()
        .args(["client", "dashboard", "ann@example.com"])
        .json();
    assert_eq!(dash["reachable"], false);
    assert_eq!(dash["message"], SUSPENDED);
    let table = sb
        .monitis()
        .args(["client", "dashboard", "ann@example.com", "-o", "table"])
        .ok();
    assert!(
        table
            .stdout
            .contains(&format!("Not reachable: {SUSPENDED}")),
        "{}",
        table.stdout
    );

    let id = order(&sb, "ann@example.com", "external=2,rum=1,rumPageviews=1000").to_string();
    let dash = sb
        .monitis()
        .args(["client", "dashboard", "--client", "ann@example.com"])
        .json();
    assert_eq!(dash["reachable"], true);
    assert_eq!(dash["message"], Value::Null);
    assert_eq!(
        dash["activeFeatures"],
        serde_json::json!(["external", "rum"])
    );
    let (apikey, secret) = sb
        .login("ann@example.com", &password("ann@example.com"))
        .unwrap();
    let own = sb
        .as_account(&apikey, &secret)
        .args(["client", "dashboard"])
        .json();
    assert_eq!(own, dash);
    // Without an active order the client meets the same message with its own keys (R1).
    sb.monitis().args(["order", "suspend", &id]).ok();
    let refused = sb
        .as_account(&apikey, &secret)
        .args(["client", "dashboard"])
        .run();
    assert_eq!(refused.code, 1, "{refused:?}");
    assert!(refused.stderr.contains(SUSPENDED));
    sb.monitis().args(["order", "activate", &id]).ok();
    let table = sb
        .monitis()
        .args(["client", "dashboard", "ann@example.com", "-o", "table"])
        .ok();
    insta::assert_snapshot!("dashboard_reachable_default_branding", table.stdout);

    // Monitors of a managed order are marked on the dashboard (R3).
    let managed = onboarding::order_with(&sb, "ann@example.com", "external=1", &["--managed"]);
    let m = onboarding::monitor(&sb, managed, "external");
    let dash = sb
        .monitis()
        .args(["client", "dashboard", "ann@example.com"])
        .json();
    assert_eq!(dash["managedMonitors"], serde_json::json!([m]));
    let table = sb
        .monitis()
        .args(["client", "dashboard", "ann@example.com", "-o", "table"])
        .ok();
    assert!(
        table.stdout.contains(&format!(
            "Managed by Provider (read-only for the client, R3): monitors {m}"
        )),
        "{}",
        table.stdout
    );
    // Into a pipe every section comes, one block each, its heading and notes as `# `
    // lines: the branding record, each button and page, the features.
    let piped = sb
        .monitis()
        .args(["client", "dashboard", "ann@example.com"])
        .ok()
        .stdout;
    let blocks: Vec<Vec<&str>> = piped.split("\n\n").map(|b| b.lines().collect()).collect();
    let heads: Vec<&str> = blocks.iter().map(|b| b[0]).collect();
    assert_eq!(
        heads,
        [
            "# Dashboard of ann@example.com (ann Test)",
            "# Buttons",
            "# Pages",
            "# Features"
        ],
        "{piped}"
    );
    assert_eq!(blocks[0][1], "# Reachable");
    assert_eq!(blocks[0][2].split('\t').count(), 5, "{piped}");
    let buttons = dash["buttons"].as_object().unwrap().len();
    assert_eq!(blocks[1].len(), 1 + buttons, "{piped}");
    assert!(blocks[1][1..].iter().all(|r| r.split('\t').count() == 2));
    assert!(
        blocks[3]
            .last()
            .unwrap()
            .starts_with("# Managed by Provider"),
        "{piped}"
    );
}

#[test]
fn client_credentials_are_refused_what_r2_forbids_with_the_apis_reason() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    client(&sb, "bob@example.com");
    let id = order(&sb, "ann@example.com", "external=1");
    let me = || as_client(&sb, "ann@example.com");
    let id = id.to_string();
    let refused: [&[&str]; 8] = [
        &["service", "buy", "loadTester=1"],
        &["client", "delete", "--yes"],
        &["order", "add", "--service", "external=1"],
        &["order", "suspend", &id],
        &["client", "list"],
        &[
            "client",
            "add",
            "--email",
            "x@example.com",
            "--first-name",
            "X",
            "--last-name",
            "Y",
            "--password-stdin",
        ],
        &[
            "reseller",
            "branding",
            "set",
            "--logo-url",
            "https://x.example.com/l.png",
        ],
        &["reseller", "extend-all"],
    ];
    for args in refused {
        let run = me().args(args).stdin("x-Secret!").run();
        assert_refused_to_client(&run, args);
    }
    // Another client's data is not there for it.
    let other = me().args(["client", "show", "bob@example.com"]).run();
    assert_eq!(other.code, 1);
    assert_eq!(emails(&sb), ["ann@example.com", "bob@example.com"]);
}

#[test]
fn client_list_table_snapshot() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    client(&sb, "bob@example.com");
    order(&sb, "bob@example.com", "external=1");
    let table = sb.monitis().args(["client", "list", "-o", "table"]).ok();
    insta::assert_snapshot!("client_list", table.stdout);
    let picked = sb
        .monitis()
        .args([
            "client",
            "show",
            "bob@example.com",
            "-o",
            "table",
            "--columns",
            "id,email,status",
        ])
        .ok();
    insta::assert_snapshot!("client_show_columns", picked.stdout);
}

// -------------------------------------------------------------------------------------
// client import

const HEADER: &str = "email,firstName,lastName,password\n";

fn csv_rows(emails: impl IntoIterator<Item = String>) -> String {
    let mut text = HEADER.to_string();
    for (i, email) in emails.into_iter().enumerate() {
        text.push_str(&format!("{email},First{i},Last{i},{}\n", password(&email)));
    }
    text
}

#[test]
fn bad_rows_are_reported_all_at_once_by_line_and_nothing_is_sent() {
    let sb = Sandbox::start();
    client(&sb, "old@example.com");
    let text = format!(
        "{HEADER}ok1@example.com,Ok,One,{p}\nnot-an-email,Bad,Email,{p}\n\nok2@example.com,,NoFirst,{p}\nok1@example.com,Dup,Row,{p}\nok3@example.com,No,Password,\n",
        p = "row-Secret!"
    );
    let file = sb.dir.path().join("bad.csv");
    std::fs::write(&file, &text).unwrap();
    let run = sb
        .monitis()
        .args(["client", "import", file.to_str().unwrap()])
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("4 bad row(s)"), "{}", run.stderr);
    for (line, reason) in [
        (3, "not an email address"),
        (5, "missing firstName"),
        (6, "also on line 2"),
        (7, "missing password"),
    ] {
        assert!(
            run.stderr.contains(&format!("line {line}: ")),
            "line {line}: {}",
            run.stderr
        );
        assert!(run.stderr.contains(reason), "{reason}: {}", run.stderr);
    }
    assert!(!run.stderr.contains("line 2:") && !run.stderr.contains("line 4:"));
    assert!(!run.stderr.contains("row-Secret!"));
    assert_eq!(run.stdout, "");
    assert_eq!(emails(&sb), ["old@example.com"]);

    // The same for JSON lines from stdin, with a line that is not JSON.
    let jsonl = "{\"email\":\"a@example.com\",\"firstName\":\"A\",\"lastName\":\"B\",\"password\":\"row-Secret!\"}\n{\"email\":\"b@example.com\",\"firstName\":\"B\"}\n{broken\n";
    let run = sb
        .monitis()
        .args(["client", "import", "-"])
        .stdin(jsonl)
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("line 2: missing lastName"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line 3: not valid JSON"),
        "{}",
        run.stderr
    );
    assert_eq!(emails(&sb), ["old@example.com"]);
}

/// 50 rows, three of them bad (lines 4, 20 and 41): (the file's text, the good emails).
fn fifty_rows_three_bad() -> (String, Vec<String>) {
    let mut text = HEADER.to_string();
    let mut good = Vec::new();
    for line in 2..=51 {
        let email = format!("user{line:02}@example.com");
        match line {
            4 => text.push_str(&format!("not-an-email,A,B,{}\n", password(&email))),
            20 => text.push_str(&format!("{email},,NoFirst,{}\n", password(&email))),
            41 => text.push_str(&format!("{email},No,Password,\n")),
            _ => {
                text.push_str(&format!("{email},First,Last,{}\n", password(&email)));
                good.push(email);
            }
        }
    }
    (text, good)
}

#[test]
fn bad_rows_are_machine_readable_under_json_and_nothing_is_sent() {
    let sb = Sandbox::start();
    let file = sb.dir.path().join("fifty.csv");
    std::fs::write(&file, fifty_rows_three_bad().0).unwrap();
    let path = file.to_str().unwrap();
    let run = sb
        .monitis()
        .args(["client", "import", path, "-o", "json"])
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert_no_password(&run);
    assert_eq!(
        run.json(),
        serde_json::json!([
            {"line": 4, "account": "not-an-email", "reason": "email is not an email address (name@domain.tld): \"not-an-email\""},
            {"line": 20, "account": "user20@example.com", "reason": "missing firstName"},
            {"line": 41, "account": "user41@example.com", "reason": "missing password (add a password column, or give one for all rows with --password-file or --password-stdin)"},
        ])
    );
    assert!(run.stderr.contains("3 bad row(s)"), "{}", run.stderr);
    let run = sb
        .monitis()
        .args(["client", "import", path, "-o", "ndjson"])
        .run();
    assert_eq!((run.code, run.stdout.lines().count()), (2, 3), "{run:?}");
    assert!(emails(&sb).is_empty(), "nothing was sent");
}

#[test]
fn skip_invalid_imports_the_valid_rows_and_reports_the_others_in_every_format() {
    let sb = Sandbox::start();
    let (text, good) = fifty_rows_three_bad();
    let file = sb.dir.path().join("fifty.csv");
    std::fs::write(&file, text).unwrap();
    let path = file.to_str().unwrap();
    let import = |format: &str| {
        let run = sb
            .monitis()
            .args(["client", "import", path, "--skip-invalid", "-o", format])
            .run();
        assert_eq!(run.code, 3, "invalid rows make it partial: {run:?}");
        assert_no_password(&run);
        run
    };

    let run = import("json");
    let rows = run.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(
        rows.iter()
            .map(|r| r["line"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        (2..=51).collect::<Vec<_>>(),
        "one result per row, in the file's order"
    );
    let invalid: Vec<(&Value, &Value, &Value)> = rows
        .iter()
        .filter(|r| r["result"] == "invalid")
        .map(|r| (&r["line"], &r["account"], &r["reason"]))
        .collect();
    assert_eq!(invalid.len(), 3);
    assert_eq!(
        invalid[1],
        (
            &json!(20),
            &json!("user20@example.com"),
            &json!("missing firstName")
        )
    );
    assert!(
        rows.iter()
            .filter(|r| r["result"] != "invalid")
            .all(|r| r["result"] == "created" && r["id"].is_i64())
    );
    assert!(run.stderr.contains("47 created"), "{}", run.stderr);
    assert_eq!(emails(&sb), good);

    // The same rows in every format; the valid ones exist now.
    let run = import("csv");
    assert_eq!(
        run.stdout.lines().next(),
        Some("line,account,firstName,lastName,result,id,apikey,error,reason")
    );
    assert!(
        run.stdout
            .contains("\n20,user20@example.com,,,invalid,,,,missing firstName\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("\n21,user21@example.com,First,Last,exists,"),
        "{}",
        run.stdout
    );
    let run = import("tsv");
    assert!(
        run.stdout
            .contains("\n20\tuser20@example.com\t\t\tinvalid\t\t\t\tmissing firstName\n"),
        "{}",
        run.stdout
    );
    let run = import("ndjson");
    let line20: Value = serde_json::from_str(run.stdout.lines().nth(18).unwrap()).unwrap();
    assert_eq!(
        (&line20["result"], &line20["reason"]),
        (&json!("invalid"), &json!("missing firstName"))
    );
    let run = import("table");
    let row = run
        .stdout
        .lines()
        .find(|l| l.starts_with("20 "))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert!(
        row.contains("invalid") && row.contains("missing firstName"),
        "{row}"
    );

    // A dry run says the same before anything is sent.
    let run = sb
        .monitis()
        .args(["client", "import", path, "--skip-invalid", "--dry-run"])
        .args(["-o", "json"])
        .run();
    assert_eq!(run.code, 3);
    assert_eq!(run.json()[2]["result"], "invalid");
    assert_eq!(emails(&sb), good);
}

#[test]
fn an_import_with_no_rows_adds_nothing_and_succeeds() {
    let sb = Sandbox::start();
    client(&sb, "old@example.com");
    for (input, what) in [
        ("", "an empty pipe"),
        ("\n  \n", "blank lines"),
        (HEADER, "a header alone"),
    ] {
        // JSON, and TSV as a pipe gets it (no header).
        for (format, empty) in [(&["-o", "json"][..], "[]"), (&[][..], "")] {
            let run = sb
                .monitis()
                .args(["client", "import", "-"])
                .args(format)
                .stdin(input)
                .run();
            assert_eq!(run.code, 0, "{what}: {run:?}");
            assert_eq!(run.stdout.trim(), empty, "{what}");
            assert!(
                run.stderr
                    .contains("nothing to import: no clients in stdin; nothing was sent"),
                "{what}: {}",
                run.stderr
            );
        }
    }
    assert_eq!(emails(&sb), ["old@example.com"]);
}

#[test]
fn import_csv_and_json_lines_with_dry_run_and_per_row_results() {
    let sb = Sandbox::start();
    client(&sb, "old@example.com");
    let wanted: Vec<String> = [
        "old@example.com",
        "a@example.com",
        "b@example.com",
        "c@example.com",
    ]
    .map(String::from)
    .into();
    let file = sb.dir.path().join("clients.csv");
    std::fs::write(&file, csv_rows(wanted.clone())).unwrap();
    let path = file.to_str().unwrap();

    let dry = sb
        .monitis()
        .args(["client", "import", path, "--dry-run"])
        .json();
    let results: Vec<(&str, &str)> = dry
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["account"].as_str().unwrap(),
                r["result"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        results,
        [
            ("old@example.com", "exists"),
            ("a@example.com", "create"),
            ("b@example.com", "create"),
            ("c@example.com", "create")
        ]
    );
    assert!(!dry.to_string().contains("Secret!"));
    let dry_table = sb
        .monitis()
        .args(["client", "import", path, "--dry-run", "-o", "table"])
        .ok();
    insta::assert_snapshot!("import_dry_run", mask_apikeys(&dry_table.stdout));
    assert_eq!(emails(&sb), ["old@example.com"]);

    let run = sb
        .monitis()
        .args(["client", "import", path, "--concurrency", "2", "-o", "json"])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert_no_password(&run);
    let results = run.json();
    let by_email: BTreeMap<&str, &Value> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["account"].as_str().unwrap(), r))
        .collect();
    assert_eq!(by_email["old@example.com"]["result"], "exists");
    for email in ["a@example.com", "b@example.com", "c@example.com"] {
        assert_eq!(by_email[email]["result"], "created");
        assert!(by_email[email]["id"].as_i64().is_some());
    }
    // The password column is the client's password.
    order(&sb, "c@example.com", "external=1");
    assert!(
        sb.login("c@example.com", &password("c@example.com"))
            .is_ok()
    );
    assert_eq!(by_email["b@example.com"]["line"], 4);
    assert_eq!(emails(&sb).len(), 4);

    // JSON lines on stdin; rows without a password take the one from --password-file.
    let pw = sb.dir.path().join("pw.txt");
    std::fs::write(&pw, "shared-Secret!\n").unwrap();
    let jsonl = "{\"email\":\"d@example.com\",\"first_name\":\"D\",\"last_name\":\"E\"}\n\n{\"account\":\"a@example.com\",\"firstName\":\"A\",\"lastName\":\"B\"}\n";
    let run = sb
        .monitis()
        .args([
            "client",
            "import",
            "-",
            "--password-file",
            pw.to_str().unwrap(),
            "-o",
            "table",
        ])
        .args(["--columns", "line,email,result"])
        .stdin(jsonl)
        .ok();
    insta::assert_snapshot!("import_json_lines", run.stdout);
    order(&sb, "d@example.com", "external=1");
    assert!(sb.login("d@example.com", "shared-Secret!").is_ok());
    // stdin cannot carry both.
    let both = sb
        .monitis()
        .args(["client", "import", "-", "--password-stdin"])
        .stdin(jsonl)
        .run();
    assert_eq!(both.code, 2);
    let zero = sb
        .monitis()
        .args(["client", "import", path, "--concurrency", "0"])
        .run();
    assert_eq!(zero.code, 2);
}

/// `client dashboard --open` hands `$BROWSER` the path of a page readable by its owner
/// only, which goes on to the link: the preview token is in no process's arguments,
/// which `ps` shows to every user. `$BROWSER` may be a browser itself, which runs until
/// it is closed: the command does not wait for it.
#[test]
fn the_browser_gets_a_private_page_not_the_token_and_is_not_waited_for() {
    let sb = Sandbox::demo();
    let seen = sb.dir.path().join("seen");
    std::fs::create_dir(&seen).unwrap();
    let script = sb.dir.path().join("browser.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncd '{}'\necho $$ > pid\nprintf '%s\\n' \"$@\" > args\nstat -c %a \"$1\" > mode\ncp \"$1\" page\nexec sleep 120\n",
            seen.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let run = sb
        .monitis()
        .env("BROWSER", &script)
        .args(["client", "dashboard", "bob@example.com", "--open"])
        .run_within(std::time::Duration::from_secs(60));
    let file = |name: &str| std::fs::read_to_string(seen.join(name)).unwrap_or_default();
    if let Ok(pid) = std::fs::read_to_string(seen.join("pid")) {
        let _ = std::process::Command::new("kill").arg(pid.trim()).status();
    }
    let _ = std::fs::remove_file(file("args").trim());
    assert_eq!(run.code, 0, "{run:?}");
    let link = run.stdout.trim();
    let token = link.rsplit('/').next().unwrap();
    assert!(
        link.contains("/dashboard/preview/") && token.len() > 20,
        "{link}"
    );
    assert!(
        !file("args").contains(token),
        "the token is in argv: {}",
        file("args")
    );
    assert!(file("args").trim().ends_with(".html"), "{}", file("args"));
    assert_eq!(file("mode").trim(), "600");
    assert!(
        file("page").contains(&format!("content=\"0; url={link}\"")),
        "{}",
        file("page")
    );
}

/// A name a client chose may be a spreadsheet formula (`=HYPERLINK(...)`, `@SUM(...)`):
/// in CSV and TSV, a text cell that starts with `=`, `+`, `-` or `@` gets a `'` before it
/// so that a spreadsheet shows it instead of running it, in a record and in a streamed
/// list alike. Numbers stay numbers; JSON keeps the text as it is.
#[test]
fn csv_and_tsv_never_hand_a_spreadsheet_a_formula() {
    let sb = Sandbox::start();
    let formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
    sb.monitis()
        .args([
            "client",
            "add",
            "--email",
            "eve@example.com",
            "--first-name",
            formula,
        ])
        .args(["--last-name", "@SUM(A1)", "--password-stdin"])
        .stdin(format!("{}\n", password("eve@example.com")))
        .ok();
    let id = order(&sb, "eve@example.com", "external=1");
    sb.monitis()
        .args([
            "monitor",
            "add",
            "--order",
            &id.to_string(),
            "--type",
            "external",
        ])
        .args(["--name=-shop", "--url", "https://shop.example.com"])
        .ok();
    let csv = sb
        .monitis()
        .args([
            "client",
            "list",
            "-o",
            "csv",
            "--columns",
            "firstName,lastName",
        ])
        .ok()
        .stdout;
    assert_eq!(
        csv,
        "firstName,lastName\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'@SUM(A1)\n"
    );
    let shown = sb
        .monitis()
        .args([
            "client",
            "show",
            "eve@example.com",
            "-o",
            "tsv",
            "--columns",
            "lastName",
        ])
        .ok()
        .stdout;
    assert_eq!(shown, "lastName\n'@SUM(A1)\n");
    let monitors = sb
        .monitis()
        .args([
            "monitor",
            "list",
            "-o",
            "tsv",
            "--no-header",
            "--columns",
            "name,orderId",
        ])
        .ok()
        .stdout;
    assert_eq!(monitors, format!("'-shop\t{id}\n"));
    let json = sb.monitis().args(["client", "list"]).json();
    assert_eq!(json[0]["firstName"], formula);
}

#[test]
fn import_results_carry_each_clients_apikey_in_every_format() {
    let sb = Sandbox::start();
    client(&sb, "old@example.com");
    let rows = csv_rows(["old@example.com", "new@example.com"].map(String::from));
    // The apikey of each client, as `client list` has it.
    let keys = || -> BTreeMap<String, String> {
        let list = sb.monitis().args(["client", "list"]).json();
        (list.as_array().unwrap().iter())
            .map(|c| {
                let field = |k: &str| c[k].as_str().unwrap().to_string();
                (field("account"), field("apikey"))
            })
            .collect()
    };
    // Off a terminal, as an onboarding script reads it: TSV without a header.
    let run = sb
        .monitis()
        .args(["client", "import", "-"])
        .stdin(rows.clone())
        .ok();
    let keys = keys();
    let lines: Vec<Vec<&str>> = run
        .stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    for (fields, (account, result)) in lines.iter().zip([
        ("old@example.com", "exists"),
        ("new@example.com", "created"),
    ]) {
        // line, account, firstName, lastName, result, id, apikey, error
        assert_eq!(fields.len(), 8, "{fields:?}");
        assert_eq!((fields[1], fields[4]), (account, result));
        assert_eq!(fields[6], keys[account], "{fields:?}");
    }
    // With a header, the API's field names.
    for (format, header) in [
        (
            "csv",
            "line,account,firstName,lastName,result,id,apikey,error",
        ),
        (
            "tsv",
            "line\taccount\tfirstName\tlastName\tresult\tid\tapikey\terror",
        ),
    ] {
        let run = sb
            .monitis()
            .args(["client", "import", "-", "-o", format])
            .stdin(rows.clone())
            .ok();
        assert_eq!(run.stdout.lines().next(), Some(header));
        assert!(
            run.stdout.contains(&keys["new@example.com"]),
            "{}",
            run.stdout
        );
    }
    let json = sb
        .monitis()
        .args(["client", "import", "-"])
        .stdin(rows)
        .json();
    assert_eq!(json[1]["apikey"], keys["new@example.com"].as_str());
    assert_eq!(json[1]["account"], "new@example.com");
    assert!(json[1].get("email").is_none(), "{json:#}");
}
