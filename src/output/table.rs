//! Human tables, fitted to the terminal's width, their states coloured on a terminal.

use std::io::{self, Write};

use serde_json::Value;
use tabled::settings::width::{Truncate, Wrap};

use super::{Cell, Column, Output, Section, Settings, cell_text, lookup, pick};
use monitis_core::domain::rules::{self, Usage};

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
            let fit = fit(&[items], &columns, settings);
            let grid = grid(items, &columns, &fit, settings, dropped);
            writeln!(out, "{}", draw_or_none(&grid, &[], settings.color))
        }
        Output::Record { item, fields } => {
            writeln!(
                out,
                "{}",
                fields_table(item, &pick(fields, settings), settings)
            )
        }
        Output::Document { sections, .. } => {
            let tables = alike(sections, settings, dropped);
            for (i, section) in sections.iter().enumerate() {
                if i > 0 && matches!(section, Section::Heading(_)) {
                    writeln!(out)?;
                }
                match section {
                    Section::Heading(text) | Section::Text(text) => {
                        writeln!(out, "{}", prose(text, settings))?
                    }
                    Section::Table { .. } => {
                        let (grid, widths) = &tables[i];
                        writeln!(out, "{}", draw_or_none(grid, widths, settings.color))?
                    }
                    Section::Fields { item, fields } => {
                        writeln!(out, "{}", fields_table(item, fields, settings))?
                    }
                }
            }
            Ok(())
        }
    }
}

/// A table's cells as drawn (`None`: no rows), and the widths its columns take.
type Laid = (Option<Grid>, Vec<usize>);

/// A table's cells as drawn, row by row, the header first.
type Grid = Vec<Vec<Drawn>>;

/// Each table of a document, fitted and drawn as one table with the others of the same
/// columns (the totals and each order of a plan): what is left out of one is left out
/// of all, headers fold in all or none, free text is cut alike and the columns line up,
/// so the sections read as one table at any width. Per section: the table's cells
/// (`None`: empty), and the widths its columns take.
fn alike(sections: &[Section], settings: &Settings, dropped: &mut Vec<String>) -> Vec<Laid> {
    let headers = |section: &Section| match section {
        Section::Table { columns, .. } => Some(
            visible(columns, settings)
                .map(|c| c.header.clone())
                .collect::<Vec<_>>(),
        ),
        _ => None,
    };
    let mut tables: Vec<Laid> = sections.iter().map(|_| (None, Vec::new())).collect();
    let mut done = vec![false; sections.len()];
    for (i, section) in sections.iter().enumerate() {
        let (Some(mine), Section::Table { columns, .. }) = (headers(section), section) else {
            continue;
        };
        if done[i] {
            continue;
        }
        let group: Vec<usize> = (i..sections.len())
            .filter(|&j| headers(&sections[j]).as_ref() == Some(&mine))
            .collect();
        let items: Vec<&[Value]> = group
            .iter()
            .filter_map(|&j| match &sections[j] {
                Section::Table { rows, .. } => Some(rows.as_slice()),
                _ => None,
            })
            .collect();
        let fit = fit(&items, columns, settings);
        let grids: Vec<_> = items
            .iter()
            .map(|rows| grid(rows, columns, &fit, settings, dropped))
            .collect();
        let widths = grids.iter().flatten().fold(Vec::new(), |all, g| {
            widest(g)
                .into_iter()
                .zip(all.into_iter().chain(std::iter::repeat(0)))
                .map(|(a, b)| a.max(b))
                .collect()
        });
        for (j, grid) in group.into_iter().zip(grids) {
            tables[j] = (grid, widths.clone());
            done[j] = true;
        }
    }
    tables
}

/// Sentences wrap at spaces to the width, as a pager would not.
pub(crate) fn prose(text: &str, settings: &Settings) -> String {
    wrap_words(text, settings.width)
}

/// `text` wrapped at spaces to `width` (when known): a line is broken between words,
/// never inside one (a word longer than the width stands alone on its line).
pub(crate) fn wrap_words(text: &str, width: Option<usize>) -> String {
    match width {
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

/// How tables of these columns fit the width, all their rows taken together.
fn fit(tables: &[&[Value]], columns: &[Column], settings: &Settings) -> Fit {
    let shown: Vec<&Column> = visible(columns, settings).collect();
    match settings.width {
        Some(width) => {
            let cells: Vec<Vec<String>> = tables.iter().flat_map(|t| texts(t, &shown)).collect();
            Fit::new(&shown, &cells, settings.header, width)
        }
        None => Fit::natural(shown.len()),
    }
}

fn texts(items: &[Value], shown: &[&Column]) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|item| shown.iter().map(|c| cell_text(item, c, "-")).collect())
        .collect()
}

/// The cells of a table as drawn, header first; `None` for a table without rows.
fn grid(
    items: &[Value],
    columns: &[Column],
    fit: &Fit,
    settings: &Settings,
    dropped: &mut Vec<String>,
) -> Option<Grid> {
    if items.is_empty() {
        return None;
    }
    let shown: Vec<&Column> = visible(columns, settings).collect();
    let cells = texts(items, &shown);
    for &i in &fit.dropped {
        if !dropped.contains(&shown[i].header) {
            dropped.push(shown[i].header.clone());
        }
    }
    let kept: Vec<usize> = (0..shown.len())
        .filter(|i| !fit.dropped.contains(i))
        .collect();
    let mut grid: Vec<Vec<Drawn>> = Vec::new();
    if settings.header {
        grid.push(
            kept.iter()
                .map(|&i| Drawn::plain(header_text(shown[i], fit.fold)))
                .collect(),
        );
    }
    for (item, row) in items.iter().zip(&cells) {
        grid.push(
            kept.iter()
                .map(|&i| {
                    let text = match fit.cut[i] {
                        Some(w) if text_width(&row[i]) > w => {
                            format!("{}…", Truncate::truncate(&row[i], w.saturating_sub(1)))
                        }
                        _ => row[i].clone(),
                    };
                    Drawn {
                        // Only drawn in colour: off a terminal, no cell's state is read.
                        tone: settings
                            .color
                            .then(|| tone(item, shown[i], &row[i]))
                            .flatten(),
                        text,
                    }
                })
                .collect(),
        );
    }
    Some(grid)
}

fn draw_or_none(grid: &Option<Grid>, widths: &[usize], color: bool) -> String {
    match grid {
        Some(grid) => draw(grid, widths, color),
        None => "(none)".to_string(),
    }
}

/// What a cell's colour says, on a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    /// Active, done: green.
    Good,
    /// Near quota (90 % or more of it), or going over it this cycle: amber.
    Near,
    /// Suspended, over quota, failed: red.
    Bad,
}

impl Tone {
    fn paint(self, text: &str) -> String {
        let code = match self {
            Tone::Good => "32",
            Tone::Near => "33",
            Tone::Bad => "31",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }
}

/// The state a cell names, from its field and text: a status or a result, a forecast,
/// or a usage bar's share of its quota.
fn tone(item: &Value, column: &Column, text: &str) -> Option<Tone> {
    match &column.value {
        Cell::Bar { used, total } => {
            let (used, total) = (lookup(item, used).as_u64()?, lookup(item, total).as_u64()?);
            Some(match rules::usage(used, total) {
                Usage::Within => Tone::Good,
                Usage::Near => Tone::Near,
                Usage::Over => Tone::Bad,
            })
        }
        Cell::Field(key) => match (key.rsplit('.').next().unwrap_or(key), text) {
            ("status" | "result" | "state", "active" | "moved" | "created" | "enabled") => {
                Some(Tone::Good)
            }
            (
                "status" | "result",
                "suspended" | "deleted" | "failed" | "refused" | "invalid" | "overtaken",
            ) => Some(Tone::Bad),
            ("forecast", "over quota now") => Some(Tone::Bad),
            // A date: the order goes over its quota before the cycle ends.
            ("forecast", date) if date.starts_with(|c: char| c.is_ascii_digit()) => {
                Some(Tone::Near)
            }
            _ => None,
        },
    }
}

/// A cell as drawn: its text (lines apart by `\n`) and, on a terminal, its colour.
struct Drawn {
    text: String,
    tone: Option<Tone>,
}

impl Drawn {
    fn plain(text: String) -> Drawn {
        Drawn { text, tone: None }
    }
}

/// Each column's width: its widest line.
fn widest(grid: &[Vec<Drawn>]) -> Vec<usize> {
    let columns = grid.first().map_or(0, Vec::len);
    (0..columns)
        .map(|c| {
            grid.iter()
                .flat_map(|row| row[c].text.lines().map(text_width))
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// Columns two spaces apart, no borders, as gh and kubectl print them, each at least as
/// wide as `at_least` says; a cell of several lines makes its row as tall, its lines at
/// the top. Widths are those of the text alone, so a coloured cell lines up with a
/// plain one; no line ends in blanks.
fn draw(grid: &[Vec<Drawn>], at_least: &[usize], color: bool) -> String {
    let columns = grid.first().map_or(0, Vec::len);
    let widths: Vec<usize> = widest(grid)
        .into_iter()
        .zip(at_least.iter().copied().chain(std::iter::repeat(0)))
        .map(|(a, b)| a.max(b))
        .collect();
    let mut out = String::new();
    let mut line = String::new();
    for row in grid {
        let height = (row.iter())
            .map(|cell| cell.text.lines().count())
            .max()
            .unwrap_or(0)
            .max(1);
        for l in 0..height {
            line.clear();
            for (c, cell) in row.iter().enumerate() {
                let part = cell.text.lines().nth(l).unwrap_or_default();
                match cell.tone {
                    Some(tone) if color && !part.is_empty() => line.push_str(&tone.paint(part)),
                    _ => line.push_str(part),
                }
                if c + 1 < columns {
                    let pad = widths[c] - text_width(part) + GAP;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line.trim_end());
        }
    }
    out
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
    let shown: Vec<&Column> = visible(fields, settings).collect();
    let labels: Vec<String> = shown.iter().map(|f| format!("{}:", f.header)).collect();
    let values: Vec<String> = shown.iter().map(|f| cell_text(item, f, "-")).collect();
    let label = labels.iter().map(|l| text_width(l)).max().unwrap_or(0) + GAP;
    let widest = values.iter().map(|v| text_width(v)).max().unwrap_or(0);
    // A record's values wrap under themselves rather than lose their end.
    let wrap = settings
        .width
        .filter(|&width| label + widest > width && width > label + MIN_TEXT)
        .map(|width| width - label);
    let grid: Vec<Vec<Drawn>> = (shown.iter().zip(labels).zip(&values))
        .map(|((field, label), value)| {
            vec![
                Drawn::plain(label),
                Drawn {
                    text: wrap_words(value, wrap),
                    tone: tone(item, field, value),
                },
            ]
        })
        .collect();
    draw(&grid, &[], settings.color)
}

fn text_width(text: &str) -> usize {
    tabled::grid::util::string::get_text_width(text)
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
    fn states_and_shares_of_quota_are_coloured_on_a_terminal_only() {
        let output = Output::List {
            items: [
                (89, "active"),
                (90, "suspended"),
                (100, "-"),
                (101, "refused"),
            ]
            .iter()
            .map(|(used, status)| json!({"used": used, "ordered": 100, "status": status}))
            .collect(),
            columns: vec![
                Column::field("status"),
                Column::bar("USAGE", "used", "ordered"),
            ],
        };
        let mut settings = Settings::fixed(Format::Table, true, Some(80));
        settings.color = true;
        let mut buf = Vec::new();
        render(&mut buf, &output, &settings).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let (green, amber, red, end) = ("\x1b[32m", "\x1b[33m", "\x1b[31m", "\x1b[0m");
        assert_eq!(
            text,
            format!(
                "STATUS     USAGE\n\
                 {green}active{end}     {green}█████████░ 89%{end}\n\
                 {red}suspended{end}  {amber}█████████░ 90%{end}\n\
                 -          {amber}██████████ 100%{end}\n\
                 {red}refused{end}    {red}██████████ 101%{end}\n"
            )
        );
        assert!(
            !table(&output, 80, true).contains('\x1b'),
            "colour is asked for"
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
