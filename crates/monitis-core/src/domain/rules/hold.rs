//! The reseller's own suspension of a client's monitor (hosted `suspendExternalMonitor`
//! and `activateExternalMonitor`; docs/rules.md, "Suspended by the reseller"): a reason
//! that no rule lifts, composed with R6 and R9.

use super::Refusal;
use super::rum::MonitorState;
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{AccountKind, Status, SuspendedReason};

/// Only the reseller suspends or activates a client's monitor by hand.
pub fn may_hold(caller: AccountKind) -> Result<(), Refusal> {
    match caller {
        AccountKind::Reseller => Ok(()),
        AccountKind::Client => Err(Refusal::new(
            ErrorCode::ClientForbidden,
            "not allowed for a client account: suspending or activating a monitor by hand; \
             please contact your provider",
        )),
    }
}

/// The reseller suspends a monitor: whatever suspended it before, it is now suspended by
/// him, and stays so until he activates it (R6 and R9 leave this reason alone).
pub fn on_reseller_hold(monitor: MonitorState) -> Option<MonitorState> {
    monitor.set(Status::Suspended, Some(SuspendedReason::Reseller))
}

/// The reseller activates a monitor: only his own suspension is lifted. The caller then
/// applies R9 and R6 to its order, which suspend it again if they say so.
pub fn on_reseller_release(monitor: MonitorState) -> Option<MonitorState> {
    match monitor.reason {
        Some(SuspendedReason::Reseller) => monitor.set(Status::Active, None),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::testing::state;
    use crate::domain::rules::{evaluate_rum, follow_order, moved, new_cycle};

    const HELD: Option<SuspendedReason> = Some(SuspendedReason::Reseller);

    #[test]
    fn only_the_reseller_holds() {
        assert_eq!(may_hold(AccountKind::Reseller), Ok(()));
        assert_eq!(
            may_hold(AccountKind::Client).unwrap_err().code,
            ErrorCode::ClientForbidden
        );
    }

    #[test]
    fn hold_replaces_any_reason_and_release_lifts_only_its_own() {
        let active = state(1, Status::Active, None, 40);
        let held = state(1, Status::Suspended, HELD, 40);
        let for_order = state(1, Status::Suspended, Some(SuspendedReason::Order), 40);
        let over = state(1, Status::Suspended, Some(SuspendedReason::Pageviews), 40);
        assert_eq!(on_reseller_hold(active), Some(held));
        assert_eq!(on_reseller_hold(for_order), Some(held));
        assert_eq!(on_reseller_hold(over), Some(held));
        assert_eq!(on_reseller_hold(held), None);
        assert_eq!(on_reseller_release(held), Some(active));
        assert_eq!(on_reseller_release(active), None);
        // A rule's suspension is not the reseller's to lift.
        assert_eq!(on_reseller_release(for_order), None);
        assert_eq!(on_reseller_release(over), None);
    }

    #[test]
    fn no_rule_lifts_or_replaces_a_hold() {
        let held = state(1, Status::Suspended, HELD, 600);
        // R9: the order suspended and active again.
        assert_eq!(follow_order(false, held), None);
        assert_eq!(follow_order(true, held), None);
        // R6: over the quota, and back under it.
        assert_eq!(evaluate_rum(true, 500, &[held]), []);
        assert_eq!(evaluate_rum(true, 5000, &[held]), []);
        // R6: a new cycle resets the count only.
        assert_eq!(new_cycle(held), state(1, Status::Suspended, HELD, 0));
        // R7: a move keeps it held.
        assert_eq!(moved(held), held);
    }

    #[test]
    fn released_monitors_meet_the_rules_again() {
        let held = state(1, Status::Suspended, HELD, 600);
        let released = on_reseller_release(held).unwrap();
        assert_eq!(released, state(1, Status::Active, None, 600));
        // Its order is suspended: R9 suspends it for the order.
        assert_eq!(
            follow_order(false, released),
            Some(state(
                1,
                Status::Suspended,
                Some(SuspendedReason::Order),
                600
            ))
        );
        // Its order is over the RUM quota: R6 suspends it for pageviews.
        assert_eq!(
            evaluate_rum(true, 500, &[released]),
            [state(
                1,
                Status::Suspended,
                Some(SuspendedReason::Pageviews),
                600
            )]
        );
        // Room left: it stays active.
        assert_eq!(evaluate_rum(true, 5000, &[released]), []);
    }
}
