//! The HTTP face of the sandbox: one axum handler at `/api` that parses the request,
//! checks version, action and method, authenticates, and runs the action in one SQLite
//! transaction on the single writer connection.

use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::get;
use chrono::Utc;
use rusqlite::{Connection, TransactionBehavior};
use serde_json::json;

use super::actions::{self, Action, Kind, Reply};
use super::auth::{self, internal};
use super::faults::{Fault, Faults};
use super::params::Params;
use super::store::{self, AccountRef};
use crate::domain::rules::Refusal;
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{ApiErrorBody, Keys};

/// Request bodies larger than this are refused with errorCode 12.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

pub struct App {
    /// One connection serialises every request: SQLite allows one writer anyway, and
    /// nothing then ever sees "database is locked".
    db: Mutex<Connection>,
    faults: Faults,
    latency: Duration,
    token_ttl: Duration,
}

impl App {
    pub fn new(conn: Connection, faults: Faults, latency: Duration, token_ttl: Duration) -> App {
        App {
            db: Mutex::new(conn),
            faults,
            latency,
            token_ttl,
        }
    }

    /// Runs `f` in one immediate transaction; an error rolls everything back.
    fn transact<T>(&self, f: impl FnOnce(&Connection) -> Result<T, Refusal>) -> Result<T, Refusal> {
        let mut conn = self.db.lock().unwrap_or_else(PoisonError::into_inner);
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(internal)?;
        let out = f(&tx)?;
        tx.commit().map_err(internal)?;
        Ok(out)
    }
}

pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/api", get(api).post(api))
        .fallback(no_endpoint)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(app)
}

async fn no_endpoint(uri: Uri) -> Response {
    error_response(Refusal::new(
        ErrorCode::NotFound,
        format!("no such endpoint {}: the API is at /api", uri.path()),
    ))
}

async fn api(
    State(app): State<Arc<App>>,
    method: Method,
    RawQuery(query): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let fault = app.faults.draw();
    let result = match fault {
        Fault::BeforeChange => Err(Refusal::new(
            ErrorCode::Unavailable,
            "injected fault (--fault-rate): the request was not applied",
        )),
        Fault::AfterChange | Fault::None => handle(&app, method, query, body).await,
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
    match result {
        Ok(Reply::Read(value)) => Json(value).into_response(),
        Ok(Reply::ReadText(text)) => (
            [(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("application/json"),
            )],
            text,
        )
            .into_response(),
        Ok(Reply::Change(None)) => Json(json!({ "status": "ok" })).into_response(),
        Ok(Reply::Change(Some(data))) => {
            Json(json!({ "status": "ok", "data": data })).into_response()
        }
        Err(refusal) => error_response(refusal),
    }
}

fn error_response(refusal: Refusal) -> Response {
    let status = StatusCode::from_u16(refusal.code.http_status())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = ApiErrorBody {
        error: refusal.message,
        error_code: refusal.code.number(),
    };
    (status, Json(body)).into_response()
}

/// Runs blocking work (SQLite, Argon2) off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Refusal> + Send + 'static,
) -> Result<T, Refusal> {
    tokio::task::spawn_blocking(f).await.unwrap_or_else(|err| {
        eprintln!("sandbox: request task failed: {err}");
        Err(Refusal::new(ErrorCode::Internal, "internal error"))
    })
}

async fn handle(
    app: &Arc<App>,
    method: Method,
    query: Option<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Reply, Refusal> {
    let body = body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Refusal::new(
            ErrorCode::BodyTooLarge,
            format!("request body larger than {MAX_BODY_BYTES} bytes"),
        ),
        _ => Refusal::new(ErrorCode::BadParameter, rejection.body_text()),
    })?;
    let params = Params::parse(query.as_deref().unwrap_or(""), &body)?;
    match params.get("version") {
        Some(crate::protocol::VERSION) => {}
        Some(v) => {
            return Err(Refusal::new(
                ErrorCode::BadParameter,
                format!("unsupported version {v}: use version=3"),
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
    if action == Action::Apikey {
        return login(app, params).await;
    }
    // Hashing is slow on purpose, so it happens outside the database lock, and only for
    // an authenticated caller (the request is authenticated again with the change).
    let password_hash = match params.get("password") {
        Some(password) if action.sets_password() => {
            let (worker, checked) = (Arc::clone(app), params.clone());
            blocking(move || {
                worker.transact(|conn| auth::authenticate(conn, &checked, Utc::now()).map(drop))
            })
            .await?;
            let password = password.to_string();
            Some(blocking(move || Ok(auth::hash_password(&password))).await?)
        }
        _ => None,
    };
    let app = Arc::clone(app);
    blocking(move || {
        let now = Utc::now();
        app.transact(|conn| match action {
            Action::AuthToken => {
                let (account, token) = auth::issue_token(conn, &params, now, app.token_ttl)?;
                actions::context(conn, account, action, &params, now, None)?;
                Ok(Reply::Read(json!({ "authToken": token })))
            }
            _ => {
                let me = auth::authenticate(conn, &params, now)?;
                let ctx = actions::context(conn, me, action, &params, now, password_hash)?;
                actions::run(&ctx, action, &params)
            }
        })
    })
    .await
}

/// `apikey`: a client's login by email and the SHA-256 hex of its password.
async fn login(app: &Arc<App>, params: Params) -> Result<Reply, Refusal> {
    let email = params.required("userName")?.to_string();
    let password_hex = params.required("password")?.to_string();
    let worker = Arc::clone(app);
    let found =
        blocking(move || worker.transact(|conn| store::login(conn, &email).map_err(internal)))
            .await?;
    // An unknown email costs the same hash as a wrong password, so timing tells nothing.
    static NOBODY: OnceLock<String> = OnceLock::new();
    let stored = match &found {
        Some(login) => login.password_hash.clone(),
        None => NOBODY
            .get_or_init(|| auth::hash_password("no such account"))
            .clone(),
    };
    let matches = blocking(move || Ok(auth::verify_password_hex(&password_hex, &stored))).await?;
    let login = found
        .filter(|_| matches)
        .ok_or_else(|| Refusal::new(ErrorCode::BadLogin, "wrong email or password"))?;
    let worker = Arc::clone(app);
    let account = AccountRef {
        reseller_id: login.reseller_id,
        client_id: Some(login.client_id),
    };
    blocking(move || {
        worker.transact(|conn| {
            actions::context(conn, account, Action::Apikey, &params, Utc::now(), None).map(drop)
        })
    })
    .await?;
    Ok(Reply::Read(
        serde_json::to_value(Keys {
            apikey: login.apikey,
            secretkey: login.secretkey,
        })
        .expect("keys serialise"),
    ))
}
