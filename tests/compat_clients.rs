//! Hosted compatibility (issue 9, docs/protocol.md "Hosted compatibility"): the sandbox
//! driven with requests shaped exactly as three public clients of the hosted API send
//! them, one test per call they make. The shapes were read from their code:
//!
//! - the WHMCS add-on (`monitisexchange/WHMCS`, `monitis_addon/`): version 3, token mode;
//!   GETs carry `authToken` without `validation`; POSTs add `validation=token` and a local
//!   `timestamp`; calls for a client send the client's `apikey` with the reseller's token;
//! - the Python SDK (`monitisexchange/Python-SDK`): version 2, `output=JSON`; GETs carry the
//!   `apikey` alone; POSTs are HMAC-SHA1 signed without a `validation` parameter;
//! - CPAN `Monitis` (`yko/monitis-api`): version 2, `output=JSON`; GETs carry the `apikey`
//!   alone; POSTs add `validation=HMACSHA1` and sign every parameter.
//!
//! Passwords reach the `apikey` login as MD5 hex in both the add-on and the SDK.

mod common;

use common::sdk::{CPAN, PY, Whmcs, hosted, md5_hex};
use common::server::{Keys, Resp, Server, now_timestamp, signed, state};
use serde_json::Value;

/// A client added by the reseller with one active order of `services`; its apikey and the
/// order id.
async fn client_with_order(s: &Server, email: &str, services: &str) -> (String, i64) {
    let apikey = s.add_client(email).await;
    let order = s.add_order(&apikey, services, &[]).await;
    (apikey, order)
}

/// A client's external monitor, added the project's way; its id.
async fn client_test(s: &Server, order: i64, name: &str) -> i64 {
    let order = order.to_string();
    s.post(
        &s.reseller,
        "addExternalMonitor",
        &[
            ("orderId", &order),
            ("type", "http"),
            ("name", name),
            ("url", "https://shop.example.com"),
        ],
    )
    .await
    .data()["testId"]
        .as_i64()
        .expect("testId")
}

/// The add-on's `MonitisApi::createExternalPing` parameters.
const WHMCS_PING: [(&str, &str); 7] = [
    ("type", "ping"),
    ("name", "shop.example.com_ping"),
    ("url", "shop.example.com"),
    ("interval", "5"),
    ("timeout", "1000"),
    ("locationIds", "1,4"),
    ("tag", "whmcs"),
];

async fn whmcs_own_ping(w: &Whmcs<'_>) -> i64 {
    w.post("addExternalMonitor", &WHMCS_PING).await.data()["testId"]
        .as_i64()
        .expect("testId")
}

fn test_ids(tests: &Value) -> Vec<i64> {
    tests["testList"]
        .as_array()
        .expect("testList")
        .iter()
        .map(|t| t["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn whmcs_get_auth_token() {
    let s = hosted().await;
    let token = Whmcs::auth_token(&s).await.read();
    assert_eq!(token["authToken"].as_str().unwrap().len(), 40);
}

#[tokio::test]
async fn whmcs_check_keys_valid_reads_the_secretkey_for_the_apikey_alone() {
    let s = hosted().await;
    let r = s.reseller.clone();
    let pairs = [
        ("version", "3"),
        ("action", "secretkey"),
        ("apikey", &*r.apikey),
    ];
    let resp = s.raw(false, &pairs).await.read();
    assert_eq!(resp["secretkey"], r.secretkey.as_str());
    // The door is the sandbox's, open with --hosted-compat only.
    let strict = s.restart(|o| o.hosted_compat = false).await;
    assert_eq!(strict.raw(false, &pairs).await.code(), 2);
}

#[tokio::test]
async fn whmcs_add_client() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let params = [
        ("userid", "7"),
        ("firstName", "Ann"),
        ("lastName", "Lee"),
        ("email", "whmcs7_key@example.com"),
        ("status", "active"),
        ("password", "KEY_7"),
        ("role", "Client_Unlimited"),
    ];
    let apikey = w.post("addClient", &params).await.data();
    assert_eq!(apikey.as_str().unwrap().len(), 26);
    // Added again: 17, on which the add-on looks the keys up (next test).
    assert_eq!(w.post("addClient", &params).await.code(), 17);
}

#[tokio::test]
async fn whmcs_apikey_login_with_md5_answers_before_the_first_order() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let apikey = s.add_client("ann@example.com").await;
    let password = md5_hex("pw-ann@example.com");
    let keys = w
        .get(
            "apikey",
            &[("userName", "ann@example.com"), ("password", &password)],
        )
        .await
        .read();
    assert_eq!(keys["apikey"], apikey.as_str());
    let keys = Keys::of(&keys);
    // R1 still keeps the client's own calls out until it has an active order.
    assert_eq!(s.get(&keys, "userInfo", &[]).await.code(), 6);
    let wrong = w
        .get(
            "apikey",
            &[
                ("userName", "ann@example.com"),
                ("password", &md5_hex("no")),
            ],
        )
        .await;
    assert_eq!(wrong.code(), 16);
}

#[tokio::test]
async fn whmcs_link_user_reads_a_clients_secretkey_with_the_resellers_token() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let apikey = s.add_client("ann@example.com").await;
    let resp = w.client_get(&apikey, "secretkey", &[]).await.read();
    let login = Keys::of(&s.login("ann@example.com").await.read());
    assert_eq!(resp["secretkey"], login.secretkey.as_str());
    // Another reseller's token does not act for this client.
    let foreign = Whmcs::of_another_reseller(&s).await;
    assert_eq!(
        foreign.client_get(&apikey, "secretkey", &[]).await.code(),
        4
    );
}

#[tokio::test]
async fn whmcs_clients_with_load_monitors() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:2").await;
    let id = client_test(&s, order, "shop").await;
    let clients = w.get("clients", &[("loadMonitors", "true")]).await.read();
    let ann = &clients[0];
    assert_eq!(
        (ann["account"].as_str(), ann["apikey"].as_str()),
        (Some("ann@example.com"), Some(apikey.as_str()))
    );
    assert_eq!(ann["monitors"][0]["id"], id);
}

#[tokio::test]
async fn whmcs_clients_with_load_user_plan() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    client_with_order(&s, "ann@example.com", "external:2").await;
    let clients = w.get("clients", &[("loadUserPlan", "true")]).await.read();
    let plan = &clients[0]["plan"];
    assert_eq!(plan["roleName"], "client");
    assert_eq!(plan["basketItems"][0]["quantity"], 2);
}

#[tokio::test]
async fn whmcs_billing_reads_the_resellers_plan_from_user_info() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    client_with_order(&s, "ann@example.com", "external:2").await;
    client_with_order(&s, "bob@example.com", "external:3").await;
    let info = w.get("userInfo", &[("loadUserPlan", "true")]).await.read();
    assert_eq!(info["kind"], "reseller");
    assert_eq!(info["plan"]["roleName"], "reseller");
    let items = info["plan"]["basketItems"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["quantity"], 5);
    // Without loadUserPlan there is no plan.
    let bare = w.get("userInfo", &[]).await.read();
    assert!(bare.get("plan").is_none());
}

#[tokio::test]
async fn whmcs_edit_client_sends_the_clients_apikey_with_the_resellers_token() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let apikey = s.add_client("ann@example.com").await;
    w.client_post(&apikey, "editUser", &[("firstName", "Annie")])
        .await
        .data();
    let clients = s.get(&s.reseller, "clients", &[]).await.read();
    assert_eq!(clients[0]["firstName"], "Annie");
}

#[tokio::test]
async fn whmcs_delete_client_by_client_api_key() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let apikey = s.add_client("ann@example.com").await;
    w.post("deleteClient", &[("clientAPIKey", &apikey)])
        .await
        .data();
    let clients = s.get(&s.reseller, "clients", &[]).await.read();
    assert_eq!(clients, serde_json::json!([]));
}

#[tokio::test]
async fn whmcs_add_external_monitor_for_the_reseller_himself() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let id = whmcs_own_ping(&w).await;
    let info = w
        .get("testinfo", &[("testId", &id.to_string())])
        .await
        .read();
    assert_eq!(
        (
            info["type"].as_str(),
            info["tag"].as_str(),
            info["timeout"].as_u64()
        ),
        (Some("ping"), Some("whmcs"), Some(1000))
    );
    let locations: Vec<u64> = info["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_u64().unwrap())
        .collect();
    assert_eq!(locations, [1, 4]);
    // An unknown location id names the fix.
    let mut bad = WHMCS_PING.to_vec();
    bad[5] = ("locationIds", "1,999");
    let refused = w.post("addExternalMonitor", &bad).await;
    assert_eq!(refused.code(), 1);
    assert!(
        refused.message().contains("action=locations"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn whmcs_edit_external_ping() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let id = whmcs_own_ping(&w).await.to_string();
    let params = [
        ("testId", id.as_str()),
        ("name", "renamed"),
        ("url", "shop.example.org"),
        ("timeout", "2000"),
        ("locationIds", "9"),
        ("tag", "whmcs"),
    ];
    w.post("editExternalMonitor", &params).await.data();
    let info = w.get("testinfo", &[("testId", &id)]).await.read();
    assert_eq!(
        (
            info["name"].as_str(),
            info["url"].as_str(),
            info["timeout"].as_u64()
        ),
        (Some("renamed"), Some("shop.example.org"), Some(2000))
    );
}

#[tokio::test]
async fn whmcs_suspend_external() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let id = whmcs_own_ping(&w).await.to_string();
    w.post("suspendExternalMonitor", &[("monitorIds", &id)])
        .await
        .data();
    let info = w.get("testinfo", &[("testId", &id)]).await.read();
    assert_eq!(info["isSuspended"], true);
}

#[tokio::test]
async fn whmcs_activate_external() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let id = whmcs_own_ping(&w).await.to_string();
    w.post("suspendExternalMonitor", &[("monitorIds", &id)])
        .await
        .data();
    w.post("activateExternalMonitor", &[("monitorIds", &id)])
        .await
        .data();
    let info = w.get("testinfo", &[("testId", &id)]).await.read();
    assert_eq!(info["isSuspended"], false);
}

#[tokio::test]
async fn whmcs_delete_external() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let id = whmcs_own_ping(&w).await.to_string();
    w.post("deleteExternalMonitor", &[("testIds", &id)])
        .await
        .data();
    assert_eq!(w.get("testinfo", &[("testId", &id)]).await.code(), 5);
    assert_eq!(
        w.post("deleteExternalMonitor", &[("testIds", &id)])
            .await
            .code(),
        5
    );
}

#[tokio::test]
async fn whmcs_get_external_monitors_lists_own_and_clients_tests() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (_, order) = client_with_order(&s, "ann@example.com", "external:1").await;
    let clients = client_test(&s, order, "shop").await;
    let own = whmcs_own_ping(&w).await;
    let tests = w.get("tests", &[]).await.read();
    assert_eq!(test_ids(&tests), [clients, own]);
    assert_eq!(tests["testList"][1]["orderId"], Value::Null);
}

#[tokio::test]
async fn whmcs_get_external_monitor_info() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let id = whmcs_own_ping(&w).await;
    let info = w
        .get("testinfo", &[("testId", &id.to_string())])
        .await
        .read();
    assert_eq!(info["testId"], id);
    assert_eq!(info["name"], "shop.example.com_ping");
}

#[tokio::test]
async fn whmcs_get_external_locations() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let locations = w.get("locations", &[]).await.read();
    let first = &locations[0];
    assert_eq!(
        (first["id"].as_u64(), first["name"].as_str()),
        (Some(1), Some("US-MID"))
    );
    assert_eq!(first["minCheckInterval"], 1);
}

#[tokio::test]
async fn whmcs_client_external_monitors() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:1").await;
    let id = client_test(&s, order, "shop").await;
    whmcs_own_ping(&w).await;
    let tests = w.client_get(&apikey, "tests", &[]).await.read();
    assert_eq!(
        test_ids(&tests),
        [id],
        "only the client's, not the reseller's own"
    );
}

#[tokio::test]
async fn whmcs_client_external_monitor_info() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:1").await;
    let id = client_test(&s, order, "shop").await;
    let info = w
        .client_get(&apikey, "testinfo", &[("testId", &id.to_string())])
        .await
        .read();
    assert_eq!(
        (info["testId"].as_i64(), info["orderId"].as_i64()),
        (Some(id), Some(order))
    );
}

#[tokio::test]
async fn whmcs_client_edit_external_monitor() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:1").await;
    let id = client_test(&s, order, "shop").await.to_string();
    w.client_post(
        &apikey,
        "editExternalMonitor",
        &[
            ("testId", &id),
            ("name", "shop2"),
            ("url", "https://shop2.example.com"),
        ],
    )
    .await
    .data();
    assert_eq!(s.monitor(id.parse().unwrap()).await["name"], "shop2");
}

#[tokio::test]
async fn whmcs_client_delete_external_monitor() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:1").await;
    let id = client_test(&s, order, "shop").await.to_string();
    w.client_post(&apikey, "deleteExternalMonitor", &[("testIds", &id)])
        .await
        .data();
    let left = s.get(&s.reseller, "monitors", &[]).await.read();
    assert_eq!(left, serde_json::json!([]));
}

#[tokio::test]
async fn whmcs_client_add_external_monitor_needs_the_order() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:1").await;
    // As the add-on sends it: a client's monitor has no order to take a slot of.
    let refused = w
        .client_post(&apikey, "addExternalMonitor", &WHMCS_PING)
        .await;
    assert_eq!(refused.code(), 1);
    assert!(refused.message().contains("orderId"), "{refused:?}");
    let order = order.to_string();
    let mut with_order = WHMCS_PING.to_vec();
    with_order.push(("orderId", &order));
    let id = w
        .client_post(&apikey, "addExternalMonitor", &with_order)
        .await
        .data()["testId"]
        .as_i64()
        .unwrap();
    assert_eq!(
        s.monitor(id).await["orderId"],
        order.parse::<i64>().unwrap()
    );
}

/// A client's monitor's status and suspension reason, as `monitorInfo` gives them.
async fn monitor_state(s: &Server, id: &str) -> (String, Value) {
    state(&s.monitor(id.parse().unwrap()).await)
}

fn held() -> (String, Value) {
    ("suspended".into(), "reseller".into())
}

#[tokio::test]
async fn whmcs_client_suspend_external_holds_through_the_rules() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:1").await;
    let id = client_test(&s, order, "shop").await.to_string();
    let data = w
        .client_post(&apikey, "suspendExternalMonitor", &[("monitorIds", &id)])
        .await
        .data();
    assert_eq!(data["failedToSuspend"], serde_json::json!([]));
    assert_eq!(monitor_state(&s, &id).await, held());
    let info = w
        .client_get(&apikey, "testinfo", &[("testId", &id)])
        .await
        .read();
    assert_eq!(info["isSuspended"], true);
    // R9 suspends and restores the order: the reseller's suspension stays.
    s.order_action("suspendOrder", order).await.data();
    assert_eq!(monitor_state(&s, &id).await, held());
    s.order_action("activateOrder", order).await.data();
    assert_eq!(monitor_state(&s, &id).await, held());
    // The client cannot lift it, with its own keys (R2: 7).
    let ann = s.client_keys("ann@example.com").await;
    let refused = s
        .post(&ann, "activateExternalMonitor", &[("monitorIds", &id)])
        .await;
    assert_eq!(refused.code(), 7, "{refused:?}");
    assert_eq!(monitor_state(&s, &id).await, held());
    // Another reseller's token does not reach it.
    let foreign = Whmcs::of_another_reseller(&s).await;
    let refused = foreign
        .client_post(&apikey, "activateExternalMonitor", &[("monitorIds", &id)])
        .await;
    assert_eq!(refused.code(), 4);
}

#[tokio::test]
async fn whmcs_client_activate_external_meets_the_rules_again() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:2").await;
    let id = client_test(&s, order, "shop").await.to_string();
    let other = client_test(&s, order, "blog").await.to_string();
    w.client_post(&apikey, "suspendExternalMonitor", &[("monitorIds", &id)])
        .await
        .data();
    // Activated while its order is suspended: R9 keeps it suspended, for the order.
    s.order_action("suspendOrder", order).await.data();
    w.client_post(&apikey, "activateExternalMonitor", &[("monitorIds", &id)])
        .await
        .data();
    let for_order = ("suspended".to_string(), Value::from("order"));
    assert_eq!(monitor_state(&s, &id).await, for_order);
    s.order_action("activateOrder", order).await.data();
    assert_eq!(
        monitor_state(&s, &id).await,
        ("active".to_string(), Value::Null)
    );
    // All or none: an id outside the client's monitors changes nothing.
    let mine = w.get("tests", &[]).await.read();
    assert_eq!(test_ids(&mine).len(), 2);
    let refused = w
        .client_post(
            &apikey,
            "suspendExternalMonitor",
            &[("monitorIds", &format!("{other},999999"))],
        )
        .await;
    assert_eq!(refused.code(), 5, "{refused:?}");
    assert_eq!(
        monitor_state(&s, &other).await,
        ("active".to_string(), Value::Null)
    );
}

// ----- the Python SDK ------------------------------------------------------------------

/// `params` with another `name`.
fn renamed<'a>(params: &[(&'a str, &'a str)], name: &'a str) -> Vec<(&'a str, &'a str)> {
    params
        .iter()
        .map(|&(k, v)| (k, if k == "name" { name } else { v }))
        .collect()
}

/// `add_external_monitor`'s required and some optional parameters.
const PY_HTTP: [(&str, &str); 7] = [
    ("type", "http"),
    ("name", "py_http"),
    ("url", "example.com"),
    ("interval", "15"),
    ("locationIds", "1,9"),
    ("tag", "py"),
    ("detailedTestType", "1"),
];

#[tokio::test]
async fn python_auth_token() {
    let s = hosted().await;
    let r = &s.reseller;
    let resp = PY
        .get(&s, &r.apikey, "authToken", &[("secretkey", &r.secretkey)])
        .await
        .read();
    assert_eq!(resp["authToken"].as_str().unwrap().len(), 40);
}

#[tokio::test]
async fn python_secretkey() {
    let s = hosted().await;
    let r = &s.reseller;
    let resp = PY.get(&s, &r.apikey, "secretkey", &[]).await.read();
    assert_eq!(resp["secretkey"], r.secretkey.as_str());
}

#[tokio::test]
async fn python_apikey_with_md5_password() {
    let s = hosted().await;
    let apikey = s.add_client("ann@example.com").await;
    let password = md5_hex("pw-ann@example.com");
    let resp = PY
        .get(
            &s,
            &s.reseller.apikey,
            "apikey",
            &[("userName", "ann@example.com"), ("password", &password)],
        )
        .await
        .read();
    assert_eq!(resp["apikey"], apikey.as_str());
}

#[tokio::test]
async fn python_add_sub_account() {
    let s = hosted().await;
    let params = [
        ("firstName", "John"),
        ("lastName", "Smith"),
        ("email", "john@example.com"),
        ("password", "secret pw"),
        ("group", "ops"),
    ];
    let data = PY
        .post(&s, &s.reseller, "addSubAccount", &params)
        .await
        .data();
    assert!(data["userId"].as_i64().is_some(), "{data:?}");
    // Emails are unique across accounts and sub-accounts (another first name: the same
    // signed request again within the window would be a replay, 19).
    let mut again = params;
    again[0] = ("firstName", "Johnny");
    let again = PY.post(&s, &s.reseller, "addSubAccount", &again).await;
    assert_eq!(again.code(), 17);
    s.add_client("ann@example.com").await;
    let mut taken = params;
    taken[2] = ("email", "ANN@example.com");
    assert_eq!(
        PY.post(&s, &s.reseller, "addSubAccount", &taken)
            .await
            .code(),
        17
    );
}

async fn py_sub_account(s: &Server, keys: &Keys, email: &str) -> i64 {
    let params = [
        ("firstName", "John"),
        ("lastName", "Smith"),
        ("email", email),
        ("password", "secret pw"),
        ("group", "ops"),
    ];
    PY.post(s, keys, "addSubAccount", &params).await.data()["userId"]
        .as_i64()
        .expect("userId")
}

#[tokio::test]
async fn python_delete_sub_account() {
    let s = hosted().await;
    let id = py_sub_account(&s, &s.reseller, "john@example.com")
        .await
        .to_string();
    // Another account's sub-account is not found.
    let other = s.add_reseller();
    assert_eq!(
        PY.post(&s, &other, "deleteSubAccount", &[("userId", &id)])
            .await
            .code(),
        5
    );
    PY.post(&s, &s.reseller, "deleteSubAccount", &[("userId", &id)])
        .await
        .data();
    let left = PY
        .get(&s, &s.reseller.apikey, "subAccounts", &[])
        .await
        .read();
    assert_eq!(left, serde_json::json!([]));
}

#[tokio::test]
async fn python_sub_accounts() {
    let s = hosted().await;
    let id = py_sub_account(&s, &s.reseller, "john@example.com").await;
    let list = PY
        .get(&s, &s.reseller.apikey, "subAccounts", &[])
        .await
        .read();
    let john = &list[0];
    assert_eq!(
        (
            john["id"].as_i64(),
            john["account"].as_str(),
            john["firstName"].as_str()
        ),
        (Some(id), Some("john@example.com"), Some("John"))
    );
    assert_eq!(john["userkey"].as_str().unwrap().len(), 26);
    // Each account sees its own.
    let other = s.add_reseller();
    let theirs = PY.get(&s, &other.apikey, "subAccounts", &[]).await.read();
    assert_eq!(theirs, serde_json::json!([]));
}

/// A sub-account added by `owner` the Python SDK's way; its keys, as `addSubAccount`
/// answers them to the owner.
async fn py_sub_account_keys(s: &Server, owner: &Keys, email: &str) -> Keys {
    let params = [
        ("firstName", "Vera"),
        ("lastName", "Viewer"),
        ("email", email),
        ("password", "viewer pw"),
        ("group", "ops"),
    ];
    let data = PY.post(s, owner, "addSubAccount", &params).await.data();
    Keys::of(&data)
}

/// `tests` in token mode, as a version 3 GET without `validation`.
async fn token_tests(s: &Server, apikey: &str, token: &str) -> Resp {
    let pairs = [
        ("version", "3"),
        ("action", "tests"),
        ("apikey", apikey),
        ("authToken", token),
    ];
    s.raw(false, &pairs).await
}

#[tokio::test]
async fn python_sub_account_keys_read_the_parents_monitors_unsigned() {
    let s = hosted().await;
    let own = PY.own_test(&s, &PY_HTTP).await;
    let vera = py_sub_account_keys(&s, &s.reseller, "vera@example.com").await;
    // The key the owner's subAccounts list gives is the one that authenticates.
    let list = PY
        .get(&s, &s.reseller.apikey, "subAccounts", &[])
        .await
        .read();
    assert_eq!(list[0]["userkey"], vera.apikey.as_str());
    // `monitis.user.secretkey(apikey)` with the sub-account's key: its own secret key.
    let secret = PY.get(&s, &vera.apikey, "secretkey", &[]).await.read();
    assert_eq!(secret["secretkey"], vera.secretkey.as_str());
    assert_ne!(vera.secretkey, s.reseller.secretkey);
    let tests = PY.get(&s, &vera.apikey, "tests", &[]).await.read();
    assert_eq!(test_ids(&tests), [own.parse::<i64>().unwrap()]);
    let info = PY
        .get(&s, &vera.apikey, "testinfo", &[("testId", &own)])
        .await
        .read();
    assert_eq!(info["name"], "py_http");
    // Read-only, as the hosted Viewer: no account data, no sub-accounts, no keys of others.
    for action in ["subAccounts", "clients", "userInfo", "orders"] {
        let refused = PY.get(&s, &vera.apikey, action, &[]).await;
        assert_eq!(refused.code(), 7, "{action}: {refused:?}");
        assert!(refused.message().contains("sub-account"), "{refused:?}");
    }
}

#[tokio::test]
async fn python_sub_account_signed_posts_are_refused_read_only() {
    let s = hosted().await;
    let vera = py_sub_account_keys(&s, &s.reseller, "vera@example.com").await;
    // Correctly signed with the sub-account's keys: authenticated, then refused by its rights.
    let refused = PY.post(&s, &vera, "addExternalMonitor", &PY_HTTP).await;
    assert_eq!(refused.code(), 7, "{refused:?}");
    let tests = PY.get(&s, &s.reseller.apikey, "tests", &[]).await.read();
    assert_eq!(test_ids(&tests), Vec::<i64>::new());
    // Signed with the parent's secret key instead: not the sub-account's, so 2.
    let forged = Keys {
        apikey: vera.apikey.clone(),
        secretkey: s.reseller.secretkey.clone(),
    };
    assert_eq!(
        PY.post(&s, &forged, "deleteSubAccount", &[("userId", "1")])
            .await
            .code(),
        2
    );
    // A signed read (checksum mode) with its own keys answers.
    let signed_read = s.get(&vera, "tests", &[]).await.read();
    assert_eq!(test_ids(&signed_read), Vec::<i64>::new());
}

#[tokio::test]
async fn python_sub_account_auth_token_is_its_own() {
    let s = hosted().await;
    let vera = py_sub_account_keys(&s, &s.reseller, "vera@example.com").await;
    let token = PY
        .get(
            &s,
            &vera.apikey,
            "authToken",
            &[("secretkey", &vera.secretkey)],
        )
        .await
        .read()["authToken"]
        .as_str()
        .unwrap()
        .to_string();
    token_tests(&s, &vera.apikey, &token).await.read();
    // Its token does not act as the parent, nor the parent's as the sub-account.
    assert_eq!(token_tests(&s, &s.reseller.apikey, &token).await.code(), 4);
    let parents = s.token(&s.reseller).await;
    assert_eq!(token_tests(&s, &vera.apikey, &parents).await.code(), 4);
    // A wrong secret key gets no token.
    let wrong = PY
        .get(
            &s,
            &vera.apikey,
            "authToken",
            &[("secretkey", &s.reseller.secretkey)],
        )
        .await;
    assert_eq!(wrong.code(), 2);
}

#[tokio::test]
async fn cpan_sub_account_of_a_client_stays_within_the_client() {
    let s = hosted().await;
    let (_, order) = client_with_order(&s, "ann@example.com", "external:2").await;
    let anns = client_test(&s, order, "shop").await;
    let (bob, bob_order) = client_with_order(&s, "bob@example.com", "external:1").await;
    client_test(&s, bob_order, "bobs").await;
    let ann_keys = s.client_keys("ann@example.com").await;
    let vera = py_sub_account_keys(&s, &ann_keys, "vera@example.com").await;
    let tests = CPAN.get(&s, &vera.apikey, "tests", &[]).await.read();
    assert_eq!(test_ids(&tests), [anns]);
    // Another client of the same reseller, or another reseller's client: not found.
    let other = s.add_reseller();
    let carl = s
        .post(
            &other,
            "addClient",
            &[
                ("firstName", "Carl"),
                ("lastName", "Other"),
                ("email", "carl@example.com"),
                ("password", "carl pw"),
            ],
        )
        .await
        .data();
    for named in [bob.as_str(), carl.as_str().unwrap()] {
        let refused = CPAN
            .get(&s, &vera.apikey, "tests", &[("clientApikey", named)])
            .await;
        assert_eq!(refused.code(), 5, "{refused:?}");
    }
    // R1 holds for the parent: with its order suspended the client is locked out, and so
    // is its sub-account.
    s.order_action("suspendOrder", order).await.data();
    let locked = CPAN.get(&s, &vera.apikey, "tests", &[]).await;
    assert_eq!(locked.code(), 6, "{locked:?}");
}

#[tokio::test]
async fn cpan_deleted_sub_account_stops_authenticating_at_once() {
    let s = hosted().await;
    let vera = py_sub_account_keys(&s, &s.reseller, "vera@example.com").await;
    let token = s.token(&vera).await;
    CPAN.get(&s, &vera.apikey, "tests", &[]).await.read();
    let list = CPAN
        .get(&s, &s.reseller.apikey, "subAccounts", &[])
        .await
        .read();
    let id = list[0]["id"].as_i64().unwrap().to_string();
    CPAN.post(&s, &s.reseller, "deleteSubAccount", &[("userId", &id)])
        .await
        .data();
    assert_eq!(CPAN.get(&s, &vera.apikey, "tests", &[]).await.code(), 2);
    assert_eq!(s.get(&vera, "tests", &[]).await.code(), 2);
    assert_eq!(token_tests(&s, &vera.apikey, &token).await.code(), 2);
}

#[tokio::test]
async fn python_add_external_monitor() {
    let s = hosted().await;
    let id = PY.own_test(&s, &PY_HTTP).await;
    let info = PY
        .get(&s, &s.reseller.apikey, "testinfo", &[("testId", &id)])
        .await
        .read();
    assert_eq!(
        (info["type"].as_str(), info["interval"].as_u64()),
        (Some("http"), Some(15))
    );
}

#[tokio::test]
async fn python_edit_external_monitor() {
    let s = hosted().await;
    let id = PY.own_test(&s, &PY_HTTP).await;
    let params = [
        ("testId", id.as_str()),
        ("name", "py_http2"),
        ("url", "example.org"),
        ("locationIds", "10"),
        ("timeout", "5000"),
        ("tag", "py2"),
    ];
    PY.post(&s, &s.reseller, "editExternalMonitor", &params)
        .await
        .data();
    let info = PY
        .get(&s, &s.reseller.apikey, "testinfo", &[("testId", &id)])
        .await
        .read();
    assert_eq!(
        (info["tag"].as_str(), info["locations"][0]["id"].as_u64()),
        (Some("py2"), Some(10))
    );
}

#[tokio::test]
async fn python_delete_external_monitor() {
    let s = hosted().await;
    let id = PY.own_test(&s, &PY_HTTP).await;
    PY.post(
        &s,
        &s.reseller,
        "deleteExternalMonitor",
        &[("testIds", &id)],
    )
    .await
    .data();
    let tests = PY.get(&s, &s.reseller.apikey, "tests", &[]).await.read();
    assert_eq!(test_ids(&tests), Vec::<i64>::new());
}

#[tokio::test]
async fn python_suspend_external_monitor() {
    let s = hosted().await;
    let id = PY.own_test(&s, &PY_HTTP).await;
    // Another name: the same signed request twice in one second is a replay (19).
    let other = PY.own_test(&s, &renamed(&PY_HTTP, "py_http_2")).await;
    // By tag: every monitor with the tag.
    let data = PY
        .post(&s, &s.reseller, "suspendExternalMonitor", &[("tag", "py")])
        .await
        .data();
    assert_eq!(data["failedToSuspend"], serde_json::json!([]));
    for test in [&id, &other] {
        let info = PY
            .get(&s, &s.reseller.apikey, "testinfo", &[("testId", test)])
            .await
            .read();
        assert_eq!(info["isSuspended"], true);
    }
}

#[tokio::test]
async fn python_suspend_external_monitor_of_a_client_listed_in_tests() {
    let s = hosted().await;
    let (apikey, order) = client_with_order(&s, "ann@example.com", "external:1").await;
    let id = client_test(&s, order, "shop").await.to_string();
    let own = PY.own_test(&s, &PY_HTTP).await;
    // The reseller's `tests` lists both; one request suspends both, all or none.
    let both = format!("{id},{own}");
    PY.post(
        &s,
        &s.reseller,
        "suspendExternalMonitor",
        &[("monitorIds", &both)],
    )
    .await
    .data();
    assert_eq!(monitor_state(&s, &id).await, held());
    let tests = PY.get(&s, &s.reseller.apikey, "tests", &[]).await.read();
    let suspended: Vec<bool> = tests["testList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["isSuspended"].as_bool().unwrap())
        .collect();
    assert_eq!(suspended, [true, true]);
    // `tag` names the reseller's own monitors: acting for a client it is refused.
    let w = Whmcs::connect(&s).await;
    let refused = w
        .client_post(&apikey, "activateExternalMonitor", &[("tag", "py")])
        .await;
    assert_eq!(refused.code(), 1, "{refused:?}");
    assert!(refused.message().contains("monitorIds"), "{refused:?}");
}

#[tokio::test]
async fn python_activate_external_monitor() {
    let s = hosted().await;
    let id = PY.own_test(&s, &PY_HTTP).await;
    PY.post(
        &s,
        &s.reseller,
        "suspendExternalMonitor",
        &[("monitorIds", &id)],
    )
    .await
    .data();
    PY.post(
        &s,
        &s.reseller,
        "activateExternalMonitor",
        &[("monitorIds", &id)],
    )
    .await
    .data();
    let tests = PY.get(&s, &s.reseller.apikey, "tests", &[]).await.read();
    assert_eq!(tests["testList"][0]["isSuspended"], false);
    // An unknown id refuses the whole request.
    let refused = PY
        .post(
            &s,
            &s.reseller,
            "activateExternalMonitor",
            &[("monitorIds", &format!("{id},1999999999"))],
        )
        .await;
    assert_eq!(refused.code(), 5);
}

#[tokio::test]
async fn python_locations() {
    let s = hosted().await;
    let locations = PY
        .get(&s, &s.reseller.apikey, "locations", &[])
        .await
        .read();
    assert_eq!(locations.as_array().unwrap().len(), 7);
}

#[tokio::test]
async fn python_tests() {
    let s = hosted().await;
    let id = PY.own_test(&s, &PY_HTTP).await;
    let tests = PY.get(&s, &s.reseller.apikey, "tests", &[]).await.read();
    assert_eq!(test_ids(&tests), [id.parse::<i64>().unwrap()]);
    assert_eq!(tests["testList"][0]["type"], "http");
}

#[tokio::test]
async fn python_testinfo() {
    let s = hosted().await;
    let id = PY.own_test(&s, &PY_HTTP).await;
    let info = PY
        .get(
            &s,
            &s.reseller.apikey,
            "testinfo",
            &[("testId", &id), ("timezone", "0")],
        )
        .await
        .read();
    assert_eq!(info["name"], "py_http");
}

// ----- CPAN Monitis --------------------------------------------------------------------

/// `Monitis::ExternalMonitors::add`'s mandatory parameters.
const CPAN_HTTP: [(&str, &str); 7] = [
    ("type", "http"),
    ("name", "New Test"),
    ("url", "http://example.com"),
    ("interval", "10"),
    ("timeout", "10000"),
    ("locationIds", "1,7"),
    ("tag", "new tag"),
];

#[tokio::test]
async fn cpan_auth_token() {
    let s = hosted().await;
    let r = &s.reseller;
    let pairs = [
        ("action", "authToken"),
        ("output", "json"),
        ("version", "2"),
        ("secretkey", &*r.secretkey),
        ("apikey", &*r.apikey),
    ];
    let token = s.raw(false, &pairs).await.read();
    assert_eq!(token["authToken"].as_str().unwrap().len(), 40);
}

#[tokio::test]
async fn cpan_sub_accounts_add() {
    let s = hosted().await;
    let params = [
        ("firstName", "John"),
        ("lastName", "Smith"),
        ("email", "john@smith.example.com"),
        ("password", "test password"),
        ("group", "test user"),
    ];
    let data = CPAN
        .post(&s, &s.reseller, "addSubAccount", &params)
        .await
        .data();
    assert!(data["userId"].as_i64().is_some(), "{data:?}");
}

#[tokio::test]
async fn cpan_sub_accounts_get() {
    let s = hosted().await;
    py_sub_account(&s, &s.reseller, "john@example.com").await;
    let list = CPAN
        .get(&s, &s.reseller.apikey, "subAccounts", &[])
        .await
        .read();
    assert_eq!(list[0]["lastName"], "Smith");
}

#[tokio::test]
async fn cpan_sub_accounts_delete() {
    let s = hosted().await;
    let id = py_sub_account(&s, &s.reseller, "john@example.com")
        .await
        .to_string();
    CPAN.post(&s, &s.reseller, "deleteSubAccount", &[("userId", &id)])
        .await
        .data();
    // Gone: the list no longer has it, and deleting an unknown id is 5 (the same
    // signed request again would be a replay, 19).
    let left = CPAN
        .get(&s, &s.reseller.apikey, "subAccounts", &[])
        .await
        .read();
    assert!(!left.to_string().contains("john@example.com"), "{left}");
    assert_eq!(
        CPAN.post(&s, &s.reseller, "deleteSubAccount", &[("userId", "999999")])
            .await
            .code(),
        5
    );
}

#[tokio::test]
async fn cpan_external_monitors_add() {
    let s = hosted().await;
    let id = CPAN.own_test(&s, &CPAN_HTTP).await;
    assert!(id.parse::<i64>().unwrap() >= 1_000_000_000, "own ids: {id}");
}

#[tokio::test]
async fn cpan_external_monitors_edit() {
    let s = hosted().await;
    let id = CPAN.own_test(&s, &CPAN_HTTP).await;
    let params = [
        ("testId", id.as_str()),
        ("name", "Old test"),
        ("url", "http://example.org"),
        ("locationIds", "7"),
        ("timeout", "4000"),
        ("tag", "new tag"),
    ];
    CPAN.post(&s, &s.reseller, "editExternalMonitor", &params)
        .await
        .data();
    let info = CPAN
        .get(&s, &s.reseller.apikey, "testinfo", &[("testId", &id)])
        .await
        .read();
    assert_eq!(
        (info["name"].as_str(), info["timeout"].as_u64()),
        (Some("Old test"), Some(4000))
    );
}

#[tokio::test]
async fn cpan_external_monitors_delete() {
    let s = hosted().await;
    let first = CPAN.own_test(&s, &CPAN_HTTP).await;
    // Another name: the same signed request twice in one second is a replay (19).
    let second = CPAN.own_test(&s, &renamed(&CPAN_HTTP, "New Test 2")).await;
    let both = format!("{first},{second}");
    CPAN.post(
        &s,
        &s.reseller,
        "deleteExternalMonitor",
        &[("testIds", &both)],
    )
    .await
    .data();
    let tests = CPAN.get(&s, &s.reseller.apikey, "tests", &[]).await.read();
    assert_eq!(test_ids(&tests), Vec::<i64>::new());
}

#[tokio::test]
async fn cpan_external_monitors_suspend() {
    let s = hosted().await;
    let id = CPAN.own_test(&s, &CPAN_HTTP).await;
    CPAN.post(
        &s,
        &s.reseller,
        "suspendExternalMonitor",
        &[("monitorIds", &id)],
    )
    .await
    .data();
    let suspended = CPAN
        .get(&s, &s.reseller.apikey, "tests", &[("status", "suspended")])
        .await
        .read();
    assert_eq!(test_ids(&suspended), [id.parse::<i64>().unwrap()]);
}

#[tokio::test]
async fn cpan_external_monitors_activate() {
    let s = hosted().await;
    let id = CPAN.own_test(&s, &CPAN_HTTP).await;
    CPAN.post(
        &s,
        &s.reseller,
        "suspendExternalMonitor",
        &[("monitorIds", &id)],
    )
    .await
    .data();
    CPAN.post(
        &s,
        &s.reseller,
        "activateExternalMonitor",
        &[("tag", "new tag")],
    )
    .await
    .data();
    let active = CPAN
        .get(&s, &s.reseller.apikey, "tests", &[("status", "active")])
        .await
        .read();
    assert_eq!(test_ids(&active), [id.parse::<i64>().unwrap()]);
}

#[tokio::test]
async fn cpan_external_monitors_get_locations() {
    let s = hosted().await;
    let locations = CPAN
        .get(&s, &s.reseller.apikey, "locations", &[])
        .await
        .read();
    let ids: Vec<u64> = locations
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [1, 4, 6, 7, 9, 10, 11]);
}

#[tokio::test]
async fn cpan_external_monitors_get_monitors() {
    let s = hosted().await;
    let id = CPAN.own_test(&s, &CPAN_HTTP).await;
    let tests = CPAN.get(&s, &s.reseller.apikey, "tests", &[]).await.read();
    assert_eq!(tests["testList"][0]["id"], id.parse::<i64>().unwrap());
    assert_eq!(tests["testList"][0]["name"], "New Test");
}

#[tokio::test]
async fn cpan_external_monitors_get_monitor_info() {
    let s = hosted().await;
    let id = CPAN.own_test(&s, &CPAN_HTTP).await;
    let info = CPAN
        .get(&s, &s.reseller.apikey, "testinfo", &[("testId", &id)])
        .await
        .read();
    let names: Vec<&str> = info["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["US-MID", "DE"]);
}

// ----- addContact, as each of the three sends it ---------------------------------------

/// The contact `contactsList` answers for `id`, read as the reseller (or with `clientApikey`).
async fn listed_contact(s: &Server, extra: &[(&str, &str)], id: &Value) -> Value {
    let list = s.get(&s.reseller, "contactsList", extra).await.read();
    list.as_array()
        .unwrap()
        .iter()
        .find(|c| c["contactId"] == *id)
        .cloned()
        .unwrap_or_else(|| panic!("contact {id} in {list}"))
}

/// `monitisClientApi::addContact`, called when the add-on links a new client: the
/// client's apikey with the reseller's token, `contactType` 1, the admin's `timezone`
/// (0 by default), `sendDailyReport=true`, `confirmContact=true`, `textType=0`.
#[tokio::test]
async fn whmcs_add_contact_for_a_new_client_is_confirmed_at_once() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let apikey = s.add_client("ann@example.com").await;
    let params = [
        ("firstName", "Ann"),
        ("lastName", "Lee"),
        ("account", "ann@example.com"),
        ("contactType", "1"),
        ("timezone", "0"),
        ("sendDailyReport", "true"),
        ("confirmContact", "true"),
        ("textType", "0"),
    ];
    let data = w.client_post(&apikey, "addContact", &params).await.data();
    let c = listed_contact(&s, &[("clientApikey", &apikey)], &data["contactId"]).await;
    assert_eq!(
        (
            &c["contactType"],
            &c["contactAccount"],
            &c["confirmationFlag"]
        ),
        (
            &Value::from("Email"),
            &Value::from("ann@example.com"),
            &Value::from(1)
        )
    );
    // The contact is the client's: the reseller's own list does not have it.
    assert_eq!(
        s.get(&s.reseller, "contactsList", &[]).await.read(),
        serde_json::json!([])
    );
    // The same address again: 17.
    assert_eq!(
        w.client_post(&apikey, "addContact", &params).await.code(),
        17
    );
}

/// `add_contact` (monitis/contacts.py): the required fields and two optional ones.
#[tokio::test]
async fn python_add_contact() {
    let s = hosted().await;
    let params = [
        ("firstName", "Py"),
        ("lastName", "Thon"),
        ("account", "py@example.com"),
        ("contactType", "1"),
        ("timezone", "-300"),
        ("country", "US"),
        ("sendWeeklyReport", "true"),
    ];
    let data = PY.post(&s, &s.reseller, "addContact", &params).await.data();
    assert_eq!(data["confirmationKey"].as_str().unwrap().len(), 32);
    let c = listed_contact(&s, &[], &data["contactId"]).await;
    assert_eq!(
        (
            &c["name"],
            &c["timezone"],
            &c["country"],
            &c["confirmationFlag"]
        ),
        (
            &Value::from("Py Thon"),
            &Value::from(-300),
            &Value::from("US"),
            &Value::from(0)
        )
    );
}

/// `Monitis::Contacts::add`, as its POD calls it: an ICQ contact.
#[tokio::test]
async fn cpan_contacts_add() {
    let s = hosted().await;
    let params = [
        ("firstName", "John"),
        ("lastName", "Smith"),
        ("account", "1234567"),
        ("contactType", "3"),
        ("timezone", "300"),
    ];
    let data = CPAN
        .post(&s, &s.reseller, "addContact", &params)
        .await
        .data();
    let c = listed_contact(&s, &[], &data["contactId"]).await;
    assert_eq!(
        (&c["contactType"], &c["activeFlag"]),
        (&Value::from("ICQ"), &Value::from(1))
    );
    // A contact type the hosted API did not have names the ones it had.
    let mut bad = params.to_vec();
    bad[3] = ("contactType", "4");
    let refused = CPAN.post(&s, &s.reseller, "addContact", &bad).await;
    assert_eq!(refused.code(), 1);
    assert!(refused.message().contains("3 ICQ"), "{refused:?}");
}

// ----- the doors -----------------------------------------------------------------------

#[tokio::test]
async fn without_hosted_compat_unsigned_reads_are_shut_but_signed_version_2_is_not() {
    // Shut by default, on loopback too: behind a reverse proxy every caller is loopback.
    let s = Server::start().await;
    let unsigned = PY.get(&s, &s.reseller.apikey, "tests", &[]).await;
    assert_eq!((unsigned.status, unsigned.code()), (401, 2));
    assert!(
        unsigned.message().contains("--hosted-compat"),
        "{unsigned:?}"
    );
    // Signed requests of version 2 stay open: they prove the secret.
    PY.post(&s, &s.reseller, "addExternalMonitor", &PY_HTTP)
        .await
        .data();
}

#[tokio::test]
async fn hosted_compat_opens_the_doors_on_any_address() {
    let wildcard = |o: &mut monitis_platform::ServerOptions| {
        o.listen = "0.0.0.0:0".parse().unwrap();
    };
    let s = Server::start_with(false, wildcard).await;
    assert_eq!(PY.get(&s, &s.reseller.apikey, "tests", &[]).await.code(), 2);
    let s = s
        .restart(|o| {
            wildcard(o);
            o.hosted_compat = true;
        })
        .await;
    PY.get(&s, &s.reseller.apikey, "tests", &[]).await.read();
}

#[tokio::test]
async fn nonce_less_signed_reads_may_repeat_but_replayed_writes_are_refused() {
    let s = hosted().await;
    let ann = s.add_client("ann@example.com").await;
    let order = s.add_order(&ann, "rum:1,rumPageviews:1000", &[]).await;
    let rum = s.add_monitor(order, "rum", "visitors").await.to_string();
    // Signed to the second without a nonce, as the hosted clients sign: two identical
    // polls in one second are two requests.
    let ts = now_timestamp();
    let poll = signed(&s.reseller, "monitorInfo", &[("monitorId", &rum)], &ts);
    for _ in 0..2 {
        assert_eq!(s.send_pairs(false, &poll).await.read()["pageviews"], 0);
    }
    // A replayed change is refused and changes nothing (issue 12).
    let add = signed(
        &s.reseller,
        "addOrder",
        &[("clientApikey", &ann), ("services", "external:1")],
        &ts,
    );
    s.send_pairs(true, &add).await.data();
    let again = s.send_pairs(true, &add).await;
    assert_eq!((again.status, again.code()), (409, 19));
    let views = signed(
        &s.reseller,
        "sandboxPageviews",
        &[("monitorId", &rum), ("count", "5")],
        &ts,
    );
    s.send_pairs(true, &views).await.data();
    assert_eq!(s.send_pairs(true, &views).await.code(), 19);
    assert_eq!(s.send_pairs(false, &poll).await.read()["pageviews"], 5);
    let orders = s.get(&s.reseller, "orders", &[]).await.read();
    assert_eq!(orders.as_array().unwrap().len(), 2);
    // A read that carries a nonce asks to be accepted once.
    let once = signed(
        &s.reseller,
        "monitorInfo",
        &[("monitorId", &rum), ("nonce", "n1")],
        &ts,
    );
    s.send_pairs(false, &once).await.read();
    assert_eq!(s.send_pairs(false, &once).await.code(), 19);
    // Without --hosted-compat the door is shut: every signed request is accepted once.
    let s = s.restart(|o| o.hosted_compat = false).await;
    let poll = signed(&s.reseller, "monitorInfo", &[("monitorId", &rum)], &ts);
    s.send_pairs(false, &poll).await.read();
    assert_eq!(s.send_pairs(false, &poll).await.code(), 19);
}

#[tokio::test]
async fn unsigned_reads_of_a_client_still_meet_r1() {
    let s = hosted().await;
    let apikey = s.add_client("ann@example.com").await;
    let keys = Keys::of(&s.login("ann@example.com").await.read());
    // The key look-up answers (R1 exempts it); the client's reads do not.
    let secret = PY.get(&s, &apikey, "secretkey", &[]).await.read();
    assert_eq!(secret["secretkey"], keys.secretkey.as_str());
    let refused = PY.get(&s, &apikey, "tests", &[]).await;
    assert_eq!(refused.code(), 6);
    // Unsigned changes are never accepted.
    let post = s
        .raw(
            true,
            &[
                ("action", "addSubAccount"),
                ("apikey", &apikey),
                ("version", "2"),
            ],
        )
        .await;
    assert_eq!(post.code(), 2);
}
