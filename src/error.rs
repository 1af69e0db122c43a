//! The CLI's error type and its exit codes (the README's "Exit codes" table).

use std::process::ExitCode;

use crate::failure::Failure;
use crate::protocol::codes::ApiCode;

/// Exit codes scripts rely on.
pub mod exit {
    pub const ERROR: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const PARTIAL: u8 = 3;
    pub const AUTH: u8 = 4;
    /// `rum rebalance --apply --fail-on-suspended` with RUM monitors left suspended.
    pub const STILL_SUSPENDED: u8 = 5;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flags, arguments or input data found before anything was sent (exit 2).
    #[error("{0}")]
    Usage(String),
    /// No credentials, or the API refused them (exit 4).
    #[error("{0}")]
    Auth(String),
    /// The API answered with an error body.
    #[error("{message} (errorCode {code})")]
    Api { code: ApiCode, message: String },
    /// A request was sent but no answer came (a timeout, a dropped connection, a gateway
    /// error): a change may or may not have been applied (exit 1).
    #[error("{0}")]
    Unanswered(String),
    /// Anything else: network after retries, local I/O, bad data (exit 1).
    #[error("{0}")]
    Other(String),
    /// What failed, with the error that made it fail kept as its source (exit 1).
    #[error(transparent)]
    Failed(Failure),
    /// The person answered no to a confirmation: a choice, not a failure (exit 0).
    #[error("nothing was changed")]
    Declined,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Error::Declined => 0,
            Error::Usage(_) => exit::USAGE,
            Error::Auth(_) => exit::AUTH,
            Error::Api {
                code: ApiCode::Known(code),
                ..
            } if code.is_auth() => exit::AUTH,
            Error::Api { .. } | Error::Unanswered(_) | Error::Other(_) | Error::Failed(_) => {
                exit::ERROR
            }
        })
    }

    /// What was being done, and the error that stopped it (shown after a colon).
    pub fn other(
        context: impl std::fmt::Display,
        err: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Error {
        Error::Failed(Failure::new(context, err))
    }
}
