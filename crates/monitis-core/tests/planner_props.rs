//! Property tests of the RUM rebalance planner (issues 5 and 13): every plan is valid
//! under R6/R7, checked here independently of `planner::validate`; the exact solver finds
//! what a brute force finds and is never beaten by the heuristic; the heuristic matches
//! it as often as docs/planner.md says; and one applied plan leaves nothing to plan.
//! The measurement behind docs/planner.md: `cargo test --release --test planner_props
//! -- --ignored --nocapture`.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use monitis_core::domain::planner::{
    Move, Plan, PlanInput, PlanMonitor, PlanOptions, PlanOrder, plan, plan_exact, plan_heuristic,
    target_limit, validate,
};
use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// active, managed, ordered, slots, monitors as (pageviews, suspended).
type OrderSpec = (bool, bool, u64, u64, Vec<(u64, bool)>);

/// Builds an input with sequential ids from per-client order specs. With `consistent`,
/// statuses follow R6 as the platform leaves them: all of an order's monitors suspended
/// above its quota (or when the order is inactive), none below, either at the quota.
fn build(clients: &[Vec<OrderSpec>], consistent: bool) -> PlanInput {
    let mut input = PlanInput::default();
    for (c, orders) in clients.iter().enumerate() {
        for (active, managed, ordered, slots, monitors) in orders {
            let order_id = 100 + input.orders.len() as i64;
            input.orders.push(PlanOrder {
                id: order_id,
                client_id: c as i64 + 1,
                active: *active,
                managed: *managed,
                ordered: *ordered,
                slots: *slots,
            });
            let used: u64 = monitors.iter().map(|m| m.0).sum();
            for &(pageviews, suspended) in monitors {
                let suspended = match (consistent, *active, used.cmp(ordered)) {
                    (false, ..) => suspended,
                    (true, false, _) | (true, _, std::cmp::Ordering::Greater) => true,
                    (true, _, std::cmp::Ordering::Less) => false,
                    (true, _, std::cmp::Ordering::Equal) => suspended,
                };
                let id = 1000 + input.monitors.len() as i64;
                input.monitors.push(PlanMonitor {
                    id,
                    order_id,
                    pageviews,
                    suspended,
                });
            }
        }
    }
    input
}

/// The same distribution as the proptest strategy, from a seeded generator.
fn random_spec(
    rng: &mut ChaCha8Rng,
    clients: usize,
    orders: usize,
    monitors: usize,
) -> Vec<Vec<OrderSpec>> {
    (0..clients)
        .map(|_| {
            (0..rng.random_range(1..=orders))
                .map(|_| {
                    let n = rng.random_range(0..=monitors);
                    (
                        rng.random_bool(0.85),
                        rng.random_bool(0.3),
                        // Quotas around what the order's monitors count.
                        rng.random_range(0..=12) * (monitors as u64 * 5 / 2),
                        rng.random_range(0..=monitors as u64 + 1),
                        (0..n)
                            .map(|_| (rng.random_range(0..=60), rng.random_bool(0.5)))
                            .collect(),
                    )
                })
                .collect()
        })
        .collect()
}

fn spec_strategy() -> impl Strategy<Value = Vec<Vec<OrderSpec>>> {
    let order = (
        prop::bool::weighted(0.85),
        prop::bool::weighted(0.3),
        (0u64..=12).prop_map(|x| x * 10),
        0u64..=4,
        prop::collection::vec((0u64..=60, any::<bool>()), 0..=3),
    );
    prop::collection::vec(prop::collection::vec(order, 1..=4), 1..=3)
}

fn options_strategy() -> impl Strategy<Value = PlanOptions> {
    (prop_oneof![Just(0u8), 0u8..=30], any::<bool>()).prop_map(|(headroom_pct, mix_managed)| {
        PlanOptions {
            headroom_pct,
            mix_managed,
        }
    })
}

/// R6/R7 checked from the input alone, stage after stage, and the plan's reactivated
/// count compared with what its moves do. Returns that count.
fn independent_check(input: &PlanInput, opts: &PlanOptions, plan: &Plan) -> Result<u64, String> {
    let (mut state, mut reactivated) = (input.clone(), 0);
    for stage in plan.moves.chunk_by(|a, b| a.stage == b.stage) {
        reactivated += independent_reactivated(&state, opts, stage)?;
        state = apply_as_the_platform(&state, stage);
    }
    if reactivated != plan.reactivated {
        return Err(format!(
            "claims {} reactivated, does {reactivated}",
            plan.reactivated
        ));
    }
    Ok(reactivated)
}

/// The suspended monitors that one stage of moves (all applied at once) reactivates, or
/// why the moves break R6/R7 or the planner's rules.
fn independent_reactivated(
    input: &PlanInput,
    opts: &PlanOptions,
    moves: &[Move],
) -> Result<u64, String> {
    let orders: HashMap<i64, &PlanOrder> = input.orders.iter().map(|o| (o.id, o)).collect();
    let monitors: HashMap<i64, &PlanMonitor> = input.monitors.iter().map(|m| (m.id, m)).collect();
    let mut used: HashMap<i64, u64> = HashMap::new();
    let mut count: HashMap<i64, u64> = HashMap::new();
    for m in &input.monitors {
        *used.entry(m.order_id).or_default() += m.pageviews;
        *count.entry(m.order_id).or_default() += 1;
    }
    let (mut moved, mut sources, mut targets) = (HashSet::new(), HashSet::new(), HashSet::new());
    for mv in moves {
        let m = monitors.get(&mv.monitor_id).ok_or("unknown monitor")?;
        let (from, to) = (
            orders[&m.order_id],
            orders.get(&mv.to_order).ok_or("unknown order")?,
        );
        if !moved.insert(m.id) {
            return Err(format!("{} moved twice", m.id));
        }
        if !m.suspended || mv.from_order != m.order_id || mv.pageviews != m.pageviews {
            return Err(format!("{} misdescribed or not suspended", m.id));
        }
        if !from.active || !to.active || from.id == to.id {
            return Err(format!("{} between inactive or equal orders", m.id));
        }
        if from.client_id != to.client_id || mv.client_id != from.client_id {
            return Err(format!("{} leaves its client", m.id));
        }
        if !opts.mix_managed && from.managed != to.managed {
            return Err(format!("{} crosses managed groups", m.id));
        }
        *used.get_mut(&from.id).unwrap() -= m.pageviews;
        *count.get_mut(&from.id).unwrap() -= 1;
        *used.entry(to.id).or_default() += m.pageviews;
        *count.entry(to.id).or_default() += 1;
        sources.insert(from.id);
        targets.insert(to.id);
    }
    if sources.intersection(&targets).next().is_some() {
        return Err("an order is both source and target".into());
    }
    for t in &targets {
        let o = orders[t];
        if used[t] > target_limit(o.ordered, opts.headroom_pct) || count[t] > o.slots {
            return Err(format!("target {t} over its limit or slots"));
        }
    }
    let reactivated = input
        .monitors
        .iter()
        .filter(|m| m.suspended)
        .filter(|m| {
            let o = orders[&m.order_id];
            moved.contains(&m.id) || (sources.contains(&o.id) && used[&o.id] < o.ordered)
        })
        .count() as u64;
    Ok(reactivated)
}

/// Smaller is better: most reactivated, then fewest moves, then fewest pageviews moved.
fn rank(p: &Plan) -> (std::cmp::Reverse<u64>, usize, u64) {
    (
        std::cmp::Reverse(p.reactivated),
        p.moves.len(),
        p.moves.iter().map(|m| m.pageviews).sum(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn planner_plans_are_valid_and_exact_is_never_beaten(
        spec in spec_strategy(),
        consistent in any::<bool>(),
        opts in options_strategy(),
    ) {
        let input = build(&spec, consistent);
        let exact = plan_exact(&input, &opts);
        let heuristic = plan_heuristic(&input, &opts);
        let auto = plan(&input, &opts);
        for p in [&exact, &heuristic, &auto] {
            prop_assert_eq!(validate(&input, &opts, p), Ok(()));
            prop_assert!(independent_check(&input, &opts, p).is_ok(), "{:?}", independent_check(&input, &opts, p));
        }
        prop_assert!(exact.optimal && auto.optimal);
        // `plan` goes on in stages; its first is the exact plan.
        let first: Vec<_> = auto.moves.iter().filter(|m| m.stage == 0).collect();
        prop_assert_eq!(first, exact.moves.iter().collect::<Vec<_>>());
        prop_assert!(auto.reactivated >= exact.reactivated);
        prop_assert!(rank(&exact) <= rank(&heuristic), "heuristic beat exact: {:?} {:?}", exact, heuristic);
    }

    #[test]
    fn planner_output_ignores_input_order(spec in spec_strategy(), opts in options_strategy()) {
        let input = build(&spec, true);
        let mut reversed = input.clone();
        reversed.orders.reverse();
        reversed.monitors.reverse();
        prop_assert_eq!(plan(&input, &opts), plan(&reversed, &opts));
        prop_assert_eq!(plan_heuristic(&input, &opts), plan_heuristic(&reversed, &opts));
    }
}

/// The share of 2,000 seeded instances (in the platform's own states, with something
/// suspended, solved by the exact search) where the heuristic reactivates as many monitors as the exact solver, and
/// where it also makes as few moves and moves as few pageviews.
fn heuristic_share(seed: u64, clients: usize, orders: usize, monitors: usize) -> (f64, f64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (mut total, mut same_count, mut same_cost) = (0u32, 0u32, 0u32);
    while total < 2000 {
        let input = build(&random_spec(&mut rng, clients, orders, monitors), true);
        let opts = PlanOptions {
            headroom_pct: [0, 0, 10][rng.random_range(0..3)],
            mix_managed: rng.random_bool(0.2),
        };
        let exact = plan_exact(&input, &opts);
        // Skip instances with nothing to do, and the rare big ones beyond the exact search.
        if !exact.optimal || (exact.reactivated == 0 && exact.still_suspended.is_empty()) {
            continue;
        }
        let heuristic = plan_heuristic(&input, &opts);
        total += 1;
        same_count += u32::from(heuristic.reactivated == exact.reactivated);
        same_cost += u32::from(rank(&heuristic) == rank(&exact));
    }
    (
        f64::from(same_count) / 2000.0,
        f64::from(same_cost) / 2000.0,
    )
}

/// Held to the shares docs/planner.md states (1,996 and 1,991 of the 2,000 instances):
/// the instances are fixed, so they only move when the code does, and then the doc must
/// say the new numbers.
#[test]
fn planner_heuristic_matches_exact_on_nearly_all_small_instances() {
    let (share, cost_share) = heuristic_share(0x5EED_0005, 3, 4, 4);
    println!("heuristic = exact: reactivated {share:.4}, and moves and pageviews {cost_share:.4}");
    assert!(share >= 0.998, "share {share}: update docs/planner.md");
    assert!(
        cost_share >= 0.9955,
        "cost share {cost_share}: update docs/planner.md"
    );
}

/// The best single-stage plan by trying every assignment of every suspended monitor to
/// "stays" or one of the orders: (reactivated, moves, pageviews moved).
fn brute_force(input: &PlanInput, opts: &PlanOptions) -> (u64, usize, u64) {
    let suspended: Vec<&PlanMonitor> = input.monitors.iter().filter(|m| m.suspended).collect();
    let client_of: HashMap<i64, i64> = input.orders.iter().map(|o| (o.id, o.client_id)).collect();
    let choices = input.orders.len() + 1;
    let mut best = (0u64, 0usize, 0u64);
    let mut assignment = vec![0usize; suspended.len()];
    loop {
        let moves: Vec<Move> = suspended
            .iter()
            .zip(&assignment)
            .filter(|(_, to)| **to > 0)
            .map(|(m, to)| Move {
                monitor_id: m.id,
                client_id: client_of[&m.order_id],
                from_order: m.order_id,
                to_order: input.orders[to - 1].id,
                pageviews: m.pageviews,
                stage: 0,
            })
            .collect();
        if let Ok(reactivated) = independent_reactivated(input, opts, &moves) {
            let pageviews = moves.iter().map(|m| m.pageviews).sum();
            let rank = |(r, n, p): (u64, usize, u64)| (std::cmp::Reverse(r), n, p);
            if rank((reactivated, moves.len(), pageviews)) < rank(best) {
                best = (reactivated, moves.len(), pageviews);
            }
        }
        // The next assignment, counting in base `choices`.
        let Some(i) = assignment.iter().position(|&a| a + 1 < choices) else {
            return best;
        };
        assignment[i] += 1;
        assignment[..i].fill(0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Tiny instances (at most 3 orders of one client with 3 monitors each, so at most
    /// 4^9 assignments): the exact solver reactivates as many as the best assignment,
    /// then makes as few moves, then moves as few pageviews.
    #[test]
    fn planner_exact_matches_brute_force_on_tiny_instances(
        spec in prop::collection::vec(
            (
                prop::bool::weighted(0.85),
                prop::bool::weighted(0.3),
                (0u64..=8).prop_map(|x| x * 10),
                0u64..=3,
                prop::collection::vec((0u64..=60, any::<bool>()), 0..=3),
            ),
            1..=3,
        ),
        consistent in any::<bool>(),
        opts in options_strategy(),
    ) {
        let input = build(&[spec], consistent);
        let exact = plan_exact(&input, &opts);
        prop_assert!(exact.optimal);
        let found = (
            exact.reactivated,
            exact.moves.len(),
            exact.moves.iter().map(|m| m.pageviews).sum(),
        );
        prop_assert_eq!(found, brute_force(&input, &opts));
    }
}

/// The platform's R6 after each move, written from the spec rather than the planner:
/// the moved monitor is active in its target, and the order it left is re-evaluated:
/// below its quota all its monitors are active. (The platform re-evaluates the target
/// too, and suspends all of an order's monitors above its quota; in the states it
/// produces that changes nothing a valid plan reaches: a target stays within its quota
/// and has no suspended monitor below it, and an order above it has only suspended ones.)
fn apply_as_the_platform(input: &PlanInput, moves: &[Move]) -> PlanInput {
    let mut state = input.clone();
    for mv in moves {
        let m = state
            .monitors
            .iter_mut()
            .find(|m| m.id == mv.monitor_id)
            .unwrap();
        (m.order_id, m.suspended) = (mv.to_order, false);
        let from = mv.from_order;
        let o = state.orders.iter().find(|o| o.id == from).unwrap().clone();
        let used: u64 = state
            .monitors
            .iter()
            .filter(|m| m.order_id == from)
            .map(|m| m.pageviews)
            .sum();
        if o.active && used < o.ordered {
            for m in state.monitors.iter_mut().filter(|m| m.order_id == from) {
                m.suspended = false;
            }
        }
    }
    state
}

/// Plans `input`, applies the plan as the platform would, plans again: nothing is left.
fn assert_fixed_point(input: &PlanInput, opts: &PlanOptions) -> Plan {
    let first = plan(input, opts);
    let after = apply_as_the_platform(input, &first.moves);
    let again = plan(&after, opts);
    assert_eq!(again.moves, [], "left after {first:?}");
    // And the plan said what the platform did.
    let suspended: Vec<i64> = after
        .monitors
        .iter()
        .filter(|m| m.suspended)
        .map(|m| m.id)
        .collect();
    assert_eq!(first.still_suspended, suspended);
    first
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn planner_one_applied_plan_leaves_nothing_to_plan(
        seed in any::<u64>(),
        big in any::<bool>(),
        opts in options_strategy(),
    ) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        // Small clients are solved exactly, big ones (many movable monitors) by the heuristic.
        let (orders, monitors) = if big { (8, 10) } else { (4, 4) };
        let input = build(&random_spec(&mut rng, 3, orders, monitors), true);
        assert_fixed_point(&input, &opts);
    }
}

/// The property above reaches both solvers, and the case: a source order
/// released by the plan takes monitors of an order that stays over its quota.
#[test]
fn planner_fixed_point_covers_both_solvers_and_released_sources_as_targets() {
    let (mut exact, mut heuristic) = (0, 0);
    for seed in 0..60 {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        for (orders, monitors) in [(4, 4), (8, 10)] {
            let input = build(&random_spec(&mut rng, 3, orders, monitors), true);
            let p = assert_fixed_point(&input, &PlanOptions::default());
            if !p.moves.is_empty() {
                *if p.optimal {
                    &mut exact
                } else {
                    &mut heuristic
                } += 1;
            }
        }
    }
    assert!(
        exact > 10 && heuristic > 10,
        "exact {exact}, heuristic {heuristic}"
    );
    // Order 100 (quota 100, used 110) is released by moving its 50 to order 102, the only
    // order with room; order 101's 30 fits nowhere until order 100 has been released.
    let input = build(
        &[vec![
            (true, false, 100, 3, vec![(60, true), (50, true)]),
            (true, false, 10, 3, vec![(30, true)]),
            (true, false, 60, 3, vec![]),
        ]],
        false,
    );
    let p = assert_fixed_point(&input, &PlanOptions::default());
    let stages: Vec<(i64, i64, u32)> = p
        .moves
        .iter()
        .map(|m| (m.monitor_id, m.to_order, m.stage))
        .collect();
    assert_eq!(stages, [(1001, 102, 0), (1002, 100, 1)]);
    assert_eq!((p.reactivated, p.still_suspended.as_slice()), (3, &[][..]));
}

/// Timing for docs/planner.md; ignored because it measures rather than tests.
#[test]
#[ignore]
fn planner_measure_100k_monitors() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    // ~4,000 clients of up to 8 orders with up to 12 monitors each: ~100k monitors.
    let mut input = build(&random_spec(&mut rng, 4000, 8, 12), true);
    while input.monitors.len() > 100_000 {
        input.monitors.pop();
    }
    // One client holding 100k monitors over 5,000 orders: the heuristic's worst shape.
    let big: Vec<Vec<OrderSpec>> = vec![
        (0..5000)
            .map(|_| {
                let n = rng.random_range(0..=40);
                let ordered = rng.random_range(0..=600);
                let monitors = (0..n).map(|_| (rng.random_range(0..=30), false)).collect();
                (true, false, ordered, 40, monitors)
            })
            .collect(),
    ];
    let one_client = build(&big, true);
    // Bigger clients than the test above: more orders compete for the same room.
    for (orders, monitors) in [(6, 4), (8, 5)] {
        let (share, cost_share) = heuristic_share(0x5EED_0005, 1, orders, monitors);
        println!(
            "clients of up to {orders} orders x {monitors} monitors: heuristic = exact: \
             reactivated {share:.4}, and moves and pageviews {cost_share:.4}"
        );
    }
    let opts = PlanOptions::default();
    for (name, input) in [("4000 clients", &input), ("one client", &one_client)] {
        let suspended = input.monitors.iter().filter(|m| m.suspended).count();
        for (solver, f) in [
            ("heuristic", plan_heuristic as fn(&_, &_) -> Plan),
            ("plan (auto)", plan),
        ] {
            let start = Instant::now();
            let p = f(input, &opts);
            let took = start.elapsed();
            assert_eq!(validate(input, &opts, &p), Ok(()));
            println!(
                "{name}: {} monitors, {suspended} suspended; {solver}: {took:.2?}, {} moves, {} reactivated",
                input.monitors.len(),
                p.moves.len(),
                p.reactivated,
            );
        }
    }
}
