//! External monitors' results (docs/protocol.md, "Keys, layout, sub-account pages and
//! results"): `testresult`, `testsLastValues` and `teststatuses`, read from the check
//! results the monitoring engine stores (`store::results`) and shaped as the hosted API
//! answered.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde_json::{Value, json};

use super::compat::{LOCATIONS, location_ids, location_ids_in, own};
use super::{Ctx, Db, Reply, Res, bad, not_found, read};
use crate::params::Params;
use crate::store::MonitorQuery;
use crate::store::compat::{self as cs, OWN_MONITOR_BASE};
use crate::store::results::{self as rs, CheckResult};
use monitis_core::domain::validate::{MAX_DATE, MIN_DATE};
use monitis_core::protocol::model::{MonitorType, Status};

/// An external monitor as the result actions show it: a client's (in the caller's
/// scope) or, for a reseller acting for himself, one of his own.
pub(super) struct ExternalTest {
    pub id: i64,
    name: String,
    check_type: String,
    tag: String,
    timeout: u32,
    suspended: bool,
    location_ids: Vec<u32>,
}

/// Every external monitor the caller sees, by id.
fn external_tests(ctx: &Ctx) -> Res<Vec<ExternalTest>> {
    let query = MonitorQuery {
        kind: Some(MonitorType::External),
        ..Default::default()
    };
    let mut tests: Vec<ExternalTest> = crate::store::monitors(ctx.conn, ctx.scope(), query)
        .db()?
        .into_iter()
        .map(|row| ExternalTest {
            id: row.monitor.id,
            name: row.monitor.name,
            check_type: row.check_type.unwrap_or_else(|| "http".to_string()),
            // What `testinfo` shows of a client's monitor: it keeps no tag, timeout or
            // locations of its own.
            tag: "Default".to_string(),
            timeout: 10_000,
            suspended: row.monitor.status == Status::Suspended,
            location_ids: vec![LOCATIONS[0].id],
        })
        .collect();
    if let Some(reseller_id) = own(ctx) {
        tests.extend(
            cs::own_monitors(ctx.conn, reseller_id)
                .db()?
                .into_iter()
                .map(|m| ExternalTest {
                    id: m.id,
                    name: m.name,
                    check_type: m.check_type,
                    tag: m.tag,
                    timeout: m.timeout,
                    suspended: m.suspended,
                    location_ids: m.location_ids,
                }),
        );
    }
    Ok(tests)
}

/// The external monitor `id` of the caller's (`testId`, a page module's `dataModuleId`).
pub(super) fn external_test(ctx: &Ctx, id: i64) -> Res<ExternalTest> {
    // Own monitors' ids start at OWN_MONITOR_BASE: one table to read, not both.
    if id >= OWN_MONITOR_BASE && own(ctx).is_none() {
        return Err(not_found("external monitor", id));
    }
    external_tests(ctx)?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or_else(|| not_found("external monitor", id))
}

/// The ids a comma-separated parameter lists, when it is given.
fn listed(p: &Params, name: &str) -> Res<Option<BTreeSet<i64>>> {
    p.get(name)
        .map(|_| p.ids(name).map(|ids| ids.into_iter().collect()))
        .transpose()
}

fn location_name(id: u32) -> &'static str {
    LOCATIONS.iter().find(|l| l.id == id).map_or("", |l| l.name)
}

const PERIODS: [(&str, i64); 4] = [
    ("last24hour", 1),
    ("last3day", 3),
    ("last7day", 7),
    ("last30day", 30),
];

/// At most this far from UTC, in minutes, a `timezone` may be (UTC-12 to UTC+14).
const MAX_TIMEZONE_MINUTES: i64 = 14 * 60;

/// The caller's offset from UTC in minutes east (`timezone`, or `timezoneoffset`).
fn timezone(p: &Params) -> Res<i64> {
    let name = if p.get("timezone").is_some() {
        "timezone"
    } else {
        "timezoneoffset"
    };
    match p.parsed::<i64>(name, "a number of minutes east of UTC")? {
        Some(m) if m.abs() > MAX_TIMEZONE_MINUTES => Err(bad(format!(
            "parameter {name} must be minutes east of UTC, from -{MAX_TIMEZONE_MINUTES} to {MAX_TIMEZONE_MINUTES}, got {m}"
        ))),
        other => Ok(other.unwrap_or(0)),
    }
}

/// The window `testresult` reads, Unix seconds `[from, to)`: the `period` up to now,
/// or the caller's local day `day`/`month`/`year` in `timezone`.
fn window(p: &Params, timezone: i64, now: DateTime<Utc>) -> Res<(i64, i64)> {
    if let Some(period) = p.get("period") {
        let days = PERIODS
            .iter()
            .find(|(name, _)| *name == period)
            .map(|(_, days)| *days)
            .ok_or_else(|| {
                let names: Vec<&str> = PERIODS.iter().map(|(name, _)| *name).collect();
                bad(format!(
                    "parameter period must be one of {}, got {period:?}",
                    names.join(", ")
                ))
            })?;
        let to = now.timestamp() + 1;
        return Ok((to - Duration::days(days).num_seconds(), to));
    }
    let part = |name: &str| -> Res<u32> {
        p.parsed::<u32>(name, "a whole number")?.ok_or_else(|| {
            bad(format!(
                "missing parameter {name}: give day, month and year, or period ({})",
                PERIODS.map(|(name, _)| name).join(", ")
            ))
        })
    };
    let (day, month, year) = (part("day")?, part("month")?, part("year")?);
    let date = i32::try_from(year)
        .ok()
        .and_then(|year| NaiveDate::from_ymd_opt(year, month, day))
        .filter(|d| (MIN_DATE..=MAX_DATE).contains(d))
        .ok_or_else(|| {
            bad(format!(
                "parameters day, month and year name no date: {year}-{month}-{day}"
            ))
        })?;
    let local_midnight = date.and_hms_opt(0, 0, 0).expect("midnight").and_utc();
    let from = local_midnight.timestamp() - timezone * 60;
    Ok((from, from + Duration::days(1).num_seconds()))
}

/// A Java date pattern (`timeformat`, as the hosted API took it: `yyyy-MM-dd HH:mm`) as
/// a chrono format. Letters: y, M, d, H, h, m, s, a; text in single quotes is literal.
pub fn java_time_format(pattern: &str) -> Result<String, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let mut quoted = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            // Two quotes are one literal quote, inside quoted text or out of it.
            if chars.get(i + 1) == Some(&'\'') {
                out.push('\'');
                i += 2;
            } else {
                quoted = !quoted;
                i += 1;
            }
            continue;
        }
        if quoted || !c.is_ascii_alphabetic() {
            match c {
                '%' => out.push_str("%%"),
                _ => out.push(c),
            }
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&x| x == c).count();
        let spec = match (c, run) {
            ('y', 2) => "%y",
            ('y', _) => "%Y",
            ('M', 1) => "%-m",
            ('M', 2) => "%m",
            ('M', 3) => "%b",
            ('M', _) => "%B",
            ('d', 1) => "%-d",
            ('d', _) => "%d",
            ('H', 1) => "%-H",
            ('H', _) => "%H",
            ('h', 1) => "%-I",
            ('h', _) => "%I",
            ('m', 1) => "%-M",
            ('m', _) => "%M",
            ('s', 1) => "%-S",
            ('s', _) => "%S",
            ('a', _) => "%p",
            _ => {
                return Err(format!(
                    "{pattern:?} uses {c:?}: use the letters y, M, d, H, h, m, s and a (as in yyyy-MM-dd HH:mm)"
                ));
            }
        };
        out.push_str(spec);
        i += run;
    }
    if quoted {
        return Err(format!("{pattern:?} opens a quote it does not close"));
    }
    Ok(out)
}

/// `testresult`: the checks of one external monitor in a day or a period, per location,
/// each `[time, perf, "OK"|"NOK"]` in the caller's time zone, with the location's trend
/// and the failures' messages counted (`adddatas`).
pub(super) fn testresult(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let test = external_test(ctx, p.id("testId")?)?;
    results_of(ctx, p, test.id, &test.location_ids)
}

/// The results of monitor `id`, checking from `location_ids`, as `testresult` answers
/// them (`fullPageLoadTestResult` too).
pub(super) fn results_of(ctx: &Ctx, p: &Params, id: i64, location_ids: &[u32]) -> Res<Reply> {
    let timezone = timezone(p)?;
    let (from, to) = window(p, timezone, ctx.now)?;
    let format = p
        .valid("timeformat", java_time_format)?
        .unwrap_or_else(|| "%Y-%m-%d %H:%M".to_string());
    let rows = rs::results(ctx.conn, id, from, to).db()?;
    // The MApi SDK spells it `locationsIds`.
    let name = match p.get("locationsIds") {
        Some(_) => "locationsIds",
        None => "locationIds",
    };
    let locations: BTreeSet<u32> = match location_ids_in(p, name)? {
        Some(ids) => ids.into_iter().collect(),
        None => location_ids
            .iter()
            .copied()
            .chain(rows.iter().map(|r| r.location_id))
            .collect(),
    };
    let shift = Duration::minutes(timezone);
    let list: Vec<Value> = locations
        .into_iter()
        .map(|location| {
            let here: Vec<&CheckResult> =
                rows.iter().filter(|r| r.location_id == location).collect();
            let data: Vec<Value> = here
                .iter()
                .map(|r| {
                    let local =
                        DateTime::from_timestamp(r.checked_at, 0).unwrap_or_default() + shift;
                    json!([local.format(&format).to_string(), r.perf, status(r.ok)])
                })
                .collect();
            json!({ "id": location, "locationName": location_name(location), "data": data,
                    "trend": trend(&here), "adddatas": failures(&here) })
        })
        .collect();
    read(list)
}

fn status(ok: bool) -> &'static str {
    if ok { "OK" } else { "NOK" }
}

/// The hosted `trend` of a location's checks: the fastest and slowest successful check,
/// their count and sum, and the count of failed ones.
fn trend(results: &[&CheckResult]) -> Value {
    let ok: Vec<f64> = results.iter().filter(|r| r.ok).map(|r| r.perf).collect();
    let (min, max) = ok
        .iter()
        .fold(None, |acc: Option<(f64, f64)>, &perf| {
            Some(acc.map_or((perf, perf), |(lo, hi)| (lo.min(perf), hi.max(perf))))
        })
        .unwrap_or((0.0, 0.0));
    json!({ "min": min, "max": max, "okcount": ok.len(), "oksum": ok.iter().sum::<f64>(),
            "nokcount": results.len() - ok.len() })
}

/// The failed checks' messages, each with how many times it came, in order of first coming.
fn failures(results: &[&CheckResult]) -> Vec<(String, u32)> {
    let mut counted: Vec<(String, u32)> = Vec::new();
    for message in results
        .iter()
        .filter(|r| !r.ok)
        .filter_map(|r| r.message.as_ref())
    {
        match counted.iter_mut().find(|(m, _)| m == message) {
            Some((_, n)) => *n += 1,
            None => counted.push((message.clone(), 1)),
        }
    }
    counted
}

/// The hosted snapshots' time: `9 Mar 2010 14:58:33 GMT`.
fn snapshot_time(at: i64) -> String {
    DateTime::from_timestamp(at, 0)
        .unwrap_or_default()
        .format("%-d %b %Y %H:%M:%S GMT")
        .to_string()
}

fn suspended(test: &ExternalTest) -> u8 {
    u8::from(test.suspended)
}

/// `testsLastValues`: per location, the latest check of each external monitor there
/// (`locationIds` and `testId` narrow them). A location is listed when it is asked for
/// or one of the monitors checks from it; a monitor not yet checked there is left out.
pub(super) fn tests_last_values(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let wanted = location_ids(p)?;
    let only = listed(p, "testId")?;
    let tests: Vec<ExternalTest> = external_tests(ctx)?
        .into_iter()
        .filter(|t| only.as_ref().is_none_or(|ids| ids.contains(&t.id)))
        .collect();
    let mut last = Vec::with_capacity(tests.len());
    for test in &tests {
        last.push(rs::last_results(ctx.conn, test.id).db()?);
    }
    let list: Vec<Value> = LOCATIONS
        .iter()
        .filter(|l| match &wanted {
            Some(ids) => ids.contains(&l.id),
            None => tests.iter().zip(&last).any(|(t, results)| {
                t.location_ids.contains(&l.id) || results.iter().any(|r| r.location_id == l.id)
            }),
        })
        .map(|l| {
            let data: Vec<Value> = tests
                .iter()
                .zip(&last)
                .filter_map(|(t, results)| {
                    let r = results.iter().find(|r| r.location_id == l.id)?;
                    Some(
                        json!({ "id": t.id, "name": t.name, "testType": t.check_type,
                                 "status": status(r.ok), "perf": r.perf, "tag": t.tag,
                                 "timeout": t.timeout, "time": snapshot_time(r.checked_at),
                                 "isSuspended": suspended(t), "frequency": null }),
                    )
                })
                .collect();
            json!({ "id": l.id, "locationName": l.name, "locationShortName": l.name, "data": data })
        })
        .collect();
    read(list)
}

/// `teststatuses`: each external monitor (`monitorIds` narrows them) with its status
/// now: `OK` when its latest check from every location passed, `NOK` when one failed,
/// null before its first check.
pub(super) fn teststatuses(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let only = listed(p, "monitorIds")?;
    let mut list = Vec::new();
    for t in external_tests(ctx)?
        .into_iter()
        .filter(|t| only.as_ref().is_none_or(|ids| ids.contains(&t.id)))
    {
        let last = rs::last_results(ctx.conn, t.id).db()?;
        let now = (!last.is_empty()).then(|| status(last.iter().all(|r| r.ok)));
        list.push(json!({ "id": t.id, "name": t.name, "status": now,
                          "isSuspended": suspended(&t) }));
    }
    read(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_time_formats_become_chrono_formats() {
        let f = |p: &str| java_time_format(p).unwrap();
        assert_eq!(f("yyyy-MM-dd HH:mm"), "%Y-%m-%d %H:%M");
        assert_eq!(f("HH:mm"), "%H:%M");
        assert_eq!(f("d MMM yy, h:mm a"), "%-d %b %y, %-I:%M %p");
        assert_eq!(f("yyyy'T'HH 'o''clock' 100%"), "%YT%H o'clock 100%%");
        let at = DateTime::from_timestamp(1_268_751_540, 0).unwrap();
        assert_eq!(
            at.format(&f("yyyy-MM-dd HH:mm")).to_string(),
            "2010-03-16 14:59"
        );
        assert!(
            java_time_format("yyyy-MM-dd Q")
                .unwrap_err()
                .contains("'Q'")
        );
        assert!(java_time_format("HH 'open").unwrap_err().contains("quote"));
    }

    #[test]
    fn a_day_is_the_callers_local_day_and_a_period_ends_now() {
        let p = |q: &str| Params::parse(q, b"").unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z")
            .unwrap()
            .to_utc();
        let day = p("day=28&month=11&year=2026");
        let midnight = 1_795_824_000; // 2026-11-28 00:00 UTC
        assert_eq!(window(&day, 0, now).unwrap(), (midnight, midnight + 86_400));
        // UTC+4 (timezone=240): that local day starts four hours before UTC's.
        assert_eq!(
            window(&day, 240, now).unwrap(),
            (midnight - 4 * 3600, midnight + 20 * 3600)
        );
        let now_s = now.timestamp();
        assert_eq!(
            window(&p("period=last3day"), 0, now).unwrap(),
            (now_s + 1 - 3 * 86_400, now_s + 1)
        );
        let refused = |q: &str| window(&p(q), 0, now).unwrap_err().message;
        assert!(refused("period=lastweek").contains("last24hour, last3day, last7day, last30day"));
        assert!(refused("day=28&month=11").contains("missing parameter year"));
        assert!(refused("day=31&month=2&year=2026").contains("2026-2-31"));
    }

    #[test]
    fn trend_and_failures_count_the_checks() {
        let r = |ok, perf, message: Option<&str>| CheckResult {
            location_id: 1,
            checked_at: 0,
            ok,
            perf,
            message: message.map(str::to_string),
        };
        let results = [
            r(true, 115.0, None),
            r(false, 0.0, Some("timeout")),
            r(true, 65.0, None),
            r(false, 0.0, Some("timeout")),
            r(false, 0.0, Some("refused")),
        ];
        let refs: Vec<&CheckResult> = results.iter().collect();
        assert_eq!(
            trend(&refs),
            json!({ "min": 65.0, "max": 115.0, "okcount": 2, "oksum": 180.0, "nokcount": 3 })
        );
        assert_eq!(
            failures(&refs),
            [("timeout".to_string(), 2), ("refused".to_string(), 1)]
        );
        assert_eq!(
            trend(&[]),
            json!({ "min": 0.0, "max": 0.0, "okcount": 0, "oksum": 0.0, "nokcount": 0 })
        );
    }
}
