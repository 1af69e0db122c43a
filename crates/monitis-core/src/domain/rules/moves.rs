//! R7 moving monitors.

use std::collections::HashMap;

use super::Refusal;
use super::access::{may_change_monitor, may_use_order};
use super::rum::MonitorState;
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{
    AccountKind, BulkMove, Monitor, MonitorType, MoveFailure, Order, OrderStatus, Status,
    SuspendedReason,
};

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

/// R6, R7: a moved monitor is active at once (its pageviews move with it); both orders
/// are then re-evaluated with `evaluate_rum`. One the reseller suspended stays so (`hold`).
pub fn moved(monitor: MonitorState) -> MonitorState {
    if monitor.reason == Some(SuspendedReason::Reseller) {
        return monitor;
    }
    MonitorState {
        status: Status::Active,
        reason: None,
        ..monitor
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::testing::state;
    use crate::protocol::model::fixtures::order;

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
}
