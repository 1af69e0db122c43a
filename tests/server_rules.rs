//! Each platform rule (R1–R9, docs/rules.md) enforced by the sandbox over
//! real HTTP, for the reseller (with clientApikey) and for a client with its own keys.

mod common;

use common::server::{Server, state};
use serde_json::{Value, json};

const SUSPENDED: &str = "The account is suspended. Please contact your provider.";

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect()
}

fn s_(id: i64) -> String {
    id.to_string()
}

#[tokio::test]
async fn r1_client_is_refused_without_an_active_order_or_when_the_reseller_is_unpaid() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    let dashboard = s
        .get(&s.reseller, "dashboard", &[("clientApikey", &apikey)])
        .await
        .read();
    assert_eq!(
        (dashboard["reachable"].clone(), dashboard["message"].clone()),
        (json!(false), json!(SUSPENDED))
    );

    let order = s.add_order(&apikey, "external:2", &[]).await;
    let keys = s.client_keys("ann@example.com").await;
    s.get(&keys, "userInfo", &[]).await.read();
    let dashboard = s.get(&keys, "dashboard", &[]).await.read();
    assert_eq!(
        (dashboard["reachable"].clone(), dashboard["message"].clone()),
        (json!(true), Value::Null)
    );

    // The only order suspended: every call with the client's keys is refused.
    s.order_action("suspendOrder", order).await.data();
    for resp in [
        s.get(&keys, "userInfo", &[]).await,
        s.get(&keys, "dashboard", &[]).await,
        s.post(&keys, "editUser", &[("firstName", "A")]).await,
    ] {
        assert_eq!(
            (resp.status, resp.code(), resp.message()),
            (403, 6, SUSPENDED),
            "{resp:?}"
        );
    }
    assert_eq!(s.token_request(&keys).await.code(), 6);
    s.order_action("activateOrder", order).await.data();
    s.get(&keys, "userInfo", &[]).await.read();

    // The reseller unpaid: refused again, although the order exists.
    s.set_paid(false).await;
    let resp = s.get(&keys, "orders", &[]).await;
    assert_eq!((resp.code(), resp.message()), (6, SUSPENDED));
    // The reseller himself still reads his client, whose status says suspended.
    let clients = s.get(&s.reseller, "clients", &[]).await.read();
    assert_eq!(clients[0]["status"], "suspended");
}

#[tokio::test]
async fn r2_what_a_client_may_and_may_not_do() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    let order = s
        .add_order(&apikey, "external:3,rum:1,rumPageviews:1000", &[])
        .await;
    let keys = s.client_keys("ann@example.com").await;
    let o = s_(order);
    for (action, params) in [
        ("addOrder", vec![("services", "external:100")]),
        ("suspendOrder", vec![("orderId", o.as_str())]),
        (
            "buyService",
            vec![("code", "loadTester"), ("quantity", "1")],
        ),
        ("deleteClient", vec![("clientAPIKey", apikey.as_str())]),
        ("resetKeys", vec![]),
        (
            "setBranding",
            vec![("logoUrl", "https://x.example/logo.png")],
        ),
        ("extendAllClients", vec![]),
        (
            "addClient",
            vec![
                ("firstName", "A"),
                ("lastName", "B"),
                ("email", "b@example.com"),
                ("password", "x"),
            ],
        ),
        ("sandboxNextCycle", vec![]),
    ] {
        let resp = s.post(&keys, action, &params).await;
        assert_eq!((resp.status, resp.code()), (403, 7), "{action}: {resp:?}");
        assert!(
            resp.message()
                .starts_with("not allowed for a client account"),
            "{action}"
        );
    }
    // A trial of a feature outside the plan is refused.
    let trial = s
        .post(
            &keys,
            "addMonitor",
            &[
                ("orderId", &o),
                ("type", "transaction"),
                ("name", "t"),
                ("url", "https://a.example"),
            ],
        )
        .await;
    assert_eq!(trial.code(), 7);
    assert!(trial.message().contains("trial"), "{trial:?}");
    // What a client may do: read, change its password, add and edit monitors.
    s.get(&keys, "orders", &[]).await.read();
    s.get(&keys, "rumUsage", &[]).await.read();
    s.get(&keys, "getServiceList", &[]).await.read();
    let added = s
        .post(
            &keys,
            "addMonitor",
            &[
                ("orderId", &o),
                ("type", "external"),
                ("name", "mine"),
                ("url", "https://a.example"),
            ],
        )
        .await
        .data();
    let id = added["monitorId"].as_i64().unwrap();
    s.post(
        &keys,
        "editMonitor",
        &[
            ("monitorId", &s_(id)),
            ("name", "renamed"),
            ("interval", "10"),
        ],
    )
    .await
    .data();
    assert_eq!(s.monitor(id).await["name"], "renamed");
    s.post(&keys, "editUser", &[("password", "new password")])
        .await
        .data();
    let hex = common::server::sha256_hex("new password");
    s.raw(
        false,
        &[
            ("action", "apikey"),
            ("userName", "ann@example.com"),
            ("password", &hex),
            ("version", "3"),
        ],
    )
    .await
    .read();
    // The same actions are fine for the reseller acting for the client.
    s.post(
        &s.reseller,
        "buyService",
        &[
            ("clientApikey", &apikey),
            ("code", "loadTester"),
            ("quantity", "2"),
        ],
    )
    .await
    .data();
}

#[tokio::test]
async fn r3_managed_monitors_are_read_only_for_the_client() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    let managed = s
        .add_order(
            &apikey,
            "external:5,rum:2,rumPageviews:1000",
            &[("managed", "true")],
        )
        .await;
    let own = s.add_order(&apikey, "external:5", &[]).await;
    let m = s.add_monitor(managed, "external", "managed one").await;
    let keys = s.client_keys("ann@example.com").await;

    let seen = s
        .get(&keys, "monitorInfo", &[("monitorId", &s_(m))])
        .await
        .read();
    assert_eq!(
        (seen["managed"].clone(), seen["managedBy"].clone()),
        (json!(true), json!("Managed by Provider"))
    );
    for resp in [
        s.post(
            &keys,
            "editMonitor",
            &[("monitorId", &s_(m)), ("name", "mine now")],
        )
        .await,
        s.post(&keys, "deleteMonitor", &[("monitorIds", &s_(m))])
            .await,
        s.post(
            &keys,
            "ChangeMonitorOrder",
            &[("monitorId", &s_(m)), ("orderId", &s_(own))],
        )
        .await,
        s.post(
            &keys,
            "addMonitor",
            &[
                ("orderId", &s_(managed)),
                ("type", "external"),
                ("name", "x"),
                ("url", "https://a.example"),
            ],
        )
        .await,
    ] {
        assert_eq!((resp.status, resp.code()), (403, 8), "{resp:?}");
    }
    let dashboard = s.get(&keys, "dashboard", &[]).await.read();
    assert_eq!(dashboard["managedMonitors"], json!([m]));
    // The reseller may do all of it.
    s.post(
        &s.reseller,
        "editMonitor",
        &[("monitorId", &s_(m)), ("name", "by provider")],
    )
    .await
    .data();
    let moved = s
        .post(
            &s.reseller,
            "ChangeMonitorOrder",
            &[("monitorId", &s_(m)), ("orderId", &s_(own))],
        )
        .await
        .data();
    assert_eq!(moved, json!({ "monitorId": m, "result": "moved" }));
    // Now in a non-managed order, the client may edit it.
    s.post(
        &keys,
        "editMonitor",
        &[("monitorId", &s_(m)), ("name", "mine now")],
    )
    .await
    .data();
}

#[tokio::test]
async fn r4_branding_replaces_logo_and_support_and_disables_chat() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    s.add_order(&apikey, "external:1,rum:1,rumPageviews:10", &[])
        .await;
    let before = s
        .get(&s.reseller, "dashboard", &[("clientApikey", &apikey)])
        .await
        .read();
    assert_eq!(before["logo"]["reseller"], false);
    assert_eq!(before["support"]["reseller"], false);
    assert_eq!(
        (
            before["buttons"]["liveChat"].clone(),
            before["buttons"]["submitRequest"].clone()
        ),
        (json!(true), json!(true))
    );
    assert_eq!(
        s.get(&s.reseller, "branding", &[]).await.read(),
        json!({"logoUrl":null,"supportEmail":null,"supportPhone":null,"supportUrl":null})
    );

    s.post(
        &s.reseller,
        "setBranding",
        &[
            ("logoUrl", "https://acme.example/logo.svg"),
            ("supportEmail", "help@acme.example"),
        ],
    )
    .await
    .data();
    let after = s
        .get(&s.reseller, "dashboard", &[("clientApikey", &apikey)])
        .await
        .read();
    assert_eq!(
        after["logo"],
        json!({ "url": "https://acme.example/logo.svg", "reseller": true })
    );
    assert_eq!(
        after["support"],
        json!({ "email": "help@acme.example", "phone": null, "url": null, "reseller": true })
    );
    assert_eq!(
        (
            after["buttons"]["liveChat"].clone(),
            after["buttons"]["submitRequest"].clone()
        ),
        (json!(false), json!(false))
    );
    for button in [
        "upgrade",
        "terminateAccount",
        "apiKeyReset",
        "buyOneTime",
        "userVoice",
        "trial",
    ] {
        assert_eq!(after["buttons"][button], false, "{button}");
    }
    assert_eq!(
        after["pages"],
        json!({ "billing": false, "featuredServices": false, "planDetails": true })
    );
    assert_eq!(after["activeFeatures"], json!(["external", "rum"]));
    assert_eq!(
        after["inactiveFeatures"],
        json!(["transaction", "fullPageLoad", "internal", "sms"])
    );

    let bad = s
        .post(
            &s.reseller,
            "setBranding",
            &[("logoUrl", "javascript:alert(1)")],
        )
        .await;
    assert_eq!(bad.code(), 1);
    // Empty values clear the branding: the defaults come back.
    s.post(
        &s.reseller,
        "setBranding",
        &[("logoUrl", ""), ("supportEmail", "")],
    )
    .await
    .data();
    let cleared = s
        .get(&s.reseller, "dashboard", &[("clientApikey", &apikey)])
        .await
        .read();
    assert_eq!(cleared["logo"]["reseller"], false);
    assert_eq!(cleared["buttons"]["liveChat"], true);
}

#[tokio::test]
async fn r5_plan_is_the_sum_of_active_orders_with_services_across_all_packages() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    let first = s
        .add_order(
            &apikey,
            "external:5,rum:2,rumPageviews:1000",
            &[("name", "Starter")],
        )
        .await;
    let second = s
        .add_order(&apikey, "external:3,sms:20", &[("name", "Extras")])
        .await;
    let third = s
        .add_order(&apikey, "internal:4", &[("name", "Agents")])
        .await;
    s.order_action("suspendOrder", third).await.data();
    let rum = s.add_monitor(first, "rum", "visitors").await;
    s.pageviews(rum, 400).await;
    s.add_monitor(second, "external", "up").await;
    for (code, quantity) in [
        ("loadTester", "5"),
        ("traceroute", "10"),
        ("loadTester", "2"),
    ] {
        s.post(
            &s.reseller,
            "buyService",
            &[
                ("clientApikey", &apikey),
                ("code", code),
                ("quantity", quantity),
            ],
        )
        .await
        .data();
    }
    let info = s
        .get(
            &s.reseller,
            "userInfo",
            &[("clientApikey", &apikey), ("loadUserPlan", "true")],
        )
        .await
        .read();
    let plan = &info["plan"];
    let totals: Vec<(String, u64, u64)> = plan["totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["code"].as_str().unwrap().to_string(),
                t["quantity"].as_u64().unwrap(),
                t["used"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        totals,
        [
            ("external".into(), 8, 1),
            ("rum".into(), 2, 1),
            ("rumPageviews".into(), 1000, 400),
            ("sms".into(), 20, 0)
        ]
    );
    assert_eq!(ids(&plan["orders"]), [first, second]);
    assert_eq!(plan["orders"][0]["name"], "Starter");
    assert_eq!(
        plan["servicesAcrossAllPackages"],
        json!([
            { "code": "loadTester", "name": "Load tester", "quantity": 7, "used": 0 },
            { "code": "traceroute", "name": "Traceroute", "quantity": 10, "used": 0 },
        ])
    );
    assert_eq!(
        plan["inactiveFeatures"],
        json!(["transaction", "fullPageLoad", "internal"])
    );
    assert_eq!(
        plan["basketItems"][0],
        json!({ "name": "Uptime monitors", "quantity": 8 })
    );
    // The client reads the same plan with its own keys.
    let keys = s.client_keys("ann@example.com").await;
    let own = s
        .get(&keys, "userInfo", &[("loadUserPlan", "true")])
        .await
        .read();
    assert_eq!(own["plan"], *plan);
}

#[tokio::test]
async fn r6_thresholds_suspend_above_reactivate_below_and_keep_at_equality() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    let order = s.add_order(&apikey, "rum:4,rumPageviews:1000", &[]).await;
    let a = s.add_monitor(order, "rum", "a").await;
    let b = s.add_monitor(order, "rum", "b").await;
    let c = s.add_monitor(order, "rum", "c").await;
    s.pageviews(a, 600).await;
    s.pageviews(b, 300).await;
    s.pageviews(c, 100).await;
    // used = ordered = 1000: nothing changes.
    for m in [a, b, c] {
        assert_eq!(state(&s.monitor(m).await), ("active".into(), Value::Null));
    }
    // 1001 > 1000: every RUM monitor of the order is suspended for pageviews.
    s.pageviews(c, 1).await;
    for m in [a, b, c] {
        assert_eq!(
            state(&s.monitor(m).await),
            ("suspended".into(), json!("pageviews"))
        );
    }
    // A suspended monitor counts no new pageviews.
    let counted = s.pageviews(a, 500).await;
    assert_eq!(counted["pageviews"], 600);
    // Deleting c (101) leaves 900 < 1000: reactivated automatically.
    s.post(&s.reseller, "deleteMonitor", &[("monitorIds", &s_(c))])
        .await
        .data();
    for m in [a, b] {
        assert_eq!(state(&s.monitor(m).await), ("active".into(), Value::Null));
    }
    // Back over, then a deletion that lands exactly on 1000: they stay suspended.
    let d = s.add_monitor(order, "rum", "d").await;
    s.pageviews(d, 101).await; // 1001
    s.pageviews(b, 0).await;
    assert_eq!(state(&s.monitor(b).await).1, json!("pageviews"));
    let usage = s
        .get(&s.reseller, "rumUsage", &[("orderId", &s_(order))])
        .await
        .read();
    assert_eq!(
        usage,
        json!([{ "orderId": order, "clientId": usage[0]["clientId"], "orderName": "Order", "managed": false,
                 "status": "active", "cycleStart": usage[0]["cycleStart"], "ordered": 1000, "used": 1001,
                 "remaining": 0, "rumMonitors": 3, "suspendedMonitors": 3, "monitorSlots": 4 }])
    );
    let e = s.add_monitor(order, "rum", "e").await;
    assert_eq!(
        state(&s.monitor(e).await).1,
        json!("pageviews"),
        "a new RUM monitor joins the suspension"
    );
    // Deleting e (0 pageviews) changes nothing; the quota test is on the sum.
    s.post(&s.reseller, "deleteMonitor", &[("monitorIds", &s_(e))])
        .await
        .data();
    assert_eq!(state(&s.monitor(a).await).1, json!("pageviews"));

    // The next billing cycle restarts the count and reactivates them all.
    let cycle_before = s.order(order).await["cycleStart"].clone();
    let next = s.post(&s.reseller, "sandboxNextCycle", &[]).await.data();
    assert_eq!(next["orders"], 1);
    for m in [a, b, d] {
        let monitor = s.monitor(m).await;
        assert_eq!(
            (state(&monitor), monitor["pageviews"].clone()),
            (("active".into(), Value::Null), json!(0))
        );
    }
    assert_ne!(s.order(order).await["cycleStart"], cycle_before);
}

#[tokio::test]
async fn r6_moving_monitors_reactivates_them_and_reevaluates_both_orders() {
    let s = Server::demo().await;
    // Demo: Ann's "Web Starter" (order 1) is over quota with RUM monitors 3, 4, 5 (123,000
    // of 100,000); "Growth" (order 2) has 4 free RUM slots and 420,000 pageviews left.
    let usage = s
        .get(&s.reseller, "rumUsage", &[("orderId", "1")])
        .await
        .read();
    assert_eq!(
        (
            usage[0]["used"].clone(),
            usage[0]["suspendedMonitors"].clone()
        ),
        (json!(123000), json!(3))
    );
    let moved = s
        .post(
            &s.reseller,
            "BulkChangeMonitorOrder",
            &[("monitorIds", "3"), ("orderId", "2")],
        )
        .await
        .data();
    assert_eq!(
        moved,
        json!({ "moved": [3], "unchanged": [], "failed": [] })
    );
    let m3 = s.monitor(3).await;
    assert_eq!(
        (state(&m3), m3["pageviews"].clone(), m3["orderId"].clone()),
        (("active".into(), Value::Null), json!(52000), json!(2))
    );
    // The source is now at 71,000 < 100,000: its remaining RUM monitors are reactivated.
    for m in [4, 5] {
        assert_eq!(state(&s.monitor(m).await), ("active".into(), Value::Null));
    }
    let growth = s
        .get(&s.reseller, "rumUsage", &[("orderId", "2")])
        .await
        .read();
    assert_eq!(
        (growth[0]["used"].clone(), growth[0]["rumMonitors"].clone()),
        (json!(132000), json!(2))
    );
}

#[tokio::test]
async fn r6_a_target_pushed_over_its_quota_is_suspended() {
    let s = Server::start().await;
    let apikey = s.add_client("ann@example.com").await;
    let big = s.add_order(&apikey, "rum:2,rumPageviews:100000", &[]).await;
    let small = s.add_order(&apikey, "rum:2,rumPageviews:100", &[]).await;
    let heavy = s.add_monitor(big, "rum", "heavy").await;
    let light = s.add_monitor(small, "rum", "light").await;
    s.pageviews(heavy, 500).await;
    s.post(
        &s.reseller,
        "ChangeMonitorOrder",
        &[("monitorId", &s_(heavy)), ("orderId", &s_(small))],
    )
    .await
    .data();
    for m in [heavy, light] {
        assert_eq!(
            state(&s.monitor(m).await),
            ("suspended".into(), json!("pageviews"))
        );
    }
}

#[tokio::test]
async fn r7_move_validation_single_and_bulk() {
    let s = Server::start().await;
    let ann = s.add_client("ann@example.com").await;
    let bob = s.add_client("bob@example.com").await;
    let source = s
        .add_order(&ann, "external:10,rum:5,rumPageviews:1000", &[])
        .await;
    let target = s
        .add_order(&ann, "external:2,rum:1,rumPageviews:1000", &[])
        .await;
    let inactive = s.add_order(&ann, "external:10", &[]).await;
    let bobs = s.add_order(&bob, "external:10", &[]).await;
    s.order_action("suspendOrder", inactive).await.data();
    let e: Vec<i64> = [
        s.add_monitor(source, "external", "e1").await,
        s.add_monitor(source, "external", "e2").await,
        s.add_monitor(source, "external", "e3").await,
    ]
    .to_vec();
    let r1 = s.add_monitor(source, "rum", "r1").await;
    let r2 = s.add_monitor(source, "rum", "r2").await;
    let already = s.add_monitor(target, "external", "in target").await;

    let refused = s
        .post(
            &s.reseller,
            "ChangeMonitorOrder",
            &[("monitorId", &s_(e[0])), ("orderId", &s_(inactive))],
        )
        .await;
    assert_eq!(
        (refused.status, refused.code(), refused.message()),
        (
            409,
            9,
            format!("order {inactive} is suspended: only an active order takes monitors").as_str()
        )
    );
    let other_client = s
        .post(
            &s.reseller,
            "ChangeMonitorOrder",
            &[("monitorId", &s_(e[0])), ("orderId", &s_(bobs))],
        )
        .await;
    assert_eq!(other_client.code(), 9);
    assert!(
        other_client.message().contains("another client"),
        "{other_client:?}"
    );
    let missing = s
        .post(
            &s.reseller,
            "ChangeMonitorOrder",
            &[("monitorId", &s_(e[0])), ("orderId", "9999")],
        )
        .await;
    assert_eq!(missing.code(), 5);
    let unchanged = s
        .post(
            &s.reseller,
            "ChangeMonitorOrder",
            &[("monitorId", &s_(already)), ("orderId", &s_(target))],
        )
        .await
        .data();
    assert_eq!(unchanged["result"], "unchanged");

    // Bulk: target has 1 free external slot and 1 free RUM slot. e1 takes the external slot,
    // so e2 and e3 fail for the slot that e1 took in the same request.
    let list = format!("{},{},{},{},{},{},99999", e[0], e[1], e[2], r1, r2, already);
    let bulk = s
        .post(
            &s.reseller,
            "BulkChangeMonitorOrder",
            &[("monitorIds", &list), ("orderId", &s_(target))],
        )
        .await
        .data();
    assert_eq!(bulk["moved"], json!([e[0], r1]));
    assert_eq!(bulk["unchanged"], json!([already]));
    let failed: Vec<(i64, u64, String)> = bulk["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["monitorId"].as_i64().unwrap(),
                f["errorCode"].as_u64().unwrap(),
                f["error"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let no_external = format!("order {target} has no free external slot (2 ordered, 2 linked)");
    let no_rum = format!("order {target} has no free rum slot (1 ordered, 1 linked)");
    assert_eq!(
        failed,
        [
            (e[1], 9, no_external.clone()),
            (e[2], 9, no_external),
            (r2, 9, no_rum),
            (99999, 5, "no such monitor: 99999".to_string()),
        ]
    );
    // What moved moved, what failed stayed.
    let in_target = s
        .get(&s.reseller, "monitors", &[("orderId", &s_(target))])
        .await
        .read();
    assert_eq!(ids(&in_target), [e[0], r1, already]);
    let in_source = s
        .get(&s.reseller, "monitors", &[("orderId", &s_(source))])
        .await
        .read();
    assert_eq!(ids(&in_source), [e[1], e[2], r2]);
    // The client moves its own monitors between its own orders too.
    let keys = s.client_keys("ann@example.com").await;
    let back = s
        .post(
            &keys,
            "ChangeMonitorOrder",
            &[("monitorId", &s_(e[0])), ("orderId", &s_(source))],
        )
        .await
        .data();
    assert_eq!(back["result"], "moved");
}

#[tokio::test]
async fn r8_unpaid_suspends_for_billing_and_extend_all_reactivates_only_those() {
    let s = Server::start().await;
    let ann = s.add_client("ann@example.com").await;
    let kept = s.add_order(&ann, "external:2", &[]).await;
    let by_reseller = s.add_order(&ann, "external:2", &[]).await;
    let monitor = s.add_monitor(kept, "external", "up").await;
    s.order_action("suspendOrder", by_reseller).await.data();

    s.set_paid(false).await;
    let suspended_by = |o: Value| {
        (
            o["status"].as_str().unwrap().to_string(),
            o["suspendedBy"].clone(),
        )
    };
    assert_eq!(
        suspended_by(s.order(kept).await),
        ("suspended".into(), json!("billing"))
    );
    assert_eq!(
        suspended_by(s.order(by_reseller).await),
        ("suspended".into(), json!("reseller"))
    );
    assert_eq!(
        state(&s.monitor(monitor).await),
        ("suspended".into(), json!("order"))
    );
    // New orders of an unpaid reseller start suspended for billing.
    let late = s.add_order(&ann, "external:1", &[]).await;
    assert_eq!(
        suspended_by(s.order(late).await),
        ("suspended".into(), json!("billing"))
    );
    // Nothing comes back before payment.
    let early = s.post(&s.reseller, "extendAllClients", &[]).await;
    assert_eq!((early.status, early.code()), (403, 6));
    assert_eq!(s.order_action("activateOrder", kept).await.code(), 6);

    s.set_paid(true).await;
    assert_eq!(
        suspended_by(s.order(kept).await).0,
        "suspended",
        "payment alone reactivates nothing"
    );
    let extended = s.post(&s.reseller, "extendAllClients", &[]).await.data();
    assert_eq!(extended, json!({ "reactivatedOrders": 2 }));
    assert_eq!(
        suspended_by(s.order(kept).await),
        ("active".into(), Value::Null)
    );
    assert_eq!(
        suspended_by(s.order(late).await),
        ("active".into(), Value::Null)
    );
    assert_eq!(
        suspended_by(s.order(by_reseller).await),
        ("suspended".into(), json!("reseller"))
    );
    assert_eq!(
        state(&s.monitor(monitor).await),
        ("active".into(), Value::Null)
    );
}

#[tokio::test]
async fn r9_end_date_and_grace_and_monitors_follow_their_order() {
    let s = Server::start().await;
    let ann = s.add_client("ann@example.com").await;
    let today = chrono::Utc::now().date_naive();
    let ago = |days: u64| {
        (today - chrono::Days::new(days))
            .format("%Y-%m-%d")
            .to_string()
    };
    let start = ago(100);
    // Ended 10 days ago with 15 days of grace: still active.
    let graced = s
        .add_order(
            &ann,
            "external:1",
            &[
                ("startDate", &start),
                ("endDate", &ago(10)),
                ("gracePeriod", "15"),
            ],
        )
        .await;
    // Ended 10 days ago with 9 days of grace: suspended for its end date.
    let ended = s
        .add_order(
            &ann,
            "external:1",
            &[
                ("startDate", &start),
                ("endDate", &ago(10)),
                ("gracePeriod", "9"),
            ],
        )
        .await;
    let g = s.order(graced).await;
    assert_eq!(
        (g["status"].clone(), g["gracePeriod"].clone()),
        (json!("active"), json!(15))
    );
    let e = s.order(ended).await;
    assert_eq!(
        (e["status"].clone(), e["suspendedBy"].clone()),
        (json!("suspended"), json!("endDate"))
    );
    let refused = s.order_action("activateOrder", ended).await;
    assert_eq!(refused.code(), 9);
    let too_long = s
        .post(
            &s.reseller,
            "addOrder",
            &[
                ("clientApikey", &ann),
                ("services", "external:1"),
                ("gracePeriod", "46"),
            ],
        )
        .await;
    assert_eq!(
        (too_long.code(), too_long.message()),
        (1, "gracePeriod must be 0..45 days, got 46")
    );

    // Suspending an order suspends its monitors (reason order); activating restores
    // them subject to R6: RUM monitors over quota come back suspended for pageviews.
    let order = s
        .add_order(&ann, "external:2,rum:2,rumPageviews:100", &[])
        .await;
    let up = s.add_monitor(order, "external", "up").await;
    let rum = s.add_monitor(order, "rum", "rum").await;
    s.pageviews(rum, 101).await;
    assert_eq!(state(&s.monitor(rum).await).1, json!("pageviews"));
    s.order_action("suspendOrder", order).await.data();
    for m in [up, rum] {
        assert_eq!(
            state(&s.monitor(m).await),
            ("suspended".into(), json!("order"))
        );
    }
    s.order_action("activateOrder", order).await.data();
    assert_eq!(state(&s.monitor(up).await), ("active".into(), Value::Null));
    assert_eq!(
        state(&s.monitor(rum).await),
        ("suspended".into(), json!("pageviews"))
    );

    s.order_action("deleteOrder", order).await.data();
    assert_eq!(s.order(order).await["status"], "deleted");
    assert_eq!(
        state(&s.monitor(up).await),
        ("suspended".into(), json!("order"))
    );
    let listed = s
        .get(&s.reseller, "orders", &[("clientApikey", &ann)])
        .await
        .read();
    assert_eq!(ids(&listed), [graced, ended]);
    let deleted = s
        .get(&s.reseller, "orders", &[("status", "deleted")])
        .await
        .read();
    assert_eq!(ids(&deleted), [order]);
    assert_eq!(s.order_action("activateOrder", order).await.code(), 1);
}
