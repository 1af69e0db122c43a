//! Every build profile unwinds on a panic. The sandbox answers a request whose work
//! panicked with an internal error and keeps serving (`sandbox::blocking`, tested in
//! debug there), and the keyring's calls on threads of their own report a panic instead of
//! ending the CLI: both need unwinding, which `panic = "abort"` would turn into the
//! process's death in release builds. A release build is too slow for CI (about ten
//! minutes on two cores), so this reads the profiles the builds use instead.

use std::collections::BTreeMap;

#[test]
fn no_profile_aborts_on_panic() {
    let manifest: toml::Table = toml::from_str(include_str!("../Cargo.toml")).unwrap();
    let profiles = manifest
        .get("profile")
        .and_then(|p| p.as_table())
        .expect("Cargo.toml has profiles");
    assert!(profiles.contains_key("release"), "{profiles:?}");
    let panics: BTreeMap<&String, Option<&str>> = profiles
        .iter()
        .map(|(name, profile)| (name, profile.get("panic").and_then(|p| p.as_str())))
        .collect();
    for (name, panic) in &panics {
        assert!(
            matches!(panic, None | Some("unwind")),
            "[profile.{name}] sets panic = {panic:?}: the server's and the keyring's catch of a panic needs \"unwind\""
        );
    }
}
