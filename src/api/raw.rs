//! Any action, as `monitis api` sends it: the parameters given, signed like every call,
//! with the method the catalog gives it, and the answer as it came.

use monitis_core::protocol::catalog::{self, Method};
use serde_json::Value;

use super::{ApiClient, Retry};
use crate::error::Result;

/// How an action is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Post,
}

/// How an action is sent, as the catalog of the hosted API (and of the platform's own
/// actions) says: reads GET, changes POST; `None` for a name it does not have.
pub fn known_method(action: &str) -> Option<HttpMethod> {
    catalog::lookup(action).map(|entry| match entry.method {
        Method::Get => HttpMethod::Get,
        Method::Post => HttpMethod::Post,
    })
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
        let url = match catalog::lookup(action) {
            // The custom monitors' actions go where the hosted API took them.
            Some(e) if e.endpoint == catalog::Endpoint::CustomMonitorApi => {
                beside(&self.endpoint, catalog::CUSTOM_MONITOR_API)
            }
            _ => self.endpoint.clone(),
        };
        self.call_pairs(&url, method, action, params, retry).await
    }
}

/// The endpoint `path` (`/customMonitorApi`) beside `endpoint` (`…/api`): its last path
/// segment replaced.
fn beside(endpoint: &reqwest::Url, path: &str) -> reqwest::Url {
    let mut url = endpoint.clone();
    if let Ok(mut segments) = url.path_segments_mut() {
        segments
            .pop_if_empty()
            .pop()
            .push(path.trim_start_matches('/'));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_come_from_the_catalog() {
        assert_eq!(known_method("clients"), Some(HttpMethod::Get));
        assert_eq!(
            known_method("suspendExternalMonitor"),
            Some(HttpMethod::Post)
        );
        // Hosted actions the platform does not serve have their method too.
        assert_eq!(known_method("topexternal"), Some(HttpMethod::Get));
        assert_eq!(known_method("addContact"), Some(HttpMethod::Post));
        assert_eq!(known_method("Clients"), None);
    }

    #[test]
    fn the_custom_endpoint_sits_beside_the_api() {
        for (endpoint, custom) in [
            (
                "http://127.0.0.1:8080/api",
                "http://127.0.0.1:8080/customMonitorApi",
            ),
            (
                "https://h.example/monitis/api/",
                "https://h.example/monitis/customMonitorApi",
            ),
        ] {
            let url = reqwest::Url::parse(endpoint).unwrap();
            assert_eq!(beside(&url, "/customMonitorApi").as_str(), custom);
        }
    }
}
