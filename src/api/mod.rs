//! The API client: the hosted protocol over reqwest (rustls), with token or checksum
//! authentication, retries where a retry cannot apply a change twice, and `-vv` logs with
//! every secret redacted. Typed actions live in one submodule per command group.

mod accounts;
mod clients;
mod deadline;
mod monitors;
mod orders;
mod raw;
mod redact;
mod reseller;
mod rum;
mod sandbox;
mod services;
pub mod stream;

pub use deadline::Deadline;

pub use crate::secret::Secret;
pub use clients::{ClientChanges, NewClient};
pub use monitors::{MAX_VALUE_BYTES, MonitorFilter, NewMonitor};
pub use orders::{NewOrder, OrderChange};
pub use raw::{HttpMethod, RESERVED_PARAMS, known_method};
pub use redact::{is_secret, redact_params};

use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Error, Result};
use monitis_core::failure::Failure;
use monitis_core::protocol::{self, codes::ErrorCode, model::ApiErrorBody};

/// The hosted API's endpoint.
pub const DEFAULT_ENDPOINT: &str = "https://api.monitis.com/api";

/// How long a token from `authToken` is valid (protocol.md).
const TOKEN_LIFETIME_SECS: i64 = 24 * 3600;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthMode {
    Token,
    Checksum,
}

/// Where a token is kept between runs (the keyring, next to the secret key).
pub trait TokenCache: Send + Sync {
    /// The cached token and when it expires (Unix seconds).
    fn load(&self) -> Option<(Secret, i64)>;
    fn store(&self, token: &Secret, expires_at: i64);
    fn clear(&self);
}

/// Where the client's `-v` lines go (requests, answers, retries); the CLI passes its
/// stderr messages, so this layer needs nothing of the output layer.
pub trait RequestLog: Send + Sync {
    /// Whether lines of `level` are shown: lets a costly line (a redacted body) be skipped.
    fn shows(&self, level: i8) -> bool;
    fn log(&self, level: i8, line: std::fmt::Arguments);
}

/// Whether a change may be sent again after a failure that may have applied it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Applying it twice is the same as once (moving a monitor to an order, setting a value).
    Idempotent,
    /// Sent once; retried only when the request surely never reached the server.
    Once,
}

pub struct ClientOptions {
    pub endpoint: String,
    pub apikey: String,
    pub secret: Secret,
    pub mode: AuthMode,
    pub token_cache: Option<Arc<dyn TokenCache>>,
    pub log: Box<dyn RequestLog>,
}

pub struct ApiClient {
    http: reqwest::Client,
    endpoint: reqwest::Url,
    apikey: String,
    secret: Secret,
    mode: AuthMode,
    /// The token and when it expires; the cache is read once, at the first call.
    token: tokio::sync::Mutex<Option<(Secret, i64)>>,
    cache_read: std::sync::atomic::AtomicBool,
    token_cache: Option<Arc<dyn TokenCache>>,
    /// `clientApikey` sent with every call: the reseller acting for one client.
    acting_for: Option<String>,
    deadline: Option<Deadline>,
    log: Box<dyn RequestLog>,
}

pub type Params = Vec<(&'static str, String)>;

/// Attempts per request where a retry is safe: at a 30% fault rate, 10 attempts all fail
/// about once in 170,000 requests. The deadline bounds them all.
const ATTEMPTS: u32 = 10;

/// The longest one attempt waits for its answer; within the command's deadline.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);

/// Whether a failed change may have been applied all the same: no answer came, or the
/// API answered "unavailable" (errorCode 13), which a server may send after committing
/// (the sandbox's `--fault-rate` does so for half its faults). Such a change is settled
/// by reading back, never by sending it blindly again.
pub fn may_have_applied(err: &Error) -> bool {
    match err {
        Error::Unanswered(_) => true,
        Error::Api { code, .. } => *code == ErrorCode::Unavailable,
        _ => false,
    }
}

impl ApiClient {
    pub fn new(options: ClientOptions) -> Result<ApiClient> {
        let endpoint = check_endpoint(&options.endpoint)?;
        Ok(ApiClient {
            http: http_client(&endpoint)?,
            endpoint,
            apikey: options.apikey,
            secret: options.secret,
            mode: options.mode,
            token: tokio::sync::Mutex::new(None),
            cache_read: std::sync::atomic::AtomicBool::new(false),
            token_cache: options.token_cache,
            acting_for: None,
            deadline: None,
            log: options.log,
        })
    }

    /// No request of this client waits past `deadline`; without one, each attempt still
    /// waits at most [`ATTEMPT_TIMEOUT`].
    pub fn set_deadline(&mut self, deadline: Deadline) {
        self.deadline = Some(deadline);
    }

    pub fn apikey(&self) -> &str {
        &self.apikey
    }

    pub fn endpoint(&self) -> &str {
        self.endpoint.as_str()
    }

    /// From now on, act for this client of the reseller (`clientApikey`).
    pub fn act_for(&mut self, client_apikey: Option<String>) {
        self.acting_for = client_apikey;
    }

    pub fn acting_for(&self) -> Option<&str> {
        self.acting_for.as_deref()
    }

    /// A read: `GET`, the bare JSON value.
    pub async fn read<T: DeserializeOwned>(&self, action: &str, params: Params) -> Result<T> {
        let value = self
            .call(reqwest::Method::GET, action, params, Retry::Idempotent)
            .await?;
        decode(action, value)
    }

    /// A change: `POST`, `{"status":"ok","data":...}`; returns `data`.
    pub async fn change<T: DeserializeOwned>(
        &self,
        action: &str,
        params: Params,
        retry: Retry,
    ) -> Result<T> {
        let value = self
            .call(reqwest::Method::POST, action, params, retry)
            .await?;
        match value.get("status").and_then(Value::as_str) {
            Some("ok") => decode(action, value.get("data").cloned().unwrap_or(Value::Null)),
            _ => Err(Error::failed(format!(
                "{action}: the API answered without \"status\":\"ok\": {}",
                truncate(&value.to_string())
            ))),
        }
    }

    /// A read whose successful answer is handed over unread, for lists too big to hold
    /// (see [`stream`]): sent once, as a stream cannot be read twice; an expired token
    /// is renewed once, as in every call.
    pub async fn read_response(&self, action: &str, params: Params) -> Result<reqwest::Response> {
        let params = self.acting_params(owned(params));
        let mut renewed = false;
        loop {
            let all = self.sign(
                &self
                    .authorised(&reqwest::Method::GET, action, &params)
                    .await?,
            );
            self.log.log(
                2,
                format_args!("> GET {} {}", self.endpoint, redact_params(&all)),
            );
            let mut request = self.http.get(self.endpoint.clone()).query(&all);
            // The whole answer, its streamed body included, arrives before the deadline
            // or breaks off there (reqwest's timeout covers the body).
            if let Some(deadline) = self.deadline {
                if deadline.remaining().is_zero() {
                    return Err(deadline.passed(action, &self.endpoint));
                }
                request = request.timeout(deadline.remaining());
            }
            let response = request.send().await.map_err(|e| match self.deadline {
                Some(deadline) if e.is_timeout() => deadline.passed(action, &self.endpoint),
                _ => Error::Network(Failure::msg(format!(
                    "{action}: could not reach {}: {}",
                    self.endpoint,
                    describe(e)
                ))),
            })?;
            let status = response.status().as_u16();
            if status == 200 {
                self.log.log(2, format_args!("< {status} (streamed)"));
                return Ok(response);
            }
            let body = response.text().await.unwrap_or_default();
            self.log
                .log(2, format_args!("< {status} {}", redact::body(&body)));
            match parse_response(action, status, &body) {
                Err(Error::Api { code, .. })
                    if code == ErrorCode::TokenInvalid
                        && self.mode == AuthMode::Token
                        && !renewed =>
                {
                    self.drop_token().await;
                    renewed = true;
                }
                Err(e) => return Err(e),
                Ok(_) => {
                    return Err(Error::failed(format!(
                        "{action}: the API answered HTTP {status}"
                    )));
                }
            }
        }
    }

    /// The parameters with `clientApikey` of the client acted for, unless given.
    fn acting_params(&self, mut params: Vec<(String, String)>) -> Vec<(String, String)> {
        if let Some(client) = &self.acting_for
            && !params.iter().any(|(k, _)| {
                matches!(k.as_str(), "clientApikey" | "clientAPIKey" | "clientApiKey")
            })
        {
            params.push(("clientApikey".into(), client.clone()));
        }
        params
    }

    async fn call(
        &self,
        method: reqwest::Method,
        action: &str,
        params: Params,
        retry: Retry,
    ) -> Result<Value> {
        self.call_pairs(&self.endpoint, method, action, owned(params), retry)
            .await
    }

    /// `action` sent to `url`: the endpoint, or the hosted API's other one (`monitis api`).
    async fn call_pairs(
        &self,
        url: &reqwest::Url,
        method: reqwest::Method,
        action: &str,
        params: Vec<(String, String)>,
        retry: Retry,
    ) -> Result<Value> {
        let params = self.acting_params(params);
        match self
            .authenticated(url, &method, action, &params, retry)
            .await
        {
            // A token that expired or was revoked: fetch a new one once and try again.
            Err(Error::Api { code, .. })
                if code == ErrorCode::TokenInvalid && self.mode == AuthMode::Token =>
            {
                self.log
                    .log(1, format_args!("token expired; fetching a new one"));
                self.drop_token().await;
                self.authenticated(url, &method, action, &params, retry)
                    .await
            }
            other => other,
        }
    }

    async fn authenticated(
        &self,
        url: &reqwest::Url,
        method: &reqwest::Method,
        action: &str,
        params: &[(String, String)],
        retry: Retry,
    ) -> Result<Value> {
        let all = self.authorised(method, action, params).await?;
        self.send(url, method.clone(), &|| self.sign(&all), retry)
            .await
    }

    /// The parameters of a request: the action's, the protocol's and, in token mode, the
    /// token. In checksum mode each attempt is signed by [`ApiClient::sign`].
    async fn authorised(
        &self,
        method: &reqwest::Method,
        action: &str,
        params: &[(String, String)],
    ) -> Result<Vec<(String, String)>> {
        let mut all = base_params(action, &self.apikey, method == reqwest::Method::GET);
        all.extend(params.iter().cloned());
        match self.mode {
            AuthMode::Token => {
                let token = self.token().await?;
                all.push(("validation".into(), "token".into()));
                all.push(("authToken".into(), token.expose().to_string()));
            }
            AuthMode::Checksum => unambiguous(action, &all)?,
        }
        Ok(all)
    }

    /// One attempt's parameters. In checksum mode they are signed anew, with a nonce: the
    /// server accepts a checksum only once (replay protection), and a retry is a request
    /// of its own.
    fn sign(&self, all: &[(String, String)]) -> Vec<(String, String)> {
        let mut signed = all.to_vec();
        if self.mode == AuthMode::Checksum {
            signed.push(("validation".into(), "HMACSHA1".into()));
            let now = chrono::Utc::now().format(protocol::TIME_FORMAT).to_string();
            signed.push(("timestamp".into(), now));
            signed.push(("nonce".into(), nonce()));
            let checksum = protocol::sign::checksum(
                self.secret.expose(),
                signed.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            );
            signed.push(("checksum".into(), checksum));
        }
        signed
    }

    async fn token(&self) -> Result<Secret> {
        let mut token = self.token.lock().await;
        if !self
            .cache_read
            .swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            *token = self.with_cache(|cache| cache.load()).await.flatten();
        }
        let now = chrono::Utc::now().timestamp();
        if let Some((value, expires)) = token.as_ref()
            // Renew a minute early so a token never expires in flight.
            && *expires > now + 60
        {
            return Ok(value.clone());
        }
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct AuthToken {
            auth_token: String,
        }
        let mut params = base_params("authToken", &self.apikey, true);
        params.push(("secretkey".into(), self.secret.expose().to_string()));
        let value = self
            .send(
                &self.endpoint,
                reqwest::Method::GET,
                &|| params.clone(),
                Retry::Idempotent,
            )
            .await?;
        let fresh = Secret::new(decode::<AuthToken>("authToken", value)?.auth_token);
        let expires = now + TOKEN_LIFETIME_SECS;
        let kept = fresh.clone();
        self.with_cache(move |cache| cache.store(&kept, expires))
            .await;
        *token = Some((fresh.clone(), expires));
        Ok(fresh)
    }

    async fn drop_token(&self) {
        *self.token.lock().await = None;
        self.with_cache(|cache| cache.clear()).await;
    }

    /// `job` on the token cache (the keyring) off the async threads, within the
    /// deadline; `None` without a cache, or when it fails: a token is only a cache.
    async fn with_cache<T: Send + 'static>(
        &self,
        job: impl FnOnce(&dyn TokenCache) -> T + Send + 'static,
    ) -> Option<T> {
        let cache = self.token_cache.clone()?;
        let job = move || job(cache.as_ref());
        match self.deadline {
            Some(deadline) => deadline.blocking("the token cache", job).await.ok(),
            None => tokio::task::spawn_blocking(job).await.ok(),
        }
    }

    /// Sends one request, retrying with exponential backoff and jitter on connection
    /// failures and 429 (never applied), and on 502–504 when the change is idempotent.
    /// `params` gives each attempt's pairs. Each attempt waits at most
    /// [`ATTEMPT_TIMEOUT`], and none past the deadline.
    async fn send(
        &self,
        url: &reqwest::Url,
        method: reqwest::Method,
        params: &(dyn Fn() -> Vec<(String, String)> + Sync),
        retry: Retry,
    ) -> Result<Value> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let params = &params();
            let action = params
                .iter()
                .find(|(k, _)| k == "action")
                .map_or("", |(_, v)| v.as_str());
            let wait = match self.deadline {
                Some(deadline) if deadline.remaining().is_zero() => {
                    return Err(deadline.passed(action, url));
                }
                Some(deadline) => deadline.remaining().min(ATTEMPT_TIMEOUT),
                None => ATTEMPT_TIMEOUT,
            };
            if self.log.shows(2) {
                self.log.log(
                    2,
                    format_args!("> {method} {url} {}", redact_params(params)),
                );
            }
            let request = if method == reqwest::Method::GET {
                self.http.get(url.clone()).query(params)
            } else {
                self.http.post(url.clone()).form(params)
            };
            let outcome = match request.timeout(wait).send().await {
                Ok(response) => {
                    let status = response.status();
                    let body = response.text().await;
                    match body {
                        Ok(body) => {
                            // Redacting parses the body: only for a log that is shown.
                            if self.log.shows(2) {
                                self.log
                                    .log(2, format_args!("< {status} {}", redact::body(&body)));
                            }
                            Ok((status, body))
                        }
                        Err(e) => Err(e),
                    }
                }
                Err(e) => Err(e),
            };
            let retryable = match &outcome {
                Err(e) => e.is_connect() || (retry == Retry::Idempotent && e.is_timeout()),
                Ok((status, body)) => {
                    busy(status.as_u16(), body)
                        || (retry == Retry::Idempotent && matches!(status.as_u16(), 502..=504))
                }
            };
            let delay = backoff(attempt);
            let in_time = self.deadline.is_none_or(|d| d.remaining() > delay);
            if retryable && attempt < ATTEMPTS && in_time {
                self.log.log(
                    1,
                    format_args!(
                        "{action}: retrying in {} ms (attempt {attempt} failed)",
                        delay.as_millis()
                    ),
                );
                tokio::time::sleep(delay).await;
                continue;
            }
            if let (Err(e), Some(deadline)) = (&outcome, self.deadline)
                && e.is_timeout()
                && !in_time
            {
                return Err(deadline.passed(action, url));
            }
            return match outcome {
                // Refused connections never reached the server; anything else may have.
                Err(e) if e.is_connect() => Err(Error::Network(Failure::msg(format!(
                    "{action}: could not reach {} after {attempt} attempt(s): {}",
                    url,
                    describe(e)
                )))),
                Err(e) => Err(Error::Unanswered(Failure::msg(format!(
                    "{action}: no answer from {} after {attempt} attempt(s): {}",
                    url,
                    describe(e)
                )))),
                Ok((status, body)) => parse_response(action, status.as_u16(), &body),
            };
        }
    }
}

/// Whether an answer says "not applied, try again soon": HTTP 429, except the login
/// throttle's (errorCode 18), whose wait is minutes, which it names, not a backoff's.
fn busy(status: u16, body: &str) -> bool {
    status == 429
        && !matches!(
            parse_response("", status, body),
            Err(Error::Api { code, .. }) if code == ErrorCode::TooManyAttempts
        )
}

/// Refuses to sign what would also sign another request (docs/protocol.md, "Checksum
/// boundaries"): a value that holds a parameter's name where a cut would make it two
/// parameters. [`ApiClient::sign`] adds `validation`, `timestamp` and `nonce`, whose
/// values hold no name but whose places count.
fn unambiguous(action: &str, params: &[(String, String)]) -> Result<()> {
    let signed: Vec<(&str, &str)> = (params.iter())
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .chain([("validation", ""), ("timestamp", ""), ("nonce", "")])
        .collect();
    match protocol::sign::hidden_parameter(&signed) {
        None => Ok(()),
        Some((holder, hidden)) => Err(Error::Usage(format!(
            "{action}: nothing was sent: in checksum mode the value of {holder} cannot be signed, because it holds {hidden:?}, a parameter's name; the checksum joins names and values with nothing between them, so the same checksum would also sign a request that sets {hidden} (docs/protocol.md, \"Checksum boundaries\"); use token mode (the default: --auth-mode token), or change the value"
        ))),
    }
}

fn owned(params: Params) -> Vec<(String, String)> {
    params
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

/// A random parameter that makes two otherwise equal signed requests differ.
fn nonce() -> String {
    let bytes: [u8; 12] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How often a change that is not idempotent is sent when each answer is lost (as
/// [`ATTEMPTS`]).
const SETTLE_ATTEMPTS: u32 = ATTEMPTS;

/// Sends a change that is not idempotent (`send`) so that it is applied once: after a
/// failure that may have applied it ([`may_have_applied`]), `find` reads back whether it
/// was (`Some` with what the change returns); only when it was not is it sent again.
/// Any other answer, and the last failure after [`SETTLE_ATTEMPTS`], is returned as is.
pub async fn apply_once<T, S, F>(
    mut send: impl FnMut() -> S,
    mut find: impl FnMut() -> F,
) -> Result<T>
where
    S: Future<Output = Result<T>>,
    F: Future<Output = Result<Option<T>>>,
{
    let mut attempt = 0;
    loop {
        attempt += 1;
        match send().await {
            Err(err) if may_have_applied(&err) => {
                if let Some(done) = find().await? {
                    return Ok(done);
                }
                if attempt >= SETTLE_ATTEMPTS {
                    return Err(err);
                }
            }
            other => return other,
        }
    }
}

/// [`apply_once`] for a change that adds one record and answers its id (`addOrder`,
/// `addMonitor`, `buyService`): `list` reads the records it will be among, before sending
/// and after a lost answer; the one added is the record that was not there before and
/// `matches`. The read before costs a request, so commands that add one record use it;
/// code adding thousands on a sound connection sends them as they are.
pub async fn add_record<R, L, S>(
    send: impl FnMut() -> S,
    list: impl Fn() -> L,
    id: impl Fn(&R) -> i64,
    matches: impl Fn(&R) -> bool,
) -> Result<i64>
where
    S: Future<Output = Result<i64>>,
    L: Future<Output = Result<Vec<R>>>,
{
    let before: std::collections::HashSet<i64> = list().await?.iter().map(&id).collect();
    let (before, list, id, matches) = (&before, &list, &id, &matches);
    apply_once(send, || async move {
        Ok(list()
            .await?
            .iter()
            .find(|r| !before.contains(&id(r)) && matches(r))
            .map(id))
    })
    .await
}

/// `action`, `apikey`, `version` and, on reads, `output=json`.
fn base_params(action: &str, apikey: &str, read: bool) -> Vec<(String, String)> {
    let mut params = vec![
        ("action".to_string(), action.to_string()),
        ("apikey".to_string(), apikey.to_string()),
        ("version".to_string(), protocol::VERSION.to_string()),
    ];
    if read {
        params.push(("output".into(), "json".into()));
    }
    params
}

/// The body decides, whatever the HTTP status: an `error` key means failure.
fn parse_response(action: &str, status: u16, body: &str) -> Result<Value> {
    // A gateway between us and the API may have passed the request on.
    let gateway = matches!(status, 502..=504);
    let value: Value = serde_json::from_str(body).map_err(|_| {
        let message = format!(
            "{action}: the API answered HTTP {status} with a body that is not JSON: {}",
            truncate(body)
        );
        if gateway {
            Error::Unanswered(Failure::msg(message))
        } else {
            Error::failed(message)
        }
    })?;
    if value.get("error").is_some() {
        let error: ApiErrorBody = serde_json::from_value(value.clone()).map_err(|_| {
            Error::failed(format!(
                "{action}: malformed error from the API: {}",
                truncate(body)
            ))
        })?;
        return Err(Error::Api {
            code: error.error_code.into(),
            message: error.error,
        });
    }
    if status >= 400 {
        let message = format!(
            "{action}: the API answered HTTP {status}: {}",
            truncate(body)
        );
        return Err(if gateway {
            Error::Unanswered(Failure::msg(message))
        } else {
            Error::failed(message)
        });
    }
    Ok(value)
}

fn decode<T: DeserializeOwned>(action: &str, value: Value) -> Result<T> {
    serde_json::from_value(value)
        .map_err(|e| Error::failed(format!("{action}: unexpected answer from the API ({e})")))
}

/// How much of an unexpected answer a message quotes.
const ANSWER_SHOWN: usize = 200;

fn truncate(text: &str) -> std::borrow::Cow<'_, str> {
    monitis_core::text::truncate(text, ANSWER_SHOWN)
}

/// The error and its causes, without the request's URL: a GET's URL carries the token,
/// the secret key (`authToken`) or the checksum, which must never reach a message.
fn describe(err: reqwest::Error) -> String {
    use std::error::Error as _;
    let err = err.without_url();
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

/// Full jitter: a random delay up to 100 ms × 2^(attempt-1), at most 3 s.
fn backoff(attempt: u32) -> Duration {
    let cap = (100u64 << (attempt - 1).min(5)).min(3000);
    Duration::from_millis(rand::rng().random_range(cap / 2..=cap))
}

/// Plain `http://` carries the credentials in the clear: only to this machine.
fn check_endpoint(endpoint: &str) -> Result<reqwest::Url> {
    let url = reqwest::Url::parse(endpoint).map_err(|e| {
        Error::Usage(format!(
            "invalid endpoint {endpoint:?}: {e}; give a URL such as {DEFAULT_ENDPOINT}"
        ))
    })?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(Error::Usage(format!(
            "refusing to send credentials over plain http to {endpoint}; use https:// (plain http is allowed only to 127.0.0.1, ::1 or localhost)"
        ))),
        other => Err(Error::Usage(format!(
            "unsupported endpoint scheme {other:?} in {endpoint}; use https://"
        ))),
    }
}

fn is_loopback(url: &reqwest::Url) -> bool {
    let host = url.host_str().unwrap_or("");
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The HTTP client for `endpoint`.
fn http_client(endpoint: &reqwest::Url) -> Result<reqwest::Client> {
    // reqwest is built without a bundled crypto provider; ring builds fast and is enough.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let builder = reqwest::Client::builder()
        .user_agent(concat!("monitis/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(10));
    // Plain HTTP (loopback only, `check_endpoint`) never verifies a certificate: no
    // roots, so the system's are not read (about 150 files, most of a command's start).
    let builder = if endpoint.scheme() == "http" {
        builder.tls_certs_only(Vec::new())
    } else {
        builder
    };
    builder
        .build()
        .map_err(|e| Error::other("could not start the HTTP client", e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitis_core::protocol::codes::ApiCode;

    #[test]
    fn plain_http_only_to_loopback() {
        assert!(check_endpoint("http://127.0.0.1:8080/api").is_ok());
        assert!(check_endpoint("http://[::1]:8080/api").is_ok());
        assert!(check_endpoint("http://localhost/api").is_ok());
        assert!(check_endpoint("https://api.monitis.com/api").is_ok());
        let err = check_endpoint("http://api.monitis.com/api").unwrap_err();
        assert!(err.to_string().contains("use https://"), "{err}");
        assert!(matches!(
            check_endpoint("ftp://x/api"),
            Err(Error::Usage(_))
        ));
    }

    #[test]
    fn an_error_body_wins_over_the_http_status() {
        let err = parse_response("clients", 200, r#"{"error":"nope","errorCode":7}"#).unwrap_err();
        assert!(
            matches!(err, Error::Api { code: ApiCode::Known(ErrorCode::ClientForbidden), ref message } if message == "nope")
        );
        let err = parse_response("clients", 502, "<html>bad gateway</html>").unwrap_err();
        assert!(err.to_string().contains("HTTP 502"), "{err}");
        assert!(may_have_applied(&err), "{err:?}");
        let err = parse_response("addClient", 400, "<html>bad request</html>").unwrap_err();
        assert!(!may_have_applied(&err), "{err:?}");
        let err = parse_response("addClient", 503, r#"{"error":"x","errorCode":13}"#).unwrap_err();
        assert!(may_have_applied(&err), "{err:?}");
        let err = parse_response("addClient", 409, r#"{"error":"x","errorCode":17}"#).unwrap_err();
        assert!(!may_have_applied(&err), "{err:?}");
        assert_eq!(
            parse_response("clients", 200, "[]").unwrap(),
            Value::Array(vec![])
        );
    }

    /// Answers lost after or before the change: it is found, or sent again, never twice.
    #[tokio::test]
    async fn apply_once_reads_back_before_sending_again() {
        use std::cell::RefCell;
        let lost = || Error::Api {
            code: ErrorCode::Unavailable.into(),
            message: "injected".into(),
        };
        // Lost before: not found, so sent again; the second answer arrives.
        let applied = RefCell::new(0);
        let answers = RefCell::new(vec![Ok(7), Err(lost())]);
        let got = apply_once(
            || async {
                let answer = answers.borrow_mut().pop().unwrap();
                if answer.is_ok() {
                    *applied.borrow_mut() += 1;
                }
                answer
            },
            || async { Ok(None) },
        )
        .await;
        assert_eq!((got.unwrap(), *applied.borrow()), (7, 1));
        // Lost after: found, not sent again.
        let sent = RefCell::new(0);
        let got = apply_once(
            || async {
                *sent.borrow_mut() += 1;
                Err::<i64, _>(lost())
            },
            || async { Ok(Some(9)) },
        )
        .await;
        assert_eq!((got.unwrap(), *sent.borrow()), (9, 1));
        // A refusal is final; an answer never found gives up after SETTLE_ATTEMPTS.
        let got = apply_once(
            || async {
                Err::<i64, _>(Error::Api {
                    code: ErrorCode::AlreadyExists.into(),
                    message: "exists".into(),
                })
            },
            || async { panic!("a refusal is not read back") },
        )
        .await;
        assert!(matches!(
            got,
            Err(Error::Api {
                code: ApiCode::Known(ErrorCode::AlreadyExists),
                ..
            })
        ));
        let sent = RefCell::new(0);
        let got = apply_once(
            || async {
                *sent.borrow_mut() += 1;
                Err::<i64, _>(lost())
            },
            || async { Ok(None) },
        )
        .await;
        assert!(got.is_err());
        assert_eq!(*sent.borrow(), SETTLE_ATTEMPTS);
    }

    #[test]
    fn a_429_is_retried_but_not_the_login_throttle() {
        assert!(busy(429, "Too Many Requests"));
        assert!(busy(429, r#"{"error":"slow down","errorCode":20}"#));
        assert!(!busy(
            429,
            r#"{"error":"too many failed logins: try again in 840 s","errorCode":18}"#
        ));
        assert!(!busy(503, r#"{"error":"x","errorCode":13}"#));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        for attempt in 1..10 {
            let cap = (100u64 << (attempt - 1).min(5)).min(3000);
            let d = backoff(attempt).as_millis() as u64;
            assert!(d >= cap / 2 && d <= cap, "attempt {attempt}: {d} ms");
        }
    }
}
