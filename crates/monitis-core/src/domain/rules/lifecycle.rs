//! R8 reseller billing and R9 order lifetime: the order's state machine.

use chrono::NaiveDate;

use super::Refusal;
use super::rum::MonitorState;
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{Order, OrderStatus, OrderSuspension, Status, SuspendedReason};

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
/// active, restored when it is active again. R6 is applied after this. A monitor the
/// reseller suspended stays suspended by him (`hold`).
pub fn follow_order(order_active: bool, monitor: MonitorState) -> Option<MonitorState> {
    match (order_active, monitor.reason) {
        (_, Some(SuspendedReason::Reseller)) => None,
        (false, _) => monitor.set(Status::Suspended, Some(SuspendedReason::Order)),
        (true, Some(SuspendedReason::Order)) => monitor.set(Status::Active, None),
        (true, _) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::testing::{date, state};

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
