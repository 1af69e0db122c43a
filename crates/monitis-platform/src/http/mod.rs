//! The API's HTTP face: one axum handler at `/api` and at `/customMonitorApi` that parses the request (limits
//! first, off the async threads), checks version, action and method, and hands the
//! action to `actions::serve`. Every answer, refusals of the transport included, is the
//! protocol's JSON; each request, the web dashboard's too, gets one access log line.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, RawQuery, Request, State};
use axum::http::{Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::{MethodRouter, get};
use chrono::Utc;
use serde_json::json;
use tower_http::timeout::RequestBodyTimeoutLayer;

mod xml;

use crate::actions::{self, Action, Endpoint, Kind, Reply};
use crate::app::App;
use crate::blocking::blocking;
use crate::faults::Fault;
use crate::params::Params;
use crate::store::AccountRef;
use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::catalog;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::ApiErrorBody;

/// Request bodies larger than this are refused with errorCode 12.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Request targets (path and query string) longer than this: errorCode 12, HTTP 414.
pub const MAX_URI_BYTES: usize = 16 * 1024;
/// Request headers larger than this in all: errorCode 12, HTTP 431.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;

/// What the access log says of a request besides method, status and duration.
#[derive(Debug, Clone, Default)]
struct Seen {
    action: Option<&'static str>,
    account: Arc<OnceLock<AccountRef>>,
    /// `output=xml` on a read: the answer is written as XML, in this shape.
    xml: Option<xml::Shape>,
}

/// The API at `/api` and the custom monitors' at `/customMonitorApi`, and `pages` (the
/// web dashboard) beside them under the same limits and access log.
pub fn router(app: Arc<App>, pages: Router<Arc<App>>) -> Router {
    Router::new()
        .route(Endpoint::Api.path(), endpoint(Endpoint::Api))
        .route(Endpoint::Custom.path(), endpoint(Endpoint::Custom))
        .merge(pages)
        .fallback(no_endpoint)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyTimeoutLayer::new(app.body_timeout))
        .layer(middleware::from_fn(head_limits))
        .layer(middleware::from_fn_with_state(Arc::clone(&app), access_log))
        .with_state(app)
}

/// The API at one endpoint: GET and POST answered, other methods refused.
fn endpoint(at: Endpoint) -> MethodRouter<Arc<App>> {
    let answer_at = move |app: State<Arc<App>>,
                          peer: ConnectInfo<SocketAddr>,
                          method: Method,
                          query: RawQuery,
                          body: Result<Bytes, BytesRejection>| {
        answer(at, app, peer, method, query, body)
    };
    get(answer_at).post(answer_at).fallback(wrong_method)
}

/// One line per request: time, peer, method, action, status, duration, account. Never
/// a parameter's value (they hold keys, checksums and passwords).
async fn access_log(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let Some(log) = &app.log else {
        return next.run(req).await;
    };
    let started = Instant::now();
    let method = req.method().clone();
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "-".to_string(), |ConnectInfo(peer)| peer.to_string());
    let response = next.run(req).await;
    let seen = response
        .extensions()
        .get::<Seen>()
        .cloned()
        .unwrap_or_default();
    let account = match seen.account.get() {
        Some(AccountRef {
            reseller_id,
            client_id: Some(client),
        }) => format!("reseller={reseller_id} client={client}"),
        Some(AccountRef { reseller_id, .. }) => format!("reseller={reseller_id}"),
        None => "-".to_string(),
    };
    let line = format!(
        "{} {peer} {method} {} {} {:.1}ms {account}\n",
        Utc::now().format("%Y-%m-%dT%H:%M:%SZ"),
        seen.action.unwrap_or("-"),
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0,
    );
    log.write(line);
    response
}

/// Request targets and headers past the limits, answered in JSON before hyper's bare
/// 414/431 would be (`listen::MAX_BUF_BYTES`).
async fn head_limits(req: Request, next: Next) -> Response {
    let target = req.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if target > MAX_URI_BYTES {
        return envelope(
            StatusCode::URI_TOO_LONG,
            ErrorCode::BodyTooLarge,
            format!(
                "request target longer than {MAX_URI_BYTES} bytes: send the parameters in a POST body"
            ),
        );
    }
    let head: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if head > MAX_HEAD_BYTES {
        return envelope(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ErrorCode::BodyTooLarge,
            format!("request headers larger than {MAX_HEAD_BYTES} bytes"),
        );
    }
    next.run(req).await
}

async fn wrong_method(method: Method, uri: Uri) -> Response {
    error_response(Refusal::new(
        ErrorCode::WrongMethod,
        format!(
            "{} takes GET (reads) and POST (changes), not {method}",
            uri.path()
        ),
    ))
}

async fn no_endpoint(uri: Uri) -> Response {
    error_response(Refusal::new(
        ErrorCode::NotFound,
        format!(
            "no such endpoint {}: the API is at /api (custom monitors: /customMonitorApi)",
            uri.path()
        ),
    ))
}

/// The answer to a request at `endpoint`: the action's, or a refusal.
async fn answer(
    endpoint: Endpoint,
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: Method,
    RawQuery(query): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let mut seen = Seen::default();
    let fault = app.faults.draw();
    let result = match fault {
        Fault::BeforeChange => Err(Refusal::new(
            ErrorCode::Unavailable,
            "injected fault (--fault-rate): the request was not applied",
        )),
        Fault::AfterChange | Fault::None => {
            handle(&app, endpoint, peer, method, query, body, &mut seen).await
        }
    };
    let result = match fault {
        Fault::AfterChange => Err(Refusal::new(
            ErrorCode::Unavailable,
            "injected fault (--fault-rate): the request was applied, but this answer is lost",
        )),
        _ => result,
    };
    if !app.latency.is_zero() {
        tokio::time::sleep(app.latency).await;
    }
    let mut response = match result {
        Ok(Reply::Read(value)) => Json(value).into_response(),
        Ok(Reply::ReadText(text)) => (
            [(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("application/json"),
            )],
            text,
        )
            .into_response(),
        Ok(Reply::Body(body)) => (
            [(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("application/json"),
            )],
            body,
        )
            .into_response(),
        Ok(Reply::Monitors(_)) => {
            error_response(actions::broken("a monitors list reached the answer unread"))
        }
        Ok(Reply::Change(None)) => Json(json!({ "status": "ok" })).into_response(),
        Ok(Reply::Change(Some(data))) => {
            Json(json!({ "status": "ok", "data": data })).into_response()
        }
        Err(refusal) => error_response(refusal),
    };
    if let Some(shape) = seen.xml {
        response = xml::convert(response, shape).await;
    }
    response.extensions_mut().insert(seen);
    response
}

fn error_response(refusal: Refusal) -> Response {
    let status = StatusCode::from_u16(refusal.code.http_status())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    envelope(status, refusal.code, refusal.message)
}

/// The protocol's error body, `{"error":…,"errorCode":…}`, with any HTTP status.
fn envelope(status: StatusCode, code: ErrorCode, message: String) -> Response {
    let body = ApiErrorBody {
        error: message,
        error_code: code.number(),
    };
    (status, Json(body)).into_response()
}

async fn handle(
    app: &Arc<App>,
    endpoint: Endpoint,
    peer: SocketAddr,
    method: Method,
    query: Option<String>,
    body: Result<Bytes, BytesRejection>,
    seen: &mut Seen,
) -> Result<Reply, Refusal> {
    let body_timeout = app.body_timeout;
    let body = body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Refusal::new(
            ErrorCode::BodyTooLarge,
            format!("request body larger than {MAX_BODY_BYTES} bytes"),
        ),
        _ => Refusal::new(
            ErrorCode::SlowRequest,
            format!(
                "the request body did not arrive in full within {} s",
                body_timeout.as_secs_f64()
            ),
        ),
    })?;
    let mut params = blocking(move || Params::parse(query.as_deref().unwrap_or(""), &body)).await?;
    // XML for the reads that ask for it, their refusals included; changes answer JSON.
    let xml = method == Method::GET
        && (params.get("output")).is_some_and(|o| o.eq_ignore_ascii_case("xml"));
    if xml {
        seen.xml = Some(xml::Shape {
            root: "result",
            item: "item",
        });
    }
    // Version 2 is what the hosted SDKs send, and what the hosted API assumed when a
    // client sent none (docs/protocol.md, "Hosted conventions"); the actions are the same.
    params.assume("version", "2");
    match params.raw("version").unwrap_or_default() {
        monitis_core::protocol::VERSION | "2" => {}
        v => {
            return Err(Refusal::new(
                ErrorCode::BadParameter,
                format!("unsupported version {v:?}: use version=3 or 2 (or leave it out: 2)"),
            ));
        }
    }
    let name = params.required("action")?;
    let path = endpoint.path();
    let entry = catalog::find(path, name);
    let Some(action) = Action::from_name(endpoint, name) else {
        return Err(Refusal::new(
            ErrorCode::UnknownAction,
            match (entry, catalog::lookup(name)) {
                (Some(e), _) => format!(
                    "{name} is an action of the hosted API that this platform does not serve ({}; docs/protocol-coverage.md lists what it serves)",
                    e.family
                ),
                (None, Some(e)) if e.served_on.iter().any(|p| p != path) => format!(
                    "{name} is not an action of {path}: send it to {}",
                    e.served_on
                        .iter()
                        .find(|p| *p != path)
                        .map_or("", |p| p.as_str())
                ),
                (None, _) => format!("unknown action {name:?} at {path}"),
            },
        ));
    };
    params.read_as(catalog::common())?;
    if let Some(entry) = entry {
        params.read_as(&entry.params)?;
        if xml {
            seen.xml = Some(xml::Shape {
                root: entry.xml_root.as_deref().unwrap_or("result"),
                item: entry.xml_item.as_deref().unwrap_or("item"),
            });
        }
    }
    seen.action = Some(action.name());
    let expected = match action.kind() {
        Kind::Read => Method::GET,
        Kind::Change => Method::POST,
    };
    if method != expected {
        return Err(Refusal::new(
            ErrorCode::WrongMethod,
            format!("action {} takes {expected}, not {method}", action.name()),
        ));
    }
    actions::serve(app, peer, action, params, Arc::clone(&seen.account)).await
}
