//! The fields each list command prints, known before it runs: its `--help` names them,
//! and a `--columns` name that matches none is a usage error (exit 2) before anything is
//! sent. Both come from the record type the command serialises and its default columns,
//! so neither is a hand-written list that could drift.

use clap::ArgMatches;

use crate::error::{Error, Result};
use crate::output::{Column, fields_of};

/// A command that prints a list of records.
struct List {
    /// Subcommand names from the top (`["client", "list"]`).
    path: &'static [&'static str],
    /// Every field of a record, in the order the record type declares them.
    fields: fn() -> Vec<&'static str>,
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

/// The list a parsed command line runs, if it prints one.
fn list_of(matches: &ArgMatches) -> Option<&'static List> {
    let mut path = Vec::new();
    let mut at = matches;
    while let Some((name, sub)) = at.subcommand() {
        path.push(name);
        at = sub;
    }
    LISTS.iter().find(|l| l.path == path.as_slice())
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
                "{before}Fields (for --columns, -o json): {}",
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
