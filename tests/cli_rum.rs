//! `monitis rum usage` and `monitis rum rebalance` end to end against a real sandbox
//! server (R6, R7): usage and forecasts, dry runs that change nothing, and applied plans
//! verified by reading the platform's state back.

mod common;
mod rum_setup;

use chrono::{Days, NaiveDate, Utc};
use common::cli::*;
use monitis_core::protocol::model::{MonitorType, Status};
use rum_setup::{NewAccount, Setup, ids};
use serde_json::{Value, json};

fn s(n: i64) -> String {
    n.to_string()
}

fn row(rows: &Value, order: i64) -> &Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["orderId"] == order)
        .expect("a row for the order")
}

/// `monitis --client <client> rum rebalance <extra...>` as the reseller.
fn rebalance(sb: &Sandbox, client: &str, extra: &[&str]) -> Cli {
    sb.monitis()
        .args(["--client", client, "rum", "rebalance"])
        .args(extra)
}

#[test]
fn usage_per_order_with_forecast() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let bob = setup.client("bob@example.com");
    let a = setup.order(&ann, &[("rum", 3), ("rumPageviews", 1000)]);
    let b = setup.order(&ann, &[("rum", 2), ("rumPageviews", 100)]);
    let no_rum = setup.order(&ann, &[("external", 1)]);
    let d = setup.order(&bob, &[("rum", 1), ("rumPageviews", 500)]);
    setup.rum(a, &[60, 40]);
    setup.rum(b, &[80, 70]);

    // A reseller names the clients.
    let run = sb.monitis().args(["rum", "usage"]).run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--all-clients"), "{}", run.stderr);
    let run = sb
        .monitis()
        .args([
            "--client",
            "ann@example.com",
            "rum",
            "usage",
            "--all-clients",
        ])
        .run();
    assert_eq!(run.code, 2);

    let rows = sb
        .monitis()
        .args(["--client", "ann@example.com", "rum", "usage"])
        .json();
    assert_eq!(
        ids(&rows, "orderId"),
        vec![a, b],
        "the order without RUM is left out ({no_rum})"
    );
    let (ra, rb) = (row(&rows, a), row(&rows, b));
    assert_eq!(
        [
            &ra["ordered"],
            &ra["used"],
            &ra["remaining"],
            &ra["rumMonitors"],
            &ra["suspendedMonitors"]
        ],
        [&json!(1000), &json!(100), &json!(900), &json!(2), &json!(0)]
    );
    // 100 pageviews over the cycle's days so far (today included): at that rate the
    // count passes 1000 on cycle day 10 * elapsed + 1.
    let today = Utc::now().date_naive();
    let start = NaiveDate::parse_from_str(ra["cycleStart"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    let elapsed = (today - start).num_days() as u64 + 1;
    let expected = start.checked_add_days(Days::new(10 * elapsed)).unwrap();
    let within_cycle = expected < start.checked_add_months(chrono::Months::new(1)).unwrap();
    if within_cycle {
        assert_eq!(ra["exceedsOn"], expected.format("%Y-%m-%d").to_string());
        assert_eq!(ra["forecast"], ra["exceedsOn"]);
    } else {
        assert_eq!(
            (&ra["exceedsOn"], &ra["forecast"]),
            (&Value::Null, &json!("not this cycle"))
        );
    }
    // 150 of 100: over, and R6 suspended both.
    assert_eq!(
        (&rb["used"], &rb["remaining"], &rb["suspendedMonitors"]),
        (&json!(150), &json!(0), &json!(2))
    );
    assert_eq!(
        (&rb["forecast"], &rb["exceedsOn"]),
        (&json!("over quota now"), &Value::Null)
    );

    let all = sb.monitis().args(["rum", "usage", "--all-clients"]).json();
    assert_eq!(ids(&all, "orderId"), vec![a, b, d]);
    assert_eq!(row(&all, d)["forecast"], "no usage yet");

    // A client sees its own orders without naming itself.
    let (key, secret) = sb.login(&ann.email, &ann.password).expect("apikey login");
    let own = sb.as_account(&key, &secret).args(["rum", "usage"]).json();
    assert_eq!(ids(&own, "orderId"), vec![a, b]);

    let table = sb
        .monitis()
        .args([
            "rum",
            "usage",
            "--all-clients",
            "-o",
            "table",
            "--columns",
            "ordered,used,remaining,rumMonitors,suspendedMonitors",
        ])
        .ok()
        .stdout;
    insta::assert_snapshot!("rum_usage_table", table);
}

/// Ann's order over its quota (60 + 30 + 20 of 100: all suspended) and one with room.
fn over_and_room(
    setup: &Setup,
    client: &NewAccount,
    room_managed: bool,
) -> (i64, i64, Vec<i64>, i64) {
    let over = setup.order(client, &[("rum", 3), ("rumPageviews", 100)]);
    let room = setup.order_with(client, &[("rum", 5), ("rumPageviews", 1000)], room_managed);
    let suspended = setup.rum(over, &[60, 30, 20]);
    let active = setup.rum(room, &[100])[0];
    (over, room, suspended, active)
}

fn statuses(setup: &Setup) -> Vec<(i64, i64, Status)> {
    setup
        .all_monitors()
        .iter()
        .map(|m| (m.id, m.order_id, m.status))
        .collect()
}

#[test]
fn dry_run_changes_nothing_and_apply_leaves_nothing_suspended() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let (over, room, suspended, active) = over_and_room(&setup, &ann, false);
    let before = statuses(&setup);
    assert_eq!(
        before.iter().filter(|m| m.2 == Status::Suspended).count(),
        3
    );

    let plan = rebalance(&sb, "ann@example.com", &[]).json();
    // Moving the 20 brings the order strictly below its quota, which reactivates the rest.
    assert_eq!(
        plan["plan"]["moves"],
        json!([{"monitorId": suspended[2], "clientId": ann.id, "fromOrder": over, "toOrder": room, "pageviews": 20, "stage": 0}])
    );
    assert_eq!(
        (
            &plan["summary"]["reactivated"],
            &plan["stillSuspended"],
            &plan["plan"]["optimal"]
        ),
        (&json!(3), &json!([]), &json!(true))
    );
    assert_eq!(statuses(&setup), before, "a dry run changes nothing");
    let table = rebalance(&sb, "ann@example.com", &["-o", "table"])
        .ok()
        .stdout;
    insta::assert_snapshot!("rebalance_plan_table", table);

    let run = rebalance(&sb, "ann@example.com", &["--apply", "-o", "json"]).run();
    assert_eq!(run.code, 0, "{run:?}");
    let applied = run.json();
    assert_eq!(applied["results"][0]["result"], "moved");
    assert_eq!(applied["stillSuspended"], json!([]));
    // Read back: every RUM monitor active, the usage as planned.
    assert!(
        setup
            .all_monitors()
            .iter()
            .all(|m| m.status == Status::Active)
    );
    let mut in_room = vec![suspended[2], active];
    in_room.sort_unstable();
    assert_eq!(
        setup
            .monitors_of(room)
            .iter()
            .map(|m| m.id)
            .collect::<Vec<_>>(),
        in_room
    );
    let (u_over, u_room) = (setup.usage(over), setup.usage(room));
    assert_eq!(
        (
            u_over.used,
            u_over.suspended_monitors,
            u_room.used,
            u_room.suspended_monitors
        ),
        (90, 0, 120, 0)
    );

    // Nothing left to do: a re-run plans no move and succeeds.
    let again = rebalance(&sb, "ann@example.com", &["--apply", "-o", "json"]).ok();
    assert_eq!(again.json()["plan"]["moves"], json!([]));
    assert!(
        again.stderr.contains("Nothing to rebalance"),
        "{}",
        again.stderr
    );
}

#[test]
fn monitors_no_move_can_bring_back_are_reported_and_exit_0_unless_asked() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    // Order `over` is released by moving its 50; order `big`'s 500 fits nowhere.
    let over = setup.order(&ann, &[("rum", 2), ("rumPageviews", 100)]);
    let big = setup.order(&ann, &[("rum", 1), ("rumPageviews", 10)]);
    let room = setup.order(&ann, &[("rum", 5), ("rumPageviews", 200)]);
    let released = setup.rum(over, &[60, 50]);
    let stuck = setup.rum(big, &[500])[0];

    // Asking to fail on them needs --apply.
    let run = rebalance(&sb, &s(ann.id), &["--fail-on-suspended"]).run();
    assert_eq!(run.code, 2, "{run:?}");

    let run = rebalance(&sb, &s(ann.id), &["--apply", "-o", "json"]).run();
    assert_eq!(run.code, 0, "every move was made: {run:?}");
    let out = run.json();
    assert_eq!(ids(&out["stillSuspended"], "id"), vec![stuck]);
    assert_eq!(
        out["summary"],
        json!({"applied": true, "planned": 1, "moved": 1, "unchanged": 0, "failed": 0, "reactivated": 2, "stillSuspended": 1, "heldByOrder": 0})
    );
    assert_eq!(out["results"].as_array().unwrap().len(), 1);
    assert_eq!(out["results"][0]["toOrder"], room);
    assert!(
        run.stderr.contains(
            "1 planned: moved 1, unchanged 0, failed 0; 2 reactivated, 1 still suspended for pageviews"
        ),
        "{}",
        run.stderr
    );
    // Read back: the released order's monitors are active, the stuck one is not.
    let monitors = setup.all_monitors();
    let status = |id: i64| monitors.iter().find(|m| m.id == id).unwrap().status;
    assert_eq!(
        released.iter().map(|id| status(*id)).collect::<Vec<_>>(),
        vec![Status::Active; 2]
    );
    assert_eq!(status(stuck), Status::Suspended);

    // The human view says what stays suspended and why; a job that asks fails with 5.
    let run = rebalance(
        &sb,
        &s(ann.id),
        &["--apply", "--fail-on-suspended", "-o", "table"],
    )
    .run();
    assert_eq!(run.code, 5, "{run:?}");
    assert!(
        run.stdout
            .contains("stay suspended for pageviews: no active order of their client has room"),
        "{}",
        run.stdout
    );
    let out = rebalance(&sb, &s(ann.id), &["--apply"]).json();
    assert_eq!(
        out["summary"],
        json!({"applied": true, "planned": 0, "moved": 0, "unchanged": 0, "failed": 0, "reactivated": 0, "stillSuspended": 1, "heldByOrder": 0})
    );
}

/// The keys of a JSON object, sorted.
fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

#[test]
fn a_dry_run_and_an_apply_answer_one_shape_and_count_alike() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    // One move reactivates three; one monitor fits nowhere; two are held by an order
    // the reseller suspended, which no move is for.
    let (_, _, _, _) = over_and_room(&setup, &ann, false);
    let small = setup.order(&ann, &[("rum", 1), ("rumPageviews", 10)]);
    let stuck = setup.rum(small, &[5000])[0];
    let paused = setup.order(&ann, &[("rum", 2), ("rumPageviews", 1000)]);
    let mut held = setup.rum(paused, &[10, 20]);
    held.sort_unstable();
    setup.suspend_order(paused);

    let dry = rebalance(&sb, "ann@example.com", &["-o", "json"]).run();
    assert_eq!(dry.code, 0, "{dry:?}");
    let apply = rebalance(&sb, "ann@example.com", &["--apply", "-o", "json"]).run();
    assert_eq!(apply.code, 0, "{apply:?}");
    let (planned, applied) = (dry.json(), apply.json());
    assert_eq!(
        keys(&planned),
        ["heldByOrder", "plan", "stillSuspended", "summary"]
    );
    assert_eq!(
        keys(&applied),
        [
            "heldByOrder",
            "plan",
            "results",
            "stillSuspended",
            "summary",
            "usage"
        ]
    );
    assert_eq!(keys(&planned["plan"]), ["moves", "optimal", "orders"]);
    assert_eq!(planned["plan"], applied["plan"]);
    assert_eq!(
        planned["summary"],
        json!({"applied": false, "planned": 1, "moved": 0, "unchanged": 0, "failed": 0, "reactivated": 3, "stillSuspended": 1, "heldByOrder": 2})
    );
    assert_eq!(
        applied["summary"],
        json!({"applied": true, "planned": 1, "moved": 1, "unchanged": 0, "failed": 0, "reactivated": 3, "stillSuspended": 1, "heldByOrder": 2})
    );
    for out in [&planned, &applied] {
        assert_eq!(ids(&out["stillSuspended"], "id"), [stuck]);
        assert_eq!(ids(&out["heldByOrder"], "id"), held);
    }
    // The stderr line names the same counts, whatever the mode.
    assert!(
        dry.stderr.contains(
            "1 planned; if applied: 3 reactivated, 1 still suspended for pageviews (no order of their client has room), 2 held by a suspended or ended order. Dry run: nothing changed; --apply makes the moves."
        ),
        "{}",
        dry.stderr
    );
    assert!(
        apply.stderr.contains(
            "1 planned: moved 1, unchanged 0, failed 0; 3 reactivated, 1 still suspended for pageviews (no order of their client has room; --fail-on-suspended makes that exit 5), 2 held by a suspended or ended order"
        ),
        "{}",
        apply.stderr
    );

    // Into a pipe (TSV), each section is a block under its `# ` heading.
    let headings = |extra: &[&str]| -> Vec<String> {
        let out = rebalance(&sb, "ann@example.com", extra).ok().stdout;
        out.split("\n\n")
            .map(|block| block.lines().next().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(
        headings(&[]),
        [
            "# Moves",
            "# Orders",
            "# Still suspended for pageviews",
            "# Held by a suspended or ended order"
        ]
    );
    assert_eq!(
        headings(&["--apply"]),
        [
            "# Moves",
            "# Still suspended for pageviews",
            "# Held by a suspended or ended order",
            "# Usage"
        ]
    );

    // A CI check written for one mode reads the other alike.
    for extra in [&[][..], &["--apply"][..]] {
        let run = rebalance(&sb, "ann@example.com", extra)
            .args(["--jq", ".summary.stillSuspended, .summary.heldByOrder"])
            .ok();
        assert_eq!(run.stdout, "1\n2\n", "{extra:?}");
    }

    // Nothing left to plan: off a terminal the summary line still comes, on stderr.
    let nothing = "Nothing to rebalance: 0 planned; 0 reactivated, 1 still suspended for pageviews (no order of their client has room), 2 held by a suspended or ended order";
    let piped = rebalance(&sb, "ann@example.com", &[]).ok();
    assert_eq!(piped.stderr.trim_end(), nothing);
    // At a terminal that line is all there is (wrapped at words to the width).
    let seen = rebalance(&sb, "ann@example.com", &[])
        .env("COLUMNS", "80")
        .in_terminal()
        .ok();
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&seen.stdout), nothing);
    assert!(
        seen.stdout.lines().all(|l| l.chars().count() <= 80),
        "{}",
        seen.stdout
    );
}

#[test]
fn headroom_and_managed_orders_shape_the_plan() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let (_, room, suspended, _) = over_and_room(&setup, &ann, false);
    let moves = |args: &[&str]| -> Vec<i64> {
        let plan = rebalance(&sb, "ann@example.com", args).json();
        ids(&plan["plan"]["moves"], "monitorId")
    };
    // The target holds 100 of 1000; after the 20 it holds 120. Headroom 88% leaves a
    // limit of 120, 89% of 110.
    assert_eq!(moves(&["--headroom", "88"]), vec![suspended[2]]);
    assert!(moves(&["--headroom", "89"]).is_empty());
    assert_eq!(
        rebalance(&sb, "ann@example.com", &["--headroom", "101"])
            .run()
            .code,
        2
    );
    let plan = rebalance(&sb, "ann@example.com", &["--headroom", "10"]).json();
    assert_eq!(row(&plan["plan"]["orders"], room)["limit"], 900);

    // Only a managed order has room: kept apart unless --mix-managed.
    let bob = setup.client("bob@example.com");
    let (over, managed, suspended, _) = over_and_room(&setup, &bob, true);
    let bobs = |args: &[&str]| -> Value { rebalance(&sb, "bob@example.com", args).json() };
    assert_eq!(bobs(&[])["plan"]["moves"], json!([]));
    assert_eq!(
        bobs(&["--mix-managed"])["plan"]["moves"][0]["toOrder"],
        managed
    );
    let run = rebalance(
        &sb,
        "bob@example.com",
        &[
            "--apply",
            "--mix-managed",
            "--batch-size",
            "1",
            "--concurrency",
            "2",
            "-o",
            "json",
        ],
    )
    .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(suspended.iter().all(|id| {
        setup
            .all_monitors()
            .iter()
            .any(|m| m.id == *id && m.status == Status::Active)
    }));
    assert_eq!(setup.usage(over).suspended_monitors, 0);
}

/// Three clients, each with ten monitors suspended in an order over its quota and an
/// order with room: rebalancing plans four moves per client.
fn three_clients_over_quota(sb: &Sandbox, setup: &Setup) {
    for email in ["ann@example.com", "bob@example.com", "cy@example.com"] {
        let client = setup.client(email);
        // Ten monitors of 15 pageviews counted in an order with room, then pushed into
        // an order of 100 with --allow-overflow: 150 of 100 suspends all ten (R6).
        let over = setup.order(&client, &[("rum", 10), ("rumPageviews", 100)]);
        let room = setup.order(&client, &[("rum", 10), ("rumPageviews", 1000)]);
        let ms = setup.rum(room, &[15; 10]);
        let input: String = ms.iter().map(|id| format!("{id}\n")).collect();
        sb.monitis()
            .args([
                "monitor",
                "move",
                "--bulk",
                "--allow-overflow",
                "--to-order",
                &s(over),
            ])
            .stdin(input)
            .ok();
    }
    assert!(
        setup
            .all_monitors()
            .iter()
            .all(|m| m.status == Status::Suspended)
    );
}

#[test]
fn all_clients_apply_in_batches_with_concurrency() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    three_clients_over_quota(&sb, &setup);
    let plan = sb
        .monitis()
        .args(["rum", "rebalance", "--all-clients"])
        .json();
    // Four 15s out of each order leave 90 < 100, which reactivates the six left too.
    assert_eq!(
        plan["plan"]["moves"].as_array().unwrap().len(),
        12,
        "{plan:#}"
    );
    assert_eq!(plan["summary"]["reactivated"], 30);
    let run = sb
        .monitis()
        .args([
            "rum",
            "rebalance",
            "--all-clients",
            "--apply",
            "--batch-size",
            "3",
            "--concurrency",
            "4",
            "-o",
            "json",
        ])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["results"].as_array().unwrap().len(), 12);
    let monitors = setup.all_monitors();
    assert_eq!(monitors.len(), 30);
    assert!(
        monitors
            .iter()
            .all(|m| m.status == Status::Active && m.kind == MonitorType::Rum)
    );
}

#[test]
fn one_apply_reaches_a_fixed_point_on_a_generated_platform() {
    // The platform: three runs made 35 moves, then 3, then none.
    let sb = Sandbox::generated(&[
        "--clients",
        "50",
        "--orders-per-client",
        "4",
        "--monitors-per-order",
        "25",
        "--seed",
        "1",
    ]);
    let planned = sb
        .monitis()
        .args(["rum", "rebalance", "--all-clients"])
        .json();
    let run = sb
        .monitis()
        .args(["rum", "rebalance", "--all-clients", "--apply", "-o", "json"])
        .run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let applied = run.json();
    assert_eq!(applied["summary"]["failed"], 0);
    assert_eq!(applied["summary"]["planned"], applied["summary"]["moved"]);
    // What the dry run said is what the apply did, counted the same way: those held by
    // a suspended order are not among those still suspended for pageviews.
    for key in ["planned", "reactivated", "stillSuspended", "heldByOrder"] {
        assert_eq!(
            planned["summary"][key], applied["summary"][key],
            "{key}: {:#} then {:#}",
            planned["summary"], applied["summary"]
        );
    }
    assert_eq!(
        ids(&planned["stillSuspended"], "id"),
        ids(&applied["stillSuspended"], "id")
    );
    assert_eq!(
        ids(&planned["heldByOrder"], "id"),
        ids(&applied["heldByOrder"], "id")
    );
    assert!(
        applied["heldByOrder"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["suspendedReason"] == "order"),
        "{:#}",
        applied["heldByOrder"]
    );
    let again = sb
        .monitis()
        .args(["rum", "rebalance", "--all-clients"])
        .json();
    assert_eq!(
        again["plan"]["moves"],
        json!([]),
        "a second run still plans moves"
    );
    assert_eq!(again["summary"]["reactivated"], 0);
}

#[test]
fn a_source_released_by_the_plan_takes_monitors_in_a_later_stage() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    // `a` (110 of 100) is released by moving its 50 to `c`, the only order with room;
    // `b`'s 30 fits nowhere until `a` has been released.
    let a = setup.order(&ann, &[("rum", 3), ("rumPageviews", 100)]);
    let b = setup.order(&ann, &[("rum", 3), ("rumPageviews", 10)]);
    let c = setup.order(&ann, &[("rum", 3), ("rumPageviews", 60)]);
    let in_a = setup.rum(a, &[60, 50]);
    let in_b = setup.rum(b, &[30]);
    let run = rebalance(&sb, "ann@example.com", &["--apply", "-o", "json"]).run();
    assert_eq!(run.code, 0, "{run:?}");
    let out = run.json();
    let stages: Vec<(i64, i64, i64)> = out["plan"]["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["monitorId"].as_i64().unwrap(),
                m["toOrder"].as_i64().unwrap(),
                m["stage"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(stages, [(in_a[1], c, 0), (in_b[0], a, 1)]);
    assert_eq!(out["summary"]["reactivated"], 3);
    assert!(
        setup
            .all_monitors()
            .iter()
            .all(|m| m.status == Status::Active)
    );
    let again = rebalance(&sb, "ann@example.com", &[]).json();
    assert_eq!(again["plan"]["moves"], json!([]));
}

/// A move that fails on the server while the others succeed: exit 3, the failed move
/// named, the others applied; a re-run applies nothing twice. The failure is made by
/// deleting the monitor of the last move once the apply has begun: one move per
/// request, each answer held 200 ms, so the last move is sent seconds after the first.
#[test]
fn a_move_that_fails_on_the_server_is_exit_3_and_the_rest_is_applied_once() {
    let sb = Sandbox::start();
    three_clients_over_quota(&sb, &Setup::new(&sb));
    let plan = sb
        .monitis()
        .args(["rum", "rebalance", "--all-clients"])
        .json();
    let moves = plan["plan"]["moves"].as_array().unwrap().clone();
    assert_eq!(moves.len(), 12, "{plan:#}");
    assert!(moves.iter().all(|m| m["stage"] == 0), "{plan:#}");
    // Sent grouped by target order, in the order targets first appear: the last
    // request carries the last move of the last target.
    let mut targets: Vec<i64> = Vec::new();
    for m in &moves {
        let to = m["toOrder"].as_i64().unwrap();
        if !targets.contains(&to) {
            targets.push(to);
        }
    }
    let last_target = *targets.last().unwrap();
    let victim = moves
        .iter()
        .rev()
        .find(|m| m["toOrder"] == last_target)
        .unwrap()["monitorId"]
        .as_i64()
        .unwrap();

    let log = sb.dir.path().join("access.log");
    let sb = sb.restart_with(&["--latency", "200", "--access-log", log.to_str().unwrap()]);
    let mut apply = sb
        .monitis()
        .args(["rum", "rebalance", "--all-clients", "--apply"])
        .args(["--batch-size", "1", "--concurrency", "1", "-o", "json"])
        .spawn_piped();
    drop(apply.stdin.take());
    // Once the first move is answered, eleven are still to come.
    let begun = (0..600).any(|_| {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        if text.contains(" BulkChangeMonitorOrder ") {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        false
    });
    assert!(begun, "the apply never sent a move");
    let deleted = rusqlite::Connection::open(&sb.db)
        .unwrap()
        .execute("DELETE FROM monitors WHERE id = ?1", [victim])
        .unwrap();
    assert_eq!(deleted, 1);
    let out = apply.wait_with_output().unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert_eq!(run.code, 3, "{run:?}");
    let applied = run.json();
    let results = applied["results"].as_array().unwrap();
    let failed: Vec<&Value> = results.iter().filter(|r| r["result"] != "moved").collect();
    assert_eq!(failed.len(), 1, "{results:#?}");
    assert_eq!(failed[0]["monitorId"], victim);
    assert_eq!(failed[0]["result"], "failed");
    assert_eq!(
        (&applied["summary"]["moved"], &applied["summary"]["failed"]),
        (&json!(11), &json!(1))
    );
    assert!(
        run.stderr
            .contains("12 planned: moved 11, unchanged 0, failed 1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("monitor {victim}")),
        "the summary names the failed move: {}",
        run.stderr
    );
    // The eleven are where the plan put them; a re-run moves none of them again.
    let sb = sb.restart_with(&[]);
    let setup = Setup::new(&sb);
    for m in moves.iter().filter(|m| m["monitorId"] != victim) {
        let id = m["monitorId"].as_i64().unwrap();
        let now = setup
            .all_monitors()
            .into_iter()
            .find(|x| x.id == id)
            .unwrap();
        assert_eq!(json!(now.order_id), m["toOrder"], "monitor {id}");
    }
    let again = sb
        .monitis()
        .args(["rum", "rebalance", "--all-clients", "--apply", "-o", "json"])
        .run();
    assert_eq!(again.code, 0, "{again:?}");
    let again = again.json();
    for r in again["results"].as_array().unwrap() {
        assert!(
            !moves.iter().any(|m| m["monitorId"] == r["monitorId"]),
            "moved twice: {r}"
        );
    }
}
