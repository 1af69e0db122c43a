//! CSV and TSV: one record per line, quoted where CSV needs it; TSV has no quoting.

use serde_json::Value;
use std::borrow::Cow;
use std::io::{self, Write};

use super::{Cell, Column, Format, Output, Section, Settings, cell_text, lookup, pick};

/// A record, or a document (lists are written by `ListWriter`).
pub(super) fn write(out: &mut dyn Write, output: &Output, settings: &Settings) -> io::Result<()> {
    match output {
        Output::Record { item, fields } => {
            write_rows(out, &[item], pick(fields, settings), settings)
        }
        Output::Document { sections, .. } => write_sections(out, sections, settings),
        Output::Nothing | Output::Text(_) => Ok(()),
        Output::Json(_) => unreachable!("write_into writes JSON as JSON"),
        Output::List { .. } | Output::Rows { .. } => unreachable!("write_into streams lists"),
    }
}

/// Every section of a document, so that nothing a person sees is missing from a pipe,
/// in blocks a script can split: a heading starts a block (after a blank line), headings
/// and notes are lines starting with `# `, and a table's or a record's rows follow as
/// CSV or TSV (under a header row where headers are on). `awk -v RS= 'NR==2'` takes the
/// second block; `grep -v '^#'` keeps the rows.
fn write_sections(
    out: &mut dyn Write,
    sections: &[Section],
    settings: &Settings,
) -> io::Result<()> {
    for (i, section) in sections.iter().enumerate() {
        match section {
            Section::Heading(text) | Section::Text(text) => {
                if i > 0 && matches!(section, Section::Heading(_)) {
                    writeln!(out)?;
                }
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    writeln!(out, "# {line}")?;
                }
            }
            Section::Table { columns, rows } => {
                let rows: Vec<&Value> = rows.iter().collect();
                write_rows(out, &rows, pick(columns, settings), settings)?;
            }
            Section::Fields { item, fields } => {
                write_rows(out, &[item], pick(fields, settings), settings)?;
            }
        }
    }
    Ok(())
}

fn write_rows(
    out: &mut dyn Write,
    rows: &[&Value],
    columns: Vec<Column>,
    settings: &Settings,
) -> io::Result<()> {
    let columns = data_columns(columns);
    let mut writer = delimited_writer(settings.format, out);
    if settings.header {
        write_header(&mut writer, &columns)?;
    }
    for row in rows {
        write_csv_row(&mut writer, row, &columns, settings.format)?;
    }
    writer.flush()
}

/// Bars are pictures, not data: CSV and TSV leave them out.
pub(super) fn data_columns(columns: Vec<Column>) -> Vec<Column> {
    columns
        .into_iter()
        .filter(|c| matches!(c.value, Cell::Field(_)))
        .collect()
}

pub(super) fn delimited_writer<W: Write>(format: Format, out: W) -> csv::Writer<W> {
    let tsv = format == Format::Tsv;
    csv::WriterBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .quote_style(if tsv {
            csv::QuoteStyle::Never
        } else {
            csv::QuoteStyle::Necessary
        })
        .from_writer(out)
}

pub(super) fn write_header<W: Write>(
    writer: &mut csv::Writer<W>,
    columns: &[Column],
) -> io::Result<()> {
    writer.write_record(columns.iter().map(|c| match &c.value {
        Cell::Field(key) => key.as_str(),
        Cell::Bar { .. } => "",
    }))?;
    Ok(())
}

pub(super) fn write_csv_row<W: Write>(
    writer: &mut csv::Writer<W>,
    row: &Value,
    columns: &[Column],
    format: Format,
) -> io::Result<()> {
    let texts: Vec<String> = columns
        .iter()
        .map(|c| {
            let text = cell_text(row, c, "");
            match &c.value {
                Cell::Field(key) if !lookup(row, key).is_number() => guarded(text),
                _ => text,
            }
        })
        .collect();
    writer.write_record(texts.iter().map(|t| delimited_text(t, format)))?;
    Ok(())
}

/// The first characters with which a spreadsheet takes a cell for a formula and runs it
/// (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, a tab, a carriage return.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether text written as a cell would be run as a formula.
pub(super) fn starts_a_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// A text cell that a spreadsheet would run, with a `'` before it (as OWASP advises), so
/// that it shows as the text it is: `=HYPERLINK(...)` as a name, not a link that runs.
/// Numbers are not text cells: `-7` stays a number.
fn guarded(text: String) -> String {
    if starts_a_formula(&text) {
        format!("'{text}")
    } else {
        text
    }
}

/// A cell as CSV or TSV carries it: TSV has no quoting, so its tabs and newlines become
/// spaces to keep one record per line.
pub(super) fn delimited_text(text: &str, format: Format) -> Cow<'_, [u8]> {
    if format == Format::Tsv && text.contains(['\t', '\n']) {
        Cow::Owned(text.replace(['\t', '\n'], " ").into_bytes())
    } else {
        Cow::Borrowed(text.as_bytes())
    }
}
