//! Redaction for `-vv` logs: secret keys, tokens, checksums and passwords never show.

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

fn is_secret(name: &str) -> bool {
    SECRET_NAMES.iter().any(|s| s.eq_ignore_ascii_case(name))
}

/// `action=clients apikey=K authToken=***` for a log line.
pub fn redact_params(params: &[(String, String)]) -> String {
    params
        .iter()
        .map(|(k, v)| {
            if is_secret(k) {
                format!("{k}=***")
            } else {
                format!("{k}={v}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A response body with secret fields replaced (bodies that are not JSON are shown as is:
/// the API never puts a secret outside a JSON field).
pub fn body(text: &str) -> String {
    match serde_json::from_str::<Value>(text) {
        Ok(mut value) => {
            redact_value(&mut value);
            value.to_string()
        }
        Err(_) => text.to_string(),
    }
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
}
