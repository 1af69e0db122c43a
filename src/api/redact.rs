//! Redaction for `-vv` logs: secret keys, tokens, checksums and passwords never show,
//! and no logged request or body is longer than [`LOG_CAP`].

use serde_json::Value;

/// Parameter and JSON field names whose values are secrets.
const SECRET_NAMES: [&str; 6] = [
    "secretkey",
    "previewToken",
    "authToken",
    "checksum",
    "password",
    "newPassword",
];

/// Whether a parameter or field named so holds a secret.
pub fn is_secret(name: &str) -> bool {
    SECRET_NAMES.iter().any(|s| s.eq_ignore_ascii_case(name))
}

/// The most of one request's parameters or one body that a `-vv` line shows: a bulk move's
/// ids or a full `monitors` list would otherwise flood the log.
pub const LOG_CAP: usize = 4096;

/// `action=clients apikey=K authToken=***` for a log line, capped.
pub fn redact_params(params: &[(String, String)]) -> String {
    let text = params
        .iter()
        .map(|(k, v)| {
            if is_secret(k) {
                format!("{k}=***")
            } else {
                format!("{k}={v}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    cap(text)
}

/// A response body with secret fields replaced (bodies that are not JSON are shown as is:
/// the API never puts a secret outside a JSON field), capped.
pub fn body(text: &str) -> String {
    cap(match serde_json::from_str::<Value>(text) {
        Ok(mut value) => {
            redact_value(&mut value);
            value.to_string()
        }
        Err(_) => text.to_string(),
    })
}

/// The first [`LOG_CAP`] bytes (on a character boundary) and how many were cut.
fn cap(mut text: String) -> String {
    if text.len() <= LOG_CAP {
        return text;
    }
    let mut keep = LOG_CAP;
    while !text.is_char_boundary(keep) {
        keep -= 1;
    }
    let cut = text.len() - keep;
    text.truncate(keep);
    text.push_str(&format!("… ({cut} more bytes not shown)"));
    text
}

fn redact_value(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if is_secret(k) {
                    *v = Value::String("***".into());
                } else {
                    redact_value(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_value),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_and_bodies_lose_their_secrets() {
        let params = vec![
            ("apikey".to_string(), "KEY".to_string()),
            ("secretkey".to_string(), "S3CRET".to_string()),
            ("checksum".to_string(), "abc=".to_string()),
        ];
        assert_eq!(
            redact_params(&params),
            "apikey=KEY secretkey=*** checksum=***"
        );
        assert_eq!(
            body(
                r#"{"status":"ok","data":{"apikey":"K","secretkey":"S","nested":[{"authToken":"T"}]}}"#
            ),
            r#"{"data":{"apikey":"K","nested":[{"authToken":"***"}],"secretkey":"***"},"status":"ok"}"#
        );
    }

    #[test]
    fn long_lines_are_cut_and_say_how_much() {
        let list = format!("[{}]", vec!["12345"; 2000].join(","));
        let logged = body(&list);
        assert_eq!(
            logged.len(),
            LOG_CAP + "… (7905 more bytes not shown)".len()
        );
        assert!(
            logged.ends_with("… (7905 more bytes not shown)"),
            "{logged}"
        );
        // Not cut inside a character.
        let wide = "é".repeat(3000);
        assert!(body(&wide).starts_with(&"é".repeat(2048)));
        assert!(body(&wide).ends_with("… (1904 more bytes not shown)"));
        let ids = vec![("monitorIds".to_string(), "7,".repeat(3000))];
        assert!(redact_params(&ids).ends_with("… (1915 more bytes not shown)"));
        assert_eq!(body("[1,2]"), "[1,2]");
    }
}
