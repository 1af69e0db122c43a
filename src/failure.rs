//! What was being done when an error stopped it, with that error kept as the source: the
//! one shape behind `Error::other` of both the CLI (`crate::error`) and the sandbox.

/// Shown as `context: source`.
#[derive(Debug, thiserror::Error)]
#[error("{context}: {source}")]
pub struct Failure {
    context: String,
    #[source]
    source: Box<dyn std::error::Error + Send + Sync>,
}

impl Failure {
    pub fn new(
        context: impl std::fmt::Display,
        err: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Failure {
        Failure {
            context: context.to_string(),
            source: err.into(),
        }
    }
}
