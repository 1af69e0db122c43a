//! Human tables (tabled), fitted to the terminal's width.

use std::io::{self, Write};

use serde_json::Value;
use tabled::Table;
use tabled::builder::Builder;
use tabled::settings::object::Columns;
use tabled::settings::width::{Truncate, Wrap};
use tabled::settings::{Padding, Style, Width};

use super::{Cell, Column, Output, Section, Settings, cell_text, pick};

/// Writes a table; `dropped` collects the headers of the columns left out to fit the width.
pub fn write(
    out: &mut dyn Write,
    output: &Output,
    settings: &Settings,
    dropped: &mut Vec<String>,
) -> io::Result<()> {
    match output {
        Output::Nothing | Output::Text(_) => Ok(()),
        Output::Json(_) => unreachable!("write_into writes JSON as JSON"),
        Output::Rows { .. } => unreachable!("write_into lists typed records first"),
        Output::List { items, columns } => {
            let columns = pick(columns, settings);
            writeln!(out, "{}", rows(items, &columns, settings, dropped))
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
                    Section::Heading(text) | Section::Text(text) => {
                        writeln!(out, "{}", prose(text, settings))?
                    }
                    Section::Table {
                        columns,
                        rows: items,
                    } => writeln!(out, "{}", rows(items, columns, settings, dropped))?,
                    Section::Fields { item, fields } => {
                        writeln!(out, "{}", fields_table(item, fields, settings))?
                    }
                }
            }
            Ok(())
        }
    }
}

/// Sentences wrap at spaces to the width, as a pager would not.
fn prose(text: &str, settings: &Settings) -> String {
    match settings.width {
        Some(width) if text_width(text) > width => text
            .lines()
            .map(|line| {
                // The wrap keeps the space it broke at; a continued line starts on a word.
                let wrapped = Wrap::wrap(line, width, true);
                let mut lines = wrapped.lines().map(str::trim_end);
                let first = lines.next().unwrap_or_default().to_string();
                lines.fold(first, |text, next| text + "\n" + next.trim_start())
            })
            .collect::<Vec<_>>()
            .join("\n"),
        _ => text.to_string(),
    }
}

/// The columns drawn: bars only on a terminal.
fn visible<'a>(columns: &'a [Column], settings: &Settings) -> impl Iterator<Item = &'a Column> {
    columns
        .iter()
        .filter(move |c| settings.terminal || matches!(c.value, Cell::Field(_)))
}

/// Space between columns.
const GAP: usize = 2;
/// Free text is not cut shorter than this (or its header's longest word).
const MIN_TEXT: usize = 12;

fn rows(
    items: &[Value],
    columns: &[Column],
    settings: &Settings,
    dropped: &mut Vec<String>,
) -> String {
    if items.is_empty() {
        return "(none)".to_string();
    }
    let shown: Vec<&Column> = visible(columns, settings).collect();
    let cells: Vec<Vec<String>> = items
        .iter()
        .map(|item| shown.iter().map(|c| cell_text(item, c, "-")).collect())
        .collect();
    let fit = match settings.width {
        Some(width) => Fit::new(&shown, &cells, settings.header, width),
        None => Fit::natural(shown.len()),
    };
    for &i in &fit.dropped {
        if !dropped.contains(&shown[i].header) {
            dropped.push(shown[i].header.clone());
        }
    }
    let mut builder = Builder::default();
    let kept: Vec<usize> = (0..shown.len())
        .filter(|i| !fit.dropped.contains(i))
        .collect();
    if settings.header {
        builder.push_record(kept.iter().map(|&i| header_text(shown[i], fit.fold)));
    }
    for row in &cells {
        builder.push_record(kept.iter().map(|&i| match fit.cut[i] {
            Some(w) if text_width(&row[i]) > w => {
                format!("{}…", Truncate::truncate(&row[i], w.saturating_sub(1)))
            }
            _ => row[i].clone(),
        }));
    }
    finish(styled(builder))
}

fn header_text(column: &Column, fold: bool) -> String {
    if fold {
        column.header.replace(' ', "\n")
    } else {
        column.header.clone()
    }
}

/// How a table fits a width. Too wide, it first folds its headers onto several lines,
/// then cuts free text (never shorter than [`MIN_TEXT`]), and only when that is not
/// enough drops whole columns, lowest priority first: a number, an id or a status is
/// shown whole or not at all, and a header is never cut.
struct Fit {
    fold: bool,
    /// Indexes of the columns left out.
    dropped: Vec<usize>,
    /// The width each column is cut to, for the free text that is.
    cut: Vec<Option<usize>>,
}

impl Fit {
    /// Every column whole, on one header line.
    fn natural(count: usize) -> Fit {
        Fit {
            fold: false,
            dropped: Vec::new(),
            cut: vec![None; count],
        }
    }

    fn new(columns: &[&Column], cells: &[Vec<String>], header: bool, width: usize) -> Fit {
        let widest = |i: usize, fold: bool| {
            let head = if header {
                text_width(&header_text(columns[i], fold))
            } else {
                0
            };
            cells
                .iter()
                .map(|row| text_width(&row[i]))
                .fold(head, usize::max)
        };
        let total = |widths: &[usize], kept: &[usize]| {
            kept.iter().map(|&i| widths[i]).sum::<usize>() + GAP * kept.len().saturating_sub(1)
        };
        let mut fit = Fit::natural(columns.len());
        let mut kept: Vec<usize> = (0..columns.len()).collect();
        let flat: Vec<usize> = (0..columns.len()).map(|i| widest(i, false)).collect();
        if total(&flat, &kept) <= width {
            return fit;
        }
        fit.fold = header;
        let widths: Vec<usize> = (0..columns.len()).map(|i| widest(i, fit.fold)).collect();
        // The narrowest each column can be: free text down to MIN_TEXT, the rest whole.
        let least: Vec<usize> = (0..columns.len())
            .map(|i| {
                if columns[i].is_free_text() {
                    let head = if header {
                        text_width(&header_text(columns[i], true))
                    } else {
                        1
                    };
                    widths[i].min(MIN_TEXT.max(head))
                } else {
                    widths[i]
                }
            })
            .collect();
        while total(&least, &kept) > width && kept.len() > 1 {
            // Lowest priority first; of equals, the rightmost.
            let (at, _) = kept
                .iter()
                .enumerate()
                .min_by_key(|(_, i)| (columns[**i].priority, std::cmp::Reverse(**i)))
                .expect("more than one column is kept");
            fit.dropped.push(kept.remove(at));
        }
        fit.dropped.sort_unstable();
        // Cut the widest free text first until the table fits.
        let mut cut = widths.clone();
        while total(&cut, &kept) > width {
            let Some(&i) = kept
                .iter()
                .filter(|&&i| cut[i] > least[i])
                .max_by_key(|&&i| cut[i])
            else {
                break;
            };
            cut[i] -= 1;
        }
        fit.cut = (0..columns.len())
            .map(|i| (cut[i] < widths[i]).then_some(cut[i]))
            .collect();
        fit
    }
}

fn fields_table(item: &Value, fields: &[Column], settings: &Settings) -> String {
    let mut builder = Builder::default();
    let labels: Vec<String> = visible(fields, settings)
        .map(|field| format!("{}:", field.header))
        .collect();
    for (field, label) in visible(fields, settings).zip(&labels) {
        builder.push_record([label.clone(), cell_text(item, field, "-")]);
    }
    let mut table = styled(builder);
    // A record's values wrap under themselves rather than lose their end.
    if let Some(width) = settings.width {
        let label = labels.iter().map(|l| text_width(l)).max().unwrap_or(0) + GAP;
        if table.total_width() > width + GAP && width > label + MIN_TEXT {
            table.modify(Columns::one(1), Width::wrap(width - label).keep_words(true));
        }
    }
    finish(table)
}

fn text_width(text: &str) -> usize {
    tabled::grid::util::string::get_text_width(text)
}

/// Columns two spaces apart, no borders, as gh and kubectl print them.
fn styled(builder: Builder) -> Table {
    let mut table = builder.build();
    table.with(Style::empty()).with(Padding::new(0, GAP, 0, 0));
    table
}

fn finish(table: Table) -> String {
    finish_lines(&table.to_string())
}

/// Cells are padded to the column's width; scripts and snapshots want no trailing blanks.
fn finish_lines(text: &str) -> String {
    text.lines()
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

    fn rendered(output: &Output, width: usize, terminal: bool) -> (String, Vec<String>) {
        let settings = Settings::fixed(Format::Table, terminal, Some(width));
        let mut buf = Vec::new();
        let dropped = render(&mut buf, output, &settings).unwrap();
        (String::from_utf8(buf).unwrap(), dropped)
    }

    fn orders() -> Output {
        Output::List {
            items: vec![
                json!({"orderName": "Web Starter", "suspendedMonitors": 3, "used": 50, "ordered": 100}),
            ],
            columns: vec![
                Column::field("orderName"),
                Column::field("suspendedMonitors"),
                Column::bar("USAGE", "used", "ordered"),
            ],
        }
    }

    #[test]
    fn a_narrow_terminal_folds_headers_then_drops_bars() {
        let output = orders();
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
            rendered(&output, 30, true),
            (
                "ORDER        SUSPENDED\nNAME         MONITORS\nWeb Starter  3\n".to_string(),
                vec!["USAGE".to_string()]
            )
        );
    }

    #[test]
    fn numbers_are_never_cut_columns_are_dropped_lowest_priority_first() {
        let output = Output::List {
            items: vec![
                json!({"orderId": 1, "ordered": 100000, "used": 1000000, "remaining": 0, "forecast": "over quota now"}),
                json!({"orderId": 22, "ordered": 1000000, "used": 5, "remaining": 999995, "forecast": "2026-11-07"}),
            ],
            columns: super::super::ranked(
                super::super::columns(&["orderId", "ordered", "used", "remaining", "forecast"]),
                &["remaining", "forecast"],
            ),
        };
        let (full, dropped) = rendered(&output, 80, false);
        assert!(dropped.is_empty());
        assert!(
            full.contains("1000000") && full.contains("999995"),
            "{full}"
        );
        // 8+2+7+2+7+2+9+2+14 = 53 wide on one header line; folded, 5+2+7+2+7+2+9+2+14 = 50.
        let (narrow, dropped) = rendered(&output, 40, false);
        assert_eq!(dropped, vec!["REMAINING".to_string()]);
        assert_eq!(
            narrow,
            "ORDER  ORDERED  USED     FORECAST\nID\n1      100000   1000000  over quota now\n22     1000000  5        2026-11-07\n"
        );
        // Then the unranked ones, rightmost first; the id stays.
        let (narrower, dropped) = rendered(&output, 20, false);
        assert_eq!(dropped, vec!["USED", "REMAINING", "FORECAST"]);
        assert_eq!(
            narrower,
            "ORDER  ORDERED\nID\n1      100000\n22     1000000\n"
        );
    }

    #[test]
    fn only_free_text_is_cut_and_headers_stay_whole() {
        let output = Output::list(
            vec![json!({
                "id": 7,
                "name": "a very long monitor name for the shop front page",
                "suspendedBefore": 12,
                "suspendedAfter": 0,
            })],
            &["id", "name", "suspendedBefore", "suspendedAfter"],
        );
        let (text, dropped) = rendered(&output, 40, false);
        assert!(dropped.is_empty());
        assert_eq!(
            text,
            "ID  NAME            SUSPENDED  SUSPENDED\n                    BEFORE     AFTER\n7   a very long m…  12         0\n"
        );
    }
}
