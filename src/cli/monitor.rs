//! `monitis monitor ...`: add, list, show and delete monitors, and move them between a
//! client's orders, one at a time or in bulk (R3, R6, R7).

pub mod moves;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{Context, Ending, Outcome, input};
use crate::api::{self, MonitorFilter, NewMonitor};
use crate::error::{Error, Result};
use crate::output::{self, Column, Output};
use monitis_core::protocol::model::{Monitor, MonitorType, MoveResult, Order, Status};
use moves::{Batching, MoveStatus};

#[derive(Debug, Subcommand)]
pub enum MonitorCommand {
    /// Add a monitor to an order; it takes one of the order's slots for its type
    #[command(after_help = "Examples:
  monitis monitor add --order 7 --type external --name shop --url https://shop.example.com
  monitis monitor add --order 7 --type rum --name shop-rum --url shop.example.com --interval 1")]
    Add(AddArgs),
    /// List monitors: one client's (CLIENT or --client), else every client's
    #[command(
        visible_alias = "ls",
        after_help = "With -o json, ndjson, csv or tsv the list is written as it arrives, in little
memory however long it is; a table (its column widths) and --jq (a filter may need the
whole input) read the whole list first.

Examples:
  monitis monitor list ann@example.com --type rum --status suspended
  # The ids of an order's monitors, ready for `monitor move --bulk`
  monitis monitor list --order 7 -o json > monitors.json"
    )]
    List(ListArgs),
    /// Show one monitor
    #[command(after_help = "Examples:
  monitis monitor show 12
  monitis monitor show 12 -o json --jq .pageviews")]
    Show {
        /// The monitor's id
        #[arg(value_parser = super::parse_id, add = clap_complete::engine::ArgValueCompleter::new(super::candidates::monitors))]
        id: i64,
    },
    /// Delete monitors (R6 may then reactivate their order's RUM monitors)
    #[command(after_help = "Examples:
  monitis monitor delete 12 13 --yes")]
    Delete {
        /// The monitors' ids
        #[arg(value_parser = super::parse_id, required = true, value_name = "ID", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::monitors))]
        ids: Vec<i64>,
    },
    /// Move monitors to another order of the same client; a re-run moves nothing twice
    #[command(after_help = "Examples:
  monitis monitor move 12 --to-order 9
  # Every monitor of order 7 to order 9, checked first, sent in batches
  monitis monitor list --order 7 -o json | monitis monitor move --bulk --to-order 9
  # Ids one per line from a file; after an interruption or a failure, the same
  # command again finishes the job (monitors already moved are `unchanged`)
  monitis monitor move --bulk --file ids.txt --to-order 9 --batch-size 200")]
    Move(MoveArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The order the monitor is linked to
    #[arg(value_parser = super::parse_id, long, value_name = "ORDER", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::orders))]
    order: i64,
    /// external, transaction, fullPageLoad, internal or rum
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    kind: MonitorType,
    /// A name for people
    #[arg(long)]
    name: String,
    /// What is checked (for rum: the site's domain)
    #[arg(long)]
    url: String,
    /// Check interval in minutes (1, 3, 5, 10, 15, 20, 30, 40 or 60) [default: the platform's, 5]
    #[arg(long, value_name = "MINUTES")]
    interval: Option<u32>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub(super) client: super::NamedClient,
    /// Only the monitors of this order
    #[arg(value_parser = super::parse_id, long, value_name = "ORDER", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::orders))]
    order: Option<i64>,
    /// Only this type: external, transaction, fullPageLoad, internal or rum
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    kind: Option<MonitorType>,
    /// Only active or suspended monitors
    #[arg(long, value_name = "STATUS", value_parser = parse_status)]
    status: Option<Status>,
    /// Only monitors of managed orders (--managed=false: only the others)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    managed: Option<bool>,
}

#[derive(Debug, Args)]
pub struct MoveArgs {
    /// The monitor to move (without --bulk)
    #[arg(value_parser = super::parse_id, required_unless_present_any = ["bulk", "file"], conflicts_with = "bulk", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::monitors))]
    id: Option<i64>,
    /// The order to move to (active, same client, with a free slot)
    #[arg(value_parser = super::parse_id, long, value_name = "ORDER", add = clap_complete::engine::ArgValueCompleter::new(super::candidates::orders))]
    to_order: i64,
    /// Move many: ids from --file or stdin, one per line, or the JSON of `monitor list -o json`
    #[arg(long)]
    bulk: bool,
    /// Read the ids from this file ("-": stdin, the default); implies --bulk
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath, conflicts_with = "id")]
    file: Option<PathBuf>,
    /// Move RUM monitors even when they push the target over its pageview quota (R6 then
    /// suspends the target's RUM monitors)
    #[arg(long)]
    allow_overflow: bool,
    #[command(flatten)]
    batching: Batching,
}

impl MoveArgs {
    /// Many monitors from a file or stdin, rather than one.
    pub fn is_bulk(&self) -> bool {
        self.id.is_none()
    }
}

fn parse_type(text: &str) -> std::result::Result<MonitorType, String> {
    MonitorType::from_code(text).ok_or_else(|| {
        let codes: Vec<&str> = MonitorType::ALL.iter().map(|t| t.code()).collect();
        format!("unknown monitor type; use one of {}", codes.join(", "))
    })
}

fn parse_status(text: &str) -> std::result::Result<Status, String> {
    match text {
        "active" => Ok(Status::Active),
        "suspended" => Ok(Status::Suspended),
        _ => Err("use active or suspended".into()),
    }
}

/// The fields of a monitor, in the order people read them.
pub(super) fn list_columns() -> Vec<Column> {
    output::columns(&LIST_COLUMNS)
}

pub(super) const LIST_COLUMNS: [&str; 9] = [
    "id",
    "clientId",
    "orderId",
    "type",
    "name",
    "status",
    "suspendedReason",
    "pageviews",
    "managed",
];
const SHOW_FIELDS: [&str; 12] = [
    "id",
    "clientId",
    "orderId",
    "type",
    "name",
    "url",
    "interval",
    "status",
    "suspendedReason",
    "pageviews",
    "managed",
    "managedBy",
];

pub async fn run(ctx: &Context, cmd: MonitorCommand) -> Result<Outcome> {
    let api = ctx.api().await?;
    match cmd {
        MonitorCommand::Add(args) => {
            let new = NewMonitor {
                order_id: args.order,
                kind: args.kind,
                name: &args.name,
                url: &args.url,
                interval: args.interval,
            };
            let in_order = MonitorFilter {
                order_id: Some(args.order),
                ..MonitorFilter::default()
            };
            // After a lost answer: a new monitor in the order with this type, name and URL.
            let id = crate::api::add_record(
                || api.add_monitor(&new),
                || api.monitors(&in_order),
                |m: &Monitor| m.id,
                |m| m.kind == new.kind && m.name == new.name && m.url == new.url,
            )
            .await?;
            ctx.ui
                .note(format!("added monitor {id} to order {}", args.order));
            Ok(Output::record_of(&api.monitor_info(id).await?, &SHOW_FIELDS)?.into())
        }
        MonitorCommand::List(args) => {
            let filter = MonitorFilter {
                order_id: args.order,
                kind: args.kind,
                status: args.status,
                managed: args.managed,
                client_id: None,
            };
            // An empty list for an order that does not exist would hide a typo.
            if let Some(order) = args.order {
                api.order_info(order).await?;
            }
            if output::streams(&ctx.output) {
                return stream_list(ctx, &filter).await;
            }
            Ok(
                Output::list_of(&api.monitors(&filter).await?, &LIST_COLUMNS)?
                    .ranked(&[
                        "managed",
                        "clientId",
                        "pageviews",
                        "suspendedReason",
                        "type",
                        "orderId",
                        "name",
                    ])
                    .into(),
            )
        }
        MonitorCommand::Show { id } => {
            Ok(Output::record_of(&api.monitor_info(id).await?, &SHOW_FIELDS)?.into())
        }
        MonitorCommand::Delete { ids } => {
            let list = ids
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            let noun = if ids.len() == 1 {
                "monitor"
            } else {
                "monitors"
            };
            ctx.confirm(&format!("Delete {noun} {list}?"))?;
            api.delete_monitors(&ids).await?;
            ctx.ui.note(format!("deleted {noun} {list}"));
            Ok(Output::Nothing.into())
        }
        MonitorCommand::Move(args) => move_monitors(ctx, args).await,
    }
}

async fn move_monitors(ctx: &Context, args: MoveArgs) -> Result<Outcome> {
    // The input is read and checked before anything is sent.
    let ids = match args.id {
        Some(id) => vec![id],
        None => input::blocking(|| {
            moves::read_ids(input::Input::open(
                args.file.as_deref(),
                "pipe the ids in (`monitis monitor list ... -o json | monitis monitor move --bulk ...`) or give --file F",
            )?)
        })?,
    };
    if ids.is_empty() {
        // Nothing left to do is the end of the job, not a failure of it (`set -e`).
        ctx.ui
            .note("nothing to move: the input has no monitor ids; nothing was sent");
        return Ok(moves::report_list(Vec::new()).into());
    }
    let api = ctx.api().await?;
    let target = api.order_info(args.to_order).await?;
    let known = moves::known_monitors(api, &target, &ids).await?;
    let (mut reports, sends) = moves::precheck(&target, &known, &ids, args.allow_overflow);
    if args.allow_overflow {
        warn_overflow(ctx, &target, &known, &sends);
    }
    if args.id.is_some() {
        return single(ctx, reports, &sends).await;
    }
    reports.extend(moves::send(api, &ctx.ui, &sends, args.batching).await);
    // Input order, as the user listed them.
    let position: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    reports.sort_by_key(|r| position.get(&r.monitor_id).copied());
    ctx.summarise(moves::summary(&reports));
    Ok(Outcome {
        ending: Ending::partial_if(moves::any_failed(&reports)),
        output: moves::report_list(reports),
    })
}

/// `monitor list` in a format written as it arrives: the answer is parsed one monitor at
/// a time on a blocking thread while the socket is read, so memory stays small.
async fn stream_list(ctx: &Context, filter: &MonitorFilter) -> Result<Outcome> {
    let api = ctx.api().await?;
    let response = api.read_response("monitors", filter.params()).await?;
    let settings = ctx.output.clone();
    let written = api::stream::read_with("monitors", response, move |reader| {
        let rows = api::stream::Elements::<Monitor, _>::new("monitors", reader);
        output::stream_list(&settings, &output::columns(&LIST_COLUMNS), rows)
    })
    .await?;
    super::warn_unknown_columns(ctx, written);
    Ok(Output::Nothing.into())
}

/// `monitor move ID`: ChangeMonitorOrder; a refusal is an error (exit 1).
async fn single(
    ctx: &Context,
    reports: Vec<moves::MoveReport>,
    sends: &[moves::Send],
) -> Result<Outcome> {
    let report = match (reports.into_iter().next(), sends.first()) {
        (Some(r), _) if r.result == MoveStatus::Unchanged => r,
        (Some(r), _) => {
            return Err(Error::failed(format!(
                "monitor {} not moved: {}",
                r.monitor_id,
                r.reason.unwrap_or_default()
            )));
        }
        (None, Some(s)) => {
            let api = ctx.api().await?;
            let answer = api.change_monitor_order(s.monitor_id, s.to_order).await?;
            // It was elsewhere when read: `unchanged` means a retry after a lost answer.
            debug_assert!(matches!(
                answer.result,
                MoveResult::Moved | MoveResult::Unchanged
            ));
            moves::MoveReport {
                monitor_id: s.monitor_id,
                from_order: Some(s.from_order),
                to_order: s.to_order,
                result: MoveStatus::Moved,
                reason: None,
                error_code: None,
            }
        }
        (None, None) => unreachable!("the precheck decides every id"),
    };
    Ok(Output::record_of(&report, &moves::REPORT_COLUMNS)?.into())
}

/// With --allow-overflow, says when the moves push the target over its quota.
fn warn_overflow(ctx: &Context, target: &Order, known: &[Monitor], sends: &[moves::Send]) {
    let moving: HashSet<i64> = sends.iter().map(|s| s.monitor_id).collect();
    let after: u64 = known
        .iter()
        .filter(|m| m.kind == MonitorType::Rum)
        .filter(|m| m.order_id == target.id || moving.contains(&m.id))
        .map(|m| m.pageviews)
        .sum();
    let ordered = target.quantity("rumPageviews");
    if after > ordered {
        ctx.ui.warn(format!(
            "--allow-overflow: order {} will count {after} of {ordered} pageviews, so R6 suspends its RUM monitors",
            target.id
        ));
    }
}
