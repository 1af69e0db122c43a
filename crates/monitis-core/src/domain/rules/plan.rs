//! R5 the plan.

use std::collections::BTreeMap;

use super::catalog::{FEATURES, catalog};
use crate::protocol::model::{
    BasketItem, Monitor, MonitorType, OneTimePurchase, Order, OrderStatus, Plan, ServiceKind,
    ServiceTotal,
};

/// R5: for each package service, the sum of its quantities over the active orders.
pub fn plan_totals(orders: &[Order]) -> BTreeMap<String, u64> {
    let mut totals = BTreeMap::new();
    for order in orders.iter().filter(|o| o.status == OrderStatus::Active) {
        for item in &order.items {
            *totals.entry(item.code.clone()).or_insert(0) += item.quantity;
        }
    }
    totals
}

/// R5: features in the plan (active) and not in it (inactive), in `FEATURES` order.
pub fn features(orders: &[Order]) -> (Vec<String>, Vec<String>) {
    let totals = plan_totals(orders);
    let (active, inactive): (Vec<&str>, Vec<&str>) = FEATURES
        .iter()
        .partition(|f| totals.get(**f).copied().unwrap_or(0) > 0);
    let owned = |v: Vec<&str>| v.into_iter().map(String::from).collect();
    (owned(active), owned(inactive))
}

/// R5: what `monitors` use of a package service: a slot per monitor of the service's
/// type, or, of `rumPageviews`, their pageviews this cycle.
pub fn service_used<'a>(code: &str, monitors: impl Iterator<Item = &'a Monitor>) -> u64 {
    match (code, MonitorType::from_code(code)) {
        ("rumPageviews", _) => monitors.map(|m| m.pageviews).sum(),
        (_, Some(kind)) => monitors.filter(|m| m.kind == kind).count() as u64,
        _ => 0,
    }
}

/// R5: the client's plan: totals over active orders (with what is used of each), each
/// active order on its own, and the one-time services across all packages.
pub fn plan(orders: &[Order], monitors: &[Monitor], purchases: &[OneTimePurchase]) -> Plan {
    let active: Vec<&Order> = orders
        .iter()
        .filter(|o| o.status == OrderStatus::Active)
        .collect();
    let in_plan = |m: &&Monitor| active.iter().any(|o| o.id == m.order_id);
    let used = |code: &str| service_used(code, monitors.iter().filter(in_plan));
    let totals_by_code = plan_totals(orders);
    let package_services = catalog()
        .into_iter()
        .filter(|s| s.kind == ServiceKind::Package);
    let totals: Vec<ServiceTotal> = package_services
        .filter_map(|s| {
            let quantity = *totals_by_code.get(&s.code)?;
            Some(ServiceTotal {
                used: used(&s.code),
                code: s.code,
                name: s.name,
                quantity,
            })
        })
        .collect();
    let one_time = catalog()
        .into_iter()
        .filter(|s| s.kind == ServiceKind::OneTime);
    let services_across_all_packages = one_time
        .filter_map(|s| {
            let bought: Vec<&OneTimePurchase> =
                purchases.iter().filter(|p| p.code == s.code).collect();
            (!bought.is_empty()).then(|| ServiceTotal {
                quantity: bought.iter().map(|p| p.quantity).sum(),
                used: bought.iter().map(|p| p.used).sum(),
                code: s.code,
                name: s.name,
            })
        })
        .collect();
    Plan {
        role_name: "client".to_string(),
        basket_items: totals
            .iter()
            .map(|t| BasketItem {
                name: t.name.clone(),
                quantity: t.quantity,
            })
            .collect(),
        totals,
        orders: active.into_iter().cloned().collect(),
        services_across_all_packages,
        inactive_features: features(orders).1,
    }
}

/// How much of a quantity is used, as people are told it (the CLI's colours, the
/// dashboard's bars): within it, near it from 90 %, or over it. At the quantity exactly
/// is near, not over: R6 suspends only past it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Usage {
    Within,
    Near,
    Over,
}

/// The share of a quantity from which its usage is near it, in percent.
pub const NEAR_PERCENT: u128 = 90;

pub fn usage(used: u64, quantity: u64) -> Usage {
    if used > quantity {
        Usage::Over
    } else if used > 0 && u128::from(used) * 100 >= u128::from(quantity) * NEAR_PERCENT {
        Usage::Near
    } else {
        Usage::Within
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::protocol::model::fixtures::{monitor, order};

    #[test]
    fn r5_plan_combines_active_orders_only() {
        let orders = [
            order(
                1,
                1,
                OrderStatus::Active,
                &[("external", 5), ("rum", 2), ("rumPageviews", 1000)],
            ),
            order(2, 1, OrderStatus::Active, &[("external", 3), ("sms", 20)]),
            order(
                3,
                1,
                OrderStatus::Suspended,
                &[("external", 100), ("internal", 4)],
            ),
        ];
        let monitors = [
            monitor(1, 1, 1, MonitorType::External, 0),
            monitor(2, 1, 1, MonitorType::Rum, 400),
            monitor(3, 1, 2, MonitorType::External, 0),
            monitor(4, 1, 3, MonitorType::External, 0),
            monitor(5, 1, 3, MonitorType::Rum, 9000),
        ];
        let purchases = [
            OneTimePurchase {
                id: 1,
                client_id: 1,
                code: "loadTester".into(),
                quantity: 5,
                used: 1,
                created_at: String::new(),
            },
            OneTimePurchase {
                id: 2,
                client_id: 1,
                code: "traceroute".into(),
                quantity: 10,
                used: 0,
                created_at: String::new(),
            },
            OneTimePurchase {
                id: 3,
                client_id: 1,
                code: "loadTester".into(),
                quantity: 2,
                used: 2,
                created_at: String::new(),
            },
        ];
        let p = plan(&orders, &monitors, &purchases);
        let totals: Vec<(&str, u64, u64)> = p
            .totals
            .iter()
            .map(|t| (t.code.as_str(), t.quantity, t.used))
            .collect();
        assert_eq!(
            totals,
            [
                ("external", 8, 2),
                ("rum", 2, 1),
                ("rumPageviews", 1000, 400),
                ("sms", 20, 0)
            ]
        );
        assert_eq!(
            p.basket_items[0],
            BasketItem {
                name: "Uptime monitors".into(),
                quantity: 8
            }
        );
        assert_eq!(p.orders.iter().map(|o| o.id).collect::<Vec<_>>(), [1, 2]);
        let across: Vec<(&str, u64, u64)> = p
            .services_across_all_packages
            .iter()
            .map(|t| (t.code.as_str(), t.quantity, t.used))
            .collect();
        assert_eq!(across, [("loadTester", 7, 3), ("traceroute", 10, 0)]);
        assert_eq!(
            p.inactive_features,
            ["transaction", "fullPageLoad", "internal"]
        );
    }

    #[test]
    fn usage_is_near_from_90_percent_and_over_past_the_quantity() {
        assert_eq!(usage(0, 0), Usage::Within);
        assert_eq!(usage(89, 100), Usage::Within);
        assert_eq!(usage(90, 100), Usage::Near);
        assert_eq!(usage(100, 100), Usage::Near);
        assert_eq!(usage(101, 100), Usage::Over);
        assert_eq!(usage(1, 0), Usage::Over);
        assert_eq!(usage(u64::MAX, u64::MAX), Usage::Near);
    }
}
