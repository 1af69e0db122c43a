//! The README's walk-through runs against a fresh embedded sandbox and prints what the
//! README shows, so the README cannot lie. `UPDATE_README=1 cargo test --test readme`
//! pastes the real output in.
//!
//! In the walk-through's `console` blocks a line starting with `$ ` is a command (run by
//! bash, with the built `monitis` first on PATH) and the lines after it, up to the next
//! command, are its stdout. API keys and dates differ from run to run and are compared
//! by shape only.

use std::path::Path;
use std::process::Command;

const README: &str = "README.md";
const SECTION: &str = "## Walk-through";

struct Step {
    command: String,
    expected: Vec<String>,
    /// Where the expected lines sit in the README, to paste new output in.
    lines: std::ops::Range<usize>,
}

/// The commands of the walk-through section and what follows each.
fn steps(readme: &str) -> Vec<Step> {
    let lines: Vec<&str> = readme.lines().collect();
    let start = lines
        .iter()
        .position(|l| *l == SECTION)
        .expect("the README has a walk-through section");
    let end = lines[start + 1..]
        .iter()
        .position(|l| l.starts_with("## "))
        .map_or(lines.len(), |i| start + 1 + i);
    let mut steps: Vec<Step> = Vec::new();
    let mut in_block = false;
    for (i, line) in lines.iter().enumerate().take(end).skip(start) {
        if line.starts_with("```") {
            in_block = !in_block && *line == "```console";
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            steps.push(Step {
                command: command.to_string(),
                expected: Vec::new(),
                lines: i + 1..i + 1,
            });
        } else if let Some(step) = steps.last_mut() {
            step.expected.push(line.to_string());
            step.lines.end = i + 1;
        }
    }
    steps
}

/// API keys and dates by shape, trailing blanks gone.
fn normalize(lines: &[String]) -> Vec<String> {
    let mut out: Vec<String> = lines.iter().map(|line| mask(line.trim_end())).collect();
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

fn mask(line: &str) -> String {
    let mut out = String::new();
    for word in line.split_inclusive(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != ':') {
        let (token, rest) = word.split_at(
            word.find(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != ':')
                .unwrap_or(word.len()),
        );
        let apikey = token.len() == 26
            && token
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        let date = token.len() == 10
            && token.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        let time = token.len() == 8
            && token.bytes().enumerate().all(|(i, b)| {
                if i == 2 || i == 5 {
                    b == b':'
                } else {
                    b.is_ascii_digit()
                }
            });
        out.push_str(match () {
            _ if apikey => "<APIKEY>",
            _ if date => "<DATE>",
            _ if time => "<TIME>",
            _ => token,
        });
        out.push_str(rest);
    }
    out
}

/// `bash -c script` as a reader runs it: the built `monitis` first on PATH, the embedded
/// sandbox in `home`.
fn bash(script: &str, home: &Path) -> std::process::Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_monitis")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("bash")
        .args(["-c", script])
        .current_dir(home)
        .env_clear()
        .env("PATH", path)
        .env("HOME", home)
        .env("MONITIS_CONFIG_DIR", home.join("config"))
        .env("MONITIS_SANDBOX", "1")
        .env("MONITIS_SANDBOX_DB", home.join("sandbox.db"))
        // A reader runs these at a terminal, where tables are the default.
        .env("MONITIS_OUTPUT", "table")
        .env("NO_COLOR", "1")
        .output()
        .expect("run bash")
}

fn run(step: &Step, home: &Path) -> Vec<String> {
    let out = bash(&step.command, home);
    assert!(
        out.status.success(),
        "README command failed: {}\nstderr: {}",
        step.command,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The README's CI snippet: the `sh` block that starts with `set -e`.
fn ci_snippet(readme: &str) -> String {
    let mut blocks = readme.split("```sh\n").skip(1);
    let block = blocks
        .find(|b| b.starts_with("set -e\n"))
        .expect("the README has a CI snippet: a sh block starting with `set -e`");
    block[..block.find("```").expect("the block ends")].to_string()
}

#[test]
fn the_ci_snippet_succeeds_under_set_e_with_a_monitor_no_move_can_bring_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join(README)).expect("read README.md");
    let script = ci_snippet(&readme);
    let home = tempfile::tempdir().unwrap();
    // The demo's Bob has one RUM order; past its quota nothing can take his monitor.
    let setup = bash("monitis sandbox pageviews 17 1000000", home.path());
    assert!(setup.status.success(), "{setup:?}");
    let out = bash(&script, home.path());
    assert!(
        out.status.success(),
        "the README's CI snippet failed under set -e ({:?})\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(home.path().join("rebalance.json")).unwrap();
    let applied: serde_json::Value = serde_json::from_str(&written).unwrap();
    // Ann's order is released by one move; Bob's monitor stays suspended.
    assert_eq!(
        applied["summary"],
        serde_json::json!({"applied": true, "planned": 1, "moved": 1, "unchanged": 0, "failed": 0, "reactivated": 3, "stillSuspended": 1, "heldByOrder": 0})
    );
    assert_eq!(applied["stillSuspended"][0]["id"], 17);
    // The snippet's second run found nothing left to move.
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (&summary["planned"], &summary["stillSuspended"]),
        (&serde_json::json!(0), &serde_json::json!(1))
    );
}

/// The field names a README shape block names (every `"word"` in it): the `text` block
/// after the line that starts with `intro`.
fn shape_keys(readme: &str, intro: &str) -> std::collections::BTreeSet<String> {
    let from = readme.find(intro).expect("the README describes the shape");
    let block = &readme[from..];
    let block = &block[block.find("```text\n").expect("a text block") + 8..];
    let block = &block[..block.find("```").expect("the block ends")];
    block
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The keys of `value` at `paths` (`/plan/moves/0`: JSON pointers; a missing one adds
/// nothing).
fn keys_at(value: &serde_json::Value, paths: &[&str]) -> std::collections::BTreeSet<String> {
    paths
        .iter()
        .filter_map(|p| value.pointer(p).and_then(|v| v.as_object()))
        .flat_map(|o| o.keys().cloned())
        .collect()
}

#[test]
fn the_rebalance_shape_in_the_readme_is_what_both_modes_print() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join(README)).expect("read README.md");
    let documented = shape_keys(&readme, "`rum rebalance`, a dry run and `--apply` alike");
    let home = tempfile::tempdir().unwrap();
    let json = |extra: &str| -> serde_json::Value {
        let out = bash(
            &format!("monitis rum rebalance --client ann@example.com {extra} -o json"),
            home.path(),
        );
        assert!(out.status.success(), "{out:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (dry, applied) = (json(""), json("--apply"));
    // Objects the README names by reference (monitor objects, `rum usage` rows) are
    // described where those commands are.
    let paths = [
        "",
        "/summary",
        "/plan",
        "/plan/moves/0",
        "/plan/orders/0",
        "/results/0",
    ];
    let (dry_keys, applied_keys) = (keys_at(&dry, &paths), keys_at(&applied, &paths));
    assert!(
        dry_keys.is_subset(&applied_keys),
        "a dry run has keys an apply has not: {:?}",
        dry_keys.difference(&applied_keys).collect::<Vec<_>>()
    );
    assert_eq!(
        keys_at(&dry, &["/summary"]),
        keys_at(&applied, &["/summary"])
    );
    assert_eq!(
        applied_keys, documented,
        "README's shape of rum rebalance is not what it prints"
    );
}

#[test]
fn the_walk_through_prints_what_the_readme_shows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join(README)).expect("read README.md");
    let steps = steps(&readme);
    assert!(
        steps.len() >= 6,
        "the walk-through has {} commands; expected onboarding, an order, the plan and a rebalance",
        steps.len()
    );
    let home = tempfile::tempdir().unwrap();
    let outputs: Vec<Vec<String>> = steps.iter().map(|s| run(s, home.path())).collect();

    if std::env::var_os("UPDATE_README").is_some() {
        let mut lines: Vec<String> = readme.lines().map(str::to_string).collect();
        for (step, output) in steps.iter().zip(&outputs).rev() {
            // Only what changed: keys and dates that differ by value alone stay as they are.
            if normalize(output) == normalize(&step.expected) {
                continue;
            }
            let mut pasted: Vec<String> = output.iter().map(|l| l.trim_end().to_string()).collect();
            if !pasted.is_empty() && step.expected.last().is_some_and(|l| l.is_empty()) {
                pasted.push(String::new());
            }
            lines.splice(step.lines.clone(), pasted);
        }
        std::fs::write(root.join(README), lines.join("\n") + "\n").expect("write README.md");
        return;
    }
    for (step, output) in steps.iter().zip(&outputs) {
        assert_eq!(
            normalize(output),
            normalize(&step.expected),
            "README.md shows other output for `{}`; after a deliberate change run: UPDATE_README=1 cargo test --test readme",
            step.command
        );
    }
}

#[test]
fn masking_keeps_shapes_only() {
    assert_eq!(
        mask(" APIKEY:   R5A491FCLIR6BZ413FG7JNVQAM"),
        " APIKEY:   <APIKEY>"
    );
    assert_eq!(
        mask("created 2026-11-28 19:10:45 ok"),
        "created <DATE> <TIME> ok"
    );
    assert_eq!(
        mask("order 12 for ann@example.com"),
        "order 12 for ann@example.com"
    );
}
