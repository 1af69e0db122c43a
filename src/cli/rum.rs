//! `monitis rum ...`: RUM pageview usage per order with a forecast of when each order
//! exceeds its quota, and the rebalance that moves suspended RUM monitors to orders with
//! room (R6, R7).

use std::collections::{HashMap, HashSet};

use chrono::{Days, NaiveDate};
use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::monitor::moves::{self, Batching, MoveStatus};
use super::{Context, Ending, Outcome};
use crate::api::MonitorFilter;
use crate::error::{Error, Result};
use crate::output::{self, Column, Output, Section};
use monitis_core::domain::planner::{self, PlanInput, PlanOptions};
use monitis_core::domain::rules::next_cycle_start;
use monitis_core::domain::validate;
use monitis_core::protocol::DATE_FORMAT;
use monitis_core::protocol::model::{Monitor, MonitorType, Status, SuspendedReason, UserInfo};

#[derive(Debug, Subcommand)]
pub enum RumCommand {
    /// Pageviews per order: ordered, used, remaining, suspended monitors, and when the
    /// order will exceed its quota at this cycle's rate
    #[command(after_help = "Examples:
  monitis rum usage ann@example.com
  # Orders that will run out of pageviews this cycle, across all clients
  monitis rum usage --all-clients -o json --jq '.[] | select(.exceedsOn != null)'")]
    Usage(WhichClients),
    /// Plan (and with --apply make) the moves that reactivate suspended RUM monitors
    #[command(after_help = "Examples:
  # See the plan; nothing changes
  monitis rum rebalance ann@example.com
  # In CI: apply it, keeping 10% of each target's quota free; exit 3 only if a move failed
  monitis rum rebalance --all-clients --apply --headroom 10 -o json > rebalance.json
  # Fail the job (exit 5) while monitors stay suspended that no move can bring back
  monitis rum rebalance --all-clients --apply --fail-on-suspended -o json > rebalance.json")]
    Rebalance(RebalanceArgs),
}

/// Which clients: one (CLIENT or --client), or all of them.
#[derive(Debug, Args)]
pub struct WhichClients {
    #[command(flatten)]
    pub(super) client: super::NamedClient,
    /// Every client of the reseller (instead of --client)
    #[arg(long)]
    all_clients: bool,
}

#[derive(Debug, Args)]
pub struct RebalanceArgs {
    #[command(flatten)]
    pub(super) scope: WhichClients,
    /// Make the moves (BulkChangeMonitorOrder), then read the usage back
    #[arg(long)]
    apply: bool,
    /// Keep this percentage of each target's quota free
    #[arg(long, default_value_t = 0, value_name = "PCT", value_parser = clap::value_parser!(u8).range(0..=100))]
    headroom: u8,
    /// Allow moves between a client's managed and non-managed orders
    #[arg(long)]
    mix_managed: bool,
    /// Exit 5 when RUM monitors stay suspended for pageviews after the moves (no order
    /// of their client has room); without it they are reported and the exit is 0
    #[arg(long, requires = "apply")]
    fail_on_suspended: bool,
    #[command(flatten)]
    batching: Batching,
}

pub async fn run(ctx: &Context, cmd: RumCommand) -> Result<Outcome> {
    match cmd {
        RumCommand::Usage(scope) => {
            check_scope(ctx, &scope).await?;
            usage(ctx).await.map(Outcome::from)
        }
        RumCommand::Rebalance(args) => {
            check_scope(ctx, &args.scope).await?;
            rebalance(ctx, &args).await
        }
    }
}

/// A reseller names the clients: --client or --all-clients (a client is always itself).
async fn check_scope(ctx: &Context, scope: &WhichClients) -> Result<()> {
    match (scope.all_clients, ctx.global.client.is_some()) {
        (true, true) => Err(Error::Usage(
            "--all-clients and a client exclude each other: give one".into(),
        )),
        (false, false) => match ctx.api().await?.user_info(false).await? {
            UserInfo::Reseller(_) => Err(Error::Usage(
                "name the clients: EMAIL|ID|APIKEY (or --client) for one, or --all-clients".into(),
            )),
            UserInfo::Client(_) => Ok(()),
        },
        _ => Ok(()),
    }
}

/// When an order will exceed its pageview quota at the rate seen so far this cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forecast {
    /// Nothing counted yet this cycle: no rate to go by.
    NoUsage,
    /// Already over (used > ordered): R6 has suspended the order's RUM monitors.
    Over,
    /// The first day on which the count will be above the quota.
    Exceeds(NaiveDate),
    /// Not before the cycle ends and the count restarts.
    NotThisCycle,
}

/// The rate is `used` over the days of the cycle so far, today included (so it is
/// defined on the cycle's first day). At that rate the count at the end of cycle day
/// `d` is `used * d / elapsed`, which is above `ordered` from
/// `d = floor(ordered * elapsed / used) + 1` on; integer arithmetic keeps the date exact.
pub fn forecast(
    ordered: u64,
    used: u64,
    cycle_start: NaiveDate,
    next_cycle: NaiveDate,
    today: NaiveDate,
) -> Forecast {
    if used > ordered {
        return Forecast::Over;
    }
    if used == 0 {
        return Forecast::NoUsage;
    }
    let elapsed = (today - cycle_start).num_days().max(0) as u128 + 1;
    let day = u128::from(ordered) * elapsed / u128::from(used) + 1;
    let date = u64::try_from(day - 1)
        .ok()
        .and_then(|offset| cycle_start.checked_add_days(Days::new(offset)));
    match date {
        Some(date) if date < next_cycle => Forecast::Exceeds(date),
        _ => Forecast::NotThisCycle,
    }
}

impl Forecast {
    fn text(self) -> String {
        match self {
            Forecast::NoUsage => "no usage yet".into(),
            Forecast::Over => "over quota now".into(),
            Forecast::Exceeds(date) => date.format(DATE_FORMAT).to_string(),
            Forecast::NotThisCycle => "not this cycle".into(),
        }
    }

    fn date(self) -> Option<String> {
        match self {
            Forecast::Exceeds(date) => Some(date.format(DATE_FORMAT).to_string()),
            _ => None,
        }
    }
}

/// `rumUsage` rows of orders that have anything to do with RUM, each with its forecast
/// (`forecast` for people, `exceedsOn` for scripts).
async fn usage_rows(ctx: &Context) -> Result<Vec<Value>> {
    let api = ctx.api().await?;
    let usage = api.rum_usage(None).await?;
    let cycles: HashMap<i64, _> = api
        .orders(None)
        .await?
        .into_iter()
        .map(|o| (o.id, o.billing_cycle))
        .collect();
    let today = chrono::Utc::now().date_naive();
    let mut rows = Vec::new();
    for u in usage
        .iter()
        .filter(|u| u.ordered > 0 || u.monitor_slots > 0 || u.rum_monitors > 0)
    {
        let start = NaiveDate::parse_from_str(&u.cycle_start, DATE_FORMAT).map_err(|e| {
            Error::failed(format!(
                "rumUsage: order {} has cycleStart {:?} ({e})",
                u.order_id, u.cycle_start
            ))
        })?;
        // An order deleted since the usage was read has no next cycle to wait for; one
        // whose next cycle would start past 9999-12-31 has no forecast past it.
        let next = cycles
            .get(&u.order_id)
            .map_or(Some(NaiveDate::MAX), |c| next_cycle_start(*c, start))
            .unwrap_or(validate::MAX_DATE);
        let f = forecast(u.ordered, u.used, start, next, today);
        let mut row = output::to_value(u)?;
        row["forecast"] = json!(f.text());
        row["exceedsOn"] = json!(f.date());
        rows.push(row);
    }
    Ok(rows)
}

/// The fields of a `rum usage` row: the API's, and the forecast.
pub(super) fn usage_fields() -> Vec<&'static str> {
    let mut fields = crate::output::fields_of::<monitis_core::protocol::model::RumUsage>();
    fields.extend(["forecast", "exceedsOn"]);
    fields
}

pub(super) fn usage_columns() -> Vec<Column> {
    let mut columns = output::columns(&[
        "orderId",
        "clientId",
        "orderName",
        "status",
        "ordered",
        "used",
        "remaining",
    ]);
    columns.push(Column::bar("USAGE", "used", "ordered"));
    columns.extend(output::columns(&[
        "rumMonitors",
        "suspendedMonitors",
        "forecast",
    ]));
    output::ranked(
        columns,
        &[
            "rumMonitors",
            "clientId",
            "remaining",
            "orderName",
            "forecast",
            "status",
            "suspendedMonitors",
            "ordered",
            "used",
        ],
    )
}

async fn usage(ctx: &Context) -> Result<Output> {
    Ok(Output::List {
        items: usage_rows(ctx).await?,
        columns: usage_columns(),
    })
}

const MOVE_COLUMNS: [&str; 5] = ["monitorId", "clientId", "fromOrder", "toOrder", "pageviews"];
const ORDER_COLUMNS: [&str; 8] = [
    "orderId",
    "clientId",
    "ordered",
    "limit",
    "usedBefore",
    "usedAfter",
    "suspendedBefore",
    "suspendedAfter",
];
/// The columns of the RUM monitors a rebalance leaves suspended.
const LEFT_COLUMNS: [&str; 5] = ["id", "clientId", "orderId", "name", "pageviews"];

/// What `rum rebalance` answers, dry run or `--apply`: one shape, so that a script reads
/// `.summary` (or anything else) the same way in both (README, "What scripts read").
/// `Deserialize` tells `--json` its fields.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rebalance {
    summary: Summary,
    plan: PlanView,
    /// RUM monitors suspended for pageviews that no move brings back: after the plan in
    /// a dry run, read back after the moves with `--apply`.
    still_suspended: Vec<Monitor>,
    /// RUM monitors suspended because their order is suspended or ended (R9): no move
    /// is theirs, the order coming back is.
    held_by_order: Vec<Monitor>,
    /// `--apply` only: what became of each planned move.
    #[serde(skip_serializing_if = "Option::is_none")]
    results: Option<Vec<moves::MoveReport>>,
    /// `--apply` only: each order's usage read back after the moves.
    #[serde(skip_serializing_if = "Option::is_none")]
    usage: Option<Vec<Value>>,
}

/// The fields of `rum rebalance`'s JSON, for `--json`.
pub(super) fn rebalance_fields() -> Vec<&'static str> {
    output::fields_of::<Rebalance>()
}

/// The plan: the planner's moves and orders. What it leaves suspended is in the
/// report's own `stillSuspended` and `heldByOrder`, counted once, by why.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PlanView {
    moves: Vec<planner::Move>,
    orders: Vec<planner::OrderSummary>,
    /// False when a client was too large for the exact search (a heuristic plan).
    optimal: bool,
}

impl From<planner::Plan> for PlanView {
    fn from(plan: planner::Plan) -> Self {
        PlanView {
            moves: plan.moves,
            orders: plan.orders,
            optimal: plan.optimal,
        }
    }
}

/// Suspended RUM monitors, apart by why they are suspended. Those the reseller
/// suspended himself are neither: no rebalance touches them.
#[derive(Debug, Default)]
struct Left {
    for_pageviews: Vec<Monitor>,
    held_by_order: Vec<Monitor>,
}

impl Left {
    fn of(monitors: impl IntoIterator<Item = Monitor>) -> Left {
        let mut left = Left::default();
        for m in monitors
            .into_iter()
            .filter(|m| m.status == Status::Suspended)
        {
            match m.suspended_reason {
                Some(SuspendedReason::Order) => left.held_by_order.push(m),
                Some(SuspendedReason::Reseller) => {}
                Some(SuspendedReason::Pageviews) | None => left.for_pageviews.push(m),
            }
        }
        left
    }

    fn ids(&self) -> HashSet<i64> {
        (self.for_pageviews.iter())
            .chain(&self.held_by_order)
            .map(|m| m.id)
            .collect()
    }
}

async fn rebalance(ctx: &Context, args: &RebalanceArgs) -> Result<Outcome> {
    let api = ctx.api().await?;
    let orders = api.orders(None).await?;
    let rum = MonitorFilter {
        kind: Some(MonitorType::Rum),
        ..MonitorFilter::default()
    };
    let monitors = api.monitors(&rum).await?;
    let opts = PlanOptions {
        headroom_pct: args.headroom,
        mix_managed: args.mix_managed,
    };
    let plan = planner::plan(&PlanInput::from_model(&orders, &monitors), &opts);
    if !args.apply {
        let after: HashSet<i64> = plan.still_suspended.iter().copied().collect();
        let left = Left::of(monitors.into_iter().filter(|m| after.contains(&m.id)));
        let summary = Summary::planned(&plan, &left);
        ctx.summarise(summary.line());
        // At a terminal a plan of nothing is the summary line alone, not a table of
        // every order; a script still gets every section.
        let sections = if plan.moves.is_empty() && ctx.output.format == output::Format::Table {
            Vec::new()
        } else {
            let mut sections = vec![
                Section::Heading("Moves".into()),
                Section::Table {
                    columns: output::ranked(
                        output::columns(&MOVE_COLUMNS),
                        &["clientId", "pageviews", "fromOrder"],
                    ),
                    rows: rows(&plan.moves)?,
                },
                Section::Heading("Orders".into()),
                Section::Table {
                    columns: output::ranked(
                        output::columns(&ORDER_COLUMNS),
                        &[
                            "clientId",
                            "limit",
                            "usedBefore",
                            "suspendedBefore",
                            "ordered",
                            "usedAfter",
                        ],
                    ),
                    rows: rows(&plan.orders)?,
                },
            ];
            sections.extend(left_sections(&left, false)?);
            sections
        };
        let data = output::to_value(&Rebalance {
            summary,
            plan: PlanView::from(plan),
            still_suspended: left.for_pageviews,
            held_by_order: left.held_by_order,
            results: None,
            usage: None,
        })?;
        return Ok(Output::Document { data, sections }.into());
    }

    let results = apply(ctx, api, &plan, args.batching).await;
    // What R6 made of it, read back from the platform.
    let suspended = MonitorFilter {
        status: Some(Status::Suspended),
        ..rum
    };
    let left = Left::of(api.monitors(&suspended).await?);
    let usage = usage_rows(ctx).await?;
    let summary = Summary::applied(&plan, &results, &monitors, &left);
    // Last on stderr, after the long table of moves.
    ctx.summarise(summary.line());
    if let Some(failures) = moves::failures(&results) {
        ctx.summarise(failures);
    }
    let ending = ending(
        moves::any_failed(&results),
        args.fail_on_suspended,
        left.for_pageviews.len(),
    );
    let mut sections = vec![
        Section::Heading("Moves".into()),
        Section::Table {
            columns: output::ranked(
                output::columns(&moves::REPORT_COLUMNS),
                &moves::REPORT_DROPPED_FIRST,
            ),
            rows: rows(&results)?,
        },
    ];
    sections.extend(left_sections(&left, true)?);
    sections.push(Section::Heading("Usage".into()));
    sections.push(Section::Table {
        columns: usage_columns(),
        rows: usage.clone(),
    });
    let data = output::to_value(&Rebalance {
        summary,
        plan: PlanView::from(plan),
        still_suspended: left.for_pageviews,
        held_by_order: left.held_by_order,
        results: Some(results),
        usage: Some(usage),
    })?;
    Ok(Outcome {
        output: Output::Document { data, sections },
        ending,
    })
}

fn rows<T: serde::Serialize>(items: &[T]) -> Result<Vec<Value>> {
    items.iter().map(output::to_value).collect()
}

/// Makes the plan's moves, stage after stage.
async fn apply(
    ctx: &Context,
    api: &crate::api::ApiClient,
    plan: &planner::Plan,
    batching: Batching,
) -> Vec<moves::MoveReport> {
    let mut results = Vec::with_capacity(plan.moves.len());
    // A stage moves monitors into orders the stages before it released, so it is sent
    // once they are done, and not at all when one of their moves failed.
    for stage in plan.moves.chunk_by(|a, b| a.stage == b.stage) {
        let sends: Vec<moves::Send> = stage
            .iter()
            .map(|m| moves::Send {
                monitor_id: m.monitor_id,
                from_order: m.from_order,
                to_order: m.to_order,
            })
            .collect();
        if moves::any_failed(&results) {
            results.extend(sends.iter().map(|s| {
                moves::MoveReport::not_sent(
                    s,
                    "not sent: a move of an earlier stage failed; run again to finish",
                )
            }));
        } else {
            results.extend(moves::send(api, &ctx.ui, &sends, batching).await);
        }
    }
    results
}

/// The sections that list what stays suspended, each under its own name, with what
/// would bring it back; none where nothing is (the summary line counts them anyway).
fn left_sections(left: &Left, applied: bool) -> Result<Vec<Section>> {
    let mut sections = Vec::new();
    let parts = [
        (
            "Still suspended for pageviews",
            &left.for_pageviews,
            "stay suspended for pageviews: no active order of their client has room; add rumPageviews to an order or wait for the next cycle.",
        ),
        (
            "Held by a suspended or ended order",
            &left.held_by_order,
            "are held by their suspended or ended order: `monitis order activate ORDER` (or `monitis reseller extend-all` once paid) brings them back, not a move.",
        ),
    ];
    for (heading, monitors, why) in parts.into_iter().filter(|p| !p.1.is_empty()) {
        sections.push(Section::Heading(heading.into()));
        sections.push(Section::Table {
            columns: output::columns(&LEFT_COLUMNS),
            rows: rows(monitors)?,
        });
        let tense = if applied { "" } else { "would " };
        sections.push(Section::Text(format!(
            "{} RUM monitor(s) {tense}{why}",
            monitors.len()
        )));
    }
    Ok(sections)
}

/// Monitors no move can bring back are what the reseller sold, not a failure of the run:
/// exit 3 is for moves that did not happen (and wins), 5 only when the job asks for it.
fn ending(any_failed: bool, fail_on_suspended: bool, still_suspended: usize) -> Ending {
    if any_failed {
        Ending::Partial
    } else if fail_on_suspended && still_suspended > 0 {
        Ending::StillSuspended
    } else {
        Ending::Done
    }
}

/// The counts of a rebalance, so a CI job reads one object (`summary` in the JSON)
/// instead of every result. The same keys in a dry run (what the plan would do; nothing
/// moved) and with `--apply` (what the platform says after the moves).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Summary {
    /// False in a dry run.
    applied: bool,
    /// Moves in the plan.
    planned: usize,
    moved: usize,
    unchanged: usize,
    /// Moves sent that the API refused or did not answer, or not sent after a failure.
    failed: usize,
    /// RUM monitors suspended before the run that are active after it.
    reactivated: usize,
    /// RUM monitors suspended for pageviews after the run.
    still_suspended: usize,
    /// RUM monitors suspended with their suspended or ended order after the run.
    held_by_order: usize,
}

impl Summary {
    /// What the plan would do.
    fn planned(plan: &planner::Plan, left: &Left) -> Summary {
        Summary {
            applied: false,
            planned: plan.moves.len(),
            moved: 0,
            unchanged: 0,
            failed: 0,
            reactivated: usize::try_from(plan.reactivated).unwrap_or(usize::MAX),
            still_suspended: left.for_pageviews.len(),
            held_by_order: left.held_by_order.len(),
        }
    }

    /// What the moves did: `before` are the RUM monitors read before them, `left` the
    /// suspended ones read after.
    fn applied(
        plan: &planner::Plan,
        results: &[moves::MoveReport],
        before: &[Monitor],
        left: &Left,
    ) -> Summary {
        let count = |s| results.iter().filter(|r| r.result == s).count();
        let still = left.ids();
        let planned = Summary::planned(plan, left);
        Summary {
            applied: true,
            moved: count(MoveStatus::Moved),
            unchanged: count(MoveStatus::Unchanged),
            failed: results.len() - count(MoveStatus::Moved) - count(MoveStatus::Unchanged),
            // As the planner counts: suspended before (not by the reseller), not after.
            reactivated: Left::of(before.iter().cloned())
                .ids()
                .iter()
                .filter(|id| !still.contains(id))
                .count(),
            ..planned
        }
    }

    /// The line on stderr, whatever the mode and the format: the same names as the JSON.
    fn line(&self) -> String {
        let mut counts = format!(
            "{} reactivated, {} still suspended for pageviews",
            self.reactivated, self.still_suspended
        );
        if self.still_suspended > 0 {
            counts.push_str(" (no order of their client has room");
            if self.applied {
                counts.push_str("; --fail-on-suspended makes that exit 5");
            }
            counts.push(')');
        }
        counts.push_str(&format!(
            ", {} held by a suspended or ended order",
            self.held_by_order
        ));
        match (self.planned, self.applied) {
            (0, _) => format!("Nothing to rebalance: 0 planned; {counts}"),
            (planned, true) => format!(
                "{planned} planned: moved {}, unchanged {}, failed {}; {counts}",
                self.moved, self.unchanged, self.failed
            ),
            (planned, false) => format!(
                "{planned} planned; if applied: {counts}. Dry run: nothing changed; --apply makes the moves."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, DATE_FORMAT).unwrap()
    }

    fn nov(ordered: u64, used: u64, today: &str) -> Forecast {
        forecast(ordered, used, d("2026-11-01"), d("2026-12-01"), d(today))
    }

    #[test]
    fn forecast_at_the_rate_so_far() {
        // 10 days (1st to 10th) at 100 a day: 1000 at the end of the 10th, 1001 on the 11th.
        assert_eq!(
            nov(1000, 1000, "2026-11-10"),
            Forecast::Exceeds(d("2026-11-11"))
        );
        // 2 days, 300: 150 a day; 150*d > 1000 from d = 7 (1050).
        assert_eq!(
            nov(1000, 300, "2026-11-02"),
            Forecast::Exceeds(d("2026-11-07"))
        );
        // 10 a day over the first day: 10*d > 100 from d = 11.
        assert_eq!(
            nov(100, 10, "2026-11-01"),
            Forecast::Exceeds(d("2026-11-11"))
        );
        // Exactly on the last day of the cycle (day 30).
        assert_eq!(nov(29, 1, "2026-11-01"), Forecast::Exceeds(d("2026-11-30")));
    }

    #[test]
    fn forecast_after_the_cycle_or_without_a_rate() {
        // Day 31 would be 2026-12-01, when the count restarts.
        assert_eq!(nov(30, 1, "2026-11-01"), Forecast::NotThisCycle);
        assert_eq!(nov(u64::MAX, 1, "2026-11-01"), Forecast::NotThisCycle);
        assert_eq!(nov(1000, 0, "2026-11-20"), Forecast::NoUsage);
        assert_eq!(nov(0, 0, "2026-11-20"), Forecast::NoUsage);
        // At the quota R6 allows it; one more is over.
        assert_eq!(nov(1000, 1001, "2026-11-20"), Forecast::Over);
        // On the last day at the quota: the day after is the next cycle.
        assert_eq!(nov(1000, 1000, "2026-11-30"), Forecast::NotThisCycle);
    }

    #[test]
    fn a_failed_move_exits_3_and_suspended_monitors_only_when_asked() {
        assert_eq!(ending(false, false, 4), Ending::Done);
        assert_eq!(ending(false, true, 0), Ending::Done);
        assert_eq!(ending(false, true, 4), Ending::StillSuspended);
        assert_eq!(ending(true, true, 4), Ending::Partial);
        assert_eq!(ending(true, false, 0), Ending::Partial);
    }

    fn summary(applied: bool, planned: usize, still: usize, held: usize) -> Summary {
        Summary {
            applied,
            planned,
            moved: if applied { planned } else { 0 },
            unchanged: 0,
            failed: 0,
            reactivated: 3,
            still_suspended: still,
            held_by_order: held,
        }
    }

    #[test]
    fn the_summary_line_names_each_count_as_the_json_does() {
        assert_eq!(
            summary(false, 2, 0, 1).line(),
            "2 planned; if applied: 3 reactivated, 0 still suspended for pageviews, 1 held by a suspended or ended order. Dry run: nothing changed; --apply makes the moves."
        );
        assert_eq!(
            summary(true, 2, 4, 0).line(),
            "2 planned: moved 2, unchanged 0, failed 0; 3 reactivated, 4 still suspended for pageviews (no order of their client has room; --fail-on-suspended makes that exit 5), 0 held by a suspended or ended order"
        );
        let nothing = "Nothing to rebalance: 0 planned; 3 reactivated, 4 still suspended for pageviews (no order of their client has room), 0 held by a suspended or ended order";
        assert_eq!(summary(false, 0, 4, 0).line(), nothing);
        assert!(
            summary(true, 0, 4, 0)
                .line()
                .starts_with("Nothing to rebalance: 0 planned; ")
        );
    }

    #[test]
    fn forecast_texts() {
        assert_eq!(Forecast::Exceeds(d("2026-11-07")).text(), "2026-11-07");
        assert_eq!(
            Forecast::Exceeds(d("2026-11-07")).date().as_deref(),
            Some("2026-11-07")
        );
        assert_eq!(Forecast::Over.date(), None);
        assert_eq!(Forecast::NoUsage.text(), "no usage yet");
    }
}
