//! Pure domain logic, no I/O: the platform's rules (R1–R9) and the RUM rebalance planner.

pub mod planner;
pub mod rules;
pub mod validate;
