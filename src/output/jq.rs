//! `--jq`: a built-in jq (jaq), so scripts need no jq binary.
//!
//! A filter is a program: it may recurse without end (`def f: [f]; f`), build a value
//! nested too deep to print, nest too deep to parse, or never finish (`def f: f; f`).
//! jaq has no bound of its own on any of these, and running out of stack aborts a
//! process. So the filter runs in a child process of monitis itself, the worker
//! (`monitis __jq check|run EXPR`): its crash is an error like any other, and it is
//! killed at the command's deadline.

use std::io::{self, BufWriter, Read, Write};
use std::process::{Command, ExitCode, Stdio};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::Instant;

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

use super::Deadline;

/// The worker's first argument.
const WORKER: &str = "__jq";

/// The worker's stack: deep enough for any filter a person writes; a recursion without
/// end reaches its end in a moment and takes the worker, not the command, with it.
const WORKER_STACK: usize = 64 << 20;

/// The most of the worker's stderr kept for a message.
const ERRORS_KEPT: u64 = 64 * 1024;

/// Parses and compiles `expr`, in the worker, before a command runs: a typo changes
/// nothing. The error names what is wrong.
pub fn check(expr: &str) -> Result<(), String> {
    let run = || -> io::Result<(std::process::ExitStatus, String)> {
        let mut child = worker("check", expr)?
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()?;
        let errors = read_errors(child.stderr.take());
        Ok((child.wait()?, errors))
    };
    let (status, errors) = run().map_err(|e| format!("--jq: cannot start its worker: {e}"))?;
    match status.code() {
        Some(0) => Ok(()),
        Some(2) => Err(errors.trim_end().to_string()),
        _ => Err(crashed(
            expr,
            status,
            &errors,
            "nests too deeply to be parsed",
        )),
    }
}

/// Runs `expr` over `input` in the worker and writes each result on its own line, as it
/// comes: strings raw (as `jq -r` and `gh --jq` do), everything else as compact JSON. A
/// filter that fails, crashes or is still running at `deadline` is `InvalidInput`, not
/// a failure to write.
pub fn run(
    out: &mut dyn Write,
    expr: &str,
    input: Value,
    deadline: Option<Deadline>,
) -> io::Result<()> {
    let mut child = worker("run", expr)?
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let (stdin, stdout, stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take());
    // Fed from a thread of its own: the worker may write results before it has read all.
    let feeder = stdin.map(|stdin| {
        std::thread::spawn(move || {
            let mut stdin = BufWriter::new(stdin);
            // A worker that stopped reading has said why on stderr.
            let _ = serde_json::to_writer(&mut stdin, &input).map(|()| stdin.flush());
        })
    });
    let errors = std::thread::spawn(move || read_errors(stderr));
    let child = Arc::new(Mutex::new(child));
    let (stop, stopped) = mpsc::channel::<()>();
    let watcher = deadline.map(|deadline| {
        let child = Arc::clone(&child);
        std::thread::spawn(move || {
            let left = deadline.at.saturating_duration_since(Instant::now());
            let late = stopped.recv_timeout(left) == Err(mpsc::RecvTimeoutError::Timeout);
            if late {
                let _ = lock(&child).kill();
            }
            late
        })
    });
    let copied = match stdout {
        Some(mut stdout) => io::copy(&mut stdout, out).map(drop),
        None => Ok(()),
    };
    if copied.is_err() {
        // Our stdout failed (a closed pipe): the worker's results have nowhere to go.
        let _ = lock(&child).kill();
    }
    drop(stop);
    let late = watcher.is_some_and(|w| w.join().unwrap_or(false));
    let status = lock(&child).wait()?;
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    let errors = errors.join().unwrap_or_default();
    copied?;
    let failed = |message: String| Err(io::Error::new(io::ErrorKind::InvalidInput, message));
    match (late, status.code()) {
        (true, _) => failed(format!(
            "--jq: {} did not finish within the command's deadline of {} s (--timeout or MONITIS_TIMEOUT waits longer)",
            quoted(expr),
            deadline.map_or(0, |d| d.budget.as_secs())
        )),
        (false, Some(0)) => Ok(()),
        (false, Some(1)) => failed(errors.trim_end().to_string()),
        (false, _) => failed(crashed(
            expr,
            status,
            &errors,
            "recurses or nests too deeply to run (a recursion without end, or a value nested thousands deep)",
        )),
    }
}

/// `monitis __jq check|run EXPR`: the worker's side, when this process is one; `None`
/// when it is not. Exit 0, 1 (the filter failed; why on stderr) or 2 (it does not
/// compile).
pub fn serve_jq_worker() -> Option<ExitCode> {
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() != Some(WORKER) {
        return None;
    }
    let (mode, expr) = (
        args.next().unwrap_or_default(),
        args.next().unwrap_or_default(),
    );
    let job = move || match mode.as_str() {
        "check" => compile(&expr).map(drop).map_err(|e| (2, e)),
        _ => filter_stdin(&expr),
    };
    let done = std::thread::Builder::new()
        .name("monitis-jq".into())
        .stack_size(WORKER_STACK)
        .spawn(job)
        .map_err(|e| (1, format!("--jq: cannot start a thread: {e}")))
        .and_then(|thread| {
            thread
                .join()
                .unwrap_or_else(|_| Err((1, "--jq: the filter panicked".into())))
        });
    Some(match done {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    })
}

/// This program as the worker.
fn worker(mode: &str, expr: &str) -> io::Result<Command> {
    let mut command = Command::new(std::env::current_exe()?);
    command.args([WORKER, mode, expr]);
    Ok(command)
}

fn read_errors(stderr: Option<impl Read>) -> String {
    let mut text = String::new();
    if let Some(stderr) = stderr {
        let _ = stderr.take(ERRORS_KEPT).read_to_string(&mut text);
    }
    text
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The expression in a message: quoted, and cut when long.
fn quoted(expr: &str) -> String {
    format!("{:?}", monitis_core::text::truncate(expr, 60))
}

/// Why a worker ended without an answer of its own: `deep` says what running out of
/// stack means at its step.
fn crashed(expr: &str, status: std::process::ExitStatus, errors: &str, deep: &str) -> String {
    if errors.contains("overflowed its stack") {
        format!("--jq: {} {deep}; simplify the filter", quoted(expr))
    } else {
        format!("--jq: the filter's worker failed ({status})")
    }
}

type Filter = jaq_core::Filter<data::JustLut<Val>>;

/// Parses and compiles a jq expression, or names what is wrong with it.
fn compile(expr: &str) -> Result<Filter, String> {
    let program = File {
        code: expr,
        path: (),
    };
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let arena = Arena::default();
    let modules = Loader::new(defs)
        .load(&arena, program)
        .map_err(|errs| format!("--jq: cannot parse {expr:?} ({} error(s))", errs.len()))?;
    Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errs| format!("--jq: cannot compile {expr:?} ({} error(s))", errs.len()))
}

/// The worker's `run`: `expr` over the JSON on stdin, each result to stdout as it comes.
fn filter_stdin(expr: &str) -> Result<(), (u8, String)> {
    let mut input = Vec::new();
    io::stdin()
        .read_to_end(&mut input)
        .map_err(|e| (1, format!("--jq: cannot read the input: {e}")))?;
    let mut out = BufWriter::new(io::stdout().lock());
    each_result(expr, &input, |value| {
        print(&mut out, value).map_err(|e| e.to_string())
    })
    .and_then(|()| out.flush().map_err(|e| e.to_string()))
    .map_err(|e| (1, e))
}

fn print(out: &mut dyn Write, value: Value) -> io::Result<()> {
    match value {
        Value::String(s) => writeln!(out, "{s}"),
        other => writeln!(out, "{other}"),
    }
}

/// Calls `each` with every result of `expr` over the JSON text `input`.
fn each_result(
    expr: &str,
    input: &[u8],
    mut each: impl FnMut(Value) -> Result<(), String>,
) -> Result<(), String> {
    let filter = compile(expr)?;
    let input = jaq_json::read::parse_single(input).map_err(|e| format!("--jq: bad input: {e}"))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    for result in filter.id.run((ctx, input)).map(unwrap_valr) {
        let val = result.map_err(|e| format!("--jq: {e}"))?;
        each(serde_json::from_str(&val.to_string()).map_err(|e| format!("--jq: {e}"))?)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn eval(expr: &str, input: Value) -> Result<Vec<Value>, String> {
        let mut results = Vec::new();
        each_result(expr, input.to_string().as_bytes(), |v| {
            results.push(v);
            Ok(())
        })?;
        Ok(results)
    }

    #[test]
    fn filters_and_prints_strings_raw() {
        let input = json!([{"id": 1, "account": "a@x.io"}, {"id": 2, "account": "b@x.io"}]);
        let mut out = Vec::new();
        for value in eval(".[] | select(.id > 1) | .account, .id", input.clone()).unwrap() {
            print(&mut out, value).unwrap();
        }
        assert_eq!(String::from_utf8(out).unwrap(), "b@x.io\n2\n");
        assert_eq!(eval("map(.id) | add", input).unwrap(), vec![json!(3)]);
    }

    #[test]
    fn a_bad_expression_is_an_error_naming_it() {
        let err = eval(".[", json!(null)).unwrap_err();
        assert!(err.contains("cannot parse \".[\""), "{err}");
        let err = eval(".a", json!([1])).unwrap_err();
        assert!(err.starts_with("--jq: "), "{err}");
    }
}
