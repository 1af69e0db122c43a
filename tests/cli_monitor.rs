//! `monitis monitor ...` end to end against a real sandbox server: add, list, show,
//! delete, and moves between orders, single and bulk (R3, R6, R7).

mod common;
mod rum_setup;

use std::collections::{BTreeSet, HashMap};

use common::cli::*;
use monitis_core::protocol::model::{MonitorType, Status};
use rum_setup::{Setup, ids};
use serde_json::Value;

fn s(n: i64) -> String {
    n.to_string()
}

/// `monitor move --bulk --to-order TO` as the reseller; callers add options and input.
fn bulk_move(sb: &Sandbox, to: i64) -> Cli {
    sb.monitis()
        .args(["monitor", "move", "--bulk", "--to-order", &s(to)])
}

/// `monitor add` as the reseller; callers add options such as `--interval`.
fn monitor_add(sb: &Sandbox, order: &str, kind: &str, name: &str, url: &str) -> Cli {
    sb.monitis().args([
        "monitor", "add", "--order", order, "--type", kind, "--name", name, "--url", url,
    ])
}

/// `monitor move MONITOR --to-order TO` as the reseller.
fn move_one(sb: &Sandbox, monitor: &str, to: i64) -> Cli {
    sb.monitis()
        .args(["monitor", "move", monitor, "--to-order", &s(to)])
}

#[test]
fn add_every_type_then_list_with_filters_show_and_delete() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let bob = setup.client("bob@example.com");
    let order = setup.order(
        &ann,
        &[
            ("external", 2),
            ("transaction", 1),
            ("fullPageLoad", 1),
            ("internal", 1),
            ("rum", 1),
            ("rumPageviews", 1000),
        ],
    );
    let managed = setup.order_with(&ann, &[("external", 1)], true);
    let bobs = setup.order(&bob, &[("external", 1)]);

    let mut added = Vec::new();
    for (kind, interval) in [
        ("external", "1"),
        ("transaction", "5"),
        ("fullPageLoad", "10"),
        ("internal", "15"),
        ("rum", "60"),
    ] {
        let name = format!("{kind} check");
        let m = monitor_add(&sb, &s(order), kind, &name, "https://shop.example.com")
            .args(["--interval", interval])
            .json();
        assert_eq!(m["type"], kind);
        assert_eq!(m["orderId"], order);
        assert_eq!(m["interval"].to_string(), interval);
        assert_eq!(m["status"], "active");
        added.push(m["id"].as_i64().unwrap());
    }
    // No --interval: the platform's default.
    let m = monitor_add(
        &sb,
        &s(managed),
        "external",
        "managed",
        "https://x.example.com",
    )
    .json();
    assert_eq!(
        (m["interval"].as_i64(), m["managed"].as_bool()),
        (Some(5), Some(true))
    );
    let managed_id = m["id"].as_i64().unwrap();
    let bob_id = setup.monitor(bobs, MonitorType::External);

    // A full order refuses with the API's reason (R7), exit 1.
    let run = monitor_add(&sb, &s(order), "rum", "second", "shop.example.com").run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("slot"), "{}", run.stderr);
    // A bad type is a usage error naming the choices.
    let run = monitor_add(&sb, "1", "ping", "x", "y").run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("fullPageLoad"), "{}", run.stderr);

    // The reseller without --client lists every client's monitors.
    let all = ids(&sb.monitis().args(["monitor", "list"]).json(), "id");
    assert_eq!(all.len(), 7);
    assert!(all.contains(&bob_id));
    let anns = ids(
        &sb.monitis()
            .args(["--client", "ann@example.com", "monitor", "list"])
            .json(),
        "id",
    );
    assert_eq!(anns.len(), 6);
    assert!(!anns.contains(&bob_id));
    let list = |args: &[&str]| {
        ids(
            &sb.monitis().args(["monitor", "list"]).args(args).json(),
            "id",
        )
    };
    assert_eq!(list(&["--order", &s(order)]), added);
    assert_eq!(list(&["--type", "rum"]), vec![added[4]]);
    assert_eq!(list(&["--type", "external", "--managed"]), vec![managed_id]);
    assert_eq!(
        list(&["--type", "external", "--managed=false"]),
        vec![added[0], bob_id]
    );
    assert_eq!(list(&["--status", "active"]).len(), 7);
    assert!(list(&["--status", "suspended"]).is_empty());
    // Order suspended: its monitors follow (R9).
    setup.suspend_order(bobs);
    assert_eq!(list(&["--status", "suspended"]), vec![bob_id]);
    assert_eq!(
        sb.monitis()
            .args(["monitor", "list", "--order", "999999"])
            .run()
            .stdout,
        ""
    );

    let shown = sb.monitis().args(["monitor", "show", &s(added[4])]).json();
    assert_eq!(
        (shown["type"].as_str(), shown["pageviews"].as_i64()),
        (Some("rum"), Some(0))
    );
    assert_eq!(
        sb.monitis().args(["monitor", "show", "999999"]).run().code,
        1
    );

    // Tables at a fixed layout: no terminal, so no truncation; fields with no ids or dates.
    let table = sb
        .monitis()
        .args([
            "--client",
            "ann@example.com",
            "monitor",
            "list",
            "-o",
            "table",
            "--columns",
            "type,name,status,interval,managed",
        ])
        .ok()
        .stdout;
    insta::assert_snapshot!("monitor_list_table", table);

    // Delete asks first; without a terminal the answer is --yes.
    let run = sb
        .monitis()
        .args(["monitor", "delete", &s(added[0]), &s(added[1])])
        .run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    assert_eq!(list(&["--order", &s(order)]).len(), 5);
    sb.monitis()
        .args(["monitor", "delete", &s(added[0]), &s(added[1]), "--yes"])
        .ok();
    assert_eq!(list(&["--order", &s(order)]), added[2..].to_vec());
}

#[test]
fn single_move_is_idempotent_and_refusals_exit_1() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let bob = setup.client("bob@example.com");
    let from = setup.order(&ann, &[("external", 2)]);
    let to = setup.order(&ann, &[("external", 1)]);
    let inactive = setup.order(&ann, &[("external", 5)]);
    let bobs = setup.order(&bob, &[("external", 5)]);
    setup.suspend_order(inactive);
    let ms = setup.monitors(from, MonitorType::External, 2);

    let moved = move_one(&sb, &s(ms[0]), to).json();
    assert_eq!(moved["result"], "moved");
    assert_eq!(
        (moved["fromOrder"].as_i64(), moved["toOrder"].as_i64()),
        (Some(from), Some(to))
    );
    let again = move_one(&sb, &s(ms[0]), to).json();
    assert_eq!(again["result"], "unchanged");
    assert_eq!(setup.monitors_of(to).len(), 1);

    for (target, reason) in [
        (to, "no free external slot"),
        (
            inactive,
            "is suspended: only an active order takes monitors",
        ),
        (bobs, "another client"),
    ] {
        let run = move_one(&sb, &s(ms[1]), target).run();
        assert_eq!(run.code, 1, "{run:?}");
        assert!(run.stderr.contains(reason), "{reason}: {}", run.stderr);
    }
    let run = move_one(&sb, "999999", to).run();
    assert!(
        run.code == 1 && run.stderr.contains("no such monitor"),
        "{run:?}"
    );
    assert_eq!(setup.monitors_of(from).len(), 1);
    // An id and --bulk exclude each other; neither is a usage error too.
    for args in [
        &["monitor", "move", "1", "--bulk", "--to-order", "2"][..],
        &["monitor", "move", "--to-order", "2"][..],
        &["monitor", "move", "1", "--to-order", "2", "--file", "x"][..],
    ] {
        assert_eq!(sb.monitis().args(args).run().code, 2, "{args:?}");
    }
}

/// Monitors per order in the bulk tests: "a few thousand".
const BULK: usize = 2500;

/// A client with `BULK` external monitors in one order and an empty order with room.
fn bulk_platform(sb: &Sandbox) -> (Setup, i64, i64, Vec<i64>) {
    let setup = Setup::new(sb);
    let ann = setup.client("ann@example.com");
    let from = setup.order(&ann, &[("external", BULK as u64)]);
    let to = setup.order(&ann, &[("external", BULK as u64)]);
    let ms = setup.many(from, MonitorType::External, BULK);
    (setup, from, to, ms)
}

fn results(run: &Run) -> HashMap<i64, String> {
    run.json()
        .as_array()
        .expect("per-monitor results")
        .iter()
        .map(|r| {
            (
                r["monitorId"].as_i64().unwrap(),
                r["result"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn bulk_move_of_thousands_piped_from_monitor_list() {
    let sb = Sandbox::start();
    let (setup, from, to, ms) = bulk_platform(&sb);
    let listed = sb
        .monitis()
        .args(["monitor", "list", "--order", &s(from), "-o", "json"])
        .ok()
        .stdout;
    let run = bulk_move(&sb, to)
        .args([
            "--batch-size",
            "300",
            "--concurrency",
            "3",
            "-o",
            "json",
            "-vv",
        ])
        .stdin(listed.clone())
        .ok();
    // Moves in several requests are read back once at the end, by their target order.
    let read_back = |run: &Run| {
        let after = run.stderr.rsplit("action=BulkChangeMonitorOrder").next();
        after.is_some_and(|log| log.contains("action=monitors"))
    };
    assert!(read_back(&run), "{}", run.stderr);
    let got = results(&run);
    assert_eq!(got.len(), BULK);
    assert!(got.values().all(|r| r == "moved"), "{}", run.stdout);
    assert!(
        run.stderr
            .contains(&format!("moved {BULK}, unchanged 0, refused 0, failed 0")),
        "{}",
        run.stderr
    );
    // Read back: every monitor is in the target, none left behind.
    let now: BTreeSet<i64> = setup.monitors_of(to).iter().map(|m| m.id).collect();
    assert_eq!(now, ms.iter().copied().collect());
    assert!(setup.monitors_of(from).is_empty());

    // The same command again moves nothing twice.
    let run = bulk_move(&sb, to).args(["-o", "json"]).stdin(listed).ok();
    assert!(results(&run).values().all(|r| r == "unchanged"));

    // Back with ids one per line from a file, and NDJSON and TSV from stdin.
    let file = sb.dir.path().join("ids.txt");
    let lines: String = ms[..1000].iter().map(|id| format!("{id}\n")).collect();
    std::fs::write(&file, format!("# first thousand\n{lines}")).unwrap();
    // --file alone implies --bulk.
    let run = sb
        .monitis()
        .args([
            "monitor",
            "move",
            "--file",
            file.to_str().unwrap(),
            "--to-order",
            &s(from),
            "-vv",
        ])
        .ok();
    // One request answered in full leaves nothing to read back.
    assert_eq!(
        run.stderr.matches("action=BulkChangeMonitorOrder").count(),
        1
    );
    assert!(!read_back(&run), "{}", run.stderr);
    let ndjson = sb.monitis().args([
        "monitor",
        "list",
        "--order",
        &s(to),
        "-o",
        "ndjson",
        "--jq",
        ".[0:1000][]",
    ]);
    let ndjson = ndjson.ok().stdout;
    assert_eq!(ndjson.lines().count(), 1000);
    bulk_move(&sb, from)
        .args(["--file", "-"])
        .stdin(ndjson)
        .ok();
    let tsv = sb
        .monitis()
        .args(["monitor", "list", "--order", &s(to)])
        .ok()
        .stdout;
    assert_eq!(tsv.lines().count(), BULK - 2000);
    let run = bulk_move(&sb, from).stdin(tsv).ok();
    // Results as TSV without a header when piped: one line per monitor.
    assert_eq!(run.stdout.lines().count(), BULK - 2000);
    assert!(
        run.stdout.lines().all(|l| l.contains("\tmoved")),
        "{}",
        run.stdout
    );
    assert_eq!(setup.monitors_of(from).len(), BULK);

    // Input that holds no ids is a usage error, before anything is sent.
    let run = bulk_move(&sb, to).stdin("shop\n").run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("line 1"), "{}", run.stderr);
}

#[test]
fn an_empty_pipe_moves_nothing_and_succeeds() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let from = setup.order(&ann, &[("external", 2)]);
    let to = setup.order(&ann, &[("external", 2)]);
    let ms = setup.monitors(from, MonitorType::External, 2);
    let listed = |format: &[&str]| {
        sb.monitis()
            .args(["monitor", "list", "--order", &s(from)])
            .args(format)
            .ok()
            .stdout
    };
    // Its TSV, header and all, is a list of ids too.
    let with_header = listed(&["-o", "tsv"]);
    assert!(with_header.starts_with("id\t"), "{with_header}");
    let first = bulk_move(&sb, to)
        .args(["-o", "json"])
        .stdin(with_header)
        .ok();
    assert_eq!(results(&first).len(), ms.len());
    // Run again once the order is empty: its list is `[]` (JSON), nothing (TSV in a
    // pipe) or a header alone.
    assert_eq!(listed(&["-o", "json"]).trim(), "[]");
    for (input, format) in [
        (listed(&["-o", "json"]), &["-o", "json"][..]),
        (listed(&[]), &[][..]),
        (listed(&["-o", "tsv"]), &["-o", "json"][..]),
        (String::new(), &["-o", "json"][..]),
    ] {
        let run = bulk_move(&sb, to).args(format).stdin(input).run();
        assert_eq!(run.code, 0, "{run:?}");
        let empty = if format.is_empty() { "" } else { "[]" };
        assert_eq!(run.stdout.trim(), empty);
        assert!(
            run.stderr
                .contains("nothing to move: the input has no monitor ids"),
            "{}",
            run.stderr
        );
    }
    assert_eq!(setup.monitors_of(to).len(), ms.len());
}

#[test]
fn bulk_move_converges_under_faults_moving_each_monitor_once() {
    let sb = Sandbox::start();
    let (_, from, to, ms) = bulk_platform(&sb);
    // The data is set up; now three requests in ten fail, half of them after applying.
    let sb = sb.restart_with(&["--fault-rate", "0.3", "--fault-seed", "11"]);
    let setup = Setup::new(&sb);
    let listed = serde_json::to_string(
        &ms.iter()
            .map(|id| serde_json::json!({ "id": id }))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let mut moved: HashMap<i64, usize> = HashMap::new();
    let mut last = HashMap::new();
    let mut retried = false;
    for attempt in 1..=8 {
        let run = bulk_move(&sb, to)
            .args([
                "-v",
                "--batch-size",
                "50",
                "--concurrency",
                "8",
                "-o",
                "json",
            ])
            .stdin(listed.clone())
            .run();
        retried |= run.stderr.contains("retrying");
        if run.code == 1 {
            // A read failed even after retries: nothing was sent; run again.
            continue;
        }
        assert!(run.code == 0 || run.code == 3, "attempt {attempt}: {run:?}");
        last = results(&run);
        for (id, result) in &last {
            if result == "moved" {
                *moved.entry(*id).or_default() += 1;
            }
        }
        if run.code == 0 {
            break;
        }
    }
    assert!(retried, "the fault injection never hit a request");
    assert_eq!(last.len(), BULK);
    assert!(
        last.values().all(|r| r == "moved" || r == "unchanged"),
        "the last run did not finish: {last:?}"
    );
    // Every monitor reported moved exactly once over all runs; the platform agrees.
    assert_eq!(moved.len(), BULK);
    assert!(moved.values().all(|n| *n == 1));
    let now: BTreeSet<i64> = setup.monitors_of(to).iter().map(|m| m.id).collect();
    assert_eq!(now, ms.iter().copied().collect());
    assert!(setup.monitors_of(from).is_empty());
}

#[test]
fn a_bulk_move_killed_midway_is_finished_by_a_rerun() {
    let sb = Sandbox::start();
    let (_, from, to, ms) = bulk_platform(&sb);
    // Slow answers and one batch at a time, so the run is still going when it is killed.
    let sb = sb.restart_with(&["--latency", "40"]);
    let setup = Setup::new(&sb);
    let listed = sb
        .monitis()
        .args(["monitor", "list", "--order", &s(from), "-o", "json"])
        .ok()
        .stdout;
    let batch = 25;
    let mut first = bulk_move(&sb, to)
        .args(["--batch-size", &batch.to_string(), "--concurrency", "1"])
        .stdin(listed.clone())
        .spawn();
    // Wait until the platform shows the job under way (a condition, not a timer).
    while setup.monitors_of(to).is_empty() {
        assert!(
            first.try_wait().unwrap().is_none(),
            "the move finished before it could be interrupted"
        );
    }
    first.kill().unwrap();
    first.wait().unwrap();
    let before = setup.monitors_of(to).len();
    // At most the one batch in flight lands after the kill.
    assert!(
        before + batch < BULK,
        "{before} of {BULK} moved before the kill"
    );

    let run = bulk_move(&sb, to).args(["-o", "json"]).stdin(listed).ok();
    let got = results(&run);
    assert_eq!(got.len(), BULK);
    let moved = got.values().filter(|r| *r == "moved").count();
    let unchanged = got.values().filter(|r| *r == "unchanged").count();
    assert_eq!(moved + unchanged, BULK, "{}", run.stdout);
    assert!(
        unchanged >= before && moved > 0,
        "{moved} moved, {unchanged} unchanged"
    );
    let now: BTreeSet<i64> = setup.monitors_of(to).iter().map(|m| m.id).collect();
    assert_eq!(now, ms.iter().copied().collect());
    assert!(setup.monitors_of(from).is_empty());
}

#[test]
fn a_rerun_after_refusals_finishes_the_job() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let from = setup.order(&ann, &[("external", 10)]);
    let to = setup.order(&ann, &[("external", 6)]);
    let ms = setup.monitors(from, MonitorType::External, 6);
    let blockers = setup.monitors(to, MonitorType::External, 3);
    let input: String = ms.iter().map(|id| format!("{id}\n")).collect();
    let move_all = || {
        bulk_move(&sb, to)
            .args(["--batch-size", "2", "-o", "json"])
            .stdin(input.clone())
            .run()
    };

    // Three free slots: the first three move, the rest are refused before sending (exit 3).
    let run = move_all();
    assert_eq!(run.code, 3, "{run:?}");
    let reports = run.json();
    let by_result = |r: &str| -> Vec<i64> {
        reports
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["result"] == r)
            .map(|x| x["monitorId"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(by_result("moved"), ms[..3].to_vec());
    assert_eq!(by_result("refused"), ms[3..].to_vec());
    assert_eq!(
        reports[3]["reason"],
        format!("order {to} has no free external slot (6 ordered, 6 linked)")
    );
    assert_eq!(reports[3]["errorCode"], 9);

    // Room made: the same command finishes, and moves nothing twice.
    sb.monitis()
        .args(["monitor", "delete", "--yes"])
        .args(blockers.iter().map(|id| s(*id)))
        .ok();
    let run = move_all();
    assert_eq!(run.code, 0, "{run:?}");
    let got = results(&run);
    assert!(ms[..3].iter().all(|id| got[id] == "unchanged"));
    assert!(ms[3..].iter().all(|id| got[id] == "moved"));
    assert_eq!(setup.monitors_of(to).len(), 6);
}

#[test]
fn bulk_precheck_reports_each_refused_monitor_with_its_reason() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let bob = setup.client("bob@example.com");
    let from = setup.order(
        &ann,
        &[("external", 2), ("rum", 3), ("rumPageviews", 10_000)],
    );
    let to = setup.order(&ann, &[("external", 5), ("rum", 5), ("rumPageviews", 1000)]);
    let bobs = setup.order(&bob, &[("external", 1)]);
    let ext = setup.monitor(from, MonitorType::External);
    let rum = setup.rum(from, &[600, 500, 300]);
    let resident = setup.rum(to, &[100])[0];
    let other = setup.monitor(bobs, MonitorType::External);
    let input = [ext, rum[0], rum[1], rum[2], resident, other, 999_999]
        .map(|id| id.to_string())
        .join("\n");

    let run = bulk_move(&sb, to)
        .args(["-o", "json"])
        .stdin(input.clone())
        .run();
    assert_eq!(run.code, 3, "{run:?}");
    let got: Vec<(i64, String, Value)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["monitorId"].as_i64().unwrap(),
                r["result"].as_str().unwrap().to_string(),
                r["reason"].clone(),
            )
        })
        .collect();
    let reason = |text: &str| Value::String(text.to_string());
    assert_eq!(
        got,
        vec![
            (ext, "moved".into(), Value::Null),
            (rum[0], "moved".into(), Value::Null),
            (
                rum[1],
                "refused".into(),
                reason(&format!(
                    "would put order {to} over its pageview quota: 1200 of 1000 (R6 would suspend its RUM monitors); --allow-overflow moves it anyway"
                ))
            ),
            (rum[2], "moved".into(), Value::Null),
            (resident, "unchanged".into(), Value::Null),
            (
                other,
                "refused".into(),
                reason(&format!(
                    "monitor {other} belongs to another client than order {to}"
                ))
            ),
            (999_999, "refused".into(), reason("no such monitor: 999999")),
        ]
    );
    // 100 + 600 + 300 = 1000: at the quota, nothing is suspended (R6).
    let usage = setup.usage(to);
    assert_eq!((usage.used, usage.suspended_monitors), (1000, 0));

    // Table output of the results at a fixed layout.
    let table = bulk_move(&sb, to)
        .args(["-o", "table", "--columns", "result,reason"])
        .stdin(input.clone())
        .run();
    assert_eq!(table.code, 3);
    let table = table
        .stdout
        .replace(&format!("order {to}"), "order TO")
        .replace(&format!("monitor {other}"), "monitor OTHER");
    insta::assert_snapshot!("bulk_move_results_table", table);

    // --allow-overflow moves the big one; R6 then suspends every RUM monitor of the target.
    let run = bulk_move(&sb, to)
        .args(["--allow-overflow", "-o", "json"])
        .stdin(rum[1].to_string())
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("will count 1500 of 1000 pageviews"),
        "{}",
        run.stderr
    );
    let usage = setup.usage(to);
    assert_eq!(
        (usage.used, usage.rum_monitors, usage.suspended_monitors),
        (1500, 4, 4)
    );
    assert!(
        setup
            .monitors_of(to)
            .iter()
            .filter(|m| m.kind == MonitorType::Rum)
            .all(|m| m.status == Status::Suspended)
    );
}

#[test]
fn a_columns_name_that_matches_no_field_is_a_usage_error_before_anything_is_sent() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let from = setup.order(&ann, &[("external", 2)]);
    let to = setup.order(&ann, &[("external", 2)]);
    let ms = setup.monitors(from, MonitorType::External, 2);
    let input: String = ms.iter().map(|id| format!("{id}\n")).collect();
    let run = bulk_move(&sb, to)
        .args(["-o", "csv", "--columns", "monitorId,resutl"])
        .stdin(input.clone())
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains(
            "no field resutl in `monitis monitor move`; its fields: errorCode, fromOrder, monitorId, reason, result, toOrder"
        ),
        "{}",
        run.stderr
    );
    assert!(
        setup.monitors_of(from).len() == 2,
        "nothing was moved: {:?}",
        setup.monitors_of(to)
    );
    // Field names, a default column's header, and a dotted path into a field are known.
    let run = bulk_move(&sb, to)
        .args(["-o", "csv", "--columns", "monitorId,RESULT"])
        .stdin(input)
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.starts_with("monitorId,result\n"),
        "{}",
        run.stdout
    );
    let run = sb
        .monitis()
        .args([
            "client",
            "list",
            "-o",
            "csv",
            "--columns",
            "email,plan.roleName,nope",
        ])
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("no field nope in `monitis client list`; its fields: id, account,"),
        "{}",
        run.stderr
    );
}

#[test]
fn each_list_commands_help_names_its_fields() {
    let sb = Sandbox::start();
    for (command, fields) in [
        (
            &["client", "list"][..],
            "id, account, firstName, lastName, apikey, status",
        ),
        (
            &["client", "import"],
            "line, account, firstName, lastName, result, id, apikey, error, reason",
        ),
        (&["order", "list"], "id, clientId, name, managed, status"),
        (&["service", "list"], "code, name"),
        (
            &["monitor", "list"],
            "clientId, id, interval, managed, managedBy, name, orderId, pageviews, status, suspendedReason, type, url",
        ),
        (
            &["monitor", "move"],
            "errorCode, fromOrder, monitorId, reason, result, toOrder",
        ),
        (
            &["rum", "usage"],
            "orderId, clientId, orderName, managed, status, cycleStart, ordered, used, remaining, rumMonitors, suspendedMonitors, monitorSlots, forecast, exceedsOn",
        ),
    ] {
        let help = sb.cli().args(command).args(["--help"]).ok().stdout;
        // Help wraps at the terminal's width; the names are what matters.
        let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Fields (for --columns, --json, -o json): ") && flat.contains(fields),
            "{command:?}: {help}"
        );
    }
}

#[tokio::test]
async fn streamed_lists_print_what_the_whole_list_prints() {
    let sb = Sandbox::demo();
    let api = sb.api(monitis::api::AuthMode::Checksum);
    for (filter, args) in [
        (monitis::api::MonitorFilter::default(), vec![]),
        (
            monitis::api::MonitorFilter {
                kind: Some(MonitorType::Rum),
                ..Default::default()
            },
            vec!["--type", "rum"],
        ),
        (
            monitis::api::MonitorFilter {
                status: Some(Status::Suspended),
                ..Default::default()
            },
            vec!["--status", "suspended"],
        ),
    ] {
        // What the buffered output prints: the API's monitors as JSON values.
        let monitors: Vec<Value> = api
            .monitors(&filter)
            .await
            .unwrap()
            .iter()
            .map(|m| serde_json::to_value(m).unwrap())
            .collect();
        let pretty = serde_json::to_string_pretty(&Value::Array(monitors.clone())).unwrap() + "\n";
        let lines: String = monitors.iter().map(|m| format!("{m}\n")).collect();
        for (format, expected) in [("json", pretty), ("ndjson", lines)] {
            let run = sb
                .monitis()
                .args(["monitor", "list", "-o", format])
                .args(&args)
                .ok();
            assert_eq!(run.stdout, expected, "{format} {args:?}");
        }
    }
}

/// `+3` and `03` are not ids, wherever the command line takes one: an argument, an
/// option, a client named by id, a line of bulk input. Usage error (exit 2), nothing sent.
#[test]
fn ids_with_a_sign_or_leading_zeros_are_usage_errors() {
    let sb = Sandbox::demo();
    for args in [
        &["monitor", "show", "+3"][..],
        &["monitor", "delete", "3", "04", "--yes"],
        &["monitor", "move", "5", "--to-order", "+2"],
        &["monitor", "list", "--order", "01"],
        &["order", "show", "01"],
        &["client", "show", "01"],
        &["plan", "show", "--client", "+1"],
        &["sandbox", "pageviews", "+3", "10"],
    ] {
        let run = sb.monitis().args(args).run();
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(
            run.stderr
                .contains("digits without a sign or leading zeros"),
            "{args:?}: {run:?}"
        );
    }
    let run = sb
        .monitis()
        .args(["monitor", "move", "--bulk", "--to-order", "2"])
        .stdin("5\n+4\n")
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("stdin line 2: \"+4\""), "{run:?}");
    // Nothing moved, nothing deleted.
    let m = sb.monitis().args(["monitor", "show", "5"]).json();
    assert_eq!(m["orderId"], 1);
    assert_eq!(sb.monitis().args(["monitor", "show", "4"]).json()["id"], 4);
}
