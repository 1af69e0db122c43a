//! The sandbox's own errors. The server and its setup know nothing of the CLI's exit
//! codes: the CLI maps these at its boundary (`cli/sandbox.rs`).

use super::store::StoreError;
use monitis_core::failure::Failure;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Options refused before the server starts (the CLI's usage error).
    #[error("{0}")]
    Usage(String),
    /// The database is missing, foreign or of another schema.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// What failed, with the error that made it fail as its source.
    #[error(transparent)]
    Failed(Failure),
    /// Anything else, said in full.
    #[error("{0}")]
    Other(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// What was being done, and the error that stopped it.
    pub fn other(
        context: impl std::fmt::Display,
        err: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Error {
        Error::Failed(Failure::new(context, err))
    }
}
