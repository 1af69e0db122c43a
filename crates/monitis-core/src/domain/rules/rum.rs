//! R6 the RUM pageview quota.

use chrono::{Months, NaiveDate};

use crate::protocol::model::{Monitor, Status, SuspendedReason};

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

    pub(super) fn set(
        self,
        status: Status,
        reason: Option<SuspendedReason>,
    ) -> Option<MonitorState> {
        let next = MonitorState {
            status,
            reason,
            ..self
        };
        (next != self).then_some(next)
    }
}

/// R6: the changes the quota makes to the RUM monitors of one order (only those that
/// change). Monitors of an inactive order stay suspended for the order (R9), and those the
/// reseller suspended stay suspended by him (`hold`); their pageviews still count.
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
        .filter(|m| m.reason != Some(SuspendedReason::Reseller))
        .filter_map(|m| match rum_quota(ordered, used) {
            Quota::Suspend => m.set(Status::Suspended, Some(SuspendedReason::Pageviews)),
            Quota::Reactivate if m.reason == Some(SuspendedReason::Pageviews) => {
                m.set(Status::Active, None)
            }
            Quota::Reactivate | Quota::Keep => None,
        })
        .collect()
}

/// R6: the start of the billing cycle after the one starting at `cycle_start`; `None`
/// when it would start after the last date the platform keeps
/// ([`validate::MAX_DATE`](crate::domain::validate::MAX_DATE)), which no date field
/// may go past.
pub fn next_cycle_start(
    cycle: crate::protocol::model::BillingCycle,
    cycle_start: NaiveDate,
) -> Option<NaiveDate> {
    let months = match cycle {
        crate::protocol::model::BillingCycle::Monthly => 1,
        crate::protocol::model::BillingCycle::Yearly => 12,
    };
    cycle_start
        .checked_add_months(Months::new(months))
        .filter(|next| *next <= crate::domain::validate::MAX_DATE)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::testing::{date, state};
    use crate::protocol::model::BillingCycle;

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
            Some(date("2026-02-28"))
        );
        assert_eq!(
            next_cycle_start(BillingCycle::Monthly, date("2026-11-01")),
            Some(date("2026-12-01"))
        );
        assert_eq!(
            next_cycle_start(BillingCycle::Yearly, date("2026-11-01")),
            Some(date("2027-11-01"))
        );
        // Never past 9999-12-31, the last date a YYYY-MM-DD field holds.
        assert_eq!(
            next_cycle_start(BillingCycle::Monthly, date("9999-11-30")),
            Some(date("9999-12-30"))
        );
        assert_eq!(
            next_cycle_start(BillingCycle::Monthly, date("9999-12-31")),
            None
        );
        assert_eq!(
            next_cycle_start(BillingCycle::Yearly, date("9999-01-01")),
            None
        );
        let over = state(1, Status::Suspended, Some(SuspendedReason::Pageviews), 1200);
        assert_eq!(new_cycle(over), state(1, Status::Active, None, 0));
        let for_order = state(2, Status::Suspended, Some(SuspendedReason::Order), 50);
        assert_eq!(
            new_cycle(for_order),
            state(2, Status::Suspended, Some(SuspendedReason::Order), 0)
        );
    }
}
