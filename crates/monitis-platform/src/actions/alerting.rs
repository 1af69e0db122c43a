//! The hosted API's notification rules, maintenance rules, recent alerts and tags
//! (docs/protocol.md, "Contacts, notification rules and alerts"). A rule names a monitor
//! the caller may see by its hosted type and id: the reseller's own external monitors
//! (`store/compat.rs`) and the monitors in the caller's scope. Rules belong to the account
//! acted on, as contacts do.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, NaiveTime};
use serde_json::{Value, json};

use super::compat::{own, owner};
use super::contacts::flag;
use super::monitors::load_monitor;
use super::{Ctx, Db, OK, Reply, Res, bad, not_found, read};
use crate::params::Params;
use crate::store::alerting::{self as al, MaintenanceRule, NotificationRule};
use crate::store::compat::{self as cs, OWN_MONITOR_BASE};
use crate::store::contacts as contacts_store;
use crate::store::{self, MonitorQuery};
use monitis_core::domain::rules::{self, Refusal};
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::MonitorType;

/// The hosted monitor types a rule may name, and the sandbox's kind of monitor each is.
/// `custom` monitors are not served here.
const MONITOR_TYPES: [(&str, MonitorType); 10] = [
    ("external", MonitorType::External),
    ("transaction", MonitorType::Transaction),
    ("fullPageLoad", MonitorType::FullPageLoad),
    ("cpu", MonitorType::Internal),
    ("load", MonitorType::Internal),
    ("memory", MonitorType::Internal),
    ("drive", MonitorType::Internal),
    ("process", MonitorType::Internal),
    ("agentPingTest", MonitorType::Internal),
    ("agentHttpTest", MonitorType::Internal),
];

/// The monitor type a request names, by its hosted name; MAPI's constants spell
/// fullPageLoad `fillPageLoad`.
fn monitor_type(p: &Params) -> Res<&'static str> {
    let given = p.required("monitorType")?;
    let given = if given == "fillPageLoad" {
        "fullPageLoad"
    } else {
        given
    };
    MONITOR_TYPES
        .iter()
        .find(|(name, _)| *name == given)
        .map(|(name, _)| *name)
        .ok_or_else(|| {
            let names: Vec<&str> = MONITOR_TYPES.iter().map(|(n, _)| *n).collect();
            bad(format!(
                "parameter monitorType must be one of {}, got {given:?} (custom monitors are not served by this sandbox)",
                names.join(", ")
            ))
        })
}

fn kind_of(monitor_type: &str) -> MonitorType {
    MONITOR_TYPES
        .iter()
        .find(|(name, _)| *name == monitor_type)
        .map_or(MonitorType::External, |(_, kind)| *kind)
}

/// A monitor a rule names: its id and name.
struct Named {
    id: i64,
    name: String,
}

/// The monitor `id` of `monitor_type` that the caller may see; for a change, R3 keeps a
/// client's hands off the monitors of managed orders.
fn named_monitor(ctx: &Ctx, monitor_type: &str, id: i64, change: bool) -> Res<Named> {
    let what = format!("{monitor_type} monitor (monitorId)");
    if let (Some(reseller_id), "external", true) = (own(ctx), monitor_type, id >= OWN_MONITOR_BASE)
    {
        let m = cs::own_monitor(ctx.conn, reseller_id, id)
            .db()?
            .ok_or_else(|| not_found(&what, id))?;
        return Ok(Named { id, name: m.name });
    }
    let m = load_monitor(ctx, id).map_err(|_| not_found(&what, id))?;
    if m.kind != kind_of(monitor_type) {
        return Err(not_found(&what, id));
    }
    if change {
        rules::may_change_monitor(ctx.caller, m.id, m.managed)?;
    }
    Ok(Named { id, name: m.name })
}

fn weekday(p: &Params, name: &str) -> Res<Option<u8>> {
    match p.parsed::<u8>(name, "a weekday, 1 (Sunday) to 7 (Saturday)")? {
        Some(d) if !(1..=7).contains(&d) => Err(bad(format!(
            "parameter {name} must be a weekday, 1 (Sunday) to 7 (Saturday), got {d}"
        ))),
        other => Ok(other),
    }
}

/// A time of day, `hh:mm:ss` (`hh:mm` is taken too), stored as `hh:mm:ss`.
fn time_of_day(p: &Params, name: &str) -> Res<Option<String>> {
    p.get(name)
        .map(|v| {
            NaiveTime::parse_from_str(v, "%H:%M:%S")
                .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M"))
                .map(|t| t.format("%H:%M:%S").to_string())
                .map_err(|_| {
                    bad(format!(
                        "parameter {name} must be a time hh:mm:ss, got {v:?}"
                    ))
                })
        })
        .transpose()
}

fn required<T>(value: Option<T>, name: &str, why: &str) -> Res<T> {
    value.ok_or_else(|| bad(format!("missing parameter {name}: {why}")))
}

// ----- notification rules --------------------------------------------------------------

const PERIODS: [&str; 3] = ["always", "specifiedTime", "specifiedDays"];

/// The period and its window from the request onto `rule`: `specifiedTime` needs
/// `timeFrom` and `timeTo`, `specifiedDays` the weekdays as well.
fn apply_period(p: &Params, rule: &mut NotificationRule) -> Res<()> {
    if let Some(period) = p.get("period") {
        if !PERIODS.contains(&period) {
            return Err(bad(format!(
                "parameter period must be one of {}, got {period:?}",
                PERIODS.join(", ")
            )));
        }
        rule.period = period.to_string();
    }
    rule.time_from = time_of_day(p, "timeFrom")?.or(rule.time_from.take());
    rule.time_to = time_of_day(p, "timeTo")?.or(rule.time_to.take());
    rule.weekday_from = weekday(p, "weekdayFrom")?.or(rule.weekday_from);
    rule.weekday_to = weekday(p, "weekdayTo")?.or(rule.weekday_to);
    let why = format!("period {} takes a window", rule.period);
    match rule.period.as_str() {
        "always" => {
            (
                rule.time_from,
                rule.time_to,
                rule.weekday_from,
                rule.weekday_to,
            ) = (None, None, None, None);
        }
        "specifiedTime" => {
            required(rule.time_from.as_ref(), "timeFrom", &why)?;
            required(rule.time_to.as_ref(), "timeTo", &why)?;
            (rule.weekday_from, rule.weekday_to) = (None, None);
        }
        _ => {
            required(rule.time_from.as_ref(), "timeFrom", &why)?;
            required(rule.time_to.as_ref(), "timeTo", &why)?;
            required(rule.weekday_from, "weekdayFrom", &why)?;
            required(rule.weekday_to, "weekdayTo", &why)?;
        }
    }
    Ok(())
}

fn failure_count(p: &Params) -> Res<Option<u32>> {
    match p.parsed::<u32>("failureCount", "a number of failed checks")? {
        Some(0) => Err(bad(
            "parameter failureCount must be at least 1 failed check".to_string(),
        )),
        other => Ok(other),
    }
}

/// The options every rule may carry, onto `rule`.
fn apply_options(p: &Params, rule: &mut NotificationRule) -> Res<()> {
    apply_period(p, rule)?;
    rule.notify_backup = flag(p, "notifyBackup")?.unwrap_or(rule.notify_backup);
    rule.continuous_alerts = flag(p, "continuousAlerts")?.unwrap_or(rule.continuous_alerts);
    rule.failure_count = failure_count(p)?.unwrap_or(rule.failure_count);
    rule.min_failed_location_count = p
        .parsed("minFailedLocationCount", "a number of locations")?
        .or(rule.min_failed_location_count);
    if let Some(method) = p.get("comparingMethod") {
        if !["equals", "greater", "less"].contains(&method) {
            return Err(bad(format!(
                "parameter comparingMethod must be one of equals, greater, less, got {method:?}"
            )));
        }
        rule.comparing_method = Some(method.to_string());
    }
    rule.param_name = p
        .get("paramName")
        .map(str::to_string)
        .or(rule.param_name.take());
    rule.param_value = p
        .get("paramValue")
        .map(str::to_string)
        .or(rule.param_value.take());
    Ok(())
}

/// Who a rule alerts, from `contactId`, `contactGroupId` (WHMCS) or `contactGroup` (a
/// group's name: the SDKs); each must be the account's. Naming none, the rule alerts
/// every contact of the account: the add-on's clients add their rules so, with the one
/// contact it made for them.
fn apply_target(ctx: &Ctx, p: &Params, rule: &mut NotificationRule) -> Res<()> {
    if let Some(id) = p.opt_id("contactId")? {
        contacts_store::contact(ctx.conn, owner(ctx), id)
            .db()?
            .ok_or_else(|| not_found("contact (contactId)", id))?;
        rule.contact_id = Some(id);
    }
    if let Some(id) = p.opt_id("contactGroupId")? {
        contacts_store::group(ctx.conn, owner(ctx), id)
            .db()?
            .ok_or_else(|| not_found("contact group (contactGroupId)", id))?;
        rule.group_id = Some(id);
    } else if let Some(name) = p.get("contactGroup") {
        let g = contacts_store::group_by_name(ctx.conn, owner(ctx), name)
            .db()?
            .ok_or_else(|| {
                Refusal::new(
                    ErrorCode::NotFound,
                    format!("no such contact group (contactGroup): {name:?}"),
                )
            })?;
        rule.group_id = Some(g.id);
    }
    Ok(())
}

/// `addNotificationRule`. Without `monitorId` (the WHMCS add-on's rules per monitor
/// type) the rule covers every monitor of the type.
pub(super) fn add_notification_rule(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor_type = monitor_type(p)?;
    let monitor_id = p
        .opt_id("monitorId")?
        .map(|id| named_monitor(ctx, monitor_type, id, true).map(|m| m.id))
        .transpose()?;
    let mut rule = NotificationRule {
        id: 0,
        monitor_type: monitor_type.to_string(),
        monitor_id,
        contact_id: None,
        group_id: None,
        period: String::new(),
        weekday_from: None,
        weekday_to: None,
        time_from: None,
        time_to: None,
        notify_backup: required(flag(p, "notifyBackup")?, "notifyBackup", "1 or 0")?,
        continuous_alerts: required(flag(p, "continuousAlerts")?, "continuousAlerts", "1 or 0")?,
        failure_count: required(
            failure_count(p)?,
            "failureCount",
            "failed checks before an alert",
        )?,
        min_failed_location_count: None,
        comparing_method: None,
        param_name: None,
        param_value: None,
    };
    required(
        p.get("period"),
        "period",
        "always, specifiedTime or specifiedDays",
    )?;
    apply_options(p, &mut rule)?;
    apply_target(ctx, p, &mut rule)?;
    al::insert_notification_rule(ctx.conn, owner(ctx), &rule).db()?;
    OK
}

/// `editNotificationRule` (WHMCS): every rule of `notificationRuleIds` takes the options
/// given; `monitorId`, `contactId` and a group move them.
pub(super) fn edit_notification_rule(ctx: &Ctx, p: &Params) -> Res<Reply> {
    for id in p.ids("notificationRuleIds")? {
        let mut rule = al::notification_rule(ctx.conn, owner(ctx), id)
            .db()?
            .ok_or_else(|| not_found("notification rule (notificationRuleIds)", id))?;
        if let Some(monitor) = rule.monitor_id {
            named_monitor(ctx, &rule.monitor_type, monitor, true)?;
        }
        if let Some(monitor) = p.opt_id("monitorId")? {
            rule.monitor_id = Some(named_monitor(ctx, &rule.monitor_type, monitor, true)?.id);
        }
        apply_options(p, &mut rule)?;
        apply_target(ctx, p, &mut rule)?;
        al::save_notification_rule(ctx.conn, &rule).db()?;
    }
    OK
}

/// `deleteNotificationRule`: the rules of `monitorType` alerting `contactIds`, of one
/// monitor when `monitorId` is given (the version 2 SDKs; WHMCS leaves it out).
pub(super) fn delete_notification_rule(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor_type = monitor_type(p)?;
    let monitor_id = p
        .opt_id("monitorId")?
        .map(|id| named_monitor(ctx, monitor_type, id, true).map(|m| m.id))
        .transpose()?;
    let contacts = p.ids("contactIds")?;
    let doomed: Vec<NotificationRule> =
        al::notification_rules(ctx.conn, owner(ctx), monitor_type, monitor_id)
            .db()?
            .into_iter()
            .filter(|r| r.contact_id.is_some_and(|c| contacts.contains(&c)))
            .collect();
    if doomed.is_empty() {
        return Err(Refusal::new(
            ErrorCode::NotFound,
            format!(
                "no {monitor_type} notification rule alerts contactIds {}",
                p.required("contactIds")?
            ),
        ));
    }
    for rule in doomed {
        if let Some(monitor) = rule.monitor_id {
            named_monitor(ctx, monitor_type, monitor, true)?;
        }
        al::delete_notification_rule(ctx.conn, rule.id).db()?;
    }
    OK
}

/// `getNotificationRules` of a monitor type, of one monitor when `monitorId` is given, of
/// one contact group when `contactGroupId` is (WHMCS). A rule without a contact (a
/// group's, or the whole account's) answers `contactId` "All", as the add-on reads it.
pub(super) fn get_notification_rules(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor_type = monitor_type(p)?;
    let monitor_id = p
        .opt_id("monitorId")?
        .map(|id| named_monitor(ctx, monitor_type, id, false).map(|m| m.id))
        .transpose()?;
    let group_filter = p.opt_id("contactGroupId")?;
    let contacts: BTreeMap<i64, contacts_store::Contact> =
        contacts_store::contacts(ctx.conn, owner(ctx), None)
            .db()?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
    let groups: BTreeMap<i64, String> = contacts_store::groups(ctx.conn, owner(ctx))
        .db()?
        .into_iter()
        .map(|g| (g.id, g.name))
        .collect();
    let mut list = Vec::new();
    for rule in al::notification_rules(ctx.conn, owner(ctx), monitor_type, monitor_id).db()? {
        if group_filter.is_some_and(|g| rule.group_id != Some(g)) {
            continue;
        }
        let monitor_name = match rule.monitor_id {
            Some(id) => {
                named_monitor(ctx, monitor_type, id, false).map_or(String::new(), |m| m.name)
            }
            None => String::new(),
        };
        let contact = rule.contact_id.and_then(|id| contacts.get(&id));
        list.push(json!({
            "id": rule.id,
            "monitorId": rule.monitor_id,
            "monitorName": monitor_name,
            "monitorType": rule.monitor_type,
            "period": rule.period,
            "timeFrom": rule.time_from,
            "timeTo": rule.time_to,
            "weekdayFrom": rule.weekday_from,
            "weekdayTo": rule.weekday_to,
            "notifyBackup": u8::from(rule.notify_backup),
            "continuousAlerts": u8::from(rule.continuous_alerts),
            "failureCount": rule.failure_count,
            "minFailedLocationCount": rule.min_failed_location_count,
            "comparingMethod": rule.comparing_method,
            "paramName": rule.param_name,
            "paramValue": rule.param_value,
            "contactId": contact.map_or(json!("All"), |c| json!(c.id)),
            "contactName": contact.map(|c| format!("{} {}", c.first_name, c.last_name)),
            "contactAccount": contact.map(|c| c.account.clone()),
            "contactType": contact.map(|c| c.contact_type),
            "contactActive": contact.map(|c| u8::from(c.active)),
            "contactConfirmed": contact.map(|c| u8::from(c.confirmed)),
            "contactGroupId": rule.group_id,
            "contactGroup": rule.group_id.and_then(|g| groups.get(&g)).cloned().unwrap_or_default(),
            // The sandbox mutes no rule.
            "muteFlag": 0,
        }));
    }
    read(list)
}

// ----- maintenance rules ---------------------------------------------------------------

/// The hosted maintenance periods: 1 a date-time window, 2 a daily time window, 3 a
/// weekly window.
const MAINTENANCE_PERIODS: std::ops::RangeInclusive<u8> = 1..=3;

/// A date and time, `yyyy-MM-dd HH:mm:ss` (MAPI documents `yyyy:mm:dd hh:mm:ss`: taken too).
fn date_time(p: &Params, name: &str) -> Res<Option<NaiveDateTime>> {
    p.get(name)
        .map(|v| {
            NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M:%S")
                .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y:%m:%d %H:%M:%S"))
                .map_err(|_| {
                    bad(format!(
                        "parameter {name} must be a date and time yyyy-MM-dd HH:mm:ss, got {v:?}"
                    ))
                })
        })
        .transpose()
}

fn maintenance_monitor(ctx: &Ctx, p: &Params, change: bool) -> Res<(&'static str, i64)> {
    let monitor_type = monitor_type(p)?;
    let id = named_monitor(ctx, monitor_type, p.id("monitorId")?, change)?.id;
    Ok((monitor_type, id))
}

pub(super) fn get_maintenance_rules(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let (monitor_type, id) = maintenance_monitor(ctx, p, false)?;
    let list: Vec<Value> = al::maintenance_rules(ctx.conn, owner(ctx), monitor_type, id)
        .db()?
        .into_iter()
        .map(|r| {
            json!({
                "maintenanceId": r.id, "groupType": r.monitor_type, "timezone": r.timezone,
                "period": r.period, "weekdayFrom": r.weekday_from, "weekdayTo": r.weekday_to,
                "timeFrom": r.time_from, "timeTo": r.time_to,
                "dateTimeFrom": r.date_time_from, "dateTimeTo": r.date_time_to,
            })
        })
        .collect();
    read(list)
}

/// `addMaintenanceRule`: a window in which the monitor's failures alert no one.
pub(super) fn add_maintenance_rule(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let (monitor_type, monitor_id) = maintenance_monitor(ctx, p, true)?;
    let period = required(
        p.parsed::<u8>("period", "1 (date-time), 2 (time) or 3 (weekdays)")?,
        "period",
        "1 (date-time), 2 (time) or 3 (weekdays)",
    )?;
    if !MAINTENANCE_PERIODS.contains(&period) {
        return Err(bad(format!(
            "parameter period must be 1 (date-time), 2 (time) or 3 (weekdays), got {period}"
        )));
    }
    let why = format!("period {period} takes a window");
    let mut rule = MaintenanceRule {
        id: 0,
        monitor_type: monitor_type.to_string(),
        monitor_id,
        period,
        weekday_from: None,
        weekday_to: None,
        time_from: None,
        time_to: None,
        date_time_from: None,
        date_time_to: None,
        timezone: p.parsed("timezone", "a number of minutes")?.unwrap_or(0),
    };
    if period == 1 {
        let from = required(date_time(p, "dateTimeFrom")?, "dateTimeFrom", &why)?;
        let to = required(date_time(p, "dateTimeTo")?, "dateTimeTo", &why)?;
        if to <= from {
            return Err(bad(
                "parameter dateTimeTo must be after dateTimeFrom".to_string()
            ));
        }
        let text = |t: NaiveDateTime| t.format(monitis_core::protocol::TIME_FORMAT).to_string();
        (rule.date_time_from, rule.date_time_to) = (Some(text(from)), Some(text(to)));
    } else {
        rule.time_from = Some(required(time_of_day(p, "timeFrom")?, "timeFrom", &why)?);
        rule.time_to = Some(required(time_of_day(p, "timeTo")?, "timeTo", &why)?);
    }
    if period == 3 {
        rule.weekday_from = Some(required(weekday(p, "weekdayFrom")?, "weekdayFrom", &why)?);
        rule.weekday_to = Some(required(weekday(p, "weekdayTo")?, "weekdayTo", &why)?);
    }
    al::insert_maintenance_rule(ctx.conn, owner(ctx), &rule).db()?;
    OK
}

/// `deleteMaintenanceRule`: every id of `maintenanceIds` must be a rule of the monitor.
pub(super) fn delete_maintenance_rule(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let (monitor_type, monitor_id) = maintenance_monitor(ctx, p, true)?;
    let rules = al::maintenance_rules(ctx.conn, owner(ctx), monitor_type, monitor_id).db()?;
    let ids = p.ids("maintenanceIds")?;
    if let Some(missing) = ids.iter().find(|id| !rules.iter().any(|r| r.id == **id)) {
        return Err(not_found(
            &format!("maintenance rule of monitor {monitor_id} (maintenanceIds)"),
            *missing,
        ));
    }
    for id in ids {
        al::delete_maintenance_rule(ctx.conn, id).db()?;
    }
    OK
}

// ----- recent alerts -------------------------------------------------------------------

/// How far back `recentAlerts` looks without `startDate`, and how many it answers
/// without `limit` (and at most).
const RECENT_DAYS: i64 = 30;
const DEFAULT_LIMIT: u32 = 100;
const MAX_LIMIT: u32 = 1000;

/// An alert's time as the hosted answers wrote it (`8 May 2011 07:09:59 GMT`), moved by
/// `timezone` minutes east of GMT, which the suffix then names (`GMT+05:30`).
fn alert_date(ms: i64, timezone: i32) -> String {
    let Some(utc) = DateTime::from_timestamp_millis(ms) else {
        return String::new();
    };
    let local = utc + chrono::Duration::minutes(i64::from(timezone));
    let zone = match timezone {
        0 => "GMT".to_string(),
        t => format!(
            "GMT{}{:02}:{:02}",
            if t < 0 { '-' } else { '+' },
            t.abs() / 60,
            t.abs() % 60
        ),
    };
    format!("{} {zone}", local.format("%-d %b %Y %H:%M:%S"))
}

/// `recentAlerts`: the account's alerts that failed between `startDate` and `endDate`
/// (milliseconds), newest first, in the envelope the hosted API answered this GET with.
pub(super) fn recent_alerts(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let end = p
        .parsed::<i64>("endDate", "milliseconds since the epoch")?
        .unwrap_or_else(|| ctx.now.timestamp_millis());
    let start = p
        .parsed::<i64>("startDate", "milliseconds since the epoch")?
        .unwrap_or(end - RECENT_DAYS * 86_400_000);
    if start > end {
        return Err(bad(
            "parameter startDate must not be after endDate".to_string()
        ));
    }
    let limit = p
        .parsed::<u32>("limit", "a number of alerts")?
        .unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(bad(format!(
            "parameter limit must be 1 to {MAX_LIMIT} alerts, got {limit}"
        )));
    }
    let timezone: i32 = p.parsed("timezone", "a number of minutes")?.unwrap_or(0);
    let alerts: Vec<Value> = al::alerts(ctx.conn, owner(ctx), start, end, limit)
        .db()?
        .into_iter()
        .map(|a| {
            json!({
                "id": a.id, "dataId": a.data_id, "dataName": a.data_name,
                "dataType": a.data_type, "dataTypeId": a.data_type_id,
                "failDate": alert_date(a.failed_at, timezone),
                "recDate": a.recovered_at.map_or(String::new(), |t| alert_date(t, timezone)),
                "contacts": a.contacts, "locs": a.locations, "status": a.status,
            })
        })
        .collect();
    Ok(Reply::Read(json!({ "status": "ok", "data": alerts })))
}

// ----- tags ----------------------------------------------------------------------------

/// The external monitors the caller may see with their tags: the reseller's own (their
/// `tag`) and those in scope, which carry the tag `testinfo` answers for them, Default.
fn tagged(ctx: &Ctx) -> Res<Vec<(String, i64, String)>> {
    let mut list: Vec<(String, i64, String)> = match own(ctx) {
        Some(reseller_id) => cs::own_monitors(ctx.conn, reseller_id)
            .db()?
            .into_iter()
            .map(|m| (m.tag, m.id, m.name))
            .collect(),
        None => Vec::new(),
    };
    let query = MonitorQuery {
        kind: Some(MonitorType::External),
        ..Default::default()
    };
    list.extend(
        store::monitors(ctx.conn, ctx.scope(), query)
            .db()?
            .into_iter()
            .map(|r| ("Default".to_string(), r.monitor.id, r.monitor.name)),
    );
    Ok(list)
}

/// `tags`: each tag, with `rank` the number of monitors carrying it.
pub(super) fn tags(ctx: &Ctx) -> Res<Reply> {
    let mut ranks: BTreeMap<String, u64> = BTreeMap::new();
    for (tag, _, _) in tagged(ctx)? {
        *ranks.entry(tag).or_default() += 1;
    }
    let tags: Vec<Value> = ranks
        .into_iter()
        .map(|(title, rank)| json!({ "rank": rank, "title": title }))
        .collect();
    read(json!({ "tags": tags }))
}

/// `tagtests`: the monitors carrying `tag`.
pub(super) fn tag_tests(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let tag = p.required("tag")?;
    let tests: Vec<Value> = tagged(ctx)?
        .into_iter()
        .filter(|(t, _, _)| t == tag)
        .map(|(_, id, name)| json!({ "id": id, "name": name }))
        .collect();
    read(json!({ "testList": tests }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alert_dates_are_written_as_the_hosted_answers_wrote_them() {
        // 8 May 2011 07:04:58 GMT, the PERL POD's failDate.
        let ms = 1_304_838_298_000;
        assert_eq!(alert_date(ms, 0), "8 May 2011 07:04:58 GMT");
        assert_eq!(alert_date(ms, 330), "8 May 2011 12:34:58 GMT+05:30");
        assert_eq!(alert_date(ms, -300), "8 May 2011 02:04:58 GMT-05:00");
    }

    #[test]
    fn monitor_types_are_the_hosted_names() {
        let p = |v: &str| Params::parse(&format!("monitorType={v}"), b"").unwrap();
        assert_eq!(monitor_type(&p("external")).unwrap(), "external");
        assert_eq!(monitor_type(&p("fillPageLoad")).unwrap(), "fullPageLoad");
        assert_eq!(kind_of("agentHttpTest"), MonitorType::Internal);
        let err = monitor_type(&p("custom")).unwrap_err();
        assert!(
            err.message.contains("custom monitors are not served"),
            "{}",
            err.message
        );
        assert!(monitor_type(&p("External")).is_err());
    }
}
