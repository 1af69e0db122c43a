//! Issue 21: the hosted key actions `userkey`, `getPublicKeys`, `addPublicKey`,
//! `updatePublicKey`, `deletePublicKeys` and the shared widgets' `getWidget`, driven over
//! HTTP with requests shaped as the public clients send them (`common::sdk`).

mod common;

use common::sdk::{Java, Mapi, Perl, Whmcs, hosted};
use common::server::Server;
use serde_json::{Value, json};

/// The Java SDK's `Authentication.getUserKey(userName, password, output)`: a GET with
/// the password as typed (unlike `getApiKey`, which sends its MD5) and the SDK's own
/// configured apikey.
async fn java_user_key(s: &Server, user: &str, password: &str) -> common::server::Resp {
    let j = Java {
        s,
        keys: s.reseller.clone(),
    };
    j.get(
        "userkey",
        &[
            ("output", "JSON"),
            ("userName", user),
            ("password", password),
        ],
    )
    .await
}

#[tokio::test]
async fn java_user_key_of_a_client_is_its_apikey() {
    let s = hosted().await;
    let apikey = s.add_client("ann@example.com").await;
    // R1: the client has no active order yet; `userkey` is no key look-up R1 exempts.
    let locked = java_user_key(&s, "ann@example.com", "pw-ann@example.com").await;
    assert_eq!(locked.code(), 6, "{locked:?}");
    s.add_order(&apikey, "external:1", &[]).await;
    let key = java_user_key(&s, "Ann@Example.com", "pw-ann@example.com")
        .await
        .read();
    assert_eq!(key, json!({ "userkey": apikey }));
    // A wrong password and an unknown email answer alike.
    let wrong = java_user_key(&s, "ann@example.com", "nope").await;
    let unknown = java_user_key(&s, "bob@example.com", "nope").await;
    assert_eq!((wrong.code(), unknown.code()), (16, 16));
    assert_eq!(wrong.message(), unknown.message());
}

#[tokio::test]
async fn java_user_key_of_a_sub_account_is_its_own_key() {
    let s = hosted().await;
    let p = Perl {
        s: &s,
        keys: s.reseller.clone(),
    };
    let data = p
        .post(
            "addSubAccount",
            &[
                ("firstName", "John"),
                ("lastName", "Smith"),
                ("email", "john@smith.com"),
                ("password", "test password"),
                ("group", "ops"),
            ],
        )
        .await
        .data();
    let key = java_user_key(&s, "john@smith.com", "test password")
        .await
        .read();
    assert_eq!(key["userkey"], data["apikey"]);
    // The same key `subAccounts` lists as the sub-account's `userkey`.
    let listed = p.get("subAccounts", &[]).await.read();
    assert_eq!(listed[0]["userkey"], key["userkey"]);
}

#[tokio::test]
async fn user_key_logins_share_the_login_throttle() {
    let s = hosted().await;
    s.add_client("ann@example.com").await;
    let mut codes = Vec::new();
    for _ in 0..12 {
        codes.push(java_user_key(&s, "ann@example.com", "wrong").await.code());
        if codes.last() == Some(&18) {
            break;
        }
    }
    assert_eq!(codes.last(), Some(&18), "{codes:?}");
    // The `apikey` login of the same account is throttled with it.
    assert_eq!(s.login("ann@example.com").await.code(), 18);
}

/// The keys `getPublicKeys` lists.
fn listed_keys(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("a list of keys")
        .iter()
        .map(|k| k["key"].as_str().unwrap())
        .collect()
}

/// The MApi SDK's `addPublicKey($params)`, `requestPublicKeys()`, `updatePublicKey($key,
/// $params)` and `deletePublicKeys($keys)`, version 2: POSTs signed, GETs unsigned.
#[tokio::test]
async fn mapi_public_keys() {
    let s = hosted().await;
    let m = Mapi {
        s: &s,
        keys: s.reseller.clone(),
        version: "2",
    };
    // `addPublicKey()` without params sends "{}".
    let first = m.post("addPublicKey", &[("params", "{}")]).await.data();
    let first = first.as_str().expect("the key").to_string();
    let second = m
        .post("addPublicKey", &[("params", r#"{"theme":"dark"}"#)])
        .await
        .data()
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(first, second);
    let list = m.get("getPublicKeys", &[]).await.read();
    assert_eq!(listed_keys(&list), [first.as_str(), second.as_str()]);
    let entry = &list[1];
    assert_eq!(entry["params"], json!({ "theme": "dark" }));
    for field in ["id", "createdOn", "modifiedOn"] {
        assert!(!entry[field].is_null(), "{field}: {entry}");
    }
    m.post(
        "updatePublicKey",
        &[("key", &first), ("params", r#"{"width":500}"#)],
    )
    .await
    .data();
    let list = m.get("getPublicKeys", &[]).await.read();
    assert_eq!(list[0]["params"], json!({ "width": 500 }));
    // `deletePublicKeys(array)` joins the keys with ",": all of them, or none.
    let both = format!("{first},{second}");
    let refused = m
        .post(
            "deletePublicKeys",
            &[("keys", &format!("{both},NOSUCHKEY"))],
        )
        .await;
    assert_eq!(refused.code(), 5);
    assert!(refused.message().contains("getPublicKeys"), "{refused:?}");
    assert_eq!(
        listed_keys(&m.get("getPublicKeys", &[]).await.read()).len(),
        2
    );
    m.post("deletePublicKeys", &[("keys", &both)]).await.data();
    assert_eq!(m.get("getPublicKeys", &[]).await.read(), json!([]));
}

#[tokio::test]
async fn public_key_refusals_and_scope() {
    let s = hosted().await;
    let m = Mapi {
        s: &s,
        keys: s.reseller.clone(),
        version: "2",
    };
    for params in ["[1,2]", "theme=dark", "\"text\""] {
        let refused = m.post("addPublicKey", &[("params", params)]).await;
        assert_eq!(refused.code(), 1, "{params}: {refused:?}");
        assert!(refused.message().contains("JSON object"), "{refused:?}");
    }
    let mine = m
        .post("addPublicKey", &[])
        .await
        .data()
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        m.get("getPublicKeys", &[]).await.read()[0]["params"],
        json!({})
    );
    assert_eq!(
        m.post("updatePublicKey", &[("key", "NOSUCHKEY")])
            .await
            .code(),
        5
    );
    // Another reseller's keys are none of his.
    let other = Mapi {
        s: &s,
        keys: s.add_reseller(),
        version: "2",
    };
    assert_eq!(other.get("getPublicKeys", &[]).await.read(), json!([]));
    assert_eq!(
        other
            .post("deletePublicKeys", &[("keys", &mine)])
            .await
            .code(),
        5
    );
    assert_eq!(
        listed_keys(&m.get("getPublicKeys", &[]).await.read()),
        [mine]
    );
}

/// The WHMCS add-on's `MonitisApi::monitorPublicKey(['moduleType'=>'external',
/// 'monitorId'=>…])` (a `getWidget` GET) keeps the answer's `data` as the monitor's public
/// key, and `clientui.php` checks it among `getPublicKeys` (`nocache=true`).
#[tokio::test]
async fn whmcs_get_widget_answers_one_key_per_widget() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let test = s
        .post(
            &s.reseller,
            "addExternalMonitor",
            &[
                ("type", "ping"),
                ("name", "shop.example.com_ping"),
                ("url", "shop.example.com"),
                ("interval", "5"),
            ],
        )
        .await
        .data()["testId"]
        .to_string();
    let widget = [("moduleType", "external"), ("monitorId", test.as_str())];
    let first = w.get("getWidget", &widget).await.read();
    let key = first["data"]
        .as_str()
        .expect("data holds the key")
        .to_string();
    assert_eq!(first, json!({ "data": key }));
    assert_eq!(w.get("getWidget", &widget).await.read(), first);
    // `monitis_embed_externalSnapshot`: a snapshot widget of no one monitor.
    let snapshot = w
        .get("getWidget", &[("moduleType", "externalSnapshot")])
        .await
        .read();
    assert_ne!(snapshot["data"], first["data"]);
    let keys = w.get("getPublicKeys", &[("nocache", "true")]).await.read();
    assert_eq!(
        listed_keys(&keys),
        [key.as_str(), snapshot["data"].as_str().unwrap()]
    );
    assert_eq!(
        keys[0]["params"],
        json!({ "moduleType": "external", "monitorId": test.parse::<i64>().unwrap() })
    );
    // An external widget shares one of the caller's external monitors.
    let unknown = w
        .get(
            "getWidget",
            &[("moduleType", "external"), ("monitorId", "999")],
        )
        .await;
    assert_eq!(unknown.code(), 5);
    assert_eq!(w.get("getWidget", &[]).await.code(), 1);
}
