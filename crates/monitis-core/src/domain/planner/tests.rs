//! The planner's unit tests: exact plans on small platforms, and both solvers compared.
use super::*;

fn order(id: i64, client_id: i64, ordered: u64, slots: u64) -> PlanOrder {
    PlanOrder {
        id,
        client_id,
        active: true,
        managed: false,
        ordered,
        slots,
    }
}

fn mon(id: i64, order_id: i64, pageviews: u64, suspended: bool) -> PlanMonitor {
    PlanMonitor {
        id,
        order_id,
        pageviews,
        suspended,
    }
}

fn mv(monitor_id: i64, from_order: i64, to_order: i64, pageviews: u64) -> Move {
    Move {
        monitor_id,
        client_id: 1,
        from_order,
        to_order,
        pageviews,
        stage: 0,
    }
}

/// Plans with both solvers under `opts`, checks both plans are valid, and returns
/// the exact one (the first stage of `plan` for inputs this small).
fn check(orders: Vec<PlanOrder>, monitors: Vec<PlanMonitor>, opts: PlanOptions) -> Plan {
    let input = PlanInput { orders, monitors };
    let exact = plan_exact(&input, &opts);
    assert_eq!(validate(&input, &opts, &exact), Ok(()));
    assert!(exact.optimal);
    let staged = plan(&input, &opts);
    assert_eq!(validate(&input, &opts, &staged), Ok(()));
    assert!(staged.optimal && staged.reactivated >= exact.reactivated);
    let first: Vec<&Move> = staged.moves.iter().filter(|m| m.stage == 0).collect();
    assert_eq!(first, exact.moves.iter().collect::<Vec<_>>());
    let heuristic = plan_heuristic(&input, &opts);
    assert_eq!(validate(&input, &opts, &heuristic), Ok(()));
    assert!(heuristic.reactivated <= exact.reactivated);
    exact
}

fn moves_of(p: &Plan) -> (&[Move], u64, &[i64]) {
    (&p.moves, p.reactivated, &p.still_suspended)
}

#[test]
fn at_quota_and_suspended_moves_one_monitor_to_release_the_rest() {
    // R6: at used == ordered a suspended order stays suspended; moving out the
    // smallest monitor that brings it below the quota reactivates the other.
    let p = check(
        vec![order(10, 1, 100, 5), order(20, 1, 100, 5)],
        vec![mon(1, 10, 60, true), mon(2, 10, 40, true)],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[mv(2, 10, 20, 40)][..], 2, &[][..]));
    let s = &p.orders[0];
    assert_eq!(
        (s.used_before, s.used_after, s.suspended_after),
        (100, 60, 0)
    );
}

#[test]
fn at_quota_and_suspended_stays_suspended_without_room() {
    let p = check(
        vec![order(10, 1, 100, 5), order(20, 1, 100, 5)],
        vec![
            mon(1, 10, 60, true),
            mon(2, 10, 40, true),
            mon(3, 20, 70, false),
        ],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[][..], 0, &[1, 2][..]));
}

#[test]
fn at_quota_and_active_has_nothing_to_do() {
    let p = check(
        vec![order(10, 1, 100, 5), order(20, 1, 100, 5)],
        vec![mon(1, 10, 60, false), mon(2, 10, 40, false)],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[][..], 0, &[][..]));
    assert_eq!(p.orders.len(), 2);
}

#[test]
fn one_pageview_over_moves_the_small_monitor_when_the_big_one_does_not_fit() {
    // Used 101 of 100. Moving the 100-pageview monitor would release the order but
    // the target has room for 99 only; moving the 1-pageview monitor leaves the
    // order at exactly its quota, so the big one stays suspended (R6 threshold).
    let p = check(
        vec![order(10, 1, 100, 5), order(20, 1, 100, 5)],
        vec![
            mon(1, 10, 100, true),
            mon(2, 10, 1, true),
            mon(3, 20, 1, false),
        ],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[mv(2, 10, 20, 1)][..], 1, &[1][..]));
    assert_eq!(p.orders[0].used_after, 100);
    assert_eq!(p.orders[0].suspended_after, 1);
}

#[test]
fn one_pageview_over_moves_the_big_monitor_when_it_fits() {
    let p = check(
        vec![order(10, 1, 100, 5), order(20, 1, 100, 5)],
        vec![mon(1, 10, 100, true), mon(2, 10, 1, true)],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[mv(1, 10, 20, 100)][..], 2, &[][..]));
}

#[test]
fn monitor_larger_than_any_room_stays_suspended() {
    let p = check(
        vec![
            order(10, 1, 50, 5),
            order(20, 1, 100, 5),
            order(30, 1, 100, 5),
        ],
        vec![
            mon(1, 10, 120, true),
            mon(2, 20, 10, false),
            mon(3, 30, 30, false),
        ],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[][..], 0, &[1][..]));
}

#[test]
fn sources_competing_for_one_target() {
    // Order 10 (over by 20) is released by moving its 30, order 20 (over by 5) by
    // moving its 10, which reactivates 3; order 30's 55 fits nowhere.
    let orders = |room| {
        vec![
            order(10, 1, 100, 5),
            order(20, 1, 100, 5),
            order(30, 1, 10, 5),
            order(40, 1, room, 5),
        ]
    };
    let monitors = vec![
        mon(1, 10, 90, true),
        mon(2, 10, 30, true),
        mon(3, 20, 50, true),
        mon(4, 20, 45, true),
        mon(5, 20, 10, true),
        mon(6, 30, 55, true),
    ];
    // Room 50 in order 40: both releases fit.
    let p = check(orders(50), monitors.clone(), PlanOptions::default());
    assert_eq!(
        moves_of(&p),
        (&[mv(2, 10, 40, 30), mv(5, 20, 40, 10)][..], 5, &[6][..])
    );
    // Room 35: only one does, and order 20's releases more.
    let p = check(orders(35), monitors, PlanOptions::default());
    assert_eq!(moves_of(&p), (&[mv(5, 20, 40, 10)][..], 3, &[1, 2, 6][..]));
}

#[test]
fn competing_sources_prefer_more_reactivations_over_fewer_pageviews() {
    // Room 60 in order 30: releasing order 10 (one 20-pageview move, 1 monitor)
    // loses to releasing order 20 (one 60-pageview move, 3 monitors).
    let p = check(
        vec![
            order(10, 1, 10, 5),
            order(20, 1, 80, 5),
            order(30, 1, 60, 5),
        ],
        vec![
            mon(1, 10, 20, true),
            mon(2, 20, 60, true),
            mon(3, 20, 30, true),
            mon(4, 20, 20, true),
        ],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[mv(2, 20, 30, 60)][..], 3, &[1][..]));
}

#[test]
fn a_source_released_in_one_stage_takes_monitors_in_the_next() {
    // Order 20 is released by moving its 60 to order 30; then it has room for order
    // 10's 20, which no order had before.
    let input = PlanInput {
        orders: vec![
            order(10, 1, 10, 5),
            order(20, 1, 80, 5),
            order(30, 1, 60, 5),
        ],
        monitors: vec![
            mon(1, 10, 20, true),
            mon(2, 20, 60, true),
            mon(3, 20, 30, true),
            mon(4, 20, 20, true),
        ],
    };
    let p = plan(&input, &PlanOptions::default());
    let mut second = mv(1, 10, 20, 20);
    second.stage = 1;
    assert_eq!(moves_of(&p), (&[mv(2, 20, 30, 60), second][..], 4, &[][..]));
    assert_eq!(validate(&input, &PlanOptions::default(), &p), Ok(()));
    // Stages are checked in order: the second alone is not valid (order 20 is full).
    let mut out_of_order = p.clone();
    out_of_order.moves.swap(0, 1);
    assert!(validate(&input, &PlanOptions::default(), &out_of_order).is_err());
    let mut merged = p.clone();
    merged.moves[1].stage = 0;
    assert!(
        validate(&input, &PlanOptions::default(), &merged)
            .unwrap_err()
            .contains("both a source and a target")
    );
}

#[test]
fn exact_search_that_finds_nothing_falls_back_instead_of_an_empty_optimum() {
    let input = PlanInput {
        orders: vec![order(10, 1, 10, 5), order(20, 1, 100, 5)],
        monitors: vec![mon(1, 10, 20, true)],
    };
    let ix = Index::new(&input);
    let c = &components(&ix, &PlanOptions::default())[0];
    // A bound no set of moves reaches: nothing is found, which is not an empty plan.
    let beyond = Score {
        reactivated: 2,
        moves: 0,
        pageviews: 0,
    };
    assert_eq!(solve_exact(c, EXACT_MAX, u64::MAX, beyond), None);
    let heuristic = solve_heuristic(c);
    assert_eq!(heuristic, [(0, 1)]);
    assert_eq!(
        solve_exact(c, EXACT_MAX, u64::MAX, score(c, &heuristic)),
        Some(heuristic)
    );
}

#[test]
fn equal_reactivations_prefer_fewer_moves_then_fewer_pageviews() {
    // Order 10 is over by 1; any one of its monitors releases it. The 5-pageview
    // monitor is the cheapest single move.
    let p = check(
        vec![order(10, 1, 30, 5), order(20, 1, 100, 5)],
        vec![
            mon(1, 10, 20, true),
            mon(2, 10, 6, true),
            mon(3, 10, 5, true),
        ],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[mv(3, 10, 20, 5)][..], 3, &[][..]));
}

#[test]
fn managed_orders_kept_apart_unless_mixed() {
    let mut managed = order(20, 1, 100, 5);
    managed.managed = true;
    let orders = vec![order(10, 1, 10, 5), managed, order(30, 1, 100, 5)];
    let monitors = vec![mon(1, 10, 20, true), mon(2, 30, 95, false)];
    let p = check(orders.clone(), monitors.clone(), PlanOptions::default());
    assert_eq!(moves_of(&p), (&[][..], 0, &[1][..]));
    let mixed = PlanOptions {
        mix_managed: true,
        ..PlanOptions::default()
    };
    let p = check(orders.clone(), monitors.clone(), mixed);
    assert_eq!(moves_of(&p), (&[mv(1, 10, 20, 20)][..], 1, &[][..]));
    // And a managed monitor only goes to a managed order.
    let mut orders = orders;
    orders[0].managed = true;
    orders[1].managed = false;
    let p = check(orders, monitors, PlanOptions::default());
    assert_eq!(moves_of(&p), (&[][..], 0, &[1][..]));
}

#[test]
fn headroom_limits_targets() {
    assert_eq!(target_limit(100, 0), 100);
    assert_eq!(target_limit(99, 10), 89);
    assert_eq!(target_limit(100, 250), 0);
    assert_eq!(target_limit(u64::MAX, 0), u64::MAX);
    let orders = vec![order(10, 1, 10, 5), order(20, 1, 100, 5)];
    let monitors = vec![mon(1, 10, 20, true), mon(2, 20, 70, false)];
    let p = check(orders.clone(), monitors.clone(), PlanOptions::default());
    assert_eq!(moves_of(&p), (&[mv(1, 10, 20, 20)][..], 1, &[][..]));
    // 10%: limit 90, exactly enough; 11%: limit 89, not.
    let p = check(
        orders.clone(),
        monitors.clone(),
        PlanOptions {
            headroom_pct: 10,
            mix_managed: false,
        },
    );
    assert_eq!(moves_of(&p), (&[mv(1, 10, 20, 20)][..], 1, &[][..]));
    assert_eq!(p.orders[1].limit, 90);
    let p = check(
        orders,
        monitors,
        PlanOptions {
            headroom_pct: 11,
            mix_managed: false,
        },
    );
    assert_eq!(moves_of(&p), (&[][..], 0, &[1][..]));
}

#[test]
fn inactive_target_refused() {
    let mut inactive = order(20, 1, 100, 5);
    inactive.active = false;
    let p = check(
        vec![order(10, 1, 10, 5), inactive],
        vec![mon(1, 10, 20, true)],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[][..], 0, &[1][..]));
}

#[test]
fn other_clients_order_never_used() {
    let p = check(
        vec![
            order(10, 1, 10, 5),
            order(20, 2, 100, 5),
            order(30, 2, 10, 5),
        ],
        vec![mon(1, 10, 20, true), mon(2, 30, 20, true)],
        PlanOptions::default(),
    );
    let expected = Move {
        monitor_id: 2,
        client_id: 2,
        from_order: 30,
        to_order: 20,
        pageviews: 20,
        stage: 0,
    };
    assert_eq!(moves_of(&p), (&[expected][..], 1, &[1][..]));
}

#[test]
fn slot_limit() {
    // Order 20 has 2 slots and 1 monitor: one of the three monitors fits, and the
    // one that releases order 10 (over by 15) is the 20.
    let p = check(
        vec![order(10, 1, 40, 5), order(20, 1, 200, 2)],
        vec![
            mon(1, 10, 10, true),
            mon(2, 10, 20, true),
            mon(3, 10, 25, true),
            mon(4, 20, 0, false),
        ],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[mv(2, 10, 20, 20)][..], 3, &[][..]));
    assert_eq!(p.orders[1].monitors_after, 2);
}

#[test]
fn inactive_source_not_moved_and_reported() {
    let mut inactive = order(10, 1, 10, 5);
    inactive.active = false;
    let p = check(
        vec![inactive, order(20, 1, 100, 5)],
        vec![mon(1, 10, 0, true)],
        PlanOptions::default(),
    );
    assert_eq!(moves_of(&p), (&[][..], 0, &[1][..]));
}

#[test]
fn huge_counts_saturate_instead_of_overflowing() {
    let max = u64::MAX;
    let p = check(
        vec![
            order(10, 1, max - 1, max),
            order(20, 1, max, max),
            order(30, 1, 5, 5),
        ],
        vec![
            mon(1, 10, max, true),
            mon(2, 10, max, true),
            mon(3, 30, max, true),
            mon(4, 30, 1, true),
        ],
        PlanOptions::default(),
    );
    assert_eq!(p.reactivated, 2);
}

#[test]
fn from_model_reads_quantities_and_rum_monitors_only() {
    use crate::protocol::model::{BillingCycle, Item};
    let o = Order {
        id: 7,
        client_id: 3,
        name: "web".into(),
        managed: true,
        status: OrderStatus::Suspended,
        suspended_by: None,
        billing_cycle: BillingCycle::Monthly,
        cycle_start: String::new(),
        start_date: String::new(),
        end_date: None,
        grace_period: 0,
        items: vec![
            Item {
                code: "rum".into(),
                quantity: 4,
            },
            Item {
                code: "rumPageviews".into(),
                quantity: 1000,
            },
        ],
    };
    let m = |id, kind| Monitor {
        id,
        client_id: 3,
        order_id: 7,
        kind,
        name: String::new(),
        url: String::new(),
        interval: 1,
        status: Status::Suspended,
        suspended_reason: None,
        managed: true,
        managed_by: None,
        pageviews: 12,
    };
    let held = Monitor {
        suspended_reason: Some(crate::protocol::model::SuspendedReason::Reseller),
        ..m(3, MonitorType::Rum)
    };
    let input = PlanInput::from_model(
        &[o],
        &[m(1, MonitorType::Rum), m(2, MonitorType::External), held],
    );
    assert_eq!(
        input,
        PlanInput {
            orders: vec![PlanOrder {
                id: 7,
                client_id: 3,
                active: false,
                managed: true,
                ordered: 1000,
                slots: 4
            }],
            // The one the reseller suspended is the planner's to leave alone.
            monitors: vec![mon(1, 7, 12, true), mon(3, 7, 12, false)],
        }
    );
}

#[test]
fn validate_rejects_bad_plans() {
    let input = PlanInput {
        orders: vec![
            order(10, 1, 10, 5),
            order(20, 1, 30, 1),
            order(30, 2, 100, 5),
            order(40, 1, 100, 5),
        ],
        monitors: vec![
            mon(1, 10, 20, true),
            mon(2, 10, 15, true),
            mon(3, 40, 1, false),
        ],
    };
    let opts = PlanOptions::default();
    let good = plan(&input, &opts);
    assert_eq!(validate(&input, &opts, &good), Ok(()));
    let with = |moves: Vec<Move>| {
        let p = summarize(&input, &apply(&input, &moves), &opts, moves, good.optimal);
        validate(&input, &opts, &p)
    };
    assert!(
        with(vec![mv(1, 10, 20, 20), mv(2, 10, 20, 15)])
            .unwrap_err()
            .contains("limit")
    );
    assert!(
        with(vec![mv(1, 10, 20, 20), mv(1, 10, 40, 20)])
            .unwrap_err()
            .contains("twice")
    );
    assert!(
        with(vec![mv(3, 40, 20, 1)])
            .unwrap_err()
            .contains("not suspended")
    );
    assert!(
        with(vec![mv(1, 10, 30, 20)])
            .unwrap_err()
            .contains("another client")
    );
    assert!(
        with(vec![mv(1, 10, 10, 20)])
            .unwrap_err()
            .contains("own order")
    );
    let mut miscounted = good.clone();
    miscounted.reactivated += 1;
    assert!(validate(&input, &opts, &miscounted).is_err());
}
