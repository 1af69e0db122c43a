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
    // Tables fit, and notes wrap at words: nothing is wider, on stdout or stderr.
    for line in run.stdout.lines().chain(run.stderr.lines()) {
        assert!(
            line.chars().count() <= width,
            "a line wider than {width}: {line:?}\n{}{}",
            run.stdout,
            run.stderr
        );
    }
    format!("{}--- stderr ---\n{}", run.stdout, run.stderr)
}

#[test]
fn tables_fit_60_80_and_120_columns_without_cutting_a_number() {
    let p = platform();
    let file = p.sb.dir.path().join("clients.csv");
    std::fs::write(
        &file,
        "email,firstName,lastName,password\nann@example.com,Ann,Lee,pw-ann-secret\nnew.client.with.a.long.address@example.com,New,Client,pw-new-secret\n",
    )
    .unwrap();
    let rows = file.to_str().unwrap().to_string();
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

        // The totals and each order keep the same columns, whatever the width.
        let plan = at_width(&p.sb, width, &["plan", "show", "ann@example.com"]);
        let heads: Vec<&str> = plan
            .split("\n\n")
            .filter_map(|block| block.lines().nth(1))
            .filter(|line| line.starts_with("SERVICE"))
            .collect();
        assert_eq!(heads.len(), 3, "{plan}");
        assert!(heads.iter().all(|h| *h == heads[0]), "{plan}");
        insta::assert_snapshot!(format!("plan_show_{width}"), plan);

        // Import results: the apikey is the first to go on a narrow terminal.
        let import = at_width(&p.sb, width, &["client", "import", &rows, "--dry-run"]);
        insta::assert_snapshot!(format!("client_import_{width}"), mask_apikeys(&import));
    }
}

/// `args` run at a terminal `width` columns wide (a pseudo-terminal: bars are drawn),
/// with colour unless `NO_COLOR` is in `env`; what the terminal shows.
fn on_terminal(sb: &Sandbox, width: usize, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cli = sb
        .monitis()
        .env("COLUMNS", width.to_string())
        .env_remove("NO_COLOR")
        .args(args);
    for (key, value) in env {
        cli = cli.env(key, value);
    }
    cli.in_terminal().ok().stdout.replace("\r\n", "\n")
}

/// The text without its colours.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = &rest[rest.find('m').map_or(rest.len(), |m| m + 1)..];
    }
    out + rest
}

#[test]
fn states_are_coloured_at_a_terminal_only_and_sections_keep_their_columns() {
    let p = platform();
    for width in [60, 80, 120] {
        let shown = on_terminal(
            &p.sb,
            width,
            &["plan", "show", "ann@example.com"],
            &[("NO_COLOR", "1")],
        );
        assert!(!shown.contains('\x1b'), "NO_COLOR: {shown:?}");
        let heads: Vec<&str> = shown
            .lines()
            .filter(|line| line.starts_with("SERVICE"))
            .collect();
        assert_eq!(heads.len(), 3, "{shown}");
        assert!(heads.iter().all(|h| *h == heads[0]), "{shown}");
        assert!(shown.lines().all(|l| l.chars().count() <= width), "{shown}");
        insta::assert_snapshot!(format!("plan_show_bars_{width}"), shown);
    }
    // Colour says the state: over quota red, near it amber, within it green; statuses
    // too. The layout is the same as without colour.
    let coloured = on_terminal(&p.sb, 120, &["rum", "usage", "--all-clients"], &[]);
    let red = "\x1b[31m";
    assert!(
        coloured.contains(&format!("{red}over quota now\x1b[0m")),
        "{coloured:?}"
    );
    assert!(
        coloured.contains(&format!("{red}██████████ 600%\x1b[0m")),
        "{coloured:?}"
    );
    assert!(coloured.contains("\x1b[32mactive\x1b[0m"), "{coloured:?}");
    let without = on_terminal(
        &p.sb,
        120,
        &["rum", "usage", "--all-clients"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(plain(&coloured), without);
    let flag = on_terminal(
        &p.sb,
        120,
        &["--no-color", "rum", "usage", "--all-clients"],
        &[],
    );
    assert_eq!(flag, without);
    // Off a terminal, never.
    let piped =
        p.sb.monitis()
            .env_remove("NO_COLOR")
            .args(["rum", "usage", "--all-clients", "-o", "table"])
            .ok();
    assert!(!piped.stdout.contains('\x1b'), "{:?}", piped.stdout);
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

#[test]
fn one_argument_style_a_client_by_argument_and_ls_for_list() {
    let p = platform();
    let by_option =
        p.sb.monitis()
            .args(["--client", "ann@example.com", "plan", "show"])
            .json();
    let by_argument =
        p.sb.monitis()
            .args(["plan", "show", "ann@example.com"])
            .json();
    assert_eq!(by_option, by_argument);
    for args in [
        ["order", "list", "ann@example.com"],
        ["monitor", "list", "ann@example.com"],
        ["rum", "usage", "ann@example.com"],
    ] {
        let named = p.sb.monitis().args(args).json();
        let opted =
            p.sb.monitis()
                .args(&args[..2])
                .args(["--client", "ann@example.com"])
                .json();
        assert_eq!(named, opted, "{args:?}");
        assert!(!named.as_array().unwrap().is_empty(), "{args:?}");
        // Bob's orders are not Ann's.
        let bob =
            p.sb.monitis()
                .args(&args[..2])
                .arg("bob@example.com")
                .json();
        assert_ne!(named, bob, "{args:?}");
    }
    let plan =
        p.sb.monitis()
            .args(["rum", "rebalance", "ann@example.com", "-o", "json"])
            .ok();
    assert!(plan.stdout.contains("\"moves\""), "{}", plan.stdout);

    let twice =
        p.sb.monitis()
            .args([
                "plan",
                "show",
                "ann@example.com",
                "--client",
                "bob@example.com",
            ])
            .run();
    assert_eq!(twice.code, 2, "{}", twice.stderr);
    assert!(twice.stderr.contains("named twice"), "{}", twice.stderr);

    for group in ["client", "order", "monitor", "service"] {
        let list = p.sb.monitis().args([group, "list"]).ok().stdout;
        let ls = p.sb.monitis().args([group, "ls"]).ok().stdout;
        assert_eq!(list, ls, "{group} ls");
    }
}

#[test]
fn a_missing_order_is_an_error_not_an_empty_list() {
    let p = platform();
    let run =
        p.sb.monitis()
            .args(["monitor", "list", "--order", "999"])
            .run();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("999"), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    // An order that exists but has no monitors is an empty list.
    let empty =
        p.sb.monitis()
            .args(["monitor", "list", "--order", &p.room.to_string()])
            .json();
    assert_eq!(empty, serde_json::json!([]));
}

#[test]
fn no_color_covers_argument_errors() {
    let sb = Sandbox::start();
    // CLICOLOR_FORCE makes clap colour a pipe as it would a terminal.
    let coloured = sb.cli().env("CLICOLOR_FORCE", "1").env_remove("NO_COLOR");
    let run = coloured.args(["monitor", "list", "--bogus"]).run();
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains('\x1b'),
        "clap colours by default: {}",
        run.stderr
    );
    let run = sb
        .cli()
        .env("CLICOLOR_FORCE", "1")
        .env_remove("NO_COLOR")
        .args(["--no-color", "monitor", "list", "--bogus"])
        .run();
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains('\x1b'), "{}", run.stderr);
    assert!(run.stderr.contains("--bogus"), "{}", run.stderr);
}

#[test]
fn declining_a_confirmation_changes_nothing_and_succeeds() {
    let p = platform();
    let run =
        p.sb.monitis()
            .args(["monitor", "delete", "1"])
            .stdin("n\n")
            .in_terminal()
            .run();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("Delete monitor 1? [y/N]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Nothing was changed."),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("error"), "{}", run.stdout);
    let still = p.sb.monitis().args(["monitor", "show", "1"]).json();
    assert_eq!(still["id"], 1);
}

#[test]
fn help_shows_a_command_first_and_the_global_options_once() {
    let sb = Sandbox::start();
    let help = sb
        .cli()
        .env("COLUMNS", "80")
        .args(["plan", "show", "--help"])
        .ok()
        .stdout;
    let examples = help.find("Examples:").expect("examples");
    let globals = help.find("Global options").expect("the global options");
    assert!(
        help.find("[CLIENT]").unwrap() < examples && examples < globals,
        "{help}"
    );
    assert_eq!(help.matches("--profile").count(), 1, "{help}");
    assert!(
        !help.contains("MONITIS_PROFILE"),
        "short, not described: {help}"
    );
    // No example wraps mid-command: long ones continue with a backslash.
    for line in help.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }

    // What means nothing for a command is not offered there, and refused if given.
    let serve = sb.cli().args(["sandbox", "serve", "--help"]).ok().stdout;
    for option in ["--jq", "--columns", "--client", "--output"] {
        assert!(
            !serve.contains(option),
            "sandbox serve offers {option}: {serve}"
        );
    }
    let generate = sb.cli().args(["sandbox", "generate", "--help"]).ok().stdout;
    assert!(!generate.contains("--client <"), "{generate}");
    assert!(
        generate.contains("--seed <S>") && generate.contains("Seed of the generator"),
        "{generate}"
    );
    let run = sb
        .cli()
        .args(["sandbox", "serve", "--db", "x.db", "--jq", "."])
        .run();
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("--jq means nothing for `monitis sandbox serve`"),
        "{}",
        run.stderr
    );

    for (topic, needle) in [
        ("environment", "MONITIS_SECRET_KEY"),
        ("exit-codes", "3  partial failure"),
        ("global-options", "--profile <NAME>"),
    ] {
        let text = sb.cli().args(["help", topic]).ok().stdout;
        assert!(text.contains(needle), "help {topic}: {text}");
    }
    let rebalance = sb.cli().args(["help", "rum", "rebalance"]).ok().stdout;
    assert!(rebalance.contains("--headroom"), "{rebalance}");
    let run = sb.cli().args(["help", "nonsense"]).run();
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("exit-codes"),
        "names the topics: {}",
        run.stderr
    );
}

#[test]
fn login_says_before_the_prompt_when_the_keyring_forgets_on_reboot() {
    let sb = Sandbox::start();
    let profile = format!("kernel-{}", std::process::id());
    // No session bus: the Secret Service is out of reach, the kernel keyring is left.
    let cli = || {
        sb.cli()
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/monitis-no-bus",
            )
            .args(["--profile", &profile])
    };
    let run = cli()
        .args(["auth", "login", "--api-key", &sb.apikey])
        .stdin(format!("{}\n", sb.secretkey))
        .in_terminal()
        .run();
    if run.code == 4 && run.stdout.contains("--insecure-storage") {
        assert!(
            std::env::var_os("CI").is_none_or(|v| v != "true"),
            "CI has a kernel keyring: {}",
            run.stdout
        );
        eprintln!("SKIPPED: no kernel keyring here: {}", run.stdout.trim());
        return;
    }
    let warning = run.stdout.find("will not survive a reboot");
    let prompt = run.stdout.find("Secret key:");
    assert!(
        matches!((warning, prompt), (Some(w), Some(p)) if w < p),
        "the warning comes before the prompt: {}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Secret Service provider"),
        "names a durable store: {}",
        run.stdout
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    cli().args(["auth", "logout"]).ok();
}

/// What bash is offered for the last word of `words` (after `monitis`).
fn bash_offers(words: &[&str]) -> Vec<String> {
    let home = tempfile::tempdir().unwrap();
    Cli::new(home.path()).completions(words)
}

#[test]
fn completion_never_offers_a_hidden_option() {
    // `--jq`, `--columns` and `--client` mean nothing for `sandbox serve`: hidden there,
    // they must not come back when their prefix is typed.
    for typed in ["--j", "--col", "--cl", "--no-h"] {
        assert_eq!(
            bash_offers(&["sandbox", "serve", typed]),
            Vec::<String>::new(),
            "{typed}"
        );
    }
    let all = bash_offers(&["sandbox", "serve", "--"]);
    assert!(all.contains(&"--db".to_string()), "{all:?}");
    for hidden in ["--jq", "--columns", "--client", "--no-header"] {
        assert!(!all.contains(&hidden.to_string()), "{hidden} in {all:?}");
    }
    // Where they mean something, they are offered.
    assert_eq!(bash_offers(&["client", "list", "--j"]), ["--jq", "--json"]);
    assert_eq!(bash_offers(&["client", "list", "--col"]), ["--columns"]);
}

#[test]
fn client_completes_to_the_emails_of_the_current_account() {
    let p = platform();
    // What the bash script sends when TAB is pressed after `monitis plan show --client a`.
    let ask = |typed: &str| {
        p.sb.monitis()
            .completions(&["plan", "show", "--client", typed])
    };
    assert_eq!(ask(""), ["ann@example.com", "bob@example.com"]);
    assert_eq!(ask("b"), ["bob@example.com"]);
    // The registration script asks the binary, it does not list files.
    let script = p.sb.cli().args(["completions", "bash"]).ok().stdout;
    assert!(
        script.contains("COMPLETE") && script.contains("monitis"),
        "{script}"
    );
}

/// The values (not the options, which an empty word is offered too) bash is offered for
/// the last of `words` (after `monitis`), as the reseller of `sb`.
fn offers_on(sb: &Sandbox, words: &[&str]) -> Vec<String> {
    let mut offered = sb.monitis().completions(words);
    offered.retain(|o| !o.starts_with('-'));
    offered
}

#[test]
fn arguments_that_name_a_client_order_or_monitor_complete_from_the_platform() {
    let p = platform();
    let emails = ["ann@example.com", "bob@example.com"];
    for words in [
        &["plan", "show", ""][..],
        &["order", "list", ""],
        &["monitor", "list", ""],
        &["rum", "usage", ""],
        &["rum", "rebalance", ""],
        &["client", "show", ""],
        &["client", "edit", ""],
        &["client", "delete", ""],
        &["client", "dashboard", ""],
    ] {
        assert_eq!(offers_on(&p.sb, words), emails, "{words:?}");
    }
    assert_eq!(
        offers_on(&p.sb, &["plan", "show", "b"]),
        ["bob@example.com"]
    );

    let orders: Vec<String> = (p.sb.monitis().args(["order", "list"]).json())
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].to_string())
        .collect();
    assert_eq!(orders.len(), 3);
    for words in [
        &["order", "show", ""][..],
        &["order", "suspend", ""],
        &["order", "activate", ""],
        &["order", "delete", ""],
        &["monitor", "list", "--order", ""],
        &["monitor", "add", "--order", ""],
        &["monitor", "move", "7", "--to-order", ""],
    ] {
        assert_eq!(offers_on(&p.sb, words), orders, "{words:?}");
    }
    let monitors: Vec<String> = (p.sb.monitis().args(["monitor", "list"]).json())
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].to_string())
        .collect();
    assert_eq!(monitors.len(), 3);
    for words in [
        &["monitor", "show", ""][..],
        &["monitor", "delete", ""],
        &["monitor", "delete", &monitors[0], ""],
        &["monitor", "move", ""],
        &["sandbox", "pageviews", ""],
    ] {
        assert_eq!(offers_on(&p.sb, words), monitors, "{words:?}");
    }
    assert_eq!(
        offers_on(&p.sb, &["order", "show", &p.room.to_string()]),
        [p.room.to_string()]
    );
}

#[test]
fn options_are_offered_only_where_they_mean_something() {
    // --yes only where a command asks before it acts.
    for asks in [
        &["client", "delete", "--y"][..],
        &["order", "delete", "--y"],
        &["monitor", "delete", "1", "--y"],
        &["auth", "reset-key", "--y"],
    ] {
        assert_eq!(bash_offers(asks), ["--yes"], "{asks:?}");
    }
    for quiet in [
        &["client", "list", "--y"][..],
        &["plan", "show", "--y"],
        &["rum", "rebalance", "--y"],
        &["monitor", "move", "--y"],
    ] {
        assert_eq!(bash_offers(quiet), Vec::<String>::new(), "{quiet:?}");
    }
    let sb = Sandbox::start();
    let run = sb.monitis().args(["client", "list", "--yes"]).run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("--yes means nothing for `monitis client list`"),
        "{}",
        run.stderr
    );
    // --json where a command has fields to pick; `api` prints JSON of its own.
    assert_eq!(bash_offers(&["plan", "show", "--js"]), ["--json"]);
    for none in [
        &["client", "delete", "--js"][..],
        &["api", "--js"],
        &["auth", "login", "--js"],
    ] {
        assert_eq!(bash_offers(none), Vec::<String>::new(), "{none:?}");
    }
}
