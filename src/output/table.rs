//! Human tables (tabled), fitted to the terminal's width.

use std::io::{self, Write};

use serde_json::Value;
use tabled::builder::Builder;
use tabled::settings::{Style, Width, peaker::PriorityMax};

use super::{Cell, Column, Output, Section, Settings, cell_text, pick};

pub fn write(out: &mut dyn Write, output: &Output, settings: &Settings) -> io::Result<()> {
    match output {
        Output::Nothing | Output::Text(_) => Ok(()),
        Output::List { items, columns } => {
            let columns = pick(columns, settings);
            writeln!(out, "{}", rows(items, &columns, settings))
        }
        Output::Record { item, fields } => {
            writeln!(
                out,
                "{}",
                fields_table(item, &pick(fields, settings), settings)
            )
        }
        Output::Document { sections, .. } => {
            for (i, section) in sections.iter().enumerate() {
                if i > 0 && matches!(section, Section::Heading(_)) {
                    writeln!(out)?;
                }
                match section {
                    Section::Heading(text) => writeln!(out, "{text}")?,
                    Section::Text(text) => writeln!(out, "{text}")?,
                    Section::Table {
                        columns,
                        rows: items,
                    } => writeln!(out, "{}", rows(items, columns, settings))?,
                    Section::Fields { item, fields } => {
                        writeln!(out, "{}", fields_table(item, fields, settings))?
                    }
                }
            }
            Ok(())
        }
    }
}

fn visible<'a>(columns: &'a [Column], settings: &Settings) -> impl Iterator<Item = &'a Column> {
    columns
        .iter()
        .filter(move |c| settings.terminal || matches!(c.value, Cell::Field(_)))
}

fn rows(items: &[Value], columns: &[Column], settings: &Settings) -> String {
    if items.is_empty() {
        return "(none)".to_string();
    }
    let mut builder = Builder::default();
    if settings.header {
        builder.push_record(visible(columns, settings).map(|c| c.header.clone()));
    }
    for item in items {
        builder.push_record(visible(columns, settings).map(|c| cell_text(item, c, "-")));
    }
    finish(builder, settings)
}

fn fields_table(item: &Value, fields: &[Column], settings: &Settings) -> String {
    let mut builder = Builder::default();
    for field in visible(fields, settings) {
        builder.push_record([format!("{}:", field.header), cell_text(item, field, "-")]);
    }
    finish(builder, settings)
}

fn finish(builder: Builder, settings: &Settings) -> String {
    let mut table = builder.build();
    table.with(Style::blank());
    if let Some(width) = settings.width {
        table.with(Width::truncate(width).priority(PriorityMax::right()));
    }
    // `Style::blank` pads every line to the widest; scripts and snapshots want no trailing blanks.
    table
        .to_string()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::super::{Format, Output, Settings, write as render};
    use serde_json::json;

    #[test]
    fn list_table_is_aligned_and_fits_the_width() {
        let output = Output::list(
            vec![
                json!({"id": 1, "account": "ann@example.com", "status": "active"}),
                json!({"id": 22, "account": "bob@example.com", "status": null}),
            ],
            &["id", "account", "status"],
        );
        let mut settings = Settings {
            format: Format::Table,
            columns: None,
            header: true,
            jq: None,
            terminal: false,
            width: Some(80),
        };
        let mut buf = Vec::new();
        render(&mut buf, &output, &settings).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            " ID   ACCOUNT           STATUS\n 1    ann@example.com   active\n 22   bob@example.com   -\n"
        );
        settings.width = Some(20);
        let mut buf = Vec::new();
        render(&mut buf, &output, &settings).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(text.lines().all(|l| l.chars().count() <= 20), "{text}");
    }
}
