//! The client's dashboard as web pages, served beside the API (`/dashboard/`). Plain
//! server-rendered HTML, no script. Every page and every change goes through the API's
//! own actions as the signed-in client (`actions::context`, `actions::run`), so the
//! rules R1–R9 hold here exactly as they do for API calls; the dashboard description
//! (logo, support, buttons: R1, R4) is the reseller's `dashboard` action for the client.

mod pages;

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, Form, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{any, get, post};
use chrono::Utc;
use rusqlite::Connection;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::actions::{self, Action, Reply};
use crate::app::{App, check_password, expiry_due};
use crate::auth::{self, constant_time_eq, sha256_hex};
use crate::params::{Params, PathId};
use crate::store::{self, AccountRef, Scope};
use monitis_core::domain::rules::{self, MoveCandidate, Quota, Refusal};
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{
    AccountKind, Client, Dashboard, Monitor, MonitorType, Order, Plan, RumUsage, Status, UserInfo,
};
use pages::{Frame, MonitorView, Target, Total, thousands};
mod cookie;
mod login;
use crate::sessions::{self, Session};
use cookie::{LOGIN_COOKIE, SESSION_COOKIE};
use login::{login, login_page, logout, preview};

/// Parts of the dashboard a client never gets (R2): a request to any of them is refused,
/// whoever asks, and no page links to them.
pub const NOT_FOR_CLIENTS: [(&str, &str); 8] = [
    ("billing", "Billing (credit cards, invoices)"),
    ("upgrade", "The upgrade form"),
    (
        "buy",
        "Buying one-time services (load tester, vulnerability scan, traceroute, SMS)",
    ),
    ("account/terminate", "Terminating the account"),
    ("account/api-key", "Resetting the API key"),
    ("user-voice", "User voice"),
    ("trials", "Trials of new features"),
    ("featured-services", "Featured services"),
];

pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/dashboard", get(|| async { Redirect::to("/dashboard/") }))
        .route("/dashboard/", get(home))
        .route("/dashboard/login", get(login_page).post(login))
        .route("/dashboard/logout", post(logout))
        .route("/dashboard/monitors", get(monitors))
        .route("/dashboard/monitors/{id}", get(monitor).post(edit_monitor))
        .route("/dashboard/monitors/{id}/delete", post(delete_monitor))
        .route("/dashboard/monitors/{id}/move", post(move_monitor))
        .route("/dashboard/rum", get(rum))
        .route("/dashboard/account", get(account))
        .route("/dashboard/support", get(support))
        .route("/dashboard/support/{channel}", get(support_channel))
        .route("/dashboard/preview/{token}", get(preview))
        .route("/dashboard/static/{file}", get(asset))
        .route("/dashboard/{*rest}", any(elsewhere))
}

// ---------------------------------------------------------------------------------------
// Responses.

/// Nothing but this server's own styles and images (and the reseller's logo, wherever
/// he keeps it); no script at all; the preview token never leaves in a Referer.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' http: https:; \
    form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

fn guarded(status: StatusCode, body: impl IntoResponse) -> Response {
    let headers: [(HeaderName, &str); 4] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ];
    (status, headers, body).into_response()
}

fn page(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => guarded(status, Html(html)),
        Err(err) => {
            eprintln!("sandbox: cannot render a dashboard page: {err}");
            guarded(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
        }
    }
}

fn see_other(to: &str) -> Response {
    guarded(StatusCode::SEE_OTHER, Redirect::to(to))
}

fn with_cookie(cookie: String, response: Response) -> Response {
    let mut response = response;
    if let Ok(value) = cookie.parse() {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn status_of(refusal: &Refusal) -> StatusCode {
    StatusCode::from_u16(refusal.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn internal(what: &str, err: impl std::fmt::Display) -> Refusal {
    eprintln!("sandbox: dashboard: {what}: {err}");
    Refusal::new(ErrorCode::Internal, "internal error")
}

// ---------------------------------------------------------------------------------------
// Reading and changing through the API's actions.

/// Runs `action` as `me` with `pairs` as its parameters, and reads its answer.
fn call<T: DeserializeOwned>(
    conn: &Connection,
    me: AccountRef,
    action: Action,
    pairs: &[(&str, String)],
) -> Result<T, Refusal> {
    let query = serde_urlencoded::to_string(pairs).map_err(|e| internal("parameters", e))?;
    let params = Params::parse(&query, b"")?;
    let ctx = actions::context(conn, me, action, &params, Utc::now(), None)?;
    let value = match actions::run(&ctx, action, &params)? {
        Reply::Read(value) | Reply::Change(Some(value)) => value,
        Reply::Change(None) => Value::Null,
        Reply::ReadText(text) => {
            serde_json::from_str(&text).map_err(|e| internal(action.name(), e))?
        }
        Reply::Monitors(list) => {
            serde_json::from_str(&list.text(conn)?).map_err(|e| internal(action.name(), e))?
        }
        Reply::Body(_) => return Err(actions::broken("an action answered a streamed body")),
    };
    serde_json::from_value(value).map_err(|e| internal(action.name(), e))
}

/// Whether `session` still stands for the identity it was opened for.
fn still_bound(conn: &Connection, session: &Session) -> Result<bool, Refusal> {
    let stamp =
        store::session_stamp(conn, session.account, session.read_only).map_err(auth::internal)?;
    Ok(stamp.is_some_and(|stamp| constant_time_eq(&stamp, &session.stamp)))
}

/// Who is looking, and what the rules say their dashboard shows.
struct Viewer {
    me: AccountRef,
    first_name: String,
    full_name: String,
    email: String,
    dashboard: Dashboard,
}

impl Viewer {
    /// The signed-in client, or None when the session no longer stands for it (its
    /// password or keys changed, it was deleted, or its id now names another client).
    fn load(conn: &Connection, session: &Session) -> Result<Option<Viewer>, Refusal> {
        if !still_bound(conn, session)? {
            return Ok(None);
        }
        let scope = Scope {
            reseller_id: session.account.reseller_id,
            client_id: session.account.client_id,
        };
        let Some(client) = store::clients(conn, scope, None)
            .map_err(auth::internal)?
            .pop()
        else {
            return Ok(None);
        };
        // The reseller's view of the client's dashboard answers even when the client is
        // suspended (R1), which the client's own calls are not.
        let reseller = AccountRef {
            reseller_id: scope.reseller_id,
            client_id: None,
        };
        let dashboard = call(
            conn,
            reseller,
            Action::Dashboard,
            &[("clientApikey", client.apikey.clone())],
        )?;
        Ok(Some(Viewer {
            me: session.account,
            full_name: format!("{} {}", client.first_name, client.last_name),
            first_name: client.first_name,
            email: client.email,
            dashboard,
        }))
    }

    fn frame(&self, session: &Session, title: &str, path: &str) -> Frame {
        let who = format!("{} ({})", self.full_name, self.email);
        Frame::of(
            &self.dashboard,
            who,
            session.csrf.clone(),
            session.read_only,
        )
        .titled(title, path)
    }
}

/// What a signed-in page shows, or that nobody is signed in.
enum Shown {
    Page(Response),
    SignedOut,
}

/// A request for a signed-in page: the server, the cookies, and the notice of the change
/// that led here (`?done=`).
struct Visit {
    app: Arc<App>,
    headers: HeaderMap,
    notice: Option<&'static str>,
}

impl FromRequestParts<Arc<App>> for Visit {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Visit, Infallible> {
        let done = Query::<Done>::try_from_uri(&parts.uri).map_or(Done::default(), |q| q.0);
        Ok(Visit {
            app: Arc::clone(app),
            headers: parts.headers.clone(),
            notice: done.notice(),
        })
    }
}

impl Visit {
    async fn show<F>(self, title: &'static str, path: &'static str, build: F) -> Response
    where
        F: FnOnce(&Connection, &Viewer, Frame) -> Result<Response, Refusal> + Send + 'static,
    {
        show(&self.app, &self.headers, title, path, self.notice, build).await
    }
}

/// The live session of a request's cookie.
fn session(app: &App, headers: &HeaderMap) -> Option<Session> {
    app.sessions
        .session(&cookie::cookie(headers, SESSION_COOKIE)?)
}

/// Ends the session of a request's cookie.
fn close(app: &App, headers: &HeaderMap) {
    if let Some(id) = cookie::cookie(headers, SESSION_COOKIE) {
        app.sessions.close(&id);
    }
}

fn to_login() -> Response {
    see_other("/dashboard/login")
}

/// Renders a signed-in page: the suspended page instead when the client's dashboard is
/// not reachable (R1), the refusal when `build` is refused.
async fn show<F>(
    app: &Arc<App>,
    headers: &HeaderMap,
    title: &'static str,
    path: &'static str,
    notice: Option<&'static str>,
    build: F,
) -> Response
where
    F: FnOnce(&Connection, &Viewer, Frame) -> Result<Response, Refusal> + Send + 'static,
{
    let Some(session) = session(app, headers) else {
        return to_login();
    };
    // A page reads: on a reader, beside other tenants' changes; on the writer only when
    // R9 has orders to suspend first (as the API's reads do). `build` runs once, after that.
    let build = std::sync::Mutex::new(Some(build));
    let now = Utc::now();
    let shown = app
        .read(move |conn, on_reader| {
            if on_reader && expiry_due(conn, session.account.reseller_id, now)? {
                return Ok(None);
            }
            let Some(viewer) = Viewer::load(conn, &session)? else {
                return Ok(Some(Shown::SignedOut));
            };
            if !viewer.dashboard.reachable {
                let frame = viewer.frame(&session, "Account suspended", path);
                let message = viewer.dashboard.message.clone().unwrap_or_default();
                return Ok(Some(Shown::Page(page(
                    StatusCode::FORBIDDEN,
                    &pages::Suspended { frame, message },
                ))));
            }
            let mut frame = viewer.frame(&session, title, path);
            frame.notice = notice.map(String::from);
            let build = build
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .take()
                .ok_or_else(|| actions::broken("a page was built twice"))?;
            Ok(Some(Shown::Page(
                build(conn, &viewer, frame).unwrap_or_else(|refusal| {
                    refused_page(
                        viewer.frame(&session, "Not possible", path),
                        &refusal,
                        None,
                        path,
                    )
                }),
            )))
        })
        .await;
    match shown {
        Ok(Shown::Page(response)) => response,
        Ok(Shown::SignedOut) => to_login(),
        Err(refusal) => refused_page(Frame::anonymous("Error"), &refusal, None, "/dashboard/"),
    }
}

/// The page of a refusal, with a command that helps (shown as code) when there is one.
fn refused_page(frame: Frame, refusal: &Refusal, command: Option<&str>, back: &str) -> Response {
    let heading = match refusal.code {
        ErrorCode::NotFound => "Not found",
        ErrorCode::Internal | ErrorCode::Unavailable => "Something went wrong",
        _ => "Not possible",
    };
    page(
        status_of(refusal),
        &pages::Refused {
            frame: Frame {
                title: heading.to_string(),
                ..frame
            },
            heading: heading.to_string(),
            message: refusal.message.clone(),
            command: command.map(String::from),
            back: back.to_string(),
        },
    )
}

/// A refusal shown in the signed-in client's frame, or in the default one.
async fn refuse(app: &Arc<App>, headers: &HeaderMap, refusal: Refusal, back: String) -> Response {
    if session(app, headers).is_none() {
        return refused_page(Frame::anonymous("Not possible"), &refusal, None, &back);
    }
    show(
        app,
        headers,
        "Not possible",
        "",
        None,
        move |_, _, frame| Ok(refused_page(frame, &refusal, None, &back)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CsrfForm {
    csrf: String,
}

/// Applies a change as the signed-in client: not in a preview, only with the session's
/// CSRF token, and refused as the API refuses it.
async fn change(
    app: &Arc<App>,
    headers: &HeaderMap,
    csrf: &str,
    action: Action,
    pairs: Vec<(&'static str, String)>,
    back: String,
    done: &str,
) -> Response {
    let Some(session) = session(app, headers) else {
        return to_login();
    };
    let refusal = if session.read_only {
        Some("This is a read-only preview: nothing can be changed here.")
    } else if !session.csrf_matches(csrf) {
        Some(
            "This form is out of date or did not come from this dashboard: reload the page and try again.",
        )
    } else {
        None
    };
    if let Some(message) = refusal {
        return refuse(
            app,
            headers,
            Refusal::new(ErrorCode::ClientForbidden, message),
            back,
        )
        .await;
    }
    let done_at = format!("{back}?done={done}");
    let changed = app.write(move |conn| {
        if !still_bound(conn, &session)? {
            return Ok(None);
        }
        call::<Value>(conn, session.account, action, &pairs).map(Some)
    });
    match changed.await {
        Ok(None) => to_login(),
        Ok(Some(_)) => see_other(&done_at),
        Err(refusal) => refuse(app, headers, refusal, back).await,
    }
}

// ---------------------------------------------------------------------------------------
// Pages.

#[derive(Deserialize, Default)]
#[serde(default)]
struct Done {
    done: Option<String>,
}

impl Done {
    /// Only known notices are shown: the query never puts text on the page.
    fn notice(&self) -> Option<&'static str> {
        match self.done.as_deref()? {
            "saved" => Some("Settings saved."),
            "deleted" => Some("Monitor deleted."),
            "moved" => Some("Monitor moved: it is active at once in its new order."),
            _ => None,
        }
    }
}

fn monitors_of(
    conn: &Connection,
    me: AccountRef,
    pairs: &[(&str, String)],
) -> Result<Vec<Monitor>, Refusal> {
    call(conn, me, Action::Monitors, pairs)
}

fn orders_of(conn: &Connection, me: AccountRef) -> Result<Vec<Order>, Refusal> {
    call(conn, me, Action::Orders, &[])
}

/// The client's plan (R5), as `userInfo` with `loadUserPlan` answers it.
fn plan_of(conn: &Connection, me: AccountRef) -> Result<Plan, Refusal> {
    match call(
        conn,
        me,
        Action::UserInfo,
        &[("loadUserPlan", "true".into())],
    )? {
        UserInfo::Client(Client {
            plan: Some(plan), ..
        }) => Ok(plan),
        _ => Err(internal("userInfo", "no plan of a client")),
    }
}

async fn home(visit: Visit) -> Response {
    visit
        .show("Overview", "/dashboard/", |conn, viewer, frame| {
            let plan = plan_of(conn, viewer.me)?;
            let monitors = monitors_of(conn, viewer.me, &[])?;
            let orders = orders_of(conn, viewer.me)?;
            let suspended = monitors
                .iter()
                .filter(|m| m.status == Status::Suspended)
                .count();
            let loads = Loads::of(&monitors);
            let movable = |m: &Monitor| !m.managed && !targets(m, &orders, &loads).is_empty();
            Ok(page(
                StatusCode::OK,
                &pages::Home {
                    attention: pages::attention(&monitors, &orders, movable),
                    frame,
                    first_name: viewer.first_name.clone(),
                    totals: plan.totals.iter().map(Total::from).collect(),
                    counts: pages::Counts {
                        total: monitors.len(),
                        active: monitors.len() - suspended,
                        suspended,
                        managed: monitors.iter().filter(|m| m.managed).count(),
                    },
                },
            ))
        })
        .await
}

async fn monitors(visit: Visit) -> Response {
    visit
        .show("Monitors", "/dashboard/monitors", |conn, viewer, frame| {
            let orders = orders_of(conn, viewer.me)?;
            let monitors = monitors_of(conn, viewer.me, &[])?;
            let views = monitors
                .iter()
                .map(|m| MonitorView::of(m, &orders, Vec::new()))
                .collect();
            Ok(page(
                StatusCode::OK,
                &pages::Monitors {
                    frame,
                    monitors: views,
                },
            ))
        })
        .await
}

/// What each order holds: its monitors by type and its RUM pageviews, counted once for a
/// page, so that a page's work is linear in what it shows (monitors times their targets),
/// never monitors times monitors.
struct Loads(HashMap<i64, (HashMap<MonitorType, u64>, u64)>);

impl Loads {
    fn of(monitors: &[Monitor]) -> Loads {
        let mut loads: HashMap<i64, (HashMap<MonitorType, u64>, u64)> = HashMap::new();
        for m in monitors {
            let (linked, used) = loads.entry(m.order_id).or_default();
            *linked.entry(m.kind).or_insert(0) += 1;
            if m.kind == MonitorType::Rum {
                *used += m.pageviews;
            }
        }
        Loads(loads)
    }
}

/// The orders `m` may move to (R3, R7 as the client), with room for its pageviews when
/// it is a RUM monitor (R6: moved monitors are active at once only where they fit).
fn targets(m: &Monitor, orders: &[Order], loads: &Loads) -> Vec<Target> {
    let candidate = MoveCandidate::of(m);
    let empty = (HashMap::new(), 0);
    orders
        .iter()
        .filter_map(|order| {
            let (linked, used) = loads.0.get(&order.id).unwrap_or(&empty);
            let used = *used;
            let movable =
                rules::validate_move(AccountKind::Client, order, linked, Some(&candidate), m.id);
            if movable != Ok(false) {
                return None;
            }
            if m.kind != MonitorType::Rum {
                return Some(Target {
                    id: order.id,
                    label: format!("{} #{}", order.name, order.id),
                });
            }
            let ordered = order.quantity("rumPageviews");
            let after = used.saturating_add(m.pageviews);
            // Short enough for a phone's select (390 px).
            (rules::rum_quota(ordered, after) != Quota::Suspend).then(|| Target {
                id: order.id,
                label: format!(
                    "{} #{}: {} pageviews free",
                    order.name,
                    order.id,
                    thousands(ordered.saturating_sub(used)),
                ),
            })
        })
        .collect()
}

async fn monitor(visit: Visit, Path(PathId(id)): Path<PathId>) -> Response {
    visit
        .show(
            "Monitor settings",
            "/dashboard/monitors",
            move |conn, viewer, frame| {
                let m: Monitor = call(
                    conn,
                    viewer.me,
                    Action::MonitorInfo,
                    &[("monitorId", id.to_string())],
                )?;
                let orders = orders_of(conn, viewer.me)?;
                let all = monitors_of(conn, viewer.me, &[])?;
                let locked = m.managed || frame.read_only;
                let view = MonitorView::of(&m, &orders, targets(&m, &orders, &Loads::of(&all)));
                let frame = Frame {
                    title: m.name.clone(),
                    ..frame
                };
                Ok(page(
                    StatusCode::OK,
                    &pages::MonitorPage {
                        frame,
                        m: view,
                        locked,
                    },
                ))
            },
        )
        .await
}

async fn rum(visit: Visit) -> Response {
    visit
        .show("RUM pageviews", "/dashboard/rum", |conn, viewer, frame| {
            let usage: Vec<RumUsage> = call(conn, viewer.me, Action::RumUsage, &[])?;
            let orders = orders_of(conn, viewer.me)?;
            let all = monitors_of(conn, viewer.me, &[])?;
            let loads = Loads::of(&all);
            let mut rum_of: HashMap<i64, Vec<&Monitor>> = HashMap::new();
            for m in all.iter().filter(|m| m.kind == MonitorType::Rum) {
                rum_of.entry(m.order_id).or_default().push(m);
            }
            let views = usage
                .into_iter()
                .filter(|u| u.monitor_slots > 0 || u.rum_monitors > 0)
                .map(|u| pages::RumOrder {
                    id: u.order_id,
                    status: u.status.name().to_string(),
                    managed: u.managed,
                    cycle_start: u.cycle_start,
                    gauge: pages::Gauge::of(u.used, u.ordered),
                    ordered_text: thousands(u.ordered),
                    used_text: thousands(u.used),
                    monitors: rum_of
                        .get(&u.order_id)
                        .into_iter()
                        .flatten()
                        .map(|m| MonitorView::of(m, &orders, targets(m, &orders, &loads)))
                        .collect(),
                    name: u.order_name,
                })
                .collect();
            Ok(page(
                StatusCode::OK,
                &pages::Rum {
                    frame,
                    orders: views,
                },
            ))
        })
        .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AccountQuery {
    order: Option<i64>,
}

fn service_name(code: &str) -> String {
    rules::service(code).map_or_else(|_| code.to_string(), |s| s.name)
}

async fn account(visit: Visit, Query(q): Query<AccountQuery>) -> Response {
    visit
        .show(
            "Account settings",
            "/dashboard/account",
            move |conn, viewer, frame| {
                let plan = plan_of(conn, viewer.me)?;
                let selected = q.order.or_else(|| plan.orders.first().map(|o| o.id));
                let orders = plan
                    .orders
                    .iter()
                    .map(|o| pages::OrderDetails {
                        id: o.id,
                        name: o.name.clone(),
                        selected: Some(o.id) == selected,
                        cycle: serde_json::to_value(o.billing_cycle)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default(),
                        managed: o.managed,
                        start: o.start_date.clone(),
                        end: o.end_date.clone(),
                        items: o
                            .items
                            .iter()
                            .map(|i| pages::Item {
                                name: service_name(&i.code),
                                quantity_text: thousands(i.quantity),
                            })
                            .collect(),
                    })
                    .collect();
                Ok(page(
                    StatusCode::OK,
                    &pages::Account {
                        frame,
                        full_name: viewer.full_name.clone(),
                        email: viewer.email.clone(),
                        totals: plan.totals.iter().map(Total::from).collect(),
                        inactive: plan
                            .inactive_features
                            .iter()
                            .map(|c| service_name(c))
                            .collect(),
                        orders,
                        across: plan
                            .services_across_all_packages
                            .iter()
                            .map(Total::from)
                            .collect(),
                    },
                ))
            },
        )
        .await
}

async fn support(visit: Visit) -> Response {
    visit
        .show("Support", "/dashboard/support", |_, _, frame| {
            Ok(page(StatusCode::OK, &pages::SupportPage { frame }))
        })
        .await
}

/// "Live chat" and "Submit Request" lead to the platform's support while it is the
/// client's support; a reseller's own contact replaces them (R4) and they are refused.
async fn support_channel(visit: Visit, Path(channel): Path<String>) -> Response {
    visit
        .show("Support", "/dashboard/support", move |_, viewer, _| {
            let d = &viewer.dashboard;
            let (enabled, label) = match channel.as_str() {
                "chat" => (d.buttons.live_chat, "Live chat"),
                "request" => (d.buttons.submit_request, "Submit Request"),
                _ => return Err(Refusal::new(ErrorCode::NotFound, "no such support channel")),
            };
            match (&d.support.url, enabled) {
                (Some(url), true) => Ok(see_other(url)),
                _ => Err(Refusal::new(
                    ErrorCode::ClientForbidden,
                    format!(
                        "{label} is not available: your provider's support contact replaces it."
                    ),
                )),
            }
        })
        .await
}

// ---------------------------------------------------------------------------------------
// Changes.

#[derive(Deserialize, Default)]
#[serde(default)]
struct EditForm {
    csrf: String,
    name: String,
    url: String,
    interval: String,
}

async fn edit_monitor(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(PathId(id)): Path<PathId>,
    Form(form): Form<EditForm>,
) -> Response {
    let pairs = vec![
        ("monitorId", id.to_string()),
        ("name", form.name),
        ("url", form.url),
        ("interval", form.interval),
    ];
    let back = format!("/dashboard/monitors/{id}");
    change(
        &app,
        &headers,
        &form.csrf,
        Action::EditMonitor,
        pairs,
        back,
        "saved",
    )
    .await
}

async fn delete_monitor(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(PathId(id)): Path<PathId>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let pairs = vec![("monitorIds", id.to_string())];
    change(
        &app,
        &headers,
        &form.csrf,
        Action::DeleteMonitor,
        pairs,
        "/dashboard/monitors".into(),
        "deleted",
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct MoveForm {
    csrf: String,
    order_id: String,
    /// `rum` when sent from the RUM page, which the answer then shows again.
    from: String,
}

async fn move_monitor(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(PathId(id)): Path<PathId>,
    Form(form): Form<MoveForm>,
) -> Response {
    let pairs = vec![("monitorId", id.to_string()), ("orderId", form.order_id)];
    let back = if form.from == "rum" {
        "/dashboard/rum".to_string()
    } else {
        format!("/dashboard/monitors/{id}")
    };
    change(
        &app,
        &headers,
        &form.csrf,
        Action::ChangeMonitorOrder,
        pairs,
        back,
        "moved",
    )
    .await
}

// ---------------------------------------------------------------------------------------
// Everything else.

async fn asset(Path(file): Path<String>) -> Response {
    let (content_type, body): (&str, &'static str) = match file.as_str() {
        "style.css" => ("text/css; charset=utf-8", include_str!("static/style.css")),
        "monitis-logo.svg" => ("image/svg+xml", include_str!("static/monitis-logo.svg")),
        _ => return guarded(StatusCode::NOT_FOUND, "no such file"),
    };
    let headers = [
        (header::CONTENT_TYPE, content_type),
        (header::CACHE_CONTROL, "max-age=3600"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ];
    (headers, body).into_response()
}

/// R2's pages are refused, not merely unlinked; any other path is not found.
async fn elsewhere(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(rest): Path<String>,
) -> Response {
    let rest = rest.trim_end_matches('/');
    let banned = NOT_FOR_CLIENTS.iter().find(|(path, _)| {
        rest == *path || rest.strip_prefix(path).is_some_and(|r| r.starts_with('/'))
    });
    let refusal = match banned {
        Some((_, what)) => Refusal::new(
            ErrorCode::ClientForbidden,
            format!("{what} is not part of a client's dashboard: please contact your provider."),
        ),
        None => Refusal::new(
            ErrorCode::NotFound,
            "There is no such page in the dashboard.",
        ),
    };
    refuse(&app, &headers, refusal, "/dashboard/".to_string()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(id: i64, status: &str, managed: bool, items: &[(&str, u64)]) -> Order {
        let items: Vec<Value> = items
            .iter()
            .map(|(code, quantity)| serde_json::json!({"code": code, "quantity": quantity}))
            .collect();
        serde_json::from_value(serde_json::json!({
            "id": id, "clientId": 1, "name": format!("O{id}"), "managed": managed,
            "status": status, "suspendedBy": null, "billingCycle": "monthly",
            "cycleStart": "2026-11-01", "startDate": "2026-11-01", "endDate": null,
            "gracePeriod": 0, "items": items,
        }))
        .unwrap()
    }

    fn monitor(id: i64, order_id: i64, kind: &str, pageviews: u64) -> Monitor {
        serde_json::from_value(serde_json::json!({
            "id": id, "clientId": 1, "orderId": order_id, "type": kind, "name": format!("M{id}"),
            "url": "example.com", "interval": 5, "status": "active", "suspendedReason": null,
            "managed": false, "managedBy": null, "pageviews": pageviews,
        }))
        .unwrap()
    }

    #[test]
    fn move_targets_are_active_unmanaged_orders_with_a_slot_and_room() {
        let orders = [
            order(1, "active", false, &[("rum", 3), ("rumPageviews", 100)]),
            order(
                2,
                "active",
                false,
                &[("rum", 5), ("rumPageviews", 500), ("external", 1)],
            ),
            order(3, "active", true, &[("rum", 5), ("rumPageviews", 500)]),
            order(4, "suspended", false, &[("rum", 5), ("rumPageviews", 500)]),
            order(5, "active", false, &[("rum", 1), ("rumPageviews", 500)]),
            order(6, "active", false, &[("rum", 2), ("rumPageviews", 100)]),
        ];
        let monitors = [
            monitor(1, 1, "rum", 30),
            monitor(2, 2, "rum", 80),
            monitor(3, 5, "rum", 0),
            monitor(4, 6, "rum", 90),
            monitor(5, 1, "external", 0),
        ];
        let labels = |m: &Monitor| -> Vec<(i64, String)> {
            targets(m, &orders, &Loads::of(&monitors))
                .into_iter()
                .map(|t| (t.id, t.label))
                .collect()
        };
        // Order 3 is managed (R3), 4 suspended, 5 has no free slot (R7), 6 no room for
        // 30 more pageviews (90 + 30 > 100, R6); the monitor's own order is no target.
        assert_eq!(
            labels(&monitors[0]),
            [(2, "O2 #2: 420 pageviews free".to_string())]
        );
        assert_eq!(labels(&monitors[4]), [(2, "O2 #2".to_string())]);
    }
}
