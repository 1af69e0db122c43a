//! `client import`: onboarding many clients at once from CSV or JSON lines.
//!
//! Everything is read and checked before anything is sent, so a bad file changes nothing
//! (unless `--skip-invalid` asks to import the valid rows and report the others).
//! Rows then go out a few at a time. `addClient` is not idempotent (a retry after a lost
//! answer would meet "already exists"), so a row whose answer was lost is settled by
//! reading the client back (`api::ApiClient::add_client`): one run creates each client
//! exactly once and reports each row's true result, also under faults. An email that
//! belongs to an account other than the reseller's clients is `refused`, like any email
//! the API refuses, without telling whose it is.

use std::collections::HashMap;
use std::path::PathBuf;

use clap::Args;
use futures_util::{StreamExt, stream};
use serde::Serialize;
use serde_json::Value;

use super::password::PasswordSource;
use crate::api::{self, NewClient, Secret};
use crate::cli::{Context, Ending, Outcome, input};
use crate::error::{Error, Result};
use crate::output::{self, Output, Progress};
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV with a header row, or JSON lines (one object per line); `-` reads stdin
    #[arg(value_name = "FILE|-", value_hint = clap::ValueHint::FilePath)]
    file: PathBuf,
    /// Check the file, look up which clients exist, and show what would be sent (never
    /// the passwords); change nothing
    #[arg(long)]
    dry_run: bool,
    /// Import the valid rows and report each invalid one as a result row (`invalid`,
    /// with its reason), exit 3; without it a bad row stops everything, nothing sent
    #[arg(long)]
    skip_invalid: bool,
    /// How many rows are sent at the same time (results stay in input order). The
    /// server hashes each new password on its own few threads, so more than 4 gains
    /// little (docs/benchmarks.md)
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    concurrency: u16,
    // The password of rows that have none.
    #[command(flatten)]
    password: PasswordSource,
}

/// One valid row of the input.
struct Row {
    line: usize,
    email: String,
    first_name: String,
    last_name: String,
    password: Option<Secret>,
}

/// What happened to one row; the per-row result on stdout (`Deserialize` tells
/// `--columns` its fields).
#[derive(Debug, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct RowResult {
    line: usize,
    /// The client's email, under the API's name for it.
    account: String,
    first_name: String,
    last_name: String,
    /// `created`, `exists`, `refused` (by the API: re-running will not help) or `failed`
    /// (no answer: a re-run settles it); with `--dry-run`, `create` or `exists`; with
    /// `--skip-invalid`, `invalid` for a row that was not sent.
    result: &'static str,
    id: Option<i64>,
    apikey: Option<String>,
    error: Option<String>,
    /// Why an `invalid` row was not sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

impl RowResult {
    /// The result row of an input row that failed validation.
    fn invalid(problem: Problem) -> RowResult {
        RowResult {
            line: problem.line,
            account: problem.email.unwrap_or_default(),
            first_name: String::new(),
            last_name: String::new(),
            result: "invalid",
            id: None,
            apikey: None,
            error: None,
            reason: Some(problem.reason),
        }
    }
}

const COLUMNS: [&str; 3] = ["email", "firstName", "lastName"];

/// The columns of the results: every field but `reason` (there with `--skip-invalid`), so
/// that every format carries what the help names, the new client's `apikey` above all,
/// which an onboarding script hands on. A dry run has no `error`.
const RESULT_COLUMNS: [&str; 8] = [
    "line",
    "account",
    "firstName",
    "lastName",
    "result",
    "id",
    "apikey",
    "error",
];

pub(in crate::cli) fn result_fields() -> Vec<&'static str> {
    crate::output::fields_of::<RowResult>()
}

pub(in crate::cli) fn result_columns() -> Vec<output::Column> {
    columns(&RESULT_COLUMNS)
}

/// Result columns: `account` headed EMAIL as in `client list`; on a narrow terminal the
/// apikey goes first (`-o json` or a wider terminal shows it).
fn columns(keys: &[&str]) -> Vec<output::Column> {
    output::ranked(
        super::client_columns(keys),
        &["apikey", "firstName", "lastName", "id"],
    )
}

pub async fn run(ctx: &Context, args: ImportArgs) -> Result<Outcome> {
    super::refuse_client_option(ctx, "client import")?;
    let from_stdin = args.file.as_os_str() == "-";
    if from_stdin && args.password.password_stdin {
        return Err(Error::Usage(
            "stdin cannot carry both the rows and the password: give the password with --password-file FILE".into(),
        ));
    }
    let name = if from_stdin {
        "stdin".to_string()
    } else {
        args.file.display().to_string()
    };
    let text = input::file_or_stdin(
        Some(&args.file),
        "pipe the rows in (`generate-clients | monitis client import -`) or give the file's path",
    )?;
    let default_password = args.password.read()?;
    if text.trim().is_empty() {
        return Ok(nothing_to_import(ctx, &name));
    }
    let Parsed {
        rows,
        ignored,
        problems,
    } = parse(&text, default_password.is_some()).map_err(|problems| bad_rows(&name, &problems))?;
    for column in ignored {
        ctx.ui.warn(format_args!(
            "ignoring the unknown column {column:?} (known: {}, password)",
            COLUMNS.join(", ")
        ));
    }
    if !problems.is_empty() && !args.skip_invalid {
        return rejected(ctx, &name, problems);
    }
    if rows.is_empty() && problems.is_empty() {
        return Ok(nothing_to_import(ctx, &name));
    }
    let invalid: Vec<RowResult> = problems.into_iter().map(RowResult::invalid).collect();
    // The reason column is there whenever invalid rows can be, so the header is stable.
    let with_reason = |keys: &[&'static str]| {
        let mut keys = keys.to_vec();
        if args.skip_invalid {
            keys.push("reason");
        }
        keys
    };
    let api = ctx.api().await?;
    let existing: HashMap<String, (i64, String)> = api
        .clients(None)
        .await?
        .into_iter()
        .map(|c| (validate::fold_email(&c.account), (c.id, c.apikey)))
        .collect();
    let known = |row: &Row| existing.get(&validate::fold_email(&row.email)).cloned();
    if args.dry_run {
        let results: Vec<RowResult> = rows
            .iter()
            .map(|row| match known(row) {
                Some((id, apikey)) => result(row, "exists", Some(id), Some(apikey), None),
                None => result(row, "create", None, None, None),
            })
            .collect();
        let skipped = invalid.len();
        return Ok(Outcome {
            output: results_output(
                &in_line_order(results, invalid),
                &with_reason(&RESULT_COLUMNS[..RESULT_COLUMNS.len() - 1]),
            )?,
            ending: Ending::partial_if(skipped > 0),
        });
    }
    let progress = Progress::new(&ctx.ui, rows.len() as u64, "importing clients");
    let default_password = default_password.as_ref();
    // At most `--concurrency` rows in flight, results in the rows' order.
    let mut results: Vec<_> = stream::iter(rows)
        .map(|row| {
            let progress = &progress;
            let existing = known(&row);
            async move {
                let outcome = match existing {
                    Some((id, apikey)) => result(&row, "exists", Some(id), Some(apikey), None),
                    None => send(api, &row, default_password).await,
                };
                progress.advance(1);
                outcome
            }
        })
        .buffered(usize::from(args.concurrency))
        .collect()
        .await;
    progress.finish();
    fill_ids(ctx, api, &mut results).await;
    let count = |what: &str| results.iter().filter(|r| r.result == what).count();
    let (failed, refused, skipped) = (count("failed"), count("refused"), invalid.len());
    ctx.ui.note(format_args!(
        "{} created, {} already existed, {refused} refused, {failed} failed, {skipped} invalid (not sent)",
        count("created"),
        count("exists"),
    ));
    if failed > 0 {
        ctx.ui.note("run the same import again to retry the failed rows: clients that exist are left as they are");
    }
    if skipped > 0 {
        ctx.ui.note("fix the invalid rows and import the file again: the clients created now are reported `exists`");
    }
    Ok(Outcome {
        output: results_output(
            &in_line_order(results, invalid),
            &with_reason(&RESULT_COLUMNS),
        )?,
        ending: Ending::partial_if(failed + refused + skipped > 0),
    })
}

/// An input without rows: a re-run with nothing left to onboard succeeds and sends
/// nothing (`set -e`), with an empty list of results.
fn nothing_to_import(ctx: &Context, name: &str) -> Outcome {
    ctx.ui.note(format_args!(
        "nothing to import: no clients in {name}; nothing was sent"
    ));
    Output::List {
        items: Vec::new(),
        columns: result_columns(),
    }
    .into()
}

/// The rows' results and the invalid rows' in input order.
fn in_line_order(mut results: Vec<RowResult>, invalid: Vec<RowResult>) -> Vec<RowResult> {
    results.extend(invalid);
    results.sort_by_key(|r| r.line);
    results
}

/// The bad rows when nothing is sent: under `-o json`/`ndjson` (or `--jq`) the list of
/// `{line, account, reason}` on stdout for scripts, exit 2; else the prose error.
fn rejected(ctx: &Context, name: &str, problems: Vec<Problem>) -> Result<Outcome> {
    let structured = ctx.output.jq.is_some()
        || matches!(
            ctx.output.format,
            output::Format::Json | output::Format::Ndjson
        );
    if !structured {
        return Err(bad_rows(name, &problems));
    }
    ctx.ui.warn(format_args!(
        "{} bad row(s) in {name}; nothing was sent (the rows are on stdout). Fix them and run again, or import the valid rows with --skip-invalid",
        problems.len()
    ));
    Ok(Outcome {
        output: Output::list_of(&problems, &["line", "account", "reason"])?,
        ending: Ending::Rejected,
    })
}

fn result(
    row: &Row,
    result: &'static str,
    id: Option<i64>,
    apikey: Option<String>,
    error: Option<String>,
) -> RowResult {
    RowResult {
        line: row.line,
        account: row.email.clone(),
        first_name: row.first_name.clone(),
        last_name: row.last_name.clone(),
        result,
        id,
        apikey,
        error,
        reason: None,
    }
}

async fn send(api: &api::ApiClient, row: &Row, default_password: Option<&Secret>) -> RowResult {
    let password = row
        .password
        .as_ref()
        .or(default_password)
        .expect("validated: every row has a password");
    let new = NewClient {
        email: &row.email,
        first_name: &row.first_name,
        last_name: &row.last_name,
        password,
    };
    match api.add_client(&new).await {
        Ok(apikey) => result(row, "created", None, Some(apikey), None),
        // Taken since the run began: by one of the reseller's clients (another run), or by
        // an account the reseller may not see, which is refused like any other email.
        Err(err @ Error::Api { code, .. }) if code == ErrorCode::AlreadyExists => {
            match api.find_client(&row.email).await {
                Ok(Some(c)) => result(row, "exists", Some(c.id), Some(c.apikey), None),
                Ok(None) => result(row, "refused", None, None, Some(err.to_string())),
                Err(read) => result(row, "failed", None, None, Some(read.to_string())),
            }
        }
        // The API's refusals are final; its own failures (unavailable, internal) are not.
        Err(err @ Error::Api { code, .. })
            if !api::may_have_applied(&err) && code != ErrorCode::Internal =>
        {
            result(row, "refused", None, None, Some(err.to_string()))
        }
        Err(err) => result(row, "failed", None, None, Some(err.to_string())),
    }
}

/// The ids (and apikeys) of the clients created or met just now: one read for all rows.
/// The rows are done by then, so a failure here only leaves ids out.
async fn fill_ids(ctx: &Context, api: &api::ApiClient, results: &mut [RowResult]) {
    let settled = |r: &RowResult| r.result == "created" || r.result == "exists";
    if results.iter().all(|r| r.id.is_some() || !settled(r)) {
        return;
    }
    match api.clients(None).await {
        Ok(clients) => {
            let by_email: HashMap<String, &monitis_core::protocol::model::Client> =
                clients.iter().map(|c| (validate::fold_email(&c.account), c)).collect();
            for r in results.iter_mut().filter(|r| settled(r)) {
                if let Some(c) = by_email.get(&validate::fold_email(&r.account)) {
                    r.id = Some(c.id);
                    r.apikey = Some(c.apikey.clone());
                }
            }
        }
        Err(err) => ctx.ui.warn(format_args!(
            "the rows are done, but their ids could not be read: {err}; `monitis client list` shows them"
        )),
    }
}

fn results_output(results: &[RowResult], keys: &[&str]) -> Result<Output> {
    let items: Vec<Value> = results
        .iter()
        .map(output::to_value)
        .collect::<Result<_>>()?;
    Ok(Output::List {
        items,
        columns: columns(keys),
    })
}

/// A problem with one line of the input; the email when the line has one (`account` on
/// stdout, the API's name for it).
#[derive(Debug, PartialEq, Serialize)]
struct Problem {
    line: usize,
    #[serde(rename = "account")]
    email: Option<String>,
    reason: String,
}

fn bad_rows(name: &str, problems: &[Problem]) -> Error {
    let mut message = format!(
        "{} bad row(s) in {name}; nothing was sent. Fix them and run again, or import the valid rows with --skip-invalid:",
        problems.len()
    );
    for p in problems {
        message.push_str(&format!("\n  line {}: {}", p.line, p.reason));
    }
    Error::Usage(message)
}

/// What the input holds.
struct Parsed {
    rows: Vec<Row>,
    /// Columns that were ignored.
    ignored: Vec<String>,
    /// Every row that is not valid, by line.
    problems: Vec<Problem>,
}

/// The valid rows of a CSV file with a header or of JSON lines (told apart by the first
/// character), the columns that were ignored and every problem found, by line; or the
/// problem with the header, when there is no telling what the rows hold.
fn parse(text: &str, has_default_password: bool) -> Result<Parsed, Vec<Problem>> {
    let (raw, ignored, mut problems) = if text.trim_start().starts_with('{') {
        let (rows, problems) = json_lines(text);
        (rows, Vec::new(), problems)
    } else {
        csv_rows(text)?
    };
    let mut rows = Vec::new();
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for fields in raw {
        let line = fields.line;
        let mut reasons = Vec::new();
        let mut take = |key: &str| -> String {
            match fields.get(key) {
                Some(v) if !v.trim().is_empty() => v.trim().to_string(),
                _ => {
                    reasons.push(format!("missing {key}"));
                    String::new()
                }
            }
        };
        let email = take("email");
        let first_name = take("firstName");
        let last_name = take("lastName");
        // The server's checks, so that a bad row stops the import before anything is sent.
        let checks: [(&str, &str, validate::Check); 3] = [
            ("email", &email, validate::email),
            ("firstName", &first_name, validate::name),
            ("lastName", &last_name, validate::name),
        ];
        for (key, value, check) in checks {
            // An empty value is already reported as missing.
            if let Err(why) = check(value)
                && !value.is_empty()
            {
                reasons.push(format!("{key} {why}"));
            }
        }
        if !email.is_empty() {
            if let Some(first) = first_line.get(&validate::fold_email(&email)) {
                reasons.push(format!("{email} is also on line {first}"));
            } else {
                first_line.insert(validate::fold_email(&email), line);
            }
        }
        // Passwords are taken as they are (spaces are allowed) and never shown.
        let password = fields
            .get("password")
            .filter(|p| !p.is_empty())
            .map(Secret::new);
        if password.is_none() && !has_default_password {
            reasons.push(
                "missing password (add a password column, or give one for all rows with --password-file or --password-stdin)"
                    .to_string(),
            );
        }
        if reasons.is_empty() {
            rows.push(Row {
                line,
                email,
                first_name,
                last_name,
                password,
            });
        } else {
            problems.push(Problem {
                line,
                email: (!email.is_empty()).then_some(email),
                reason: reasons.join("; "),
            });
        }
    }
    problems.sort_by_key(|p| p.line);
    Ok(Parsed {
        rows,
        ignored,
        problems,
    })
}

/// One input record: its line and its fields by canonical name.
struct Fields {
    line: usize,
    values: HashMap<&'static str, String>,
}

impl Fields {
    fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }
}

/// The canonical name of a column or JSON key: `first_name`, `First Name` and
/// `firstName` are one column; `account` is the API's name for the email.
fn canonical(name: &str) -> Option<&'static str> {
    let folded: String = name
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect();
    match folded.as_str() {
        "email" | "account" => Some("email"),
        "firstname" => Some("firstName"),
        "lastname" => Some("lastName"),
        "password" => Some("password"),
        _ => None,
    }
}

/// The records, the ignored columns and the records that are not valid CSV; or the
/// problem with the header, when there is no telling what the records hold.
type Records = (Vec<Fields>, Vec<String>, Vec<Problem>);

fn csv_rows(text: &str) -> Result<Records, Vec<Problem>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| vec![csv_problem(text, 1, &e)])?
        .clone();
    let mut ignored = Vec::new();
    let columns: Vec<Option<&'static str>> = header
        .iter()
        .map(|name| {
            let known = canonical(name.trim());
            if known.is_none() {
                ignored.push(name.to_string());
            }
            known
        })
        .collect();
    if !columns.contains(&Some("email")) {
        return Err(vec![Problem {
            line: 1,
            email: None,
            reason: format!(
                "the header has no email column; the first line names the columns: {},password",
                COLUMNS.join(",")
            ),
        }]);
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| line_at(text, p));
                if record.len() > columns.len() {
                    let email = columns
                        .iter()
                        .position(|c| *c == Some("email"))
                        .and_then(|i| record.get(i))
                        .map(|e| e.trim().to_string())
                        .filter(|e| !e.is_empty());
                    problems.push(Problem {
                        line,
                        email,
                        reason: format!(
                            "{} fields, but the header names {}",
                            record.len(),
                            columns.len()
                        ),
                    });
                    continue;
                }
                let values = columns
                    .iter()
                    .zip(record.iter())
                    .filter_map(|(column, value)| Some(((*column)?, value.to_string())))
                    .collect();
                rows.push(Fields { line, values });
            }
            Err(e) => problems.push(csv_problem(text, 0, &e)),
        }
    }
    Ok((rows, ignored, problems))
}

/// The line of a CSV record as an editor shows it. The reader's line count leaves out the
/// blank lines it skips, and its byte offset is where it started looking (before them).
fn line_at(text: &str, position: &csv::Position) -> usize {
    let bytes = text.as_bytes();
    let mut start = (position.byte() as usize).min(bytes.len());
    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
        start += 1;
    }
    bytes[..start].iter().filter(|&&b| b == b'\n').count() + 1
}

/// A CSV error, without the content of the record (it may hold a password).
fn csv_problem(text: &str, fallback_line: usize, err: &csv::Error) -> Problem {
    let line = err.position().map_or(fallback_line, |p| line_at(text, p));
    let reason = match err.kind() {
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_string(),
        _ => "not valid CSV".to_string(),
    };
    Problem {
        line,
        email: None,
        reason,
    }
}

fn json_lines(text: &str) -> (Vec<Fields>, Vec<Problem>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, content) in text.lines().enumerate() {
        let line = index + 1;
        if content.trim().is_empty() {
            continue;
        }
        // Parsed to a Value first: serde's typed errors quote values, and one may be a password.
        let object = match serde_json::from_str::<Value>(content) {
            Ok(Value::Object(object)) => object,
            Ok(_) => {
                problems.push(Problem {
                    line,
                    email: None,
                    reason: "not a JSON object".into(),
                });
                continue;
            }
            Err(e) => {
                problems.push(Problem {
                    line,
                    email: None,
                    reason: format!("not valid JSON (column {})", e.column()),
                });
                continue;
            }
        };
        let mut values = HashMap::new();
        let mut untyped = Vec::new();
        for (key, value) in &object {
            let Some(name) = canonical(key) else { continue };
            match value {
                Value::String(s) => {
                    values.insert(name, s.clone());
                }
                Value::Null => {}
                _ => untyped.push(format!("{key} must be a string")),
            }
        }
        if untyped.is_empty() {
            rows.push(Fields { line, values });
        } else {
            problems.push(Problem {
                line,
                email: values.get("email").map(|e| e.trim().to_string()),
                reason: untyped.join("; "),
            });
        }
    }
    (rows, problems)
}

/// The shape the API accepts: something@host.domain, no spaces.
#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<(usize, String)> {
        let problems = match parse(text, false) {
            Ok(parsed) => parsed.problems,
            Err(problems) => problems,
        };
        problems.into_iter().map(|p| (p.line, p.reason)).collect()
    }

    fn valid(text: &str, has_default_password: bool) -> (Vec<Row>, Vec<String>) {
        let parsed = parse(text, has_default_password).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(parsed.problems, []);
        (parsed.rows, parsed.ignored)
    }

    #[test]
    fn csv_with_header_aliases_and_quoted_fields() {
        let text = "Email,First Name,last_name,password,team\nann@example.com,Ann,Lee,\"p,w\",x\n\nbob@example.com,Bob,Ray,pw2,y\n";
        let (rows, ignored) = valid(text, false);
        assert_eq!(ignored, ["team"]);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].first_name.as_str()), (2, "Ann"));
        assert_eq!(rows[0].password.as_ref().unwrap().expose(), "p,w");
        assert_eq!(rows[1].line, 4);
    }

    #[test]
    fn every_bad_row_is_reported_by_line_without_passwords() {
        let text = "email,firstName,lastName,password\n\
                    ann@example.com,Ann,Lee,hunter2\n\
                    not-an-email,Bob,Ray,hunter3\n\
                    cy@example.com,,Cy,hunter4\n\
                    ANN@example.com,Ann,Again,hunter5\n\
                    dee@example.com,Dee,Do\n";
        let found = problems(text);
        let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [3, 4, 5, 6], "{found:?}");
        assert!(found[0].1.contains("not an email"));
        assert!(found[1].1.contains("missing firstName"));
        assert!(found[2].1.contains("also on line 2"));
        assert!(found[3].1.contains("missing password"));
        assert!(
            found.iter().all(|(_, r)| !r.contains("hunter")),
            "{found:?}"
        );
        // The valid rows are kept, and each bad row has the email it gave, if any.
        let parsed = parse(text, false).unwrap();
        assert_eq!(parsed.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2]);
        let emails: Vec<Option<&str>> =
            parsed.problems.iter().map(|p| p.email.as_deref()).collect();
        assert_eq!(
            emails,
            [
                Some("not-an-email"),
                Some("cy@example.com"),
                Some("ANN@example.com"),
                Some("dee@example.com")
            ]
        );
    }

    #[test]
    fn a_json_line_with_several_bad_keys_is_one_problem_with_its_email() {
        let text = "{\"email\":\"ann@example.com\",\"firstName\":1,\"lastName\":2}\n";
        let parsed = parse(text, true).unwrap();
        assert_eq!(
            parsed.problems,
            [Problem {
                line: 1,
                email: Some("ann@example.com".into()),
                reason: "firstName must be a string; lastName must be a string".into(),
            }]
        );
    }

    #[test]
    fn json_lines_are_detected_and_checked() {
        let text = "{\"email\":\"ann@example.com\",\"firstName\":\"Ann\",\"lastName\":\"Lee\"}\n\n{\"email\":\"b@example.com\",\"firstName\":\"B\",\"lastName\":\"C\",\"password\":12345}\n{oops\n";
        assert_eq!(parse(text, true).unwrap().problems.len(), 2);
        let found = problems(text);
        let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [1, 3, 4], "{found:?}");
        assert!(found[0].1.contains("missing password"));
        assert!(found.iter().all(|(_, r)| !r.contains("12345")), "{found:?}");
        let good = "{\"account\":\"ann@example.com\",\"first_name\":\"Ann\",\"lastName\":\"Lee\",\"id\":3}\n";
        let (rows, _) = valid(good, true);
        assert_eq!(rows[0].email, "ann@example.com");
        assert!(rows[0].password.is_none());
    }

    #[test]
    fn a_header_without_email_is_reported_on_line_one() {
        assert_eq!(problems("ann@example.com,Ann,Lee,pw\n")[0].0, 1);
    }
}
