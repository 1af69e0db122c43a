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

/// A Secret Service of the test's own: a private session bus with gnome-keyring on it,
/// its login collection unlocked with a throwaway password. Killing the bus (on drop)
/// ends the daemon too.
struct PrivateSecretService {
    dir: tempfile::TempDir,
    bus: String,
    bus_pid: String,
}

impl PrivateSecretService {
    fn start() -> Result<PrivateSecretService, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let out = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .output()
            .map_err(|e| format!("cannot start dbus-daemon: {e}"))?;
        let out = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut lines = out.lines();
        let (Some(bus), Some(bus_pid)) = (lines.next(), lines.next()) else {
            return Err(format!("dbus-daemon printed no address and pid: {out:?}"));
        };
        let service = PrivateSecretService {
            bus: bus.to_string(),
            bus_pid: bus_pid.to_string(),
            dir,
        };
        let mut daemon = service
            .command("gnome-keyring-daemon")
            .args(["--daemonize", "--unlock", "--components=secrets"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start gnome-keyring-daemon: {e}"))?;
        use std::io::Write;
        let _ = daemon.stdin.take().unwrap().write_all(b"monitis-test");
        let _ = daemon.wait();
        // The daemon claims its name on the bus shortly after it has forked: bounded.
        for _ in 0..100 {
            if service
                .call(
                    &[
                        "org.freedesktop.DBus.Properties.Get",
                        "string:org.freedesktop.Secret.Collection",
                        "string:Locked",
                    ],
                    LOGIN,
                )
                .is_ok()
            {
                return Ok(service);
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Err("gnome-keyring-daemon did not answer on the private bus".into())
    }

    /// A command with this bus (and the daemon's folders) in its environment.
    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_RUNTIME_DIR", self.dir.path());
        cmd
    }

    /// `dbus-send` to the Secret Service object `path`; its reply.
    fn call(&self, method_and_args: &[&str], path: &str) -> Result<String, String> {
        let out = self
            .command("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.secrets",
                path,
            ])
            .args(method_and_args)
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

impl Drop for PrivateSecretService {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(&self.bus_pid).status();
    }
}

const LOGIN: &str = "/org/freedesktop/secrets/collection/login";

/// `auth login` without a terminal, against a locked Secret Service: it fails before it
/// reads the secret from stdin (which never comes), names the lock and the ways out, and
/// stores nothing. On a private bus, so the lock touches no other test.
#[test]
fn a_locked_secret_service_is_refused_before_the_secret_is_read() {
    let service = match PrivateSecretService::start() {
        Ok(service) => service,
        Err(reason) => return skip(format!("no Secret Service to lock: {reason}")),
    };
    service
        .call(
            &[
                "org.freedesktop.Secret.Service.Lock",
                &format!("array:objpath:{LOGIN}"),
            ],
            "/org/freedesktop/secrets",
        )
        .unwrap();
    let locked = service
        .call(
            &[
                "org.freedesktop.DBus.Properties.Get",
                "string:org.freedesktop.Secret.Collection",
                "string:Locked",
            ],
            LOGIN,
        )
        .unwrap();
    assert!(locked.contains("boolean true"), "{locked}");

    let home = service.dir.path().join("home");
    let mut login = service.command(env!("CARGO_BIN_EXE_monitis"));
    login
        .env_remove("MONITIS_API_KEY")
        .env_remove("MONITIS_SECRET_KEY")
        .env("HOME", &home)
        .env("MONITIS_CONFIG_DIR", home.join("config"))
        .env("NO_COLOR", "1")
        .args([
            "auth",
            "login",
            "--endpoint",
            "http://127.0.0.1:9/api",
            "--api-key",
            "APIKEYAPIKEYAPIKEYAPIKEY00",
            "--secret-key-stdin",
        ])
        // stdin stays open and empty: a CLI that read it before looking at the keyring
        // would wait here until killed.
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = login.spawn().unwrap();
    let _stdin = child.stdin.take();
    let mut waited = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        waited += 1;
        if waited > 600 {
            let _ = child.kill();
            panic!("auth login waited on stdin instead of refusing the locked keyring");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("Secret Service") && stderr.contains("locked"),
        "{stderr}"
    );
    assert!(
        stderr.contains("MONITIS_API_KEY") && stderr.contains("--insecure-storage"),
        "names the ways out: {stderr}"
    );
    // Nothing stored: no profile, no item in the keyring.
    assert!(!home.join("config").join("config.toml").exists());
    let items = service
        .call(
            &[
                "org.freedesktop.DBus.Properties.Get",
                "string:org.freedesktop.Secret.Collection",
                "string:Items",
            ],
            LOGIN,
        )
        .unwrap();
    assert!(!items.contains("objectpath"), "{items}");
}
