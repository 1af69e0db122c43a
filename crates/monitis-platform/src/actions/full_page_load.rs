//! Full page load monitors (docs/protocol.md, "Full page load monitors"): the reseller's
//! own, settings kept as his own external monitors' are (`fullPageLoadTests`,
//! `fullPageLoadTestInfo`, `addFullPageLoadMonitor`, `editFullPageLoadMonitor`,
//! `deleteFullPageLoadMonitor`, `suspendFullPageLoadMonitor`,
//! `activateFullPageLoadMonitor`), their check locations (`fullPageLoadLocations`) and
//! results (`fullPageLoadTestResult`, as `testresult`). A client's full page load
//! monitors are the project's, in its orders (`addMonitor type=fullPageLoad`).

use serde_json::{Value, json};

use super::compat::{located, location_ids, own};
use super::monitors::INTERVALS;
use super::results::results_of;
use super::{Ctx, Db, OK, Reply, Res, bad, changed, not_found, read};
use crate::params::Params;
use crate::store::full_page_load::{self as fs, FullPageLoad};
use monitis_core::domain::rules::Refusal;
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::AccountKind;

/// At most this many milliseconds a page may take to load before the check fails.
const MAX_TIMEOUT_MS: u32 = 300_000;

/// The reseller whose full page load monitors a change acts on; a client has none here.
fn owner(ctx: &Ctx) -> Res<i64> {
    own(ctx).ok_or_else(|| {
        let why = "full page load monitors here are the reseller's own: a client's full page \
                   load monitor is added to one of its orders with action=addMonitor \
                   type=fullPageLoad";
        match ctx.caller {
            AccountKind::Client => Refusal::new(ErrorCode::ClientForbidden, why),
            AccountKind::Reseller => bad(format!("parameter clientApikey: {why}")),
        }
    })
}

/// The caller's full page load monitors: the reseller's own; none for a client.
fn listed(ctx: &Ctx) -> Res<Vec<FullPageLoad>> {
    match own(ctx) {
        Some(reseller_id) => fs::monitors(ctx.conn, reseller_id).db(),
        None => Ok(Vec::new()),
    }
}

fn load(ctx: &Ctx, id: i64) -> Res<FullPageLoad> {
    own(ctx)
        .map(|reseller_id| fs::monitor(ctx.conn, reseller_id, id))
        .transpose()
        .db()?
        .flatten()
        .ok_or_else(|| not_found("full page load monitor (monitorId)", id))
}

/// `locationIds` with `checkInterval`: one interval for every location, or one each in
/// the same order (the MApi SDK joins an array of them with ",").
fn locations(p: &Params) -> Res<Option<Vec<(u32, u32)>>> {
    let (Some(ids), Some(intervals)) = (location_ids(p)?, p.get("checkInterval")) else {
        return match (p.get("locationIds"), p.get("checkInterval")) {
            (None, None) => Ok(None),
            _ => Err(bad(
                "parameters locationIds and checkInterval go together: give both".to_string(),
            )),
        };
    };
    let intervals = intervals
        .split(',')
        .map(|i| {
            i.trim()
                .parse::<u32>()
                .ok()
                .filter(|i| INTERVALS.contains(i))
                .ok_or_else(|| {
                    bad(format!(
                        "parameter checkInterval lists {i:?}: each must be one of {INTERVALS:?} minutes"
                    ))
                })
        })
        .collect::<Res<Vec<u32>>>()?;
    match intervals.as_slice() {
        [one] => Ok(Some(ids.iter().map(|id| (*id, *one)).collect())),
        each if each.len() == ids.len() => Ok(Some(ids.into_iter().zip(intervals).collect())),
        _ => Err(bad(format!(
            "parameter checkInterval lists {} intervals for {} locations: give one, or one per location",
            intervals.len(),
            ids.len()
        ))),
    }
}

fn timeout(p: &Params) -> Res<Option<u32>> {
    match p.parsed::<u32>("timeout", "a number of milliseconds")? {
        Some(ms) if ms == 0 || ms > MAX_TIMEOUT_MS => Err(bad(format!(
            "parameter timeout must be 1 to {MAX_TIMEOUT_MS} milliseconds, got {ms}"
        ))),
        other => Ok(other),
    }
}

/// `uptimeSLA` (a percentage) and `responseSLA` (seconds), when given.
fn slas(p: &Params) -> Res<(Option<f64>, Option<f64>)> {
    let uptime = p.parsed::<f64>("uptimeSLA", "a percentage")?;
    if uptime.is_some_and(|u| !(0.0..=100.0).contains(&u)) {
        return Err(bad(
            "parameter uptimeSLA must be a percentage, 0 to 100".to_string()
        ));
    }
    let response = p.parsed::<f64>("responseSLA", "a number of seconds")?;
    if response.is_some_and(|r| !(r > 0.0 && r.is_finite())) {
        return Err(bad(
            "parameter responseSLA must be a positive number of seconds".to_string(),
        ));
    }
    Ok((uptime, response))
}

fn required<T>(value: Option<T>, name: &str) -> Res<T> {
    value.ok_or_else(|| bad(format!("missing parameter {name}")))
}

pub(super) fn add(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let reseller_id = owner(ctx)?;
    let (uptime_sla, response_sla) = slas(p)?;
    let m = FullPageLoad {
        id: 0,
        name: p.required_valid("name", validate::name)?.to_string(),
        tag: p.required_valid("tag", validate::name)?.to_string(),
        url: p
            .required_valid("url", validate::monitor_target)?
            .to_string(),
        timeout: required(timeout(p)?, "timeout")?,
        locations: required(locations(p)?, "locationIds (with checkInterval)")?,
        uptime_sla,
        response_sla,
        suspended: false,
        created_at: String::new(),
    };
    let id = fs::insert(ctx.conn, reseller_id, &m).db()?;
    changed(json!({ "testId": id }))
}

/// `editFullPageLoadMonitor`: `monitorId` and any of the fields `add` takes.
pub(super) fn edit(ctx: &Ctx, p: &Params) -> Res<Reply> {
    owner(ctx)?;
    let mut m = load(ctx, p.id("monitorId")?)?;
    if let Some(name) = p.get_valid("name", validate::name)? {
        m.name = name.to_string();
    }
    if let Some(tag) = p.get_valid("tag", validate::name)? {
        m.tag = tag.to_string();
    }
    if let Some(url) = p.get_valid("url", validate::monitor_target)? {
        m.url = url.to_string();
    }
    m.timeout = timeout(p)?.unwrap_or(m.timeout);
    m.locations = locations(p)?.unwrap_or(m.locations);
    let (uptime_sla, response_sla) = slas(p)?;
    m.uptime_sla = uptime_sla.or(m.uptime_sla);
    m.response_sla = response_sla.or(m.response_sla);
    fs::save(ctx.conn, &m).db()?;
    changed(json!({ "testId": m.id }))
}

/// The monitors a change names by id (all must exist), or by `tag`.
fn named(ctx: &Ctx, p: &Params, ids_name: &str) -> Res<Vec<FullPageLoad>> {
    owner(ctx)?;
    if p.get(ids_name).is_some() {
        return p
            .ids(ids_name)?
            .into_iter()
            .map(|id| load(ctx, id))
            .collect();
    }
    match p.get("tag") {
        Some(tag) => Ok(listed(ctx)?.into_iter().filter(|m| m.tag == tag).collect()),
        None => Err(bad(format!("missing parameter {ids_name} (or tag)"))),
    }
}

/// `deleteFullPageLoadMonitor`: `monitorId`, a comma-separated list (the MApi SDK: "yes
/// there is monitorId not monitorIds"; `monitorIds` is taken too); all or none.
pub(super) fn delete(ctx: &Ctx, p: &Params) -> Res<Reply> {
    owner(ctx)?;
    let name = if p.get("monitorId").is_some() {
        "monitorId"
    } else {
        "monitorIds"
    };
    let found = p
        .ids(name)?
        .into_iter()
        .map(|id| load(ctx, id))
        .collect::<Res<Vec<_>>>()?;
    for m in found {
        fs::delete(ctx.conn, m.id).db()?;
    }
    OK
}

/// `suspendFullPageLoadMonitor` / `activateFullPageLoadMonitor`: `monitorIds` or `tag`.
pub(super) fn set_suspended(ctx: &Ctx, p: &Params, suspended: bool) -> Res<Reply> {
    for mut m in named(ctx, p, "monitorIds")? {
        m.suspended = suspended;
        fs::save(ctx.conn, &m).db()?;
    }
    if suspended {
        return changed(json!({ "failedToSuspend": [] }));
    }
    OK
}

pub(super) fn tests(ctx: &Ctx) -> Res<Reply> {
    let list: Vec<Value> = listed(ctx)?
        .into_iter()
        .map(|m| {
            json!({ "id": m.id, "name": m.name, "tag": m.tag, "url": m.url,
                    "isSuspended": u8::from(m.suspended) })
        })
        .collect();
    read(list)
}

pub(super) fn info(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let m = load(ctx, p.id("monitorId")?)?;
    let locations = located(&m.locations);
    read(json!({
        "testId": m.id, "name": m.name, "tag": m.tag, "url": m.url, "timeout": m.timeout,
        "startDate": m.created_at, "isSuspended": u8::from(m.suspended),
        "uptimeSLA": m.uptime_sla, "responseSLA": m.response_sla, "locations": locations,
    }))
}

/// `fullPageLoadTestResult`: `monitorId` and the parameters of `testresult`.
pub(super) fn results(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let m = load(ctx, p.id("monitorId")?)?;
    let ids: Vec<u32> = m.locations.iter().map(|(id, _)| *id).collect();
    results_of(ctx, p, m.id, &ids)
}
