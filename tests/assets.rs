//! The committed completion scripts and man pages are what the clap tree generates, and
//! every command's help carries an example.

use std::collections::BTreeSet;
use std::path::Path;

use monitis::cli::assets;

const REGENERATE: &str = "UPDATE_ASSETS=1 cargo test --test assets";

#[test]
fn completions_and_man_pages_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = assets::all();
    if std::env::var_os("UPDATE_ASSETS").is_some() {
        for dir in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root.join(dir));
        }
        assets::write_all(root).expect("write the assets");
    }
    let mut stale: Vec<String> = generated
        .iter()
        .filter(|(path, contents)| std::fs::read(root.join(path)).ok().as_ref() != Some(contents))
        .map(|(path, _)| path.clone())
        .collect();
    // Files left over from commands that no longer exist are stale too.
    let known: BTreeSet<&str> = generated.iter().map(|(p, _)| p.as_str()).collect();
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if !known.contains(path.as_str()) {
                stale.push(path);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nregenerate them with: {REGENERATE}"
    );
}

/// docs/protocol-coverage.md is the catalog's table, as the catalog now says.
#[test]
fn the_protocol_coverage_table_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/protocol-coverage.md");
    let generated = monitis_core::protocol::catalog::coverage();
    if std::env::var_os("UPDATE_ASSETS").is_some() {
        std::fs::write(&path, &generated).expect("write docs/protocol-coverage.md");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/protocol-coverage.md is stale: regenerate it with {REGENERATE}"
    );
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let line = monitis_core::protocol::catalog::coverage_line();
    assert!(
        readme.contains(&line),
        "the README should say, as the catalog does:\n{line}"
    );
}

#[test]
fn there_is_a_man_page_for_every_subcommand() {
    let generated: BTreeSet<String> = assets::all().into_iter().map(|(p, _)| p).collect();
    for page in [
        "man/monitis.1",
        "man/monitis-client-add.1",
        "man/monitis-monitor-move.1",
        "man/monitis-rum-rebalance.1",
    ] {
        assert!(generated.contains(page), "no {page} among {generated:?}");
    }
}

#[test]
fn every_command_has_an_example_in_its_help() {
    fn walk(cmd: &clap::Command, path: String, missing: &mut Vec<String>) {
        let help = cmd
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        if !help.contains("Examples:\n  ") {
            missing.push(path.clone());
        }
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(sub, format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&assets::command(), "monitis".into(), &mut missing);
    assert!(
        missing.is_empty(),
        "commands whose --help has no \"Examples:\": {missing:?}"
    );
}

#[test]
fn man_pages_carry_examples_environment_and_exit_codes() {
    let pages = assets::all();
    let (_, page) = pages
        .iter()
        .find(|(p, _)| p == "man/monitis-auth-login.1")
        .expect("a page for auth login");
    let page = String::from_utf8_lossy(page);
    for needle in [
        ".SH EXAMPLES",
        "monitis auth login",
        "MONITIS_SECRET_KEY",
        "EXIT STATUS",
        "partial failure",
        ".SH \"GLOBAL OPTIONS\"",
        // The footer: the command's name and version.
        concat!("\"monitis ", env!("CARGO_PKG_VERSION"), "\""),
    ] {
        assert!(
            page.contains(needle),
            "monitis-auth-login.1 lacks {needle:?}"
        );
    }
    // The synopsis keeps the global options apart, as one [GLOBAL OPTIONS].
    let synopsis = page
        .split(".SH SYNOPSIS")
        .nth(1)
        .and_then(|s| s.split(".SH").next())
        .expect("a synopsis");
    assert!(synopsis.contains("GLOBAL OPTIONS"), "{synopsis}");
    assert!(!synopsis.contains("profile"), "{synopsis}");
}

/// What the shell is offered for the last word of `line`.
fn offered(line: &[&str]) -> Vec<String> {
    let mut cmd = assets::command();
    let args: Vec<std::ffi::OsString> = line.iter().map(Into::into).collect();
    clap_complete::engine::complete(&mut cmd, args, line.len() - 1, None)
        .expect("complete")
        .into_iter()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_value().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn completions_offer_values_where_they_can() {
    // The scripts ask the binary itself.
    let bash = String::from_utf8(assets::completion(clap_complete::Shell::Bash)).unwrap();
    assert!(
        bash.contains("COMPLETE=\"bash\"") || bash.contains("COMPLETE"),
        "{bash}"
    );
    // Output formats, shells, and the catalog's codes: package codes for orders,
    // one-time codes for `service buy`.
    assert_eq!(
        offered(&["monitis", "-o", ""]),
        ["table", "json", "ndjson", "csv", "tsv"]
    );
    assert!(offered(&["monitis", "completions", ""]).contains(&"zsh".to_string()));
    assert!(
        offered(&["monitis", "order", "add", "--service", "ext"])
            .contains(&"external=".to_string())
    );
    assert!(offered(&["monitis", "service", "buy", "load"]).contains(&"loadTester=".to_string()));
    // Options that mean nothing for a command are not offered there.
    let serve = offered(&["monitis", "sandbox", "serve", "--"]);
    assert!(serve.contains(&"--db".to_string()), "{serve:?}");
    for option in ["--jq", "--columns", "--client", "--output"] {
        assert!(
            !serve.contains(&option.to_string()),
            "{option} in {serve:?}"
        );
    }
}
