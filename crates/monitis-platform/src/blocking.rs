//! The one way the server runs blocking work (parsing, SQLite, Argon2): off the async
//! threads, a panic answered as an internal error rather than taking the server down.

use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;

/// Runs blocking work (parsing, SQLite, Argon2) off the async threads.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Refusal> + Send + 'static,
) -> Result<T, Refusal> {
    tokio::task::spawn_blocking(f).await.unwrap_or_else(|err| {
        eprintln!("sandbox: request task failed: {err}");
        Err(Refusal::new(ErrorCode::Internal, "internal error"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A request whose work panics is answered as an internal error, and the next one is
    /// served: this needs unwinding, hence no `panic = "abort"` in any profile (see
    /// tests/profiles.rs).
    #[tokio::test]
    async fn a_panicking_request_is_an_internal_error_and_the_next_is_served() {
        let failed = blocking(|| -> Result<u8, Refusal> { panic!("a broken invariant") }).await;
        let refusal = failed.expect_err("a panic is not an answer");
        assert_eq!(
            (refusal.code, refusal.message.as_str()),
            (ErrorCode::Internal, "internal error")
        );
        assert_eq!(blocking(|| Ok(7)).await.map_err(|r| r.code), Ok(7));
    }
}
