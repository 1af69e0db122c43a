//! Seeding shared by `sandbox init --demo` and `sandbox generate`: an order and its
//! monitors in the states R6 and R9 give them, applied through the rules rather than by hand.

use chrono::{Days, NaiveDate};
use rusqlite::Connection;

use super::store;
use monitis_core::domain::rules::{self, MonitorState};
use monitis_core::protocol::model::{BillingCycle, Item, MonitorType, OrderStatus, Status};

/// The password of every demo and generated client.
pub const DEMO_PASSWORD: &str = "sandbox-demo";

/// An order to seed, with its monitors.
pub(super) struct SeedOrder {
    pub name: String,
    pub managed: bool,
    pub billing_cycle: BillingCycle,
    pub items: Vec<Item>,
    pub end_date: Option<NaiveDate>,
    pub grace: u32,
    pub monitors: Vec<SeedMonitor>,
}

pub(super) struct SeedMonitor {
    pub kind: MonitorType,
    pub check_type: Option<&'static str>,
    pub name: String,
    pub url: String,
    pub pageviews: u64,
}

/// What seeding one order did.
pub(super) struct Seeded {
    pub over_quota: bool,
    pub suspended_monitors: u64,
}

/// Inserts an order of a paid reseller and its monitors in the states the rules give
/// them: R9 for the order (end date and grace), R6 for its RUM monitors.
pub(super) fn seed_order(
    conn: &Connection,
    client_id: i64,
    today: NaiveDate,
    order: &SeedOrder,
) -> rusqlite::Result<Seeded> {
    let state = rules::initial_order_state(
        true,
        rules::within_lifetime(order.end_date, order.grace, today),
    );
    let fmt = |d: NaiveDate| d.format(monitis_core::protocol::DATE_FORMAT).to_string();
    // Orders are two weeks into their cycle whatever the day they are seeded, so usage
    // rates and forecasts read the same on every run (the README's walk-through shows them).
    let start = fmt(today.checked_sub_days(Days::new(14)).unwrap_or(today));
    let end = order.end_date.map(fmt);
    let order_id = store::insert_order(
        conn,
        &store::OrderInsert {
            client_id,
            name: &order.name,
            managed: order.managed,
            state,
            billing_cycle: order.billing_cycle,
            start_date: &start,
            end_date: end.as_deref(),
            last_active_day: rules::last_active_day(order.end_date, order.grace).map(fmt),
            grace_period: order.grace,
            items: &order.items,
        },
    )?;
    let active = state.status == OrderStatus::Active;
    // Monitor ids are not known yet: the index stands in for them.
    let mut states: Vec<MonitorState> = order
        .monitors
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let fresh = MonitorState {
                id: i as i64,
                status: Status::Active,
                reason: None,
                pageviews: m.pageviews,
            };
            rules::follow_order(active, fresh).unwrap_or(fresh)
        })
        .collect();
    let rum: Vec<MonitorState> = states
        .iter()
        .zip(&order.monitors)
        .filter(|(_, m)| m.kind == MonitorType::Rum)
        .map(|(s, _)| *s)
        .collect();
    let ordered: u64 = order
        .items
        .iter()
        .filter(|i| i.code == "rumPageviews")
        .map(|i| i.quantity)
        .sum();
    for changed in rules::evaluate_rum(active, ordered, &rum) {
        states[changed.id as usize] = changed;
    }
    for (m, s) in order.monitors.iter().zip(&states) {
        store::insert_monitor(
            conn,
            &store::NewMonitor {
                client_id,
                order_id,
                kind: m.kind,
                check_type: m.check_type,
                name: &m.name,
                url: &m.url,
                interval: 5,
                status: s.status,
                reason: s.reason,
                pageviews: s.pageviews,
            },
        )?;
    }
    Ok(Seeded {
        over_quota: rules::rum_quota(ordered, rum.iter().map(|s| s.pageviews).sum())
            == rules::Quota::Suspend,
        suspended_monitors: states
            .iter()
            .filter(|s| s.status == Status::Suspended)
            .count() as u64,
    })
}
