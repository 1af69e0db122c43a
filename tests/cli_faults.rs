//! The CLI under faults and hostile input: bulk jobs finish in one run against a server
//! that drops answers (`--fault-rate`), input is read as a bounded stream, and every
//! command ends by its deadline.

mod common;
mod rum_setup;

use std::collections::BTreeMap;
use std::io::Write;
use std::net::TcpListener;

use common::cli::*;
use monitis_core::protocol::model::{MonitorType, Status, SuspendedReason};
use rum_setup::Setup;
use serde_json::Value;

const FAULTS: [&str; 4] = ["--fault-rate", "0.3", "--fault-seed", "11"];

/// A CLI with credentials, pointed at `endpoint`, in a private home folder.
fn cli_at(home: &tempfile::TempDir, endpoint: &str) -> Cli {
    Cli::new(home.path())
        .env("MONITIS_ENDPOINT", endpoint)
        .env("MONITIS_API_KEY", "APIKEYAPIKEYAPIKEYAPIKEY00")
        .env("MONITIS_SECRET_KEY", "SECRETSECRETSECRETSECRETSECRET00")
}

/// A server that accepts connections and never answers.
fn silent_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/api", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming() {
            held.push(stream);
        }
    });
    url
}

#[test]
fn a_server_that_never_answers_ends_the_command_at_its_deadline() {
    let home = tempfile::tempdir().unwrap();
    let url = silent_server();
    let run = cli_at(&home, &url)
        .args(["client", "list", "--timeout", "2"])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("no answer from http://127.0.0.1:")
            && run.stderr.contains("within the command's deadline of 2 s"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("--timeout or MONITIS_TIMEOUT"),
        "{run:?}"
    );

    // The variable does the same for a bulk command, whose own default is longer.
    let file = home.path().join("clients.csv");
    std::fs::write(
        &file,
        "email,firstName,lastName,password\na@example.com,A,B,pw\n",
    )
    .unwrap();
    let run = cli_at(&home, &url)
        .env("MONITIS_TIMEOUT", "1s")
        .args(["client", "import", file.to_str().unwrap()])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("deadline of 1 s"), "{run:?}");

    let run = cli_at(&home, &url)
        .args(["client", "list", "--timeout", "0"])
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("from 1 second to 24 hours"), "{run:?}");
}

/// Feeds `monitor move --bulk` up to 1 GB of "6\n" and returns the run and how many
/// bytes it took before it stopped reading.
fn feed_bulk_move(chunk: &[u8], total: u64) -> (Run, u64) {
    let home = tempfile::tempdir().unwrap();
    let mut child = cli_at(&home, "http://127.0.0.1:9/api")
        .args(["monitor", "move", "--bulk", "--to-order", "2"])
        .spawn_piped();
    let mut stdin = child.stdin.take().unwrap();
    let chunk = chunk.to_vec();
    let feeder = std::thread::spawn(move || {
        let mut written = 0u64;
        while written < total {
            if stdin.write_all(&chunk).is_err() {
                break; // the command stopped reading: closed pipe
            }
            written += chunk.len() as u64;
        }
        written
    });
    let run = Run::of(child.wait_with_output().unwrap());
    let written = feeder.join().unwrap();
    (run, written)
}

#[test]
fn an_endless_stream_of_ids_is_refused_early() {
    const GB: u64 = 1 << 30;
    let (run, written) = feed_bulk_move(&b"6\n".repeat(32 * 1024), GB);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("more than 100000 monitor ids in the input"),
        "{run:?}"
    );
    // It stopped reading at the limit: a few hundred KB (and the pipe's buffer), not 1 GB.
    assert!(written < 16 << 20, "{written} bytes were read");
}

#[test]
fn a_10_mb_line_is_refused_and_quoted_by_a_short_prefix() {
    let (run, written) = feed_bulk_move(&b"6".repeat(1 << 20), 10 << 20);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("stdin line 1 is longer than 1 MiB"),
        "{run:?}"
    );
    assert!(
        run.stderr.len() < 1000,
        "{} bytes on stderr",
        run.stderr.len()
    );
    assert!(written <= 10 << 20);
}

fn csv_rows(emails: &[String]) -> String {
    let mut text = String::from("email,firstName,lastName,password\n");
    for (i, email) in emails.iter().enumerate() {
        text.push_str(&format!("{email},First{i},Last{i},pw-{i}-secret\n"));
    }
    text
}

/// Each row's result by email.
fn results(rows: &Value) -> BTreeMap<String, String> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let email = r["account"].as_str().unwrap().to_string();
            (email, r["result"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn another_resellers_client_is_a_refused_row_not_one_that_exists() {
    let sb = Sandbox::start();
    let (apikey, secretkey) = sb.add_reseller();
    sb.as_account(&apikey, &secretkey)
        .args([
            "client",
            "add",
            "--email",
            "theirs@example.com",
            "--first-name",
            "T",
        ])
        .args(["--last-name", "Heirs", "--password-stdin"])
        .stdin("their password")
        .ok();
    let file = sb.dir.path().join("clients.csv");
    let emails = ["mine@example.com", "THEIRS@example.com"].map(String::from);
    std::fs::write(&file, csv_rows(&emails)).unwrap();

    let run = sb
        .monitis()
        .args(["client", "import", file.to_str().unwrap(), "-o", "json"])
        .run();
    assert_eq!(run.code, 3, "{run:?}");
    let rows = run.json();
    assert_eq!(rows[0]["result"], "created", "{rows}");
    let theirs = &rows[1];
    assert_eq!(theirs["result"], "refused", "{rows}");
    assert_eq!(theirs["id"], Value::Null);
    assert_eq!(theirs["apikey"], Value::Null);
    assert_eq!(
        theirs["error"],
        "an account with email theirs@example.com already exists (errorCode 17)"
    );
    assert!(
        run.stderr
            .contains("1 created, 0 already existed, 1 refused, 0 failed"),
        "{run:?}"
    );

    // A re-run: the reseller's own client exists, the other one is refused again.
    let rerun = sb
        .monitis()
        .args(["client", "import", file.to_str().unwrap(), "-o", "json"])
        .run();
    assert_eq!(rerun.code, 3, "{rerun:?}");
    let results = results(&rerun.json());
    assert_eq!(results["mine@example.com"], "exists");
    assert_eq!(results["THEIRS@example.com"], "refused");
}

#[test]
fn a_concurrent_import_under_faults_creates_each_client_once_in_input_order() {
    let sb = Sandbox::start_with(false, &FAULTS);
    // Every third row exists already: a re-run's rows are mixed with new ones.
    let emails: Vec<String> = (0..90).map(|i| format!("row{i:02}@example.com")).collect();
    let file = sb.dir.path().join("clients.csv");
    let first: Vec<String> = emails.iter().step_by(3).cloned().collect();
    std::fs::write(&file, csv_rows(&first)).unwrap();
    let run = sb
        .monitis()
        .args(["client", "import", file.to_str().unwrap(), "-o", "json"])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    std::fs::write(&file, csv_rows(&emails)).unwrap();
    for concurrency in ["6", "1"] {
        let run = sb
            .monitis()
            .args(["client", "import", file.to_str().unwrap(), "-o", "json"])
            .args(["--concurrency", concurrency])
            .run();
        assert_eq!(run.code, 0, "--concurrency {concurrency}: {run:?}");
        let rows = run.json();
        let rows = rows.as_array().unwrap();
        // One result per row, in the file's order, each with the client's apikey.
        let order: Vec<(u64, &str)> = rows
            .iter()
            .map(|r| (r["line"].as_u64().unwrap(), r["account"].as_str().unwrap()))
            .collect();
        let expected: Vec<(u64, &str)> = (2..).zip(emails.iter().map(String::as_str)).collect();
        assert_eq!(order, expected);
        assert!(rows.iter().all(|r| r["apikey"].is_string()), "{rows:?}");
        let created = rows.iter().filter(|r| r["result"] == "created").count();
        // The first of the two runs creates the 60 left; the second finds them all.
        let left = if concurrency == "6" { 60 } else { 0 };
        assert_eq!(created, left, "--concurrency {concurrency}");
    }
    // Read without faults: each client exactly once.
    let sb = sb.restart_with(&[]);
    let listed = sb.monitis().args(["client", "list"]).json();
    let mut accounts: Vec<&str> = (listed.as_array().unwrap().iter())
        .map(|c| c["account"].as_str().unwrap())
        .collect();
    accounts.sort_unstable();
    assert_eq!(accounts, emails);
}

/// A client with `n` uptime monitors in one order and `targets` more orders with room for
/// them all: (the order they are in, the other orders, the monitors).
fn movable(setup: &Setup, email: &str, n: usize, targets: usize) -> (i64, Vec<i64>, Vec<i64>) {
    let client = setup.client(email);
    let slots = [("external", n as u64)];
    let from = setup.order(&client, &slots);
    let others = (0..targets).map(|_| setup.order(&client, &slots)).collect();
    (from, others, setup.many(from, MonitorType::External, n))
}

/// The chaos run, bounded: a few hundred items, a fixed fault seed, 30% of the
/// requests failing (half after the change was committed). Import, bulk move, rebalance
/// and single adds each finish in ONE run, and the server's state afterwards has every
/// item exactly once.
#[test]
fn bulk_jobs_and_adds_converge_in_one_run_under_faults() {
    // Set up without faults.
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let (from, targets, moving) = movable(&setup, "mover@example.com", 300, 1);
    let to = targets[0];
    let rum = setup.client("rum@example.com");
    let small = setup.order(&rum, &[("rum", 40), ("rumPageviews", 1000)]);
    let big = setup.order(&rum, &[("rum", 40), ("rumPageviews", 1_000_000)]);
    setup.rum(small, &[30; 40]); // 1,200 of 1,000 pageviews: all 40 suspended (R6)
    drop(setup);
    let sb = sb.restart_with(&FAULTS);

    let emails: Vec<String> = (0..200)
        .map(|i| format!("user{i:03}@example.com"))
        .collect();
    let file = sb.dir.path().join("clients.csv");
    std::fs::write(&file, csv_rows(&emails)).unwrap();
    let import = sb
        .monitis()
        .args(["client", "import", file.to_str().unwrap(), "-o", "json"])
        .run();
    assert_eq!(import.code, 0, "{import:?}");
    let imported = results(&import.json());
    assert!(imported.values().all(|r| r == "created"), "{imported:?}");
    assert_eq!(imported.len(), 200);

    let ids: String = moving.iter().map(|id| format!("{id}\n")).collect();
    let moved = sb
        .monitis()
        .args(["monitor", "move", "--bulk", "--to-order", &to.to_string()])
        .args(["--batch-size", "50", "-o", "json"])
        .stdin(ids)
        .run();
    assert_eq!(moved.code, 0, "{moved:?}");
    assert!(
        moved
            .json()
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["result"] == "moved"),
        "{moved:?}"
    );

    let rebalance = sb
        .monitis()
        .args(["rum", "rebalance", "--client", "rum@example.com", "--apply"])
        .run();
    assert_eq!(rebalance.code, 0, "{rebalance:?}");

    // Single adds that are not idempotent: each run adds exactly one.
    for i in 0..8 {
        sb.monitis()
            .args(["order", "add", "--client", "mover@example.com", "--name"])
            .args([format!("Extra {i}").as_str(), "--service", "external=1"])
            .ok();
        sb.monitis()
            .args([
                "monitor",
                "add",
                "--order",
                &big.to_string(),
                "--type",
                "rum",
            ])
            .args([
                "--name",
                &format!("site {i}"),
                "--url",
                &format!("s{i}.example.com"),
            ])
            .ok();
        sb.monitis()
            .args([
                "service",
                "buy",
                "--client",
                "rum@example.com",
                "loadTester=1",
            ])
            .ok();
    }

    // The state, read without faults: every item exactly once, where it belongs.
    let sb = sb.restart_with(&[]);
    let setup = Setup::new(&sb);
    let clients = sb.monitis().args(["client", "list"]).json();
    let mut accounts: Vec<&str> = clients
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["account"].as_str().unwrap())
        .collect();
    accounts.sort();
    let mut expected: Vec<&str> = emails.iter().map(String::as_str).collect();
    expected.extend(["mover@example.com", "rum@example.com"]);
    expected.sort();
    assert_eq!(accounts, expected);

    let mut in_target: Vec<i64> = setup.monitors_of(to).iter().map(|m| m.id).collect();
    in_target.sort();
    assert_eq!(in_target, moving);
    assert!(setup.monitors_of(from).is_empty());

    let rum_monitors: Vec<_> = setup
        .all_monitors()
        .into_iter()
        .filter(|m| m.client_id == rum.id)
        .collect();
    assert_eq!(rum_monitors.len(), 48, "40 moved around, 8 added");
    assert!(
        rum_monitors.iter().all(|m| m.status == Status::Active
            && m.suspended_reason != Some(SuspendedReason::Pageviews)),
        "{rum_monitors:?}"
    );
    let mut added: Vec<String> = rum_monitors
        .iter()
        .filter(|m| m.name.starts_with("site "))
        .map(|m| m.name.clone())
        .collect();
    added.sort();
    assert_eq!(
        added,
        (0..8).map(|i| format!("site {i}")).collect::<Vec<_>>()
    );

    let orders = sb
        .monitis()
        .args(["order", "list", "--client", "mover@example.com"])
        .json();
    let mut extra: Vec<&str> = orders
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["name"].as_str().filter(|n| n.starts_with("Extra")))
        .collect();
    extra.sort();
    assert_eq!(
        extra,
        (0..8).map(|i| format!("Extra {i}")).collect::<Vec<_>>()
    );

    let mut api = sb.api(monitis::api::AuthMode::Checksum);
    api.act_for(Some(rum.apikey.clone()));
    let bought = tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(api.one_time_services())
        .unwrap();
    assert_eq!(bought.len(), 8, "{bought:?}");
}

/// The reseller's keys in the database: the current pair, and the pending one if any.
fn reseller_keys(sb: &Sandbox) -> ((String, String), Option<(String, String)>) {
    let conn = rusqlite::Connection::open(&sb.db).unwrap();
    let current = conn
        .query_row(
            "SELECT apikey, secretkey FROM resellers WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let pending = conn
        .query_row(
            "SELECT apikey, secretkey FROM pending_keys WHERE reseller_id = 1 AND client_id IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .ok();
    (current, pending)
}

/// The API key and secret key saved in the profile (`--insecure-storage`: files).
fn saved_keys(sb: &Sandbox) -> (String, String) {
    let dir = sb.config_dir();
    let config = std::fs::read_to_string(dir.join("config.toml")).unwrap();
    let config: toml::Value = toml::from_str(&config).unwrap();
    let apikey = config["profiles"]["default"]["apikey"].as_str().unwrap();
    let secrets = std::fs::read_to_string(dir.join("credentials.toml")).unwrap();
    let secrets: BTreeMap<String, String> = toml::from_str(
        &secrets
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n"),
    )
    .unwrap();
    let secret = secrets
        .iter()
        .find(|(k, _)| k.ends_with("secretkey"))
        .map(|(_, v)| v.clone())
        .unwrap();
    (apikey.to_string(), secret)
}

/// Every file under the config folder, for a secret that must not be there.
fn config_files_text(sb: &Sandbox) -> String {
    std::fs::read_dir(sb.config_dir())
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
        .collect()
}

/// `auth reset-key` saves the new keys before anything is confirmed: with every file
/// write failing (a full disk: a file size limit of 0, which even root meets), nothing
/// is confirmed, no secret is printed or left on disk, and the saved keys keep working.
#[test]
fn reset_key_resets_nothing_when_the_new_keys_could_not_be_saved() {
    let sb = Sandbox::start();
    assert_eq!(login(&sb, &sb.apikey, &sb.secretkey).code, 0);
    let full_disk = Cli::after_shell(sb.dir.path(), "trap '' XFSZ; ulimit -f 0")
        .env("MONITIS_ENDPOINT", &sb.url)
        .args(["auth", "reset-key", "--yes"])
        .run();
    assert_eq!(full_disk.code, 1, "{full_disk:?}");
    assert!(
        full_disk
            .stderr
            .contains("nothing was reset: the new keys could not be saved")
            && full_disk.stderr.contains("the old keys still work"),
        "{full_disk:?}"
    );
    // The server made new keys, pending; they are nowhere but in its database.
    let (current, pending) = reseller_keys(&sb);
    assert_eq!(current, (sb.apikey.clone(), sb.secretkey.clone()));
    let (_, new_secret) = pending.expect("a pending pair");
    assert!(!full_disk.stdout.contains(&new_secret) && !full_disk.stderr.contains(&new_secret));
    assert!(!config_files_text(&sb).contains(&new_secret));
    // The saved keys are still the platform's: the profile and the old keys both work.
    assert_eq!(saved_keys(&sb), current);
    assert_eq!(sb.cli().args(["auth", "status"]).json()["kind"], "reseller");
    sb.monitis().args(["auth", "status"]).ok();
}

/// Answers lost on the way back, before or after the change (a fault rate of 0.5, fixed
/// seeds): whatever a run of `auth reset-key` ends with, the saved keys are the
/// account's, or pending ones that the next run confirms; never lost keys. Once a run
/// succeeds, the old keys are retired.
#[test]
fn reset_key_never_locks_out_when_answers_are_lost() {
    let sb = Sandbox::start();
    assert_eq!(login(&sb, &sb.apikey, &sb.secretkey).code, 0);
    let log = sb.dir.path().join("access.log");
    let mut sb = sb;
    for seed in 1..=4 {
        let seed = seed.to_string();
        let log = log.to_str().unwrap();
        sb = sb.restart_with(&[
            "--fault-rate",
            "0.5",
            "--fault-seed",
            &seed,
            "--access-log",
            log,
        ]);
        let before = reseller_keys(&sb).0;
        let mut runs = 0;
        loop {
            runs += 1;
            assert!(runs <= 10, "seed {seed}: no run succeeded");
            let run = sb
                .cli()
                .args(["auth", "reset-key", "--yes", "-o", "json"])
                .run();
            let (current, pending) = reseller_keys(&sb);
            let saved = saved_keys(&sb);
            // Never locked out: the saved keys work now, or are pending ones.
            assert!(
                saved == current || pending.as_ref() == Some(&saved),
                "seed {seed}: saved keys neither current nor pending: {run:?}"
            );
            if let Some((_, secret)) = &pending {
                assert!(!run.stderr.contains(secret.as_str()), "{run:?}");
            }
            if run.code == 0 {
                assert_eq!(saved, current, "seed {seed}: {run:?}");
                assert_ne!(current, before, "seed {seed}: nothing was reset");
                break;
            }
            assert_eq!(run.code, 1, "seed {seed}: {run:?}");
            if saved != current {
                assert!(
                    run.stderr.contains("run `monitis auth reset-key` again"),
                    "{run:?}"
                );
            }
        }
    }
    // The seeds did lose answers to both calls (retried: each is safe to send again).
    let log = std::fs::read_to_string(&log).unwrap();
    for action in ["resetKeys", "confirmKeys"] {
        assert!(
            log.lines().any(|l| l.contains(&format!(" {action} 503 "))),
            "no lost answer to {action}:\n{log}"
        );
    }
    // Without faults the profile works, and the keys before the last reset do not.
    let sb = sb.restart_with(&[]);
    assert_eq!(sb.cli().args(["auth", "status"]).json()["kind"], "reseller");
    assert_eq!(sb.monitis().args(["auth", "status"]).run().code, 4);
}

/// A run that saved new keys and could not confirm them left them pending in the
/// profile: the next `auth reset-key` confirms them (and resets nothing more).
#[test]
fn reset_key_finishes_a_reset_whose_confirmation_failed() {
    let sb = Sandbox::start();
    assert_eq!(login(&sb, &sb.apikey, &sb.secretkey).code, 0);
    // What such a run leaves: keys pending on the server, saved in the profile.
    let api = sb.api(monitis::api::AuthMode::Checksum);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let new = runtime.block_on(api.reset_keys()).unwrap();
    assert!(new.pending);
    let dir = sb.config_dir();
    let config = std::fs::read_to_string(dir.join("config.toml")).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        config.replace(&sb.apikey, &new.keys.apikey),
    )
    .unwrap();
    let secrets = std::fs::read_to_string(dir.join("credentials.toml")).unwrap();
    std::fs::write(
        dir.join("credentials.toml"),
        secrets.replace(&sb.secretkey, &new.keys.secretkey),
    )
    .unwrap();
    // Until confirmed, the old keys are the working ones, the new ones only confirm.
    sb.monitis().args(["auth", "status"]).ok();
    assert_eq!(sb.cli().args(["auth", "status"]).run().code, 4);

    let run = sb
        .cli()
        .args(["auth", "reset-key", "--yes", "-o", "json"])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .contains("Finished the reset an earlier run began"),
        "{run:?}"
    );
    let (current, pending) = reseller_keys(&sb);
    assert_eq!(
        current,
        (new.keys.apikey.clone(), new.keys.secretkey.clone())
    );
    assert_eq!(pending, None);
    assert_eq!(sb.cli().args(["auth", "status"]).json()["kind"], "reseller");
    assert_eq!(sb.monitis().args(["auth", "status"]).run().code, 4);
}

/// The confirmation fails after a good save (the database is held by another process
/// from the moment the pending keys exist, until the command's deadline): the command
/// names the saved keys and how to finish, the old keys still work, and the next run
/// finishes the reset.
#[test]
fn reset_key_says_how_to_finish_when_the_confirmation_fails() {
    let sb = Sandbox::start();
    assert_eq!(login(&sb, &sb.apikey, &sb.secretkey).code, 0);
    // Answers held 500 ms after each change: time to take the lock before the CLI,
    // holding the answer to resetKeys, can send confirmKeys.
    let sb = sb.restart_with(&["--latency", "500"]);
    let mut reset = sb
        .cli()
        .args(["auth", "reset-key", "--yes", "--timeout", "8"])
        .spawn_piped();
    drop(reset.stdin.take());
    let mut holder = rusqlite::Connection::open(&sb.db).unwrap();
    let pending = (0..1000).any(|_| {
        if reseller_keys(&sb).1.is_some() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        false
    });
    assert!(pending, "resetKeys never made pending keys");
    let lock = holder
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    let out = reset.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let (current, pending) = reseller_keys(&sb);
    let pending = pending.unwrap();
    assert_eq!(current, (sb.apikey.clone(), sb.secretkey.clone()));
    assert_eq!(saved_keys(&sb), pending);
    assert!(
        stderr.contains(&format!("the new keys (API key {}) are saved", pending.0))
            && stderr.contains("run `monitis auth reset-key` again"),
        "{stderr}"
    );
    assert!(!stderr.contains(&pending.1), "{stderr}");
    // The old keys still work (a signed read needs no write lock).
    sb.monitis()
        .args(["--auth-mode", "checksum", "auth", "status"])
        .ok();
    drop(lock);

    // The server may still apply the confirmation it was waiting with; either way the
    // next run ends with the saved keys working and the old ones retired.
    let finish = sb.cli().args(["auth", "reset-key", "--yes"]).run();
    assert_eq!(finish.code, 0, "{finish:?}");
    let (current, pending) = reseller_keys(&sb);
    assert_eq!((saved_keys(&sb), pending), (current, None));
    assert_eq!(sb.monitis().args(["auth", "status"]).run().code, 4);
    assert_eq!(sb.cli().args(["auth", "status"]).json()["kind"], "reseller");
}

/// Two runs moving the same monitors to different orders: the last move wins, and the
/// run whose moves were overtaken learns it from its read-back at the end.
#[test]
fn a_bulk_move_overtaken_by_another_run_reports_it() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    let (_, targets, ms) = movable(&setup, "owner@example.com", 60, 2);
    let (first_target, second_target) = (targets[0], targets[1]);
    drop(setup);
    // Slow answers and one monitor per request, so the first run is under way when the
    // second one starts.
    let sb = sb.restart_with(&["--latency", "40"]);
    let setup = Setup::new(&sb);
    let ids: String = ms.iter().map(|id| format!("{id}\n")).collect();
    let first = sb
        .monitis()
        .args([
            "monitor",
            "move",
            "--bulk",
            "--to-order",
            &first_target.to_string(),
        ])
        .args(["--batch-size", "1", "--concurrency", "1", "-o", "json"])
        .stdin(ids.clone())
        .spawn();
    while setup.monitors_of(first_target).is_empty() {}
    let second = sb
        .monitis()
        .args([
            "monitor",
            "move",
            "--bulk",
            "--to-order",
            &second_target.to_string(),
        ])
        .args(["-o", "json"])
        .stdin(ids)
        .run();
    // The first run goes on moving them back meanwhile, so the second may learn the same.
    assert!(matches!(second.code, 0 | 3), "{second:?}");
    let first = Run::of(first.wait_with_output().unwrap());
    assert_eq!(first.code, 3, "{first:?}");

    let now: BTreeMap<i64, i64> = setup
        .all_monitors()
        .iter()
        .map(|m| (m.id, m.order_id))
        .collect();
    let mut overtaken = 0;
    for report in first.json().as_array().unwrap() {
        let id = report["monitorId"].as_i64().unwrap();
        match report["result"].as_str().unwrap() {
            "moved" => assert_eq!(now[&id], first_target, "{report}"),
            "overtaken" => {
                overtaken += 1;
                assert_eq!(now[&id], second_target, "{report}");
                assert_eq!(
                    report["reason"],
                    format!(
                        "moved, then moved on to order {second_target} by another change (the last move wins)"
                    )
                );
            }
            other => panic!("unexpected result {other}: {report}"),
        }
    }
    assert!(overtaken > 0, "{}", first.stdout);
    assert!(
        first.stderr.contains(&format!("overtaken {overtaken}")),
        "{first:?}"
    );
    // Nothing lost: every monitor is in one of the two targets.
    assert!(
        ms.iter()
            .all(|id| [first_target, second_target].contains(&now[id]))
    );
}

/// Waits (bounded) until `sql`, a count on the server's database, reaches `at_least`.
fn wait_for_count(db: &std::path::Path, sql: &str, at_least: i64) {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    for _ in 0..3000 {
        let count: i64 = conn.query_row(sql, [], |r| r.get(0)).unwrap();
        if count >= at_least {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("{sql} never reached {at_least}");
}

/// The stopped server: a bulk move whose server is stopped (SIGSTOP) after its
/// first request was committed and before its answer left. Every request, the read-back
/// of a streamed list included, ends by the deadline: the command reports each monitor
/// (exit 3) instead of waiting for a server that will never answer.
#[test]
fn a_bulk_move_ends_by_its_deadline_when_the_server_stops_mid_move() {
    let sb = Sandbox::start();
    let setup = Setup::new(&sb);
    // More than one read by ids holds (500): the read-back lists the target order instead.
    let (_, targets, moving) = movable(&setup, "stopped@example.com", 600, 1);
    let to = targets[0];
    drop(setup);
    // Every answer waits 1.5 s after its commit: the server is stopped in that gap.
    let sb = sb.restart_with(&["--latency", "1500"]);
    let ids: String = moving.iter().map(|id| format!("{id}\n")).collect();
    let cli = sb
        .monitis()
        .args(["monitor", "move", "--bulk", "--to-order", &to.to_string()])
        .args([
            "--batch-size",
            "300",
            "--concurrency",
            "1",
            "--timeout",
            "8s",
        ])
        .args(["-o", "json"])
        .stdin(ids);
    let (db, pid) = (sb.db.clone(), sb.pid().to_string());
    let stopper = std::thread::spawn(move || {
        let first_batch = format!("SELECT COUNT(*) FROM monitors WHERE order_id = {to}");
        wait_for_count(&db, &first_batch, 300);
        let stopped = std::process::Command::new("kill")
            .args(["-STOP", &pid])
            .status();
        assert!(stopped.unwrap().success());
    });
    let run = cli.run_within(std::time::Duration::from_secs(8 + 60));
    stopper.join().unwrap();
    sb.signal("CONT");
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr.contains("within the command's deadline of 8 s"),
        "{run:?}"
    );
    let results = run.json();
    let results = results.as_array().unwrap();
    assert_eq!(results.len(), 600);
    assert!(
        results.iter().all(|r| r["result"] == "failed"),
        "{results:?}"
    );
}

/// `--jq` runs a program the command line gives: one that recurses without end, builds
/// a value nested too deep, nests too deep to parse or never ends is an error of its own
/// (exit 1; 2 when it cannot even be parsed, before anything is sent), never a crash of
/// the command (exit 134) or a command that never ends.
#[test]
fn a_jq_filter_cannot_crash_or_hang_the_command() {
    let sb = Sandbox::start();
    let jq = |args: &[&str]| {
        sb.monitis()
            .args(["reseller", "show"])
            .args(args)
            .run_within(std::time::Duration::from_secs(60))
    };
    for filter in ["def f: [f]; f", "reduce range(100000) as $i (.; [.])"] {
        let run = jq(&["--jq", filter]);
        assert_eq!(run.code, 1, "{filter}: {run:?}");
        assert!(
            run.stderr.contains("recurses or nests too deeply to run"),
            "{filter}: {run:?}"
        );
    }
    let run = jq(&["--timeout", "2", "--jq", "def f: f; f"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("\"def f: f; f\" did not finish within the command's deadline of 2 s"),
        "{run:?}"
    );
    let nested = format!("{}.{}", "[".repeat(60_000), "]".repeat(60_000));
    let run = jq(&["--jq", &nested]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("nests too deeply to be parsed"),
        "{run:?}"
    );
    // A filter that ends answers as before, whatever it could have gone on to do.
    let run = jq(&["--jq", "limit(3; repeat(.paid))"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "true\ntrue\ntrue\n"));
}
