//! The layering docs/architecture.md describes holds: no module imports one that imports
//! it back (tools/import_cycles.py reads the `use` paths under src/).

mod common;

use std::process::Command;

use common::skip::skip;

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let root = env!("CARGO_MANIFEST_DIR");
    let run = Command::new("python3")
        .arg(format!("{root}/tools/import_cycles.py"))
        .arg(format!("{root}/src"))
        .output();
    let out = match run {
        Ok(out) => out,
        Err(err) => return skip(format!("python3 is needed to read the imports: {err}")),
    };
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "import cycles:\n{report}");
    assert_eq!(report.trim(), "no import cycles");
}
