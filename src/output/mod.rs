//! The output layer: the only code that writes to stdout.
//!
//! Commands return an [`Output`]: JSON data plus a description of how a person would like
//! to see it (columns, sections). This module turns it into a table, JSON, NDJSON, CSV or
//! TSV, or runs it through `--jq`. Messages and progress go to stderr through [`Ui`].

mod cells;
mod delimited;
mod fields;
mod jq;
mod list;
mod progress;
mod table;
mod ui;

pub use fields::fields_of;
pub use jq::serve_jq_worker;
pub use list::{ListWriter, Rows, stream_list, streams};
pub use progress::Progress;
pub use ui::Ui;

use serde_json::Value;
use std::io::{self, Write};

use crate::error::{Error, Result};
use monitis_core::failure::Failure;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
    Tsv,
}

/// When the command gives up (`--timeout`): a `--jq` filter still running then is stopped.
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    pub at: std::time::Instant,
    pub budget: std::time::Duration,
}

impl Deadline {
    /// `budget` from now.
    pub fn after(budget: std::time::Duration) -> Deadline {
        Deadline {
            at: std::time::Instant::now() + budget,
            budget,
        }
    }
}

/// How to render, from the global options and the terminal.
#[derive(Debug, Clone)]
pub struct Settings {
    pub format: Format,
    pub columns: Option<Vec<String>>,
    pub header: bool,
    pub jq: Option<String>,
    /// When `--jq` must have finished; none: whenever it does.
    pub deadline: Option<Deadline>,
    /// `--json FIELDS`: JSON of these fields of each record, as gh's `--json` (then
    /// `--jq`, if given, filters that).
    pub json_fields: Option<Vec<String>>,
    /// stdout is a terminal: bars are drawn and tables fit its width.
    pub terminal: bool,
    /// States in tables are coloured: on a terminal, unless `--no-color` or NO_COLOR.
    pub color: bool,
    pub width: Option<usize>,
}

impl Settings {
    /// The spec's defaults: a table on a terminal, else TSV without a header.
    pub fn new(
        format: Option<Format>,
        columns: Option<Vec<String>>,
        no_header: bool,
        jq: Option<String>,
        no_color: bool,
    ) -> Settings {
        use std::io::IsTerminal;
        let terminal = io::stdout().is_terminal();
        let explicit = format.is_some();
        let format = format.unwrap_or(if terminal { Format::Table } else { Format::Tsv });
        Settings {
            format,
            columns,
            header: !no_header && (explicit || terminal),
            jq,
            deadline: None,
            json_fields: None,
            terminal,
            color: terminal && !no_color && ui::color_wanted(),
            width: width(terminal),
        }
    }

    /// `--json FIELDS`: JSON, of these fields only.
    pub fn select_json(&mut self, fields: Vec<String>) {
        self.format = Format::Json;
        self.json_fields = Some(fields);
    }
}

/// The width tables fit: COLUMNS when set (as `ls` and gh read it; tests set it), else
/// the terminal's; off a terminal without COLUMNS, tables are as wide as their content.
/// Notes on stderr wrap to it too.
pub(crate) fn width(terminal: bool) -> Option<usize> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&w: &usize| w > 0)
        .or_else(|| {
            terminal
                .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
                .flatten()
        })
}

#[cfg(test)]
impl Settings {
    /// Settings that do not depend on the terminal the tests run in.
    pub fn fixed(format: Format, terminal: bool, width: Option<usize>) -> Settings {
        Settings {
            format,
            columns: None,
            header: true,
            jq: None,
            deadline: None,
            json_fields: None,
            terminal,
            color: false,
            width,
        }
    }
}

/// One column of a table: a header and how to get the cell from a record.
#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub value: Cell,
    /// When a table is too wide, columns go lowest priority first (ties: rightmost first).
    pub priority: u8,
}

/// The priority of a column no table has ranked: kept until the ranked ones are gone.
const UNRANKED: u8 = u8::MAX;

#[derive(Debug, Clone)]
pub enum Cell {
    /// A field of the record, by dotted path (`plan.roleName`).
    Field(String),
    /// A usage bar of `used` over `total`, drawn only in tables on a terminal.
    Bar { used: String, total: String },
}

impl Column {
    pub fn field(key: &str) -> Column {
        Column::headed(&header_for(key), key)
    }

    /// A field under a header of its own (`EMAIL` for `account`).
    pub fn headed(header: &str, key: &str) -> Column {
        Column {
            header: header.to_string(),
            value: Cell::Field(key.to_string()),
            priority: UNRANKED,
        }
    }

    /// Bars are pictures: the first thing a narrow table gives up.
    pub fn bar(header: &str, used: &str, total: &str) -> Column {
        Column {
            header: header.to_string(),
            value: Cell::Bar {
                used: used.to_string(),
                total: total.to_string(),
            },
            priority: 0,
        }
    }

    /// Free text (names, URLs, reasons) may be cut to fit a terminal; numbers, ids,
    /// statuses and dates never are.
    fn is_free_text(&self) -> bool {
        let Cell::Field(key) = &self.value else {
            return false;
        };
        let leaf = key.rsplit('.').next().unwrap_or(key).to_ascii_lowercase();
        ["name", "url", "reason"]
            .iter()
            .any(|word| leaf.ends_with(word))
    }
}

/// Ranks a table's columns for a narrow terminal: `least_first` names the fields to drop,
/// least important first; the fields it does not name are kept longest.
pub fn ranked(mut columns: Vec<Column>, least_first: &[&str]) -> Vec<Column> {
    for column in &mut columns {
        if let Some(rank) = least_first.iter().position(|key| column.is_named(key)) {
            column.priority = u8::try_from(rank + 1).unwrap_or(UNRANKED - 1);
        }
    }
    columns
}

impl Column {
    /// Whether `--columns` names this column: by its field, or by its header
    /// (`--columns email` for a column headed EMAIL).
    pub fn is_named(&self, key: &str) -> bool {
        matches!(&self.value, Cell::Field(k) if k == key) || self.header.eq_ignore_ascii_case(key)
    }
}

/// Columns from their field names, the usual case: `columns(&["id", "account"])`.
pub fn columns(keys: &[&str]) -> Vec<Column> {
    keys.iter().map(|k| Column::field(k)).collect()
}

/// `suspendedMonitors` → `SUSPENDED MONITORS`.
fn header_for(key: &str) -> String {
    let leaf = key.rsplit('.').next().unwrap_or(key);
    let mut out = String::new();
    for (i, ch) in leaf.chars().enumerate() {
        if ch.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(ch.to_uppercase());
    }
    out
}

/// What a command hands back.
#[derive(Debug)]
pub enum Output {
    /// Nothing for stdout (the command said what it did on stderr).
    Nothing,
    /// Bytes written as they are, whatever the format (a completion script).
    Text(Vec<u8>),
    /// A list of records; `--columns` picks and orders fields.
    List {
        items: Vec<Value>,
        columns: Vec<Column>,
    },
    /// A list of typed records, written straight from them where the format allows
    /// ([`ListWriter`]: no `Value` per record); a table and `--jq` take their values.
    Rows {
        rows: Box<dyn Rows>,
        columns: Vec<Column>,
    },
    /// One record, shown as field/value lines in a table.
    Record { item: Value, fields: Vec<Column> },
    /// Structured data with a human layout of several sections (a plan, a dashboard).
    Document { data: Value, sections: Vec<Section> },
    /// An answer with no layout of its own (`monitis api`): JSON in every format but
    /// NDJSON's one line; `--jq` filters it.
    Json(Value),
}

#[derive(Debug)]
pub enum Section {
    Heading(String),
    Text(String),
    Table {
        columns: Vec<Column>,
        rows: Vec<Value>,
    },
    Fields {
        item: Value,
        fields: Vec<Column>,
    },
}

impl Output {
    pub fn list(items: Vec<Value>, keys: &[&str]) -> Output {
        Output::List {
            items,
            columns: columns(keys),
        }
    }

    pub fn record(item: Value, keys: &[&str]) -> Output {
        Output::Record {
            item,
            fields: columns(keys),
        }
    }

    /// A serialisable value as a list or record.
    pub fn list_of<T: serde::Serialize>(items: &[T], keys: &[&str]) -> Result<Output> {
        Ok(Output::list(
            items.iter().map(to_value).collect::<Result<_>>()?,
            keys,
        ))
    }

    /// A long list of typed records (thousands of move results): see [`Output::Rows`].
    /// `T` must serialise as its value does, its fields in key order, as
    /// [`ListWriter::row`] requires.
    pub fn rows<T: serde::Serialize + std::fmt::Debug + 'static>(
        items: Vec<T>,
        keys: &[&str],
    ) -> Output {
        debug_assert!(items.first().is_none_or(|first| {
            serde_json::to_string(first).ok() == to_value(first).ok().map(|v| v.to_string())
        }));
        Output::Rows {
            rows: Box::new(items),
            columns: columns(keys),
        }
    }

    pub fn record_of<T: serde::Serialize>(item: &T, keys: &[&str]) -> Result<Output> {
        Ok(Output::record(to_value(item)?, keys))
    }

    /// A list's columns ranked for a narrow terminal (see [`ranked`]).
    pub fn ranked(self, least_first: &[&str]) -> Output {
        match self {
            Output::List { items, columns } => Output::List {
                items,
                columns: ranked(columns, least_first),
            },
            Output::Rows { rows, columns } => Output::Rows {
                rows,
                columns: ranked(columns, least_first),
            },
            other => other,
        }
    }

    /// The JSON that `-o json` prints.
    pub fn data(&self) -> io::Result<Value> {
        Ok(match self {
            Output::Nothing => Value::Null,
            Output::Text(text) => Value::String(String::from_utf8_lossy(text).into_owned()),
            Output::List { items, .. } => Value::Array(items.clone()),
            Output::Rows { rows, .. } => Value::Array(rows.values()?),
            Output::Record { item, .. } => item.clone(),
            Output::Document { data, .. } => data.clone(),
            Output::Json(data) => data.clone(),
        })
    }

    /// A list's rows, values or typed records, and its columns; `None` for any other
    /// output.
    fn list_rows(&self) -> Option<(&dyn Rows, &[Column])> {
        match self {
            Output::List { items, columns } => Some((items, columns)),
            Output::Rows { rows, columns } => Some((rows.as_ref(), columns)),
            _ => None,
        }
    }

    /// Typed records as a list of values, for what needs the values (a table, `--jq`,
    /// the `--columns` check); `None` for any other output.
    fn listed(&self) -> io::Result<Option<Output>> {
        let Output::Rows { rows, columns } = self else {
            return Ok(None);
        };
        Ok(Some(Output::List {
            items: rows.values()?,
            columns: columns.clone(),
        }))
    }
}

pub fn to_value<T: serde::Serialize>(item: &T) -> Result<Value> {
    serde_json::to_value(item).map_err(|e| Error::other("could not encode the result", e))
}

/// Checks what can be checked before a command runs, so that a typo in `--jq` changes
/// nothing and exits 2.
pub fn check(settings: &Settings) -> Result<()> {
    if let Some(expr) = &settings.jq {
        jq::check(expr).map_err(Error::Usage)?;
    }
    Ok(())
}

/// Writes the output to stdout and returns the headers of the table columns left out to
/// fit the width. A closed pipe (`| head`) ends quietly: it is not an error.
pub fn emit(output: &Output, settings: &Settings) -> Result<Vec<String>> {
    emit_to(&mut io::stdout().lock(), output, settings)
}

/// Bytes to stdout as they are, without settings (`--version` before anything is parsed).
pub fn emit_text(text: &[u8]) -> Result<()> {
    match io::stdout().lock().write_all(text) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Error::other("could not write to stdout", e))
        }
        _ => Ok(()),
    }
}

fn emit_to(out: &mut dyn Write, output: &Output, settings: &Settings) -> Result<Vec<String>> {
    // 64 KiB at a time, as the streamed lists write: a long list in few system calls.
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    match write(&mut out, output, settings).and_then(|dropped| out.flush().map(|()| dropped)) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Vec::new()),
        // A --jq filter that failed on this data (`.foo` of an array): its own message.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => {
            Err(Error::Io(Failure::because(e.to_string(), e)))
        }
        Err(e) => Err(Error::io("could not write to stdout", e)),
        Ok(dropped) => Ok(dropped),
    }
}

/// Renders into any writer; `emit` is this on stdout. Tests render into a buffer.
/// Returns the headers of the table columns left out to fit the width.
pub fn write(out: &mut dyn Write, output: &Output, settings: &Settings) -> io::Result<Vec<String>> {
    let mut dropped = Vec::new();
    write_into(out, output, settings, &mut dropped)?;
    Ok(dropped)
}

fn write_into(
    out: &mut dyn Write,
    output: &Output,
    settings: &Settings,
    dropped: &mut Vec<String>,
) -> io::Result<()> {
    match output {
        Output::Nothing => return Ok(()),
        Output::Text(text) => return out.write_all(text),
        _ => {}
    }
    // A list in a format that streams is written row by row, whether its rows are
    // values or typed records: one writer, and no copy of the list.
    if streams(settings)
        && let Some((rows, columns)) = output.list_rows()
    {
        let mut writer = ListWriter::new(out, settings, columns);
        rows.write_to(&mut writer)?;
        return writer.finish();
    }
    if let Some(list) = output.listed()? {
        return write_into(out, &list, settings, dropped);
    }
    let data = || -> io::Result<Value> {
        let data = output.data()?;
        Ok(match &settings.json_fields {
            Some(fields) => select(data, fields),
            None => data,
        })
    };
    if let Some(expr) = &settings.jq {
        return jq::run(out, expr, data()?, settings.deadline);
    }
    let format = match output {
        Output::Json(_) if settings.format != Format::Ndjson => Format::Json,
        _ => settings.format,
    };
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &data()?)?;
            writeln!(out)
        }
        Format::Ndjson => {
            let data = output.data()?;
            let lines = match &data {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            for line in lines {
                serde_json::to_writer(&mut *out, line)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Csv | Format::Tsv => delimited::write(out, output, settings),
        Format::Table => table::write(out, output, settings, dropped),
    }
}

/// `--json FIELDS`: each record (of a list, or the one) with these fields alone, in this
/// order; a field a record lacks is `null`.
fn select(data: Value, fields: &[String]) -> Value {
    let pick = |record: Value| match record {
        Value::Object(mut map) => Value::Object(
            fields
                .iter()
                .map(|f| (f.clone(), map.remove(f).unwrap_or(Value::Null)))
                .collect(),
        ),
        other => other,
    };
    match data {
        Value::Array(items) => Value::Array(items.into_iter().map(pick).collect()),
        record => pick(record),
    }
}

/// The columns to show: `--columns` picks and orders them by field name (any field of
/// the records, not only the default ones).
fn pick(defaults: &[Column], settings: &Settings) -> Vec<Column> {
    match &settings.columns {
        None => defaults.to_vec(),
        Some(keys) => keys
            .iter()
            .map(|key| {
                defaults
                    .iter()
                    .find(|c| c.is_named(key))
                    .cloned()
                    .unwrap_or_else(|| Column::field(key))
            })
            .collect(),
    }
}

/// `--columns` that name no field, and the fields the records have.
pub type UnknownColumns = (Vec<String>, Vec<String>);

/// The `--columns` that name no field of any record (shown as `-`), with the fields the
/// records do have, for a warning: the command has run by then, so it is not an error.
pub fn unknown_columns(output: &Output, settings: &Settings) -> Option<UnknownColumns> {
    let wanted = settings.columns.as_ref()?;
    let listed = output.listed().ok().flatten();
    let output = listed.as_ref().unwrap_or(output);
    let (rows, defaults): (Vec<&Value>, &[Column]) = match output {
        Output::List { items, columns } => (items.iter().collect(), columns),
        Output::Record { item, fields } => (vec![item], fields),
        _ => return None,
    };
    let present = |key: &str| {
        defaults.iter().any(|c| c.is_named(key))
            || rows.iter().any(|row| lookup_opt(row, key).is_some())
    };
    let unknown: Vec<String> = wanted.iter().filter(|k| !present(k)).cloned().collect();
    if rows.is_empty() || unknown.is_empty() {
        return None;
    }
    Some((unknown, field_names(rows[0])))
}

fn field_names(row: &Value) -> Vec<String> {
    row.as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

fn lookup_opt<'a>(row: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(row, |v, part| v.get(part))
}

fn lookup<'a>(row: &'a Value, path: &str) -> &'a Value {
    lookup_opt(row, path).unwrap_or(&Value::Null)
}

/// A cell as text; `null` shows as `missing` (`-` in tables, empty in CSV).
fn cell_text(row: &Value, column: &Column, missing: &str) -> String {
    match &column.value {
        Cell::Field(key) => match lookup(row, key) {
            Value::Null => missing.to_string(),
            Value::String(s) => s.clone(),
            Value::Array(items) if items.iter().all(|v| !v.is_object() && !v.is_array()) => items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join(","),
            other => other.to_string(),
        },
        Cell::Bar { used, total } => {
            let used = lookup(row, used).as_f64().unwrap_or(0.0);
            let total = lookup(row, total).as_f64().unwrap_or(0.0);
            bar(used, total)
        }
    }
}

const BAR_WIDTH: usize = 10;

/// `███████░░░ 70%`; over 100% the bar is full and the percentage says by how much.
pub fn bar(used: f64, total: f64) -> String {
    let ratio = if total > 0.0 {
        used / total
    } else if used > 0.0 {
        f64::INFINITY
    } else {
        0.0
    };
    let filled = ((ratio.min(1.0) * BAR_WIDTH as f64).round() as usize).min(BAR_WIDTH);
    let percent = if ratio.is_finite() {
        format!("{:.0}%", ratio * 100.0)
    } else {
        "over".to_string()
    };
    format!(
        "{}{} {percent}",
        "█".repeat(filled),
        "░".repeat(BAR_WIDTH - filled)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    pub(super) fn settings(format: Format) -> Settings {
        Settings::fixed(format, false, Some(80))
    }

    pub(super) fn render(output: &Output, settings: &Settings) -> String {
        let mut buf = Vec::new();
        write(&mut buf, output, settings).unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn clients() -> Output {
        Output::list(
            vec![
                json!({"id": 1, "account": "a@x.io", "status": "active", "note": "a, b"}),
                json!({"id": 2, "account": "b@x.io", "status": "suspended", "note": null}),
            ],
            &["id", "account", "status"],
        )
    }

    #[test]
    fn headers_come_from_camel_case_fields() {
        assert_eq!(header_for("suspendedMonitors"), "SUSPENDED MONITORS");
        assert_eq!(header_for("plan.roleName"), "ROLE NAME");
    }

    #[test]
    fn csv_quotes_and_tsv_does_not() {
        let mut s = settings(Format::Csv);
        s.columns = Some(vec!["id".into(), "note".into()]);
        assert_eq!(render(&clients(), &s), "id,note\n1,\"a, b\"\n2,\n");
        s.format = Format::Tsv;
        s.header = false;
        assert_eq!(render(&clients(), &s), "1\ta, b\n2\t\n");
    }

    /// OWASP's CSV injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return gets a `'` before it in CSV and TSV, so a spreadsheet shows it
    /// rather than runs it. Numbers stay numbers; tables and JSON show the text as is.
    #[test]
    fn csv_and_tsv_cells_a_spreadsheet_would_run_are_quoted_as_text() {
        let rows = vec![
            json!({"id": -1, "name": "=HYPERLINK(\"http://evil\",\"x\")", "tags": ["-a", "b"]}),
            json!({"id": 2, "name": "@SUM(A1)", "tags": [-3, 4]}),
            json!({"id": 3, "name": "+1 555 0100", "tags": []}),
            json!({"id": 4, "name": "-shop", "tags": null}),
            json!({"id": 5, "name": "\tx\ry", "tags": ["ok"]}),
            json!({"id": 6, "name": "a=b-c", "tags": null}),
        ];
        let list = Output::list(rows, &["id", "name", "tags"]);
        assert_eq!(
            render(&list, &settings(Format::Csv)),
            "id,name,tags\n\
             -1,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",\"'-a,b\"\n\
             2,'@SUM(A1),\"'-3,4\"\n\
             3,'+1 555 0100,\n\
             4,'-shop,\n\
             5,\"'\tx\ry\",ok\n\
             6,a=b-c,\n"
        );
        let mut tsv = settings(Format::Tsv);
        tsv.header = false;
        assert!(render(&list, &tsv).starts_with("-1\t'=HYPERLINK(\"http://evil\",\"x\")\t'-a,b\n"));
        assert!(render(&list, &settings(Format::Json)).contains("\"name\": \"@SUM(A1)\""));
        let table = render(&list, &settings(Format::Table));
        assert!(
            table.contains("-shop") && !table.contains("'-shop"),
            "{table}"
        );
    }

    #[test]
    fn ndjson_is_one_record_per_line_and_json_an_array() {
        let out = render(&clients(), &settings(Format::Ndjson));
        assert_eq!(out.lines().count(), 2);
        assert!(out.starts_with("{\"account\":\"a@x.io\""));
        let empty = Output::list(vec![], &["id"]);
        assert_eq!(render(&empty, &settings(Format::Json)), "[]\n");
    }

    #[test]
    fn json_fields_pick_from_each_record() {
        let mut s = settings(Format::Table);
        s.select_json(vec!["status".into(), "id".into(), "nope".into()]);
        assert_eq!(
            render(&clients(), &s),
            "[\n  {\n    \"id\": 1,\n    \"nope\": null,\n    \"status\": \"active\"\n  },\n  {\n    \"id\": 2,\n    \"nope\": null,\n    \"status\": \"suspended\"\n  }\n]\n"
        );
        // `--jq` after `--json` runs in the jq worker process (`monitis __jq`), which a
        // unit test's binary is not: tests/cli_api.rs runs the two together.
        let one = Output::record(json!({"id": 7, "account": "a@x.io"}), &["id"]);
        s.json_fields = Some(vec!["account".into()]);
        assert_eq!(render(&one, &s), "{\n  \"account\": \"a@x.io\"\n}\n");
    }

    #[test]
    fn a_document_in_csv_or_tsv_keeps_every_section_in_blocks() {
        let doc = Output::Document {
            data: json!({}),
            sections: vec![
                Section::Heading("Plan".into()),
                Section::Table {
                    columns: columns(&["code", "used"]),
                    rows: vec![json!({"code": "rum", "used": 1})],
                },
                Section::Text("\nnote one\nnote two".into()),
                Section::Heading("Empty".into()),
                Section::Table {
                    columns: columns(&["code"]),
                    rows: vec![],
                },
                Section::Heading("Record".into()),
                Section::Fields {
                    item: json!({"a": 1, "b": "x\ty"}),
                    fields: columns(&["a", "b"]),
                },
            ],
        };
        let mut s = settings(Format::Tsv);
        s.header = false;
        assert_eq!(
            render(&doc, &s),
            "# Plan\nrum\t1\n# note one\n# note two\n\n# Empty\n\n# Record\n1\tx y\n"
        );
        s.format = Format::Csv;
        s.header = true;
        assert_eq!(
            render(&doc, &s),
            "# Plan\ncode,used\nrum,1\n# note one\n# note two\n\n# Empty\ncode\n\n# Record\na,b\n1,x\ty\n"
        );
    }

    /// A writer whose reader went away, or whose disk is full.
    struct Failing(io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(self.0.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(self.0.into())
        }
    }

    #[test]
    fn a_closed_pipe_is_success_and_other_write_errors_are_not() {
        let s = settings(Format::Json);
        assert!(emit_to(&mut Failing(io::ErrorKind::BrokenPipe), &clients(), &s).is_ok());
        let err = emit_to(&mut Failing(io::ErrorKind::StorageFull), &clients(), &s).unwrap_err();
        assert!(
            err.to_string().contains("could not write to stdout"),
            "{err}"
        );
    }

    #[test]
    fn columns_that_name_no_field_are_reported_with_the_fields_there_are() {
        let mut s = settings(Format::Csv);
        s.columns = Some(vec!["id".into(), "emial".into(), "note".into()]);
        let (unknown, fields) = unknown_columns(&clients(), &s).unwrap();
        assert_eq!(unknown, vec!["emial".to_string()]);
        assert_eq!(fields, vec!["account", "id", "note", "status"]);
        // A default column may be named by its header too: EMAIL shows `account`.
        let emails = Output::List {
            items: vec![json!({"id": 1, "account": "a@x.io"})],
            columns: vec![Column::headed("EMAIL", "account")],
        };
        s.columns = Some(vec!["id".into(), "email".into()]);
        assert!(unknown_columns(&emails, &s).is_none());
        assert_eq!(render(&emails, &s), "id,account\n1,a@x.io\n");
        s.columns = None;
        assert!(unknown_columns(&clients(), &s).is_none());
    }

    #[test]
    fn bar_is_exact_at_the_edges() {
        assert_eq!(bar(0.0, 10.0), "░░░░░░░░░░ 0%");
        assert_eq!(bar(10.0, 10.0), "██████████ 100%");
        assert_eq!(bar(15.0, 10.0), "██████████ 150%");
        assert_eq!(bar(1.0, 0.0), "██████████ over");
    }
}
