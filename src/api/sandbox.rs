//! Typed actions of the sandbox-only controls (docs/protocol.md: `sandbox*` actions).

use serde::Deserialize;

use super::{ApiClient, Retry};
use crate::error::Result;
use monitis_core::protocol::model::Monitor;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NextCycle {
    pub orders: u64,
}

impl ApiClient {
    /// Counts `count` more pageviews for a RUM monitor, as if visitors came (R6 applies).
    /// Counting twice is not the same as once, so it is sent once.
    pub async fn sandbox_pageviews(&self, monitor_id: i64, count: u64) -> Result<Monitor> {
        let params = vec![
            ("monitorId", monitor_id.to_string()),
            ("count", count.to_string()),
        ];
        self.change("sandboxPageviews", params, Retry::Once).await
    }

    /// Starts the next billing cycle of every order of the reseller.
    pub async fn sandbox_next_cycle(&self) -> Result<NextCycle> {
        self.change("sandboxNextCycle", Vec::new(), Retry::Once)
            .await
    }

    /// Marks the reseller paid or unpaid (R8); the same when applied twice.
    pub async fn sandbox_billing(&self, paid: bool) -> Result<()> {
        let _: Option<serde_json::Value> = self
            .change(
                "sandboxBilling",
                vec![("paid", paid.to_string())],
                Retry::Idempotent,
            )
            .await?;
        Ok(())
    }
}
