//! Order actions: packages, their lifecycle (R8, R9) and one-time services.

use chrono::NaiveDate;
use serde_json::json;

use super::{Ctx, Db, OK, Reply, Res, bad, changed, not_found};
use crate::params::Params;
use crate::store::{self, Scope};
use monitis_core::domain::rules::{self, OrderState};
use monitis_core::domain::validate;
use monitis_core::protocol::DATE_FORMAT;
use monitis_core::protocol::model::{
    BillingCycle, Item, MonitorType, Order, OrderStatus, ServiceKind,
};

/// R9 as time passes: active orders past their end date and grace are suspended.
pub(super) fn expire_orders(ctx: &Ctx) -> Res<()> {
    let today = ctx.today.format(DATE_FORMAT).to_string();
    for id in store::expired_orders(ctx.conn, ctx.me.reseller_id, &today).db()? {
        let order = load_order(ctx, ctx.reseller_scope(), id)?;
        set_order_state(
            ctx,
            &order,
            rules::lifetime_check(OrderState::of(&order), false),
        )?;
    }
    Ok(())
}

pub(super) fn in_lifetime(order: &Order, today: NaiveDate) -> bool {
    let end = order
        .end_date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, DATE_FORMAT).ok());
    rules::within_lifetime(end, order.grace_period, today)
}

pub(super) fn order_status(p: &Params) -> Res<Option<OrderStatus>> {
    p.choice("status", "active, suspended, deleted")
}

pub(super) fn load_order(ctx: &Ctx, scope: Scope, id: i64) -> Res<Order> {
    store::order(ctx.conn, scope, id)
        .db()?
        .ok_or_else(|| not_found("order", id))
}

/// Parses `services=code:qty,code:qty` into package items.
fn parse_services(list: &str) -> Res<Vec<Item>> {
    let mut items: Vec<Item> = Vec::new();
    for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let (code, qty) = entry.split_once(':').ok_or_else(|| {
            bad(format!(
                "parameter services must list code:quantity, got {entry:?}"
            ))
        })?;
        let service = rules::service(code.trim())?;
        if service.kind != ServiceKind::Package {
            return Err(bad(format!(
                "{code} is a one-time service: buy it with buyService"
            )));
        }
        let quantity =
            validate::quantity(qty).map_err(|why| bad(format!("quantity of {code} {why}")))?;
        if items.iter().any(|i| i.code == service.code) {
            return Err(bad(format!("service {code} is listed twice")));
        }
        items.push(Item {
            code: service.code,
            quantity,
        });
    }
    if items.is_empty() {
        return Err(bad(
            "missing parameter services (code:quantity,...)".to_string()
        ));
    }
    Ok(items)
}

pub(super) fn add_order(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let client_id = ctx.client_required()?;
    let items = parse_services(p.required("services")?)?;
    let start = p.date("startDate")?.unwrap_or(ctx.today);
    let end = p.date("endDate")?;
    if end.is_some_and(|e| e < start) {
        return Err(bad("endDate is before startDate".to_string()));
    }
    let grace = rules::check_grace(p.parsed("gracePeriod", "a number of days")?.unwrap_or(0))?;
    let state =
        rules::initial_order_state(ctx.paid()?, rules::within_lifetime(end, grace, ctx.today));
    let fmt = |d: NaiveDate| d.format(DATE_FORMAT).to_string();
    let (start, end_text) = (fmt(start), end.map(fmt));
    let id = store::insert_order(
        ctx.conn,
        &store::OrderInsert {
            client_id,
            name: p.get_valid("name", validate::name)?.unwrap_or("Order"),
            managed: p.bool("managed")?.unwrap_or(false),
            state,
            billing_cycle: p
                .choice("billingCycle", "monthly, yearly")?
                .unwrap_or(BillingCycle::Monthly),
            start_date: &start,
            end_date: end_text.as_deref(),
            // Stored as text and compared as text (an index finds expired orders):
            // clamped to the last valid date so that it keeps four digits of year.
            last_active_day: rules::last_active_day(end, grace)
                .map(|day| fmt(day.min(validate::MAX_DATE))),
            grace_period: grace,
            items: &items,
        },
    )
    .db()?;
    changed(json!({ "orderId": id }))
}

/// Applies an order state change (R8, R9) and lets its monitors follow.
pub(super) fn order_transition(
    ctx: &Ctx,
    p: &Params,
    next: impl FnOnce(&Order, NaiveDate) -> Res<OrderState>,
) -> Res<Reply> {
    let order = load_order(ctx, ctx.scope(), p.id("orderId")?)?;
    let state = next(&order, ctx.today)?;
    set_order_state(ctx, &order, state)?;
    OK
}

pub(super) fn set_order_state(ctx: &Ctx, order: &Order, state: OrderState) -> Res<()> {
    store::set_order_state(ctx.conn, order.id, state).db()?;
    reconcile(ctx, order.id)
}

/// Brings an order's monitors in line with the order (R9) and the RUM quota (R6).
pub(super) fn reconcile(ctx: &Ctx, order_id: i64) -> Res<()> {
    let order = load_order(ctx, ctx.reseller_scope(), order_id)?;
    let active = order.status == OrderStatus::Active;
    for m in store::monitor_states(ctx.conn, order_id, None).db()? {
        if let Some(next) = rules::follow_order(active, m) {
            store::save_monitor_state(ctx.conn, next).db()?;
        }
    }
    let rum = store::monitor_states(ctx.conn, order_id, Some(MonitorType::Rum)).db()?;
    for next in rules::evaluate_rum(active, order.quantity("rumPageviews"), &rum) {
        store::save_monitor_state(ctx.conn, next).db()?;
    }
    Ok(())
}

pub(super) fn buy_service(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let client_id = ctx.client_required()?;
    let service = rules::service(p.required("code")?)?;
    if service.kind != ServiceKind::OneTime {
        return Err(bad(format!(
            "{} is a package service: add it with addOrder",
            service.code
        )));
    }
    let quantity = p.quantity("quantity")?;
    if quantity == 0 {
        return Err(bad("parameter quantity must be at least 1".to_string()));
    }
    let id = store::insert_purchase(ctx.conn, client_id, &service.code, quantity).db()?;
    changed(json!({ "id": id }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitis_core::protocol::codes::ErrorCode;

    #[test]
    fn services_parse_package_items_only() {
        let items = parse_services("external:5, rum:2,rumPageviews:100000").unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(
            items[2],
            Item {
                code: "rumPageviews".into(),
                quantity: 100_000
            }
        );
        assert!(
            parse_services("loadTester:1")
                .unwrap_err()
                .message
                .contains("buyService")
        );
        assert_eq!(
            parse_services("gold:1").unwrap_err().code,
            ErrorCode::NotFound
        );
        assert!(
            parse_services("rum:1,rum:2")
                .unwrap_err()
                .message
                .contains("twice")
        );
        assert!(parse_services("rum").is_err());
        assert!(parse_services("").is_err());
    }
}
