//! The CLI's error type and its exit codes (the README's "Exit codes" table). Each variant
//! is what a caller matches on; those with a cause keep it as their `source()`.

use std::process::ExitCode;

use monitis_core::failure::Failure;
use monitis_core::protocol::codes::ApiCode;

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
    /// A client, order, monitor or profile the command was given does not exist (exit 1).
    #[error("{0}")]
    NotFound(String),
    /// The API answered with an error body (exit 4 for an authentication code, else 1).
    #[error("{message} (errorCode {code})")]
    Api { code: ApiCode, message: String },
    /// The API could not be reached, or its answer broke off: nothing says a change was
    /// applied (exit 1).
    #[error(transparent)]
    Network(Failure),
    /// A request was sent but no answer came (a timeout, a dropped connection, a gateway
    /// error): a change may or may not have been applied (exit 1).
    #[error(transparent)]
    Unanswered(Failure),
    /// Local files, the keyring, the terminal, stdout (exit 1).
    #[error(transparent)]
    Io(Failure),
    /// `--sandbox` or `sandbox init|serve|generate` in a build without the platform (exit 2).
    #[error(
        "{0} needs the local platform, and this build of monitis has none (it was built \
         without the `platform` feature): install a build that has it with \
         `cargo install --path .` in a clone (the feature is on by default), or point --endpoint at a running `monitis sandbox serve`"
    )]
    NoPlatform(&'static str),
    /// The person answered no to a confirmation: a choice, not a failure (exit 0).
    #[error("nothing was changed")]
    Declined,
    /// Anything else (an answer that breaks the protocol, a step that failed): what
    /// failed, with its cause when there is one (exit 1).
    #[error(transparent)]
    Failed(Failure),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.exit_code_number())
    }

    /// The exit code as a number, for a command that prints an answer and fails by it.
    pub fn exit_code_number(&self) -> u8 {
        match self {
            Error::Declined => 0,
            Error::Usage(_) | Error::NoPlatform(_) => exit::USAGE,
            Error::Auth(_) => exit::AUTH,
            Error::Api {
                code: ApiCode::Known(code),
                ..
            } if code.is_auth() => exit::AUTH,
            Error::Api { .. }
            | Error::NotFound(_)
            | Error::Network(_)
            | Error::Unanswered(_)
            | Error::Io(_)
            | Error::Failed(_) => exit::ERROR,
        }
    }

    /// What was being done, and the error that stopped it (shown after a colon).
    pub fn other(
        context: impl std::fmt::Display,
        err: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Error {
        Error::Failed(Failure::new(context, err))
    }

    /// A failure that has no error behind it.
    pub fn failed(message: impl Into<String>) -> Error {
        Error::Failed(Failure::msg(message))
    }

    /// Local I/O that failed while doing `context`.
    pub fn io(
        context: impl std::fmt::Display,
        err: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Error {
        Error::Io(Failure::new(context, err))
    }
}
