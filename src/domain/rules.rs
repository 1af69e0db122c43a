//! The platform rules R1–R9 (`../shared/spec/platform.md`) as pure functions: no I/O, no
//! SQL, no clock. The sandbox server loads state, asks these functions what the rules
//! say, and saves the answer, so every rule is tested here with exact values.

use std::collections::{BTreeMap, HashMap};

use chrono::{Months, NaiveDate};

use crate::protocol::SUSPENDED_MESSAGE;
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{
    AccountKind, BasketItem, Branding, BulkMove, Buttons, Dashboard, Logo, Monitor, MonitorType,
    MoveFailure, OneTimePurchase, Order, OrderStatus, OrderSuspension, Pages, Plan, Service,
    ServiceKind, ServiceTotal, Status, Support, SuspendedReason,
};

/// Why the platform refuses something: the API error code and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: ErrorCode,
    pub message: String,
}

impl Refusal {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Refusal {
        Refusal {
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (errorCode {})", self.message, self.code.number())
    }
}

// ---------------------------------------------------------------------------------------
// The service catalog.

/// The reseller's catalog: (code, name, kind, unit). Monitor types share their codes.
const CATALOG: [(&str, &str, ServiceKind, &str); 11] = [
    (
        "external",
        "Uptime monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "transaction",
        "Transaction monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "fullPageLoad",
        "Full page load monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "internal",
        "Internal (agent) monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "rum",
        "Real User Monitoring monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "rumPageviews",
        "RUM pageviews",
        ServiceKind::Package,
        "pageviews per cycle",
    ),
    ("sms", "SMS alerts", ServiceKind::Package, "SMS per cycle"),
    ("loadTester", "Load tester", ServiceKind::OneTime, "tests"),
    (
        "vulnerabilityScan",
        "Vulnerability scan",
        ServiceKind::OneTime,
        "scans",
    ),
    (
        "traceroute",
        "Traceroute",
        ServiceKind::OneTime,
        "traceroutes",
    ),
    (
        "additionalSms",
        "Additional SMS",
        ServiceKind::OneTime,
        "SMS",
    ),
];

pub fn catalog() -> Vec<Service> {
    CATALOG
        .iter()
        .map(|&(code, name, kind, unit)| Service {
            code: code.to_string(),
            name: name.to_string(),
            kind,
            unit: unit.to_string(),
        })
        .collect()
}

/// The catalog entry of `code`, or errorCode 5 naming the code.
pub fn service(code: &str) -> Result<Service, Refusal> {
    catalog()
        .into_iter()
        .find(|s| s.code == code)
        .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no such service: {code}")))
}

/// The features a client's dashboard shows active or inactive (R4, R5). Pageviews are
/// part of the `rum` feature rather than one of their own.
pub const FEATURES: [&str; 6] = [
    "external",
    "transaction",
    "fullPageLoad",
    "internal",
    "rum",
    "sms",
];

// ---------------------------------------------------------------------------------------
// R1 Dashboard reachability.

/// R1: a client is reachable only when its reseller is paid and it has an active order.
pub fn client_status(reseller_paid: bool, orders: &[OrderStatus]) -> Status {
    if reseller_paid && orders.contains(&OrderStatus::Active) {
        Status::Active
    } else {
        Status::Suspended
    }
}

/// R1: refuses every call a client makes with its own keys while it is suspended.
pub fn check_reachable(reseller_paid: bool, orders: &[OrderStatus]) -> Result<(), Refusal> {
    match client_status(reseller_paid, orders) {
        Status::Active => Ok(()),
        Status::Suspended => Err(Refusal::new(ErrorCode::AccountSuspended, SUSPENDED_MESSAGE)),
    }
}

// ---------------------------------------------------------------------------------------
// R2 What a client may do.

/// What an action does, as far as R2 is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// Reads of one's own account: profile, plan, orders, monitors, usage, catalog.
    Read,
    /// Changing one's own profile and password.
    EditProfile,
    /// Adding, editing and deleting monitors (R3 decides for managed orders).
    ManageMonitors,
    /// ChangeMonitorOrder and BulkChangeMonitorOrder (R3, R7 decide the details).
    MoveMonitors,
    /// Listing, adding and editing the reseller's clients.
    ManageClients,
    /// Adding, suspending, activating and deleting orders: an upgrade for a client.
    Upgrade,
    BuyOneTime,
    /// Deleting an account.
    Terminate,
    ResetKeys,
    Branding,
    /// extendAllClients.
    Billing,
    /// The sandbox's controls (pageviews, billing cycles, invoices, tokens).
    SandboxControl,
}

/// R2: whether a client, acting with its own keys, may perform `op`.
pub fn client_may(op: Operation) -> Result<(), Refusal> {
    let what = match op {
        Operation::Read
        | Operation::EditProfile
        | Operation::ManageMonitors
        | Operation::MoveMonitors => return Ok(()),
        Operation::ManageClients => "managing clients",
        Operation::Upgrade => "changing orders (upgrades)",
        Operation::BuyOneTime => "buying one-time services",
        Operation::Terminate => "terminating the account",
        Operation::ResetKeys => "resetting the API key",
        Operation::Branding => "changing branding",
        Operation::Billing => "billing",
        Operation::SandboxControl => "sandbox controls",
    };
    Err(Refusal::new(
        ErrorCode::ClientForbidden,
        format!("not allowed for a client account: {what}; please contact your provider"),
    ))
}

/// R2: a client may not use (or trial) a feature its plan does not include.
pub fn client_may_use_feature(code: &str, plan_quantity: u64) -> Result<(), Refusal> {
    if plan_quantity > 0 {
        return Ok(());
    }
    Err(Refusal::new(
        ErrorCode::ClientForbidden,
        format!(
            "the feature {code} is not in your plan and trials are not available; please contact your provider"
        ),
    ))
}

// ---------------------------------------------------------------------------------------
// R3 Managed orders.

/// How monitors of managed orders are marked.
pub const MANAGED_BY: &str = "Managed by Provider";

pub fn managed_by(managed: bool) -> Option<String> {
    managed.then(|| MANAGED_BY.to_string())
}

/// R3: a client may not edit, delete, pause or move a monitor of a managed order, nor
/// put one into a managed order; the reseller may.
pub fn may_change_monitor(
    caller: AccountKind,
    monitor_id: i64,
    order_managed: bool,
) -> Result<(), Refusal> {
    if caller == AccountKind::Client && order_managed {
        return Err(Refusal::new(
            ErrorCode::ManagedReadOnly,
            format!(
                "monitor {monitor_id} belongs to a managed order: it is {MANAGED_BY} and read-only for the client"
            ),
        ));
    }
    Ok(())
}

/// R3 for the order side: a client may not add monitors to (or move them into) a managed order.
pub fn may_use_order(
    caller: AccountKind,
    order_id: i64,
    order_managed: bool,
) -> Result<(), Refusal> {
    if caller == AccountKind::Client && order_managed {
        return Err(Refusal::new(
            ErrorCode::ManagedReadOnly,
            format!("order {order_id} is managed: only the provider adds or moves its monitors"),
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// R4 Branding and the dashboard description.

pub const DEFAULT_LOGO_URL: &str = "https://www.monitis.com/assets/monitis-logo.svg";
pub const DEFAULT_SUPPORT_EMAIL: &str = "support@monitis.com";
pub const DEFAULT_SUPPORT_URL: &str = "https://www.monitis.com/support";

/// R1, R4, R5: what a client's dashboard shows. `orders` are the client's orders,
/// `managed_monitors` the ids of its monitors in managed orders.
pub fn dashboard(
    reseller_paid: bool,
    branding: &Branding,
    orders: &[Order],
    managed_monitors: Vec<i64>,
) -> Dashboard {
    let statuses: Vec<OrderStatus> = orders.iter().map(|o| o.status).collect();
    let reachable = check_reachable(reseller_paid, &statuses).is_ok();
    let logo = match &branding.logo_url {
        Some(url) => Logo {
            url: url.clone(),
            reseller: true,
        },
        None => Logo {
            url: DEFAULT_LOGO_URL.to_string(),
            reseller: false,
        },
    };
    let reseller_support = branding.support_email.is_some()
        || branding.support_phone.is_some()
        || branding.support_url.is_some();
    let support = if reseller_support {
        Support {
            email: branding.support_email.clone(),
            phone: branding.support_phone.clone(),
            url: branding.support_url.clone(),
            reseller: true,
        }
    } else {
        Support {
            email: Some(DEFAULT_SUPPORT_EMAIL.to_string()),
            phone: None,
            url: Some(DEFAULT_SUPPORT_URL.to_string()),
            reseller: false,
        }
    };
    let (active_features, inactive_features) = features(orders);
    Dashboard {
        reachable,
        message: (!reachable).then(|| SUSPENDED_MESSAGE.to_string()),
        logo,
        support,
        // Live chat and requests go to the platform's support, which a reseller's own
        // contact replaces; everything else is never offered to clients.
        buttons: Buttons {
            live_chat: !reseller_support,
            submit_request: !reseller_support,
            upgrade: false,
            terminate_account: false,
            api_key_reset: false,
            buy_one_time: false,
            user_voice: false,
            trial: false,
        },
        pages: Pages {
            billing: false,
            featured_services: false,
            plan_details: true,
        },
        active_features,
        inactive_features,
        managed_monitors,
    }
}

// ---------------------------------------------------------------------------------------
// R5 Plan.

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

// ---------------------------------------------------------------------------------------
// R6 RUM pageview quota.

/// What the R6 thresholds say about one order's RUM monitors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quota {
    /// used > ordered: suspend them all.
    Suspend,
    /// used < ordered: reactivate those suspended for pageviews.
    Reactivate,
    /// used = ordered: change nothing.
    Keep,
}

pub fn rum_quota(ordered: u64, used: u64) -> Quota {
    match used.cmp(&ordered) {
        std::cmp::Ordering::Greater => Quota::Suspend,
        std::cmp::Ordering::Less => Quota::Reactivate,
        std::cmp::Ordering::Equal => Quota::Keep,
    }
}

/// R6: how many of `count` new pageviews a monitor counts: none while it is suspended.
pub fn counted_pageviews(status: Status, count: u64) -> u64 {
    match status {
        Status::Active => count,
        Status::Suspended => 0,
    }
}

/// The part of a monitor's state that the rules change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonitorState {
    pub id: i64,
    pub status: Status,
    pub reason: Option<SuspendedReason>,
    pub pageviews: u64,
}

impl MonitorState {
    pub fn of(m: &Monitor) -> MonitorState {
        MonitorState {
            id: m.id,
            status: m.status,
            reason: m.suspended_reason,
            pageviews: m.pageviews,
        }
    }

    fn set(self, status: Status, reason: Option<SuspendedReason>) -> Option<MonitorState> {
        let next = MonitorState {
            status,
            reason,
            ..self
        };
        (next != self).then_some(next)
    }
}

/// R6: the changes the quota makes to the RUM monitors of one order (only those that
/// change). Monitors of an inactive order stay suspended for the order (R9).
pub fn evaluate_rum(
    order_active: bool,
    ordered: u64,
    rum_monitors: &[MonitorState],
) -> Vec<MonitorState> {
    if !order_active {
        return Vec::new();
    }
    let used = rum_monitors.iter().map(|m| m.pageviews).sum();
    rum_monitors
        .iter()
        .filter_map(|m| match rum_quota(ordered, used) {
            Quota::Suspend => m.set(Status::Suspended, Some(SuspendedReason::Pageviews)),
            Quota::Reactivate if m.reason == Some(SuspendedReason::Pageviews) => {
                m.set(Status::Active, None)
            }
            Quota::Reactivate | Quota::Keep => None,
        })
        .collect()
}

/// R6: the start of the billing cycle after the one starting at `cycle_start`.
pub fn next_cycle_start(
    cycle: crate::protocol::model::BillingCycle,
    cycle_start: NaiveDate,
) -> NaiveDate {
    let months = match cycle {
        crate::protocol::model::BillingCycle::Monthly => 1,
        crate::protocol::model::BillingCycle::Yearly => 12,
    };
    cycle_start
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// R6: a new billing cycle restarts the count and activates the RUM monitors that were
/// suspended for pageviews (those of an inactive order stay suspended for the order).
pub fn new_cycle(monitor: MonitorState) -> MonitorState {
    let reset = MonitorState {
        pageviews: 0,
        ..monitor
    };
    match monitor.reason {
        Some(SuspendedReason::Pageviews) => MonitorState {
            status: Status::Active,
            reason: None,
            ..reset
        },
        _ => reset,
    }
}

// ---------------------------------------------------------------------------------------
// R7 Moving monitors.

/// A monitor asked to move, as the store found it for the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoveCandidate {
    pub id: i64,
    pub client_id: i64,
    pub order_id: i64,
    pub kind: MonitorType,
    /// Whether the monitor's current order is managed (R3).
    pub order_managed: bool,
}

impl MoveCandidate {
    pub fn of(m: &Monitor) -> MoveCandidate {
        MoveCandidate {
            id: m.id,
            client_id: m.client_id,
            order_id: m.order_id,
            kind: m.kind,
            // A monitor is marked managed exactly when its order is (R3).
            order_managed: m.managed,
        }
    }
}

/// R7: validates moving `requested` monitors (in that order; repeats count once) into
/// `target`, whose linked monitors are counted in `linked`. `found` holds the monitors
/// the caller may see. Every item is validated; free slots account for the monitors of
/// the same request that go to the target before it.
pub fn plan_moves(
    caller: AccountKind,
    target: &Order,
    linked: &HashMap<MonitorType, u64>,
    requested: &[i64],
    found: &HashMap<i64, MoveCandidate>,
) -> BulkMove {
    let mut result = BulkMove {
        moved: Vec::new(),
        unchanged: Vec::new(),
        failed: Vec::new(),
    };
    let mut taken: HashMap<MonitorType, u64> = linked.clone();
    let mut seen = std::collections::HashSet::new();
    for &id in requested {
        if !seen.insert(id) {
            continue;
        }
        match validate_move(caller, target, &taken, found.get(&id), id) {
            Ok(true) => result.unchanged.push(id),
            Ok(false) => {
                let kind = found[&id].kind;
                *taken.entry(kind).or_insert(0) += 1;
                result.moved.push(id);
            }
            Err(refusal) => result.failed.push(MoveFailure {
                monitor_id: id,
                error: refusal.message,
                error_code: refusal.code.number(),
            }),
        }
    }
    result
}

/// One R7 item, given the slots of each type `taken` in the target so far: Ok(true)
/// when the monitor is already in the target (unchanged), Ok(false) when it may move.
/// `candidate` is None when the caller cannot see monitor `id`.
pub fn validate_move(
    caller: AccountKind,
    target: &Order,
    taken: &HashMap<MonitorType, u64>,
    candidate: Option<&MoveCandidate>,
    id: i64,
) -> Result<bool, Refusal> {
    let m = candidate
        .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no such monitor: {id}")))?;
    if m.client_id != target.client_id {
        return Err(Refusal::new(
            ErrorCode::MoveRefused,
            format!(
                "monitor {id} belongs to another client than order {}",
                target.id
            ),
        ));
    }
    if m.order_id == target.id {
        return Ok(true);
    }
    may_change_monitor(caller, id, m.order_managed)?;
    may_use_order(caller, target.id, target.managed)?;
    takes_monitors(target)?;
    free_slot(target, m.kind, taken.get(&m.kind).copied().unwrap_or(0))?;
    Ok(false)
}

/// R7 (and adding monitors): only an active order takes monitors.
pub fn takes_monitors(order: &Order) -> Result<(), Refusal> {
    if order.status == OrderStatus::Active {
        return Ok(());
    }
    Err(Refusal::new(
        ErrorCode::MoveRefused,
        format!(
            "order {} is {}: only an active order takes monitors",
            order.id,
            order.status.name()
        ),
    ))
}

/// R7 (and adding monitors): the order must have a free slot of the monitor's type: the
/// order's quantity of that type's code minus the monitors already linked.
pub fn free_slot(order: &Order, kind: MonitorType, linked: u64) -> Result<(), Refusal> {
    let ordered = order.quantity(kind.code());
    if linked < ordered {
        return Ok(());
    }
    Err(Refusal::new(
        ErrorCode::MoveRefused,
        format!(
            "order {} has no free {} slot ({ordered} ordered, {linked} linked)",
            order.id,
            kind.code()
        ),
    ))
}

// ---------------------------------------------------------------------------------------
// R8 Reseller billing and R9 order lifetime: the order's state machine.

/// The part of an order's state that R8 and R9 change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderState {
    pub status: OrderStatus,
    pub suspended_by: Option<OrderSuspension>,
}

impl OrderState {
    pub const ACTIVE: OrderState = OrderState {
        status: OrderStatus::Active,
        suspended_by: None,
    };

    pub fn of(order: &Order) -> OrderState {
        OrderState {
            status: order.status,
            suspended_by: order.suspended_by,
        }
    }

    fn suspended(by: OrderSuspension) -> OrderState {
        OrderState {
            status: OrderStatus::Suspended,
            suspended_by: Some(by),
        }
    }
}

/// R9: the last day an order with an end date is active: its end date plus the grace period.
pub fn last_active_day(end_date: Option<NaiveDate>, grace_days: u32) -> Option<NaiveDate> {
    end_date.map(|end| end + chrono::Days::new(u64::from(grace_days)))
}

/// R9: whether the order's lifetime (end date plus grace) covers `today`.
pub fn within_lifetime(end_date: Option<NaiveDate>, grace_days: u32, today: NaiveDate) -> bool {
    last_active_day(end_date, grace_days).is_none_or(|last| today <= last)
}

pub const MAX_GRACE_DAYS: u32 = 45;

/// R9: the grace period is at most 45 days.
pub fn check_grace(days: u32) -> Result<u32, Refusal> {
    if days <= MAX_GRACE_DAYS {
        return Ok(days);
    }
    Err(Refusal::new(
        ErrorCode::BadParameter,
        format!("gracePeriod must be 0..{MAX_GRACE_DAYS} days, got {days}"),
    ))
}

/// R8, R9: the state of a new order.
pub fn initial_order_state(reseller_paid: bool, in_lifetime: bool) -> OrderState {
    if !reseller_paid {
        OrderState::suspended(OrderSuspension::Billing)
    } else if !in_lifetime {
        OrderState::suspended(OrderSuspension::EndDate)
    } else {
        OrderState::ACTIVE
    }
}

/// R9: an active order past its lifetime is suspended.
pub fn lifetime_check(state: OrderState, in_lifetime: bool) -> OrderState {
    if state.status == OrderStatus::Active && !in_lifetime {
        OrderState::suspended(OrderSuspension::EndDate)
    } else {
        state
    }
}

/// R8: marking the reseller unpaid suspends his active orders for billing.
pub fn on_unpaid(state: OrderState) -> OrderState {
    if state.status == OrderStatus::Active {
        OrderState::suspended(OrderSuspension::Billing)
    } else {
        state
    }
}

/// R8: extendAllClients reactivates the orders suspended for non-payment (and only
/// them); one whose lifetime ended meanwhile is suspended for its end date instead (R9).
pub fn on_extend_all(state: OrderState, in_lifetime: bool) -> OrderState {
    if state.suspended_by == Some(OrderSuspension::Billing) {
        lifetime_check(OrderState::ACTIVE, in_lifetime)
    } else {
        state
    }
}

fn deleted_refusal(order_id: i64) -> Refusal {
    Refusal::new(
        ErrorCode::BadParameter,
        format!("order {order_id} is deleted"),
    )
}

/// The refusal for billing actions while the reseller has unpaid invoices (R8).
pub fn unpaid_refusal(what: &str) -> Refusal {
    Refusal::new(
        ErrorCode::AccountSuspended,
        format!("the reseller has unpaid invoices: {what} is possible after payment"),
    )
}

/// R8: the reseller suspends an order himself; it then survives extendAllClients.
pub fn on_reseller_suspend(order_id: i64, state: OrderState) -> Result<OrderState, Refusal> {
    match state.status {
        OrderStatus::Deleted => Err(deleted_refusal(order_id)),
        _ => Ok(OrderState::suspended(OrderSuspension::Reseller)),
    }
}

/// R8, R9: the reseller activates an order: refused while unpaid or after its lifetime.
pub fn on_activate(
    order_id: i64,
    state: OrderState,
    reseller_paid: bool,
    in_lifetime: bool,
) -> Result<OrderState, Refusal> {
    if state.status == OrderStatus::Deleted {
        return Err(deleted_refusal(order_id));
    }
    if !reseller_paid {
        return Err(unpaid_refusal("activating an order"));
    }
    if !in_lifetime {
        return Err(Refusal::new(
            ErrorCode::MoveRefused,
            format!("order {order_id} is past its end date and grace period"),
        ));
    }
    Ok(OrderState::ACTIVE)
}

pub fn on_delete(_state: OrderState) -> OrderState {
    OrderState {
        status: OrderStatus::Deleted,
        suspended_by: None,
    }
}

/// R9: a monitor follows its order: suspended (reason order) while the order is not
/// active, restored when it is active again. R6 is applied after this.
pub fn follow_order(order_active: bool, monitor: MonitorState) -> Option<MonitorState> {
    match (order_active, monitor.reason) {
        (false, _) => monitor.set(Status::Suspended, Some(SuspendedReason::Order)),
        (true, Some(SuspendedReason::Order)) => monitor.set(Status::Active, None),
        (true, _) => None,
    }
}

/// R6, R7: a moved monitor is active at once (its pageviews move with it); both orders
/// are then re-evaluated with `evaluate_rum`.
pub fn moved(monitor: MonitorState) -> MonitorState {
    MonitorState {
        status: Status::Active,
        reason: None,
        ..monitor
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::model::BillingCycle;
    use crate::protocol::model::fixtures::{monitor, order};

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn state(
        id: i64,
        status: Status,
        reason: Option<SuspendedReason>,
        pageviews: u64,
    ) -> MonitorState {
        MonitorState {
            id,
            status,
            reason,
            pageviews,
        }
    }

    fn no_branding() -> Branding {
        Branding {
            logo_url: None,
            support_email: None,
            support_phone: None,
            support_url: None,
        }
    }

    #[test]
    fn catalog_has_the_required_codes() {
        let codes: Vec<String> = catalog().into_iter().map(|s| s.code).collect();
        for code in [
            "external",
            "transaction",
            "fullPageLoad",
            "internal",
            "rum",
            "rumPageviews",
            "sms",
        ] {
            assert_eq!(service(code).unwrap().kind, ServiceKind::Package, "{code}");
        }
        for code in [
            "loadTester",
            "vulnerabilityScan",
            "traceroute",
            "additionalSms",
        ] {
            assert_eq!(service(code).unwrap().kind, ServiceKind::OneTime, "{code}");
        }
        assert_eq!(codes.len(), 11);
        assert_eq!(service("gold").unwrap_err().code, ErrorCode::NotFound);
    }

    #[test]
    fn r1_reachable_only_when_paid_with_an_active_order() {
        use OrderStatus::*;
        assert_eq!(client_status(true, &[Suspended, Active]), Status::Active);
        assert_eq!(client_status(true, &[]), Status::Suspended);
        assert_eq!(
            client_status(true, &[Suspended, Deleted]),
            Status::Suspended
        );
        assert_eq!(client_status(false, &[Active]), Status::Suspended);
        let refusal = check_reachable(false, &[Active]).unwrap_err();
        assert_eq!(refusal.code, ErrorCode::AccountSuspended);
        assert_eq!(
            refusal.message,
            "The account is suspended. Please contact your provider."
        );
        assert_eq!(check_reachable(true, &[Active]), Ok(()));
    }

    #[test]
    fn r2_client_refusals() {
        for op in [
            Operation::Read,
            Operation::EditProfile,
            Operation::ManageMonitors,
            Operation::MoveMonitors,
        ] {
            assert_eq!(client_may(op), Ok(()), "{op:?}");
        }
        for op in [
            Operation::ManageClients,
            Operation::Upgrade,
            Operation::BuyOneTime,
            Operation::Terminate,
            Operation::ResetKeys,
            Operation::Branding,
            Operation::Billing,
            Operation::SandboxControl,
        ] {
            assert_eq!(
                client_may(op).unwrap_err().code,
                ErrorCode::ClientForbidden,
                "{op:?}"
            );
        }
        assert_eq!(
            client_may(Operation::BuyOneTime).unwrap_err().message,
            "not allowed for a client account: buying one-time services; please contact your provider"
        );
        assert_eq!(client_may_use_feature("rum", 1), Ok(()));
        assert_eq!(
            client_may_use_feature("rum", 0).unwrap_err().code,
            ErrorCode::ClientForbidden
        );
    }

    #[test]
    fn r3_managed_monitors_are_read_only_for_clients() {
        assert_eq!(managed_by(true).as_deref(), Some("Managed by Provider"));
        assert_eq!(managed_by(false), None);
        assert_eq!(
            may_change_monitor(AccountKind::Client, 4, true)
                .unwrap_err()
                .code,
            ErrorCode::ManagedReadOnly
        );
        assert_eq!(may_change_monitor(AccountKind::Reseller, 4, true), Ok(()));
        assert_eq!(may_change_monitor(AccountKind::Client, 4, false), Ok(()));
        assert_eq!(
            may_use_order(AccountKind::Client, 2, true)
                .unwrap_err()
                .code,
            ErrorCode::ManagedReadOnly
        );
        assert_eq!(may_use_order(AccountKind::Reseller, 2, true), Ok(()));
    }

    #[test]
    fn r4_default_branding() {
        let orders = [order(
            1,
            1,
            OrderStatus::Active,
            &[("external", 2), ("rum", 1), ("rumPageviews", 10)],
        )];
        let d = dashboard(true, &no_branding(), &orders, vec![]);
        assert!(d.reachable);
        assert_eq!(d.message, None);
        assert_eq!(
            d.logo,
            Logo {
                url: DEFAULT_LOGO_URL.into(),
                reseller: false
            }
        );
        assert!(!d.support.reseller);
        assert_eq!(d.support.email.as_deref(), Some(DEFAULT_SUPPORT_EMAIL));
        assert!(d.buttons.live_chat && d.buttons.submit_request);
        assert!(!d.buttons.upgrade && !d.buttons.terminate_account && !d.buttons.api_key_reset);
        assert!(!d.buttons.buy_one_time && !d.buttons.user_voice && !d.buttons.trial);
        assert_eq!(
            d.pages,
            Pages {
                billing: false,
                featured_services: false,
                plan_details: true
            }
        );
        assert_eq!(d.active_features, ["external", "rum"]);
        assert_eq!(
            d.inactive_features,
            ["transaction", "fullPageLoad", "internal", "sms"]
        );
    }

    #[test]
    fn r4_reseller_branding_replaces_logo_and_support_and_disables_chat() {
        let branding = Branding {
            logo_url: Some("https://acme.example/logo.png".into()),
            support_email: None,
            support_phone: Some("+1 555 0100".into()),
            support_url: None,
        };
        let d = dashboard(false, &branding, &[], vec![7, 9]);
        assert!(!d.reachable);
        assert_eq!(d.message.as_deref(), Some(SUSPENDED_MESSAGE));
        assert_eq!(
            d.logo,
            Logo {
                url: "https://acme.example/logo.png".into(),
                reseller: true
            }
        );
        assert_eq!(
            d.support,
            Support {
                email: None,
                phone: Some("+1 555 0100".into()),
                url: None,
                reseller: true
            }
        );
        assert!(!d.buttons.live_chat && !d.buttons.submit_request);
        assert_eq!(d.managed_monitors, [7, 9]);
        assert_eq!(d.active_features, Vec::<String>::new());
    }

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
    fn r6_thresholds() {
        assert_eq!(rum_quota(1000, 1001), Quota::Suspend);
        assert_eq!(rum_quota(1000, 1000), Quota::Keep);
        assert_eq!(rum_quota(1000, 999), Quota::Reactivate);
        assert_eq!(counted_pageviews(Status::Active, 25), 25);
        assert_eq!(counted_pageviews(Status::Suspended, 25), 0);
    }

    #[test]
    fn r6_evaluate_suspends_above_and_reactivates_below_but_not_at_equality() {
        let active = |id, pv| state(id, Status::Active, None, pv);
        let over = |id, pv| state(id, Status::Suspended, Some(SuspendedReason::Pageviews), pv);
        // 600 + 401 > 1000: both suspended for pageviews.
        assert_eq!(
            evaluate_rum(true, 1000, &[active(1, 600), active(2, 401)]),
            [over(1, 600), over(2, 401)]
        );
        // Exactly 1000: nothing changes, whatever the current state.
        assert_eq!(
            evaluate_rum(true, 1000, &[active(1, 600), active(2, 400)]),
            []
        );
        assert_eq!(evaluate_rum(true, 1000, &[over(1, 600), over(2, 400)]), []);
        // 999 < 1000: pageview suspensions lifted.
        assert_eq!(
            evaluate_rum(true, 1000, &[over(1, 600), over(2, 399)]),
            [active(1, 600), active(2, 399)]
        );
        // An inactive order's monitors are left to R9.
        assert_eq!(evaluate_rum(false, 1000, &[active(1, 5000)]), []);
        // A suspension for the order is not lifted by the quota.
        let for_order = state(3, Status::Suspended, Some(SuspendedReason::Order), 0);
        assert_eq!(evaluate_rum(true, 1000, &[for_order]), []);
    }

    #[test]
    fn r6_next_cycle() {
        assert_eq!(
            next_cycle_start(BillingCycle::Monthly, date("2026-01-31")),
            date("2026-02-28")
        );
        assert_eq!(
            next_cycle_start(BillingCycle::Monthly, date("2026-11-01")),
            date("2026-12-01")
        );
        assert_eq!(
            next_cycle_start(BillingCycle::Yearly, date("2026-11-01")),
            date("2027-11-01")
        );
        let over = state(1, Status::Suspended, Some(SuspendedReason::Pageviews), 1200);
        assert_eq!(new_cycle(over), state(1, Status::Active, None, 0));
        let for_order = state(2, Status::Suspended, Some(SuspendedReason::Order), 50);
        assert_eq!(
            new_cycle(for_order),
            state(2, Status::Suspended, Some(SuspendedReason::Order), 0)
        );
    }

    fn candidate(id: i64, client_id: i64, order_id: i64, kind: MonitorType) -> MoveCandidate {
        MoveCandidate {
            id,
            client_id,
            order_id,
            kind,
            order_managed: false,
        }
    }

    #[test]
    fn r7_bulk_counts_slots_across_the_request_and_reports_each_failure() {
        let target = order(10, 1, OrderStatus::Active, &[("rum", 3), ("external", 1)]);
        let linked = HashMap::from([(MonitorType::Rum, 1)]);
        let found = HashMap::from([
            (1, candidate(1, 1, 20, MonitorType::Rum)),
            (2, candidate(2, 1, 20, MonitorType::Rum)),
            (3, candidate(3, 1, 20, MonitorType::Rum)),
            (4, candidate(4, 1, 10, MonitorType::Rum)),
            (5, candidate(5, 2, 30, MonitorType::External)),
            (6, candidate(6, 1, 20, MonitorType::Internal)),
        ]);
        let r = plan_moves(
            AccountKind::Reseller,
            &target,
            &linked,
            &[1, 2, 3, 4, 1, 5, 6, 99],
            &found,
        );
        assert_eq!(r.moved, [1, 2]);
        assert_eq!(r.unchanged, [4]);
        let failed: Vec<(i64, u32, &str)> = r
            .failed
            .iter()
            .map(|f| (f.monitor_id, f.error_code, f.error.as_str()))
            .collect();
        assert_eq!(
            failed,
            [
                (3, 9, "order 10 has no free rum slot (3 ordered, 3 linked)"),
                (5, 9, "monitor 5 belongs to another client than order 10"),
                (
                    6,
                    9,
                    "order 10 has no free internal slot (0 ordered, 0 linked)"
                ),
                (99, 5, "no such monitor: 99"),
            ]
        );
    }

    #[test]
    fn r7_inactive_target_and_managed_orders() {
        let mut target = order(10, 1, OrderStatus::Suspended, &[("rum", 3)]);
        let found = HashMap::from([(1, candidate(1, 1, 20, MonitorType::Rum))]);
        let r = plan_moves(
            AccountKind::Reseller,
            &target,
            &HashMap::new(),
            &[1],
            &found,
        );
        assert_eq!(
            r.failed[0].error,
            "order 10 is suspended: only an active order takes monitors"
        );
        assert_eq!(r.failed[0].error_code, 9);

        target.status = OrderStatus::Active;
        target.managed = true;
        let r = plan_moves(AccountKind::Client, &target, &HashMap::new(), &[1], &found);
        assert_eq!(r.failed[0].error_code, 8);
        let r = plan_moves(
            AccountKind::Reseller,
            &target,
            &HashMap::new(),
            &[1],
            &found,
        );
        assert_eq!(r.moved, [1]);

        target.managed = false;
        let from_managed = HashMap::from([(
            1,
            MoveCandidate {
                order_managed: true,
                ..found[&1]
            },
        )]);
        let r = plan_moves(
            AccountKind::Client,
            &target,
            &HashMap::new(),
            &[1],
            &from_managed,
        );
        assert_eq!(r.failed[0].error_code, 8);
    }

    #[test]
    fn r7_moved_monitor_is_active_with_its_pageviews() {
        let over = state(1, Status::Suspended, Some(SuspendedReason::Pageviews), 700);
        assert_eq!(moved(over), state(1, Status::Active, None, 700));
    }

    #[test]
    fn r8_billing() {
        let by = |s| OrderState::suspended(s);
        assert_eq!(on_unpaid(OrderState::ACTIVE), by(OrderSuspension::Billing));
        assert_eq!(
            on_unpaid(by(OrderSuspension::Reseller)),
            by(OrderSuspension::Reseller)
        );
        assert_eq!(
            on_extend_all(by(OrderSuspension::Billing), true),
            OrderState::ACTIVE
        );
        assert_eq!(
            on_extend_all(by(OrderSuspension::Reseller), true),
            by(OrderSuspension::Reseller)
        );
        assert_eq!(
            on_extend_all(by(OrderSuspension::EndDate), true),
            by(OrderSuspension::EndDate)
        );
        assert_eq!(
            on_extend_all(by(OrderSuspension::Billing), false),
            by(OrderSuspension::EndDate)
        );
        // A suspension by the reseller replaces one for billing, so it survives extendAllClients.
        assert_eq!(
            on_reseller_suspend(1, by(OrderSuspension::Billing)),
            Ok(by(OrderSuspension::Reseller))
        );
        assert_eq!(
            on_activate(1, by(OrderSuspension::Billing), false, true)
                .unwrap_err()
                .code,
            ErrorCode::AccountSuspended
        );
        assert_eq!(
            initial_order_state(false, true),
            by(OrderSuspension::Billing)
        );
    }

    #[test]
    fn r9_lifetime_and_grace() {
        let end = Some(date("2026-11-10"));
        assert_eq!(last_active_day(end, 15), Some(date("2026-11-25")));
        assert!(within_lifetime(end, 15, date("2026-11-25")));
        assert!(!within_lifetime(end, 15, date("2026-11-26")));
        assert!(within_lifetime(end, 0, date("2026-11-10")));
        assert!(!within_lifetime(end, 0, date("2026-11-11")));
        assert!(within_lifetime(None, 0, date("2099-01-01")));
        assert_eq!(check_grace(45), Ok(45));
        assert_eq!(check_grace(46).unwrap_err().code, ErrorCode::BadParameter);
        let ended = OrderState::suspended(OrderSuspension::EndDate);
        assert_eq!(lifetime_check(OrderState::ACTIVE, false), ended);
        assert_eq!(lifetime_check(OrderState::ACTIVE, true), OrderState::ACTIVE);
        assert_eq!(initial_order_state(true, false), ended);
        assert_eq!(
            on_activate(1, ended, true, false).unwrap_err().code,
            ErrorCode::MoveRefused
        );
        assert_eq!(on_activate(1, ended, true, true), Ok(OrderState::ACTIVE));
        let deleted = on_delete(OrderState::ACTIVE);
        assert_eq!(deleted.status, OrderStatus::Deleted);
        assert_eq!(
            on_activate(1, deleted, true, true).unwrap_err().message,
            "order 1 is deleted"
        );
    }

    #[test]
    fn r9_monitors_follow_their_order() {
        let active = state(1, Status::Active, None, 10);
        let for_order = state(1, Status::Suspended, Some(SuspendedReason::Order), 10);
        let over = state(1, Status::Suspended, Some(SuspendedReason::Pageviews), 10);
        assert_eq!(follow_order(false, active), Some(for_order));
        assert_eq!(follow_order(false, over), Some(for_order));
        assert_eq!(follow_order(false, for_order), None);
        assert_eq!(follow_order(true, for_order), Some(active));
        assert_eq!(follow_order(true, over), None);
        assert_eq!(follow_order(true, active), None);
    }
}
