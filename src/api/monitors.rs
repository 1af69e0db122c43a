//! Typed actions on monitors: add, list, show, delete and move between orders (R3, R6, R7).

use super::{ApiClient, Params, Retry};
use crate::error::Result;
use monitis_core::protocol::model::{BulkMove, Monitor, MonitorType, MoveOne, Status, wire_name};

/// The filters of `monitors`; `None` leaves a field unfiltered.
#[derive(Debug, Clone, Default)]
pub struct MonitorFilter {
    pub order_id: Option<i64>,
    pub kind: Option<MonitorType>,
    pub status: Option<Status>,
    pub managed: Option<bool>,
    /// Only this client's monitors (`clientId`).
    pub client_id: Option<i64>,
}

impl MonitorFilter {
    /// The filter as `monitors` parameters.
    pub fn params(&self) -> Params {
        let mut params: Params = Vec::new();
        if let Some(order) = self.order_id {
            params.push(("orderId", order.to_string()));
        }
        if let Some(kind) = self.kind {
            params.push(("type", kind.code().to_string()));
        }
        if let Some(status) = self.status {
            params.push(("status", wire_name(status)));
        }
        if let Some(managed) = self.managed {
            params.push(("managed", managed.to_string()));
        }
        if let Some(client) = self.client_id {
            params.push(("clientId", client.to_string()));
        }
        params
    }
}

/// The longest parameter value, form-encoded, a server takes (docs/protocol.md, Limits).
pub const MAX_VALUE_BYTES: usize = 256 * 1024;

/// Ids per `monitors` request by `monitorIds`: they travel in the URL of a GET.
const IDS_PER_READ: usize = 500;

/// A new monitor for `addMonitor`.
#[derive(Debug, Clone)]
pub struct NewMonitor<'a> {
    pub order_id: i64,
    pub kind: MonitorType,
    pub name: &'a str,
    pub url: &'a str,
    /// Check interval in minutes; the platform's default when `None`.
    pub interval: Option<u32>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct MonitorId {
    monitor_id: i64,
}

impl ApiClient {
    /// `addMonitor`: the new monitor's id.
    pub async fn add_monitor(&self, new: &NewMonitor<'_>) -> Result<i64> {
        let mut params: Params = vec![
            ("orderId", new.order_id.to_string()),
            ("type", new.kind.code().to_string()),
            ("name", new.name.to_string()),
            ("url", new.url.to_string()),
        ];
        if let Some(interval) = new.interval {
            params.push(("interval", interval.to_string()));
        }
        let added: MonitorId = self.change("addMonitor", params, Retry::Once).await?;
        Ok(added.monitor_id)
    }

    /// `monitors`: the caller's monitors (a reseller without `clientApikey`: every
    /// client's), filtered; parsed as the answer arrives ([`Client::read_list`]).
    pub async fn monitors(&self, filter: &MonitorFilter) -> Result<Vec<Monitor>> {
        self.read_list("monitors", filter.params()).await
    }

    /// `monitors` by `monitorIds`: those of `ids` the caller can see, whatever the size
    /// of the account, in requests of at most [`IDS_PER_READ`] ids.
    pub async fn monitors_by_ids(&self, ids: &[i64]) -> Result<Vec<Monitor>> {
        let mut found = Vec::new();
        for chunk in ids.chunks(IDS_PER_READ) {
            let page: Vec<Monitor> = self
                .read("monitors", vec![("monitorIds", join(chunk))])
                .await?;
            found.extend(page);
        }
        Ok(found)
    }

    /// How many requests [`Client::monitors_by_ids`] makes for `ids` ids.
    pub fn reads_by_ids(ids: usize) -> usize {
        ids.div_ceil(IDS_PER_READ)
    }

    /// `monitorInfo`.
    pub async fn monitor_info(&self, id: i64) -> Result<Monitor> {
        self.read("monitorInfo", vec![("monitorId", id.to_string())])
            .await
    }

    /// `deleteMonitor`: all or none (R3).
    pub async fn delete_monitors(&self, ids: &[i64]) -> Result<()> {
        let _: serde_json::Value = self
            .change(
                "deleteMonitor",
                vec![("monitorIds", join(ids))],
                Retry::Once,
            )
            .await?;
        Ok(())
    }

    /// `ChangeMonitorOrder`: moving to the order a monitor is in is `unchanged`, so a
    /// retry is harmless.
    pub async fn change_monitor_order(&self, monitor_id: i64, order_id: i64) -> Result<MoveOne> {
        let params = vec![
            ("monitorId", monitor_id.to_string()),
            ("orderId", order_id.to_string()),
        ];
        self.change("ChangeMonitorOrder", params, Retry::Idempotent)
            .await
    }

    /// `BulkChangeMonitorOrder`: every item validated, the valid ones moved atomically
    /// (R7); idempotent like the single move.
    pub async fn bulk_change_monitor_order(&self, ids: &[i64], order_id: i64) -> Result<BulkMove> {
        let params = vec![("monitorIds", join(ids)), ("orderId", order_id.to_string())];
        self.change("BulkChangeMonitorOrder", params, Retry::Idempotent)
            .await
    }
}

fn join(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}
