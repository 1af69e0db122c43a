//! docs/protocol.md shows how a script drives the API with only curl and openssl; this
//! runs that very snippet against a demo sandbox, so the doc cannot lie.

mod common;

use std::process::Command;

use common::cli::Sandbox;
use serde_json::Value;

/// The `sh` block of docs/protocol.md that follows the words "only curl and openssl".
fn doc_snippet() -> String {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/protocol.md"))
        .expect("read docs/protocol.md");
    let after = &doc[doc.find("only curl and openssl").expect("the curl example")..];
    let start = after.find("```sh\n").expect("its sh block") + "```sh\n".len();
    let end = after[start..].find("```").expect("the block's end");
    after[start..start + end].to_string()
}

#[test]
fn the_documented_curl_and_openssl_script_moves_monitors() {
    for tool in ["curl", "openssl", "base64"] {
        if Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .map_or(true, |o| !o.status.success())
        {
            return common::skip::skip(format!("{tool} is not installed"));
        }
    }
    let sb = Sandbox::demo();
    let out = Command::new("bash")
        .args(["-c", &doc_snippet()])
        .env("URL", &sb.url)
        .env("KEY", &sb.apikey)
        .env("SECRET", &sb.secretkey)
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answer: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    assert_eq!(answer["status"], "ok", "{answer}");
    // The demo's suspended RUM monitors 3, 4 and 5 fit into Ann's "Growth" order (R7).
    assert_eq!(
        answer["data"]["moved"],
        serde_json::json!([3, 4, 5]),
        "{answer}"
    );
    let moved = sb
        .monitis()
        .args(["monitor", "list", "--order", "2", "--type", "rum"])
        .json();
    let ids: Vec<i64> = moved
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect();
    assert!([3, 4, 5].iter().all(|id| ids.contains(id)), "{ids:?}");
}
