//! Issue 21 (stretch): the reseller's own full page load monitors, driven over HTTP as
//! the MApi PHP SDK (`MFullPageLoadMonitor`) and CPAN `Monitis::FullPageLoadMonitors`
//! send their calls (`common::sdk`). Location ids come from `fullPageLoadLocations`.

mod common;

use common::sdk::{Mapi, Perl, hosted};
use common::server::Server;
use serde_json::{Value, json};

fn mapi(s: &Server) -> Mapi<'_> {
    Mapi {
        s,
        keys: s.reseller.clone(),
        version: "2",
    }
}

async fn location_ids(m: &Mapi<'_>) -> Vec<i64> {
    let list = m.get("fullPageLoadLocations", &[]).await.read();
    list.as_array()
        .expect("a list of locations")
        .iter()
        .map(|l| {
            assert!(
                l["name"].is_string() && l["minCheckInterval"].is_number(),
                "{l}"
            );
            l["id"].as_i64().unwrap()
        })
        .collect()
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect()
}

/// `MFullPageLoadMonitor::addMonitor($name, $tag, $url, $locationIds, $intervals,
/// $timeout)` with an interval per location, then `requestMonitorInfo`,
/// `editMonitor`, `requestMonitors` and `deleteMonitors` (which sends `monitorId`).
#[tokio::test]
async fn mapi_full_page_load_monitor_lifecycle() {
    let s = hosted().await;
    let m = mapi(&s);
    let locs = location_ids(&m).await;
    let (a, b) = (locs[0], locs[1]);
    let id = m
        .post(
            "addFullPageLoadMonitor",
            &[
                ("name", "shop home"),
                ("tag", "shop"),
                ("url", "https://shop.example.com/"),
                ("locationIds", &format!("{a},{b}")),
                ("checkInterval", "5,10"),
                ("timeout", "20000"),
                ("uptimeSLA", "99.5"),
            ],
        )
        .await
        .data()["testId"]
        .as_i64()
        .expect("testId");
    let id_text = id.to_string();
    let info = m
        .get("fullPageLoadTestInfo", &[("monitorId", &id_text)])
        .await
        .read();
    let intervals: Vec<(i64, i64)> = info["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["id"].as_i64().unwrap(),
                l["checkInterval"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(intervals, [(a, 5), (b, 10)]);
    assert_eq!(
        (
            &info["testId"],
            &info["name"],
            &info["tag"],
            &info["timeout"]
        ),
        (
            &json!(id),
            &json!("shop home"),
            &json!("shop"),
            &json!(20000)
        )
    );
    assert_eq!(
        (&info["uptimeSLA"], &info["isSuspended"]),
        (&json!(99.5), &json!(0))
    );
    // `editMonitor` sends every field again; one interval serves every location.
    m.post(
        "editFullPageLoadMonitor",
        &[
            ("monitorId", &id_text),
            ("name", "shop front"),
            ("tag", "shop"),
            ("url", "https://shop.example.com/"),
            ("locationIds", &a.to_string()),
            ("checkInterval", "15"),
            ("timeout", "30000"),
        ],
    )
    .await
    .data();
    let info = m
        .get("fullPageLoadTestInfo", &[("monitorId", &id_text)])
        .await
        .read();
    assert_eq!(info["name"], "shop front");
    assert_eq!(info["locations"][0]["checkInterval"], 15);
    assert_eq!(info["locations"].as_array().unwrap().len(), 1);
    let tests = m.get("fullPageLoadTests", &[]).await.read();
    assert_eq!(
        tests,
        json!([{ "id": id, "name": "shop front", "tag": "shop",
                 "url": "https://shop.example.com/", "isSuspended": 0 }])
    );
    m.post("deleteFullPageLoadMonitor", &[("monitorId", &id_text)])
        .await
        .data();
    assert_eq!(m.get("fullPageLoadTests", &[]).await.read(), json!([]));
    let gone = m
        .get("fullPageLoadTestInfo", &[("monitorId", &id_text)])
        .await;
    assert_eq!(gone.code(), 5);
}

/// CPAN's `add` (its POD's parameters), `suspend(tag => …)`, `activate` and
/// `delete(monitorIds => …)`.
#[tokio::test]
async fn cpan_suspend_by_tag_and_delete_by_monitor_ids() {
    let s = hosted().await;
    let p = Perl {
        s: &s,
        keys: s.reseller.clone(),
    };
    let locs = location_ids(&mapi(&s)).await;
    let add = |name: &'static str, tag: &'static str| {
        let p = &p;
        let where_ = format!("{},{}", locs[0], locs[1]);
        async move {
            p.post(
                "addFullPageLoadMonitor",
                &[
                    ("name", name),
                    ("tag", tag),
                    ("locationIds", &where_),
                    ("checkInterval", "3"),
                    ("url", "ya.ru"),
                    ("timeout", "10"),
                ],
            )
            .await
            .data()["testId"]
                .as_i64()
                .unwrap()
        }
    };
    let first = add("4234234", "test").await;
    let other = add("other", "prod").await;
    let suspended = p
        .post("suspendFullPageLoadMonitor", &[("tag", "test")])
        .await;
    assert_eq!(
        suspended.body,
        json!({ "status": "ok", "data": { "failedToSuspend": [] } })
    );
    let tests = p.get("fullPageLoadTests", &[]).await.read();
    let states: Vec<(i64, i64)> = tests
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["id"].as_i64().unwrap(),
                t["isSuspended"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(states, [(first, 1), (other, 0)]);
    p.post(
        "activateFullPageLoadMonitor",
        &[("monitorIds", &first.to_string())],
    )
    .await
    .data();
    assert_eq!(
        p.get("fullPageLoadTests", &[]).await.read()[0]["isSuspended"],
        0
    );
    // All or none: one unknown id deletes nothing.
    let refused = p
        .post(
            "deleteFullPageLoadMonitor",
            &[("monitorIds", &format!("{first},424242"))],
        )
        .await;
    assert_eq!(refused.code(), 5);
    assert_eq!(
        ids(&p.get("fullPageLoadTests", &[]).await.read()),
        [first, other]
    );
    p.post(
        "deleteFullPageLoadMonitor",
        &[("monitorIds", &first.to_string())],
    )
    .await
    .data();
    assert_eq!(ids(&p.get("fullPageLoadTests", &[]).await.read()), [other]);
}

#[tokio::test]
async fn add_full_page_load_refusals_name_the_fix() {
    let s = hosted().await;
    let m = mapi(&s);
    let locs = location_ids(&m).await;
    let two = format!("{},{}", locs[0], locs[1]);
    let add = |interval: &'static str, timeout: &'static str| {
        let (m, two) = (&m, two.clone());
        async move {
            m.post(
                "addFullPageLoadMonitor",
                &[
                    ("name", "n"),
                    ("tag", "t"),
                    ("url", "https://example.com"),
                    ("locationIds", &two),
                    ("checkInterval", interval),
                    ("timeout", timeout),
                ],
            )
            .await
        }
    };
    let three = add("5,10,15", "1000").await;
    assert_eq!(three.code(), 1);
    assert!(three.message().contains("one per location"), "{three:?}");
    let odd = add("7", "1000").await;
    assert_eq!(odd.code(), 1);
    assert!(
        odd.message().contains("[1, 3, 5, 10, 15, 20, 30, 40, 60]"),
        "{odd:?}"
    );
    assert_eq!(add("5", "0").await.code(), 1);
    let no_locations = m
        .post(
            "addFullPageLoadMonitor",
            &[
                ("name", "n"),
                ("tag", "t"),
                ("url", "https://example.com"),
                ("timeout", "5"),
            ],
        )
        .await;
    assert_eq!(no_locations.code(), 1);
    assert!(
        no_locations.message().contains("locationIds"),
        "{no_locations:?}"
    );
}

/// A client's full page load monitors live in its orders (`addMonitor
/// type=fullPageLoad`): here a client has none, and may add none.
#[tokio::test]
async fn full_page_load_monitors_here_are_the_resellers_own() {
    let s = hosted().await;
    let ann = s.add_client("ann@example.com").await;
    s.add_order(&ann, "fullPageLoad:1", &[]).await;
    let as_ann = Mapi {
        s: &s,
        keys: s.client_keys("ann@example.com").await,
        version: "2",
    };
    let locs = location_ids(&as_ann).await;
    let params = [
        ("name", "n"),
        ("tag", "t"),
        ("url", "https://example.com"),
        ("locationIds", &*locs[0].to_string()),
        ("checkInterval", "5"),
        ("timeout", "1000"),
    ];
    let refused = as_ann.post("addFullPageLoadMonitor", &params).await;
    assert_eq!(refused.code(), 7);
    assert!(refused.message().contains("addMonitor"), "{refused:?}");
    assert_eq!(as_ann.get("fullPageLoadTests", &[]).await.read(), json!([]));
    // The reseller's own monitor is none of the client's.
    let own = mapi(&s)
        .post("addFullPageLoadMonitor", &params)
        .await
        .data()["testId"]
        .to_string();
    assert_eq!(
        as_ann
            .get("fullPageLoadTestInfo", &[("monitorId", &own)])
            .await
            .code(),
        5
    );
}

/// `MFullPageLoadMonitor::requestMonitorResults` (`monitorId`, day, `locationsIds`),
/// answered as `testresult` from the results the monitoring engine stores.
#[tokio::test]
async fn mapi_full_page_load_results() {
    let s = hosted().await;
    let m = mapi(&s);
    let locs = location_ids(&m).await;
    let id = m
        .post(
            "addFullPageLoadMonitor",
            &[
                ("name", "n"),
                ("tag", "t"),
                ("url", "https://example.com"),
                ("locationIds", &locs[0].to_string()),
                ("checkInterval", "5"),
                ("timeout", "1000"),
            ],
        )
        .await
        .data()["testId"]
        .as_i64()
        .unwrap();
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .unwrap();
    conn.execute(
        "INSERT INTO test_results (test_id, location_id, checked_at, status, perf)
         VALUES (?1, ?2, 1268733600, 'OK', 1250.0)",
        rusqlite::params![id, locs[0]],
    )
    .unwrap();
    let results = m
        .get(
            "fullPageLoadTestResult",
            &[
                ("monitorId", &id.to_string()),
                ("year", "2010"),
                ("month", "3"),
                ("day", "16"),
                ("locationsIds", &locs[0].to_string()),
            ],
        )
        .await
        .read();
    assert_eq!(
        results[0]["data"],
        json!([["2010-03-16 10:00", 1250.0, "OK"]])
    );
    assert_eq!(results[0]["id"], locs[0]);
}
