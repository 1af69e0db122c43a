//! Typed actions on RUM pageview usage (R6).

use super::{ApiClient, Params};
use crate::error::Result;
use monitis_core::protocol::model::RumUsage;

impl ApiClient {
    /// `rumUsage`: per order, ordered and used pageviews this cycle; a reseller without
    /// `clientApikey` gets every client's orders.
    pub async fn rum_usage(&self, order_id: Option<i64>) -> Result<Vec<RumUsage>> {
        let mut params: Params = Vec::new();
        if let Some(order) = order_id {
            params.push(("orderId", order.to_string()));
        }
        self.read("rumUsage", params).await
    }
}
