//! `monitis rum ...`: RUM pageview usage per order with a forecast of when each order
//! exceeds its quota, and the rebalance that moves suspended RUM monitors to orders with
//! room (R6, R7).

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use clap::{Args, Subcommand};
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
    // Monitors suspended with their inactive order (R9) are not a rebalance's to fix and
    // do not count against it; the plan lists them among those that stay suspended.
    let order_suspended: std::collections::HashSet<i64> = monitors
        .iter()
        .filter(|m| m.suspended_reason == Some(SuspendedReason::Order))
        .map(|m| m.id)
        .collect();
    let with_order = plan
        .still_suspended
        .iter()
        .filter(|id| order_suspended.contains(id))
        .count();
    let for_pageviews = plan.still_suspended.len() - with_order;
    let summary = if plan.moves.is_empty() && for_pageviews == 0 {
        "Nothing to rebalance: no RUM monitor is suspended for pageviews".to_string()
    } else {
        format!(
            "{} move(s) reactivate {} suspended RUM monitor(s); {for_pageviews} stay suspended for pageviews{}",
            plan.moves.len(),
            plan.reactivated,
            if plan.optimal {
                ""
            } else {
                " (large input: heuristic plan)"
            }
        )
    };
    if !args.apply {
        let sections = vec![
            Section::Heading("Moves".into()),
            Section::Table {
                columns: output::ranked(
                    output::columns(&MOVE_COLUMNS),
                    &["clientId", "pageviews", "fromOrder"],
                ),
                rows: plan
                    .moves
                    .iter()
                    .map(output::to_value)
                    .collect::<Result<_>>()?,
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
                rows: plan
                    .orders
                    .iter()
                    .map(output::to_value)
                    .collect::<Result<_>>()?,
            },
            // Last, where the eye ends after a long table of moves.
            Section::Text(format!(
                "\n{summary}. Dry run: nothing changed; --apply makes the moves."
            )),
        ];
        return Ok(Output::Document {
            data: output::to_value(&plan)?,
            sections,
        }
        .into());
    }

    ctx.ui.note(&summary);
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
            results.extend(moves::send(api, &ctx.ui, &sends, args.batching).await);
        }
    }
    // What R6 made of it, read back from the platform.
    let suspended = MonitorFilter {
        kind: Some(MonitorType::Rum),
        status: Some(Status::Suspended),
        ..MonitorFilter::default()
    };
    let left: Vec<_> = api
        .monitors(&suspended)
        .await?
        .into_iter()
        .filter(|m| m.suspended_reason == Some(SuspendedReason::Pageviews))
        .collect();
    let usage = usage_rows(ctx).await?;
    let summary = ApplySummary::new(&plan, &results, &monitors, &left);
    // Last on stderr, after the long table of moves.
    ctx.summarise(summary.line());
    if let Some(failures) = moves::failures(&results) {
        ctx.summarise(failures);
    }
    let ending = ending(
        moves::any_failed(&results),
        args.fail_on_suspended,
        left.len(),
    );
    let data = json!({
        "summary": summary,
        "plan": plan,
        "results": results,
        "stillSuspended": left,
        "usage": usage,
    });
    let mut sections = vec![
        Section::Heading("Moves".into()),
        Section::Table {
            columns: output::ranked(
                output::columns(&moves::REPORT_COLUMNS),
                &moves::REPORT_DROPPED_FIRST,
            ),
            rows: results
                .iter()
                .map(output::to_value)
                .collect::<Result<_>>()?,
        },
        Section::Heading("Still suspended".into()),
    ];
    if left.is_empty() {
        sections.push(Section::Text(
            "No RUM monitor is suspended for pageviews.".into(),
        ));
    } else {
        sections.push(Section::Table {
            columns: output::columns(&["id", "clientId", "orderId", "name", "pageviews"]),
            rows: left.iter().map(output::to_value).collect::<Result<_>>()?,
        });
        sections.push(Section::Text(format!(
            "{} RUM monitor(s) stay suspended: no active order of their client has room; add rumPageviews to an order or wait for the next cycle.",
            left.len()
        )));
    }
    sections.push(Section::Heading("Usage".into()));
    sections.push(Section::Table {
        columns: usage_columns(),
        rows: usage,
    });
    Ok(Outcome {
        output: Output::Document { data, sections },
        ending,
    })
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

/// The counts of an applied rebalance, so a CI job reads one object (`summary` in the
/// JSON) instead of every result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct ApplySummary {
    /// Moves in the plan.
    planned: usize,
    moved: usize,
    unchanged: usize,
    /// Moves sent that the API refused or did not answer.
    failed: usize,
    /// RUM monitors suspended for pageviews before the run that are active now.
    reactivated: usize,
    /// RUM monitors suspended for pageviews after the run.
    still_suspended: usize,
}

impl ApplySummary {
    /// `before` are the RUM monitors read before the moves, `left` those suspended for
    /// pageviews after them.
    fn new(
        plan: &planner::Plan,
        results: &[moves::MoveReport],
        before: &[Monitor],
        left: &[Monitor],
    ) -> ApplySummary {
        let count = |s| results.iter().filter(|r| r.result == s).count();
        let left_ids: std::collections::HashSet<i64> = left.iter().map(|m| m.id).collect();
        ApplySummary {
            planned: plan.moves.len(),
            moved: count(MoveStatus::Moved),
            unchanged: count(MoveStatus::Unchanged),
            failed: count(MoveStatus::Failed) + count(MoveStatus::Refused),
            reactivated: before
                .iter()
                .filter(|m| m.suspended_reason == Some(SuspendedReason::Pageviews))
                .filter(|m| !left_ids.contains(&m.id))
                .count(),
            still_suspended: left.len(),
        }
    }

    /// The line on stderr.
    fn line(&self) -> String {
        let mut line = format!(
            "{} planned: moved {}, unchanged {}, failed {}; {} reactivated, {} still suspended for pageviews",
            self.planned,
            self.moved,
            self.unchanged,
            self.failed,
            self.reactivated,
            self.still_suspended
        );
        if self.still_suspended > 0 {
            line.push_str(
                " (no order of their client has room; --fail-on-suspended makes that exit 5)",
            );
        }
        line
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
