//! Typed actions on the reseller's own account: branding and billing.

use super::{ApiClient, Params, Retry};
use crate::error::Result;
use monitis_core::protocol::model::Branding;

impl ApiClient {
    /// `branding`: the reseller's logo and support contact (R4); unset fields are `None`.
    pub async fn branding(&self) -> Result<Branding> {
        self.read("branding", Vec::new()).await
    }

    /// `setBranding`: each given field is set, an empty value clears it. Setting values
    /// is the same when applied twice.
    pub async fn set_branding(&self, fields: Params) -> Result<()> {
        self.change::<Option<serde_json::Value>>("setBranding", fields, Retry::Idempotent)
            .await
            .map(drop)
    }

    /// `extendAllClients` (R8): how many orders suspended for non-payment are active again.
    pub async fn extend_all_clients(&self) -> Result<u64> {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Extended {
            reactivated_orders: u64,
        }
        let extended: Extended = self
            .change("extendAllClients", Vec::new(), Retry::Once)
            .await?;
        Ok(extended.reactivated_orders)
    }
}
