//! The layering docs/architecture.md describes holds. Between crates the compiler holds
//! it (each crate's Cargo.toml names what it may use); these tests hold what the crate
//! graph cannot say: what may be named inside a crate, that no module imports one that
//! imports it back, and that the lean build (`--no-default-features`) has no server in it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::skip::skip;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Each crate's source folder.
const SOURCES: [&str; 3] = [
    "src",
    "crates/monitis-core/src",
    "crates/monitis-platform/src",
];

/// What a file under a folder may not name: (folder or file, forbidden text, the rule).
/// Test modules are left out; comments are not code and are left out too.
const LAYERS: &[(&str, &str, &str)] = &[
    ("crates/", "clap", "clap lives in the CLI alone"),
    ("src/api/", "clap", "clap lives in the CLI alone (src/cli/)"),
    (
        "src/output/",
        "clap",
        "clap lives in the CLI alone (src/cli/)",
    ),
    (
        "src/credentials/",
        "clap",
        "clap lives in the CLI alone (src/cli/)",
    ),
    (
        "src/config.rs",
        "clap",
        "clap lives in the CLI alone (src/cli/)",
    ),
    (
        "src/error.rs",
        "clap",
        "clap lives in the CLI alone (src/cli/)",
    ),
    (
        "crates/monitis-core/",
        "tokio",
        "the core is pure: no I/O, no runtime",
    ),
    (
        "crates/monitis-core/",
        "std::fs",
        "the core is pure: no I/O, no runtime",
    ),
    (
        "crates/monitis-core/",
        "std::net",
        "the core is pure: no I/O, no runtime",
    ),
    (
        "crates/monitis-platform/src/http/",
        "crate::web",
        "the API face and the web dashboard do not import each other",
    ),
    (
        "crates/monitis-platform/src/http/",
        "super::web",
        "the API face and the web dashboard do not import each other",
    ),
    (
        "crates/monitis-platform/src/web/",
        "crate::http",
        "the API face and the web dashboard do not import each other",
    ),
    (
        "crates/monitis-platform/src/http/",
        "Action::A",
        "the API face parses and hands every action to actions::serve",
    ),
    (
        "src/",
        "monitis_platform",
        "the CLI reaches the platform through src/cli/embedded.rs and src/cli/sandbox/local.rs only",
    ),
];

/// The files allowed to name the platform crate from the CLI.
const PLATFORM_DOORS: [&str; 2] = ["src/cli/embedded.rs", "src/cli/sandbox/local.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's code: comments and its test module left out.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every (file, rule) the tree breaks, as `path: rule (names "text")`.
fn broken_rules() -> Vec<String> {
    let mut files = Vec::new();
    for src in SOURCES {
        rust_files(&Path::new(ROOT).join(src), &mut files);
    }
    let mut broken = Vec::new();
    for path in &files {
        let relative = path
            .strip_prefix(ROOT)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let code = code(path);
        for (under, forbidden, rule) in LAYERS {
            if !relative.starts_with(under) {
                continue;
            }
            if *forbidden == "monitis_platform" && PLATFORM_DOORS.contains(&relative.as_str()) {
                continue;
            }
            // `Action::A…`: any variant of the action table (an upper-case letter after it).
            let hit = match forbidden.strip_suffix("::A") {
                Some(prefix) => code.match_indices(&format!("{prefix}::")).any(|(at, m)| {
                    code[at + m.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_uppercase())
                }),
                None => code.contains(forbidden),
            };
            if hit {
                broken.push(format!("{relative}: {rule} (names {forbidden:?})"));
            }
        }
    }
    broken
}

#[test]
fn each_layer_names_only_what_it_may() {
    let broken = broken_rules();
    assert!(
        broken.is_empty(),
        "layer rules broken:\n{}",
        broken.join("\n")
    );
}

#[test]
fn authentication_names_no_action_a_column_of_the_table_says_how_each_signs() {
    let table =
        std::fs::read_to_string(format!("{ROOT}/crates/monitis-platform/src/action.rs")).unwrap();
    let names: Vec<&str> = table
        .lines()
        .filter_map(|line| line.split_once(" = \"")?.1.split_once('"'))
        .map(|(name, _)| name)
        .collect();
    assert!(
        names.contains(&"confirmKeys"),
        "the table was read: {names:?}"
    );
    for file in ["auth.rs", "app.rs", "guard.rs"] {
        let code = code(Path::new(&format!(
            "{ROOT}/crates/monitis-platform/src/{file}"
        )));
        assert!(
            !code.contains("\"action\""),
            "{file} reads the action parameter: how an action signs is a column of action.rs"
        );
        for name in &names {
            for compared in [format!("Some(\"{name}\")"), format!("== \"{name}\"")] {
                assert!(
                    !code.contains(&compared),
                    "{file} compares the action name {name:?}: make it a column of action.rs"
                );
            }
        }
    }
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    for src in SOURCES {
        let run = Command::new("python3")
            .arg(format!("{ROOT}/tools/import_cycles.py"))
            .arg(format!("{ROOT}/{src}"))
            .output();
        let out = match run {
            Ok(out) => out,
            Err(err) => return skip(format!("python3 is needed to read the imports: {err}")),
        };
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "import cycles in {src}:\n{report}");
        assert_eq!(report.trim(), "no import cycles", "{src}");
    }
}

/// `cargo tree` of the CLI as its users build it: with or without the platform.
fn tree(lean: bool) -> String {
    let mut cargo = Command::new(env!("CARGO"));
    cargo.current_dir(ROOT).args([
        "tree",
        "--offline",
        "--locked",
        "-p",
        "monitis-cli",
        "-e",
        "normal,features",
        "--prefix",
        "none",
    ]);
    if lean {
        cargo.arg("--no-default-features");
    }
    let out = cargo.output().expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_cli_without_the_platform_feature_has_no_server_in_its_tree() {
    let has = |tree: &str, what: &str| tree.lines().any(|line| line.starts_with(what));
    let full = tree(false);
    let lean = tree(true);
    for server in [
        "axum ",
        "hyper feature \"server\"",
        "rusqlite ",
        "askama ",
        "argon2 ",
        "monitis-platform ",
    ] {
        assert!(has(&full, server), "the default build has {server:?}");
        assert!(!has(&lean, server), "the lean build has {server:?}");
    }
    assert!(has(&lean, "reqwest "), "the lean build is still a client");
}

#[test]
fn every_test_docs_limits_names_exists() {
    let doc = std::fs::read_to_string(format!("{ROOT}/docs/limits.md")).unwrap();
    let mut named = 0;
    for quoted in doc.split('`').skip(1).step_by(2) {
        // A test is named `file::test` or `module::tests::test`, all in snake case.
        let Some((place, test)) = quoted.rsplit_once("::") else {
            continue;
        };
        if !quoted
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_' || c == ':' || c.is_ascii_digit())
        {
            continue;
        }
        let file = place.split("::").next().unwrap();
        let candidates = [
            format!("{ROOT}/tests/{file}.rs"),
            format!("{ROOT}/crates/monitis-platform/src/{file}.rs"),
        ];
        let found = candidates.iter().any(|path| {
            std::fs::read_to_string(path).is_ok_and(|code| code.contains(&format!("fn {test}(")))
        });
        assert!(found, "docs/limits.md names {quoted}, which is no test");
        named += 1;
    }
    assert!(named >= 15, "only {named} tests named");
}
