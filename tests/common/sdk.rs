//! Requests shaped as the hosted API's public clients send them (issue 21), read from
//! their code, for the tests of every family of hosted actions: the WHMCS add-on (version
//! 3, token mode), the version 2 clients (the Python SDK and CPAN `Monitis`), the Java SDK,
//! CPAN's raw forms and the MApi SDK. Each names the client code it follows. Every server
//! these drive has the hosted compatibility doors open ([`hosted`]), as the SDKs'
//! unsigned version 2 GETs need.

#![allow(dead_code)] // each test binary uses its own part of the harness

use md5::{Digest, Md5};
use monitis_core::protocol::TIME_FORMAT;
use monitis_core::protocol::sign;
use serde_json::Value;

use super::server::{Keys, Resp, Server, now_timestamp};

/// A server with the hosted compatibility doors open, as these clients need
/// (`sandbox serve --hosted-compat`).
pub async fn hosted() -> Server {
    Server::start_with(false, |o| o.hosted_compat = true).await
}

pub fn md5_hex(s: &str) -> String {
    Md5::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Appends the checksum of every pair so far, signed with `secret`.
pub fn sign_pairs(mut pairs: Vec<(String, String)>, secret: &str) -> Vec<(String, String)> {
    let sum = sign::checksum(secret, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    pairs.push(("checksum".into(), sum));
    pairs
}

// ----- the WHMCS add-on ------------------------------------------------------------------

/// The add-on's two request paths (`MonitisApi` for the reseller, `monitisClientApi` for
/// his clients), with the reseller's token from `MonitisApi::getAuthToken`.
pub struct Whmcs<'a> {
    pub s: &'a Server,
    pub token: String,
}

impl<'a> Whmcs<'a> {
    pub async fn connect(s: &'a Server) -> Whmcs<'a> {
        let token = Self::auth_token(s).await.read()["authToken"]
            .as_str()
            .expect("authToken")
            .to_string();
        Whmcs { s, token }
    }

    /// The add-on of another reseller of the same server.
    pub async fn of_another_reseller(s: &'a Server) -> Whmcs<'a> {
        let other = s.add_reseller();
        Whmcs {
            s,
            token: s.token(&other).await,
        }
    }

    /// `MonitisApi::getAuthToken`.
    pub async fn auth_token(s: &Server) -> Resp {
        let r = &s.reseller;
        s.raw(
            false,
            &[
                ("version", "3"),
                ("action", "authToken"),
                ("apikey", &r.apikey),
                ("secretkey", &r.secretkey),
            ],
        )
        .await
    }

    /// `MonitisApi::requestGet`: params, version, action, apikey, authToken.
    pub async fn get(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let mut pairs = params.to_vec();
        pairs.extend([
            ("version", "3"),
            ("action", action),
            ("apikey", &self.s.reseller.apikey),
            ("authToken", &self.token),
        ]);
        self.s.raw(false, &pairs).await
    }

    /// `MonitisApi::requestPost`: params, authToken, validation, version, action, apikey.
    pub async fn post(&self, action: &str, params: &[(&str, &str)]) -> Resp {
        let mut pairs = params.to_vec();
        pairs.extend([
            ("authToken", &*self.token),
            ("validation", "token"),
            ("version", "3"),
            ("action", action),
            ("apikey", &self.s.reseller.apikey),
        ]);
        self.s.raw(true, &pairs).await
    }

    /// `monitisClientApiAccess::requestGet`: params (the callers put the client's apikey
    /// there), version, action, the reseller's authToken.
    pub async fn client_get(&self, client: &str, action: &str, params: &[(&str, &str)]) -> Resp {
        let mut pairs = params.to_vec();
        pairs.extend([
            ("apikey", client),
            ("version", "3"),
            ("action", action),
            ("authToken", &self.token),
        ]);
        self.s.raw(false, &pairs).await
    }

    /// `monitisClientApiAccess::requestPost`: params, validation, version, action,
    /// timestamp, the client's apikey, the reseller's authToken.
    pub async fn client_post(&self, client: &str, action: &str, params: &[(&str, &str)]) -> Resp {
        let timestamp = now_timestamp();
        let mut pairs = params.to_vec();
        pairs.extend([
            ("validation", "token"),
            ("version", "3"),
            ("action", action),
            ("timestamp", &timestamp),
            ("apikey", client),
            ("authToken", &self.token),
        ]);
        self.s.raw(true, &pairs).await
    }
}

/// The two version 2 clients: the Python SDK and CPAN `Monitis`.
#[derive(Debug, Clone, Copy)]
pub enum V2 {
    /// GET (`monitis.api.get`): apikey, action, output, version, then the parameters,
    /// unsigned. POST (`monitis.api.post`): the parameters, apikey, action, version, UTC
    /// timestamp, checksum; no `validation`.
    Python,
    /// GET (`build_get_request`): the parameters, apikey, output, version, action,
    /// unsigned. POST (`build_post_request`): the parameters, apikey, validation, output,
    /// version, timestamp (local time, UTC on the test machine), action, checksum.
    Cpan,
}

pub const PY: V2 = V2::Python;
pub const CPAN: V2 = V2::Cpan;

impl V2 {
    pub async fn get(
        self,
        s: &Server,
        apikey: &str,
        action: &str,
        params: &[(&str, &str)],
    ) -> Resp {
        let auth = [
            ("apikey", apikey),
            ("output", "JSON"),
            ("version", "2"),
            ("action", action),
        ];
        let pairs: Vec<(&str, &str)> = match self {
            V2::Python => [&auth[..], params].concat(),
            V2::Cpan => [params, &auth[..]].concat(),
        };
        s.raw(false, &pairs).await
    }

    pub async fn post(
        self,
        s: &Server,
        keys: &Keys,
        action: &str,
        params: &[(&str, &str)],
    ) -> Resp {
        let timestamp = now_timestamp();
        let (apikey, ts) = (("apikey", &*keys.apikey), ("timestamp", &*timestamp));
        let auth = match self {
            V2::Python => vec![apikey, ("action", action), ("version", "2"), ts],
            V2::Cpan => vec![
                apikey,
                ("validation", "HMACSHA1"),
                ("output", "JSON"),
                ("version", "2"),
                ts,
                ("action", action),
            ],
        };
        let pairs = owned(&[params, &auth[..]].concat());
        s.send_pairs(true, &sign_pairs(pairs, &keys.secretkey))
            .await
    }

    /// The reseller's own external monitor added with `params`; its testId.
    pub async fn own_test(self, s: &Server, params: &[(&str, &str)]) -> String {
        self.post(s, &s.reseller, "addExternalMonitor", params)
            .await
            .data()["testId"]
            .as_i64()
            .expect("testId")
            .to_string()
    }
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
