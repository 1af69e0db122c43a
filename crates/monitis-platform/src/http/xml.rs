//! `output=xml`: the JSON answer of a read, written as XML (docs/protocol.md, "Hosted
//! conventions"). The hosted API answered XML to the clients that asked for it (the Java
//! SDK, the Windows scripts); POST answers were always JSON, and so are they here.
//!
//! The mapping: the answer is the element the catalog names (`xml_root`, default
//! `result`); an object's fields are child elements (in name order, as the JSON parser
//! keeps them); a list's values are elements named
//! by the catalog's `xml_item` at the top and by the field's name, singular, below; `null`
//! is an empty element. A field whose name is no XML name is an `<item name="…">`.

use std::fmt::Write as _;

use axum::body::{Body, to_bytes};
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use monitis_core::protocol::codes::ErrorCode;
use serde_json::Value;

/// The most JSON an answer may have to be written as XML: the conversion holds it whole.
pub const MAX_XML_SOURCE: usize = 8 * 1024 * 1024;

/// The element names of one action's XML answer.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub root: &'static str,
    pub item: &'static str,
}

/// The response, its JSON body written as XML (status and other headers kept). An answer
/// too large to hold, or cut short while it was read, is refused in XML (errorCode 12).
pub async fn convert(response: Response, shape: Shape) -> Response {
    let (mut parts, body) = response.into_parts();
    let json = to_bytes(body, MAX_XML_SOURCE)
        .await
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok());
    let value = json.unwrap_or_else(|| {
        let code = ErrorCode::BodyTooLarge;
        parts.status = StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::PAYLOAD_TOO_LARGE);
        serde_json::json!({
            "error": format!(
                "the answer could not be written as XML: it is larger than {} MiB (the most output=xml writes) or was cut short; ask output=json, or narrow the list",
                MAX_XML_SOURCE >> 20
            ),
            "errorCode": code.number(),
        })
    });
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/xml; charset=utf-8"),
    );
    Response::from_parts(parts, Body::from(document(&value, shape)))
}

/// The XML document of `value`.
pub fn document(value: &Value, shape: Shape) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    match value {
        Value::Array(items) => {
            open(&mut out, shape.root);
            for item in items {
                element(&mut out, shape.item, item);
            }
            close(&mut out, shape.root);
        }
        other => element(&mut out, shape.root, other),
    }
    out
}

fn element(out: &mut String, name: &str, value: &Value) {
    let named = is_name(name);
    if named {
        open(out, name);
    } else {
        out.push_str("<item name=\"");
        escape(out, name);
        out.push_str("\">");
    }
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => escape(out, s),
        Value::Array(items) => {
            let item = singular(name);
            for v in items {
                element(out, item, v);
            }
        }
        Value::Object(fields) => {
            for (k, v) in fields {
                element(out, k, v);
            }
        }
    }
    close(out, if named { name } else { "item" });
}

fn open(out: &mut String, name: &str) {
    out.push('<');
    out.push_str(name);
    out.push('>');
}

fn close(out: &mut String, name: &str) {
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// The element of one value of the list `name`: `tests` holds `test`s, `data` `data`.
fn singular(name: &str) -> &str {
    match name.strip_suffix('s') {
        Some(one) if !one.is_empty() && is_name(one) => one,
        _ if name.ends_with("List") => &name[..name.len() - 4],
        _ => name,
    }
}

/// An XML name as JSON field names have them: a letter or `_`, then letters, digits,
/// `_`, `-` and `.`; never starting with `xml`.
fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !name.to_ascii_lowercase().starts_with("xml")
}

/// Text as XML character data or an attribute value; characters XML 1.0 cannot hold at
/// all (control characters but tab and line ends) are dropped.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const RESULT: Shape = Shape {
        root: "result",
        item: "item",
    };

    #[tokio::test]
    async fn an_answer_too_large_to_hold_is_refused_in_xml() {
        let big = format!("[{}1]", "1,".repeat(MAX_XML_SOURCE / 2));
        let response = convert(Response::new(Body::from(big)), RESULT).await;
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let text = to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let text = String::from_utf8(text.to_vec()).unwrap();
        assert!(text.contains("larger than 8 MiB"), "{text}");
        assert!(
            text.ends_with("<errorCode>12</errorCode></result>"),
            "{text}"
        );
        // Just within the limit, the same list is written whole.
        let fits = format!("[{}1]", "1,".repeat(MAX_XML_SOURCE / 2 - 2));
        let response = convert(Response::new(Body::from(fits)), RESULT).await;
        assert_eq!(response.status(), StatusCode::OK);
    }

    #[test]
    fn objects_lists_and_scalars() {
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        assert_eq!(
            document(&json!({"apikey": "K", "secretkey": "S"}), RESULT),
            format!("{head}<result><apikey>K</apikey><secretkey>S</secretkey></result>")
        );
        let monitors = Shape {
            root: "monitors",
            item: "monitor",
        };
        assert_eq!(
            document(&json!([{"id": 1, "name": "a<b", "tag": null}]), monitors),
            format!(
                "{head}<monitors><monitor><id>1</id><name>a&lt;b</name><tag></tag></monitor></monitors>"
            )
        );
        assert_eq!(
            document(
                &json!({"testList": [{"ok": true}], "tags": ["x & y"], "2d": 1.5}),
                RESULT
            ),
            format!(
                "{head}<result><item name=\"2d\">1.5</item><tags><tag>x &amp; y</tag></tags><testList><test><ok>true</ok></test></testList></result>"
            )
        );
        assert_eq!(
            document(&json!({"error": "bad \"x\"\u{1}", "errorCode": 1}), RESULT),
            format!(
                "{head}<result><error>bad &quot;x&quot;</error><errorCode>1</errorCode></result>"
            )
        );
    }
}
