//! The RUM rebalance planner (filled in by the planner work).
