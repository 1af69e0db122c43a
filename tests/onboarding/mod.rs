//! Setting up clients, orders and monitors through the CLI for the client, order, plan
//! and reseller tests.

#![allow(dead_code)] // each test binary uses its own part

use serde_json::Value;

use crate::common::cli::{Run, Sandbox};

/// The password every test client gets; tests check it never shows in any output.
pub fn password(email: &str) -> String {
    format!("pw-{email}-Secret!")
}

/// `client add` for `email` (first name from the email, last name "Test"): the JSON.
pub fn client(sb: &Sandbox, email: &str) -> Value {
    let first = email.split('@').next().unwrap();
    sb.monitis()
        .args(["client", "add", "--email", email, "--first-name", first])
        .args(["--last-name", "Test", "--password-stdin"])
        .stdin(format!("{}\n", password(email)))
        .json()
}

/// `order add --client C --service code=qty ...`: the new order's id.
pub fn order(sb: &Sandbox, client: &str, services: &str) -> i64 {
    order_with(sb, client, services, &[])
}

pub fn order_with(sb: &Sandbox, client: &str, services: &str, extra: &[&str]) -> i64 {
    sb.monitis()
        .args(["order", "add", "--client", client, "--service", services])
        .args(extra)
        .json()["id"]
        .as_i64()
        .unwrap()
}

/// The emails of the reseller's clients, sorted.
pub fn emails(sb: &Sandbox) -> Vec<String> {
    let mut emails: Vec<String> = sb
        .monitis()
        .args(["client", "list"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["account"].as_str().unwrap().to_string())
        .collect();
    emails.sort();
    emails
}

/// The CLI as a test client, with its own keys.
pub fn as_client(sb: &Sandbox, email: &str) -> crate::common::cli::Cli {
    let (apikey, secret) = sb.login(email, &password(email)).expect("client login");
    sb.as_account(&apikey, &secret)
}

/// The sandbox's billing switch (R8), `monitis sandbox billing`: unpaid suspends every
/// client's orders.
pub fn set_paid(sb: &Sandbox, paid: bool) {
    let standing = if paid { "paid" } else { "unpaid" };
    sb.monitis().args(["sandbox", "billing", standing]).ok();
}

/// `monitis sandbox pageviews`: counts `count` more pageviews for a RUM monitor, as if
/// visitors came (R6).
pub fn pageviews(sb: &Sandbox, monitor: i64, count: u64) {
    sb.monitis()
        .args([
            "sandbox",
            "pageviews",
            &monitor.to_string(),
            &count.to_string(),
        ])
        .ok();
}

/// `monitor add`: the new monitor's id.
pub fn monitor(sb: &Sandbox, order: i64, kind: &str) -> i64 {
    sb.monitis()
        .args([
            "monitor",
            "add",
            "--order",
            &order.to_string(),
            "--type",
            kind,
        ])
        .args([
            "--name",
            &format!("{kind} check"),
            "--url",
            "https://shop.example.com",
        ])
        .json()["id"]
        .as_i64()
        .unwrap()
}

/// Checks that `run` (of `args`, as a client) was refused as a reseller-only action.
pub fn assert_refused_to_client(run: &Run, args: &[&str]) {
    assert_eq!(run.code, 1, "{args:?}: {run:?}");
    assert!(
        run.stderr.contains("not allowed for a client account"),
        "{args:?}: {}",
        run.stderr
    );
}
