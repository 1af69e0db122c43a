//! Lists written a row at a time, as they arrive (JSON, NDJSON, CSV and TSV; a table and
//! `--jq` hold the list): byte for byte serde_json's JSON of the whole list, and the
//! CSV/TSV of each row's value, so that 100,000 monitors never exist as one value.

use serde_json::Value;
use std::io::{self, Write};

use super::cells::Cells;
use super::delimited::{
    data_columns, delimited_text, delimited_writer, write_csv_row, write_header,
};
use super::{Cell, Column, Format, Settings, UnknownColumns, field_names, lookup_opt, pick};
use crate::error::{Error, Result};

/// The records of [`Output::Rows`](super::Output::Rows), whatever their type.
pub trait Rows: std::fmt::Debug {
    fn values(&self) -> io::Result<Vec<Value>>;
    fn write_to(&self, writer: &mut ListWriter<&mut dyn Write>) -> io::Result<()>;
}

impl<T: serde::Serialize + std::fmt::Debug> Rows for Vec<T> {
    fn values(&self) -> io::Result<Vec<Value>> {
        (self.iter())
            .map(|row| serde_json::to_value(row).map_err(io::Error::from))
            .collect()
    }

    fn write_to(&self, writer: &mut ListWriter<&mut dyn Write>) -> io::Result<()> {
        self.iter().try_for_each(|row| writer.row(row))
    }
}

/// Whether a list is written as it arrives: JSON, NDJSON, CSV and TSV are; a table
/// measures its widths, `--jq` may need the whole input and `--json FIELDS` reshapes
/// each record, so those hold the list.
pub fn streams(settings: &Settings) -> bool {
    settings.jq.is_none() && settings.json_fields.is_none() && settings.format != Format::Table
}

/// Writes a list to stdout row by row, byte for byte as `emit` writes the same list (for
/// settings where [`streams`] holds). Returns the unknown `--columns`, as
/// [`unknown_columns`] does, for a warning.
pub fn stream_list<T: serde::Serialize>(
    settings: &Settings,
    columns: &[Column],
    rows: impl Iterator<Item = Result<T>>,
) -> Result<Option<UnknownColumns>> {
    let mut writer = ListWriter::new(io::stdout().lock(), settings, columns);
    let mut failed = None;
    let mut written = Ok(());
    for row in rows {
        match row {
            Ok(row) => written = writer.row(&row),
            Err(e) => failed = Some(e),
        }
        if failed.is_some() || written.is_err() {
            break;
        }
    }
    if let Some(e) = failed {
        return Err(e);
    }
    match written.and_then(|()| writer.finish()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(None),
        Err(e) => Err(Error::other("could not write to stdout", e)),
        Ok(()) => Ok(writer.unknown()),
    }
}

/// The writer of every list in a format that streams: behind [`stream_list`], and
/// behind [`write`](super::write) for a list already read; on any writer, for tests.
pub struct ListWriter<W: Write> {
    format: Format,
    sink: Sink<W>,
    columns: Vec<Column>,
    header: bool,
    /// `--columns` and whether a default column or a row so far has it.
    wanted: Vec<(String, bool)>,
    first: Option<Value>,
    count: usize,
    /// The cells of the columns, then of `--columns` not yet seen, written from each row
    /// directly when it is a flat struct (`None` with a dotted column).
    cells: Option<Cells>,
}

enum Sink<W: Write> {
    Plain(io::BufWriter<W>),
    // Boxed: the CSV writer holds its own buffers.
    Delimited(Box<csv::Writer<io::BufWriter<W>>>),
}

impl<W: Write> ListWriter<W> {
    pub fn new(out: W, settings: &Settings, defaults: &[Column]) -> ListWriter<W> {
        let out = io::BufWriter::with_capacity(1 << 16, out);
        let sink = match settings.format {
            Format::Csv | Format::Tsv => {
                Sink::Delimited(Box::new(delimited_writer(settings.format, out)))
            }
            _ => Sink::Plain(out),
        };
        let columns = data_columns(pick(defaults, settings));
        let wanted: Vec<(String, bool)> = (settings.columns.iter().flatten())
            .map(|k| (k.clone(), defaults.iter().any(|c| c.is_named(k))))
            .collect();
        let keys = (columns.iter())
            .filter_map(|c| match &c.value {
                Cell::Field(key) => Some(key.clone()),
                Cell::Bar { .. } => None,
            })
            .chain(
                wanted
                    .iter()
                    .filter(|(_, seen)| !seen)
                    .map(|(k, _)| k.clone()),
            );
        ListWriter {
            format: settings.format,
            sink,
            cells: Cells::new(keys.collect()),
            columns,
            header: settings.header,
            wanted,
            first: None,
            count: 0,
        }
    }

    /// Writes one row. JSON and NDJSON write `row` as serde does, without building its
    /// `Value`, so `T` must serialise as its value does (a struct's fields in key order,
    /// as `Monitor`'s are; a `Value` itself). CSV, TSV and `--columns` take the fields
    /// of a flat struct as it serialises them, and look the fields of any other row up
    /// in its value.
    pub fn row<T: serde::Serialize>(&mut self, row: &T) -> io::Result<()> {
        let delimited = matches!(self.sink, Sink::Delimited(_));
        let unseen = self.wanted.iter().any(|(_, seen)| !seen);
        let flat =
            (delimited || unseen) && (self.cells.as_mut()).is_some_and(|cells| cells.fill(row));
        let value = if self.first.is_none() || ((delimited || unseen) && !flat) {
            serde_json::to_value(row)?
        } else {
            Value::Null
        };
        for (key, seen) in self.wanted.iter_mut().filter(|(_, seen)| !*seen) {
            *seen = match (&self.cells, flat) {
                (Some(cells), true) => cells.has(key),
                _ => lookup_opt(&value, key).is_some(),
            };
        }
        if self.first.is_none() {
            self.first = Some(value.clone());
        }
        self.count += 1;
        match &mut self.sink {
            Sink::Delimited(csv) => {
                if self.count == 1 && self.header {
                    write_header(csv, &self.columns)?;
                }
                match (&self.cells, flat) {
                    (Some(cells), true) => {
                        let texts = &cells.texts()[..self.columns.len()];
                        csv.write_record(texts.iter().map(|t| delimited_text(t, self.format)))?;
                        Ok(())
                    }
                    _ => write_csv_row(csv, &value, &self.columns, self.format),
                }
            }
            Sink::Plain(out) if self.format == Format::Ndjson => {
                serde_json::to_writer(&mut *out, row)?;
                writeln!(out)
            }
            Sink::Plain(out) => {
                // An element of `to_writer_pretty`'s array, as that writes it.
                out.write_all(if self.count == 1 { b"[\n  " } else { b",\n  " })?;
                let mut element = serde_json::Serializer::with_formatter(&mut *out, Element::new());
                row.serialize(&mut element)?;
                Ok(())
            }
        }
    }

    pub fn finish(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::Delimited(csv) => {
                if self.count == 0 && self.header {
                    write_header(csv, &self.columns)?;
                }
                csv.flush()
            }
            Sink::Plain(out) => {
                if self.format == Format::Json {
                    out.write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
                }
                out.flush()
            }
        }
    }

    /// What [`unknown_columns`] says of the whole list.
    pub fn unknown(&self) -> Option<UnknownColumns> {
        let first = self.first.as_ref()?;
        let unknown: Vec<String> = (self.wanted.iter())
            .filter(|(_, seen)| !seen)
            .map(|(k, _)| k.clone())
            .collect();
        (!unknown.is_empty()).then(|| (unknown, field_names(first)))
    }
}

/// `serde_json`'s pretty layout (two spaces an indent) for one element of a list,
/// which starts indented once: what `to_writer_pretty` writes for an element of an
/// array, without the array around it.
struct Element {
    indent: usize,
    has_value: bool,
}

impl Element {
    fn new() -> Element {
        Element {
            indent: 1,
            has_value: false,
        }
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.indent += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.indent -= 1;
        if self.has_value {
            self.newline(out, false)?;
        }
        out.write_all(bracket)
    }

    fn newline<W: ?Sized + Write>(&mut self, out: &mut W, comma: bool) -> io::Result<()> {
        out.write_all(if comma { b",\n" } else { b"\n" })?;
        (0..self.indent).try_for_each(|_| out.write_all(b"  "))
    }
}

impl serde_json::ser::Formatter for Element {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.newline(out, !first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.newline(out, !first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::tests::{render, settings};
    use crate::output::{Output, columns, unknown_columns};
    use serde_json::json;

    /// What the streaming writer prints for a list and the unknown columns it finds.
    fn stream<T: serde::Serialize>(
        items: &[T],
        keys: &[&str],
        settings: &Settings,
    ) -> (String, Option<UnknownColumns>) {
        let mut buf = Vec::new();
        let mut writer = ListWriter::new(&mut buf, settings, &columns(keys));
        for item in items {
            writer.row(item).unwrap();
        }
        writer.finish().unwrap();
        let unknown = writer.unknown();
        drop(writer);
        (String::from_utf8(buf).unwrap(), unknown)
    }

    /// The list as it is written one whole value at a time, without `ListWriter`:
    /// serde_json's own JSON of the array or of each line, and CSV/TSV of each row's
    /// value as a record is written.
    fn buffered(rows: &[Value], keys: &[&str], settings: &Settings) -> String {
        match settings.format {
            Format::Json => serde_json::to_string_pretty(rows).unwrap() + "\n",
            Format::Ndjson => rows.iter().map(|row| format!("{row}\n")).collect(),
            _ => {
                let columns = data_columns(pick(&columns(keys), settings));
                let mut writer = delimited_writer(settings.format, Vec::new());
                if settings.header {
                    write_header(&mut writer, &columns).unwrap();
                }
                for row in rows {
                    write_csv_row(&mut writer, row, &columns, settings.format).unwrap();
                }
                String::from_utf8(writer.into_inner().unwrap()).unwrap()
            }
        }
    }

    #[test]
    fn streamed_lists_equal_whole_ones_in_every_streamed_format() {
        let items = vec![
            json!({"id": 1, "name": "a \"quoted\"\tname,\nsplit", "tags": [], "nested": {"x": [1, {}]}}),
            json!({"id": 2, "name": "é", "tags": ["a", "b"], "nested": null}),
        ];
        let keys = ["id", "name", "tags"];
        for format in [Format::Json, Format::Ndjson, Format::Csv, Format::Tsv] {
            for picked in [
                None,
                Some(vec!["nested.x".to_string(), "bogus".into(), "id".into()]),
            ] {
                for header in [true, false] {
                    let mut settings = settings(format);
                    settings.columns = picked.clone();
                    settings.header = header;
                    assert!(streams(&settings));
                    for rows in [&items[..], &items[..1], &[]] {
                        let list = Output::list(rows.to_vec(), &keys);
                        let (streamed, unknown) = stream(rows, &keys, &settings);
                        let expected = buffered(rows, &keys, &settings);
                        assert_eq!(streamed, expected, "{format:?} {picked:?}");
                        assert_eq!(render(&list, &settings), expected, "{format:?}");
                        assert_eq!(unknown, unknown_columns(&list, &settings), "{format:?}");
                    }
                }
            }
        }
        let mut settings = settings(Format::Json);
        settings.columns = Some(vec!["bogus".into()]);
        let (_, unknown) = stream(&items, &keys, &settings);
        assert_eq!(unknown.unwrap().0, ["bogus"]);
        settings.jq = Some(".".into());
        assert!(!streams(&settings));
        assert!(!streams(&crate::output::tests::settings(Format::Table)));
    }

    /// A flat struct with its fields in key order, as `Monitor` is: CSV and TSV write its
    /// cells without building its value, and must write what the value path writes.
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Flat {
        active: bool,
        id: i64,
        kind: FlatKind,
        name: String,
        note: Option<String>,
        ratio: f64,
    }

    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    enum FlatKind {
        RumMonitor,
    }

    #[test]
    fn streamed_flat_structs_equal_their_buffered_values() {
        let row = |id, name: &str, note: Option<&str>, ratio| Flat {
            active: id % 2 == 0,
            id,
            kind: FlatKind::RumMonitor,
            name: name.into(),
            note: note.map(str::to_string),
            ratio,
        };
        let rows = [
            row(1, "a \"quoted\"\tname,\nsplit", None, 0.5),
            row(-2, "é", Some("x\ty"), f64::NAN),
            row(3, "", Some(""), 1e21),
            // Text a spreadsheet would run is guarded alike on both paths; numbers are not.
            row(-4, "=1+2", Some("@SUM(A1)"), -3.5),
            row(5, "-shop", Some("+1 555"), 2.0),
        ];
        let keys = ["id", "name", "kind", "ratio"];
        for format in [Format::Json, Format::Ndjson, Format::Csv, Format::Tsv] {
            for picked in [
                None,
                Some(vec!["note".into(), "bogus".to_string(), "active".into()]),
                Some(vec!["name.x".to_string(), "id".into()]),
            ] {
                let mut settings = settings(format);
                settings.columns = picked.clone();
                let list = Output::list_of(&rows, &keys).unwrap();
                let Output::List { items, .. } = &list else {
                    unreachable!("list_of makes a list")
                };
                let (streamed, unknown) = stream(&rows, &keys, &settings);
                let expected = buffered(items, &keys, &settings);
                assert_eq!(streamed, expected, "{format:?} {picked:?}");
                assert_eq!(unknown, unknown_columns(&list, &settings), "{format:?}");
            }
        }
    }
}
