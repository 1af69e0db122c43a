//! The JSON objects of the API (docs/protocol.md, "Objects"), with the API's
//! lowerCamelCase field names. The server serialises them and the client reads them, so
//! both sides share one definition.

use serde::{Deserialize, Serialize};

#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;

/// A unit enum's wire name (its serde name), for a query parameter or a database column,
/// so that both read like the API.
pub fn wire_name<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => unreachable!("a unit enum serialises as a string, got {other:?}"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AccountKind {
    Reseller,
    Client,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    Active,
    Suspended,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum OrderStatus {
    Active,
    Suspended,
    Deleted,
}

impl OrderStatus {
    /// The wire name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Suspended => "suspended",
            Self::Deleted => "deleted",
        }
    }
}

/// Why an order is suspended; only reseller suspensions survive `extendAllClients` (R8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum OrderSuspension {
    Reseller,
    Billing,
    EndDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BillingCycle {
    Monthly,
    Yearly,
}

/// Monitor types; each is counted against the package service of the same code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MonitorType {
    External,
    Transaction,
    FullPageLoad,
    Internal,
    Rum,
}

impl MonitorType {
    pub const ALL: [MonitorType; 5] = [
        Self::External,
        Self::Transaction,
        Self::FullPageLoad,
        Self::Internal,
        Self::Rum,
    ];

    /// The wire name, which is also the package service code that counts its slots.
    pub fn code(self) -> &'static str {
        match self {
            Self::External => "external",
            Self::Transaction => "transaction",
            Self::FullPageLoad => "fullPageLoad",
            Self::Internal => "internal",
            Self::Rum => "rum",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SuspendedReason {
    Pageviews,
    Order,
    /// By the reseller himself (`suspendExternalMonitor`): no rule lifts it.
    Reseller,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ServiceKind {
    Package,
    OneTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub code: String,
    pub name: String,
    pub kind: ServiceKind,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub code: String,
    pub quantity: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BasketItem {
    pub name: String,
    pub quantity: u64,
}

/// A client's plan (R5). `roleName` and `basketItems` are the hosted `userInfo` shape;
/// the rest is the project's: totals, each order and the services across all packages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub role_name: String,
    pub basket_items: Vec<BasketItem>,
    /// Per package service: the total over active orders and what is used of it.
    pub totals: Vec<ServiceTotal>,
    pub orders: Vec<Order>,
    /// One-time services, not linked to any package, with totals per code.
    pub services_across_all_packages: Vec<ServiceTotal>,
    pub inactive_features: Vec<String>,
}

/// A service's total in a plan (over active orders, or over one-time purchases) and
/// what is used of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceTotal {
    pub code: String,
    pub name: String,
    pub quantity: u64,
    pub used: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Client {
    pub id: i64,
    /// The client's email (its login); `account` is the hosted field name.
    pub account: String,
    pub first_name: String,
    pub last_name: String,
    pub apikey: String,
    pub status: Status,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monitors: Option<Vec<Monitor>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Branding {
    pub logo_url: Option<String>,
    pub support_email: Option<String>,
    pub support_phone: Option<String>,
    pub support_url: Option<String>,
}

/// `userInfo` for either kind of account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum UserInfo {
    Reseller(ResellerInfo),
    Client(Client),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResellerInfo {
    pub id: i64,
    pub account: String,
    pub name: String,
    pub paid: bool,
    pub branding: Branding,
    pub clients: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub id: i64,
    pub client_id: i64,
    pub name: String,
    pub managed: bool,
    pub status: OrderStatus,
    pub suspended_by: Option<OrderSuspension>,
    pub billing_cycle: BillingCycle,
    pub cycle_start: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub grace_period: u32,
    pub items: Vec<Item>,
}

impl Order {
    pub fn quantity(&self, code: &str) -> u64 {
        self.items
            .iter()
            .filter(|i| i.code == code)
            .map(|i| i.quantity)
            .sum()
    }
}

/// The fields are in the order of their JSON names, so that a monitor serialised
/// directly reads as its `serde_json::Value` does (keys sorted): a streamed list writes
/// monitors without building a value each (`output::ListWriter::row`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Monitor {
    pub client_id: i64,
    pub id: i64,
    pub interval: u32,
    pub managed: bool,
    pub managed_by: Option<String>,
    pub name: String,
    pub order_id: i64,
    pub pageviews: u64,
    pub status: Status,
    pub suspended_reason: Option<SuspendedReason>,
    #[serde(rename = "type")]
    pub kind: MonitorType,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OneTimePurchase {
    pub id: i64,
    pub client_id: i64,
    pub code: String,
    pub quantity: u64,
    pub used: u64,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RumUsage {
    pub order_id: i64,
    pub client_id: i64,
    pub order_name: String,
    pub managed: bool,
    pub status: OrderStatus,
    pub cycle_start: String,
    pub ordered: u64,
    pub used: u64,
    pub remaining: u64,
    pub rum_monitors: u64,
    pub suspended_monitors: u64,
    pub monitor_slots: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MoveResult {
    Moved,
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoveOne {
    pub monitor_id: i64,
    pub result: MoveResult,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BulkMove {
    pub moved: Vec<i64>,
    pub unchanged: Vec<i64>,
    pub failed: Vec<MoveFailure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoveFailure {
    pub monitor_id: i64,
    pub error: String,
    pub error_code: u32,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Keys {
    pub apikey: String,
    pub secretkey: String,
}

/// Names the apikey only: a secret key never reaches a log or a test failure message.
impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("apikey", &self.apikey)
            .field("secretkey", &"<redacted>")
            .finish()
    }
}

/// The answer to `resetKeys`. `pending` (sandbox, asked with `pending=true`): the keys
/// work only once `confirmKeys`, signed with them, has made them the account's, and the
/// old ones work until then. Without it (hosted) they have replaced the old ones already.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewKeys {
    #[serde(flatten)]
    pub keys: Keys,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pending: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub reachable: bool,
    pub message: Option<String>,
    pub logo: Logo,
    pub support: Support,
    pub buttons: Buttons,
    pub pages: Pages,
    pub active_features: Vec<String>,
    pub inactive_features: Vec<String>,
    pub managed_monitors: Vec<i64>,
}

/// `dashboardPreview` (sandbox only): a single-use token that opens the client's web
/// dashboard read-only at `path` + token on the server that issued it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DashboardPreview {
    pub preview_token: String,
    pub path: String,
    /// Seconds the token can be used for.
    pub expires_in: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Logo {
    pub url: String,
    /// True when the reseller's logo replaces the default (R4).
    pub reseller: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Support {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub reseller: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Buttons {
    pub live_chat: bool,
    pub submit_request: bool,
    pub upgrade: bool,
    pub terminate_account: bool,
    pub api_key_reset: bool,
    pub buy_one_time: bool,
    pub user_voice: bool,
    pub trial: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pages {
    pub billing: bool,
    pub featured_services: bool,
    pub plan_details: bool,
}

/// The error body: `{"error":"message","errorCode":N}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiErrorBody {
    pub error: String,
    pub error_code: u32,
}

/// `tests`: the hosted listing of external (uptime) monitors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TestList {
    pub test_list: Vec<Test>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Test {
    pub id: i64,
    pub name: String,
    /// The check type (http, https, ping, ...).
    #[serde(rename = "type")]
    pub kind: String,
    pub url: String,
    pub is_suspended: bool,
    pub order_id: i64,
}

#[cfg(test)]
mod tests {
    use super::{Keys, Monitor, MonitorType};

    #[test]
    fn a_monitor_serialises_with_its_keys_sorted_as_its_value_does() {
        let mut monitor: Monitor = super::fixtures::monitor(12, 3, 7, MonitorType::Rum, 1234);
        monitor.managed_by = Some("Managed by Provider".into());
        let value = serde_json::to_value(&monitor).unwrap();
        assert_eq!(
            serde_json::to_string_pretty(&monitor).unwrap(),
            serde_json::to_string_pretty(&value).unwrap()
        );
        assert_eq!(
            serde_json::to_string(&monitor).unwrap(),
            serde_json::to_string(&value).unwrap()
        );
    }

    #[test]
    fn keys_debug_names_the_apikey_and_hides_the_secret() {
        let keys = Keys {
            apikey: "APIKEY1".into(),
            secretkey: "SECRET1".into(),
        };
        let shown = format!("{keys:?}");
        assert!(shown.contains("APIKEY1"), "{shown}");
        assert!(!shown.contains("SECRET1"), "{shown}");
    }
}
