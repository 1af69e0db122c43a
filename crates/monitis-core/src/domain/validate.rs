//! The values a client may send, checked at the edge with documented limits
//! (docs/protocol.md, "Values"): the server refuses them with errorCode 1, and the CLI's
//! prechecks (client add and edit, client import) refuse them before sending. Each check
//! returns what is wrong, without the field's name, which the caller adds.

use chrono::NaiveDate;

/// Emails: at most 254 characters (RFC 5321's path limit).
pub const MAX_EMAIL_CHARS: usize = 254;
/// Names (of clients, orders, monitors) and other free text: at most 200 characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Monitor targets and branding URLs: at most 2,048 characters.
pub const MAX_URL_CHARS: usize = 2048;
/// Quantities and counts: whole numbers up to one billion.
pub const MAX_QUANTITY: u64 = 1_000_000_000;
/// Dates: from 1970-01-01 to 9999-12-31.
pub const MIN_DATE: NaiveDate = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
pub const MAX_DATE: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date");

/// One of the checks of text values below: what is wrong, if anything.
pub type Check = fn(&str) -> Result<(), String>;

/// A bad value, quoted short: a 900 KB name must not come back whole in the error.
fn quoted(value: &str) -> String {
    const SHOWN: usize = 40;
    match crate::text::head(value, SHOWN) {
        (head, true) => format!("{head:?}… ({} characters)", value.chars().count()),
        (whole, false) => format!("{whole:?}"),
    }
}

fn at_most(value: &str, max: usize) -> Result<(), String> {
    if value.chars().count() > max {
        return Err(format!(
            "is longer than {max} characters: {}",
            quoted(value)
        ));
    }
    Ok(())
}

fn no_control(value: &str) -> Result<(), String> {
    if value.chars().any(char::is_control) {
        return Err(format!(
            "holds a control character (NUL, newline, …): {}",
            quoted(value)
        ));
    }
    Ok(())
}

/// A name or other free text: not blank, no control characters, at most 200 characters.
pub fn name(value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err("is empty".into());
    }
    at_most(value, MAX_NAME_CHARS)?;
    no_control(value)
}

/// Letters, digits and hyphens, not at either end: one label of a domain name.
fn is_label(label: &str) -> bool {
    !label.is_empty()
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.chars().all(|c| c.is_alphanumeric() || c == '-')
}

/// A domain of at least two labels (`example.com`), internationalised labels allowed.
fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2 && labels.iter().all(|l| is_label(l))
}

/// An email address: one `@`, a non-empty local part without spaces or control
/// characters, a domain with a dot and no empty labels; at most 254 characters.
pub fn email(value: &str) -> Result<(), String> {
    at_most(value, MAX_EMAIL_CHARS)?;
    let valid = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !local.contains(|c: char| c.is_whitespace() || c.is_control() || c == '@')
                && is_domain(domain)
        }
        None => false,
    };
    if !valid {
        return Err(format!(
            "is not an email address (name@domain.tld): {}",
            quoted(value)
        ));
    }
    Ok(())
}

/// The form in which emails are compared and stored: Unicode lower case, so that
/// `ÜSER@EXÄMPLE.COM` and `üser@exämple.com` are one account.
pub fn fold_email(value: &str) -> String {
    value.to_lowercase()
}

/// An `http://` or `https://` URL with a host.
pub fn http_url(value: &str) -> Result<(), String> {
    at_most(value, MAX_URL_CHARS)?;
    no_control(value)?;
    let rest = value
        .split_once("://")
        .filter(|(scheme, _)| {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        })
        .map(|(_, rest)| rest);
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    match host {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => Ok(()),
        _ => Err(format!(
            "must be an http:// or https:// URL: {}",
            quoted(value)
        )),
    }
}

/// What a monitor watches: an http(s) URL, or a host name (`shop.example.com`, with an
/// optional `:port`) for RUM and for checks that are not HTTP. No other scheme.
pub fn monitor_target(value: &str) -> Result<(), String> {
    if value.contains("://") {
        return http_url(value);
    }
    at_most(value, MAX_URL_CHARS)?;
    let host = match value.rsplit_once(':') {
        Some((host, port)) if port.parse::<u16>().is_ok() => host,
        _ => value,
    };
    if host == "localhost" || is_domain(host) {
        return Ok(());
    }
    Err(format!(
        "must be an http:// or https:// URL or a host name: {}",
        quoted(value)
    ))
}

/// A whole number from 0 to one billion.
pub fn quantity(value: &str) -> Result<u64, String> {
    match value.trim().parse::<u64>() {
        Ok(n) if n <= MAX_QUANTITY => Ok(n),
        Ok(_) => Err(format!(
            "must be at most {MAX_QUANTITY}, got {}",
            quoted(value)
        )),
        Err(_) => Err(format!("must be a whole number, got {}", quoted(value))),
    }
}

/// An id, written as the platform writes ids: decimal digits with no sign and no leading
/// zero (a `-` before the digits of a negative id, which no record has), within a signed
/// 64-bit integer. `+1` and `01` would be id 1 written two more ways: refused.
pub fn id(value: &str) -> Result<i64, String> {
    match value.parse::<i64>() {
        Ok(id) if id.to_string() == value => Ok(id),
        _ => Err(format!(
            "must be an id: digits without a sign or leading zeros, got {}",
            quoted(value)
        )),
    }
}

/// A date `YYYY-MM-DD` from 1970-01-01 to 9999-12-31.
pub fn date(value: &str) -> Result<NaiveDate, String> {
    let parsed = (value.len() == 10)
        .then(|| NaiveDate::parse_from_str(value, crate::protocol::DATE_FORMAT).ok())
        .flatten();
    match parsed {
        Some(d) if (MIN_DATE..=MAX_DATE).contains(&d) => Ok(d),
        Some(_) => Err(format!(
            "must be between {MIN_DATE} and {MAX_DATE}, got {}",
            quoted(value)
        )),
        None => Err(format!("must be a date YYYY-MM-DD, got {}", quoted(value))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_from_the_issue() {
        assert_eq!(email("ann@example.com"), Ok(()));
        assert_eq!(email("üser@exämple.com"), Ok(()));
        for bad in [
            "a@b@c.d", "a@.", "a@b", "@b.c", "a b@c.d", "a@b..c", "a@-b.c", "a\0@b.c",
        ] {
            assert!(email(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            email("a@.").unwrap_err(),
            "is not an email address (name@domain.tld): \"a@.\""
        );
        let long = format!("{}@example.com", "a".repeat(10 * 1024));
        let err = email(&long).unwrap_err();
        assert!(
            err.starts_with("is longer than 254 characters: \"aaaa"),
            "{err}"
        );
        assert!(err.ends_with("… (10252 characters)"), "{err}");
        let at_limit = format!("{}@example.com", "a".repeat(254 - 12));
        assert_eq!(email(&at_limit), Ok(()));
    }

    #[test]
    fn emails_fold_unicode_case() {
        assert_eq!(fold_email("ÜSER@EXÄMPLE.COM"), "üser@exämple.com");
        assert_eq!(fold_email("üser@exämple.com"), "üser@exämple.com");
    }

    #[test]
    fn names_refuse_control_characters_and_length() {
        assert_eq!(name("Ann Lee"), Ok(()));
        assert_eq!(name("Zoë"), Ok(()));
        assert_eq!(
            name("A\0B").unwrap_err(),
            "holds a control character (NUL, newline, …): \"A\\0B\""
        );
        assert_eq!(name("  ").unwrap_err(), "is empty");
        assert_eq!(name(&"x".repeat(200)), Ok(()));
        assert!(
            name(&"x".repeat(900 * 1024))
                .unwrap_err()
                .starts_with("is longer than 200")
        );
    }

    #[test]
    fn monitor_targets_are_http_or_a_host() {
        for good in [
            "https://shop.example.com",
            "http://a.example/x?y=1",
            "HTTPS://A.EXAMPLE",
            "shop.example.com",
            "db.example.com:5432",
            "localhost",
        ] {
            assert_eq!(monitor_target(good), Ok(()), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://a.example",
            "https://",
            "shop",
            "a b.example",
        ] {
            assert!(monitor_target(bad).is_err(), "{bad}");
        }
        assert!(monitor_target(&format!("https://a.example/{}", "x".repeat(2048))).is_err());
        assert!(http_url("shop.example.com").is_err());
    }

    #[test]
    fn quantities_stay_far_below_i64() {
        assert_eq!(quantity("50000"), Ok(50_000));
        assert_eq!(quantity("1000000000"), Ok(MAX_QUANTITY));
        assert_eq!(
            quantity("9223372036854775808").unwrap_err(),
            "must be at most 1000000000, got \"9223372036854775808\""
        );
        assert_eq!(
            quantity("99999999999999999999999").unwrap_err(),
            "must be a whole number, got \"99999999999999999999999\""
        );
        assert!(quantity("-1").is_err());
    }

    #[test]
    fn an_id_is_written_one_way() {
        assert_eq!(id("1"), Ok(1));
        assert_eq!(id("0"), Ok(0));
        assert_eq!(id("-7"), Ok(-7));
        assert_eq!(id("9223372036854775807"), Ok(i64::MAX));
        for bad in ["+1", "01", "00", "-0", "-01", " 1", "1 ", "", "1e3", "0x1"] {
            assert!(id(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            id("+1").unwrap_err(),
            "must be an id: digits without a sign or leading zeros, got \"+1\""
        );
        assert!(id("9223372036854775808").is_err());
    }

    #[test]
    fn dates_are_within_years_1970_to_9999() {
        assert_eq!(date("9999-12-31"), Ok(MAX_DATE));
        assert_eq!(
            date("10000-01-01").unwrap_err(),
            "must be a date YYYY-MM-DD, got \"10000-01-01\""
        );
        assert!(date("+9999-12-31").is_err());
        assert!(
            date("1969-12-31")
                .unwrap_err()
                .starts_with("must be between")
        );
        assert!(date("2026-02-30").is_err());
    }
}
