//! The fields each list command prints, known before it runs: its `--help` names them,
//! and a `--columns` name that matches none is a usage error (exit 2) before anything is
//! sent. Both come from the record type the command serialises and its default columns,
//! so neither is a hand-written list that could drift.

use clap::ArgMatches;

use crate::error::{Error, Result};
use crate::output::{Column, fields_of};
use monitis_core::protocol::model;

/// A command that prints a list of records.
struct List {
    /// Subcommand names from the top (`["client", "list"]`).
    path: &'static [&'static str],
    /// Every field of a record, in the order the record type declares them.
    fields: Fields,
    /// The default columns, whose headers may name a field too (EMAIL for `account`).
    columns: fn() -> Vec<Column>,
}

const LISTS: &[List] = &[
    List {
        path: &["client", "list"],
        fields: fields_of::<monitis_core::protocol::model::Client>,
        columns: super::client::list_columns,
    },
    List {
        path: &["client", "import"],
        fields: super::client::import::result_fields,
        columns: super::client::import::result_columns,
    },
    List {
        path: &["order", "list"],
        fields: fields_of::<monitis_core::protocol::model::Order>,
        columns: super::order::list_columns,
    },
    List {
        path: &["service", "list"],
        fields: fields_of::<monitis_core::protocol::model::Service>,
        columns: super::service::list_columns,
    },
    List {
        path: &["monitor", "list"],
        fields: fields_of::<monitis_core::protocol::model::Monitor>,
        columns: super::monitor::list_columns,
    },
    List {
        path: &["monitor", "move"],
        fields: fields_of::<super::monitor::moves::MoveReport>,
        columns: super::monitor::moves::report_columns,
    },
    List {
        path: &["rum", "usage"],
        fields: super::rum::usage_fields,
        columns: super::rum::usage_columns,
    },
];

/// The fields of what a command prints, known before it runs.
type Fields = fn() -> Vec<&'static str>;

/// Commands that print one record or a document whose fields `--json` may pick, beside
/// the lists: path and the fields of what they print.
const OBJECTS: &[(&[&str], Fields)] = &[
    (&["client", "show"], fields_of::<model::Client>),
    (&["client", "add"], fields_of::<model::Client>),
    (&["client", "edit"], fields_of::<model::Client>),
    (&["order", "show"], fields_of::<model::Order>),
    (&["order", "add"], fields_of::<model::Order>),
    (&["order", "suspend"], fields_of::<model::Order>),
    (&["order", "activate"], fields_of::<model::Order>),
    (&["monitor", "show"], fields_of::<model::Monitor>),
    (&["monitor", "add"], fields_of::<model::Monitor>),
    (&["plan", "show"], fields_of::<model::Plan>),
    (&["rum", "rebalance"], super::rum::rebalance_fields),
];

/// The subcommand names of a parsed command line, from the top.
fn path_of(matches: &ArgMatches) -> Vec<&str> {
    let mut path = Vec::new();
    let mut at = matches;
    while let Some((name, sub)) = at.subcommand() {
        path.push(name);
        at = sub;
    }
    path
}

/// The list a parsed command line runs, if it prints one.
fn list_of(matches: &ArgMatches) -> Option<&'static List> {
    let path = path_of(matches);
    LISTS.iter().find(|l| l.path == path.as_slice())
}

/// The fields `--json` may pick for the command at `path`; `None` where it prints no
/// record of known fields.
pub fn json_fields(path: &[&str]) -> Option<Vec<&'static str>> {
    LISTS
        .iter()
        .find(|l| l.path == path)
        .map(|l| (l.fields)())
        .or_else(|| OBJECTS.iter().find(|(p, _)| *p == path).map(|(_, f)| f()))
}

/// `--json [FIELDS]` before the command runs, as gh has it: alone it lists the fields
/// (a usage error: nothing is sent); with fields, those that name none are a usage error
/// naming the ones there are. JSON is its format: `-o` other than json, `--columns` and
/// `--no-header` beside it are refused. Returns the fields to pick.
pub fn json(matches: &ArgMatches, json: Option<&str>) -> Result<Option<Vec<String>>> {
    let Some(json) = json else {
        return Ok(None);
    };
    let path = path_of(matches);
    // `help::meaningless` refuses --json where no fields are known; this is the rest.
    let available = json_fields(&path).unwrap_or_default();
    let listed = || {
        available
            .iter()
            .map(|f| format!("  {f}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut at = matches;
    while let Some((_, sub)) = at.subcommand() {
        at = sub;
    }
    let given = |id: &str| {
        matches!(
            at.value_source(id),
            Some(clap::parser::ValueSource::CommandLine)
        )
    };
    if given("columns") || given("no_header") {
        return Err(Error::Usage(
            "--json prints JSON: leave out --columns and --no-header (--json picks the fields)"
                .into(),
        ));
    }
    if given("output")
        && at.get_one::<crate::output::Format>("output") != Some(&crate::output::Format::Json)
    {
        return Err(Error::Usage(
            "--json prints JSON: leave out -o, or give -o json".into(),
        ));
    }
    let wanted: Vec<String> = json
        .split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(String::from)
        .collect();
    if wanted.is_empty() {
        return Err(Error::Usage(format!(
            "specify one or more comma-separated fields for --json:\n{}",
            listed()
        )));
    }
    let unknown: Vec<&str> = (wanted.iter())
        .map(String::as_str)
        .filter(|f| !available.contains(f))
        .collect();
    if !unknown.is_empty() {
        return Err(Error::Usage(format!(
            "--json: no field {} in `monitis {}`; its fields:\n{}",
            unknown.join(", "),
            path.join(" "),
            listed()
        )));
    }
    Ok(Some(wanted))
}

/// A `--columns` name is known when a field or a default column's header names it; a
/// dotted path (`plan.roleName`) is known by its first part.
fn is_known(list: &List, name: &str) -> bool {
    let first = name.split('.').next().unwrap_or(name);
    (list.fields)().contains(&first) || (list.columns)().iter().any(|c| c.is_named(name))
}

/// Before the command runs: every `--columns` name of a list command names a field.
pub fn check(matches: &ArgMatches, columns: Option<&[String]>) -> Result<()> {
    let (Some(list), Some(wanted)) = (list_of(matches), columns) else {
        return Ok(());
    };
    let unknown: Vec<&str> = wanted
        .iter()
        .map(String::as_str)
        .filter(|name| !is_known(list, name))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "--columns: no field {} in `monitis {}`; its fields: {}",
        unknown.join(", "),
        list.path.join(" "),
        (list.fields)().join(", ")
    )))
}

/// Each list command's help names its fields, after its own text.
pub fn describe(mut cmd: clap::Command) -> clap::Command {
    for list in LISTS {
        cmd = describe_at(cmd, list.path, list);
    }
    cmd
}

fn describe_at(cmd: clap::Command, path: &[&str], list: &List) -> clap::Command {
    match path.split_first() {
        Some((name, rest)) => cmd.mut_subcommand(*name, |sub| describe_at(sub, rest, list)),
        None => {
            let before = cmd
                .get_after_help()
                .map(|h| format!("{h}\n\n"))
                .unwrap_or_default();
            let text = format!(
                "{before}Fields (for --columns, --json, -o json): {}",
                (list.fields)().join(", ")
            );
            cmd.after_help(text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_column_of_a_list_is_one_of_its_fields() {
        for list in LISTS {
            assert!(!(list.fields)().is_empty(), "{:?}", list.path);
            for column in (list.columns)() {
                if let crate::output::Cell::Field(key) = &column.value {
                    assert!(
                        (list.fields)().contains(&key.as_str()),
                        "{:?}: {key}",
                        list.path
                    );
                }
            }
        }
    }
}
