//! HTTP-level harness for the sandbox server: a real server on 127.0.0.1 with a random
//! port over a SQLite file in a temporary folder, embedded with `monitis_platform::start`,
//! and requests signed like any client would (`protocol::sign`).

#![allow(dead_code)] // each test binary uses its own part of the harness

use std::path::PathBuf;

use monitis_core::protocol::{TIME_FORMAT, sign};
use monitis_platform::{self as sandbox, RunningServer, ServerOptions};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// An account's keys.
#[derive(Debug, Clone)]
pub struct Keys {
    pub apikey: String,
    pub secretkey: String,
}

impl Keys {
    /// The keys in JSON that has `apikey` and `secretkey` (`sandbox init`, the `apikey` action).
    pub fn of(printed: &Value) -> Keys {
        let (apikey, secretkey) = crate::common::cli::keys(printed);
        Keys { apikey, secretkey }
    }
}

/// A running in-process sandbox and the folder that holds its database.
pub struct Server {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub url: String,
    pub reseller: Keys,
    running: Option<RunningServer>,
    pub http: reqwest::Client,
}

/// An answer: HTTP status and JSON body.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub body: Value,
}

impl Resp {
    /// The body of a successful read.
    pub fn read(self) -> Value {
        assert_eq!(self.status, 200, "expected success, got {self:?}");
        assert!(self.body.get("error").is_none(), "{self:?}");
        self.body
    }

    /// The `data` of a successful change (Null when there is none).
    pub fn data(self) -> Value {
        assert_eq!(self.status, 200, "expected success, got {self:?}");
        assert_eq!(self.body["status"], "ok", "{self:?}");
        self.body.get("data").cloned().unwrap_or(Value::Null)
    }

    /// The errorCode of a refusal, after checking the error shape.
    pub fn code(&self) -> u64 {
        assert!(self.status >= 400, "expected a refusal, got {self:?}");
        let obj = self.body.as_object().expect("error body is an object");
        assert_eq!(
            obj.len(),
            2,
            "error body has exactly error and errorCode: {self:?}"
        );
        assert!(
            obj["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{self:?}"
        );
        obj["errorCode"].as_u64().expect("errorCode is a number")
    }

    pub fn message(&self) -> &str {
        self.body["error"].as_str().unwrap_or_default()
    }
}

/// A plain HTTP client; reqwest is built without a default TLS provider, so one is
/// installed first (idempotent).
pub fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

pub fn now_timestamp() -> String {
    chrono::Utc::now().format(TIME_FORMAT).to_string()
}

pub fn sha256_hex(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The pairs of a checksum-mode request: the given ones, apikey, version, timestamp and checksum.
pub fn signed(
    keys: &Keys,
    action: &str,
    params: &[(&str, &str)],
    timestamp: &str,
) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    pairs.push(("action".into(), action.into()));
    pairs.push(("apikey".into(), keys.apikey.clone()));
    pairs.push(("version".into(), "3".into()));
    pairs.push(("timestamp".into(), timestamp.into()));
    let sum = sign::checksum(
        &keys.secretkey,
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    pairs.push(("checksum".into(), sum));
    pairs
}

/// `signed` now, with a random `nonce`, so that no two requests share a checksum.
pub fn signed_once(keys: &Keys, action: &str, params: &[(&str, &str)]) -> Vec<(String, String)> {
    let nonce = format!("{:032x}", rand::random::<u128>());
    let mut params = params.to_vec();
    params.push(("nonce", &nonce));
    signed(keys, action, &params, &now_timestamp())
}

impl Server {
    /// An empty platform with one reseller.
    pub async fn start() -> Server {
        Self::start_with(false, |_| {}).await
    }

    /// The demo platform (`init_db(.., true)`).
    pub async fn demo() -> Server {
        Self::start_with(true, |_| {}).await
    }

    pub async fn start_with(demo: bool, options: impl FnOnce(&mut ServerOptions)) -> Server {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("platform.db");
        let init = sandbox::init_db(&db, demo).expect("init_db");
        let mut opts = ServerOptions::new(&db, "127.0.0.1:0".parse().unwrap());
        options(&mut opts);
        let running = sandbox::start(opts).await.expect("start sandbox");
        Server {
            url: running.url.clone(),
            dir,
            db,
            reseller: Keys {
                apikey: init.apikey,
                secretkey: init.secretkey,
            },
            running: Some(running),
            http: http_client(),
        }
    }

    /// A server started elsewhere (the binary), reached at `url`.
    pub fn connect(dir: tempfile::TempDir, db: PathBuf, url: String, reseller: Keys) -> Server {
        Server {
            dir,
            db,
            url,
            reseller,
            running: None,
            http: http_client(),
        }
    }

    /// Stops this server and serves the same database again with `options`.
    pub async fn restart(self, options: impl FnOnce(&mut ServerOptions)) -> Server {
        let reseller = self.reseller.clone();
        let (dir, db) = self.stop().await;
        let mut opts = ServerOptions::new(&db, "127.0.0.1:0".parse().unwrap());
        options(&mut opts);
        let running = sandbox::start(opts).await.expect("restart sandbox");
        Server {
            url: running.url.clone(),
            dir,
            db,
            reseller,
            running: Some(running),
            http: http_client(),
        }
    }

    /// Stops the server gracefully; the folder stays for reopening the database.
    pub async fn stop(mut self) -> (tempfile::TempDir, PathBuf) {
        self.running
            .take()
            .expect("running")
            .shutdown()
            .await
            .expect("clean shutdown");
        (self.dir, self.db)
    }

    /// Another reseller in the same database.
    pub fn add_reseller(&self) -> Keys {
        let init = sandbox::init_db(&self.db, false).expect("init_db");
        Keys {
            apikey: init.apikey,
            secretkey: init.secretkey,
        }
    }

    /// Sends exactly these pairs (GET query or POST form).
    pub async fn send_pairs(&self, post: bool, pairs: &[(String, String)]) -> Resp {
        let request = if post {
            self.http.post(&self.url).form(pairs)
        } else {
            self.http.get(&self.url).query(pairs)
        };
        let response = request.send().await.expect("request reaches the sandbox");
        let status = response.status().as_u16();
        let text = response.text().await.expect("body");
        let body = serde_json::from_str(&text)
            .unwrap_or_else(|_| panic!("JSON body, got {status} {text:?}"));
        Resp { status, body }
    }

    /// A checksum-mode GET, unique by its nonce (the server accepts a checksum once).
    pub async fn get(&self, keys: &Keys, action: &str, params: &[(&str, &str)]) -> Resp {
        self.send_pairs(false, &signed_once(keys, action, params))
            .await
    }

    /// A checksum-mode POST, unique by its nonce.
    pub async fn post(&self, keys: &Keys, action: &str, params: &[(&str, &str)]) -> Resp {
        self.send_pairs(true, &signed_once(keys, action, params))
            .await
    }

    /// A request with exactly these pairs, unsigned unless they sign themselves.
    pub async fn raw(&self, post: bool, pairs: &[(&str, &str)]) -> Resp {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.send_pairs(post, &owned).await
    }

    /// A token-mode request.
    pub async fn with_token(
        &self,
        post: bool,
        apikey: &str,
        token: &str,
        action: &str,
        params: &[(&str, &str)],
    ) -> Resp {
        let mut pairs: Vec<(&str, &str)> = params.to_vec();
        pairs.extend([
            ("action", action),
            ("apikey", apikey),
            ("version", "3"),
            ("validation", "token"),
            ("authToken", token),
        ]);
        self.raw(post, &pairs).await
    }

    /// The `authToken` request, for checking its refusals.
    pub async fn token_request(&self, keys: &Keys) -> Resp {
        self.raw(
            false,
            &[
                ("action", "authToken"),
                ("apikey", &keys.apikey),
                ("secretkey", &keys.secretkey),
                ("version", "3"),
            ],
        )
        .await
    }

    pub async fn token(&self, keys: &Keys) -> String {
        let resp = self.token_request(keys).await.read();
        resp["authToken"].as_str().expect("authToken").to_string()
    }

    // ----- platform set-up through the API, as the reseller -------------------------

    /// Adds a client (password `pw-<email>`) and returns its apikey.
    pub async fn add_client(&self, email: &str) -> String {
        let password = format!("pw-{email}");
        let data = self
            .post(
                &self.reseller,
                "addClient",
                &[
                    ("firstName", "Test"),
                    ("lastName", "Client"),
                    ("email", email),
                    ("password", &password),
                ],
            )
            .await
            .data();
        data.as_str()
            .expect("addClient returns the apikey")
            .to_string()
    }

    /// The client's keys, by logging in with its email and password.
    pub async fn login(&self, email: &str) -> Resp {
        let hex = sha256_hex(&format!("pw-{email}"));
        self.raw(
            false,
            &[
                ("action", "apikey"),
                ("userName", email),
                ("password", &hex),
                ("version", "3"),
            ],
        )
        .await
    }

    pub async fn client_keys(&self, email: &str) -> Keys {
        Keys::of(&self.login(email).await.read())
    }

    /// Adds an order for a client (`services` as `code:qty,...`) with extra parameters.
    pub async fn add_order(
        &self,
        client_apikey: &str,
        services: &str,
        extra: &[(&str, &str)],
    ) -> i64 {
        let mut params = vec![("clientApikey", client_apikey), ("services", services)];
        params.extend_from_slice(extra);
        self.post(&self.reseller, "addOrder", &params).await.data()["orderId"]
            .as_i64()
            .expect("orderId")
    }

    /// Adds a monitor as the reseller.
    pub async fn add_monitor(&self, order_id: i64, kind: &str, name: &str) -> i64 {
        let order = order_id.to_string();
        let data = self
            .post(
                &self.reseller,
                "addMonitor",
                &[
                    ("orderId", &order),
                    ("type", kind),
                    ("name", name),
                    ("url", "https://example.com"),
                ],
            )
            .await
            .data();
        data["monitorId"].as_i64().expect("monitorId")
    }

    pub async fn pageviews(&self, monitor_id: i64, count: u64) -> Value {
        let (id, count) = (monitor_id.to_string(), count.to_string());
        self.post(
            &self.reseller,
            "sandboxPageviews",
            &[("monitorId", &id), ("count", &count)],
        )
        .await
        .data()
    }

    /// An order action (`suspendOrder`, `activateOrder`, `deleteOrder`) as the reseller.
    pub async fn order_action(&self, action: &str, order_id: i64) -> Resp {
        self.post(
            &self.reseller,
            action,
            &[("orderId", &order_id.to_string())],
        )
        .await
    }

    /// The sandbox's billing switch (R8) as the reseller: unpaid suspends every client.
    pub async fn set_paid(&self, paid: bool) {
        let paid = if paid { "true" } else { "false" };
        self.post(&self.reseller, "sandboxBilling", &[("paid", paid)])
            .await
            .data();
    }

    pub async fn monitor(&self, monitor_id: i64) -> Value {
        self.get(
            &self.reseller,
            "monitorInfo",
            &[("monitorId", &monitor_id.to_string())],
        )
        .await
        .read()
    }

    pub async fn order(&self, order_id: i64) -> Value {
        self.get(
            &self.reseller,
            "orderInfo",
            &[("orderId", &order_id.to_string())],
        )
        .await
        .read()
    }
}

/// A monitor's status and suspension reason, for compact assertions.
pub fn state(monitor: &Value) -> (String, Value) {
    (
        monitor["status"].as_str().unwrap().to_string(),
        monitor["suspendedReason"].clone(),
    )
}
