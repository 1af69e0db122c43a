//! The RUM rebalance planner (issue 5; rules R6 and R7): a pure function from orders and
//! RUM monitors to the moves that reactivate the most suspended RUM monitors without
//! pushing any target order over its pageview quota. `docs/planner.md` has the exact
//! definitions, the two algorithms and their measurements.
//!
//! Conventions the whole module relies on:
//! - An order's *used* is the sum of the pageviews of its RUM monitors, suspended ones
//!   included (R6). Only suspended RUM monitors of active orders are ever moved.
//! - In one stage of a plan an order is either a source (monitors leave it) or a target
//!   (monitors arrive), never both. Targets then only grow and sources only shrink, so
//!   every prefix of a stage, in any order and in any batching, is valid and the state
//!   after it does not depend on how the CLI splits it into `BulkChangeMonitorOrder`
//!   calls. A later stage may move monitors into a source an earlier one released.
//! - A monitor left in its order counts as reactivated only when the plan moves at
//!   least one monitor out of that order and the order ends strictly below its quota:
//!   R6 re-evaluates an order when monitors leave it, and at used == ordered nothing
//!   changes.
//!
//! This file holds the model, the outcome and the entry points; `exact` and `heuristic`
//! hold the two solvers.

mod exact;
mod heuristic;

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::protocol::model::{Monitor, MonitorType, Order, OrderStatus, Status, SuspendedReason};

use self::exact::solve_exact;
use self::heuristic::solve_heuristic;

/// Components (one client, one managed group) with at most this many movable suspended
/// monitors are solved exactly by `plan`; the search visits up to 2^n moved sets.
const AUTO_EXACT_MAX: usize = 12;
/// `plan` falls back to the heuristic when the exact packing search of one component
/// visits more nodes than this, so an adversarial input cannot stall the CLI.
const AUTO_EXACT_BUDGET: u64 = 200_000;
/// `plan_exact` refuses to enumerate more moved sets than 2^this per component.
const EXACT_MAX: usize = 20;

/// An order as the planner sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanOrder {
    pub id: i64,
    pub client_id: i64,
    /// Status active (R7: only active orders take part).
    pub active: bool,
    pub managed: bool,
    /// The `rumPageviews` quantity: pageviews ordered per billing cycle.
    pub ordered: u64,
    /// The `rum` quantity: how many RUM monitors the order may hold.
    pub slots: u64,
}

/// A RUM monitor as the planner sees it; its client is its order's client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanMonitor {
    pub id: i64,
    pub order_id: i64,
    /// Pageviews counted in the current billing cycle.
    pub pageviews: u64,
    pub suspended: bool,
}

/// Orders and RUM monitors of any number of clients. Ids are expected to be unique; a
/// repeated id is ignored after its first occurrence, and a monitor whose order is not
/// in `orders` is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanInput {
    pub orders: Vec<PlanOrder>,
    pub monitors: Vec<PlanMonitor>,
}

impl PlanInput {
    /// The planner's view of orders and monitors read from the API; monitors of other
    /// types are dropped. A monitor the reseller suspended himself counts as not
    /// suspended: no move or quota brings it back (R6 leaves it alone), so it is not the
    /// planner's to move or to count as reactivated; its pageviews and slot still count.
    pub fn from_model(orders: &[Order], monitors: &[Monitor]) -> Self {
        PlanInput {
            orders: orders
                .iter()
                .map(|o| PlanOrder {
                    id: o.id,
                    client_id: o.client_id,
                    active: o.status == OrderStatus::Active,
                    managed: o.managed,
                    ordered: o.quantity("rumPageviews"),
                    slots: o.quantity(MonitorType::Rum.code()),
                })
                .collect(),
            monitors: monitors
                .iter()
                .filter(|m| m.kind == MonitorType::Rum)
                .map(|m| PlanMonitor {
                    id: m.id,
                    order_id: m.order_id,
                    pageviews: m.pageviews,
                    suspended: m.status == Status::Suspended
                        && m.suspended_reason != Some(SuspendedReason::Reseller),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanOptions {
    /// Percentage of a target's quota kept free (`--headroom PCT`); values above 100
    /// count as 100. See [`target_limit`].
    pub headroom_pct: u8,
    /// Allow moves between managed and non-managed orders of a client.
    pub mix_managed: bool,
}

/// The most pageviews a target order may count after the plan:
/// `floor(ordered * (100 - headroom) / 100)`. With headroom 0 it is the quota itself,
/// which R6 allows (suspension starts above it).
pub fn target_limit(ordered: u64, headroom_pct: u8) -> u64 {
    let keep = 100 - u128::from(headroom_pct.min(100));
    // ordered * keep / 100 <= ordered, so the conversion back cannot fail.
    u64::try_from(u128::from(ordered) * keep / 100).unwrap_or(ordered)
}

/// One `ChangeMonitorOrder` of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Move {
    pub monitor_id: i64,
    pub client_id: i64,
    pub from_order: i64,
    pub to_order: i64,
    /// The monitor's pageviews this cycle, which move with it (R6).
    pub pageviews: u64,
    /// 0 for the first stage; a stage's moves are made once the previous stage's are
    /// (see [`plan`]).
    pub stage: u32,
}

/// One order before and after the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderSummary {
    pub order_id: i64,
    pub client_id: i64,
    pub managed: bool,
    pub active: bool,
    pub ordered: u64,
    /// The target limit under the plan's headroom ([`target_limit`]).
    pub limit: u64,
    pub used_before: u64,
    pub used_after: u64,
    pub slots: u64,
    pub monitors_before: u64,
    pub monitors_after: u64,
    pub suspended_before: u64,
    pub suspended_after: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// Sorted by stage, client, target order, monitor id (one bulk call per target order
    /// and stage).
    pub moves: Vec<Move>,
    /// Suspended RUM monitors that are active after the plan.
    pub reactivated: u64,
    /// Suspended RUM monitors that stay suspended, by id (those of inactive orders too).
    pub still_suspended: Vec<i64>,
    /// Every order with a RUM quota, RUM slots or RUM monitors, by client and id.
    pub orders: Vec<OrderSummary>,
    /// True when every client was solved by the exact search in every stage, so no
    /// stage could reactivate more monitors (or as many with fewer moves or pageviews).
    pub optimal: bool,
}

/// The plan `rum rebalance` makes, in stages: each stage is the best plan (exact search
/// for clients with few suspended monitors, the heuristic for the others) for the
/// platform as the stages before it leave it, and the stages go on until one finds
/// nothing. A source order released in one stage has room for the next one, so the plan
/// reaches a fixed point: once it is applied, planning again finds no move.
pub fn plan(input: &PlanInput, opts: &PlanOptions) -> Plan {
    let limits = Some((AUTO_EXACT_MAX, AUTO_EXACT_BUDGET));
    let mut state = input.clone();
    let (mut moves, mut optimal) = (Vec::new(), true);
    // Each stage activates the monitors it moves and suspends none, so stages end after
    // at most as many as there are suspended monitors.
    for stage in 0.. {
        let (found, exact) = solve(&state, opts, limits, stage);
        if found.is_empty() {
            break;
        }
        optimal &= exact;
        state = apply(&state, &found);
        moves.extend(found);
    }
    summarize(input, &state, opts, moves, optimal)
}

/// Exact search for every client with at most 20 movable suspended monitors (per
/// managed group unless mixed; a monitor is movable when it fits into another order on
/// its own); time grows as 2^n, so this is for tests and small inputs. Larger
/// clients get the heuristic and `optimal` is false.
pub fn plan_exact(input: &PlanInput, opts: &PlanOptions) -> Plan {
    one_stage(input, opts, Some((EXACT_MAX, u64::MAX)))
}

/// The heuristic alone, near-linear in the input size. Like `plan_exact` it plans one
/// stage (the solvers are compared on it).
pub fn plan_heuristic(input: &PlanInput, opts: &PlanOptions) -> Plan {
    one_stage(input, opts, None)
}

fn one_stage(input: &PlanInput, opts: &PlanOptions, exact: Option<(usize, u64)>) -> Plan {
    let (moves, optimal) = solve(input, opts, exact, 0);
    summarize(input, &apply(input, &moves), opts, moves, optimal)
}

/// Checks that `plan` can be applied to `input` as R6/R7 and the options require, stage
/// after stage, and that its counts and summaries are what its moves produce. The error
/// names the first offending monitor or order.
pub fn validate(input: &PlanInput, opts: &PlanOptions, plan: &Plan) -> Result<(), String> {
    let mut state = input.clone();
    for (n, stage) in plan.moves.chunk_by(|a, b| a.stage == b.stage).enumerate() {
        if u32::try_from(n).ok() != Some(stage[0].stage) {
            return Err(format!(
                "monitor {}: stage {} where stage {n} was expected",
                stage[0].monitor_id, stage[0].stage
            ));
        }
        validate_stage(&state, opts, stage)?;
        state = apply(&state, stage);
    }
    if summarize(input, &state, opts, plan.moves.clone(), plan.optimal) != *plan {
        return Err("the plan's counts do not match its moves".into());
    }
    Ok(())
}

/// One stage of moves, all made on `input`.
fn validate_stage(input: &PlanInput, opts: &PlanOptions, moves: &[Move]) -> Result<(), String> {
    let ix = Index::new(input);
    let mut moved = HashSet::new();
    let mut sources = HashSet::new();
    let mut targets = HashSet::new();
    for m in moves {
        let id = m.monitor_id;
        let mon = ix
            .monitor(id)
            .ok_or_else(|| format!("monitor {id}: not a RUM monitor of a known order"))?;
        if !moved.insert(id) {
            return Err(format!("monitor {id}: moved twice"));
        }
        if !mon.suspended {
            return Err(format!("monitor {id}: not suspended"));
        }
        if mon.order_id != m.from_order {
            return Err(format!(
                "monitor {id}: is in order {}, not {}",
                mon.order_id, m.from_order
            ));
        }
        if mon.pageviews != m.pageviews {
            return Err(format!(
                "monitor {id}: has {} pageviews, not {}",
                mon.pageviews, m.pageviews
            ));
        }
        let from = ix
            .order(m.from_order)
            .ok_or_else(|| format!("order {}: unknown", m.from_order))?;
        let to = ix
            .order(m.to_order)
            .ok_or_else(|| format!("order {}: unknown", m.to_order))?;
        if !from.active {
            return Err(format!("monitor {id}: its order {} is not active", from.id));
        }
        if !to.active {
            return Err(format!(
                "monitor {id}: target order {} is not active",
                to.id
            ));
        }
        if to.id == from.id {
            return Err(format!("monitor {id}: target is its own order"));
        }
        if from.client_id != m.client_id || to.client_id != m.client_id {
            return Err(format!(
                "monitor {id}: order {} belongs to another client",
                to.id
            ));
        }
        if !opts.mix_managed && from.managed != to.managed {
            return Err(format!(
                "monitor {id}: managed and non-managed orders are kept apart"
            ));
        }
        sources.insert(from.id);
        targets.insert(to.id);
    }
    if let Some(o) = sources.intersection(&targets).min() {
        return Err(format!("order {o}: both a source and a target"));
    }
    let after = apply(input, moves);
    for s in order_summaries(&ix, &Index::new(&after), opts)
        .iter()
        .filter(|s| targets.contains(&s.order_id))
    {
        if s.used_after > s.limit {
            return Err(format!(
                "order {}: {} pageviews after the plan, limit {}",
                s.order_id, s.used_after, s.limit
            ));
        }
        if s.monitors_after > s.slots {
            return Err(format!(
                "order {}: {} RUM monitors after the plan, {} slots",
                s.order_id, s.monitors_after, s.slots
            ));
        }
    }
    Ok(())
}

/// Plans every component with the heuristic and, given `exact` limits (movable
/// monitors, search nodes), tries the exact search on it too.
fn solve(
    input: &PlanInput,
    opts: &PlanOptions,
    exact: Option<(usize, u64)>,
    stage: u32,
) -> (Vec<Move>, bool) {
    let ix = Index::new(input);
    let mut moves = Vec::new();
    let mut optimal = exact.is_some();
    for c in components(&ix, opts) {
        let heuristic = solve_heuristic(&c);
        let exact = exact.and_then(|(max_items, budget)| {
            solve_exact(&c, max_items, budget, score(&c, &heuristic))
        });
        let chosen = exact.unwrap_or_else(|| {
            optimal = false;
            heuristic
        });
        moves.extend(chosen.into_iter().map(|(item, to)| {
            let it = &c.items[item];
            let mon = &input.monitors[it.mon];
            Move {
                monitor_id: mon.id,
                client_id: c.client_id,
                from_order: mon.order_id,
                to_order: input.orders[c.orders[to].pos].id,
                pageviews: mon.pageviews,
                stage,
            }
        }));
    }
    moves.sort_by_key(|m| (m.client_id, m.to_order, m.monitor_id));
    (moves, optimal)
}

/// The input with each id resolved once, and per-order RUM totals.
struct Index<'a> {
    input: &'a PlanInput,
    order_at: HashMap<i64, usize>,
    monitor_at: HashMap<i64, usize>,
    /// Per order position: pageviews used, RUM monitors linked, suspended monitor positions.
    used: Vec<u64>,
    linked: Vec<u64>,
    suspended: Vec<Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(input: &'a PlanInput) -> Self {
        let mut order_at = HashMap::with_capacity(input.orders.len());
        for (pos, o) in input.orders.iter().enumerate() {
            order_at.entry(o.id).or_insert(pos);
        }
        let n = input.orders.len();
        let (mut used, mut linked, mut suspended) =
            (vec![0u64; n], vec![0u64; n], vec![Vec::new(); n]);
        let mut monitor_at = HashMap::with_capacity(input.monitors.len());
        for (pos, m) in input.monitors.iter().enumerate() {
            let Some(&o) = order_at.get(&m.order_id) else {
                continue;
            };
            if monitor_at.contains_key(&m.id) {
                continue;
            }
            monitor_at.insert(m.id, pos);
            used[o] = used[o].saturating_add(m.pageviews);
            linked[o] += 1;
            if m.suspended {
                suspended[o].push(pos);
            }
        }
        Index {
            input,
            order_at,
            monitor_at,
            used,
            linked,
            suspended,
        }
    }

    fn order(&self, id: i64) -> Option<&'a PlanOrder> {
        self.order_at.get(&id).map(|&p| &self.input.orders[p])
    }

    fn monitor(&self, id: i64) -> Option<&'a PlanMonitor> {
        self.monitor_at.get(&id).map(|&p| &self.input.monitors[p])
    }
}

/// The platform after one stage of `moves` (assumed valid, see `validate`), as R6
/// leaves it: moved monitors are active in their targets, and the suspended monitors of
/// a source that ends strictly below its quota are active again.
fn apply(input: &PlanInput, moves: &[Move]) -> PlanInput {
    let ix = Index::new(input);
    let mut after = input.clone();
    let mut moved_out: HashMap<usize, u64> = HashMap::new();
    for m in moves {
        let (Some(&mon), Some(&from), Some(_)) = (
            ix.monitor_at.get(&m.monitor_id),
            ix.order_at.get(&m.from_order),
            ix.order_at.get(&m.to_order),
        ) else {
            continue;
        };
        let out = moved_out.entry(from).or_default();
        *out = out.saturating_add(input.monitors[mon].pageviews);
        let mon = &mut after.monitors[mon];
        (mon.order_id, mon.suspended) = (m.to_order, false);
    }
    // In a stage a source only loses monitors, so what it counts after is what it
    // counted less what left.
    for (from, out) in moved_out {
        let o = &input.orders[from];
        if o.active && ix.used[from].saturating_sub(out) < o.ordered {
            for &m in &ix.suspended[from] {
                after.monitors[m].suspended = false;
            }
        }
    }
    after
}

/// The plan of `moves`, which turn `input` into `after`.
fn summarize(
    input: &PlanInput,
    after: &PlanInput,
    opts: &PlanOptions,
    moves: Vec<Move>,
    optimal: bool,
) -> Plan {
    let (before, now) = (Index::new(input), Index::new(after));
    let mut still_suspended: Vec<i64> = now
        .suspended
        .iter()
        .flatten()
        .map(|&m| after.monitors[m].id)
        .collect();
    still_suspended.sort_unstable();
    // No stage suspends a monitor, so those not suspended any more are the reactivated.
    let suspended_before = before.suspended.iter().map(Vec::len).sum::<usize>();
    Plan {
        moves,
        reactivated: (suspended_before - still_suspended.len()) as u64,
        still_suspended,
        orders: order_summaries(&before, &now, opts),
        optimal,
    }
}

/// Every order with a RUM quota, RUM slots or RUM monitors, before and after, by client
/// and id.
fn order_summaries(before: &Index, after: &Index, opts: &PlanOptions) -> Vec<OrderSummary> {
    let input = before.input;
    let mut orders: Vec<OrderSummary> = before
        .order_at
        .values()
        .map(|&pos| (pos, &input.orders[pos]))
        .filter(|&(pos, o)| {
            o.ordered > 0 || o.slots > 0 || after.linked[pos] > 0 || before.linked[pos] > 0
        })
        .map(|(pos, o)| OrderSummary {
            order_id: o.id,
            client_id: o.client_id,
            managed: o.managed,
            active: o.active,
            ordered: o.ordered,
            limit: target_limit(o.ordered, opts.headroom_pct),
            used_before: before.used[pos],
            used_after: after.used[pos],
            slots: o.slots,
            monitors_before: before.linked[pos],
            monitors_after: after.linked[pos],
            suspended_before: before.suspended[pos].len() as u64,
            suspended_after: after.suspended[pos].len() as u64,
        })
        .collect();
    orders.sort_by_key(|s| (s.client_id, s.order_id));
    orders
}

/// The active orders of one client that may exchange monitors (one managed group unless
/// mixed), and their suspended RUM monitors.
struct Component {
    client_id: i64,
    orders: Vec<Slot>,
    /// Sorted by monitor id, so item indices order like ids (tie-breaks).
    items: Vec<Item>,
}

struct Slot {
    pos: usize,
    used: u64,
    ordered: u64,
    limit: u64,
    /// RUM slots not taken by the monitors linked now.
    free: u64,
    suspended: u64,
}

impl Slot {
    /// Pageviews the order can take as a target, if it can be one at all.
    fn room(&self) -> Option<u64> {
        self.limit.checked_sub(self.used).filter(|_| self.free > 0)
    }
}

struct Item {
    mon: usize,
    /// Local index of the item's order in its component.
    order: usize,
    pv: u64,
}

fn components(ix: &Index, opts: &PlanOptions) -> Vec<Component> {
    let input = ix.input;
    let mut keys: Vec<(i64, bool, i64, usize)> = ix
        .order_at
        .values()
        .map(|&pos| (pos, &input.orders[pos]))
        .filter(|(_, o)| o.active)
        .map(|(pos, o)| (o.client_id, o.managed && !opts.mix_managed, o.id, pos))
        .collect();
    keys.sort_unstable();
    keys.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1))
        .filter(|group| group.iter().any(|k| !ix.suspended[k.3].is_empty()))
        .map(|group| {
            let orders: Vec<Slot> = group
                .iter()
                .map(|&(_, _, _, pos)| {
                    let o = &input.orders[pos];
                    Slot {
                        pos,
                        used: ix.used[pos],
                        ordered: o.ordered,
                        limit: target_limit(o.ordered, opts.headroom_pct),
                        free: o.slots.saturating_sub(ix.linked[pos]),
                        suspended: ix.suspended[pos].len() as u64,
                    }
                })
                .collect();
            let mut items: Vec<Item> = orders
                .iter()
                .enumerate()
                .flat_map(|(local, s)| {
                    ix.suspended[s.pos].iter().map(move |&mon| Item {
                        mon,
                        order: local,
                        pv: input.monitors[mon].pageviews,
                    })
                })
                .collect();
            items.sort_unstable_by_key(|it| input.monitors[it.mon].id);
            Component {
                client_id: group[0].0,
                orders,
                items,
            }
        })
        .collect()
}

/// Reactivated monitors, moves, pageviews moved: the objective, compared by `rank`.
#[derive(Clone, Copy, Default)]
struct Score {
    reactivated: u64,
    moves: u64,
    pageviews: u64,
}

impl Score {
    /// Smaller is better.
    fn rank(self) -> (Reverse<u64>, u64, u64) {
        (Reverse(self.reactivated), self.moves, self.pageviews)
    }

    /// The objective of moving `pageviews` in `moves` monitors out of order `o`.
    fn of_source(o: &Slot, moves: u64, pageviews: u64) -> Score {
        let released = moves > 0 && o.used.saturating_sub(pageviews) < o.ordered;
        let stay = if released { o.suspended - moves } else { 0 };
        Score {
            reactivated: moves + stay,
            moves,
            pageviews,
        }
    }

    fn add(self, other: Score) -> Score {
        Score {
            reactivated: self.reactivated + other.reactivated,
            moves: self.moves + other.moves,
            pageviews: self.pageviews.saturating_add(other.pageviews),
        }
    }
}

/// The objective of moving items `moved` out of their orders, wherever they go.
fn score(c: &Component, moved: &[(usize, usize)]) -> Score {
    let mut out = vec![(0u64, 0u64); c.orders.len()];
    for &(i, _) in moved {
        let it = &c.items[i];
        out[it.order].0 += 1;
        out[it.order].1 = out[it.order].1.saturating_add(it.pv);
    }
    c.orders
        .iter()
        .zip(out)
        .map(|(o, (n, pv))| Score::of_source(o, n, pv))
        .fold(Score::default(), Score::add)
}

#[cfg(test)]
mod tests;
