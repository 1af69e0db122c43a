//! Typed actions on orders (packages).

use super::{ApiClient, Params, Retry};
use crate::error::Result;
use monitis_core::protocol::model::{BillingCycle, Item, Order, OrderStatus, wire_name};

/// What `addOrder` needs besides the client (`clientApikey`).
pub struct NewOrder<'a> {
    pub items: &'a [Item],
    pub name: Option<&'a str>,
    pub managed: bool,
    pub billing_cycle: Option<BillingCycle>,
    pub start_date: Option<&'a str>,
    pub end_date: Option<&'a str>,
    pub grace_days: Option<u32>,
}

/// The reseller's changes of an order's state (R8, R9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderChange {
    Suspend,
    Activate,
    Delete,
}

impl OrderChange {
    fn action(self) -> &'static str {
        match self {
            Self::Suspend => "suspendOrder",
            Self::Activate => "activateOrder",
            Self::Delete => "deleteOrder",
        }
    }

    /// Suspending or activating twice ends in the same state; a delete is sent once.
    fn retry(self) -> Retry {
        match self {
            Self::Suspend | Self::Activate => Retry::Idempotent,
            Self::Delete => Retry::Once,
        }
    }
}

impl ApiClient {
    /// `addOrder` for the client acted for: the new order's id.
    pub async fn add_order(&self, order: &NewOrder<'_>) -> Result<i64> {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Added {
            order_id: i64,
        }
        let services = order
            .items
            .iter()
            .map(|i| format!("{}:{}", i.code, i.quantity))
            .collect::<Vec<_>>()
            .join(",");
        let mut params: Params = vec![("services", services)];
        let optional = [
            ("name", order.name.map(str::to_string)),
            ("managed", order.managed.then(|| "true".to_string())),
            ("billingCycle", order.billing_cycle.map(wire_name)),
            ("startDate", order.start_date.map(str::to_string)),
            ("endDate", order.end_date.map(str::to_string)),
            ("gracePeriod", order.grace_days.map(|d| d.to_string())),
        ];
        params.extend(optional.into_iter().filter_map(|(k, v)| Some((k, v?))));
        let added: Added = self.change("addOrder", params, Retry::Once).await?;
        Ok(added.order_id)
    }

    /// `orders`: the client's orders, or every client's for a reseller acting for nobody.
    /// Deleted orders are listed only when asked for by status.
    pub async fn orders(&self, status: Option<OrderStatus>) -> Result<Vec<Order>> {
        let params: Params = status
            .map(|s| ("status", wire_name(s)))
            .into_iter()
            .collect();
        self.read("orders", params).await
    }

    /// `orderInfo`.
    pub async fn order_info(&self, id: i64) -> Result<Order> {
        self.read("orderInfo", vec![("orderId", id.to_string())])
            .await
    }

    /// `suspendOrder`, `activateOrder` or `deleteOrder` (reseller only, R2).
    pub async fn change_order(&self, id: i64, change: OrderChange) -> Result<()> {
        self.change::<Option<serde_json::Value>>(
            change.action(),
            vec![("orderId", id.to_string())],
            change.retry(),
        )
        .await
        .map(drop)
    }
}
