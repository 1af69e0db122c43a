//! monitis-core: what the CLI and the platform agree on, with no I/O. The hosted wire
//! protocol (`protocol`: signing, error codes, the JSON objects) and the domain
//! (`domain`: the platform rules R1–R9, the checks of every value a client sends, the RUM
//! rebalance planner), with two leaves they share: `text` (cutting text short for
//! messages) and `failure` (an error with its cause kept).
//!
//! Both the server (`monitis-platform`) and the CLI (`monitis-cli`) depend on this crate
//! and on nothing else of ours, so a rule is one function that the server enforces and
//! the CLI prechecks.

pub mod domain;
pub mod failure;
pub mod protocol;
pub mod text;
