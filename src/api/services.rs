//! Typed actions on the service catalog and one-time services.

use super::{ApiClient, Retry};
use crate::error::Result;
use monitis_core::protocol::model::{OneTimePurchase, Service};

impl ApiClient {
    /// `getServiceList`: the catalog, package and one-time services.
    pub async fn services(&self) -> Result<Vec<Service>> {
        self.read("getServiceList", Vec::new()).await
    }

    /// `buyService` for the client acted for (refused for clients, R2): the purchase id.
    pub async fn buy_service(&self, code: &str, quantity: u64) -> Result<i64> {
        #[derive(serde::Deserialize)]
        struct Bought {
            id: i64,
        }
        let params = vec![
            ("code", code.to_string()),
            ("quantity", quantity.to_string()),
        ];
        let bought: Bought = self.change("buyService", params, Retry::Once).await?;
        Ok(bought.id)
    }

    /// `oneTimeServices`: the client's one-time purchases.
    pub async fn one_time_services(&self) -> Result<Vec<OneTimePurchase>> {
        self.read("oneTimeServices", Vec::new()).await
    }
}
