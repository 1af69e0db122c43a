//! Help people can scan: each command's help shows its own options and examples, then
//! the global options once, on one line; the options that mean nothing for a command
//! are not offered there at all. Topics (`monitis help environment`, `exit-codes`,
//! `global-options`) say what holds for every command; the man pages render the same.

use clap::{Arg, CommandFactory};

use super::Cli;
use crate::error::exit;

/// The environment variables the CLI reads, with what each does.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "MONITIS_API_KEY, MONITIS_SECRET_KEY",
        "credentials for CI; they win over the saved profile",
    ),
    (
        "MONITIS_PROFILE",
        "saved account to use (--profile; default: the current profile, see auth switch, else default)",
    ),
    (
        "MONITIS_ENDPOINT",
        "API endpoint (--endpoint; default: https://api.monitis.com/api)",
    ),
    (
        "MONITIS_AUTH_MODE",
        "token (default) or checksum (--auth-mode)",
    ),
    (
        "MONITIS_OUTPUT",
        "default output format: table, json, ndjson, csv or tsv (-o)",
    ),
    (
        "MONITIS_SANDBOX",
        "1 to use the embedded sandbox (--sandbox)",
    ),
    (
        "MONITIS_SANDBOX_DB",
        "the embedded sandbox's database (default: in the OS data folder)",
    ),
    (
        "MONITIS_CONFIG_DIR",
        "the folder of config.toml (default: the OS config folder)",
    ),
    (
        "MONITIS_TIMEOUT",
        "how long one command may take, e.g. 90s or 5m (--timeout; default: 60s, 10m for bulk commands)",
    ),
    ("NO_COLOR", "no colour when set (--no-color)"),
    ("COLUMNS", "the width tables fit (default: the terminal's)"),
    (
        "COMPLETE",
        "set by the completion scripts: print completions instead of running",
    ),
];

/// The exit codes scripts rely on.
pub const EXIT_CODES: &[(u8, &str)] = &[
    (
        0,
        "success; also a confirmation answered no (nothing was changed)",
    ),
    (
        exit::ERROR,
        "error: an API refusal, the network after retries, bad data",
    ),
    (
        exit::USAGE,
        "usage error: bad flags or arguments, or input rejected before anything was sent",
    ),
    (
        exit::PARTIAL,
        "partial failure: a bulk command did some items and not others; the per-item results are on stdout",
    ),
    (
        exit::AUTH,
        "not authenticated: no credentials, or the API refused them",
    ),
    (
        exit::STILL_SUSPENDED,
        "only rum rebalance --apply --fail-on-suspended: every move was made, but RUM monitors stay suspended for pageviews (no order of their client has room)",
    ),
];

/// The help topics, by name, with a line on each.
pub const TOPICS: [(&str, &str); 3] = [
    ("environment", "Environment variables the CLI reads"),
    ("exit-codes", "What each exit code means"),
    ("global-options", "The options every command takes"),
];

/// The ids of the global options (GlobalArgs' fields) that mean nothing for the command
/// at `path` (`["sandbox", "serve"]`): not offered in its help and completions, and a
/// usage error when given.
pub fn meaningless(path: &[&str]) -> Vec<&'static str> {
    let mut ids = meaningless_everywhere(path).to_vec();
    // --json picks from records of known fields (`fields::json_fields`).
    if super::fields::json_fields(path).is_none() {
        ids.push("json");
    }
    // Only these ask before they act (`Context::confirm`).
    if !matches!(path, [_, "delete"] | ["auth", "reset-key"]) && !ids.contains(&"yes") {
        ids.push("yes");
    }
    ids
}

/// The options that mean nothing for whole kinds of commands.
fn meaningless_everywhere(path: &[&str]) -> &'static [&'static str] {
    // Commands that never talk to an API: no account, no client, nothing to confirm.
    const LOCAL: [&str; 6] = [
        "profile",
        "endpoint",
        "auth_mode",
        "sandbox",
        "client",
        "yes",
    ];
    // ... and that print no table or JSON either.
    const RAW: [&str; 10] = join(LOCAL, ["output", "columns", "no_header", "jq"]);
    // ... that print JSON which -o and --jq may reshape, but no table to pick from.
    const NO_TABLE: [&str; 8] = join(LOCAL, ["columns", "no_header"]);
    // A raw API answer is JSON: no columns, no header.
    const ANSWER: [&str; 2] = ["columns", "no_header"];
    match path {
        ["api"] => &ANSWER,
        ["sandbox", "serve"] | ["completions", ..] | ["help", ..] => &RAW,
        ["sandbox", "init" | "generate"] => &NO_TABLE,
        _ => &LOCAL[..0],
    }
}

/// `a` then `b`, at compile time: one list of names extends another.
const fn join<const A: usize, const B: usize, const N: usize>(
    a: [&'static str; A],
    b: [&'static str; B],
) -> [&'static str; N] {
    assert!(A + B == N, "N must be A + B");
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < A { a[i] } else { b[i - A] };
        i += 1;
    }
    out
}

/// The command tree as people see it: every command but the top one lists the global
/// options on one line after its examples, and offers only those that mean something.
pub fn command() -> clap::Command {
    let root = Cli::command();
    let globals: Vec<Arg> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    let examples = root.get_after_help().map(|h| reflow(&h.to_string()));
    let root = match examples {
        Some(text) => root.after_help(text),
        None => root,
    };
    root.mut_subcommands(|sub| scoped(sub, &globals, &mut Vec::new()))
}

fn scoped(mut cmd: clap::Command, globals: &[Arg], path: &mut Vec<String>) -> clap::Command {
    path.push(cmd.get_name().to_string());
    let here: Vec<&str> = path.iter().map(String::as_str).collect();
    let unwanted = meaningless(&here);
    let mut offered = Vec::new();
    for arg in globals {
        let id = arg.get_id().as_str();
        // A command's own copy of a global option wins over the propagated one; hidden
        // from help either way, and hidden from completion where it means nothing.
        let copy = if unwanted.contains(&id) {
            arg.clone().hide(true)
        } else {
            offered.push(flag(arg));
            arg.clone().hide_short_help(true).hide_long_help(true)
        };
        cmd = cmd.arg(copy);
    }
    let line = format!(
        "Global options (`monitis help global-options`): {}",
        offered.join(", ")
    );
    let after = match cmd.get_after_help() {
        Some(text) => format!("{}\n\n{line}", reflow(&text.to_string())),
        None => line,
    };
    cmd = cmd.after_help(after);
    let cmd = cmd.mut_subcommands(|sub| scoped(sub, globals, path));
    path.pop();
    cmd
}

/// Example lines wider than this are continued with `\` on the next line.
const EXAMPLE_WIDTH: usize = 78;

/// Examples that do not wrap mid-command at 80 columns: a long command is continued with
/// ` \` before an option or a pipe, a long comment on a new `#` line.
fn reflow(text: &str) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        if !line.starts_with("  ") || line.chars().count() <= EXAMPLE_WIDTH {
            out.push(line.to_string());
        } else if let Some(comment) = line.strip_prefix("  # ") {
            let words: Vec<String> = comment.split_whitespace().map(String::from).collect();
            out.extend(pack(&words, "  # ", "  # ", ""));
        } else {
            out.extend(pack(
                &chunks(&words(line.trim_start())),
                "  ",
                "      ",
                " \\",
            ));
        }
    }
    out.join("\n")
}

/// Shell words, a quoted string kept whole.
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    for ch in line.chars() {
        match (quote, ch) {
            (None, ' ') => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                continue;
            }
            (None, '\'' | '"') => quote = Some(ch),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        word.push(ch);
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// An option with its value, or a pipe with its command: where a line may break.
fn chunks(words: &[String]) -> Vec<String> {
    let mut chunks: Vec<String> = Vec::new();
    for word in words {
        let starts = word.starts_with('-') || ["|", ">", "&&", "||", ";"].contains(&word.as_str());
        match chunks.last_mut() {
            Some(last) if !starts => {
                last.push(' ');
                last.push_str(word);
            }
            _ => chunks.push(word.clone()),
        }
    }
    chunks
}

/// Pieces packed into lines of at most EXAMPLE_WIDTH, `end` closing each but the last.
fn pack(pieces: &[String], first: &str, next: &str, end: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = first.to_string();
    for piece in pieces {
        let fresh = line.trim().is_empty() || line.trim() == "#";
        if !fresh && line.chars().count() + 1 + piece.chars().count() + end.len() > EXAMPLE_WIDTH {
            lines.push(format!("{line}{end}"));
            line = next.to_string();
        } else if !fresh {
            line.push(' ');
        }
        line.push_str(piece);
    }
    lines.push(line);
    lines
}

/// `--profile`, `-o/--output`.
fn flag(arg: &Arg) -> String {
    match (arg.get_short(), arg.get_long()) {
        (Some(short), Some(long)) => format!("-{short}/--{long}"),
        (None, Some(long)) => format!("--{long}"),
        (Some(short), None) => format!("-{short}"),
        (None, None) => arg.get_id().to_string(),
    }
}

/// The text of a help topic, or None for a name that is not one.
pub fn topic(name: &str) -> Option<String> {
    let table = |rows: Vec<(String, &str)>| {
        let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        rows.iter()
            .map(|(k, v)| format!("  {k:width$}  {v}\n"))
            .collect::<String>()
    };
    match name {
        "environment" => Some(format!(
            "Environment variables (an option on the command line wins over its variable):\n\n{}",
            table(
                ENVIRONMENT
                    .iter()
                    .map(|(k, v)| (k.to_string(), *v))
                    .collect()
            )
        )),
        "exit-codes" => Some(format!(
            "Exit codes:\n\n{}",
            table(
                EXIT_CODES
                    .iter()
                    .map(|(k, v)| (k.to_string(), *v))
                    .collect()
            )
        )),
        "global-options" => {
            let globals: Vec<Arg> = Cli::command()
                .get_arguments()
                .filter(|a| a.is_global_set())
                .map(|a| a.clone().help_heading(None::<&str>))
                .collect();
            let mut cmd = clap::Command::new("global-options")
                .args(globals)
                .disable_help_flag(true)
                .help_template("The options every command takes, before or after it:\n\n{options}");
            Some(cmd.render_help().to_string())
        }
        _ => None,
    }
}

/// The topics, for `monitis help` with no argument and for an unknown name.
pub fn topics_list() -> String {
    let mut text = String::from("Help topics (`monitis help TOPIC`):\n");
    for (name, about) in TOPICS {
        text.push_str(&format!("  {name:16}{about}\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_has_a_line_of_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&command(), "monitis", &mut missing);
        assert!(missing.is_empty(), "options without help: {missing:?}");
    }

    #[test]
    fn examples_fit_80_columns() {
        fn walk(cmd: &clap::Command, long: &mut Vec<String>) {
            let help = cmd
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            long.extend(
                help.lines()
                    .filter(|l| l.starts_with("  ") && l.chars().count() > 80)
                    .map(str::to_string),
            );
            for sub in cmd.get_subcommands() {
                walk(sub, long);
            }
        }
        let mut long = Vec::new();
        walk(&command(), &mut long);
        assert!(long.is_empty(), "example lines wider than 80: {long:#?}");
    }

    #[test]
    fn long_examples_continue_before_an_option() {
        let text = "Examples:\n  monitis order add --client ann@example.com --service external=10 --service rum=5 --service rumPageviews=100000\n  # In CI: apply it, keeping 10% of each target's quota free; exit 3 if monitors stay suspended\n  monitis plan show --jq '.totals[] | select(.used > .quantity and .code == \"rumPageviews\")'";
        assert_eq!(
            reflow(text),
            "Examples:\n  monitis order add --client ann@example.com --service external=10 \\\n      --service rum=5 --service rumPageviews=100000\n  # In CI: apply it, keeping 10% of each target's quota free; exit 3 if\n  # monitors stay suspended\n  monitis plan show \\\n      --jq '.totals[] | select(.used > .quantity and .code == \"rumPageviews\")'"
        );
    }

    #[test]
    fn topics_name_every_variable_and_code() {
        let env = topic("environment").unwrap();
        assert!(
            env.contains("MONITIS_SECRET_KEY") && env.contains("COLUMNS"),
            "{env}"
        );
        let codes = topic("exit-codes").unwrap();
        assert!(codes.contains("  3  partial failure"), "{codes}");
        let globals = topic("global-options").unwrap();
        assert!(
            globals.contains("--profile <NAME>") && globals.contains("--jq <EXPR>"),
            "{globals}"
        );
        assert!(topic("nonsense").is_none());
    }
}
