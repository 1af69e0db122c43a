//! Builders of model values for unit tests, so that each test names only what matters
//! to it: an active, unmanaged, monthly order and an active monitor of an unmanaged order.

use super::{BillingCycle, Item, Monitor, MonitorType, Order, OrderStatus, Status};

/// An unmanaged monthly order with `items` as (service code, quantity).
pub fn order(id: i64, client_id: i64, status: OrderStatus, items: &[(&str, u64)]) -> Order {
    Order {
        id,
        client_id,
        name: format!("order {id}"),
        managed: false,
        status,
        suspended_by: None,
        billing_cycle: BillingCycle::Monthly,
        cycle_start: "2026-11-01".into(),
        start_date: "2026-11-01".into(),
        end_date: None,
        grace_period: 0,
        items: items
            .iter()
            .map(|&(code, quantity)| Item {
                code: code.to_string(),
                quantity,
            })
            .collect(),
    }
}

/// An active monitor of an unmanaged order, with `pageviews` counted this cycle.
pub fn monitor(
    id: i64,
    client_id: i64,
    order_id: i64,
    kind: MonitorType,
    pageviews: u64,
) -> Monitor {
    Monitor {
        id,
        client_id,
        order_id,
        kind,
        name: format!("m{id}"),
        url: "https://example.com".into(),
        interval: 5,
        status: Status::Active,
        suspended_reason: None,
        managed: false,
        managed_by: None,
        pageviews,
    }
}
