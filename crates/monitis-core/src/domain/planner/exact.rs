//! The exact solver: best-first search over the sets of monitors that leave their orders.

use std::cmp::Reverse;

use super::{Component, Score, Slot};

fn bits(mask: u64) -> impl Iterator<Item = usize> {
    (0..64).filter(move |b| mask >> b & 1 == 1)
}

/// Exact search over the sets of monitors that leave their orders: the objective
/// depends only on that set, so sets are tried best first and the first one that fits
/// into the orders left as targets wins. `known` is the objective of a plan that fits
/// (the heuristic's), so no worse set needs trying. `None` when more than `max_items`
/// monitors could move or the packing search exceeds `budget` nodes.
pub(super) fn solve_exact(
    c: &Component,
    max_items: usize,
    budget: u64,
    known: Score,
) -> Option<Vec<(usize, usize)>> {
    // A monitor that fits in no other order on its own fits in none with company (more
    // leaving monitors only remove targets), so it never moves.
    let mut movable: Vec<usize> = (0..c.items.len())
        .filter(|&i| {
            let it = &c.items[i];
            c.orders
                .iter()
                .enumerate()
                .any(|(b, o)| b != it.order && o.room().is_some_and(|r| r >= it.pv))
        })
        .collect();
    if movable.len() > max_items {
        return None;
    }
    // Grouped by order, each source owns a run of mask bits, and what a subset of its
    // monitors leaving does (objective, room and slots it takes from the targets, as
    // the source stops being one) is a table lookup. Most sets fail on room or slot
    // totals, so only the others are ranked and searched.
    movable.sort_by_key(|&i| (c.items[i].order, i));
    let capacity = |o: &Slot| o.room().map_or((0, 0), |r| (r, o.free));
    let mut at = 0;
    // Per source: first bit, bit mask of its width, and per subset the objective and
    // the (room, slots) the targets lose.
    type Run = (usize, u64, Vec<(Score, (u64, u64))>);
    let runs: Vec<Run> = movable
        .chunk_by(|&a, &b| c.items[a].order == c.items[b].order)
        .map(|run| {
            let o = &c.orders[c.items[run[0]].order];
            let (room, free) = capacity(o);
            let table = (0..1u64 << run.len())
                .map(|sub| {
                    let pv = bits(sub)
                        .map(|b| c.items[run[b]].pv)
                        .fold(0, u64::saturating_add);
                    let lost = if sub == 0 { (0, 0) } else { (room, free) };
                    (Score::of_source(o, u64::from(sub.count_ones()), pv), lost)
                })
                .collect();
            at += run.len();
            (at - run.len(), (1 << run.len()) - 1, table)
        })
        .collect();
    let all = c
        .orders
        .iter()
        .map(capacity)
        .fold((0u64, 0u64), |(r, f), (r2, f2)| {
            (r.saturating_add(r2), f.saturating_add(f2))
        });
    // The mask is the last tie-break so the order is total and the choice stable.
    let mut candidates: Vec<_> = (0..1u64 << movable.len())
        .filter_map(|mask| {
            let (mut need, mut room, mut free) = (Score::default(), all.0, all.1);
            for (at, width, table) in &runs {
                let (s, (r, f)) = table[(mask >> at & width) as usize];
                (need, room, free) = (need.add(s), room.saturating_sub(r), free.saturating_sub(f));
            }
            let rank = need.rank();
            (need.pageviews <= room && need.moves <= free && rank <= known.rank())
                .then_some((rank, mask))
        })
        .collect();
    candidates.sort_unstable();
    let mut left = budget;
    for (_, mask) in candidates {
        if let Some(assignment) = pack_exact(c, &movable, mask, &mut left)? {
            return Some(assignment);
        }
    }
    // Not reached: the known plan's set is a candidate and fits. Were it reached, no
    // plan found here is one to call optimal; the caller falls back to the heuristic.
    None
}

#[derive(Clone, Copy)]
struct Bin {
    local: usize,
    room: u64,
    free: u64,
}

/// Places the items `movable[b]` for the bits `b` of `mask` into orders that lose no
/// monitor; `Some(None)` if they do not fit, `None` when out of budget.
fn pack_exact(
    c: &Component,
    movable: &[usize],
    mask: u64,
    left: &mut u64,
) -> Option<Option<Vec<(usize, usize)>>> {
    let mut items: Vec<usize> = bits(mask).map(|b| movable[b]).collect();
    let sources: Vec<usize> = items.iter().map(|&i| c.items[i].order).collect();
    let mut bins: Vec<Bin> = c
        .orders
        .iter()
        .enumerate()
        .filter(|(local, _)| !sources.contains(local))
        .filter_map(|(local, o)| {
            o.room().map(|room| Bin {
                local,
                room,
                free: o.free,
            })
        })
        .collect();
    items.sort_by_key(|&i| (Reverse(c.items[i].pv), i));
    let total = items
        .iter()
        .map(|&i| c.items[i].pv)
        .fold(0, u64::saturating_add);
    let mut assignment = Vec::with_capacity(items.len());
    Some(place(c, &items, &mut bins, total, &mut assignment, left)?.then_some(assignment))
}

/// Depth-first placement, biggest monitor first, tightest order first.
fn place(
    c: &Component,
    items: &[usize],
    bins: &mut [Bin],
    total: u64,
    assignment: &mut Vec<(usize, usize)>,
    left: &mut u64,
) -> Option<bool> {
    let Some((&item, rest)) = items.split_first() else {
        return Some(true);
    };
    *left = left.checked_sub(1)?;
    let open = bins.iter().filter(|b| b.free > 0);
    let (room, free) = open.fold((0u64, 0u64), |(r, f), b| {
        (r.saturating_add(b.room), f.saturating_add(b.free))
    });
    if total > room || items.len() as u64 > free {
        return Some(false);
    }
    let pv = c.items[item].pv;
    let mut tries: Vec<usize> = (0..bins.len())
        .filter(|&b| bins[b].free > 0 && bins[b].room >= pv)
        .collect();
    tries.sort_by_key(|&b| (bins[b].room, bins[b].free, bins[b].local));
    // Orders with the same room and free slots are interchangeable for what is left.
    tries.dedup_by_key(|b| (bins[*b].room, bins[*b].free));
    for b in tries {
        bins[b].room -= pv;
        bins[b].free -= 1;
        assignment.push((item, bins[b].local));
        if place(c, rest, bins, total.saturating_sub(pv), assignment, left)? {
            return Some(true);
        }
        assignment.pop();
        bins[b].room += pv;
        bins[b].free += 1;
    }
    Some(false)
}
