//! Signing in and out, and the reseller's preview links.

use super::*;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct LoginForm {
    csrf: String,
    email: String,
    password: String,
}

fn login_form(status: StatusCode, headers: &HeaderMap, error: Option<&str>) -> Response {
    let csrf = session::cookie(headers, LOGIN_COOKIE).unwrap_or_else(session::secret);
    let form = pages::Login {
        frame: Frame::anonymous("Log in"),
        csrf: csrf.clone(),
        email: String::new(),
        error: error.map(String::from),
    };
    let cookie = session::set_cookie(LOGIN_COOKIE, &csrf, session::SESSION_TTL);
    with_cookie(cookie, page(status, &form))
}

pub(super) async fn login_page(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    if app.web.session(&headers).is_some() {
        return see_other("/dashboard/");
    }
    login_form(StatusCode::OK, &headers, None)
}

pub(super) async fn login(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let expected = session::cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !constant_time_eq(&expected, &form.csrf) {
        return login_form(
            StatusCode::FORBIDDEN,
            &headers,
            Some("The login form expired: please try again."),
        );
    }
    // The password goes the way of the `apikey` login: SHA-256 hex, then the shared check,
    // so an unknown email and a wrong password get the same answer.
    let email = crate::domain::validate::fold_email(&form.email);
    let checked = check_password(&app, email, sha256_hex(&form.password), peer).await;
    let login = match checked {
        Ok(login) => login,
        Err(refusal) if refusal.code == ErrorCode::BadLogin => {
            return login_form(
                StatusCode::UNAUTHORIZED,
                &headers,
                Some("Wrong email or password."),
            );
        }
        Err(refusal) => return login_form(status_of(&refusal), &headers, Some(&refusal.message)),
    };
    let account = AccountRef {
        reseller_id: login.reseller_id,
        client_id: Some(login.client_id),
    };
    signed_in(&app, account, false)
}

/// Opens a session and sends the browser to the dashboard with its cookie.
fn signed_in(app: &App, account: AccountRef, read_only: bool) -> Response {
    let Some(id) = app.web.open(account, read_only) else {
        let busy = Refusal::new(
            ErrorCode::Unavailable,
            "Too many open dashboard sessions: try again later.",
        );
        return refused_page(Frame::anonymous("Busy"), &busy, "/dashboard/login");
    };
    let ttl = if read_only {
        session::PREVIEW_SESSION_TTL
    } else {
        session::SESSION_TTL
    };
    let response = with_cookie(
        session::set_cookie(SESSION_COOKIE, &id, ttl),
        see_other("/dashboard/"),
    );
    with_cookie(
        session::set_cookie(LOGIN_COOKIE, "", std::time::Duration::ZERO),
        response,
    )
}

pub(super) async fn logout(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response {
    match app.web.session(&headers) {
        Some(session) if session.csrf_matches(&form.csrf) => {
            app.web.close(&headers);
            with_cookie(
                session::set_cookie(SESSION_COOKIE, "", std::time::Duration::ZERO),
                see_other("/dashboard/login"),
            )
        }
        Some(_) => {
            let stale = Refusal::new(
                ErrorCode::ClientForbidden,
                "This form is out of date: reload the page and try again.",
            );
            refuse(&app, &headers, stale, "/dashboard/".to_string()).await
        }
        None => to_login(),
    }
}

/// The reseller's preview link: single use, read only, for this server only.
pub(super) async fn preview(State(app): State<Arc<App>>, Path(token): Path<String>) -> Response {
    match app.web.redeem_preview(&token) {
        Some(account) => signed_in(&app, account, true),
        None => refused_page(
            Frame::anonymous("Preview link refused"),
            &Refusal::new(
                ErrorCode::ClientForbidden,
                "This preview link was already used, has expired, or comes from another sandbox: get a new one with `monitis client dashboard EMAIL --web`.",
            ),
            "/dashboard/login",
        ),
    }
}

/// `dashboardPreview` (an API action, for the reseller): a single-use preview token for
/// the client named by `clientApikey`.
pub async fn issue_preview(app: &Arc<App>, params: Params) -> Result<Reply, Refusal> {
    let worker = Arc::clone(app);
    let account = blocking(move || {
        worker.transact(|conn| {
            let now = Utc::now();
            let me = worker.authorise(conn, &params, now)?;
            let ctx = actions::context(conn, me, Action::DashboardPreview, &params, now, None)?;
            let client = ctx.client.ok_or_else(|| {
                Refusal::new(
                    ErrorCode::BadParameter,
                    "missing parameter clientApikey: name the client to preview",
                )
            })?;
            Ok(AccountRef {
                reseller_id: me.reseller_id,
                client_id: Some(client),
            })
        })
    })
    .await?;
    let token = app.web.issue_preview(account).ok_or_else(|| {
        Refusal::new(
            ErrorCode::Unavailable,
            "too many open dashboard sessions: try again later",
        )
    })?;
    let preview = DashboardPreview {
        preview_token: token,
        path: "/dashboard/preview/".to_string(),
        expires_in: session::PREVIEW_LINK_TTL.as_secs(),
    };
    let data = serde_json::to_value(preview).map_err(|e| internal("dashboardPreview", e))?;
    Ok(Reply::Change(Some(data)))
}
