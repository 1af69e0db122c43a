//! The dashboard's cookies: the session's, and the login form's CSRF double submit.

use std::time::Duration;

use axum::http::HeaderMap;
use axum::http::header::COOKIE;

/// The session cookie; `Path=/dashboard` keeps it away from the API.
pub const SESSION_COOKIE: &str = "monitis_session";
/// The login form's CSRF cookie (double submit: the form carries the same value).
pub const LOGIN_COOKIE: &str = "monitis_login";

/// The value of cookie `name` in a request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.to_string())
}

/// A `Set-Cookie` value: HttpOnly so scripts never see it, SameSite=Lax so other sites'
/// forms never carry it (a link from elsewhere, such as a preview link, still signs in).
pub fn set_cookie(name: &str, value: &str, max_age: Duration) -> String {
    format!(
        "{name}={value}; Path=/dashboard; HttpOnly; SameSite=Lax; Max-Age={}",
        max_age.as_secs()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn with_cookie(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn cookie_finds_its_pair_among_others() {
        let headers = with_cookie("a=1; monitis_session=XYZ; b=2");
        assert_eq!(cookie(&headers, SESSION_COOKIE).as_deref(), Some("XYZ"));
        assert_eq!(cookie(&headers, LOGIN_COOKIE), None);
        assert_eq!(
            set_cookie("n", "v", Duration::from_secs(60)),
            "n=v; Path=/dashboard; HttpOnly; SameSite=Lax; Max-Age=60"
        );
    }
}
