//! R1 dashboard reachability, R2 what a client may do, R3 managed orders.

use super::Refusal;
use crate::protocol::SUSPENDED_MESSAGE;
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{AccountKind, OrderStatus, Status};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
