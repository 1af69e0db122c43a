//! The bounds of what callers share, each in total and per tenant, so that a tenant past
//! its share is refused alone and the others do not notice (docs/limits.md lists them
//! all). A tenant is a reseller, his clients' requests included: one reseller's clients
//! cannot spend another reseller's share.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;

/// The shares of `ServerOptions`; the defaults are the documented ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shares {
    /// Checksums remembered for replay protection, in all...
    pub checksums: usize,
    /// ...and per reseller.
    pub checksums_per_reseller: usize,
    /// Dashboard sessions and preview links kept in memory, in all...
    pub dashboard_entries: usize,
    /// ...per reseller (his clients' sessions and his preview links together)...
    pub dashboard_per_reseller: usize,
    /// ...and per account: a client's oldest session makes way for its newest.
    pub sessions_per_account: usize,
    /// Database readers one reseller's streamed answers may hold at once.
    pub streams_per_reseller: usize,
}

impl Default for Shares {
    fn default() -> Shares {
        Shares {
            checksums: 200_000,
            checksums_per_reseller: 25_000,
            dashboard_entries: 10_000,
            dashboard_per_reseller: 1_000,
            sessions_per_account: 10,
            streams_per_reseller: 2,
        }
    }
}

/// A refusal of one tenant past its share of `what` (errorCode 20).
pub fn past_share(what: &str, share: usize) -> Refusal {
    Refusal::new(
        ErrorCode::Busy,
        format!("your account has used its share of {what} ({share}): try again shortly"),
    )
}

/// Something each reseller may hold `share` units of at once (a database reader held by a
/// streamed answer): past it, his next request waits for one of his own units to come
/// back, holding nothing meanwhile, while other resellers go on.
pub struct Holdings {
    share: usize,
    tenants: Mutex<HashMap<i64, Arc<Semaphore>>>,
}

impl Holdings {
    pub fn new(share: usize) -> Holdings {
        Holdings {
            share,
            tenants: Mutex::new(HashMap::new()),
        }
    }

    fn of(&self, reseller: i64) -> Arc<Semaphore> {
        let mut tenants = self.tenants.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(
            tenants
                .entry(reseller)
                .or_insert_with(|| Arc::new(Semaphore::new(self.share))),
        )
    }

    /// A unit for `reseller` now, if one of his is free.
    pub fn try_take(&self, reseller: i64) -> Option<OwnedSemaphorePermit> {
        self.of(reseller).try_acquire_owned().ok()
    }

    /// A unit for `reseller`, once one of his is free.
    pub async fn take(&self, reseller: i64) -> OwnedSemaphorePermit {
        self.of(reseller)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_reseller_past_his_share_waits_alone() {
        let streams = Holdings::new(2);
        let (a1, _a2) = (streams.try_take(1).unwrap(), streams.try_take(1).unwrap());
        assert!(streams.try_take(1).is_none());
        assert!(streams.try_take(2).is_some());
        let waiting = tokio::spawn(async move {
            let third = streams.take(1).await;
            drop(third);
        });
        drop(a1);
        waiting.await.unwrap();
    }
}
