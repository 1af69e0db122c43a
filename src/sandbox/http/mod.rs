//! The HTTP face of the sandbox: one axum handler at `/api` that parses the request
//! (limits first, off the async threads), checks version, action and method,
//! authenticates, and runs the action in one SQLite transaction: changes on the single
//! writer, reads on a pool of readers (`pool`). Every answer, refusals of the transport
//! included, is the protocol's JSON; each request gets one access log line.

use std::io::Write;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, RawQuery, Request, State};
use axum::http::{Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde_json::json;
use tower_http::timeout::RequestBodyTimeoutLayer;

use super::actions::{self, Action, Kind, Reply, compat};
use super::auth::{self, internal};
use super::blocking::blocking;
use super::faults::{Fault, Faults};
use super::guard::{Hashing, Logins, Replays};
use super::params::Params;
use super::pool::Databases;
use super::store::{self, AccountRef};
use super::streamed::Streamed;
use crate::domain::rules::Refusal;
use crate::domain::validate;
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{ApiErrorBody, Keys};

mod web;

/// Request bodies larger than this are refused with errorCode 12.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Request targets (path and query string) longer than this: errorCode 12, HTTP 414.
pub const MAX_URI_BYTES: usize = 16 * 1024;
/// Request headers larger than this in all: errorCode 12, HTTP 431.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;

/// Access log lines waiting for the writer thread; past this many, lines are dropped
/// rather than let a slow stderr or disk stall the requests.
const LOG_BACKLOG: usize = 4096;

/// The sending end of the access log.
pub struct AccessLog {
    lines: SyncSender<String>,
    dropped: AtomicU64,
}

impl AccessLog {
    /// Writes the lines to `out` on a thread of its own.
    pub fn to(mut out: Box<dyn Write + Send>) -> AccessLog {
        let (lines, received) = sync_channel::<String>(LOG_BACKLOG);
        std::thread::spawn(move || {
            for line in received {
                // A full disk or a closed stderr must not fail the requests served.
                let _ = out.write_all(line.as_bytes()).and_then(|()| out.flush());
            }
        });
        AccessLog {
            lines,
            dropped: AtomicU64::new(0),
        }
    }

    fn write(&self, line: String) {
        if self.lines.try_send(line).is_err() {
            let dropped = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
            if dropped.is_power_of_two() {
                eprintln!("sandbox: the access log cannot keep up; {dropped} line(s) dropped");
            }
        }
    }
}

pub struct App {
    dbs: Arc<Databases>,
    faults: Faults,
    latency: Duration,
    token_ttl: Duration,
    body_timeout: Duration,
    replays: Replays,
    logins: Logins,
    hashing: Hashing,
    log: Option<AccessLog>,
    /// Whether the hosted compatibility doors (unsigned reads) are open.
    doors: bool,
    /// The web dashboard's sessions and preview links: in memory, so they are valid only
    /// against this server.
    pub(super) web: web::Web,
}

impl App {
    pub fn new(
        dbs: Databases,
        faults: Faults,
        latency: Duration,
        token_ttl: Duration,
        body_timeout: Duration,
        log: Option<AccessLog>,
    ) -> App {
        App {
            dbs: Arc::new(dbs),
            faults,
            latency,
            token_ttl,
            body_timeout,
            replays: Replays::default(),
            logins: Logins::default(),
            hashing: Hashing::default(),
            log,
            doors: false,
            web: web::Web::default(),
        }
    }

    /// One immediate transaction on the writer; blocking, so call it inside [`blocking`].
    pub(super) fn transact<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, Refusal>,
    ) -> Result<T, Refusal> {
        self.dbs.write(f)
    }

    /// Opens the hosted compatibility doors (docs/protocol.md, "Hosted compatibility").
    pub fn with_compat_doors(self, doors: bool) -> App {
        App { doors, ..self }
    }

    /// A change on the writer, off the async threads.
    async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, Refusal> + Send + 'static,
    ) -> Result<T, Refusal> {
        let dbs = Arc::clone(&self.dbs);
        blocking(move || dbs.write(f)).await
    }

    /// A read on a reader; when it finds it must write after all (orders for R9 to
    /// expire: `f` answers None), again on the writer (`f` then called with `false`).
    async fn read<T: Send + 'static>(
        &self,
        f: impl Fn(&Connection, bool) -> Result<Option<T>, Refusal> + Send + Sync + 'static,
    ) -> Result<T, Refusal> {
        let f = Arc::new(f);
        let on_reader = Arc::clone(&f);
        if let Some(out) = self.dbs.read(move |conn| on_reader(conn, true)).await? {
            return Ok(out);
        }
        self.write(move |conn| f(conn, false))
            .await?
            .ok_or_else(|| {
                Refusal::new(ErrorCode::Internal, "internal error: a read did not finish")
            })
    }

    /// Authenticates a request, and accepts its checksum only once (replay protection).
    pub(super) fn authorise(
        &self,
        conn: &Connection,
        params: &Params,
        now: DateTime<Utc>,
    ) -> Result<AccountRef, Refusal> {
        let me = auth::authenticate(conn, params, now)?;
        if let Some((checksum, forget_at)) = auth::signature(params, self.doors) {
            self.replays.accept(checksum, forget_at, now.timestamp())?;
        }
        Ok(me)
    }
}

/// Whether R9 has active orders of the reseller to suspend (a write) as of `now`.
fn expiry_due(conn: &Connection, reseller_id: i64, now: DateTime<Utc>) -> Result<bool, Refusal> {
    let today = now
        .date_naive()
        .format(crate::protocol::DATE_FORMAT)
        .to_string();
    Ok(!store::expired_orders(conn, reseller_id, &today)
        .map_err(internal)?
        .is_empty())
}

/// What the access log says of a request besides method, status and duration.
#[derive(Debug, Clone, Default)]
struct Seen {
    action: Option<&'static str>,
    account: Arc<OnceLock<AccountRef>>,
}

pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/api", get(api).post(api).fallback(wrong_method))
        .merge(web::router())
        .fallback(no_endpoint)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyTimeoutLayer::new(app.body_timeout))
        .layer(middleware::from_fn(head_limits))
        .layer(middleware::from_fn_with_state(Arc::clone(&app), access_log))
        .with_state(app)
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

async fn wrong_method(method: Method) -> Response {
    error_response(Refusal::new(
        ErrorCode::WrongMethod,
        format!("/api takes GET (reads) and POST (changes), not {method}"),
    ))
}

async fn no_endpoint(uri: Uri) -> Response {
    error_response(Refusal::new(
        ErrorCode::NotFound,
        format!("no such endpoint {}: the API is at /api", uri.path()),
    ))
}

async fn api(
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
            handle(&app, peer, method, query, body, &mut seen).await
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
    let params = blocking(move || Params::parse(query.as_deref().unwrap_or(""), &body)).await?;
    match params.get("version") {
        // Version 2 is what the hosted SDKs send by default; the actions are the same.
        Some(crate::protocol::VERSION | "2") => {}
        Some(v) => {
            return Err(Refusal::new(
                ErrorCode::BadParameter,
                format!("unsupported version {v}: use version=3 (or 2)"),
            ));
        }
        None => {
            return Err(Refusal::new(
                ErrorCode::BadParameter,
                "missing parameter version (version=3)",
            ));
        }
    }
    let name = params.required("action")?;
    let action = Action::from_name(name).ok_or_else(|| {
        Refusal::new(ErrorCode::UnknownAction, format!("unknown action {name:?}"))
    })?;
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
    if action == Action::DashboardPreview {
        return web::issue_preview(app, params).await;
    }
    let account = Arc::clone(&seen.account);
    let now = Utc::now();
    match action {
        Action::Apikey => login(app, params, peer, account).await,
        Action::AuthToken => {
            let ttl = app.token_ttl;
            app.write(move |conn| {
                let (me, token) = auth::issue_token(conn, &params, now, ttl)?;
                let _ = account.set(me);
                actions::context(conn, me, action, &params, now, None)?;
                Ok(Reply::Read(json!({ "authToken": token })))
            })
            .await
        }
        _ if action.kind() == Kind::Read => {
            let (worker, reading) = (Arc::clone(app), Arc::clone(app));
            let params = Arc::new(params);
            let (streamed, body) = Streamed::new(app.dbs.budget());
            // On its own task, so that a streamed answer goes out while the reader
            // still writes it; the handler answers when the body starts or the read ends.
            let mut read = tokio::spawn(async move {
                reading
                    .read(move |conn, on_reader| {
                        let me = match compat::unsigned_caller(conn, &params, action, worker.doors)?
                        {
                            Some(me) => me,
                            None if on_reader => worker.authorise(conn, &params, now)?,
                            None => auth::authenticate(conn, &params, now)?,
                        };
                        let _ = account.set(me);
                        if on_reader && expiry_due(conn, me.reseller_id, now)? {
                            return Ok(None);
                        }
                        let ctx = actions::context(conn, me, action, &params, now, None)?;
                        match actions::run(&ctx, action, &params)? {
                            Reply::Monitors(list) if on_reader => {
                                streamed.send(conn, &list)?;
                                // The body has gone out; nothing is left to answer.
                                Ok(Some(Reply::Body(axum::body::Body::empty())))
                            }
                            // On the writer (R9 had orders to suspend): not held open
                            // for a client's reading, so the text is written whole.
                            Reply::Monitors(list) => Ok(Some(Reply::ReadText(list.text(conn)?))),
                            reply => Ok(Some(reply)),
                        }
                    })
                    .await
            });
            tokio::select! {
                biased;
                Ok(body) = body => Ok(Reply::Body(body)),
                joined = &mut read => joined.unwrap_or_else(|err| {
                    eprintln!("sandbox: request task failed: {err}");
                    Err(Refusal::new(ErrorCode::Internal, "internal error"))
                }),
            }
        }
        _ => {
            // Hashing is slow on purpose, so it happens outside the database lock, and
            // only for an authenticated caller (authenticated again with the change).
            let password = match params.get("password") {
                Some(password) if action.sets_password() => Some(password.to_string()),
                _ => None,
            };
            let mut checked = false;
            let password_hash = match password {
                Some(password) => {
                    let (worker, signed) = (Arc::clone(app), params.clone());
                    app.dbs
                        .read(move |conn| worker.authorise(conn, &signed, now).map(drop))
                        .await?;
                    checked = true;
                    Some(
                        app.hashing
                            .run(move || auth::hash_password(&password))
                            .await?,
                    )
                }
                None => None,
            };
            let worker = Arc::clone(app);
            app.write(move |conn| {
                let me = if checked {
                    auth::authenticate(conn, &params, now)?
                } else {
                    worker.authorise(conn, &params, now)?
                };
                let _ = account.set(me);
                let ctx = actions::context(conn, me, action, &params, now, password_hash)?;
                actions::run(&ctx, action, &params)
            })
            .await
        }
    }
}

/// `apikey`: a client's login by email and the SHA-256 hex of its password. Throttled
/// per account and per address; the same answer for a wrong password and an unknown email.
async fn login(
    app: &Arc<App>,
    params: Params,
    peer: SocketAddr,
    account: Arc<OnceLock<AccountRef>>,
) -> Result<Reply, Refusal> {
    let email = validate::fold_email(params.required("userName")?);
    let password_hex = params.required("password")?.to_string();
    let login = check_password(app, email, password_hex, peer).await?;
    let me = AccountRef {
        reseller_id: login.reseller_id,
        client_id: Some(login.client_id),
    };
    let _ = account.set(me);
    let now = Utc::now();
    let params = Arc::new(params);
    app.read(move |conn, on_reader| {
        if on_reader && expiry_due(conn, me.reseller_id, now)? {
            return Ok(None);
        }
        actions::context(conn, me, Action::Apikey, &params, now, None).map(|_| Some(()))
    })
    .await?;
    Ok(Reply::Read(actions::to_json(Keys {
        apikey: login.apikey,
        secretkey: login.secretkey,
    })?))
}

/// A client's email (folded) and the hex digest of its password, checked the one way
/// every login (the `apikey` action, the web dashboard) shares: throttled per account and
/// per address, Argon2 bounded, and the same answer for a wrong password and an unknown
/// email.
pub(super) async fn check_password(
    app: &Arc<App>,
    email: String,
    password_hex: String,
    peer: SocketAddr,
) -> Result<store::Login, Refusal> {
    let key = email.clone();
    app.logins.check(&key, peer.ip(), Instant::now())?;
    let found = app
        .dbs
        .read(move |conn| store::login(conn, &email).map_err(internal))
        .await?;
    // An unknown email costs the same hash as a wrong password, so timing tells nothing.
    static NOBODY: OnceLock<String> = OnceLock::new();
    let stored = found.as_ref().map(|login| login.password_hash.clone());
    let matches = app
        .hashing
        .run(move || {
            let stored = stored.unwrap_or_else(|| {
                NOBODY
                    .get_or_init(|| auth::hash_password("no such account"))
                    .clone()
            });
            auth::verify_password_hex(&password_hex, &stored)
        })
        .await?;
    let Some(login) = found.filter(|_| matches) else {
        app.logins.failed(&key, peer.ip(), Instant::now())?;
        return Err(Refusal::new(ErrorCode::BadLogin, "wrong email or password"));
    };
    app.logins.succeeded(&key);
    Ok(login)
}
