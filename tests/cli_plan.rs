//! `monitis plan show` end to end against a real sandbox server: the plan of R5 is the
//! sum over active orders (suspended ones left out), each order on its own, and the
//! services across all packages; as a client, one's own plan.

mod common;
mod onboarding;

use std::collections::BTreeMap;

use common::cli::*;
use onboarding::{as_client, client, monitor, order_with, pageviews};
use serde_json::Value;

/// `code → (quantity, used)` of a list of plan totals.
fn totals(list: &Value) -> BTreeMap<String, (u64, u64)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let n = |k: &str| t[k].as_u64().unwrap();
            (
                t["code"].as_str().unwrap().to_string(),
                (n("quantity"), n("used")),
            )
        })
        .collect()
}

/// The reseller's client with three orders (one suspended), monitors and purchases.
fn setup(sb: &Sandbox) -> (i64, i64, i64) {
    client(sb, "ann@example.com");
    let a = order_with(
        sb,
        "ann@example.com",
        "external=5,rum=2,rumPageviews=1000",
        &["--name", "Starter"],
    );
    let b = order_with(
        sb,
        "ann@example.com",
        "external=3,sms=10",
        &[
            "--name",
            "Extra",
            "--managed",
            "--end-date",
            "2099-12-31",
            "--grace-days",
            "7",
        ],
    );
    let c = order_with(
        sb,
        "ann@example.com",
        "external=100,transaction=4",
        &["--name", "Old"],
    );
    monitor(sb, a, "external");
    monitor(sb, b, "external");
    let rum = monitor(sb, a, "rum");
    pageviews(sb, rum, 400);
    monitor(sb, c, "external");
    sb.monitis().args(["order", "suspend", &c.to_string()]).ok();
    for item in ["loadTester=5", "loadTester=2", "traceroute=1"] {
        sb.monitis()
            .args(["service", "buy", "--client", "ann@example.com", item])
            .ok();
    }
    (a, b, c)
}

#[test]
fn totals_are_the_sum_over_active_orders_and_leave_out_suspended_ones() {
    let sb = Sandbox::start();
    let (a, b, c) = setup(&sb);
    let plan = sb
        .monitis()
        .args(["plan", "show", "--client", "ann@example.com"])
        .json();

    // The expected totals, summed here from the active orders as `order list` shows them.
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    let active = sb
        .monitis()
        .args([
            "order",
            "list",
            "--client",
            "ann@example.com",
            "--status",
            "active",
        ])
        .json();
    for o in active.as_array().unwrap() {
        for item in o["items"].as_array().unwrap() {
            *expected
                .entry(item["code"].as_str().unwrap().into())
                .or_default() += item["quantity"].as_u64().unwrap();
        }
    }
    let got = totals(&plan["totals"]);
    let quantities: BTreeMap<String, u64> = got.iter().map(|(k, v)| (k.clone(), v.0)).collect();
    assert_eq!(quantities, expected);
    assert_eq!(
        got["external"],
        (8, 2),
        "the suspended order's 100 and its monitor are left out"
    );
    assert!(
        !got.contains_key("transaction"),
        "only in the suspended order"
    );
    assert_eq!(got["rumPageviews"], (1000, 400));
    assert_eq!(got["rum"], (2, 1));

    let ids: Vec<i64> = plan["orders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [a, b]);
    assert!(!ids.contains(&c));
    let across = totals(&plan["servicesAcrossAllPackages"]);
    assert_eq!(across["loadTester"], (7, 0));
    assert_eq!(across["traceroute"], (1, 0));
    let inactive = plan["inactiveFeatures"].as_array().unwrap();
    assert!(
        inactive.contains(&Value::from("transaction")),
        "{inactive:?}"
    );
    assert!(!inactive.contains(&Value::from("external")));

    // Activating the order brings its quantities back.
    sb.monitis()
        .args(["order", "activate", &c.to_string()])
        .ok();
    let plan = sb
        .monitis()
        .args(["plan", "show", "--client", "ann@example.com"])
        .json();
    assert_eq!(totals(&plan["totals"])["external"], (108, 3));
}

#[test]
fn the_json_has_stable_camel_case_names() {
    let sb = Sandbox::start();
    setup(&sb);
    let plan = sb
        .monitis()
        .args(["plan", "show", "--client", "ann@example.com"])
        .json();
    let keys: Vec<&String> = plan.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "basketItems",
            "inactiveFeatures",
            "orders",
            "roleName",
            "servicesAcrossAllPackages",
            "totals"
        ]
    );
    assert_eq!(
        plan["totals"][0]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["code", "name", "quantity", "used"]
    );
}

#[test]
fn as_a_client_one_sees_ones_own_plan_and_a_reseller_must_name_the_client() {
    let sb = Sandbox::start();
    setup(&sb);
    let by_reseller = sb
        .monitis()
        .args(["plan", "show", "--client", "ann@example.com"])
        .json();
    let own = as_client(&sb, "ann@example.com")
        .args(["plan", "show"])
        .json();
    assert_eq!(own, by_reseller);
    let unnamed = sb.monitis().args(["plan", "show"]).run();
    assert_eq!(unnamed.code, 2);
    assert!(unnamed.stderr.contains("--client"), "{}", unnamed.stderr);
    let unknown = sb
        .monitis()
        .args(["plan", "show", "--client", "nobody@example.com"])
        .run();
    assert_eq!(unknown.code, 1);
}

#[test]
fn plan_table_snapshot() {
    let sb = Sandbox::start();
    setup(&sb);
    let table = sb
        .monitis()
        .args(["plan", "show", "--client", "ann@example.com", "-o", "table"])
        .ok();
    insta::assert_snapshot!("plan_show", table.stdout);
    // CSV carries every section, as blocks a script can split.
    let csv = sb
        .monitis()
        .args(["plan", "show", "--client", "ann@example.com", "-o", "csv"])
        .ok();
    insta::assert_snapshot!("plan_show_csv", csv.stdout);
    // Into a pipe (TSV, no header) nothing a person sees is dropped: each order's block
    // is there, under its heading, with its rows.
    let piped = sb.monitis().args(["plan", "show", "ann@example.com"]).ok();
    let blocks: Vec<&str> = piped.stdout.split("\n\n").collect();
    let plan = sb
        .monitis()
        .args(["plan", "show", "ann@example.com"])
        .json();
    let orders = plan["orders"].as_array().unwrap();
    assert_eq!(blocks.len(), orders.len() + 2, "{}", piped.stdout);
    assert!(blocks[0].starts_with("# Plan of ann@example.com"));
    let last = blocks[blocks.len() - 1];
    assert!(
        last.starts_with("# Services Across All Packages\n"),
        "{last}"
    );
    assert!(last.contains("\n# Inactive (not in the plan): "), "{last}");
    for (order, block) in orders.iter().zip(&blocks[1..]) {
        assert!(
            block.starts_with(&format!("# Order {} \"", order["id"])),
            "{block}"
        );
        let rows: Vec<&str> = block.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            rows.len(),
            order["items"].as_array().unwrap().len(),
            "{block}"
        );
        assert!(rows.iter().all(|r| r.split('\t').count() == 4), "{block}");
    }
}
