//! Signing in and out, and the reseller's preview links.

use super::*;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct LoginForm {
    csrf: String,
    email: String,
    password: String,
}

fn login_form(app: &App, status: StatusCode, headers: &HeaderMap, error: Option<&str>) -> Response {
    let csrf = cookie::cookie(headers, LOGIN_COOKIE)
        .filter(|token| app.sessions.login_token_valid(token))
        .unwrap_or_else(|| app.sessions.login_token());
    let form = pages::Login {
        frame: Frame::anonymous("Log in"),
        csrf: csrf.clone(),
        email: String::new(),
        error: error.map(String::from),
    };
    let cookie = cookie::set_cookie(LOGIN_COOKIE, &csrf, sessions::SESSION_TTL);
    with_cookie(cookie, page(status, &form))
}

pub(super) async fn login_page(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    if session(&app, &headers).is_some() {
        return see_other("/dashboard/");
    }
    login_form(&app, StatusCode::OK, &headers, None)
}

pub(super) async fn login(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    // The double submit, and the token must be this server's: a cookie a client planted
    // with a value of its choosing is refused.
    let expected = cookie::cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    if !constant_time_eq(&expected, &form.csrf) || !app.sessions.login_token_valid(&form.csrf) {
        return login_form(
            &app,
            StatusCode::FORBIDDEN,
            &headers,
            Some("The login form expired: please try again."),
        );
    }
    // The password goes the way of the `apikey` login: SHA-256 hex, then the shared check,
    // so an unknown email and a wrong password get the same answer.
    let email = monitis_core::domain::validate::fold_email(&form.email);
    let checked = check_password(&app, email, sha256_hex(&form.password), peer).await;
    let login = match checked {
        Ok(login) => login,
        Err(refusal) if refusal.code == ErrorCode::BadLogin => {
            return login_form(
                &app,
                StatusCode::UNAUTHORIZED,
                &headers,
                Some("Wrong email or password."),
            );
        }
        Err(refusal) => {
            return login_form(&app, status_of(&refusal), &headers, Some(&refusal.message));
        }
    };
    let account = AccountRef {
        reseller_id: login.reseller_id,
        client_id: Some(login.client_id),
    };
    let stamp = app
        .dbs
        .read(move |conn| store::session_stamp(conn, account, false).map_err(auth::internal))
        .await;
    match stamp {
        Ok(Some(stamp)) => signed_in(&app, account, false, stamp),
        Ok(None) => to_login(),
        Err(refusal) => login_form(&app, status_of(&refusal), &headers, Some(&refusal.message)),
    }
}

/// Opens a session bound to `stamp` and sends the browser to the dashboard with its cookie.
fn signed_in(app: &App, account: AccountRef, read_only: bool, stamp: String) -> Response {
    let id = match app.sessions.open(account, read_only, stamp) {
        Ok(id) => id,
        Err(full) => {
            return refused_page(
                Frame::anonymous("Busy"),
                &full.refusal(),
                None,
                "/dashboard/login",
            );
        }
    };
    let ttl = if read_only {
        sessions::PREVIEW_SESSION_TTL
    } else {
        sessions::SESSION_TTL
    };
    let response = with_cookie(
        cookie::set_cookie(SESSION_COOKIE, &id, ttl),
        see_other("/dashboard/"),
    );
    with_cookie(
        cookie::set_cookie(LOGIN_COOKIE, "", std::time::Duration::ZERO),
        response,
    )
}

pub(super) async fn logout(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response {
    match session(&app, &headers) {
        Some(session) if session.csrf_matches(&form.csrf) => {
            close(&app, &headers);
            with_cookie(
                cookie::set_cookie(SESSION_COOKIE, "", std::time::Duration::ZERO),
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
    match app.sessions.redeem_preview(&token) {
        Some((account, stamp)) => signed_in(&app, account, true, stamp),
        None => refused_page(
            Frame::anonymous("Preview link refused"),
            &Refusal::new(
                ErrorCode::ClientForbidden,
                "This preview link was already used, has expired, or comes from another sandbox. Get a new one with",
            ),
            Some("monitis client dashboard EMAIL --web"),
            "/dashboard/login",
        ),
    }
}
