//! Property tests of the RUM rebalance planner (issue 5): every plan is valid under R6/R7,
//! checked here independently of `planner::validate`; the exact solver is never beaten
//! by the heuristic; and the heuristic matches it on nearly all small instances.
//! The measurement behind docs/planner.md: `cargo test --release --test planner_props
//! -- --ignored --nocapture`.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use monitis::domain::planner::{
    Plan, PlanInput, PlanMonitor, PlanOptions, PlanOrder, plan, plan_exact, plan_heuristic,
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

/// R6/R7 checked from the input alone. Returns the suspended monitors the plan
/// reactivates, so callers can compare it with what the plan claims.
fn independent_check(input: &PlanInput, opts: &PlanOptions, plan: &Plan) -> Result<u64, String> {
    let orders: HashMap<i64, &PlanOrder> = input.orders.iter().map(|o| (o.id, o)).collect();
    let monitors: HashMap<i64, &PlanMonitor> = input.monitors.iter().map(|m| (m.id, m)).collect();
    let mut used: HashMap<i64, u64> = HashMap::new();
    let mut count: HashMap<i64, u64> = HashMap::new();
    for m in &input.monitors {
        *used.entry(m.order_id).or_default() += m.pageviews;
        *count.entry(m.order_id).or_default() += 1;
    }
    let (mut moved, mut sources, mut targets) = (HashSet::new(), HashSet::new(), HashSet::new());
    for mv in &plan.moves {
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
    if reactivated != plan.reactivated {
        return Err(format!(
            "claims {} reactivated, does {reactivated}",
            plan.reactivated
        ));
    }
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
        prop_assert_eq!(&auto, &exact);
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

/// The floor is the measured share (docs/planner.md) less a margin; the instances are
/// fixed, so it only moves when the code does.
#[test]
fn planner_heuristic_matches_exact_on_nearly_all_small_instances() {
    let (share, cost_share) = heuristic_share(0x5EED_0005, 3, 4, 4);
    println!("heuristic = exact: reactivated {share:.4}, and moves and pageviews {cost_share:.4}");
    assert!(share >= 0.99, "share {share}");
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
