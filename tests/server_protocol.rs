//! The sandbox's wire protocol over real HTTP: both signing modes and their refusals,
//! error shapes, logins, keys, and isolation between resellers and between clients.

mod common;

use base64::Engine;
use common::server::{Keys, Server, now_timestamp, sha256_hex, signed};
use hmac::{Hmac, Mac};
use serde_json::{Value, json};

const SUSPENDED: &str = "The account is suspended. Please contact your provider.";

#[tokio::test]
async fn checksum_mode_reads_are_bare_json_and_changes_are_status_ok() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    assert_eq!(apikey.len(), 26);
    assert!(
        apikey
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    );
    let clients = s.get(&s.reseller, "clients", &[]).await.read();
    assert_eq!(clients.as_array().unwrap().len(), 1);
    assert_eq!(clients[0]["account"], "ann@example.com");
    assert_eq!(clients[0]["apikey"], apikey.as_str());
    // R1: no order yet.
    assert_eq!(clients[0]["status"], "suspended");
    // A change without data is exactly {"status":"ok"}.
    let edited = s
        .post(
            &s.reseller,
            "editUser",
            &[("clientApikey", &apikey), ("firstName", "Annie")],
        )
        .await;
    assert_eq!(edited.status, 200);
    assert_eq!(edited.body, json!({ "status": "ok" }));
    let catalog = s.get(&s.reseller, "getServiceList", &[]).await.read();
    let codes: Vec<&str> = catalog
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    for code in [
        "external",
        "transaction",
        "fullPageLoad",
        "internal",
        "rum",
        "rumPageviews",
        "sms",
        "loadTester",
        "vulnerabilityScan",
        "traceroute",
        "additionalSms",
    ] {
        assert!(codes.contains(&code), "{code} in the catalog");
    }
}

#[tokio::test]
async fn token_mode_works_for_gets_and_posts_and_expired_or_unknown_tokens_give_4() {
    let s = Server::start().await;
    let token = s.token(&s.reseller).await;
    let me = s
        .with_token(false, &s.reseller.apikey, &token, "userInfo", &[])
        .await
        .read();
    assert_eq!(me["kind"], "reseller");
    let added = s
        .with_token(
            true,
            &s.reseller.apikey,
            &token,
            "addClient",
            &[
                ("firstName", "Bo"),
                ("lastName", "Ek"),
                ("email", "bo@example.com"),
                ("password", "secret"),
            ],
        )
        .await;
    assert!(added.data().is_string());

    let unknown = s
        .with_token(false, &s.reseller.apikey, "NOSUCHTOKEN", "clients", &[])
        .await;
    assert_eq!((unknown.status, unknown.code()), (401, 4));

    // Another account's token does not work with this apikey.
    let other = s.add_reseller();
    let other_token = s.token(&other).await;
    let mixed = s
        .with_token(false, &s.reseller.apikey, &other_token, "clients", &[])
        .await;
    assert_eq!(mixed.code(), 4);

    s.with_token(true, &s.reseller.apikey, &token, "sandboxExpireTokens", &[])
        .await
        .data();
    let expired = s
        .with_token(false, &s.reseller.apikey, &token, "clients", &[])
        .await;
    assert_eq!((expired.status, expired.code()), (401, 4));
    // The other reseller's token is untouched, and a fresh token works again.
    s.with_token(false, &other.apikey, &other_token, "clients", &[])
        .await
        .read();
    let fresh = s.token(&s.reseller).await;
    s.with_token(false, &s.reseller.apikey, &fresh, "clients", &[])
        .await
        .read();
}

#[tokio::test]
async fn token_ttl_is_enforced() {
    let s = Server::start_with(false, |o| o.token_ttl = std::time::Duration::ZERO).await;
    let token = s.token(&s.reseller).await;
    let resp = s
        .with_token(false, &s.reseller.apikey, &token, "clients", &[])
        .await;
    assert_eq!(resp.code(), 4);
}

#[tokio::test]
async fn authentication_refusals() {
    let s = Server::start().await;
    let ok = signed(&s.reseller, "clients", &[], &now_timestamp());
    let pairs = |skip: &str, replace: Option<(&str, &str)>| -> Vec<(String, String)> {
        ok.iter()
            .filter(|(k, _)| k != skip)
            .map(|(k, v)| match replace {
                Some((name, value)) if name == k => (k.clone(), value.to_string()),
                _ => (k.clone(), v.clone()),
            })
            .collect()
    };
    s.send_pairs(false, &pairs("", None)).await.read();

    let bad_checksum = s
        .send_pairs(
            false,
            &pairs("", Some(("checksum", "ML1TdJ/wQc06CdIREtddB19wsKM="))),
        )
        .await;
    assert_eq!((bad_checksum.status, bad_checksum.code()), (401, 2));
    let missing_checksum = s.send_pairs(false, &pairs("checksum", None)).await;
    assert_eq!(missing_checksum.code(), 2);
    let missing_key = s.send_pairs(false, &pairs("apikey", None)).await;
    assert_eq!((missing_key.status, missing_key.code()), (401, 2));
    assert_eq!(missing_key.message(), "missing apikey");
    let unknown_key = s
        .send_pairs(
            false,
            &pairs("", Some(("apikey", "AAAAAAAAAAAAAAAAAAAAAAAAAA"))),
        )
        .await;
    assert_eq!(unknown_key.code(), 2);
    // A parameter changed after signing breaks the checksum.
    let mut tampered = pairs("", None);
    tampered.push(("status".into(), "active".into()));
    assert_eq!(s.send_pairs(false, &tampered).await.code(), 2);

    // Correctly signed, but outside the 5-minute replay window either way.
    let old = (chrono::Utc::now() - chrono::Duration::seconds(301))
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    let stale = s
        .send_pairs(false, &signed(&s.reseller, "clients", &[], &old))
        .await;
    assert_eq!((stale.status, stale.code()), (401, 3));
    let future = (chrono::Utc::now() + chrono::Duration::seconds(400))
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    assert_eq!(
        s.send_pairs(false, &signed(&s.reseller, "clients", &[], &future))
            .await
            .code(),
        3
    );
    let recent = (chrono::Utc::now() - chrono::Duration::seconds(200))
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    s.send_pairs(false, &signed(&s.reseller, "clients", &[], &recent))
        .await
        .read();
    assert_eq!(
        s.send_pairs(false, &signed(&s.reseller, "clients", &[], "yesterday"))
            .await
            .code(),
        3
    );

    // authToken with a wrong secret key.
    let wrong = s
        .raw(
            false,
            &[
                ("action", "authToken"),
                ("apikey", &s.reseller.apikey),
                ("secretkey", "WRONG"),
                ("version", "3"),
            ],
        )
        .await;
    assert_eq!(wrong.code(), 2);
    // An unauthenticated change is refused before its password is even hashed.
    let unsigned = s
        .raw(
            true,
            &[
                ("action", "addClient"),
                ("apikey", &s.reseller.apikey),
                ("version", "3"),
                ("email", "x@example.com"),
                ("password", "x"),
            ],
        )
        .await;
    assert_eq!(unsigned.code(), 2);
    // A signature made with another account's secret.
    let forged = Keys {
        apikey: s.reseller.apikey.clone(),
        secretkey: "X".repeat(32),
    };
    assert_eq!(s.get(&forged, "clients", &[]).await.code(), 2);
}

/// A script with curl and openssl builds the request from the documented algorithm;
/// this does the same by hand, without the crate's signing code.
#[tokio::test]
async fn a_hand_made_checksum_request_works() {
    let s = Server::start().await;
    let timestamp = now_timestamp();
    let mut params = [
        ("action", "addClient"),
        ("apikey", s.reseller.apikey.as_str()),
        ("email", "script+1@example.com"),
        ("firstName", "Script"),
        ("lastName", "Kiddie"),
        ("password", "p&ss=word with spaces"),
        ("timestamp", timestamp.as_str()),
        ("version", "3"),
    ];
    params.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let signing_string: String = params.iter().map(|(k, v)| format!("{k}{v}")).collect();
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(s.reseller.secretkey.as_bytes()).unwrap();
    mac.update(signing_string.as_bytes());
    let checksum = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    // Percent-encode like `curl --data-urlencode`.
    let encode = |v: &str| -> String {
        v.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    let body: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .chain([format!("checksum={}", encode(&checksum))])
        .collect();
    let response = s
        .http
        .post(&s.url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.join("&"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    // The password with '&', '=' and spaces arrived intact: the login with its SHA-256 works
    // once the client has an order.
    let apikey = body["data"].as_str().unwrap();
    s.add_order(apikey, "external:1", &[]).await;
    let hex = sha256_hex("p&ss=word with spaces");
    let keys = s
        .raw(
            false,
            &[
                ("action", "apikey"),
                ("userName", "script+1@example.com"),
                ("password", &hex),
                ("version", "3"),
            ],
        )
        .await
        .read();
    assert_eq!(keys["apikey"], apikey);
}

#[tokio::test]
async fn every_error_has_the_error_shape_and_status() {
    let s = Server::start().await;
    let r = &s.reseller;
    let cases: Vec<(common::server::Resp, u16, u64)> = vec![
        (s.post(r, "addClient", &[("firstName", "A")]).await, 400, 1),
        (s.get(r, "noSuchAction", &[]).await, 400, 10),
        (s.post(r, "clients", &[]).await, 405, 11),
        (s.get(r, "addClient", &[]).await, 405, 11),
        (s.get(r, "orderInfo", &[("orderId", "999")]).await, 404, 5),
        // No `version` is version 2, and no signature then an unsigned read: a shut door.
        (
            s.raw(false, &[("action", "clients"), ("apikey", &r.apikey)])
                .await,
            401,
            2,
        ),
        (
            s.raw(false, &[("action", "clients"), ("version", "4")])
                .await,
            400,
            1,
        ),
        (
            s.raw(
                false,
                &[
                    ("action", "apikey"),
                    ("userName", "x@y.z"),
                    ("password", "00"),
                    ("version", "3"),
                ],
            )
            .await,
            401,
            16,
        ),
    ];
    for (resp, status, code) in cases {
        assert_eq!((resp.status, resp.code()), (status, code), "{resp:?}");
    }
    // Unknown paths answer JSON too.
    let resp = s
        .http
        .get(s.url.replace("/api", "/nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["errorCode"], 5);
}

#[tokio::test]
async fn request_bodies_are_limited_to_one_mebibyte() {
    let s = Server::start().await;
    let big = "x".repeat(1024 * 1024 + 1);
    let resp = s
        .http
        .post(&s.url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("action=addClient&version=3&blob={big}"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 413);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body,
        json!({ "error": "request body larger than 1048576 bytes", "errorCode": 12 })
    );
}

#[tokio::test]
async fn existing_account_gives_17_whoever_owns_it() {
    let s = Server::start().await;
    s.add_client("dup@example.com").await;
    let again = s
        .post(
            &s.reseller,
            "addClient",
            &[
                ("firstName", "A"),
                ("lastName", "B"),
                ("email", "DUP@example.com"),
                ("password", "x"),
            ],
        )
        .await;
    assert_eq!((again.status, again.code()), (409, 17));
    let other = s.add_reseller();
    let theirs = s
        .post(
            &other,
            "addClient",
            &[
                ("firstName", "A"),
                ("lastName", "B"),
                ("email", "dup@example.com"),
                ("password", "x"),
            ],
        )
        .await;
    assert_eq!(theirs.code(), 17);
    // Renaming a client onto a taken email is refused the same way.
    let bo = s.add_client("bo@example.com").await;
    let rename = s
        .post(
            &s.reseller,
            "editUser",
            &[("clientApikey", &bo), ("email", "dup@example.com")],
        )
        .await;
    assert_eq!(rename.code(), 17);
}

#[tokio::test]
async fn login_by_email_and_password_hash() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    // The login answers before the first order (hosted: integrations look keys up so);
    // R1 still refuses every other call of the client until it has an active order.
    let early = Keys::of(&s.login("ann@example.com").await.read());
    assert_eq!(early.apikey, apikey);
    let refused = s.get(&early, "userInfo", &[]).await;
    assert_eq!(
        (refused.status, refused.code(), refused.message()),
        (403, 6, SUSPENDED)
    );
    s.add_order(&apikey, "external:1", &[]).await;
    let keys = s.client_keys("ann@example.com").await;
    assert_eq!(keys.apikey, apikey);
    assert_eq!(keys.secretkey.len(), 32);
    let wrong = s
        .raw(
            false,
            &[
                ("action", "apikey"),
                ("userName", "ann@example.com"),
                ("password", &sha256_hex("nope")),
                ("version", "3"),
            ],
        )
        .await;
    assert_eq!((wrong.status, wrong.code()), (401, 16));
    // The client's own keys work, in both modes.
    let me = s.get(&keys, "userInfo", &[]).await.read();
    assert_eq!(
        (me["kind"].as_str(), me["account"].as_str()),
        (Some("client"), Some("ann@example.com"))
    );
    let token = s.token(&keys).await;
    s.with_token(false, &keys.apikey, &token, "orders", &[])
        .await
        .read();
}

#[tokio::test]
async fn reset_keys_replaces_the_resellers_keys_and_is_refused_for_clients() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    s.add_order(&apikey, "external:1", &[]).await;
    let client = s.client_keys("ann@example.com").await;
    let refused = s.post(&client, "resetKeys", &[]).await;
    assert_eq!((refused.status, refused.code()), (403, 7));

    let fresh = s.post(&s.reseller, "resetKeys", &[]).await.data();
    let fresh = Keys {
        apikey: fresh["apikey"].as_str().unwrap().to_string(),
        secretkey: fresh["secretkey"].as_str().unwrap().to_string(),
    };
    assert_ne!(fresh.apikey, s.reseller.apikey);
    assert_eq!(s.get(&s.reseller, "clients", &[]).await.code(), 2);
    assert_eq!(
        s.get(&fresh, "clients", &[])
            .await
            .read()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn pending_keys_work_only_once_confirmed_with_them() {
    let s = Server::start().await;
    let keys = |data: &serde_json::Value| Keys {
        apikey: data["apikey"].as_str().unwrap().to_string(),
        secretkey: data["secretkey"].as_str().unwrap().to_string(),
    };
    // A pending pair whose answer was lost is replaced by the next one.
    let lost = s
        .post(&s.reseller, "resetKeys", &[("pending", "true")])
        .await
        .data();
    let staged = s
        .post(&s.reseller, "resetKeys", &[("pending", "true")])
        .await
        .data();
    assert_eq!(staged["pending"], true);
    let (lost, new) = (keys(&lost), keys(&staged));
    // The old keys keep working; the new ones sign nothing but confirmKeys, and only
    // with a checksum.
    s.get(&s.reseller, "userInfo", &[]).await.read();
    assert_eq!(s.get(&new, "userInfo", &[]).await.code(), 2);
    assert_eq!(s.post(&lost, "confirmKeys", &[]).await.code(), 2);
    let token = s.token(&s.reseller).await;
    let by_token = s
        .with_token(true, &new.apikey, &token, "confirmKeys", &[])
        .await;
    assert_eq!(by_token.code(), 2);
    // Signed with the current keys, confirmKeys changes nothing.
    let unchanged = s.post(&s.reseller, "confirmKeys", &[]).await.data();
    assert_eq!(unchanged, serde_json::json!({ "promoted": false }));
    s.get(&s.reseller, "userInfo", &[]).await.read();

    let confirmed = s.post(&new, "confirmKeys", &[]).await.data();
    assert_eq!(confirmed, serde_json::json!({ "promoted": true }));
    assert_eq!(s.get(&s.reseller, "userInfo", &[]).await.code(), 2);
    // The old token went with the old keys, even sent with the new apikey.
    let old_token = s
        .with_token(false, &new.apikey, &token, "userInfo", &[])
        .await;
    assert_eq!(old_token.code(), 4);
    s.get(&new, "userInfo", &[]).await.read();
    // A confirmation sent again (its answer lost) is answered, and changes nothing.
    let again = s.post(&new, "confirmKeys", &[]).await.data();
    assert_eq!(again, serde_json::json!({ "promoted": false }));
    s.get(&new, "userInfo", &[]).await.read();
}

#[tokio::test]
async fn resellers_only_reach_their_own_clients() {
    let s = Server::demo().await;
    let other = s.add_reseller();
    let ann = s.get(&s.reseller, "clients", &[]).await.read()[0]["apikey"]
        .as_str()
        .unwrap()
        .to_string();

    assert_eq!(s.get(&other, "clients", &[]).await.read(), json!([]));
    assert_eq!(s.get(&other, "monitors", &[]).await.read(), json!([]));
    assert_eq!(s.get(&other, "orders", &[]).await.read(), json!([]));
    for resp in [
        s.get(&other, "userInfo", &[("clientApikey", &ann)]).await,
        s.get(&other, "orderInfo", &[("orderId", "1")]).await,
        s.get(&other, "monitorInfo", &[("monitorId", "1")]).await,
        s.post(&other, "deleteClient", &[("clientAPIKey", &ann)])
            .await,
        s.post(&other, "suspendOrder", &[("orderId", "1")]).await,
        s.post(
            &other,
            "sandboxPageviews",
            &[("monitorId", "3"), ("count", "1")],
        )
        .await,
    ] {
        assert_eq!((resp.status, resp.code()), (404, 5), "{resp:?}");
    }
    // Another reseller's monitors are "not found" item by item in a bulk move.
    let theirs = s
        .post(
            &other,
            "addClient",
            &[
                ("firstName", "O"),
                ("lastName", "T"),
                ("email", "o@example.com"),
                ("password", "x"),
            ],
        )
        .await
        .data();
    let order = s
        .post(
            &other,
            "addOrder",
            &[
                ("clientApikey", theirs.as_str().unwrap()),
                ("services", "external:5,rum:5"),
            ],
        )
        .await
        .data()["orderId"]
        .to_string();
    let bulk = s
        .post(
            &other,
            "BulkChangeMonitorOrder",
            &[("monitorIds", "1,3"), ("orderId", &order)],
        )
        .await
        .data();
    assert_eq!(bulk["moved"], json!([]));
    let codes: Vec<u64> = bulk["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["errorCode"].as_u64().unwrap())
        .collect();
    assert_eq!(codes, [5, 5]);
    // And nothing moved on the owner's side.
    assert_eq!(s.monitor(1).await["orderId"], 1);
}

#[tokio::test]
async fn clients_only_reach_themselves() {
    let s = Server::start().await;
    let ann = s.add_client("ann@example.com").await;
    let bob = s.add_client("bob@example.com").await;
    let ann_order = s.add_order(&ann, "external:5", &[]).await;
    let bob_order = s.add_order(&bob, "external:5", &[]).await;
    let bob_monitor = s.add_monitor(bob_order, "external", "bob's").await;
    let ann_monitor = s.add_monitor(ann_order, "external", "ann's").await;
    let ann_keys = s.client_keys("ann@example.com").await;

    let orders = s.get(&ann_keys, "orders", &[]).await.read();
    assert_eq!(orders.as_array().unwrap().len(), 1);
    assert_eq!(orders[0]["id"], ann_order);
    let monitors = s.get(&ann_keys, "monitors", &[]).await.read();
    assert_eq!(
        monitors
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].clone())
            .collect::<Vec<_>>(),
        [json!(ann_monitor)]
    );
    for resp in [
        s.get(&ann_keys, "userInfo", &[("clientApikey", &bob)])
            .await,
        s.get(
            &ann_keys,
            "orderInfo",
            &[("orderId", &bob_order.to_string())],
        )
        .await,
        s.get(
            &ann_keys,
            "monitorInfo",
            &[("monitorId", &bob_monitor.to_string())],
        )
        .await,
        s.post(
            &ann_keys,
            "deleteMonitor",
            &[("monitorIds", &bob_monitor.to_string())],
        )
        .await,
        s.post(
            &ann_keys,
            "ChangeMonitorOrder",
            &[
                ("monitorId", &ann_monitor.to_string()),
                ("orderId", &bob_order.to_string()),
            ],
        )
        .await,
    ] {
        assert_eq!((resp.status, resp.code()), (404, 5), "{resp:?}");
    }
    let clients = s.get(&ann_keys, "clients", &[]).await;
    assert_eq!(clients.code(), 7);
    assert_eq!(s.monitor(bob_monitor).await["orderId"], bob_order);
}

/// The ids in a JSON array of objects.
fn ids_of(list: &Value) -> Vec<i64> {
    list.as_array()
        .expect("an array")
        .iter()
        .map(|o| o["id"].as_i64().expect("id"))
        .collect()
}

#[tokio::test]
async fn listings_filter_by_client_email_order_and_monitor_ids() {
    let s = Server::start().await;
    let ann = s.add_client("ann@example.com").await;
    let bob = s.add_client("bob@example.com").await;
    let ann_order = s.add_order(&ann, "external:5", &[]).await;
    let bob_order = s.add_order(&bob, "external:5,rum:2", &[]).await;
    let ann_monitor = s.add_monitor(ann_order, "external", "ann's").await;
    let bob_monitor = s.add_monitor(bob_order, "rum", "bob's").await;
    let bob_other = s.add_monitor(bob_order, "external", "bob's 2").await;
    let all = s.get(&s.reseller, "clients", &[]).await.read();
    let (ann_id, bob_id) = (all[0]["id"].to_string(), all[1]["id"].to_string());

    // A client by email (any case), id or apikey: that client alone, as in the full list.
    let by_email = s
        .get(&s.reseller, "clients", &[("email", "BOB@example.com")])
        .await;
    assert_eq!(by_email.read(), json!([all[1].clone()]));
    let by_id = s
        .get(&s.reseller, "clients", &[("clientId", &ann_id)])
        .await;
    assert_eq!(by_id.read(), json!([all[0].clone()]));
    let by_key = s
        .get(&s.reseller, "clients", &[("clientApikey", &bob)])
        .await;
    assert_eq!(by_key.read(), json!([all[1].clone()]));
    let planned = s
        .get(&s.reseller, "clients", &[("loadUserPlan", "true")])
        .await
        .read();
    let one_planned = s
        .get(
            &s.reseller,
            "clients",
            &[("loadUserPlan", "true"), ("email", "ann@example.com")],
        )
        .await
        .read();
    assert_eq!(one_planned, json!([planned[0].clone()]));
    assert_eq!(
        s.get(&s.reseller, "clients", &[("email", "nobody@example.com")])
            .await
            .read(),
        json!([])
    );

    // Orders and monitors of one client; monitors by ids, in id order.
    let orders = s.get(&s.reseller, "orders", &[("clientId", &bob_id)]).await;
    assert_eq!(ids_of(&orders.read()), [bob_order]);
    let monitors = s
        .get(&s.reseller, "monitors", &[("clientId", &bob_id)])
        .await;
    assert_eq!(ids_of(&monitors.read()), [bob_monitor, bob_other]);
    let wanted = format!("{bob_other},{ann_monitor},999");
    let listed = s
        .get(&s.reseller, "monitors", &[("monitorIds", &wanted)])
        .await
        .read();
    assert_eq!(ids_of(&listed), [ann_monitor, bob_other]);
    let typed = s
        .get(
            &s.reseller,
            "monitors",
            &[
                ("monitorIds", &wanted),
                ("type", "external"),
                ("clientId", &bob_id),
            ],
        )
        .await
        .read();
    assert_eq!(ids_of(&typed), [bob_other]);

    // Another reseller, or a client naming someone else, sees nothing.
    let other = s.add_reseller();
    for action in ["clients", "orders", "monitors"] {
        let resp = s.get(&other, action, &[("clientId", &ann_id)]).await;
        assert_eq!(resp.read(), json!([]), "{action}");
    }
    let ann_keys = s.client_keys("ann@example.com").await;
    for action in ["orders", "monitors"] {
        let resp = s.get(&ann_keys, action, &[("clientId", &bob_id)]).await;
        assert_eq!(resp.read(), json!([]), "{action}");
        let own = s.get(&ann_keys, action, &[("clientId", &ann_id)]).await;
        assert_eq!(ids_of(&own.read()).len(), 1, "{action}");
    }
    let bob_ids = format!("{bob_monitor}");
    let resp = s
        .get(&ann_keys, "monitors", &[("monitorIds", &bob_ids)])
        .await;
    assert_eq!(resp.read(), json!([]));

    // Malformed filters are refused, naming the parameter.
    for (name, value) in [("clientId", "ann"), ("monitorIds", "1,x")] {
        let resp = s.get(&s.reseller, "monitors", &[(name, value)]).await;
        assert_eq!(resp.status, 400, "{resp:?}");
        assert!(resp.message().contains(name), "{resp:?}");
    }
}

#[tokio::test]
async fn monitor_lists_written_by_sqlite_equal_each_monitor_serialised() {
    // The demo has managed and unmanaged orders, suspended RUM monitors and reasons.
    let s = Server::demo().await;
    let listed = s.get(&s.reseller, "monitors", &[]).await.read();
    let ids = ids_of(&listed);
    assert!(ids.len() > 5, "{listed}");
    let mut each = Vec::new();
    for id in ids {
        each.push(s.monitor(id).await);
    }
    assert_eq!(listed, Value::Array(each));
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["managed"] == json!(true) && m["managedBy"].is_string()),
        "{listed}"
    );
}

/// An id is written one way, as the server writes it: `+1` and `01` name nothing, in any
/// parameter that takes ids (errorCode 1 naming it), so that one object has one name.
#[tokio::test]
async fn ids_with_a_sign_or_leading_zeros_are_refused() {
    let s = Server::demo().await;
    let order = s
        .get(&s.reseller, "orderInfo", &[("orderId", "1")])
        .await
        .read();
    assert_eq!(order["id"], 1);
    for (action, name, value) in [
        ("orderInfo", "orderId", "+1"),
        ("orderInfo", "orderId", "01"),
        ("monitorInfo", "monitorId", "+3"),
        ("monitors", "monitorIds", "3,04"),
        ("monitors", "orderId", "+1"),
        ("clients", "clientId", "01"),
        ("rumUsage", "orderId", "01"),
    ] {
        let refused = s.get(&s.reseller, action, &[(name, value)]).await;
        assert_eq!(refused.code(), 1, "{action} {name}={value}: {refused:?}");
        assert!(
            refused.message().contains(&format!("parameter {name} "))
                && refused
                    .message()
                    .contains("digits without a sign or leading zeros"),
            "{action} {name}={value}: {}",
            refused.message()
        );
    }
    let moved = s
        .post(
            &s.reseller,
            "ChangeMonitorOrder",
            &[("monitorId", "5"), ("orderId", "+2")],
        )
        .await;
    assert_eq!(moved.code(), 1, "{moved:?}");
    assert_eq!(s.monitor(5).await["orderId"], 1);
}

/// The hosted checksum's weakness, kept for the hosted clients (docs/protocol.md,
/// "Checksum boundaries"): `supportPhone=A` with `supportUrl=…`, and one `supportPhone`
/// holding `AsupportUrl…`, share a checksum. The replay rule counts them as one request:
/// the first to arrive is accepted and the other is refused (19) within the window, so a
/// copy of a signed change cannot be recut into a second change.
#[tokio::test]
async fn two_requests_that_sign_alike_are_one_request_for_the_replay_rule() {
    let s = Server::start().await;
    let at = now_timestamp();
    let two = signed(
        &s.reseller,
        "setBranding",
        &[
            ("supportPhone", "A"),
            ("supportUrl", "https://help.example"),
        ],
        &at,
    );
    let one = signed(
        &s.reseller,
        "setBranding",
        &[("supportPhone", "AsupportUrlhttps://help.example")],
        &at,
    );
    let checksum = |pairs: &[(String, String)]| pairs.last().unwrap().1.clone();
    assert_eq!(checksum(&one), checksum(&two));
    let first = s.send_pairs(true, &one).await;
    assert_eq!(first.status, 200, "{first:?}");
    let recut = s.send_pairs(true, &two).await;
    assert_eq!(recut.code(), 19, "{recut:?}");
    let branding = s.get(&s.reseller, "branding", &[]).await.read();
    assert_eq!(
        (&branding["supportPhone"], &branding["supportUrl"]),
        (&json!("AsupportUrlhttps://help.example"), &Value::Null)
    );
}

/// The hosted conventions of docs/protocol.md: a request without `version` is version 2;
/// a hosted action the platform does not serve says so, unlike a name that never existed.
#[tokio::test]
async fn hosted_conventions_version_and_actions_not_served() {
    let s = Server::start().await;
    let r = &s.reseller;
    let token = s.token(r).await;
    // Token mode, as the WHMCS add-on signs it, but without `version`: answered as 2.
    let no_version = s
        .raw(
            false,
            &[
                ("action", "locations"),
                ("apikey", &r.apikey),
                ("validation", "token"),
                ("authToken", &token),
            ],
        )
        .await;
    assert_eq!(no_version.status, 200, "{no_version:?}");
    // A checksum signed without `version` is checked as sent: the default is not signed in.
    let mut pairs = vec![
        ("action".to_string(), "clients".to_string()),
        ("apikey".to_string(), r.apikey.clone()),
        ("timestamp".to_string(), common::server::now_timestamp()),
    ];
    let sum = monitis_core::protocol::sign::checksum(
        &r.secretkey,
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    pairs.push(("checksum".into(), sum));
    let signed_without = s.send_pairs(false, &pairs).await;
    assert_eq!(signed_without.status, 200, "{signed_without:?}");
    let bad_version = s
        .raw(false, &[("action", "clients"), ("version", "")])
        .await;
    assert_eq!(bad_version.code(), 1);
    assert!(
        bad_version.message().contains("unsupported version \"\""),
        "{bad_version:?}"
    );

    // `topexternal` is a hosted action (results and reports) not served here.
    let hosted = s.get(r, "topexternal", &[]).await;
    assert_eq!((hosted.status, hosted.code()), (400, 10), "{hosted:?}");
    assert_eq!(
        hosted.message(),
        "topexternal is an action of the hosted API that this platform does not serve (results/reports; docs/protocol-coverage.md lists what it serves)"
    );
    // A name never seen anywhere; and a hosted name in the wrong case is not the action.
    for name in ["noSuchAction", "TopExternal"] {
        let unknown = s.get(r, name, &[]).await;
        assert_eq!(unknown.code(), 10);
        assert_eq!(
            unknown.message(),
            format!("unknown action {name:?} at /api")
        );
    }
    // A custom monitor action is the hosted API's, but at /customMonitorApi, not /api.
    let elsewhere = s.get(r, "getMonitors", &[]).await;
    assert_eq!(
        elsewhere.message(),
        "getMonitors is not an action of /api: send it to /customMonitorApi"
    );
}

/// The check locations carry the hosted ids, names and regions that clients hard-code.
#[tokio::test]
async fn locations_have_the_hosted_ids() {
    let s = Server::start().await;
    let locations = s.get(&s.reseller, "locations", &[]).await.read();
    let got: Vec<(u64, &str, &str)> = (locations.as_array().unwrap().iter())
        .map(|l| {
            (
                l["id"].as_u64().unwrap(),
                l["name"].as_str().unwrap(),
                l["group"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1, "US-MID", "Americas"),
            (4, "UK", "Europe"),
            (6, "AU", "Asia"),
            (7, "DE", "Europe"),
            (9, "US-EST", "Americas"),
            (10, "US-WST", "Americas"),
            (11, "NL", "Europe"),
        ]
    );
}

/// A database made when US-EST, US-WST and UK were locations 2, 3 and 5 opens with their
/// monitors at the hosted ids.
#[tokio::test]
async fn old_location_ids_are_renumbered_when_the_database_opens() {
    let s = Server::start().await;
    let r = s.reseller.clone();
    let added = s
        .post(
            &r,
            "addExternalMonitor",
            &[
                ("type", "http"),
                ("name", "old"),
                ("url", "example.com"),
                ("interval", "5"),
                ("tag", "t"),
                ("locationIds", "1,9"),
            ],
        )
        .await
        .read();
    let id = added["data"]["testId"].as_i64().unwrap();
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    conn.execute(
        "UPDATE own_monitors SET location_ids = '1,2,3,5' WHERE id = ?1",
        [id],
    )
    .unwrap();
    drop(conn);
    let s = s.restart(|_| {}).await;
    let info = s
        .get(&r, "testinfo", &[("testId", &id.to_string())])
        .await
        .read();
    let ids: Vec<u64> = (info["locations"].as_array().unwrap().iter())
        .map(|l| l["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [1, 4, 9, 10]);
}

/// `output=xml` (any case) on a read answers XML, refusals too; a change answers JSON.
#[tokio::test]
async fn output_xml_answers_reads_in_xml() {
    let s = Server::start().await;
    let r = &s.reseller;
    let xml = |pairs: Vec<(&'static str, String)>| {
        let http = s.http.clone();
        let url = s.url.clone();
        async move {
            let resp = http.get(&url).query(&pairs).send().await.unwrap();
            let kind = resp.headers()["content-type"].to_str().unwrap().to_string();
            (resp.status().as_u16(), kind, resp.text().await.unwrap())
        }
    };
    // The Java SDK asks for its token as XML (version 2, output=XML).
    let (status, kind, text) = xml(vec![
        ("action", "authToken".into()),
        ("apikey", r.apikey.clone()),
        ("secretkey", r.secretkey.clone()),
        ("version", "2".into()),
        ("output", "XML".into()),
    ])
    .await;
    assert_eq!(
        (status, kind.as_str()),
        (200, "application/xml; charset=utf-8")
    );
    let token = text
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?><result><authToken>")
        .and_then(|t| t.strip_suffix("</authToken></result>"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(!token.is_empty() && !token.contains('<'));
    // A list: each value an element.
    let (_, _, text) = xml(vec![
        ("action", "locations".into()),
        ("apikey", r.apikey.clone()),
        ("validation", "token".into()),
        ("authToken", token.into()),
        ("output", "xml".into()),
    ])
    .await;
    assert!(
        text.contains(
            "<result><item><fullName>USA Mid</fullName><group>Americas</group><id>1</id>"
        ),
        "{text}"
    );
    assert_eq!(text.matches("<item>").count(), 7, "{text}");
    // A refusal, as XML too.
    let (status, _, text) = xml(vec![
        ("action", "topexternal".into()),
        ("apikey", r.apikey.clone()),
        ("output", "xml".into()),
    ])
    .await;
    assert_eq!(status, 400);
    assert!(
        text.ends_with("<errorCode>10</errorCode></result>"),
        "{text}"
    );
    // A change answers JSON whatever it asks.
    let changed = s
        .post(
            r,
            "setBranding",
            &[("supportEmail", "help@example.com"), ("output", "xml")],
        )
        .await;
    assert_eq!(changed.body["status"], "ok", "{changed:?}");
}

/// The PHP SDK writes its POST bodies without encoding them (RequestSender.class.php:
/// `$key.'='.$val.'&'`), version 2, a local timestamp: the `+` of its base64 checksum
/// arrives as a space. It is verified as signed, and the same request encoded properly
/// is then a replay, not a second change.
#[tokio::test]
async fn a_checksum_posted_unencoded_is_verified_and_remembered_as_signed() {
    let s = Server::start().await;
    let r = &s.reseller;
    let form = |pairs: &[(String, String)]| {
        (pairs.iter())
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    };
    // A request whose checksum holds a `+` (about one in three does; bounded tries).
    let pairs = (0..64)
        .map(|i| {
            let name = format!("php{i}");
            let mut pairs = common::server::signed(
                r,
                "addExternalMonitor",
                &[
                    ("type", "http"),
                    ("name", &name),
                    ("url", "example.com"),
                    ("interval", "5"),
                    ("tag", "php"),
                    ("locationIds", "1"),
                ],
                &common::server::now_timestamp(),
            );
            pairs.iter_mut().for_each(|(k, v)| {
                if k == "version" {
                    *v = "2".into();
                }
            });
            let at = pairs.len() - 1;
            pairs.truncate(at);
            let sum = monitis_core::protocol::sign::checksum(
                &r.secretkey,
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            );
            pairs.push(("checksum".into(), sum));
            pairs
        })
        .find(|pairs| pairs.last().unwrap().1.contains('+'))
        .expect("a checksum with a + among 64");
    let post = |body: String| {
        s.http
            .post(&s.url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let first = post(form(&pairs)).await.unwrap();
    let first: serde_json::Value = first.json().await.unwrap();
    assert_eq!(first["status"], "ok", "{first}");
    // The same request, encoded as a careful client would: the same checksum, a replay.
    let encoded = serde_urlencoded::to_string(&pairs).unwrap();
    let again: serde_json::Value = post(encoded).await.unwrap().json().await.unwrap();
    assert_eq!(again["errorCode"], 19, "{again}");
    let tests = s.get(r, "tests", &[]).await.read();
    assert_eq!(tests["testList"].as_array().unwrap().len(), 1, "{tests}");
}

/// `clientApikey` is read under each spelling clients send (the catalog's common
/// parameters): WHMCS's `clientAPIKey`, `clientApiKey`; under two at once, refused.
#[tokio::test]
async fn the_client_acted_for_is_named_under_any_of_its_spellings() {
    let s = Server::start().await;
    let r = &s.reseller;
    let ann = s.add_client("ann@example.com").await;
    for spelling in ["clientApikey", "clientAPIKey", "clientApiKey"] {
        let info = s.get(r, "userInfo", &[(spelling, &ann)]).await.read();
        assert_eq!(info["account"], "ann@example.com", "{spelling}: {info}");
    }
    let twice = s
        .get(
            r,
            "userInfo",
            &[("clientApikey", &ann), ("clientApiKey", &ann)],
        )
        .await;
    assert_eq!(twice.code(), 1, "{twice:?}");
    assert!(
        twice
            .message()
            .starts_with("parameter clientApikey is given twice"),
        "{twice:?}"
    );
}
