//! The real OS keyring, opened the way the CLI opens it (`credentials::open`). CI starts
//! one (.ci/keyring.sh); where none works, each test prints "SKIPPED: no keyring
//! available: <reason>" to stderr and passes, except under `CI=true`, where it fails.

mod common;

use std::process::Command;
use std::sync::Arc;

use monitis::api::Secret;
use monitis::credentials::{self, SecretStore, Storage};

use common::skip::{in_ci, skip};

/// Set in a child process of this test binary to run one step of
/// `a_secret_outlives_the_process_that_saved_it` (see `child_step`).
const STEP: &str = "MONITIS_KEYRING_TEST_STEP";
const ENTRY: &str = "MONITIS_KEYRING_TEST_ENTRY";
const VALUE: &str = "MONITIS_KEYRING_TEST_VALUE";
/// What a child prints when it found no keyring, for the parent to report the skip.
const SKIPPED: &str = "SKIPPED: no keyring available: ";

/// Unique per run, so that parallel runs on one machine (one keyring) do not collide.
fn unique_entry(label: &str) -> String {
    format!(
        "keyring-test-{label}-{}-{:016x}/secretkey",
        std::process::id(),
        rand::random::<u64>()
    )
}

fn open() -> Result<Arc<dyn SecretStore>, String> {
    credentials::open(Storage::Keyring).map_err(|e| e.to_string())
}

/// From inside a multi-thread tokio runtime, as the CLI's commands call it: the Secret
/// Service store runs its own runtime, which must not be started from this one.
#[tokio::test(flavor = "multi_thread")]
async fn stores_reads_and_deletes_from_inside_the_async_runtime() {
    let store = match open() {
        Ok(store) => store,
        Err(reason) => return skip(format!("no keyring available: {reason}")),
    };
    eprintln!("keyring: {}", store.describe());
    let name = unique_entry("in-process");
    let _cleanup = Cleanup(&*store, &name);
    assert_eq!(store.get(&name).unwrap(), None);
    store.set(&name, &Secret::new("first secret")).unwrap();
    assert_eq!(store.get(&name).unwrap(), Some(Secret::new("first secret")));
    store.set(&name, &Secret::new("second secret")).unwrap();
    assert_eq!(
        store.get(&name).unwrap(),
        Some(Secret::new("second secret"))
    );
    store.delete(&name).unwrap();
    assert_eq!(store.get(&name).unwrap(), None);
    store.delete(&name).expect("deleting a missing entry is Ok");
}

/// Deletes the entry even when an assertion failed half-way.
struct Cleanup<'a>(&'a dyn SecretStore, &'a str);

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        let _ = self.0.delete(self.1);
    }
}

/// Each step runs in a process of its own, as separate CLI runs do: once in the
/// environment as it is (the Secret Service in CI), once with no session bus, which
/// leaves the kernel keyring (whose keys must outlive the process that joined a session
/// keyring to write them).
#[test]
fn a_secret_outlives_the_process_that_saved_it() {
    let no_bus = [(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/monitis-test-no-bus",
    )];
    for (label, env) in [("as-is", &[][..]), ("no-bus", &no_bus[..])] {
        let child = Child {
            name: unique_entry(label),
            value: format!("cross-process secret {}", rand::random::<u64>()),
            env,
        };
        let store = match child.run("set") {
            Err(reason) => {
                skip(format!("{label}: no keyring available: {reason}"));
                continue;
            }
            Ok(store) => store,
        };
        eprintln!("{label}: keyring: {store}");
        if label == "no-bus" {
            assert!(store.starts_with("Linux kernel keyring"), "{store}");
        }
        for step in ["get", "delete", "absent"] {
            child.run(step).unwrap();
        }
    }
}

/// Runs steps of `child_step` on one entry, each in a new process; deletes the entry
/// when dropped, also after a failed step.
struct Child<'a> {
    name: String,
    value: String,
    env: &'a [(&'a str, &'a str)],
}

impl Child<'_> {
    fn output(&self, step: &str) -> std::process::Output {
        Command::new(std::env::current_exe().unwrap())
            .args(["child_step", "--exact", "--nocapture", "--test-threads=1"])
            .env(STEP, step)
            .env(ENTRY, &self.name)
            .env(VALUE, &self.value)
            .envs(self.env.iter().copied())
            .output()
            .unwrap()
    }

    /// `Ok(describe())` when the step passed, `Err(reason)` when the child found no
    /// keyring; panics when the step failed.
    fn run(&self, step: &str) -> Result<String, String> {
        let output = self.output(step);
        let stdout = String::from_utf8_lossy(&output.stdout);
        // libtest prints "test child_step ... " on the same line before the child's output.
        let line = |marker: &str| {
            stdout
                .lines()
                .find_map(|l| l.split_once(marker))
                .map(|(_, rest)| rest.to_string())
        };
        match (output.status.success(), line(SKIPPED), line("STORE: ")) {
            (true, Some(reason), _) => Err(reason),
            (true, None, Some(store)) => Ok(store),
            _ => panic!(
                "child step {step} failed ({}):\n{stdout}\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            ),
        }
    }
}

impl Drop for Child<'_> {
    fn drop(&mut self) {
        self.output("delete");
    }
}

#[test]
fn ci_is_recognised_as_ci_services_set_it() {
    assert!(in_ci(Some("true")));
    assert!(in_ci(Some("TRUE")));
    assert!(in_ci(Some("1")));
    assert!(!in_ci(Some("false")));
    assert!(!in_ci(Some("")));
    assert!(!in_ci(None));
}

/// One step of `a_secret_outlives_the_process_that_saved_it`, in a child process; a
/// no-op in a normal test run.
#[test]
fn child_step() {
    let Ok(step) = std::env::var(STEP) else {
        return;
    };
    let name = std::env::var(ENTRY).unwrap();
    let value = Secret::new(std::env::var(VALUE).unwrap());
    let store = match open() {
        Ok(store) => store,
        Err(reason) => return println!("{SKIPPED}{reason}"),
    };
    match step.as_str() {
        "set" => store.set(&name, &value).unwrap(),
        "get" => assert_eq!(store.get(&name).unwrap(), Some(value)),
        "delete" => store.delete(&name).unwrap(),
        "absent" => assert_eq!(store.get(&name).unwrap(), None),
        other => panic!("unknown step {other}"),
    }
    println!("STORE: {}", store.describe());
}
