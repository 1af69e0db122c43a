//! Requests shaped as the hosted API's public SDKs send them (issue 21), for the tests
//! of the hosted families: each method names the SDK code it follows. Every server these
//! drive has the hosted compatibility doors open (`Server::hosted`), as the SDKs'
//! unsigned version 2 GETs need.

#![allow(dead_code)] // each test binary uses its own part of the harness

use monitis_core::protocol::TIME_FORMAT;
use monitis_core::protocol::sign;
use serde_json::Value;

use super::server::{Keys, Resp, Server, now_timestamp};

impl Server {
    /// A server with the hosted compatibility doors open (`sandbox serve --hosted-compat`).
    pub async fn hosted() -> Server {
        Server::start_with(false, |o| o.hosted_compat = true).await
    }
}

pub fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Appends the HMAC-SHA1 checksum of every pair so far. The SDKs sort the names before
/// concatenating them (Java case-insensitively); the names these tests send sort alike
/// either way.
pub fn sign_pairs(mut pairs: Vec<(String, String)>, secret: &str) -> Vec<(String, String)> {
    let sum = sign::checksum(secret, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    pairs.push(("checksum".into(), sum));
    pairs
}

/// Sends `pairs` in the query string of a POST with an empty body.
async fn post_in_query(s: &Server, pairs: &[(String, String)]) -> Resp {
    let response = s
        .http
        .post(&s.url)
        .query(pairs)
        .send()
        .await
        .expect("request reaches the sandbox");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let body: Value =
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("JSON body, got {status} {text:?}"));
    Resp { status, body }
}

/// The Java SDK (`monitisexchange/Monitis-Java-SDK`, `org.monitis.api.APIObject`),
/// version 2 (`Constants.API_VERSION`), as the account with `keys`.
pub struct Java<'a> {
    pub s: &'a Server,
    pub keys: Keys,
}

impl Java<'_> {
    /// `makeGetRequest`: action, apikey, version, `nocache` (`Math.random()`), then the
    /// parameters (the callers add `output`), unsigned.
    pub async fn get(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let nocache = format!("{}", rand::random::<f64>());
        let mut pairs = owned(&[
            ("action", action),
            ("apikey", &self.keys.apikey),
            ("version", "2"),
            ("nocache", &nocache),
        ]);
        pairs.extend(owned(params));
        self.s.send_pairs(false, &pairs).await
    }

    /// `makePostRequest`: action, apikey, GMT timestamp, version and the parameters,
    /// signed without a `validation` parameter, all sent in the query string of a POST
    /// (`HttpConnector.send` calls `setQueryString` for both methods).
    pub async fn post(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let mut pairs = owned(&[
            ("action", action),
            ("apikey", &self.keys.apikey),
            ("timestamp", &now_timestamp()),
            ("version", "2"),
        ]);
        pairs.extend(owned(params));
        post_in_query(self.s, &sign_pairs(pairs, &self.keys.secretkey)).await
    }
}

/// CPAN `Monitis` (`yko/monitis-api`, `lib/Monitis.pm`): version 2, `output=JSON`.
pub struct Perl<'a> {
    pub s: &'a Server,
    pub keys: Keys,
}

impl Perl<'_> {
    /// `api_get`: apikey, output, version, action and the parameters, unsigned.
    pub async fn get(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let mut pairs = owned(&[
            ("apikey", &self.keys.apikey),
            ("output", "JSON"),
            ("version", "2"),
            ("action", action),
        ]);
        pairs.extend(owned(params));
        self.s.send_pairs(false, &pairs).await
    }

    /// `api_post`: the parameters with apikey, validation, output, version, timestamp
    /// and action, all signed, in a form body.
    pub async fn post(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let mut pairs = owned(params);
        pairs.extend(owned(&[
            ("apikey", &self.keys.apikey),
            ("validation", "HMACSHA1"),
            ("output", "JSON"),
            ("version", "2"),
            ("timestamp", &now_timestamp()),
            ("action", action),
        ]));
        self.s
            .send_pairs(true, &sign_pairs(pairs, &self.keys.secretkey))
            .await
    }
}

/// The MApi PHP SDK (`aligajani/monitis-tutorials`, `MApi.class.php`, `_makeRequest`):
/// `output=json`; version 2 GETs carry the apikey unsigned; POSTs, and every version 3
/// request, add `timestamp` (`date("Y-m-d H:i:s")`: the machine's clock, UTC here) and
/// are signed.
pub struct Mapi<'a> {
    pub s: &'a Server,
    pub keys: Keys,
    pub version: &'static str,
}

impl Mapi<'_> {
    async fn send(&self, post: bool, action: &str, params: &[(&str, &str)]) -> Resp {
        let mut pairs = owned(params);
        pairs.extend(owned(&[
            ("action", action),
            ("version", self.version),
            ("output", "json"),
            ("apikey", &self.keys.apikey),
        ]));
        if post || self.version == "3" {
            let timestamp = chrono::Utc::now().format(TIME_FORMAT).to_string();
            pairs.push(("timestamp".into(), timestamp));
            pairs = sign_pairs(pairs, &self.keys.secretkey);
        }
        self.s.send_pairs(post, &pairs).await
    }

    pub async fn get(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        self.send(false, action, params).await
    }

    pub async fn post(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        self.send(true, action, params).await
    }
}

/// The WHMCS add-on (`monitisexchange/WHMCS`, `monitis_addon/lib/monitisapi.php`,
/// `MonitisApi::requestGet`): version 3, the reseller's `authToken` without `validation`.
pub struct Whmcs<'a> {
    pub s: &'a Server,
    pub token: String,
}

impl<'a> Whmcs<'a> {
    pub async fn connect(s: &'a Server) -> Whmcs<'a> {
        let token = s.token(&s.reseller).await;
        Whmcs { s, token }
    }

    /// `requestGet`: params, version, action, apikey, authToken.
    pub async fn get(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let mut pairs = owned(params);
        pairs.extend(owned(&[
            ("version", "3"),
            ("action", action),
            ("apikey", &self.s.reseller.apikey),
            ("authToken", &self.token),
        ]));
        self.s.send_pairs(false, &pairs).await
    }
}
