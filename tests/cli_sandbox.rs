//! The sandbox-only controls (`sandbox pageviews|next-cycle|billing`) end to end: what
//! they change is read back through the CLI, on a served sandbox and on the embedded one.

mod common;

use common::cli::*;
use serde_json::Value;

/// The demo's RUM monitors of Ann's "Web Starter" order (over quota, suspended).
const STARTER_RUM: [i64; 3] = [3, 4, 5];

fn monitor(cli: Cli, id: i64) -> Value {
    cli.args(["monitor", "show", &id.to_string()]).json()
}

#[test]
fn next_cycle_restarts_pageviews_and_pageviews_over_quota_suspend_again() {
    let sb = Sandbox::demo();
    for id in STARTER_RUM {
        assert_eq!(monitor(sb.monitis(), id)["suspendedReason"], "pageviews");
    }
    let run = sb.monitis().args(["sandbox", "next-cycle"]).ok();
    assert!(run.stderr.contains("new billing cycle"), "{}", run.stderr);
    for id in STARTER_RUM {
        let m = monitor(sb.monitis(), id);
        assert_eq!(
            (m["status"].as_str(), m["pageviews"].as_u64()),
            (Some("active"), Some(0))
        );
    }

    // 100,000 ordered: exactly at the quota nothing happens (R6), one more suspends all.
    let at = sb
        .monitis()
        .args(["sandbox", "pageviews", "3", "100000"])
        .json();
    assert_eq!(
        (at["status"].as_str(), at["pageviews"].as_u64()),
        (Some("active"), Some(100000))
    );
    let over = sb.monitis().args(["sandbox", "pageviews", "4", "1"]).json();
    assert_eq!(over["status"], "suspended");
    for id in STARTER_RUM {
        assert_eq!(monitor(sb.monitis(), id)["suspendedReason"], "pageviews");
    }
    // A suspended monitor counts nothing.
    let idle = sb
        .monitis()
        .args(["sandbox", "pageviews", "5", "500"])
        .json();
    assert_eq!(idle["pageviews"], 0);

    let bad = sb.monitis().args(["sandbox", "pageviews", "1", "10"]).run();
    assert_eq!(
        bad.code, 1,
        "an uptime monitor counts no pageviews: {bad:?}"
    );
}

#[test]
fn billing_unpaid_suspends_every_client_until_extend_all() {
    let sb = Sandbox::demo();
    let active = |sb: &Sandbox| {
        sb.monitis()
            .args(["client", "list", "--status", "active", "--jq", "length"])
            .ok()
            .stdout
    };
    let before = active(&sb);
    assert_ne!(before.trim(), "0");
    let run = sb.monitis().args(["sandbox", "billing", "unpaid"]).ok();
    assert!(run.stderr.contains("suspended"), "{}", run.stderr);
    assert_eq!(active(&sb).trim(), "0");
    assert_eq!(
        sb.monitis().args(["reseller", "show"]).json()["paid"],
        false
    );

    sb.monitis().args(["sandbox", "billing", "paid"]).ok();
    assert_eq!(
        active(&sb).trim(),
        "0",
        "paying alone reactivates nothing (R8)"
    );
    sb.monitis().args(["reseller", "extend-all"]).ok();
    assert_eq!(active(&sb), before);

    let bad = sb.monitis().args(["sandbox", "billing", "maybe"]).run();
    assert_eq!(bad.code, 2);
}

#[test]
fn controls_work_on_the_embedded_sandbox_and_refuse_clients() {
    let home = tempfile::tempdir().unwrap();
    let m = Cli::new(home.path())
        .args(["--sandbox", "sandbox", "next-cycle"])
        .ok();
    assert!(m.stderr.contains("embedded sandbox"), "{}", m.stderr);
    let counted = Cli::new(home.path())
        .args(["--sandbox", "sandbox", "pageviews", "3", "10"])
        .json();
    assert_eq!(counted["pageviews"], 10);
    // The count was committed: a new process sees it.
    let again = Cli::new(home.path())
        .args(["--sandbox", "monitor", "show", "3"])
        .json();
    assert_eq!(again["pageviews"], 10);

    // A client may not drive the sandbox's clock or billing.
    let sb = Sandbox::demo();
    let (apikey, secret) = sb
        .login("ann@example.com", monitis_platform::DEMO_PASSWORD)
        .expect("demo client login");
    let run = sb
        .as_account(&apikey, &secret)
        .args(["sandbox", "next-cycle"])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
}

/// A duration flag past what the clock can hold is a usage error before the server
/// starts (exit 2, naming the flag), not a server that panics at every connection; the
/// largest value each takes serves.
#[test]
fn serve_refuses_durations_past_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let keys = keys(&init(&db, false));
    let db = db.to_str().unwrap();
    for (flag, too_long) in [
        ("--header-timeout", "18446744073709551615"),
        ("--body-timeout", "86401"),
        ("--shutdown-grace", "18446744073709551615"),
        ("--request-budget", "86400001"),
        ("--latency", "18446744073709551615"),
    ] {
        let run = Cli::new(dir.path())
            .args(["sandbox", "serve", "--db", db, flag, too_long])
            .run_within(std::time::Duration::from_secs(30));
        assert_eq!(run.code, 2, "{flag}: {run:?}");
        assert!(
            run.stderr.contains(flag) && run.stderr.contains(too_long),
            "{flag}: {run:?}"
        );
        assert!(run.stdout.is_empty(), "{flag}: {run:?}");
    }
    let longest = [
        "--header-timeout",
        "86400",
        "--body-timeout",
        "86400",
        "--request-budget",
        "86400000",
        "--shutdown-grace",
        "0",
    ];
    let (mut server, url) = serve(
        std::path::Path::new(db),
        &longest,
        std::process::Stdio::null(),
    );
    let run = Cli::new(dir.path())
        .env("MONITIS_ENDPOINT", &url)
        .env("MONITIS_API_KEY", &keys.0)
        .env("MONITIS_SECRET_KEY", &keys.1)
        .args(["reseller", "show", "--jq", ".paid"])
        .run();
    let _ = server.kill();
    let _ = server.wait();
    assert_eq!((run.code, run.stdout.as_str()), (0, "true\n"), "{run:?}");
}

/// An order whose cycle starts on 9999-12-31 has no next cycle a `YYYY-MM-DD` field can
/// hold: `next-cycle` refuses (exit 1, naming the order), and changes nothing.
#[test]
fn next_cycle_never_writes_a_date_past_9999_12_31() {
    let sb = Sandbox::demo();
    let last = sb
        .monitis()
        .args([
            "order",
            "add",
            "--client",
            "dan@example.com",
            "--name",
            "Last",
        ])
        .args(["--service", "external=1", "--start-date", "9999-12-31"])
        .json();
    let id = last["id"].as_i64().unwrap().to_string();
    assert_eq!(last["cycleStart"], "9999-12-31");
    let run = sb.monitis().args(["sandbox", "next-cycle"]).run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains(&format!(
            "order {id}'s billing cycle starts 9999-12-31: the next one would start after 9999-12-31"
        )),
        "{run:?}"
    );
    let order = sb.monitis().args(["order", "show", &id]).json();
    assert_eq!(order["cycleStart"], "9999-12-31");
    // Nothing else moved on either: Ann's pageviews were not restarted.
    assert_eq!(monitor(sb.monitis(), 3)["suspendedReason"], "pageviews");
    // Without it, the others move on.
    sb.monitis().args(["order", "delete", &id, "--yes"]).ok();
    sb.monitis().args(["sandbox", "next-cycle"]).ok();
    assert_eq!(monitor(sb.monitis(), 3)["pageviews"], 0);
}
