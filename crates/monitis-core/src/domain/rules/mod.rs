//! The platform rules R1–R9 (`docs/rules.md`) as pure functions: no I/O, no
//! SQL, no clock. The sandbox server loads state, asks these functions what the rules
//! say, and saves the answer, so every rule is tested here with exact values.
//!
//! One file per rule group; everything is re-exported here, so callers name
//! `domain::rules::X` whatever file `X` lives in.

mod access;
mod catalog;
mod dashboard;
mod hold;
mod lifecycle;
mod moves;
mod plan;
mod rum;

pub use self::access::*;
pub use self::catalog::*;
pub use self::dashboard::*;
pub use self::hold::*;
pub use self::lifecycle::*;
pub use self::moves::*;
pub use self::plan::*;
pub use self::rum::*;

use crate::protocol::codes::ErrorCode;

/// Why the platform refuses something: the API error code and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: ErrorCode,
    pub message: String,
}

impl Refusal {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Refusal {
        Refusal {
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (errorCode {})", self.message, self.code.number())
    }
}

/// Helpers the rule groups' unit tests share.
#[cfg(test)]
mod testing {
    use chrono::NaiveDate;

    use super::MonitorState;
    use crate::protocol::model::{Status, SuspendedReason};

    pub(super) fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    pub(super) fn state(
        id: i64,
        status: Status,
        reason: Option<SuspendedReason>,
        pageviews: u64,
    ) -> MonitorState {
        MonitorState {
            id,
            status,
            reason,
            pageviews,
        }
    }
}
