//! End-to-end harness: a real sandbox server (the built binary, `sandbox serve`) on
//! 127.0.0.1 with a random port over a SQLite file in a temporary folder, and the built
//! `monitis` binary run against it with a clean environment.

#![allow(dead_code)] // each test binary uses its own part of the harness

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use monitis::api::{ApiClient, AuthMode, ClientOptions, Secret};
use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_monitis");

/// A sandbox server process and the folder that holds its database and the CLI's config.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub url: String,
    pub apikey: String,
    pub secretkey: String,
    child: Child,
}

impl Sandbox {
    /// An empty platform with one reseller.
    pub fn start() -> Sandbox {
        Self::start_with(false, &[])
    }

    /// The demo platform (`sandbox init --demo`).
    pub fn demo() -> Sandbox {
        Self::start_with(true, &[])
    }

    /// With extra `sandbox serve` options (`--fault-rate`, `--latency`, ...).
    pub fn start_with(demo: bool, serve_args: &[&str]) -> Sandbox {
        Self::filled(|db| init(db, demo), serve_args)
    }

    /// A platform filled by `sandbox generate` with `generate_args` (`--clients N`, ...).
    pub fn generated(generate_args: &[&str]) -> Sandbox {
        Self::filled(|db| generate(db, generate_args), &[])
    }

    /// A database that `fill` creates (printing the reseller's keys), served.
    fn filled(fill: impl FnOnce(&Path) -> Value, serve_args: &[&str]) -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("platform.db");
        let (apikey, secretkey) = keys(&fill(&db));
        let (child, url) = serve(&db, serve_args, Stdio::null());
        Sandbox {
            db,
            url,
            apikey,
            secretkey,
            child,
            dir,
        }
    }

    /// Another reseller on the same database (`sandbox init` again): (apikey, secretkey).
    pub fn add_reseller(&self) -> (String, String) {
        keys(&init(&self.db, false))
    }

    /// The library's API client with the reseller's keys, for setting up state directly.
    pub fn api(&self, mode: AuthMode) -> ApiClient {
        api_client(&self.url, &self.apikey, &self.secretkey, mode)
    }

    /// A client's own keys from its email and password (the `apikey` action), or why
    /// the login was refused.
    pub fn login(&self, email: &str, password: &str) -> Result<(String, String), String> {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(
                api_client(&self.url, "", "", AuthMode::Token)
                    .login_with_password(email, &Secret::new(password)),
            )
            .map(|k| (k.apikey, k.secretkey))
            .map_err(|e| e.to_string())
    }

    /// Stops the server and serves the same database again with `serve_args`: set data
    /// up on a plain server, then test against `--fault-rate` or `--latency`.
    pub fn restart_with(mut self, serve_args: &[&str]) -> Sandbox {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        (self.child, self.url) = serve(&self.db, serve_args, Stdio::null());
        self
    }

    /// The CLI as the reseller, with credentials from the environment (as in CI).
    pub fn monitis(&self) -> Cli {
        self.cli()
            .env("MONITIS_API_KEY", &self.apikey)
            .env("MONITIS_SECRET_KEY", &self.secretkey)
    }

    /// The CLI as one client, with its own keys.
    pub fn as_account(&self, apikey: &str, secretkey: &str) -> Cli {
        self.cli()
            .env("MONITIS_API_KEY", apikey)
            .env("MONITIS_SECRET_KEY", secretkey)
    }

    /// The CLI with no credentials, pointed at this server, with a private config folder.
    pub fn cli(&self) -> Cli {
        Cli::new(self.dir.path()).env("MONITIS_ENDPOINT", &self.url)
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// The server process, for signals (`kill -STOP`: a server that stops answering).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends `signal` (`STOP`, `CONT`, ...) to the server process.
    pub fn signal(&self, signal: &str) {
        let sent = Command::new("kill")
            .args([&format!("-{signal}"), &self.pid().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -{signal} failed");
    }

    /// Sends SIGTERM and waits: the server must stop cleanly with nothing lost.
    pub fn stop(mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        self.child.wait().expect("wait for the server")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `sandbox init` on `db` (a new database, or another reseller in an existing one): its
/// JSON (resellerId, apikey, secretkey).
pub fn init(db: &Path, demo: bool) -> Value {
    sandbox_json("init", db, if demo { &["--demo"] } else { &[] })
}

/// `sandbox generate` on `db` with `args`: its JSON (apikey, secretkey, counts).
pub fn generate(db: &Path, args: &[&str]) -> Value {
    sandbox_json("generate", db, args)
}

/// `sandbox COMMAND --db DB ARGS...`, which prints JSON.
fn sandbox_json(command: &str, db: &Path, args: &[&str]) -> Value {
    let out = Command::new(BIN)
        .args(["sandbox", command, "--db", db.to_str().unwrap()])
        .args(args)
        .env_clear()
        .output()
        .unwrap_or_else(|e| panic!("run sandbox {command}: {e}"));
    assert!(
        out.status.success(),
        "sandbox {command} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("sandbox {command} prints JSON: {e}"))
}

/// The (apikey, secretkey) of `sandbox init`'s or `sandbox generate`'s JSON.
pub fn keys(printed: &Value) -> (String, String) {
    let key = |name: &str| printed[name].as_str().expect(name).to_string();
    (key("apikey"), key("secretkey"))
}

/// Starts `sandbox serve` on `db` and reads the endpoint from its first stdout line.
pub fn serve(db: &Path, serve_args: &[&str], stderr: Stdio) -> (Child, String) {
    let mut child = Command::new(BIN)
        .args([
            "sandbox",
            "serve",
            "--db",
            db.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
        ])
        .args(serve_args)
        .env_clear()
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("start sandbox serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("read the endpoint line");
    let url = line.trim().to_string();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/api"),
        "endpoint line: {url:?}"
    );
    (child, url)
}

/// The library's API client for an account of the server at `url`.
pub fn api_client(url: &str, apikey: &str, secretkey: &str, mode: AuthMode) -> ApiClient {
    ApiClient::new(ClientOptions {
        endpoint: url.to_string(),
        apikey: apikey.to_string(),
        secret: Secret::new(secretkey.to_string()),
        mode,
        token_cache: None,
        log: Box::new(monitis::output::Ui::new(true, 0, true)),
    })
    .expect("API client")
}

/// `auth login` with these keys to a profile whose secret is kept in a file
/// (`--insecure-storage`), so that no keyring is needed.
pub fn login(sb: &Sandbox, apikey: &str, secret: &str) -> Run {
    sb.cli()
        .args([
            "auth",
            "login",
            "--api-key",
            apikey,
            "--secret-key-stdin",
            "--insecure-storage",
        ])
        .stdin(format!("{secret}\n"))
        .run()
}

/// One run of the `monitis` binary.
pub struct Cli {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

impl Cli {
    /// A clean environment: nothing of the developer's MONITIS_* or keyring leaks in.
    pub fn new(home: &Path) -> Cli {
        Self::clean(Command::new(BIN), home)
    }

    /// The same, started by `sh` after the shell commands `setup` (such as resource
    /// limits, which the binary then runs under).
    pub fn after_shell(home: &Path, setup: &str) -> Cli {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", &format!("{setup}; exec \"$0\" \"$@\""), BIN]);
        Self::clean(cmd, home)
    }

    fn clean(mut cmd: Command, home: &Path) -> Cli {
        cmd.env_clear()
            .env("HOME", home)
            .env("MONITIS_CONFIG_DIR", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("NO_COLOR", "1")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        Cli { cmd, stdin: None }
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Cli {
        self.cmd.env(key, value);
        self
    }

    pub fn env_remove(mut self, key: &str) -> Cli {
        self.cmd.env_remove(key);
        self
    }

    pub fn arg(self, arg: impl AsRef<std::ffi::OsStr>) -> Cli {
        self.args([arg])
    }

    pub fn args<I, S>(mut self, args: I) -> Cli
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Cli {
        self.stdin = Some(input.into());
        self
    }

    /// Starts the command with its stdin written and closed, stdout and stderr piped.
    pub fn spawn(mut self) -> std::process::Child {
        self.cmd
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("run monitis");
        if let Some(input) = self.stdin.take() {
            let mut stdin = child.stdin.take().unwrap();
            // A command may stop reading early; that is its business.
            let _ = stdin.write_all(&input);
        }
        child
    }

    /// Starts the command with stdin, stdout and stderr piped, for a test that feeds stdin
    /// as it goes.
    pub fn spawn_piped(mut self) -> std::process::Child {
        self.cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        self.cmd.spawn().expect("run monitis")
    }

    pub fn run(self) -> Run {
        Run::of(self.spawn().wait_with_output().expect("wait for monitis"))
    }

    /// Runs, and fails the test when the command is still running after `limit` (it is
    /// killed then): for commands that must end by their own deadline, given with slack.
    pub fn run_within(self, limit: std::time::Duration) -> Run {
        let mut child = self.spawn();
        let read = |pipe: Option<Box<dyn std::io::Read + Send>>| {
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                if let Some(mut pipe) = pipe {
                    let _ = pipe.read_to_end(&mut bytes);
                }
                String::from_utf8_lossy(&bytes).into_owned()
            })
        };
        let stdout = read(child.stdout.take().map(|p| Box::new(p) as _));
        let stderr = read(child.stderr.take().map(|p| Box::new(p) as _));
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait for monitis") {
                break Some(status);
            }
            if started.elapsed() > limit {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        let (stdout, stderr) = (stdout.join().unwrap(), stderr.join().unwrap());
        let Some(status) = status else {
            panic!(
                "monitis was still running after {limit:?} and was killed\nstdout: {stdout}\nstderr: {stderr}"
            );
        };
        Run {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr,
        }
    }

    /// The same command run on a pseudo-terminal by util-linux `script`, so that it
    /// prompts as it would for a person; stdin (if given) is what the person types.
    pub fn in_terminal(self) -> Cli {
        let line: Vec<String> = std::iter::once(self.cmd.get_program())
            .chain(self.cmd.get_args())
            .map(|arg| format!("'{}'", arg.to_string_lossy().replace('\'', "'\\''")))
            .collect();
        let mut cmd = Command::new("script");
        cmd.args(["-qec", &line.join(" "), "/dev/null"]).env_clear();
        for (key, value) in self.cmd.get_envs() {
            if let Some(value) = value {
                cmd.env(key, value);
            }
        }
        Cli {
            cmd,
            stdin: self.stdin,
        }
    }

    /// Runs with stdout and stderr into one file, as a terminal shows them: what comes
    /// last on the screen. Returns the exit code and the interleaved text.
    pub fn interleaved(mut self, dir: &Path) -> (i32, String) {
        let path = dir.join("interleaved.txt");
        let file = std::fs::File::create(&path).expect("create the output file");
        let stdin = match self.stdin.take() {
            Some(input) => {
                let input_path = dir.join("interleaved-stdin.txt");
                std::fs::write(&input_path, input).expect("write the input file");
                Stdio::from(std::fs::File::open(&input_path).expect("open the input file"))
            }
            None => Stdio::null(),
        };
        self.cmd
            .stdin(stdin)
            .stdout(file.try_clone().expect("share the output file"))
            .stderr(file);
        let status = self.cmd.status().expect("run monitis");
        let text = std::fs::read_to_string(&path).expect("read the output file");
        (status.code().unwrap_or(-1), text)
    }

    /// What bash is offered for the last of `words` (after `monitis`), asked as the
    /// completion script asks the binary.
    pub fn completions(self, words: &[&str]) -> Vec<String> {
        self.env("COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
            .env("_CLAP_COMPLETE_COMP_TYPE", "9")
            .env("_CLAP_COMPLETE_SPACE", "true")
            .env("_CLAP_IFS", "\n")
            .args(["--", "monitis"])
            .args(words)
            .ok()
            .stdout
            .lines()
            .map(String::from)
            .collect()
    }

    /// Runs and expects exit 0.
    pub fn ok(self) -> Run {
        let run = self.run();
        assert_eq!(
            run.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            run.stdout, run.stderr
        );
        run
    }

    /// Runs and parses stdout as JSON (adds `-o json`).
    pub fn json(self) -> Value {
        let run = self.args(["-o", "json"]).ok();
        serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", run.stdout))
    }
}

#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn of(out: std::process::Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }
}

/// `text` with every API key (26 capital letters and digits) shown as `<APIKEY>`, for
/// snapshots of output that holds keys made at random.
pub fn mask_apikeys(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let key = word.len() == 26
            && word
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        out.push_str(if key { "<APIKEY>" } else { word });
        word.clear();
    };
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            word.push(ch);
        } else {
            flush(&mut word, &mut out);
            out.push(ch);
        }
    }
    flush(&mut word, &mut out);
    out
}
