//! Storage of the hosted API's contacts and contact groups (docs/protocol.md, "Contacts,
//! notification rules and alerts"). Each belongs to an account: a reseller (`client_id`
//! NULL) or one of his clients. The tables are additive: `upgrade` runs at every open.

use rusqlite::{Connection, OptionalExtension, Row, ToSql, params, params_from_iter};

use super::{AccountRef, Result, now_text};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS contact_groups (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
-- MAPI names groups by name (editContactGroup oldName, deleteContactGroup groupName):
-- a name is one group of its account.
CREATE UNIQUE INDEX IF NOT EXISTS contact_groups_name
    ON contact_groups(reseller_id, COALESCE(client_id, 0), name);
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    -- The address the alerts go to: an email, a phone number, a URL..., by contact_type.
    account TEXT NOT NULL,
    contact_type INTEGER NOT NULL,
    -- Minutes, as the hosted API took them.
    timezone INTEGER NOT NULL,
    country TEXT,
    portable INTEGER NOT NULL DEFAULT 0,
    text_type INTEGER NOT NULL DEFAULT 0,
    daily_report INTEGER NOT NULL DEFAULT 0,
    weekly_report INTEGER NOT NULL DEFAULT 0,
    monthly_report INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    confirmation_key TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS contacts_owner ON contacts(reseller_id, client_id);
CREATE TABLE IF NOT EXISTS contact_group_members (
    group_id INTEGER NOT NULL REFERENCES contact_groups(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, contact_id)
);
";

/// Brings the contact tables of a new or existing database up to date.
pub fn upgrade(conn: &Connection) -> Result<()> {
    conn.execute_batch(SCHEMA)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub account: String,
    pub contact_type: u8,
    pub timezone: i32,
    pub country: Option<String>,
    pub portable: bool,
    pub text_type: bool,
    pub daily_report: bool,
    pub weekly_report: bool,
    pub monthly_report: bool,
    pub active: bool,
    pub confirmation_key: String,
    pub confirmed: bool,
}

const CONTACT_COLUMNS: &str = "c.id, c.first_name, c.last_name, c.account, c.contact_type, c.timezone, \
     c.country, c.portable, c.text_type, c.daily_report, c.weekly_report, c.monthly_report, \
     c.active, c.confirmation_key, c.confirmed";

fn contact_row(r: &Row) -> Result<Contact> {
    Ok(Contact {
        id: r.get(0)?,
        first_name: r.get(1)?,
        last_name: r.get(2)?,
        account: r.get(3)?,
        contact_type: r.get(4)?,
        timezone: r.get(5)?,
        country: r.get(6)?,
        portable: r.get(7)?,
        text_type: r.get(8)?,
        daily_report: r.get(9)?,
        weekly_report: r.get(10)?,
        monthly_report: r.get(11)?,
        active: r.get(12)?,
        confirmation_key: r.get(13)?,
        confirmed: r.get(14)?,
    })
}

/// The owner's contacts, by id; only the members of `group_id` when given.
pub fn contacts(
    conn: &Connection,
    owner: AccountRef,
    group_id: Option<i64>,
) -> Result<Vec<Contact>> {
    conn.prepare_cached(&format!(
        "SELECT {CONTACT_COLUMNS} FROM contacts c
         WHERE c.reseller_id = ?1 AND c.client_id IS ?2
           AND (?3 IS NULL OR c.id IN (SELECT contact_id FROM contact_group_members WHERE group_id = ?3))
         ORDER BY c.id"
    ))?
    .query_map(params![owner.reseller_id, owner.client_id, group_id], contact_row)?
    .collect()
}

pub fn contact(conn: &Connection, owner: AccountRef, id: i64) -> Result<Option<Contact>> {
    conn.prepare_cached(&format!(
        "SELECT {CONTACT_COLUMNS} FROM contacts c
         WHERE c.reseller_id = ?1 AND c.client_id IS ?2 AND c.id = ?3"
    ))?
    .query_row(params![owner.reseller_id, owner.client_id, id], contact_row)
    .optional()
}

/// The owner's contact of this type and address (the second form of `deleteContact`).
pub fn contact_by_address(
    conn: &Connection,
    owner: AccountRef,
    contact_type: u8,
    account: &str,
) -> Result<Option<Contact>> {
    conn.prepare_cached(&format!(
        "SELECT {CONTACT_COLUMNS} FROM contacts c
         WHERE c.reseller_id = ?1 AND c.client_id IS ?2 AND c.contact_type = ?3 AND c.account = ?4"
    ))?
    .query_row(
        params![owner.reseller_id, owner.client_id, contact_type, account],
        contact_row,
    )
    .optional()
}

/// The stored fields of `c` but its id, as ?1..?14 of the statements below.
fn contact_values(c: &Contact) -> [&dyn ToSql; 14] {
    [
        &c.first_name,
        &c.last_name,
        &c.account,
        &c.contact_type,
        &c.timezone,
        &c.country,
        &c.portable,
        &c.text_type,
        &c.daily_report,
        &c.weekly_report,
        &c.monthly_report,
        &c.active,
        &c.confirmation_key,
        &c.confirmed,
    ]
}

/// Inserts `c` (its id is chosen here) and returns its id.
pub fn insert_contact(conn: &Connection, owner: AccountRef, c: &Contact) -> Result<i64> {
    let now = now_text();
    let more: [&dyn ToSql; 3] = [&owner.reseller_id, &owner.client_id, &now];
    conn.prepare_cached(
        "INSERT INTO contacts (first_name, last_name, account, contact_type, timezone, country,
            portable, text_type, daily_report, weekly_report, monthly_report, active,
            confirmation_key, confirmed, reseller_id, client_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?
    .execute(params_from_iter(contact_values(c).into_iter().chain(more)))?;
    Ok(conn.last_insert_rowid())
}

/// Saves every field of `c` but its id.
pub fn save_contact(conn: &Connection, c: &Contact) -> Result<()> {
    conn.prepare_cached(
        "UPDATE contacts SET first_name = ?1, last_name = ?2, account = ?3, contact_type = ?4,
            timezone = ?5, country = ?6, portable = ?7, text_type = ?8, daily_report = ?9,
            weekly_report = ?10, monthly_report = ?11, active = ?12, confirmation_key = ?13,
            confirmed = ?14
         WHERE id = ?15",
    )?
    .execute(params_from_iter(
        contact_values(c).into_iter().chain([&c.id as &dyn ToSql]),
    ))?;
    Ok(())
}

/// Deletes a contact (its group memberships and notification rules go with it).
pub fn delete_contact(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM contacts WHERE id = ?1", [id])?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub active: bool,
}

fn group_row(r: &Row) -> Result<Group> {
    Ok(Group {
        id: r.get(0)?,
        name: r.get(1)?,
        active: r.get(2)?,
    })
}

pub fn groups(conn: &Connection, owner: AccountRef) -> Result<Vec<Group>> {
    conn.prepare_cached(
        "SELECT id, name, active FROM contact_groups
         WHERE reseller_id = ?1 AND client_id IS ?2 ORDER BY id",
    )?
    .query_map(params![owner.reseller_id, owner.client_id], group_row)?
    .collect()
}

pub fn group(conn: &Connection, owner: AccountRef, id: i64) -> Result<Option<Group>> {
    conn.prepare_cached(
        "SELECT id, name, active FROM contact_groups
         WHERE reseller_id = ?1 AND client_id IS ?2 AND id = ?3",
    )?
    .query_row(params![owner.reseller_id, owner.client_id, id], group_row)
    .optional()
}

pub fn group_by_name(conn: &Connection, owner: AccountRef, name: &str) -> Result<Option<Group>> {
    conn.prepare_cached(
        "SELECT id, name, active FROM contact_groups
         WHERE reseller_id = ?1 AND client_id IS ?2 AND name = ?3",
    )?
    .query_row(params![owner.reseller_id, owner.client_id, name], group_row)
    .optional()
}

/// Inserts a group and returns its id.
pub fn insert_group(conn: &Connection, owner: AccountRef, name: &str, active: bool) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO contact_groups (reseller_id, client_id, name, active) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![owner.reseller_id, owner.client_id, name, active])?;
    Ok(conn.last_insert_rowid())
}

pub fn rename_group(conn: &Connection, id: i64, name: &str) -> Result<()> {
    conn.execute(
        "UPDATE contact_groups SET name = ?2 WHERE id = ?1",
        params![id, name],
    )?;
    Ok(())
}

/// Deletes a group; its members stay, its notification rules go with it.
pub fn delete_group(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM contact_groups WHERE id = ?1", [id])?;
    Ok(())
}

pub fn add_member(conn: &Connection, group_id: i64, contact_id: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO contact_group_members (group_id, contact_id) VALUES (?1, ?2)",
    )?
    .execute(params![group_id, contact_id])?;
    Ok(())
}
