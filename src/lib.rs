//! monitis: a command-line tool for resellers of the Monitis monitoring platform, and
//! the local reseller platform (the sandbox) it drives.
//!
//! Data flows one way: `cli` parses arguments, calls the API through `api`, and hands
//! what it got to `output`, the only code that writes to stdout. `protocol` is the wire
//! protocol both `api` and the `sandbox` server speak; `domain` holds the pure platform
//! rules and the RUM rebalance planner. `secret`, `files`, `text`, `failure` and `error`
//! are leaves the others share. docs/architecture.md says which layer may use which.

pub mod api;
pub mod cli;
pub mod config;
pub mod credentials;
pub mod domain;
pub mod error;
pub mod failure;
pub mod files;
pub mod output;
pub mod protocol;
pub mod sandbox;
pub mod secret;
pub mod text;
