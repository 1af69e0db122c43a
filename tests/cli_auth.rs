//! The CLI foundation end to end: logging in and out, where credentials come from and
//! where they are kept, both signing modes, token renewal, redacted logs, exit codes and
//! output formats, against a real sandbox server.

mod common;

use common::cli::*;
use monitis::api::{AuthMode, Retry, Secret};
use serde_json::Value;

/// `auth login` as a client, by email with the password on stdin, to the config file.
fn password_login(cli: Cli, email: &str, password: &str) -> Cli {
    cli.args([
        "auth",
        "login",
        "--email",
        email,
        "--password-stdin",
        "--insecure-storage",
    ])
    .stdin(password)
}

fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn without_credentials_commands_exit_4_and_say_how_to_log_in() {
    let sb = Sandbox::start();
    let run = sb.cli().args(["auth", "status"]).run();
    assert_eq!(run.code, 4, "{run:?}");
    for hint in ["monitis auth login", "MONITIS_API_KEY", "--sandbox"] {
        assert!(run.stderr.contains(hint), "no {hint:?} in {}", run.stderr);
    }
    let run = sb.cli().args(["--profile", "ci", "auth", "status"]).run();
    assert_eq!(run.code, 4);
    assert!(
        run.stderr.contains("auth login --profile ci"),
        "{}",
        run.stderr
    );
}

#[test]
fn login_checks_the_keys_and_keeps_the_secret_out_of_the_config() {
    let sb = Sandbox::start();
    let config = sb.config_dir().join("config.toml");

    // Wrong secret: refused by the API, exit 4, nothing saved.
    let run = login(&sb, &sb.apikey, "WRONGSECRETWRONGSECRETWRONGSECR");
    assert_eq!(run.code, 4, "{run:?}");
    assert!(!config.exists(), "a refused login saved a config");

    let run = login(&sb, &sb.apikey, &sb.secretkey);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("UNENCRYPTED"),
        "insecure storage must be announced: {}",
        run.stderr
    );
    let text = read(&config);
    assert!(text.contains(&sb.apikey), "{text}");
    assert!(
        !text.contains(&sb.secretkey),
        "the config holds the secret key"
    );
    #[cfg(unix)]
    {
        assert_eq!(mode(&config), 0o600);
        assert_eq!(mode(&sb.config_dir().join("credentials.toml")), 0o600);
    }

    let status = sb.cli().args(["auth", "status"]).json();
    assert_eq!(status["kind"], "reseller");
    assert_eq!(status["source"], "profile default");
    assert_eq!(status["endpoint"], sb.url.as_str());
    assert!(
        status["secretStorage"]
            .as_str()
            .unwrap()
            .contains("credentials.toml")
    );
    assert!(!status.to_string().contains(&sb.secretkey));

    // The cached token is a secret too: never in the config.
    assert!(!read(&config).to_lowercase().contains("token ="));

    let run = sb.cli().args(["auth", "logout"]).ok();
    assert!(run.stderr.contains("Logged out"), "{}", run.stderr);
    assert!(!read(&config).contains(&sb.apikey));
    assert!(!read(&sb.config_dir().join("credentials.toml")).contains(&sb.secretkey));
    assert_eq!(sb.cli().args(["auth", "status"]).run().code, 4);
    assert_eq!(sb.cli().args(["auth", "logout"]).run().code, 4);
}

#[test]
fn environment_credentials_win_over_the_profile() {
    let sb = Sandbox::start();
    let (other_key, other_secret) = sb.add_reseller();
    assert_eq!(login(&sb, &sb.apikey, &sb.secretkey).code, 0);
    let status = sb
        .as_account(&other_key, &other_secret)
        .args(["auth", "status"])
        .json();
    assert_eq!(status["source"], "environment");
    let mine = sb.cli().args(["auth", "status"]).json();
    assert_ne!(
        status["account"], mine["account"],
        "env and profile are different resellers"
    );

    let half = sb
        .cli()
        .env("MONITIS_API_KEY", &other_key)
        .args(["auth", "status"])
        .run();
    assert_eq!(half.code, 4);
    assert!(
        half.stderr.contains("MONITIS_SECRET_KEY"),
        "{}",
        half.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_expired_token_is_renewed_once() {
    let sb = Sandbox::start();
    assert_eq!(login(&sb, &sb.apikey, &sb.secretkey).code, 0);
    // The first run fetches a token and caches it with the profile's secrets.
    sb.cli().args(["auth", "status"]).ok();
    assert!(read(&sb.config_dir().join("credentials.toml")).contains("default/token"));

    // Revoke every token of the account (checksum mode needs none).
    let _: Value = sb
        .api(AuthMode::Checksum)
        .change("sandboxExpireTokens", Vec::new(), Retry::Once)
        .await
        .unwrap();

    let run = sb.cli().args(["-v", "auth", "status"]).ok();
    assert!(
        run.stderr.contains("token expired; fetching a new one"),
        "{}",
        run.stderr
    );
    // The new token was cached: the next run needs no renewal.
    let run = sb.cli().args(["-v", "auth", "status"]).ok();
    assert!(!run.stderr.contains("token expired"), "{}", run.stderr);
}

#[test]
fn checksum_mode_signs_requests_and_logs_no_secret() {
    let sb = Sandbox::start();
    let run = sb
        .monitis()
        .args([
            "--auth-mode",
            "checksum",
            "-vv",
            "-o",
            "json",
            "auth",
            "status",
        ])
        .ok();
    assert!(run.stderr.contains("validation=HMACSHA1"), "{}", run.stderr);
    assert!(run.stderr.contains("checksum=***"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("authToken="),
        "checksum mode fetched a token"
    );
    assert!(!run.stderr.contains(&sb.secretkey));
    assert_eq!(run.json()["authMode"], "checksum");
}

#[test]
fn token_mode_logs_redact_the_secret_key_and_the_token() {
    let sb = Sandbox::start();
    let run = sb.monitis().args(["-vv", "auth", "status"]).ok();
    assert!(run.stderr.contains("secretkey=***"), "{}", run.stderr);
    assert!(run.stderr.contains("authToken=***"), "{}", run.stderr);
    assert!(
        run.stderr.contains(r#""authToken":"***""#),
        "token in a response body: {}",
        run.stderr
    );
    assert!(!run.stderr.contains(&sb.secretkey));
    // Whatever the token was, it must not be there in the clear: no long key-like word
    // other than the apikey appears after "authToken".
    for line in run.stderr.lines().filter(|l| l.contains("authToken")) {
        assert!(
            !line.contains("authToken=") || line.contains("authToken=***"),
            "{line}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_client_logs_in_with_email_and_password_and_may_not_reset_keys() {
    let sb = Sandbox::start();
    let api = sb.api(AuthMode::Checksum);
    let email = "carol@example.com";
    let password = "correct horse battery staple";
    let client_key: String = api
        .change(
            "addClient",
            vec![
                ("firstName", "Carol".into()),
                ("lastName", "Ng".into()),
                ("email", email.into()),
                ("password", password.into()),
            ],
            Retry::Once,
        )
        .await
        .unwrap();
    let _: Value = api
        .change(
            "addOrder",
            vec![
                ("clientApikey", client_key.clone()),
                ("services", "external:1".into()),
                ("name", "Basic".into()),
            ],
            Retry::Once,
        )
        .await
        .unwrap();

    let run = password_login(sb.cli().args(["-vv"]), email, password).ok();
    assert!(
        !run.stderr.contains(password),
        "the password shows in the logs"
    );
    // The login itself goes through the API client: logged, with the password redacted.
    let digest = monitis_core::protocol::sign::sha256_hex(password);
    assert!(
        run.stderr.lines().any(|l| l.starts_with("> GET ")
            && l.contains("action=apikey")
            && l.contains(&format!("userName={email}"))
            && l.contains("password=***")),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains(&digest), "{}", run.stderr);
    let status = sb.cli().args(["auth", "status"]).json();
    assert_eq!(status["kind"], "client");
    assert_eq!(status["account"], email);

    // R2: no API key reset for clients; the API's reason, exit 1, nothing changed.
    let run = sb.cli().args(["auth", "reset-key", "--yes"]).run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("errorCode 7"), "{}", run.stderr);
    assert_eq!(sb.cli().args(["auth", "status"]).json()["account"], email);

    let other_config = sb
        .cli()
        .env("MONITIS_CONFIG_DIR", sb.dir.path().join("other"));
    let wrong = password_login(other_config, email, "not the password").run();
    assert_eq!(wrong.code, 4, "{wrong:?}");
}

/// The issue's stopped server, at login: the `apikey` call keeps the command's deadline
/// like every other call, instead of waiting for an answer that never comes.
#[test]
fn a_login_by_email_ends_by_its_deadline_when_the_server_is_stopped() {
    let sb = Sandbox::start();
    sb.signal("STOP");
    let run = password_login(sb.cli().args(["--timeout", "2"]), "ann@example.com", "pw")
        .run_within(std::time::Duration::from_secs(2 + 60));
    sb.signal("CONT");
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("apikey: no answer from http://127.0.0.1:")
            && run.stderr.contains("within the command's deadline of 2 s"),
        "{run:?}"
    );
    assert!(!run.stderr.contains("password="), "{run:?}");
}

#[test]
fn a_reseller_resets_his_keys_and_keeps_working() {
    let sb = Sandbox::start();
    assert_eq!(login(&sb, &sb.apikey, &sb.secretkey).code, 0);
    // Without a terminal and without --yes nothing is asked and nothing changes.
    let run = sb.cli().args(["auth", "reset-key"]).run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--yes"), "{}", run.stderr);

    let reset = sb.cli().args(["auth", "reset-key", "--yes"]).json();
    let new_key = reset["apikey"].as_str().unwrap();
    assert_ne!(new_key, sb.apikey);
    // The old keys are refused; the profile has the new ones and works.
    assert_eq!(sb.monitis().args(["auth", "status"]).run().code, 4);
    assert_eq!(sb.cli().args(["auth", "status"]).json()["kind"], "reseller");
    // Acting for a client would save the client's keys in the reseller's profile.
    let run = sb
        .cli()
        .args(["--client", "ann@example.com", "auth", "reset-key", "--yes"])
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("without --client"), "{run:?}");
    assert_eq!(sb.cli().args(["auth", "status"]).json()["kind"], "reseller");
    // Environment credentials have nowhere to keep new keys: refused before sending.
    let run = sb
        .as_account(new_key, "whatever")
        .args(["auth", "reset-key", "--yes"])
        .run();
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn nothing_prompts_without_a_terminal() {
    let sb = Sandbox::start();
    let run = sb.cli().args(["auth", "login", "--insecure-storage"]).run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--api-key"), "{}", run.stderr);
    let run = sb
        .cli()
        .args([
            "auth",
            "login",
            "--api-key",
            &sb.apikey,
            "--insecure-storage",
        ])
        .run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--secret-key-stdin"), "{}", run.stderr);
    let run = sb
        .cli()
        .args(["auth", "login", "--email", "a@b.c", "--insecure-storage"])
        .run();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--password-stdin"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let sb = Sandbox::start();
    for args in [
        vec!["--output", "yaml", "auth", "status"],
        vec!["auth", "frobnicate"],
        vec!["--auth-mode", "basic", "auth", "status"],
    ] {
        let run = sb.monitis().args(&args).run();
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
    }
}

#[test]
fn plain_http_is_refused_except_to_loopback() {
    let sb = Sandbox::start();
    let run = sb
        .monitis()
        .env("MONITIS_ENDPOINT", "http://api.monitis.example/api")
        .args(["auth", "status"])
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("use https://"), "{}", run.stderr);
}

#[test]
fn record_output_in_every_format_and_jq() {
    let sb = Sandbox::start();
    let status = |args: &[&str]| sb.monitis().args(args).args(["auth", "status"]).ok().stdout;
    let json: Value = serde_json::from_str(&status(&["-o", "json"])).unwrap();
    assert_eq!(json["kind"], "reseller");
    let ndjson = status(&["-o", "ndjson"]);
    assert_eq!(ndjson.lines().count(), 1);
    assert_eq!(serde_json::from_str::<Value>(&ndjson).unwrap(), json);
    assert_eq!(
        status(&["-o", "csv", "--columns", "kind,authMode"]),
        "kind,authMode\nreseller,token\n"
    );
    assert_eq!(
        status(&["-o", "tsv", "--columns", "kind,authMode", "--no-header"]),
        "reseller\ttoken\n"
    );
    // Off a terminal the default is TSV without a header.
    assert_eq!(status(&["--columns", "kind"]), "reseller\n");
    assert_eq!(status(&["--jq", ".kind"]), "reseller\n");
    assert_eq!(status(&["--jq", "{k: .kind}"]), "{\"k\":\"reseller\"}\n");
    let table = status(&["-o", "table", "--columns", "kind,authMode"]);
    assert_eq!(table, "KIND:       reseller\nAUTH MODE:  token\n");

    // A bad expression is refused before anything is sent (exit 2); a filter that fails
    // on the data is an error of its own (exit 1), not a failure to write.
    let bad = sb
        .monitis()
        .args(["--jq", ".[", "-vv", "auth", "status"])
        .run();
    assert_eq!(bad.code, 2, "{bad:?}");
    assert!(bad.stderr.contains("--jq: cannot parse"), "{}", bad.stderr);
    assert!(
        !bad.stderr.contains("action="),
        "a request was sent: {}",
        bad.stderr
    );
    let failing = sb
        .monitis()
        .args(["--jq", ".kind | tonumber", "auth", "status"])
        .run();
    assert_eq!(failing.code, 1, "{failing:?}");
    assert!(failing.stderr.contains("--jq"), "{}", failing.stderr);
    assert!(
        !failing.stderr.contains("could not write"),
        "{}",
        failing.stderr
    );
}

#[test]
fn the_embedded_sandbox_works_from_an_empty_data_folder() {
    let home = tempfile::tempdir().unwrap();
    let run = Cli::new(home.path())
        .args(["--sandbox", "auth", "status"])
        .ok();
    assert!(run.stderr.contains("embedded sandbox"), "{}", run.stderr);
    let first: Value = Cli::new(home.path())
        .args(["--sandbox", "auth", "status"])
        .json();
    assert_eq!(first["kind"], "reseller");
    assert_eq!(first["source"], "sandbox");
    // The second run reuses the same database and account.
    let again: Value = Cli::new(home.path())
        .env("MONITIS_SANDBOX", "1")
        .args(["auth", "status"])
        .json();
    assert_eq!(again["account"], first["account"]);
    let db = again["secretStorage"].as_str().unwrap().to_string();
    assert!(db.contains(home.path().to_str().unwrap()), "{db}");
    // An explicit database wins.
    let other = home.path().join("mine.db");
    let run = Cli::new(home.path())
        .env("MONITIS_SANDBOX_DB", &other)
        .args(["--sandbox", "auth", "status"])
        .ok();
    assert!(run.stderr.contains("mine.db"), "{}", run.stderr);
    assert!(other.exists());
}

#[test]
fn secret_is_never_an_option() {
    let sb = Sandbox::start();
    for flag in ["--secret-key", "--password", "--secretkey"] {
        let run = sb.cli().args(["auth", "login", flag, "x"]).run();
        assert_eq!(run.code, 2, "{flag} must not exist: {run:?}");
    }
    // Only the hidden Secret type's debug form shows.
    assert_eq!(format!("{:?}", Secret::new("s3cret")), "Secret(***)");
}

#[test]
fn login_keeps_the_secret_in_the_os_keyring() {
    let sb = Sandbox::start();
    // A profile of its own: the developer's real keyring may hold a `default` login.
    let profile = format!("e2e-{}", std::process::id());
    // The keyring's session bus, when there is one, is the one thing kept from outside.
    let keyring_cli = || {
        let mut cli = sb.cli();
        for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"] {
            if let Some(value) = std::env::var_os(var) {
                cli = cli.env(var, value);
            }
        }
        cli.args(["--profile", &profile])
    };
    let run = keyring_cli()
        .args([
            "auth",
            "login",
            "--api-key",
            &sb.apikey,
            "--secret-key-stdin",
        ])
        .stdin(sb.secretkey.clone())
        .run();
    if run.code == 4 && run.stderr.contains("--insecure-storage") {
        return common::skip::skip(format!("no keyring available here: {}", run.stderr.trim()));
    }
    assert_eq!(run.code, 0, "{run:?}");
    let status = keyring_cli().args(["auth", "status"]).json();
    let storage = status["secretStorage"].as_str().unwrap().to_string();
    assert!(
        storage.to_lowercase().contains("keyring") || storage.contains("Secret Service"),
        "{storage}"
    );
    assert!(
        !sb.config_dir().join("credentials.toml").exists(),
        "no file store was used"
    );
    assert!(!read(&sb.config_dir().join("config.toml")).contains(&sb.secretkey));
    keyring_cli().args(["auth", "logout"]).ok();
    assert_eq!(keyring_cli().args(["auth", "status"]).run().code, 4);
}

#[test]
fn a_network_error_names_the_endpoint_but_no_secret() {
    let sb = Sandbox::start();
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    for mode in ["token", "checksum"] {
        let run = sb
            .monitis()
            .env("MONITIS_ENDPOINT", "http://127.0.0.1:1/api")
            .args(["--auth-mode", mode, "auth", "status"])
            .run();
        assert_eq!(run.code, 1, "{mode}: {run:?}");
        assert!(
            run.stderr
                .contains("could not reach http://127.0.0.1:1/api"),
            "{}",
            run.stderr
        );
        for secret in [
            sb.secretkey.as_str(),
            "secretkey=",
            "checksum=",
            "authToken=",
        ] {
            assert!(
                !run.stderr.contains(secret),
                "{mode}: {secret:?} in {}",
                run.stderr
            );
        }
    }
}

/// A keyring that never answers (a session bus that accepts and says nothing) is waited
/// for off the async threads, and only until the command's deadline.
#[cfg(target_os = "linux")]
#[test]
fn a_hung_keyring_ends_the_command_at_its_deadline() {
    let sb = Sandbox::start();
    assert_eq!(login(&sb, &sb.apikey, &sb.secretkey).code, 0);
    // The profile as a keyring login leaves it.
    let config = sb.config_dir().join("config.toml");
    let text = read(&config).replace("\"insecure-file\"", "\"keyring\"");
    assert!(text.contains("storage = \"keyring\""), "{text}");
    std::fs::write(&config, text).unwrap();
    let socket = sb.dir.path().join("bus.sock");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming() {
            held.push(stream);
        }
    });
    let run = sb
        .cli()
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}", socket.display()),
        )
        .args(["auth", "status", "--timeout", "1"])
        .run_within(std::time::Duration::from_secs(1 + 60));
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("opening the keyring did not finish within the command's deadline of 1 s"),
        "{run:?}"
    );
}

/// The keyring entry names the config folder as well as the profile: two config folders
/// with a profile of the same name keep two secrets. `auth logout` removes a profile's
/// secrets from every store they may be in, not only the one the profile names now (an
/// earlier login may have left a copy in the keyring, the kernel keyring included).
#[test]
fn keyring_entries_are_per_config_folder_and_logout_clears_every_store() {
    let sb = Sandbox::start();
    let (other_key, other_secret) = sb.add_reseller();
    let in_folder = |folder: &str| {
        let mut cli = sb
            .cli()
            .env("MONITIS_CONFIG_DIR", sb.dir.path().join(folder));
        for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"] {
            if let Some(value) = std::env::var_os(var) {
                cli = cli.env(var, value);
            }
        }
        cli
    };
    let keyring_login = |folder: &str, apikey: &str, secret: &str, extra: &[&str]| {
        in_folder(folder)
            .args(["auth", "login", "--api-key", apikey, "--secret-key-stdin"])
            .args(extra)
            .stdin(secret.to_string())
            .run()
    };
    let first = keyring_login("a", &sb.apikey, &sb.secretkey, &[]);
    if first.code == 4 && first.stderr.contains("--insecure-storage") {
        return common::skip::skip(format!(
            "no keyring available here: {}",
            first.stderr.trim()
        ));
    }
    assert_eq!(first.code, 0, "{first:?}");
    let second = keyring_login("b", &other_key, &other_secret, &[]);
    assert_eq!(second.code, 0, "{second:?}");
    let account =
        |folder: &str| in_folder(folder).args(["auth", "status"]).json()["account"].clone();
    assert_eq!(account("a"), "reseller1@sandbox.monitis.local");
    assert_eq!(account("b"), "reseller2@sandbox.monitis.local");

    // Folder a logs in again to the file: its keyring copy stays where it was.
    let keyring_profile = read(&sb.dir.path().join("a/config.toml"));
    let again = keyring_login("a", &sb.apikey, &sb.secretkey, &["--insecure-storage"]);
    assert_eq!(again.code, 0, "{again:?}");
    let out = in_folder("a").args(["auth", "logout"]).run();
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stderr.contains("keyring") || out.stderr.contains("Secret Service"),
        "{out:?}"
    );
    // Nothing of it is left in any store: the keyring login's profile finds no secret.
    std::fs::write(sb.dir.path().join("a/config.toml"), keyring_profile).unwrap();
    let gone = in_folder("a").args(["auth", "status"]).run();
    assert_eq!(gone.code, 4, "{gone:?}");
    assert!(gone.stderr.contains("is missing from"), "{gone:?}");
    assert!(!read(&sb.dir.path().join("a/credentials.toml")).contains(&sb.secretkey));
    // The other folder's secret is its own, and still there.
    assert_eq!(account("b"), "reseller2@sandbox.monitis.local");
    assert_eq!(in_folder("b").args(["auth", "logout"]).run().code, 0);
}

#[test]
fn profiles_are_listed_shown_and_switched() {
    let sb = Sandbox::start();
    let (other_key, other_secret) = sb.add_reseller();
    let login_as = |profile: &str, key: &str, secret: &str| {
        sb.cli()
            .args(["--profile", profile, "auth", "login", "--api-key", key])
            .args(["--secret-key-stdin", "--insecure-storage"])
            .stdin(format!("{secret}\n"))
            .ok()
    };
    // No profile yet: the list is empty and says how to save one.
    let none = sb
        .cli()
        .args(["auth", "status", "--all", "-o", "json"])
        .ok();
    assert_eq!(none.json(), serde_json::json!([]));
    assert!(none.stderr.contains("auth login"), "{}", none.stderr);

    login_as("one", &sb.apikey, &sb.secretkey);
    login_as("two", &other_key, &other_secret);
    let account = |cli: Cli| -> String {
        cli.args(["auth", "status"]).json()["account"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let one = account(sb.cli().args(["--profile", "one"]));
    let two = account(sb.cli().args(["--profile", "two"]));
    assert_ne!(one, two);
    let listed = |cli: Cli| -> Vec<(String, bool, String)> {
        let rows = cli.args(["auth", "status", "--all"]).json();
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["profile"].as_str().unwrap().to_string(),
                    r["current"].as_bool().unwrap(),
                    r["account"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // The last login is the current profile, as with gh.
    assert_eq!(
        listed(sb.cli()),
        [
            ("one".to_string(), false, one.clone()),
            ("two".to_string(), true, two.clone())
        ]
    );
    assert_eq!(account(sb.cli()), two);

    let run = sb.cli().args(["auth", "switch", "one"]).ok();
    assert!(
        run.stderr.contains("Now using profile one"),
        "{}",
        run.stderr
    );
    assert_eq!(account(sb.cli()), one);
    assert!(listed(sb.cli())[0].1);
    // --profile and MONITIS_PROFILE still name one for a run.
    assert_eq!(account(sb.cli().args(["--profile", "two"])), two);
    assert_eq!(account(sb.cli().env("MONITIS_PROFILE", "two")), two);
    assert!(listed(sb.cli().env("MONITIS_PROFILE", "two"))[1].1);

    let unknown = sb.cli().args(["auth", "switch", "three"]).run();
    assert_eq!(unknown.code, 1, "{unknown:?}");
    assert!(
        unknown.stderr.contains("saved: one, two"),
        "{}",
        unknown.stderr
    );
    assert_eq!(account(sb.cli()), one, "a failed switch changes nothing");

    // Logging out of the current profile leaves none current.
    sb.cli().args(["auth", "logout"]).ok();
    assert_eq!(listed(sb.cli()), [("two".to_string(), false, two.clone())]);
    assert_eq!(sb.cli().args(["auth", "status"]).run().code, 4);
    sb.cli().args(["auth", "switch", "two"]).ok();
    assert_eq!(account(sb.cli()), two);
    // `auth switch <TAB>` offers the saved profiles.
    let offered = sb.cli().completions(&["auth", "switch", ""]);
    let values: Vec<&String> = offered.iter().filter(|l| !l.starts_with('-')).collect();
    assert_eq!(values, ["two"]);
}
