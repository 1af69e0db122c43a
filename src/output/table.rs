//! Human tables (tabled), fitted to the terminal's width.

use std::io::{self, Write};

use serde_json::Value;
use tabled::Table;
use tabled::builder::Builder;
use tabled::settings::{Padding, Style, Width, peaker::PriorityMax};

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

/// The columns drawn: bars only on a terminal, and only when `bars` (they go first when
/// the terminal is too narrow).
fn visible<'a>(
    columns: &'a [Column],
    settings: &Settings,
    bars: bool,
) -> impl Iterator<Item = &'a Column> {
    let bars = bars && settings.terminal;
    columns
        .iter()
        .filter(move |c| bars || matches!(c.value, Cell::Field(_)))
}

fn rows(items: &[Value], columns: &[Column], settings: &Settings) -> String {
    if items.is_empty() {
        return "(none)".to_string();
    }
    let build = |fold_headers: bool, bars: bool| {
        let mut builder = Builder::default();
        if settings.header {
            builder.push_record(visible(columns, settings, bars).map(|c| {
                if fold_headers {
                    c.header.replace(' ', "\n")
                } else {
                    c.header.clone()
                }
            }));
        }
        for item in items {
            builder.push_record(visible(columns, settings, bars).map(|c| cell_text(item, c, "-")));
        }
        styled(builder)
    };
    // Too wide for the terminal: headers fold onto several lines, then bars go, and only
    // then are the widest values cut.
    let too_wide = |table: &Table| {
        settings
            .width
            .is_some_and(|width| table.total_width() > width)
    };
    let mut table = build(false, true);
    for (fold, bars) in [(true, true), (true, false)] {
        if !too_wide(&table) {
            break;
        }
        table = build(fold, bars);
    }
    finish(table, settings)
}

fn fields_table(item: &Value, fields: &[Column], settings: &Settings) -> String {
    let mut builder = Builder::default();
    for field in visible(fields, settings, true) {
        builder.push_record([format!("{}:", field.header), cell_text(item, field, "-")]);
    }
    finish(styled(builder), settings)
}

/// Columns two spaces apart, no borders, as gh and kubectl print them.
fn styled(builder: Builder) -> Table {
    let mut table = builder.build();
    table.with(Style::empty()).with(Padding::new(0, 2, 0, 0));
    table
}

fn finish(mut table: Table, settings: &Settings) -> String {
    if let Some(width) = settings.width {
        table.with(
            Width::truncate(width)
                .suffix("…")
                .priority(PriorityMax::right()),
        );
    }
    // Cells are padded to the column's width; scripts and snapshots want no trailing blanks.
    table
        .to_string()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::super::{Column, Format, Output, Settings, write as render};
    use serde_json::json;

    fn table(output: &Output, width: usize, terminal: bool) -> String {
        let settings = Settings::fixed(Format::Table, terminal, Some(width));
        let mut buf = Vec::new();
        render(&mut buf, output, &settings).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn columns_are_two_spaces_apart_and_null_is_a_dash() {
        let output = Output::list(
            vec![
                json!({"id": 1, "account": "ann@example.com", "status": "active"}),
                json!({"id": 22, "account": "bob@example.com", "status": null}),
            ],
            &["id", "account", "status"],
        );
        assert_eq!(
            table(&output, 80, false),
            "ID  ACCOUNT          STATUS\n1   ann@example.com  active\n22  bob@example.com  -\n"
        );
    }

    #[test]
    fn a_narrow_terminal_folds_headers_then_drops_bars_then_cuts_values() {
        let output = Output::List {
            items: vec![
                json!({"orderName": "Web Starter", "suspendedMonitors": 3, "used": 50, "ordered": 100}),
            ],
            columns: vec![
                Column::field("orderName"),
                Column::field("suspendedMonitors"),
                Column::bar("USAGE", "used", "ordered"),
            ],
        };
        assert_eq!(
            table(&output, 80, true),
            "ORDER NAME   SUSPENDED MONITORS  USAGE\nWeb Starter  3                   █████░░░░░ 50%\n"
        );
        // Off a terminal there is no bar at all.
        assert_eq!(
            table(&output, 80, false),
            "ORDER NAME   SUSPENDED MONITORS\nWeb Starter  3\n"
        );
        assert_eq!(
            table(&output, 45, true),
            "ORDER        SUSPENDED  USAGE\nNAME         MONITORS\nWeb Starter  3          █████░░░░░ 50%\n"
        );
        assert_eq!(
            table(&output, 30, true),
            "ORDER        SUSPENDED\nNAME         MONITORS\nWeb Starter  3\n"
        );
        let cut = table(&output, 16, true);
        assert!(cut.lines().all(|l| l.chars().count() <= 16), "{cut}");
        assert!(cut.contains('…'), "a cut value is marked: {cut}");
    }
}
