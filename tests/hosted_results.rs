//! Issue 21: external monitors' results (`testresult`, `testsLastValues`,
//! `teststatuses`), read from the results table the monitoring engine fills; these tests
//! write its rows into the SQLite file directly, then ask over HTTP as the public clients
//! do (`common::sdk`). Location ids come from the `locations` action, never literals.

mod common;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use common::sdk::{Java, Mapi, Perl, Whmcs, hosted};
use common::server::{Keys, Server};
use serde_json::{Value, json};

/// A location as `locations` lists it.
#[derive(Debug, Clone)]
struct Loc {
    id: i64,
    name: String,
}

/// A hosted server and its locations.
async fn hosted_with_locations() -> (Server, Vec<Loc>) {
    let s = hosted().await;
    let locs = locations(&s).await;
    (s, locs)
}

async fn locations(s: &Server) -> Vec<Loc> {
    let list = perl(s, &s.reseller).get("locations", &[]).await.read();
    list.as_array()
        .expect("a list of locations")
        .iter()
        .map(|l| Loc {
            id: l["id"].as_i64().unwrap(),
            name: l["name"].as_str().unwrap().to_string(),
        })
        .collect()
}

fn perl<'a>(s: &'a Server, keys: &Keys) -> Perl<'a> {
    Perl {
        s,
        keys: keys.clone(),
    }
}

/// The reseller's own external monitor checking from `locs` (CPAN's `add`): its id.
async fn own_test(s: &Server, name: &str, locs: &[&Loc]) -> i64 {
    let ids: Vec<String> = locs.iter().map(|l| l.id.to_string()).collect();
    perl(s, &s.reseller)
        .post(
            "addExternalMonitor",
            &[
                ("type", "http"),
                ("name", name),
                ("url", "http://google.com"),
                ("interval", "10"),
                ("timeout", "10000"),
                ("locationIds", &ids.join(",")),
                ("tag", "new tag"),
            ],
        )
        .await
        .data()["testId"]
        .as_i64()
        .expect("testId")
}

/// One check result, as the monitoring engine stores it.
struct Check<'a> {
    test: i64,
    loc: &'a Loc,
    at: DateTime<Utc>,
    perf: f64,
    failed: Option<&'a str>,
}

fn at(text: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
        .expect("a time")
        .and_utc()
}

/// Writes the checks into the server's database, as the monitoring engine does.
fn store(s: &Server, checks: &[Check]) {
    let conn = rusqlite::Connection::open(&s.db).expect("open the database");
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .unwrap();
    for c in checks {
        conn.execute(
            "INSERT INTO test_results (test_id, location_id, checked_at, status, perf, message)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![
                c.test,
                c.loc.id,
                c.at.timestamp(),
                if c.failed.is_some() { "NOK" } else { "OK" },
                c.perf,
                c.failed
            ],
        )
        .expect("insert a result");
    }
}

fn ok<'a>(test: i64, loc: &'a Loc, at_text: &str, perf: f64) -> Check<'a> {
    Check {
        test,
        loc,
        at: at(at_text),
        perf,
        failed: None,
    }
}

fn nok<'a>(test: i64, loc: &'a Loc, at_text: &str, why: &'a str) -> Check<'a> {
    Check {
        test,
        loc,
        at: at(at_text),
        perf: 0.0,
        failed: Some(why),
    }
}

const SLOW: &str = "Connection lasted more than 10 seconds.";

/// CPAN's `get_monitor_results(testId, day, month, year)` with `locationIds`: the
/// answer its POD shows, per location, `[time, perf, status]` with the trend.
#[tokio::test]
async fn cpan_monitor_results_of_a_day() {
    let (s, locs) = hosted_with_locations().await;
    let (a, b) = (&locs[0], &locs[1]);
    let test = own_test(&s, "google_http", &[a, b]).await;
    store(
        &s,
        &[
            ok(test, a, "2010-03-16 00:00:00", 115.0),
            ok(test, a, "2010-03-16 00:01:00", 117.0),
            nok(test, a, "2010-03-16 23:58:00", SLOW),
            ok(test, a, "2010-03-16 23:59:00", 146.0),
            // Other days are other answers.
            ok(test, a, "2010-03-15 23:59:59", 1.0),
            ok(test, a, "2010-03-17 00:00:00", 1.0),
            ok(test, b, "2010-03-16 12:00:00", 65.0),
        ],
    );
    let id = test.to_string();
    let results = perl(&s, &s.reseller)
        .get(
            "testresult",
            &[
                ("testId", &id),
                ("day", "16"),
                ("month", "3"),
                ("year", "2010"),
                ("locationIds", &a.id.to_string()),
            ],
        )
        .await
        .read();
    assert_eq!(
        results,
        json!([{
            "id": a.id, "locationName": a.name,
            "data": [
                ["2010-03-16 00:00", 115.0, "OK"],
                ["2010-03-16 00:01", 117.0, "OK"],
                ["2010-03-16 23:58", 0.0, "NOK"],
                ["2010-03-16 23:59", 146.0, "OK"],
            ],
            "trend": { "min": 115.0, "max": 146.0, "okcount": 3, "oksum": 378.0, "nokcount": 1 },
            "adddatas": [[SLOW, 1]],
        }])
    );
    // Without locationIds: every location the monitor checks from.
    let all = perl(&s, &s.reseller)
        .get(
            "testresult",
            &[
                ("testId", &id),
                ("day", "16"),
                ("month", "3"),
                ("year", "2010"),
            ],
        )
        .await
        .read();
    let ids: Vec<i64> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [a.id, b.id]);
    assert_eq!(all[1]["data"], json!([["2010-03-16 12:00", 65.0, "OK"]]));
}

/// The Java SDK's `getMonitorResults(monitorId, year, month, day, timezone, locationIds,
/// output)`: the day is the caller's, `timezone` minutes east of UTC, and the times are
/// shown in it; `timeformat` shapes them.
#[tokio::test]
async fn java_monitor_results_in_the_callers_time_zone() {
    let (s, locs) = hosted_with_locations().await;
    let a = &locs[0];
    let test = own_test(&s, "tz", &[a]).await;
    store(
        &s,
        &[
            // 2011-05-13 in UTC+4 runs from 05-12 20:00 to 05-13 20:00 UTC.
            ok(test, a, "2011-05-12 19:59:00", 1.0),
            ok(test, a, "2011-05-12 20:00:00", 10.0),
            ok(test, a, "2011-05-13 19:59:00", 20.0),
            ok(test, a, "2011-05-13 20:00:00", 2.0),
        ],
    );
    let j = Java {
        s: &s,
        keys: s.reseller.clone(),
    };
    let id = test.to_string();
    let base = [
        ("testId", id.as_str()),
        ("year", "2011"),
        ("month", "5"),
        ("day", "13"),
        ("timezone", "240"),
        ("output", "JSON"),
    ];
    let results = j.get("testresult", &base).await.read();
    assert_eq!(
        results[0]["data"],
        json!([
            ["2011-05-13 00:00", 10.0, "OK"],
            ["2011-05-13 23:59", 20.0, "OK"]
        ])
    );
    let mut formatted = base.to_vec();
    formatted.push(("timeformat", "HH:mm:ss"));
    let results = j.get("testresult", &formatted).await.read();
    assert_eq!(
        results[0]["data"],
        json!([["00:00:00", 10.0, "OK"], ["23:59:00", 20.0, "OK"]])
    );
}

/// The MApi SDK's `MExternalMonitor::requestMonitorResults($monitorId, $year, $month,
/// $day, $locationsIds, $timezone)`: version 3, signed; `MBase::_requestMonitorResults`
/// spells the locations `locationsIds`.
#[tokio::test]
async fn mapi_monitor_results_with_its_spelling_of_location_ids() {
    let (s, locs) = hosted_with_locations().await;
    let (a, b) = (&locs[0], &locs[1]);
    let test = own_test(&s, "mapi", &[a, b]).await;
    store(
        &s,
        &[
            ok(test, a, "2010-03-16 10:00:00", 5.0),
            ok(test, b, "2010-03-16 10:00:00", 6.0),
        ],
    );
    let m = Mapi {
        s: &s,
        keys: s.reseller.clone(),
        version: "3",
    };
    let results = m
        .get(
            "testresult",
            &[
                ("testId", &test.to_string()),
                ("year", "2010"),
                ("month", "3"),
                ("day", "16"),
                ("locationsIds", &b.id.to_string()),
                ("timezone", "60"),
            ],
        )
        .await
        .read();
    assert_eq!(
        results,
        json!([{
            "id": b.id, "locationName": b.name,
            "data": [["2010-03-16 11:00", 6.0, "OK"]],
            "trend": { "min": 6.0, "max": 6.0, "okcount": 1, "oksum": 6.0, "nokcount": 0 },
            "adddatas": [],
        }])
    );
}

/// `period` instead of a day: the last hours or days up to now.
#[tokio::test]
async fn monitor_results_of_a_period() {
    let (s, locs) = hosted_with_locations().await;
    let a = &locs[0];
    let test = own_test(&s, "recent", &[a]).await;
    let now = Utc::now();
    let check = |ago: Duration, perf: f64| Check {
        test,
        loc: a,
        at: now - ago,
        perf,
        failed: None,
    };
    store(
        &s,
        &[
            check(Duration::hours(1), 1.0),
            check(Duration::hours(50), 2.0),
        ],
    );
    let id = test.to_string();
    let w = Whmcs::connect(&s).await;
    let perf_of = |answer: &Value| -> Vec<f64> {
        answer[0]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|point| point[1].as_f64().unwrap())
            .collect()
    };
    let day = w
        .get("testresult", &[("testId", &id), ("period", "last24hour")])
        .await
        .read();
    assert_eq!(perf_of(&day), [1.0]);
    let three = w
        .get("testresult", &[("testId", &id), ("period", "last3day")])
        .await
        .read();
    assert_eq!(perf_of(&three), [2.0, 1.0]);
}

#[tokio::test]
async fn monitor_results_refusals_name_the_fix() {
    let (s, locs) = hosted_with_locations().await;
    let test = own_test(&s, "t", &[&locs[0]]).await.to_string();
    let p = perl(&s, &s.reseller);
    let refused = |params: Vec<(&'static str, String)>| {
        let p = &p;
        let test = test.clone();
        async move {
            let mut pairs: Vec<(&str, &str)> = vec![("testId", test.as_str())];
            pairs.extend(params.iter().map(|(k, v)| (*k, v.as_str())));
            p.get("testresult", &pairs).await
        }
    };
    let no_day = refused(vec![("month", "3".into()), ("year", "2010".into())]).await;
    assert_eq!(no_day.code(), 1);
    assert!(no_day.message().contains("or period"), "{no_day:?}");
    let bad_period = refused(vec![("period", "lastweek".into())]).await;
    assert_eq!(bad_period.code(), 1);
    assert!(bad_period.message().contains("last30day"), "{bad_period:?}");
    let no_date = refused(vec![
        ("day", "30".into()),
        ("month", "2".into()),
        ("year", "2010".into()),
    ])
    .await;
    assert_eq!(no_date.code(), 1);
    let zone = refused(vec![
        ("period", "last3day".into()),
        ("timezone", "5000".into()),
    ])
    .await;
    assert_eq!(zone.code(), 1);
    let format = refused(vec![
        ("period", "last3day".into()),
        ("timeformat", "yyyy-QQ".into()),
    ])
    .await;
    assert_eq!(format.code(), 1);
    assert!(format.message().contains("yyyy-MM-dd HH:mm"), "{format:?}");
    let place = refused(vec![
        ("period", "last3day".into()),
        ("locationIds", "424242".into()),
    ])
    .await;
    assert_eq!(place.code(), 1);
    assert!(place.message().contains("action=locations"), "{place:?}");
    let unknown = p
        .get("testresult", &[("testId", "999"), ("period", "last3day")])
        .await;
    assert_eq!(unknown.code(), 5);
}

/// A client's results: the reseller reads them with `clientApikey`, the client and its
/// sub-account with their own keys; another reseller does not find the monitor.
#[tokio::test]
async fn results_stay_within_the_monitors_account() {
    let (s, locs) = hosted_with_locations().await;
    let ann = s.add_client("ann@example.com").await;
    let order = s.add_order(&ann, "external:1", &[]).await.to_string();
    let test = s
        .post(
            &s.reseller,
            "addExternalMonitor",
            &[
                ("orderId", &order),
                ("type", "http"),
                ("name", "shop"),
                ("url", "https://shop.example.com"),
            ],
        )
        .await
        .data()["testId"]
        .as_i64()
        .unwrap();
    // A client's monitor checks from the first location (docs/protocol.md).
    let first = &locs[0];
    store(&s, &[ok(test, first, "2010-03-16 10:00:00", 42.0)]);
    let id = test.to_string();
    let day = [
        ("testId", id.as_str()),
        ("day", "16"),
        ("month", "3"),
        ("year", "2010"),
    ];
    let mut for_ann = day.to_vec();
    for_ann.push(("clientApikey", &ann));
    let by_reseller = perl(&s, &s.reseller)
        .get("testresult", &for_ann)
        .await
        .read();
    assert_eq!(
        by_reseller[0]["data"],
        json!([["2010-03-16 10:00", 42.0, "OK"]])
    );
    let ann_keys = s.client_keys("ann@example.com").await;
    let by_ann = perl(&s, &ann_keys).get("testresult", &day).await.read();
    assert_eq!(by_ann, by_reseller);
    let vera = perl(&s, &ann_keys)
        .post(
            "addSubAccount",
            &[
                ("firstName", "Vera"),
                ("lastName", "Viewer"),
                ("email", "vera@example.com"),
                ("password", "viewer pw"),
                ("group", "ops"),
            ],
        )
        .await
        .data();
    let by_vera = perl(&s, &Keys::of(&vera))
        .get("testresult", &day)
        .await
        .read();
    assert_eq!(by_vera, by_reseller);
    let other = s.add_reseller();
    assert_eq!(perl(&s, &other).get("testresult", &day).await.code(), 5);
    // R1: a client whose only order is suspended is locked out, results too.
    s.order_action("suspendOrder", order.parse().unwrap())
        .await
        .data();
    assert_eq!(perl(&s, &ann_keys).get("testresult", &day).await.code(), 6);
}

/// CPAN's `get_snapshot` and the .NET `getExternalSnapshots(usedLocationIds)` (a GET
/// with `apikey`, `output=json`, `version=2`, `locationIds`): per location, the latest
/// check of each monitor there.
#[tokio::test]
async fn tests_last_values_per_location() {
    let (s, locs) = hosted_with_locations().await;
    let (a, b) = (&locs[0], &locs[1]);
    let yahoo = own_test(&s, "yahoo.com_http", &[a, b]).await;
    let google = own_test(&s, "google.com_http", &[a]).await;
    store(
        &s,
        &[
            ok(yahoo, a, "2010-03-09 14:57:33", 700.0),
            ok(yahoo, a, "2010-03-09 14:58:33", 736.0),
            nok(yahoo, b, "2010-03-09 14:58:00", SLOW),
            ok(google, a, "2010-03-09 14:50:00", 99.5),
        ],
    );
    let location_ids = format!("{},{}", a.id, b.id);
    let pairs = [
        ("apikey", s.reseller.apikey.as_str()),
        ("output", "json"),
        ("version", "2"),
        ("action", "testsLastValues"),
        ("locationIds", &location_ids),
    ];
    let snapshot = s.raw(false, &pairs).await.read();
    let entry = |id: i64, name: &str, status: &str, perf: f64, time: &str| {
        json!({ "id": id, "name": name, "testType": "http", "status": status, "perf": perf,
                "tag": "new tag", "timeout": 10000, "time": time, "isSuspended": 0,
                "frequency": null })
    };
    assert_eq!(
        snapshot,
        json!([
            { "id": a.id, "locationName": a.name, "locationShortName": a.name, "data": [
                entry(yahoo, "yahoo.com_http", "OK", 736.0, "9 Mar 2010 14:58:33 GMT"),
                entry(google, "google.com_http", "OK", 99.5, "9 Mar 2010 14:50:00 GMT"),
            ]},
            { "id": b.id, "locationName": b.name, "locationShortName": b.name, "data": [
                entry(yahoo, "yahoo.com_http", "NOK", 0.0, "9 Mar 2010 14:58:00 GMT"),
            ]},
        ])
    );
    // CPAN's `get_snapshot` without locationIds: the locations the monitors check from.
    let all = perl(&s, &s.reseller)
        .get("testsLastValues", &[])
        .await
        .read();
    assert_eq!(all, snapshot);
    // The WHMCS add-on's `getExternalSnapshot($testId)` (`nocache=true`, `testId`).
    let w = Whmcs::connect(&s).await;
    let one = w
        .get(
            "testsLastValues",
            &[("nocache", "true"), ("testId", &google.to_string())],
        )
        .await
        .read();
    assert_eq!(one[0]["data"].as_array().unwrap().len(), 1);
    assert_eq!(one[0]["data"][0]["id"], google);
    // A suspended monitor says so.
    perl(&s, &s.reseller)
        .post(
            "suspendExternalMonitor",
            &[("monitorIds", &google.to_string())],
        )
        .await
        .data();
    let one = w
        .get("testsLastValues", &[("testId", &google.to_string())])
        .await
        .read();
    assert_eq!(one[0]["data"][0]["isSuspended"], 1);
}

/// The WHMCS add-on's `MonitisApi::externalSnapshot($monitorIds)` (`teststatuses`,
/// `nocache=true`): each monitor by `id` with its status; `serverslisttab.class.php`
/// unlinks a monitor missing from it, so one not yet checked is listed too.
#[tokio::test]
async fn whmcs_test_statuses() {
    let (s, locs) = hosted_with_locations().await;
    let (a, b) = (&locs[0], &locs[1]);
    let up = own_test(&s, "up", &[a, b]).await;
    let down = own_test(&s, "down", &[a, b]).await;
    let fresh = own_test(&s, "fresh", &[a]).await;
    store(
        &s,
        &[
            nok(up, a, "2010-03-09 14:00:00", SLOW),
            ok(up, a, "2010-03-09 14:01:00", 10.0),
            ok(up, b, "2010-03-09 14:01:00", 11.0),
            ok(down, a, "2010-03-09 14:01:00", 10.0),
            nok(down, b, "2010-03-09 14:01:00", SLOW),
        ],
    );
    let w = Whmcs::connect(&s).await;
    let statuses = w.get("teststatuses", &[("nocache", "true")]).await.read();
    assert_eq!(
        statuses,
        json!([
            { "id": up, "name": "up", "status": "OK", "isSuspended": 0 },
            { "id": down, "name": "down", "status": "NOK", "isSuspended": 0 },
            { "id": fresh, "name": "fresh", "status": null, "isSuspended": 0 },
        ])
    );
    let some = w
        .get(
            "teststatuses",
            &[
                ("nocache", "true"),
                ("monitorIds", &format!("{up},{fresh}")),
            ],
        )
        .await
        .read();
    assert_eq!(some.as_array().unwrap().len(), 2);
}

/// A deleted monitor's results go with it: a later monitor given the same id starts
/// with none.
#[tokio::test]
async fn a_deleted_monitors_results_go_with_it() {
    let (s, locs) = hosted_with_locations().await;
    let a = &locs[0];
    let first = own_test(&s, "first", &[a]).await;
    store(&s, &[ok(first, a, "2010-03-16 10:00:00", 42.0)]);
    let p = perl(&s, &s.reseller);
    p.post("deleteExternalMonitor", &[("testIds", &first.to_string())])
        .await
        .data();
    let again = own_test(&s, "again", &[a]).await;
    assert_eq!(
        again, first,
        "own monitors' ids are reused after the highest is deleted"
    );
    let results = p
        .get(
            "testresult",
            &[
                ("testId", &again.to_string()),
                ("day", "16"),
                ("month", "3"),
                ("year", "2010"),
            ],
        )
        .await
        .read();
    assert_eq!(results[0]["data"], json!([]));
}
