//! The command's deadline (`--timeout`): every request, retry, backoff and blocking call
//! of a run ends before it.

use std::time::Duration;

use crate::error::{Error, Result};
use monitis_core::failure::Failure;

/// When a command gives up: every request, retry and backoff of the run fits before it.
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    at: tokio::time::Instant,
    budget: Duration,
}

impl Deadline {
    /// `budget` from now.
    pub fn after(budget: Duration) -> Deadline {
        Deadline {
            at: tokio::time::Instant::now() + budget,
            budget,
        }
    }

    pub(super) fn remaining(&self) -> Duration {
        self.at
            .saturating_duration_since(tokio::time::Instant::now())
    }

    /// Runs `job`, a call that blocks (the keyring, which may wait on D-Bus or on a
    /// person answering its unlock prompt; a browser), on a blocking thread so that the
    /// async threads go on, and waits for it until the deadline. A job still running
    /// then is left behind; the process ends without waiting for it.
    pub async fn blocking<T: Send + 'static>(
        &self,
        what: &str,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T> {
        match tokio::time::timeout_at(self.at, tokio::task::spawn_blocking(job)).await {
            Ok(Ok(done)) => Ok(done),
            Ok(Err(crashed)) => Err(Error::other(format!("{what} failed"), crashed)),
            Err(_) => Err(Error::Io(Failure::msg(format!(
                "{what} did not finish within the command's deadline of {} s (--timeout or MONITIS_TIMEOUT waits longer)",
                self.budget.as_secs()
            )))),
        }
    }

    /// The error of a request the deadline ended.
    pub(super) fn passed(&self, action: &str, endpoint: &reqwest::Url) -> Error {
        Error::Unanswered(Failure::msg(format!(
            "{action}: no answer from {endpoint} within the command's deadline of {} s; a server that is down or overloaded is the likely cause (--timeout or MONITIS_TIMEOUT waits longer)",
            self.budget.as_secs()
        )))
    }
}
