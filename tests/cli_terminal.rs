//! What people at a terminal see, end to end against a real sandbox server: tables that
//! fit the width without cutting a number, summaries where the eye ends, and the small
//! courtesies of a command line (aliases, positional clients, confirmations).

mod common;
mod rum_setup;

use common::cli::*;
use rum_setup::Setup;

/// A platform whose RUM forecasts do not depend on today's date: one order far over its
/// quota (1,000,000 of 100,000), the others not used yet; and a monitor with a long name.
struct Platform {
    sb: Sandbox,
    over: i64,
    room: i64,
}

fn platform() -> Platform {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let ann = setup.client("ann@example.com");
    let bob = setup.client("bob@example.com");
    let over = setup.order(
        &ann,
        &[("rum", 3), ("rumPageviews", 100_000), ("external", 2)],
    );
    let room = setup.order(&ann, &[("rum", 5), ("rumPageviews", 1_000_000)]);
    let _bob = setup.order(&bob, &[("rum", 1), ("rumPageviews", 100_000)]);
    setup.rum(over, &[600_000, 400_000]);
    let long = sb
        .monitis()
        .args([
            "monitor",
            "add",
            "--order",
            &over.to_string(),
            "--type",
            "external",
        ])
        .args(["--name", "Checkout page of the main shop in Europe"])
        .args(["--url", "https://shop.example.com/checkout", "-o", "json"])
        .ok();
    assert!(long.stdout.contains("Checkout"), "{}", long.stdout);
    Platform { sb, over, room }
}

/// A table at `width` columns: stdout, then what stderr said about it.
fn at_width(sb: &Sandbox, width: usize, args: &[&str]) -> String {
    let run = sb
        .monitis()
        .env("COLUMNS", width.to_string())
        .args(args)
        .args(["-o", "table"])
        .ok();
    for line in run.stdout.lines() {
        assert!(
            line.chars().count() <= width,
            "a line wider than {width}: {line:?}\n{}",
            run.stdout
        );
    }
    format!("{}--- stderr ---\n{}", run.stdout, run.stderr)
}

#[test]
fn tables_fit_60_80_and_120_columns_without_cutting_a_number() {
    let p = platform();
    for width in [60, 80, 120] {
        let usage = at_width(&p.sb, width, &["rum", "usage", "--all-clients"]);
        // Both quotas whole, never `100…`.
        assert!(
            usage.contains("100000") && usage.contains("1000000"),
            "{usage}"
        );
        insta::assert_snapshot!(format!("rum_usage_{width}"), usage);

        let plan = at_width(
            &p.sb,
            width,
            &["--client", "ann@example.com", "rum", "rebalance"],
        );
        assert!(plan.contains(&format!("{}", p.room)), "{plan}");
        insta::assert_snapshot!(format!("rum_rebalance_{width}"), plan);

        let monitors = at_width(&p.sb, width, &["monitor", "list"]);
        insta::assert_snapshot!(format!("monitor_list_{width}"), monitors);
    }
}

#[test]
fn long_outputs_end_with_their_summary() {
    let p = platform();
    let dir = p.sb.dir.path();
    // Every monitor of the order over quota: a table of results, then the counts.
    let ids =
        p.sb.monitis()
            .args([
                "monitor",
                "list",
                "--order",
                &p.over.to_string(),
                "--type",
                "rum",
            ])
            .ok()
            .stdout;
    let (code, text) =
        p.sb.monitis()
            .args([
                "monitor",
                "move",
                "--bulk",
                "--to-order",
                &p.room.to_string(),
                "-o",
                "table",
            ])
            .stdin(ids)
            .interleaved(dir);
    assert_eq!(code, 0, "{text}");
    let last = text.lines().last().unwrap_or_default();
    assert_eq!(last, "moved 2, unchanged 0, refused 0, failed 0", "{text}");
    assert!(
        text.starts_with("MONITOR ID"),
        "the table comes first: {text}"
    );
}

#[test]
fn plan_show_marks_the_order_over_its_pageview_quota() {
    let p = platform();
    let shown = at_width(&p.sb, 80, &["--client", "ann@example.com", "plan", "show"]);
    let over = format!(
        "Order {} \"test order\": monthly -- OVER ITS PAGEVIEW QUOTA",
        p.over
    );
    assert!(shown.contains(&over), "{shown}");
    assert!(
        shown.contains(&format!("Order {} \"test order\": monthly\n", p.room)),
        "the order with room is not marked: {shown}"
    );
    // The totals have room (600000 of 1100000), and still say which order is over.
    assert!(
        shown.contains(&format!("Over its pageview quota: order {} (2 RUM", p.over)),
        "{shown}"
    );
    insta::assert_snapshot!("plan_show_over_quota", shown);
}
