//! `monitis reseller ...` end to end against a real sandbox server: the account and its
//! billing standing, branding and what it changes on client dashboards (R4), and
//! extending all clients after payment (R8).

mod common;
mod onboarding;

use common::cli::*;
use onboarding::{as_client, assert_refused_to_client, client, order, set_paid};
use serde_json::{Value, json};

/// `monitis reseller branding set <args...>` as the reseller.
fn branding_set(sb: &Sandbox, args: &[&str]) -> Cli {
    sb.monitis()
        .args(["reseller", "branding", "set"])
        .args(args)
}

#[test]
fn show_tells_the_billing_standing_and_branding() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    let info = sb.monitis().args(["reseller", "show"]).json();
    assert_eq!(info["paid"], true);
    assert_eq!(info["clients"], 1);
    assert_eq!(info["branding"]["logoUrl"], Value::Null);
    let table = sb.monitis().args(["reseller", "show", "-o", "table"]).ok();
    insta::assert_snapshot!("reseller_show_paid", table.stdout);

    set_paid(&sb, false);
    assert_eq!(
        sb.monitis().args(["reseller", "show"]).json()["paid"],
        false
    );
    let table = sb.monitis().args(["reseller", "show", "-o", "table"]).ok();
    assert!(
        table.stdout.contains("UNPAID") && table.stdout.contains("extend-all"),
        "{}",
        table.stdout
    );
}

#[test]
fn branding_set_show_and_clear() {
    let sb = Sandbox::start();
    let set = branding_set(&sb, &["--logo-url", "https://cdn.example.com/logo.png"])
        .args([
            "--support-email",
            "help@example.com",
            "--support-phone",
            "+1 555 0100",
        ])
        .args(["--support-url", "https://help.example.com"])
        .json();
    let all = json!({
        "logoUrl": "https://cdn.example.com/logo.png",
        "supportEmail": "help@example.com",
        "supportPhone": "+1 555 0100",
        "supportUrl": "https://help.example.com",
    });
    assert_eq!(set, all);
    assert_eq!(
        sb.monitis().args(["reseller", "branding", "show"]).json(),
        all
    );
    let table = sb
        .monitis()
        .args(["reseller", "branding", "show", "-o", "table"])
        .ok();
    insta::assert_snapshot!("branding_show", table.stdout);

    let cleared = branding_set(&sb, &["--clear", "support-phone,support-url"]).json();
    assert_eq!(
        (
            cleared["supportPhone"].clone(),
            cleared["supportUrl"].clone()
        ),
        (Value::Null, Value::Null)
    );
    assert_eq!(cleared["supportEmail"], "help@example.com");
    let changed = branding_set(
        &sb,
        &["--clear", "logo-url", "--support-email", "desk@example.com"],
    )
    .json();
    assert_eq!(
        (changed["logoUrl"].clone(), changed["supportEmail"].clone()),
        (Value::Null, json!("desk@example.com"))
    );
    let none = branding_set(&sb, &["--clear", "all"]).json();
    assert!(
        none.as_object().unwrap().values().all(Value::is_null),
        "{none}"
    );

    // Checked before sending: nothing given, an empty value, set and cleared at once.
    for args in [
        &[][..],
        &["--logo-url", ""][..],
        &[
            "--support-email",
            "a@example.com",
            "--clear",
            "support-email",
        ][..],
        &["--clear", "everything"][..],
    ] {
        let run = branding_set(&sb, args).run();
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
    }
    // The API's checks come back with its reason.
    let bad = branding_set(&sb, &["--logo-url", "ftp://x/logo.png"]).run();
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.contains("logoUrl"), "{}", bad.stderr);
}

#[test]
fn branding_changes_what_the_client_dashboard_shows() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    order(&sb, "ann@example.com", "external=1");
    let dashboard = || {
        sb.monitis()
            .args(["client", "dashboard", "ann@example.com"])
            .json()
    };
    let before = dashboard();
    assert_eq!(before["logo"]["reseller"], false);
    assert_eq!(before["support"]["reseller"], false);
    assert_eq!(before["buttons"]["liveChat"], true);

    branding_set(&sb, &["--logo-url", "https://cdn.example.com/logo.png"]).ok();
    let logo_only = dashboard();
    assert_eq!(
        logo_only["logo"],
        json!({"url": "https://cdn.example.com/logo.png", "reseller": true})
    );
    assert_eq!(
        logo_only["buttons"]["liveChat"], true,
        "a logo alone keeps the platform's support"
    );

    branding_set(&sb, &["--support-email", "help@example.com"]).ok();
    let branded = dashboard();
    assert_eq!(branded["support"]["email"], "help@example.com");
    assert_eq!(branded["support"]["reseller"], true);
    assert_eq!(branded["buttons"]["liveChat"], false);
    assert_eq!(branded["buttons"]["submitRequest"], false);
    let table = sb
        .monitis()
        .args(["client", "dashboard", "ann@example.com", "-o", "table"])
        .ok();
    insta::assert_snapshot!("dashboard_branded", table.stdout);
    // The client sees the same with its own keys.
    assert_eq!(
        as_client(&sb, "ann@example.com")
            .args(["client", "dashboard"])
            .json(),
        branded
    );

    branding_set(&sb, &["--clear", "all"]).ok();
    assert_eq!(dashboard(), before);
}

#[test]
fn extend_all_reactivates_only_the_orders_suspended_for_non_payment() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    let a = order(&sb, "ann@example.com", "external=1").to_string();
    let b = order(&sb, "ann@example.com", "external=2").to_string();
    sb.monitis().args(["order", "suspend", &b]).ok();
    let status = |id: &str| {
        let o = sb.monitis().args(["order", "show", id]).json();
        (
            o["status"].as_str().unwrap().to_string(),
            o["suspendedBy"].clone(),
        )
    };

    set_paid(&sb, false);
    assert_eq!(status(&a), ("suspended".to_string(), json!("billing")));
    let dash = sb
        .monitis()
        .args(["client", "dashboard", "ann@example.com"])
        .json();
    assert_eq!(dash["reachable"], false, "R1 while unpaid");
    let unpaid = sb.monitis().args(["reseller", "extend-all"]).run();
    assert_eq!(unpaid.code, 1, "{unpaid:?}");

    set_paid(&sb, true);
    let extended = sb.monitis().args(["reseller", "extend-all"]).json();
    assert_eq!(extended, json!({"reactivatedOrders": 1}));
    assert_eq!(status(&a).0, "active");
    assert_eq!(status(&b), ("suspended".to_string(), json!("reseller")));
    let again = sb
        .monitis()
        .args(["reseller", "extend-all", "-o", "table"])
        .ok();
    insta::assert_snapshot!("extend_all_nothing_left", again.stdout);
}

#[test]
fn reseller_commands_need_the_resellers_credentials() {
    let sb = Sandbox::start();
    client(&sb, "ann@example.com");
    order(&sb, "ann@example.com", "external=1");
    let show = as_client(&sb, "ann@example.com")
        .args(["reseller", "show"])
        .run();
    assert_eq!(show.code, 1);
    assert!(
        show.stderr.contains("reseller's credentials"),
        "{}",
        show.stderr
    );
    for args in [
        &["reseller", "branding", "set", "--clear", "all"][..],
        &["reseller", "extend-all"][..],
    ] {
        let run = as_client(&sb, "ann@example.com").args(args).run();
        assert_refused_to_client(&run, args);
    }
}

/// The checksum joins names and values with nothing between them, so a value that holds
/// a parameter's name signs like two parameters (docs/protocol.md, "Checksum
/// boundaries"). In checksum mode the CLI refuses to sign such a value (exit 2, nothing
/// sent); token mode, the default, signs nothing and sets it as given.
#[test]
fn checksum_mode_refuses_a_value_that_would_sign_another_request() {
    let sb = Sandbox::start();
    let phone = "AsupportUrlhttps://evil.example";
    let refused = branding_set(&sb, &["--support-phone", phone, "--auth-mode", "checksum"]).run();
    assert_eq!(refused.code, 2, "{refused:?}");
    for needle in [
        "setBranding: nothing was sent",
        "the value of supportPhone",
        "\"supportUrl\"",
        "Checksum boundaries",
        "--auth-mode token",
    ] {
        assert!(refused.stderr.contains(needle), "{needle}: {refused:?}");
    }
    let shown = sb.monitis().args(["reseller", "branding", "show"]).json();
    assert_eq!(shown["supportPhone"], Value::Null);

    let set = branding_set(&sb, &["--support-phone", phone]).json();
    assert_eq!(
        (&set["supportPhone"], &set["supportUrl"]),
        (&json!(phone), &Value::Null)
    );
    // Values that hold no name in a place a cut could use are signed as before.
    branding_set(
        &sb,
        &["--auth-mode", "checksum", "--support-phone", "+1 555 0100"],
    )
    .args(["--support-url", "https://help.example/supportUrl"])
    .ok();
    let shown = sb.monitis().args(["reseller", "branding", "show"]).json();
    assert_eq!(shown["supportPhone"], "+1 555 0100");
}
