//! The heuristic solver: release sets per source order, then greedy placement with
//! bounded repacking.

use std::cmp::{Ordering, Reverse};
use std::collections::BTreeSet;

use super::{Component, score};

/// How many release sets (of growing size) the heuristic tries per source order.
const RELEASE_TRIES: usize = 5;
/// How many more single moves than smallest-first placement finds the heuristic tries
/// to fit by repacking.
const PACK_TRIES: usize = 8;

/// An order with suspended monitors, for the heuristic.
struct Source {
    local: usize,
    /// Its suspended monitors, fewest pageviews first.
    items: Vec<usize>,
    /// Sets whose move brings the order strictly below its quota, fewest monitors first,
    /// each sorted biggest first for placement.
    releases: Vec<Vec<usize>>,
}

impl Source {
    /// (monitors reactivated, moves, pageviews moved) of its first release.
    fn release_cost(&self, c: &Component) -> (u64, u64, u64) {
        let first = self.releases.first().map(Vec::as_slice).unwrap_or_default();
        let pv = first
            .iter()
            .map(|&i| c.items[i].pv)
            .fold(0, u64::saturating_add);
        (c.orders[self.local].suspended, first.len() as u64, pv)
    }
}

/// Heuristic: release whole source orders (move out a small set that brings each
/// strictly below its quota) best-fit into the orders with room, then move as many
/// single monitors as fit out of the sources left suspended. It runs under a few
/// source orderings, preferring the release sets with the fewest moves or with the
/// fewest pageviews (which leave room for others), and once with no releases at all;
/// the best run wins.
pub(super) fn solve_heuristic(c: &Component) -> Vec<(usize, usize)> {
    let mut by_order: Vec<Vec<usize>> = vec![Vec::new(); c.orders.len()];
    for (i, it) in c.items.iter().enumerate() {
        by_order[it.order].push(i);
    }
    let sources: Vec<Source> = by_order
        .into_iter()
        .enumerate()
        .filter(|(_, items)| !items.is_empty())
        .map(|(local, mut items)| {
            items.sort_by_key(|&i| (c.items[i].pv, i));
            let o = &c.orders[local];
            let need = o.used.saturating_add(1).saturating_sub(o.ordered);
            let releases = release_sets(c, &items, need);
            Source {
                local,
                items,
                releases,
            }
        })
        .collect();
    let costs: Vec<_> = sources.iter().map(|s| s.release_cost(c)).collect();
    type Cmp = fn(&(u64, u64, u64), &(u64, u64, u64)) -> Ordering;
    let orderings: [Cmp; 4] = [
        // Most monitors reactivated per pageview of target room used.
        |a, b| {
            (u128::from(b.0) * u128::from(a.2))
                .cmp(&(u128::from(a.0) * u128::from(b.2)))
                .then(a.1.cmp(&b.1))
        },
        |a, b| a.2.cmp(&b.2).then(b.0.cmp(&a.0)),
        |a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)),
        |a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)),
    ];
    // Orderings often coincide on small clients; each distinct run is made once.
    let choice = sources.iter().any(|s| s.releases.len() > 1);
    let mut runs: Vec<(Vec<usize>, bool)> = vec![(Vec::new(), false)];
    for cmp in orderings {
        let mut order: Vec<usize> = (0..sources.len()).collect();
        order.sort_by(|&a, &b| cmp(&costs[a], &costs[b]).then(a.cmp(&b)));
        for run in [(order.clone(), false), (order, true)]
            .into_iter()
            .take(1 + usize::from(choice))
        {
            if !runs.contains(&run) {
                runs.push(run);
            }
        }
    }
    runs.into_iter()
        .map(|(order, fewest_pageviews)| {
            let moves = run_heuristic(c, &sources, &order, fewest_pageviews);
            (score(c, &moves).rank(), moves)
        })
        .min_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, moves)| moves)
        .unwrap_or_default()
}

/// One heuristic run: releases of the sources in `order`, then single moves.
fn run_heuristic(
    c: &Component,
    sources: &[Source],
    order: &[usize],
    fewest_pageviews: bool,
) -> Vec<(usize, usize)> {
    let mut bins = Bins::new(c);
    let mut moves = Vec::new();
    let mut released = vec![false; sources.len()];
    for &s in order {
        let mut sets: Vec<&Vec<usize>> = sources[s].releases.iter().collect();
        if fewest_pageviews {
            sets.sort_by_key(|set| {
                (
                    set.iter()
                        .map(|&i| c.items[i].pv)
                        .fold(0, u64::saturating_add),
                    set.len(),
                )
            });
        }
        released[s] = sets.into_iter().any(|set| bins.place(c, set, &mut moves));
    }
    // An order that cannot be released still gains one monitor per move.
    let mut stuck: Vec<usize> = sources
        .iter()
        .zip(&released)
        .filter(|(_, released)| !**released)
        .flat_map(|(src, _)| src.items.iter().copied())
        .collect();
    stuck.sort_by_key(|&i| (c.items[i].pv, i));
    place_most(c, &mut bins, &stuck, &mut moves);
    moves
}

/// Places as many of `stuck` (fewest pageviews first) as it can: smallest first, then,
/// as that can strand a monitor another packing fits, the k smallest biggest-first
/// for growing k while that works.
fn place_most(c: &Component, bins: &mut Bins, stuck: &[usize], moves: &mut Vec<(usize, usize)>) {
    let (before, start) = (bins.clone(), moves.len());
    let placed = stuck
        .iter()
        .take_while(|&&i| bins.place(c, &[i], moves))
        .count();
    for k in (placed + 1..=stuck.len()).take(PACK_TRIES) {
        let mut trial = before.clone();
        let mut trial_moves = Vec::with_capacity(k);
        let biggest_first: Vec<usize> = stuck[..k].iter().rev().copied().collect();
        if !trial.place(c, &biggest_first, &mut trial_moves) {
            break;
        }
        *bins = trial;
        moves.truncate(start);
        moves.extend(trial_moves);
    }
}

/// Release sets of a source with suspended monitors `items` (fewest pageviews first)
/// that must move out at least `need` pageviews: for the fewest monitors that can do it
/// and a few more, the set of that size with (nearly) the fewest pageviews, since fewer
/// pageviews moved is both the tie-break and easier to place.
fn release_sets(c: &Component, items: &[usize], need: u64) -> Vec<Vec<usize>> {
    let pv = |i: usize| c.items[i].pv;
    let mut reach = 0u64;
    let Some(fewest) = items.iter().rev().position(|&i| {
        reach = reach.saturating_add(pv(i));
        reach >= need
    }) else {
        return Vec::new();
    };
    (fewest + 1..=items.len())
        .take(RELEASE_TRIES)
        .map(|k| {
            let (rest, top) = items.split_at(items.len() - k);
            let mut spare: BTreeSet<(u64, usize)> = rest.iter().map(|&i| (pv(i), i)).collect();
            let mut set = top.to_vec();
            let mut sum = set.iter().map(|&i| pv(i)).fold(0, u64::saturating_add);
            // Swap each chosen monitor, biggest first, for the smallest spare one that
            // keeps the set at `need`.
            for chosen in set.iter_mut().rev() {
                let x = pv(*chosen);
                let floor = x - sum.saturating_sub(need).min(x);
                if let Some(&(y, j)) = spare.range((floor, 0)..).next().filter(|&&(y, _)| y < x) {
                    spare.remove(&(y, j));
                    spare.insert((x, *chosen));
                    sum = sum - x + y;
                    *chosen = j;
                }
            }
            set.sort_by_key(|&i| (Reverse(pv(i)), i));
            set
        })
        .collect()
}

/// Target orders of the heuristic, searchable by room for best fit. Orders holding
/// suspended monitors are left out: they are sources, or at or over their quota.
#[derive(Clone)]
struct Bins {
    room: Vec<u64>,
    free: Vec<u64>,
    open: BTreeSet<(u64, usize)>,
}

impl Bins {
    fn new(c: &Component) -> Self {
        let mut bins = Bins {
            room: vec![0; c.orders.len()],
            free: vec![0; c.orders.len()],
            open: BTreeSet::new(),
        };
        for (b, o) in c
            .orders
            .iter()
            .enumerate()
            .filter(|(_, o)| o.suspended == 0)
        {
            if let Some(room) = o.room() {
                bins.room[b] = room;
                bins.free[b] = o.free;
                bins.open.insert((room, b));
            }
        }
        bins
    }

    fn adjust(&mut self, b: usize, pv: u64, take: bool) {
        if self.free[b] > 0 {
            self.open.remove(&(self.room[b], b));
        }
        if take {
            self.room[b] -= pv;
            self.free[b] -= 1;
        } else {
            self.room[b] += pv;
            self.free[b] += 1;
        }
        if self.free[b] > 0 {
            self.open.insert((self.room[b], b));
        }
    }

    /// Places all of `set` best-fit and records the moves, or nothing at all.
    fn place(&mut self, c: &Component, set: &[usize], moves: &mut Vec<(usize, usize)>) -> bool {
        let start = moves.len();
        for &i in set {
            let pv = c.items[i].pv;
            let Some(&(_, b)) = self.open.range((pv, 0)..).next() else {
                for (i, b) in moves.drain(start..).rev() {
                    self.adjust(b, c.items[i].pv, false);
                }
                return false;
            };
            self.adjust(b, pv, true);
            moves.push((i, b));
        }
        true
    }
}
