//! monitis: the command-line tool for resellers of the Monitis monitoring platform.
//!
//! Data flows one way: `cli` parses arguments, calls the API through `api`, and hands
//! what it got to `output`, the only code that writes to stdout. `config` and
//! `credentials` keep profiles and secrets; `secret`, `files` and `error` are leaves the
//! others share. The wire protocol and the rules come from `monitis_core`; the platform
//! behind `--sandbox` from `monitis_platform`, when the `platform` feature (on by
//! default) builds it in. docs/architecture.md says which layer may use which.

pub mod api;
pub mod cli;
pub mod config;
pub mod credentials;
pub mod error;
pub mod files;
pub mod output;
pub mod secret;
