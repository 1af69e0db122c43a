//! `monitis order ...` and `monitis service ...` end to end against a real sandbox
//! server: every flag of `order add`, the checks made before sending, the order
//! lifetime (R9), the catalog and one-time services.

mod common;
mod onboarding;

use common::cli::*;
use onboarding::{as_client, assert_refused_to_client, client, order};
use serde_json::{Value, json};

fn orders(sb: &Sandbox, extra: &[&str]) -> Vec<i64> {
    sb.monitis()
        .args(["order", "list"])
        .args(extra)
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .collect()
}

/// `monitis order add --client <client>` as the reseller; the services and flags follow.
fn order_add(sb: &Sandbox, client: &str) -> Cli {
    sb.monitis().args(["order", "add", "--client", client])
}

#[test]
fn order_add_with_every_flag() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    let o = order_add(&sb, "ann@example.com")
        .args([
            "--service",
            "external=10",
            "--service",
            "rum=2,rumPageviews=50000",
        ])
        .args(["--name", "Shop", "--managed", "--billing-cycle", "yearly"])
        .args(["--start-date", "2030-01-01", "--end-date", "2030-12-31"])
        .args(["--grace-days", "45"])
        .json();
    assert_eq!(o["name"], "Shop");
    assert_eq!(o["managed"], true);
    assert_eq!(o["billingCycle"], "yearly");
    assert_eq!(o["startDate"], "2030-01-01");
    assert_eq!(o["endDate"], "2030-12-31");
    assert_eq!(o["gracePeriod"], 45);
    assert_eq!(o["status"], "active");
    assert_eq!(
        o["items"],
        json!([{"code": "external", "quantity": 10}, {"code": "rum", "quantity": 2}, {"code": "rumPageviews", "quantity": 50000}])
    );
    // The defaults, and the client named by id.
    let id = sb
        .monitis()
        .args(["client", "show", "ann@example.com"])
        .json()["id"]
        .to_string();
    let plain = order_add(&sb, &id)
        .args(["--service", "sms=100", "--billing-cycle", "monthly"])
        .json();
    assert_eq!(
        (plain["managed"].as_bool(), plain["billingCycle"].as_str()),
        (Some(false), Some("monthly"))
    );
    assert_eq!(
        (plain["endDate"].clone(), plain["gracePeriod"].clone()),
        (Value::Null, json!(0))
    );
    // An end date already past its grace period: created, but suspended at once (R9).
    let past = order_add(&sb, "ann@example.com")
        .args(["--service", "external=1"])
        .args([
            "--start-date",
            "2020-01-01",
            "--end-date",
            "2020-02-01",
            "-o",
            "json",
        ])
        .run();
    assert_eq!(past.code, 0, "{past:?}");
    assert_eq!(past.json()["suspendedBy"], "endDate");
    assert!(past.stderr.contains("created suspended"), "{}", past.stderr);
}

#[test]
fn order_add_checks_its_input_before_sending() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    let add = |args: &[&str]| order_add(&sb, "ann@example.com").args(args).run();
    for (args, says) in [
        (
            &[
                "--service",
                "external=1",
                "--end-date",
                "2030-01-01",
                "--grace-days",
                "46",
            ][..],
            "0..=45",
        ),
        (
            &["--service", "external=1", "--grace-days", "5"][..],
            "--end-date",
        ),
        (&["--service", "external"][..], "CODE=QTY"),
        (&["--service", "external=many"][..], "whole number"),
        (&["--service", "=5"][..], "no service code"),
        (&["--service", "rum=1,rum=2"][..], "given twice"),
        (
            &["--service", "external=1", "--end-date", "31/12/2030"][..],
            "YYYY-MM-DD",
        ),
        (
            &[
                "--service",
                "external=1",
                "--start-date",
                "2030-02-01",
                "--end-date",
                "2030-01-01",
            ][..],
            "before",
        ),
        (
            &["--service", "external=1", "--billing-cycle", "weekly"][..],
            "weekly",
        ),
        (&[][..], "--service"),
    ] {
        let run = add(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
    }
    let no_client = sb
        .monitis()
        .args(["order", "add", "--service", "external=1"])
        .run();
    assert_eq!(no_client.code, 2);
    assert!(no_client.stderr.contains("needs --client"));
    assert!(orders(&sb, &[]).is_empty(), "nothing was sent");
    // What only the API knows comes back with its reason.
    let unknown = add(&["--service", "gold=1"]);
    assert_eq!(unknown.code, 1);
    assert!(
        unknown.stderr.contains("no such service: gold"),
        "{}",
        unknown.stderr
    );
    let one_time = add(&["--service", "loadTester=1"]);
    assert_eq!(one_time.code, 1);
    assert!(
        one_time.stderr.contains("buyService"),
        "{}",
        one_time.stderr
    );
}

#[test]
fn order_list_show_suspend_activate_delete() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    client(&sb, "bob@example.com");
    let a = order(&sb, "ann@example.com", "external=1");
    let b = order(&sb, "bob@example.com", "external=2");
    assert_eq!(orders(&sb, &[]), [a, b]);
    assert_eq!(orders(&sb, &["--client", "bob@example.com"]), [b]);

    let shown = sb.monitis().args(["order", "show", &a.to_string()]).json();
    assert_eq!(
        shown["clientId"],
        sb.monitis()
            .args(["client", "show", "ann@example.com"])
            .json()["id"]
    );
    let missing = sb.monitis().args(["order", "show", "999"]).run();
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("no such order"),
        "{}",
        missing.stderr
    );
    // An order of another client is not found when acting for one client.
    let other = sb
        .monitis()
        .args([
            "order",
            "show",
            &b.to_string(),
            "--client",
            "ann@example.com",
        ])
        .run();
    assert_eq!(other.code, 1);

    let suspended = sb
        .monitis()
        .args(["order", "suspend", &a.to_string()])
        .json();
    assert_eq!(
        (
            suspended["status"].as_str(),
            suspended["suspendedBy"].as_str()
        ),
        (Some("suspended"), Some("reseller"))
    );
    assert_eq!(orders(&sb, &["--status", "suspended"]), [a]);
    assert_eq!(orders(&sb, &["--status", "active"]), [b]);
    let activated = sb
        .monitis()
        .args(["order", "activate", &a.to_string()])
        .json();
    assert_eq!(activated["status"], "active");

    let asked = sb.monitis().args(["order", "delete", &a.to_string()]).run();
    assert_eq!(asked.code, 2);
    assert!(asked.stderr.contains("--yes"));
    assert_eq!(orders(&sb, &["--status", "active"]), [a, b]);
    let deleted = sb
        .monitis()
        .args(["order", "delete", &a.to_string(), "--yes"])
        .json();
    assert_eq!(deleted["status"], "deleted");
    assert_eq!(orders(&sb, &[]), [b], "deleted orders are left out");
    assert_eq!(orders(&sb, &["--status", "deleted"]), [a]);
    let again = sb
        .monitis()
        .args(["order", "activate", &a.to_string()])
        .run();
    assert_eq!(again.code, 1, "a deleted order stays deleted");
}

#[test]
fn order_tables_snapshot() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    let id = order_add(&sb, "ann@example.com")
        .args(["--service", "external=5,sms=100"])
        .args([
            "--name",
            "Starter",
            "--start-date",
            "2030-01-01",
            "--end-date",
            "2030-06-30",
            "--grace-days",
            "10",
        ])
        .json()["id"]
        .to_string();
    order(&sb, "ann@example.com", "rum=1,rumPageviews=1000");
    let show = sb
        .monitis()
        .args(["order", "show", &id, "-o", "table"])
        .ok();
    insta::assert_snapshot!("order_show", show.stdout);
    let list = sb
        .monitis()
        .args([
            "order",
            "list",
            "-o",
            "table",
            "--columns",
            "id,clientId,name,status,managed,endDate",
        ])
        .ok();
    insta::assert_snapshot!("order_list", list.stdout);
}

#[test]
fn service_list_and_buy() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    let catalog = sb.monitis().args(["service", "list"]).json();
    let kind = |code: &str| {
        catalog
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["code"] == code)
            .map(|s| s["kind"].clone())
    };
    for code in [
        "external",
        "transaction",
        "fullPageLoad",
        "internal",
        "rum",
        "rumPageviews",
        "sms",
    ] {
        assert_eq!(kind(code), Some(json!("package")), "{code}");
    }
    for code in [
        "loadTester",
        "vulnerabilityScan",
        "traceroute",
        "additionalSms",
    ] {
        assert_eq!(kind(code), Some(json!("oneTime")), "{code}");
    }
    let table = sb.monitis().args(["service", "list", "-o", "table"]).ok();
    insta::assert_snapshot!("service_list", table.stdout);

    let bought = sb
        .monitis()
        .args([
            "service",
            "buy",
            "--client",
            "ann@example.com",
            "loadTester=5",
        ])
        .json();
    assert_eq!(
        (
            bought["code"].as_str(),
            bought["quantity"].as_u64(),
            bought["used"].as_u64()
        ),
        (Some("loadTester"), Some(5), Some(0))
    );
    let package = sb
        .monitis()
        .args(["service", "buy", "--client", "ann@example.com", "rum=1"])
        .run();
    assert_eq!(package.code, 1);
    assert!(package.stderr.contains("addOrder"), "{}", package.stderr);
    for (args, code) in [
        (&["service", "buy", "loadTester=1"][..], 2),
        (
            &[
                "service",
                "buy",
                "--client",
                "ann@example.com",
                "loadTester=0",
            ][..],
            2,
        ),
        (
            &[
                "service",
                "buy",
                "--client",
                "ann@example.com",
                "loadTester",
            ][..],
            2,
        ),
    ] {
        assert_eq!(sb.monitis().args(args).run().code, code, "{args:?}");
    }
}

#[test]
fn a_client_reads_its_orders_but_may_not_change_them() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    client(&sb, "bob@example.com");
    let a = order(&sb, "ann@example.com", "external=1");
    order(&sb, "bob@example.com", "external=1");
    let mine = as_client(&sb, "ann@example.com")
        .args(["order", "list"])
        .json();
    assert_eq!(mine.as_array().unwrap().len(), 1, "only its own orders");
    as_client(&sb, "ann@example.com")
        .args(["order", "show", &a.to_string()])
        .ok();
    as_client(&sb, "ann@example.com")
        .args(["service", "list"])
        .ok();
    for args in [
        &["order", "add", "--service", "external=1"][..],
        &["order", "suspend", &a.to_string()][..],
        &["order", "delete", &a.to_string(), "--yes"][..],
        &["service", "buy", "loadTester=1"][..],
    ] {
        let run = as_client(&sb, "ann@example.com").args(args).run();
        assert_refused_to_client(&run, args);
    }
}
