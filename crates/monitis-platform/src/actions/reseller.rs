//! Reseller actions: branding, dashboard, billing, and the sandbox-only controls.

use chrono::NaiveDate;
use serde_json::json;

use super::monitors::load_monitor;
use super::orders::{in_lifetime, reconcile, set_order_state};
use super::{Ctx, Db, OK, Reply, Res, bad, changed, read};
use crate::params::Params;
use crate::store::{self, MonitorQuery, Scope};
use monitis_core::domain::rules::{self, MonitorState, OrderState};
use monitis_core::domain::validate;
use monitis_core::protocol::model::{MonitorType, OrderStatus};
use monitis_core::protocol::{DATE_FORMAT, SUSPENDED_MESSAGE};

pub(super) fn set_branding(ctx: &Ctx, p: &Params) -> Res<Reply> {
    const FIELDS: [&str; 4] = ["logoUrl", "supportEmail", "supportPhone", "supportUrl"];
    if FIELDS.iter().all(|f| p.raw(f).is_none()) {
        return Err(bad(format!(
            "nothing to change: give any of {}",
            FIELDS.join(", ")
        )));
    }
    let mut branding = store::reseller(ctx.conn, ctx.me.reseller_id).db()?.branding;
    let slots = [
        &mut branding.logo_url,
        &mut branding.support_email,
        &mut branding.support_phone,
        &mut branding.support_url,
    ];
    for (field, slot) in FIELDS.into_iter().zip(slots) {
        let Some(value) = p.raw(field) else { continue };
        let valid = match field {
            _ if value.is_empty() => Ok(()),
            "logoUrl" | "supportUrl" => validate::http_url(value),
            "supportEmail" => validate::email(value),
            _ => validate::name(value),
        };
        valid.map_err(|why| bad(format!("parameter {field} {why}")))?;
        // An empty value clears the field, restoring the default.
        *slot = (!value.is_empty()).then(|| value.to_string());
    }
    store::set_branding(ctx.conn, ctx.me.reseller_id, &branding).db()?;
    OK
}

pub(super) fn dashboard(ctx: &Ctx) -> Res<Reply> {
    let client_id = ctx.client_required()?;
    let scope = Scope {
        reseller_id: ctx.me.reseller_id,
        client_id: Some(client_id),
    };
    let reseller = store::reseller(ctx.conn, ctx.me.reseller_id).db()?;
    let orders = store::orders(ctx.conn, scope, None).db()?;
    let managed = MonitorQuery {
        managed: Some(true),
        ..Default::default()
    };
    let managed_ids = store::monitors(ctx.conn, scope, managed)
        .db()?
        .into_iter()
        .map(|r| r.monitor.id)
        .collect();
    let dashboard = rules::dashboard(reseller.paid, &reseller.branding, &orders, managed_ids);
    debug_assert!(dashboard.reachable || dashboard.message.as_deref() == Some(SUSPENDED_MESSAGE));
    read(dashboard)
}

pub(super) fn extend_all_clients(ctx: &Ctx) -> Res<Reply> {
    if !ctx.paid()? {
        return Err(rules::unpaid_refusal("extendAllClients"));
    }
    let mut reactivated = 0;
    for order in store::orders(ctx.conn, ctx.reseller_scope(), Some(OrderStatus::Suspended)).db()? {
        let next = rules::on_extend_all(OrderState::of(&order), in_lifetime(&order, ctx.today));
        if next != OrderState::of(&order) {
            reactivated += u64::from(next.status == OrderStatus::Active);
            set_order_state(ctx, &order, next)?;
        }
    }
    changed(json!({ "reactivatedOrders": reactivated }))
}

pub(super) fn sandbox_pageviews(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor = load_monitor(ctx, p.id("monitorId")?)?;
    let count = p.quantity("count")?;
    if monitor.kind != MonitorType::Rum {
        return Err(bad(format!("monitor {} is not a RUM monitor", monitor.id)));
    }
    let mut state = MonitorState::of(&monitor);
    state.pageviews = state
        .pageviews
        .saturating_add(rules::counted_pageviews(monitor.status, count));
    store::save_monitor_state(ctx.conn, state).db()?;
    reconcile(ctx, monitor.order_id)?;
    changed(load_monitor(ctx, monitor.id)?)
}

pub(super) fn sandbox_next_cycle(ctx: &Ctx) -> Res<Reply> {
    let orders = store::orders(ctx.conn, ctx.reseller_scope(), None).db()?;
    for order in &orders {
        let start = NaiveDate::parse_from_str(&order.cycle_start, DATE_FORMAT).unwrap_or(ctx.today);
        // Refused as a whole (the transaction rolls back): a date past 9999-12-31 would
        // not be YYYY-MM-DD, and no field holds one.
        let next = rules::next_cycle_start(order.billing_cycle, start)
            .ok_or_else(|| {
                bad(format!(
                    "order {}'s billing cycle starts {}: the next one would start after {}, the last date the platform keeps; nothing was changed (delete that order to move the others on)",
                    order.id,
                    order.cycle_start,
                    validate::MAX_DATE
                ))
            })?
            .format(DATE_FORMAT)
            .to_string();
        store::set_cycle_start(ctx.conn, order.id, &next).db()?;
        for m in store::monitor_states(ctx.conn, order.id, None).db()? {
            store::save_monitor_state(ctx.conn, rules::new_cycle(m)).db()?;
        }
        reconcile(ctx, order.id)?;
    }
    changed(json!({ "orders": orders.len() }))
}

pub(super) fn sandbox_billing(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let paid = p
        .bool("paid")?
        .ok_or_else(|| bad("missing parameter paid (true or false)".to_string()))?;
    store::set_paid(ctx.conn, ctx.me.reseller_id, paid).db()?;
    if !paid {
        for order in
            store::orders(ctx.conn, ctx.reseller_scope(), Some(OrderStatus::Active)).db()?
        {
            set_order_state(ctx, &order, rules::on_unpaid(OrderState::of(&order)))?;
        }
    }
    OK
}
