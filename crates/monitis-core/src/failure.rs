//! What failed, as a message, with the error that made it fail kept as the source: the
//! one shape behind the errors of both the CLI and the platform that wrap a cause.

type Cause = Box<dyn std::error::Error + Send + Sync>;

/// Shown as its message; the cause, when there is one, stays reachable as `source()`.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Failure {
    message: String,
    #[source]
    source: Option<Cause>,
}

impl Failure {
    /// What was being done, and the error that stopped it: shown as `context: err`.
    pub fn new(context: impl std::fmt::Display, err: impl Into<Cause>) -> Failure {
        let source = err.into();
        Failure {
            message: format!("{context}: {source}"),
            source: Some(source),
        }
    }

    /// A message that already says why (it quotes `err` its own way), with `err` kept.
    pub fn because(message: impl Into<String>, err: impl Into<Cause>) -> Failure {
        Failure {
            message: message.into(),
            source: Some(err.into()),
        }
    }

    /// A failure with no error behind it (an answer that broke the protocol, say).
    pub fn msg(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            source: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn a_failure_shows_its_message_and_keeps_its_cause() {
        let io = || std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let failed = Failure::new("cannot read config.toml", io());
        assert_eq!(failed.to_string(), "cannot read config.toml: no such file");
        assert_eq!(failed.source().unwrap().to_string(), "no such file");
        let described = Failure::because("could not reach the API (refused)", io());
        assert_eq!(described.to_string(), "could not reach the API (refused)");
        assert_eq!(described.source().unwrap().to_string(), "no such file");
        let bare = Failure::msg("the API answered HTTP 500");
        assert_eq!(bare.to_string(), "the API answered HTTP 500");
        assert!(bare.source().is_none());
    }
}
