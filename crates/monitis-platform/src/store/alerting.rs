//! Storage of the hosted API's notification rules, maintenance rules and alerts
//! (docs/protocol.md, "Contacts, notification rules and alerts"). Rules belong to an
//! account (a reseller, `client_id` NULL, or one of his clients) and name a monitor by its
//! hosted type and id. The alerts table is written by whatever watches the monitors and
//! read here. The tables are additive: `upgrade` runs at every open.

use rusqlite::{Connection, OptionalExtension, Row, ToSql, params, params_from_iter};

use super::{AccountRef, Result};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS notification_rules (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    -- The hosted monitor type (external, transaction, cpu...) and the monitor's id; NULL:
    -- every monitor of the type (the WHMCS add-on's rules per type).
    monitor_type TEXT NOT NULL,
    monitor_id INTEGER,
    -- Who is alerted (see NotificationRule); neither: every contact of the account.
    contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES contact_groups(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    weekday_from INTEGER,
    weekday_to INTEGER,
    time_from TEXT,
    time_to TEXT,
    notify_backup INTEGER NOT NULL,
    continuous_alerts INTEGER NOT NULL,
    failure_count INTEGER NOT NULL,
    min_failed_location_count INTEGER,
    comparing_method TEXT,
    param_name TEXT,
    param_value TEXT
);
CREATE INDEX IF NOT EXISTS notification_rules_owner
    ON notification_rules(reseller_id, client_id, monitor_type);
CREATE TABLE IF NOT EXISTS maintenance_rules (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    monitor_type TEXT NOT NULL,
    monitor_id INTEGER NOT NULL,
    -- 1 a date-time window, 2 a daily time window, 3 a weekly window.
    period INTEGER NOT NULL,
    weekday_from INTEGER,
    weekday_to INTEGER,
    time_from TEXT,
    time_to TEXT,
    date_time_from TEXT,
    date_time_to TEXT,
    timezone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS maintenance_rules_monitor
    ON maintenance_rules(reseller_id, monitor_type, monitor_id);
CREATE TABLE IF NOT EXISTS alerts (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    -- What failed, in the hosted answer's terms: its id and name, its type as text
    -- ('External Monitor') and as the hosted number (0 for external monitors).
    data_id INTEGER NOT NULL,
    data_name TEXT NOT NULL,
    data_type TEXT NOT NULL,
    data_type_id INTEGER NOT NULL,
    -- Milliseconds since the epoch; recovered_at NULL while it still fails.
    failed_at INTEGER NOT NULL,
    recovered_at INTEGER,
    -- Who was alerted and from where, as the answer lists them (comma separated).
    contacts TEXT NOT NULL DEFAULT '',
    locations TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'Alerted'
);
CREATE INDEX IF NOT EXISTS alerts_owner ON alerts(reseller_id, client_id, failed_at);
";

/// Brings the rule and alert tables of a new or existing database up to date.
pub fn upgrade(conn: &Connection) -> Result<()> {
    conn.execute_batch(SCHEMA)
}

#[derive(Debug, Clone, PartialEq)]
pub struct NotificationRule {
    pub id: i64,
    pub monitor_type: String,
    pub monitor_id: Option<i64>,
    /// Who is alerted: the contact, or else every contact of the group, or else every
    /// contact of the account. A contact's rule may name a group too: the WHMCS add-on
    /// files its rules per group that way (`contactGroupId`).
    pub contact_id: Option<i64>,
    pub group_id: Option<i64>,
    pub period: String,
    pub weekday_from: Option<u8>,
    pub weekday_to: Option<u8>,
    pub time_from: Option<String>,
    pub time_to: Option<String>,
    pub notify_backup: bool,
    pub continuous_alerts: bool,
    pub failure_count: u32,
    pub min_failed_location_count: Option<u32>,
    pub comparing_method: Option<String>,
    pub param_name: Option<String>,
    pub param_value: Option<String>,
}

const RULE_COLUMNS: &str = "id, monitor_type, monitor_id, contact_id, group_id, period, weekday_from, \
     weekday_to, time_from, time_to, notify_backup, continuous_alerts, failure_count, \
     min_failed_location_count, comparing_method, param_name, param_value";

fn rule_row(r: &Row) -> Result<NotificationRule> {
    Ok(NotificationRule {
        id: r.get(0)?,
        monitor_type: r.get(1)?,
        monitor_id: r.get(2)?,
        contact_id: r.get(3)?,
        group_id: r.get(4)?,
        period: r.get(5)?,
        weekday_from: r.get(6)?,
        weekday_to: r.get(7)?,
        time_from: r.get(8)?,
        time_to: r.get(9)?,
        notify_backup: r.get(10)?,
        continuous_alerts: r.get(11)?,
        failure_count: r.get(12)?,
        min_failed_location_count: r.get(13)?,
        comparing_method: r.get(14)?,
        param_name: r.get(15)?,
        param_value: r.get(16)?,
    })
}

/// The owner's rules of a monitor type, of one monitor when `monitor_id` is given.
pub fn notification_rules(
    conn: &Connection,
    owner: AccountRef,
    monitor_type: &str,
    monitor_id: Option<i64>,
) -> Result<Vec<NotificationRule>> {
    conn.prepare_cached(&format!(
        "SELECT {RULE_COLUMNS} FROM notification_rules
         WHERE reseller_id = ?1 AND client_id IS ?2 AND monitor_type = ?3
           AND (?4 IS NULL OR monitor_id = ?4)
         ORDER BY id"
    ))?
    .query_map(
        params![owner.reseller_id, owner.client_id, monitor_type, monitor_id],
        rule_row,
    )?
    .collect()
}

pub fn notification_rule(
    conn: &Connection,
    owner: AccountRef,
    id: i64,
) -> Result<Option<NotificationRule>> {
    conn.prepare_cached(&format!(
        "SELECT {RULE_COLUMNS} FROM notification_rules
         WHERE reseller_id = ?1 AND client_id IS ?2 AND id = ?3"
    ))?
    .query_row(params![owner.reseller_id, owner.client_id, id], rule_row)
    .optional()
}

/// The stored fields of `rule` but its id and monitor type, as ?1..?15 of the
/// statements below.
fn rule_values(rule: &NotificationRule) -> [&dyn ToSql; 15] {
    [
        &rule.monitor_id,
        &rule.contact_id,
        &rule.group_id,
        &rule.period,
        &rule.weekday_from,
        &rule.weekday_to,
        &rule.time_from,
        &rule.time_to,
        &rule.notify_backup,
        &rule.continuous_alerts,
        &rule.failure_count,
        &rule.min_failed_location_count,
        &rule.comparing_method,
        &rule.param_name,
        &rule.param_value,
    ]
}

/// Inserts `rule` (its id is chosen here) and returns its id.
pub fn insert_notification_rule(
    conn: &Connection,
    owner: AccountRef,
    rule: &NotificationRule,
) -> Result<i64> {
    let more: [&dyn ToSql; 3] = [&owner.reseller_id, &owner.client_id, &rule.monitor_type];
    conn.prepare_cached(
        "INSERT INTO notification_rules (monitor_id, contact_id, group_id, period, weekday_from,
            weekday_to, time_from, time_to, notify_backup, continuous_alerts, failure_count,
            min_failed_location_count, comparing_method, param_name, param_value,
            reseller_id, client_id, monitor_type)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?
    .execute(params_from_iter(rule_values(rule).into_iter().chain(more)))?;
    Ok(conn.last_insert_rowid())
}

/// Saves every field of `rule` but its id and monitor type.
pub fn save_notification_rule(conn: &Connection, rule: &NotificationRule) -> Result<()> {
    conn.prepare_cached(
        "UPDATE notification_rules SET monitor_id = ?1, contact_id = ?2, group_id = ?3,
            period = ?4, weekday_from = ?5, weekday_to = ?6, time_from = ?7, time_to = ?8,
            notify_backup = ?9, continuous_alerts = ?10, failure_count = ?11,
            min_failed_location_count = ?12, comparing_method = ?13, param_name = ?14,
            param_value = ?15
         WHERE id = ?16",
    )?
    .execute(params_from_iter(
        rule_values(rule)
            .into_iter()
            .chain([&rule.id as &dyn ToSql]),
    ))?;
    Ok(())
}

pub fn delete_notification_rule(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM notification_rules WHERE id = ?1", [id])?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceRule {
    pub id: i64,
    pub monitor_type: String,
    pub monitor_id: i64,
    pub period: u8,
    pub weekday_from: Option<u8>,
    pub weekday_to: Option<u8>,
    pub time_from: Option<String>,
    pub time_to: Option<String>,
    pub date_time_from: Option<String>,
    pub date_time_to: Option<String>,
    pub timezone: i32,
}

pub fn maintenance_rules(
    conn: &Connection,
    owner: AccountRef,
    monitor_type: &str,
    monitor_id: i64,
) -> Result<Vec<MaintenanceRule>> {
    conn.prepare_cached(
        "SELECT id, monitor_type, monitor_id, period, weekday_from, weekday_to, time_from,
            time_to, date_time_from, date_time_to, timezone
         FROM maintenance_rules
         WHERE reseller_id = ?1 AND client_id IS ?2 AND monitor_type = ?3 AND monitor_id = ?4
         ORDER BY id",
    )?
    .query_map(
        params![owner.reseller_id, owner.client_id, monitor_type, monitor_id],
        |r| {
            Ok(MaintenanceRule {
                id: r.get(0)?,
                monitor_type: r.get(1)?,
                monitor_id: r.get(2)?,
                period: r.get(3)?,
                weekday_from: r.get(4)?,
                weekday_to: r.get(5)?,
                time_from: r.get(6)?,
                time_to: r.get(7)?,
                date_time_from: r.get(8)?,
                date_time_to: r.get(9)?,
                timezone: r.get(10)?,
            })
        },
    )?
    .collect()
}

/// Inserts `rule` (its id is chosen here) and returns its id.
pub fn insert_maintenance_rule(
    conn: &Connection,
    owner: AccountRef,
    rule: &MaintenanceRule,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO maintenance_rules (reseller_id, client_id, monitor_type, monitor_id, period,
            weekday_from, weekday_to, time_from, time_to, date_time_from, date_time_to, timezone)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        owner.reseller_id,
        owner.client_id,
        rule.monitor_type,
        rule.monitor_id,
        rule.period,
        rule.weekday_from,
        rule.weekday_to,
        rule.time_from,
        rule.time_to,
        rule.date_time_from,
        rule.date_time_to,
        rule.timezone
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn delete_maintenance_rule(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM maintenance_rules WHERE id = ?1", [id])?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub id: i64,
    pub data_id: i64,
    pub data_name: String,
    pub data_type: String,
    pub data_type_id: i64,
    pub failed_at: i64,
    pub recovered_at: Option<i64>,
    pub contacts: String,
    pub locations: String,
    pub status: String,
}

/// The owner's alerts that failed within [from, to] (milliseconds), newest first, at most
/// `limit`.
pub fn alerts(
    conn: &Connection,
    owner: AccountRef,
    from: i64,
    to: i64,
    limit: u32,
) -> Result<Vec<Alert>> {
    conn.prepare_cached(
        "SELECT id, data_id, data_name, data_type, data_type_id, failed_at, recovered_at,
            contacts, locations, status
         FROM alerts
         WHERE reseller_id = ?1 AND client_id IS ?2 AND failed_at BETWEEN ?3 AND ?4
         ORDER BY failed_at DESC, id DESC LIMIT ?5",
    )?
    .query_map(
        params![owner.reseller_id, owner.client_id, from, to, limit],
        |r| {
            Ok(Alert {
                id: r.get(0)?,
                data_id: r.get(1)?,
                data_name: r.get(2)?,
                data_type: r.get(3)?,
                data_type_id: r.get(4)?,
                failed_at: r.get(5)?,
                recovered_at: r.get(6)?,
                contacts: r.get(7)?,
                locations: r.get(8)?,
                status: r.get(9)?,
            })
        },
    )?
    .collect()
}
