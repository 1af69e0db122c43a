//! Any action, as `monitis api` sends it: the parameters given, signed like every call,
//! GET for the reads and POST for the changes the CLI knows, and the answer as it came.

use serde_json::Value;

use super::{ApiClient, Retry};
use crate::error::Result;

/// How an action is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Post,
}

/// The reads of the protocol (docs/protocol.md): sent with GET. `tests/cli_api.rs`
/// checks this list and [`CHANGES`] against the protocol's table of actions.
const READS: &[&str] = &[
    "apikey",
    "authToken",
    "userInfo",
    "clients",
    "getServiceList",
    "orders",
    "orderInfo",
    "oneTimeServices",
    "monitors",
    "tests",
    "monitorInfo",
    "rumUsage",
    "branding",
    "dashboard",
    "secretkey",
    "locations",
    "testinfo",
    "subAccounts",
    "userkey",
    "getPublicKeys",
    "getWidget",
    "pages",
    "pageModules",
    "subAccountPages",
    "testresult",
    "testsLastValues",
    "teststatuses",
    "fullPageLoadTests",
    "fullPageLoadTestInfo",
    "fullPageLoadTestResult",
    "fullPageLoadLocations",
];

/// The changes of the protocol: sent with POST.
const CHANGES: &[&str] = &[
    "resetKeys",
    "confirmKeys",
    "addClient",
    "editUser",
    "deleteClient",
    "addOrder",
    "suspendOrder",
    "activateOrder",
    "deleteOrder",
    "buyService",
    "addMonitor",
    "addExternalMonitor",
    "addCompositeMonitor",
    "editMonitor",
    "deleteMonitor",
    "deleteExternalMonitor",
    "ChangeMonitorOrder",
    "BulkChangeMonitorOrder",
    "setBranding",
    "dashboardPreview",
    "extendAllClients",
    "sandboxPageviews",
    "sandboxNextCycle",
    "sandboxBilling",
    "sandboxExpireTokens",
    "editExternalMonitor",
    "suspendExternalMonitor",
    "activateExternalMonitor",
    "addSubAccount",
    "deleteSubAccount",
    "addPublicKey",
    "updatePublicKey",
    "deletePublicKeys",
    "addPage",
    "addPageModule",
    "deletePage",
    "deletePageModule",
    "addPagesToSubAccount",
    "deletePagesFromSubAccount",
    "addFullPageLoadMonitor",
    "editFullPageLoadMonitor",
    "deleteFullPageLoadMonitor",
    "suspendFullPageLoadMonitor",
    "activateFullPageLoadMonitor",
];

/// How the CLI sends an action it knows: reads GET, changes POST; `None` for one it
/// does not know.
pub fn known_method(action: &str) -> Option<HttpMethod> {
    if READS.contains(&action) {
        Some(HttpMethod::Get)
    } else if CHANGES.contains(&action) {
        Some(HttpMethod::Post)
    } else {
        None
    }
}

/// Every action the CLI knows, with how it sends it.
pub fn known_actions() -> impl Iterator<Item = (&'static str, HttpMethod)> {
    (READS.iter().map(|a| (*a, HttpMethod::Get)))
        .chain(CHANGES.iter().map(|a| (*a, HttpMethod::Post)))
}

/// Parameters every call gets from the client itself: given by hand, they would sign
/// another request than the one sent.
pub const RESERVED_PARAMS: [&str; 9] = [
    "action",
    "apikey",
    "version",
    "output",
    "validation",
    "authToken",
    "timestamp",
    "nonce",
    "checksum",
];

impl ApiClient {
    /// `action` with `params`, signed like every call (and with `clientApikey` when
    /// acting for a client). A read is retried like every read; a change is sent once,
    /// since nothing here knows how to read back whether it happened. Returns the
    /// answer as it came: a read's value, a change's `{"status":"ok","data":...}`.
    pub async fn raw(
        &self,
        method: HttpMethod,
        action: &str,
        params: Vec<(String, String)>,
    ) -> Result<Value> {
        let (method, retry) = match method {
            HttpMethod::Get => (reqwest::Method::GET, Retry::Idempotent),
            HttpMethod::Post => (reqwest::Method::POST, Retry::Once),
        };
        self.call_pairs(method, action, params, retry).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_is_a_read_or_a_change_never_both() {
        assert_eq!(known_method("clients"), Some(HttpMethod::Get));
        assert_eq!(
            known_method("suspendExternalMonitor"),
            Some(HttpMethod::Post)
        );
        assert_eq!(known_method("Clients"), None);
        assert!(READS.iter().all(|r| !CHANGES.contains(r)));
    }
}
