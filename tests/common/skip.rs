//! Tests that need a piece of the machine (the OS keyring, curl) skip where it is missing,
//! but not in CI: CI installs every piece, so there a missing one is a failure, and a green
//! CI means every test ran.

#![allow(dead_code)] // each test binary uses its own part of the harness

/// Whether the environment says this is CI (`CI=true`, as CI services set it).
pub fn in_ci(ci: Option<&str>) -> bool {
    ci.is_some_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// Reports that the calling test cannot run here and why; panics under `CI=true`.
pub fn skip(reason: impl std::fmt::Display) {
    let ci = std::env::var("CI").ok();
    assert!(
        !in_ci(ci.as_deref()),
        "this test cannot run, and under CI=true that is a failure: {reason}"
    );
    eprintln!("SKIPPED: {reason}");
}
