//! Monitor actions: add, list, edit, delete, move between orders (R7) and RUM usage (R6).

use std::collections::{BTreeSet, HashMap};

use super::orders::{load_order, reconcile};
use super::{Ctx, Db, OK, Reply, Res, bad, changed, not_found, read};
use crate::params::Params;
use crate::store::{self, MonitorQuery, Scope};
use monitis_core::domain::rules::{self, MonitorState, MoveCandidate, Refusal};
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{
    AccountKind, Monitor, MonitorType, MoveOne, MoveResult, RumUsage, Status, Test, TestList,
};
use rusqlite::Connection;

/// The hosted check types of external (uptime) monitors.
pub(super) const CHECK_TYPES: [&str; 14] = [
    "http",
    "https",
    "ftp",
    "ping",
    "ssh",
    "dns",
    "mysql",
    "udp",
    "tcp",
    "sip",
    "smtp",
    "imap",
    "pop",
    "certificate",
];

/// Check intervals in minutes.
pub(super) const INTERVALS: [u32; 9] = [1, 3, 5, 10, 15, 20, 30, 40, 60];

pub(super) fn load_monitor(ctx: &Ctx, id: i64) -> Res<Monitor> {
    store::monitors_by_id(ctx.conn, ctx.scope(), &[id])
        .db()?
        .remove(&id)
        .ok_or_else(|| not_found("monitor", id))
}

pub(super) fn interval(p: &Params) -> Res<Option<u32>> {
    match p.parsed::<u32>("interval", "a number of minutes")? {
        Some(i) if !INTERVALS.contains(&i) => Err(bad(format!(
            "parameter interval must be one of {INTERVALS:?} minutes, got {i}"
        ))),
        other => Ok(other),
    }
}

pub(super) fn add_monitor(
    ctx: &Ctx,
    p: &Params,
    kind: MonitorType,
    check_type: Option<&str>,
    url: &str,
) -> Res<i64> {
    let name = p.required_valid("name", validate::name)?;
    let order = load_order(ctx, ctx.scope(), p.id("orderId")?)?;
    rules::may_use_order(ctx.caller, order.id, order.managed)?;
    if ctx.caller == AccountKind::Client {
        let all = store::orders(ctx.conn, ctx.scope(), None).db()?;
        let in_plan = rules::plan_totals(&all)
            .get(kind.code())
            .copied()
            .unwrap_or(0);
        rules::client_may_use_feature(kind.code(), in_plan)?;
    }
    rules::takes_monitors(&order)?;
    let linked = store::linked_counts(ctx.conn, order.id).db()?;
    rules::free_slot(&order, kind, linked.get(&kind).copied().unwrap_or(0))?;
    let new = store::NewMonitor {
        client_id: order.client_id,
        order_id: order.id,
        kind,
        check_type,
        name,
        url,
        interval: interval(p)?.unwrap_or(5),
        status: Status::Active,
        reason: None,
        pageviews: 0,
    };
    let id = store::insert_monitor(ctx.conn, &new).db()?;
    // A new RUM monitor joins its order's quota state (R6); other types change nothing.
    if kind == MonitorType::Rum {
        reconcile(ctx, order.id)?;
    }
    Ok(id)
}

/// A listing's filters but `monitorIds` (see [`listed_ids`]).
fn monitor_filter(p: &Params) -> Res<MonitorQuery<'static>> {
    Ok(MonitorQuery {
        order_id: p.opt_id("orderId")?,
        kind: p.choice("type", "external, transaction, fullPageLoad, internal, rum")?,
        status: p.choice("status", "active, suspended")?,
        managed: p.bool("managed")?,
        ids: None,
    })
}

/// `monitorIds`, when given.
fn listed_ids(p: &Params) -> Res<Option<Vec<i64>>> {
    p.get("monitorIds").map(|_| p.ids("monitorIds")).transpose()
}

/// `monitors`: decided here (filters parsed, scope checked), read by the HTTP layer, which
/// streams the rows from its reader as SQLite writes them (see [`MonitorList`]).
pub(super) fn monitors_list(ctx: &Ctx, p: &Params) -> Res<Reply> {
    Ok(Reply::Monitors(MonitorList {
        ids: listed_ids(p)?,
        filter: monitor_filter(p)?,
        scope: ctx.listed_scope(p)?,
    }))
}

/// A `monitors` listing that has been decided but not read: its rows come from SQLite
/// as JSON text, one monitor at a time (`store::monitors_json`), so that a list of
/// 100,000 monitors is never held whole, neither as objects nor as text.
#[derive(Debug)]
pub struct MonitorList {
    /// None: a client outside the caller's scope, an empty list.
    scope: Option<Scope>,
    filter: MonitorQuery<'static>,
    ids: Option<Vec<i64>>,
}

impl MonitorList {
    /// Hands each monitor's JSON text to `each`, by id, until `each` answers false.
    pub fn rows(&self, conn: &Connection, each: impl FnMut(&str) -> bool) -> Res<()> {
        let Some(scope) = self.scope else {
            return Ok(());
        };
        let filter = MonitorQuery {
            ids: self.ids.as_deref(),
            ..self.filter
        };
        store::monitors_json(conn, scope, filter, each).db()
    }

    /// The whole list as one JSON array.
    pub fn text(&self, conn: &Connection) -> Res<String> {
        let mut text = String::from("[");
        self.rows(conn, |row| {
            if text.len() > 1 {
                text.push(',');
            }
            text.push_str(row);
            true
        })?;
        text.push(']');
        Ok(text)
    }
}

pub(super) fn tests(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let ids = listed_ids(p)?;
    let filter = MonitorQuery {
        kind: Some(MonitorType::External),
        ids: ids.as_deref(),
        ..monitor_filter(p)?
    };
    let Some(scope) = ctx.listed_scope(p)? else {
        return read(TestList {
            test_list: Vec::new(),
        });
    };
    let test_list = store::monitors(ctx.conn, scope, filter)
        .db()?
        .into_iter()
        .map(|r| Test {
            id: r.monitor.id,
            name: r.monitor.name,
            kind: r.check_type.unwrap_or_else(|| "http".to_string()),
            url: r.monitor.url,
            is_suspended: r.monitor.status == Status::Suspended,
            order_id: r.monitor.order_id,
        })
        .collect();
    read(TestList { test_list })
}

pub(super) fn edit_monitor(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor = load_monitor(ctx, p.id("monitorId")?)?;
    rules::may_change_monitor(ctx.caller, monitor.id, monitor.managed)?;
    let name = p.get_valid("name", validate::name)?;
    let url = p.get_valid("url", validate::monitor_target)?;
    let interval = interval(p)?;
    if name.is_none() && url.is_none() && interval.is_none() {
        return Err(bad(
            "nothing to change: give name, url or interval".to_string()
        ));
    }
    store::edit_monitor(ctx.conn, monitor.id, name, url, interval).db()?;
    OK
}

/// Deletes monitors all or none (R3), then lets R6 reactivate their orders' RUM monitors.
pub(super) fn delete_monitors(ctx: &Ctx, ids: &[i64], only: Option<MonitorType>) -> Res<Reply> {
    let found = store::monitors_by_id(ctx.conn, ctx.scope(), ids).db()?;
    let mut orders = BTreeSet::new();
    for &id in ids {
        let monitor = found
            .get(&id)
            .filter(|m| only.is_none_or(|k| k == m.kind))
            .ok_or_else(|| not_found("monitor", id))?;
        rules::may_change_monitor(ctx.caller, id, monitor.managed)?;
        orders.insert(monitor.order_id);
    }
    for id in found.keys() {
        store::delete_monitor(ctx.conn, *id).db()?;
    }
    for order_id in orders {
        reconcile(ctx, order_id)?;
    }
    OK
}

pub(super) fn change_monitor_order(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor_id = p.id("monitorId")?;
    let result = move_monitors(ctx, &[monitor_id], p.id("orderId")?)?;
    if let Some(failure) = result.failed.into_iter().next() {
        let code = monitis_core::protocol::codes::ErrorCode::try_from(failure.error_code)
            .unwrap_or(ErrorCode::MoveRefused);
        return Err(Refusal::new(code, failure.error));
    }
    let result = if result.moved.is_empty() {
        MoveResult::Unchanged
    } else {
        MoveResult::Moved
    };
    changed(MoveOne { monitor_id, result })
}

/// R7: validates every requested move, applies the valid ones (in this transaction),
/// and re-evaluates the source and target orders (R6).
pub(super) fn move_monitors(
    ctx: &Ctx,
    ids: &[i64],
    order_id: i64,
) -> Res<monitis_core::protocol::model::BulkMove> {
    let target = load_order(ctx, ctx.scope(), order_id)?;
    let found = store::monitors_by_id(ctx.conn, ctx.scope(), ids).db()?;
    let candidates: HashMap<i64, MoveCandidate> = found
        .values()
        .map(|m| (m.id, MoveCandidate::of(m)))
        .collect();
    let linked = store::linked_counts(ctx.conn, target.id).db()?;
    let result = rules::plan_moves(ctx.caller, &target, &linked, ids, &candidates);
    let mut sources = BTreeSet::new();
    for id in &result.moved {
        let monitor = &found[id];
        sources.insert(monitor.order_id);
        store::set_monitor_order(ctx.conn, *id, target.id).db()?;
        let before = MonitorState::of(monitor);
        let after = rules::moved(before);
        // Most monitors move as they were (active): no second write for them.
        if after != before {
            store::save_monitor_state(ctx.conn, after).db()?;
        }
    }
    if !result.moved.is_empty() {
        sources.insert(target.id);
    }
    for order in sources {
        reconcile(ctx, order)?;
    }
    Ok(result)
}

pub(super) fn rum_usage(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let only = p.opt_id("orderId")?;
    let orders = match only {
        Some(id) => vec![load_order(ctx, ctx.scope(), id)?],
        None => store::orders(ctx.conn, ctx.scope(), None).db()?,
    };
    let filter = MonitorQuery {
        kind: Some(MonitorType::Rum),
        order_id: only,
        ..Default::default()
    };
    let mut by_order: HashMap<i64, Vec<Monitor>> = HashMap::new();
    for row in store::monitors(ctx.conn, ctx.scope(), filter).db()? {
        by_order
            .entry(row.monitor.order_id)
            .or_default()
            .push(row.monitor);
    }
    let usage: Vec<RumUsage> = orders
        .into_iter()
        .map(|o| {
            let rum = by_order.remove(&o.id).unwrap_or_default();
            let ordered = o.quantity("rumPageviews");
            let used: u64 = rum.iter().map(|m| m.pageviews).sum();
            RumUsage {
                order_id: o.id,
                client_id: o.client_id,
                managed: o.managed,
                status: o.status,
                cycle_start: o.cycle_start.clone(),
                ordered,
                used,
                remaining: ordered.saturating_sub(used),
                rum_monitors: rum.len() as u64,
                suspended_monitors: rum.iter().filter(|m| m.status == Status::Suspended).count()
                    as u64,
                monitor_slots: o.quantity("rum"),
                order_name: o.name,
            }
        })
        .collect();
    read(usage)
}
