//! The hosted API's contacts and contact groups (docs/protocol.md, "Contacts, notification
//! rules and alerts"): the addresses alerts go to. They belong to the account acted on:
//! the reseller himself, or the client a reseller names with `clientApikey` (or the
//! client's `apikey` with his token, as the WHMCS add-on sends it), or a client itself.

use rand::Rng;
use serde_json::{Value, json};

use super::compat::owner;
use super::{Ctx, Db, OK, Reply, Res, bad, changed, not_found, read};
use crate::params::Params;
use crate::store::contacts::{self as cs, Contact, Group};
use monitis_core::domain::rules::Refusal;
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;

/// The hosted contact types: number and the name `contactsList` answers.
const CONTACT_TYPES: [(u8, &str); 8] = [
    (1, "Email"),
    (2, "SMS"),
    (3, "ICQ"),
    (7, "Google"),
    (8, "Twitter"),
    (9, "Call"),
    (10, "SMS and Call"),
    (11, "URL"),
];

/// Timezones are minutes from GMT, as the hosted API took them (`300`); the widest real
/// offsets are 12 hours west and 14 hours east.
const TIMEZONE_MINUTES: std::ops::RangeInclusive<i32> = -720..=840;

const CONFIRMATION_KEY_LEN: usize = 32;

/// A boolean in either encoding the clients send for it: `true`/`false` (MAPI, the
/// SDKs) or `1`/`0` (the WHMCS add-on's `textType`, every client's `notifyBackup`).
pub(super) fn flag(p: &Params, name: &str) -> Res<Option<bool>> {
    p.get(name)
        .map(|v| match v.to_ascii_lowercase().as_str() {
            "1" | "true" => Ok(true),
            "0" | "false" => Ok(false),
            _ => Err(bad(format!(
                "parameter {name} must be 1 or 0 (true or false), got {v:?}"
            ))),
        })
        .transpose()
}

fn contact_type(p: &Params) -> Res<Option<u8>> {
    let Some(v) = p.get("contactType") else {
        return Ok(None);
    };
    v.parse::<u8>()
        .ok()
        .filter(|t| CONTACT_TYPES.iter().any(|(n, _)| n == t))
        .map(Some)
        .ok_or_else(|| {
            let known: Vec<String> = CONTACT_TYPES
                .iter()
                .map(|(n, name)| format!("{n} {name}"))
                .collect();
            bad(format!(
                "parameter contactType must be one of {}, got {v:?}",
                known.join(", ")
            ))
        })
}

fn type_name(t: u8) -> &'static str {
    CONTACT_TYPES
        .iter()
        .find(|(n, _)| *n == t)
        .map_or("Unknown", |(_, name)| name)
}

fn timezone(p: &Params) -> Res<Option<i32>> {
    match p.parsed::<i32>("timezone", "a number of minutes")? {
        Some(t) if !TIMEZONE_MINUTES.contains(&t) => Err(bad(format!(
            "parameter timezone must be minutes from GMT between {} and {}, got {t}",
            TIMEZONE_MINUTES.start(),
            TIMEZONE_MINUTES.end()
        ))),
        other => Ok(other),
    }
}

/// The address alerts go to, checked for its type: an email address for emails.
fn check_account(contact_type: u8, account: &str) -> Res<()> {
    let check = if contact_type == 1 {
        validate::email(account)
    } else {
        validate::name(account)
    };
    check.map_err(|why| bad(format!("parameter account {why}")))
}

fn confirmation_key() -> String {
    let mut rng = rand::rng();
    (0..CONFIRMATION_KEY_LEN)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect()
}

fn load(ctx: &Ctx, id: i64) -> Res<Contact> {
    cs::contact(ctx.conn, owner(ctx), id)
        .db()?
        .ok_or_else(|| not_found("contact (contactId)", id))
}

fn name_not_found(what: &str, name: &str) -> Refusal {
    Refusal::new(ErrorCode::NotFound, format!("no such {what}: {name:?}"))
}

fn group_taken(name: &str) -> Refusal {
    Refusal::new(
        ErrorCode::AlreadyExists,
        format!("a contact group named {name:?} already exists: choose another name"),
    )
}

/// The group named `name`, added (active) when the account has none by that name: the
/// hosted `group` of addContact and editContact names a group, new or not.
fn group_named(ctx: &Ctx, name: &str) -> Res<i64> {
    match cs::group_by_name(ctx.conn, owner(ctx), name).db()? {
        Some(g) => Ok(g.id),
        None => cs::insert_group(ctx.conn, owner(ctx), name, true).db(),
    }
}

/// The report and alert options every form of addContact and editContact may carry.
fn apply_options(p: &Params, c: &mut Contact) -> Res<()> {
    c.country = p.get("country").map(str::to_string).or(c.country.take());
    c.portable = flag(p, "portable")?.unwrap_or(c.portable);
    // MAPI's editContact names it textAlerts.
    c.text_type = match flag(p, "textType")? {
        Some(v) => v,
        None => flag(p, "textAlerts")?.unwrap_or(c.text_type),
    };
    c.daily_report = flag(p, "sendDailyReport")?.unwrap_or(c.daily_report);
    c.weekly_report = flag(p, "sendWeeklyReport")?.unwrap_or(c.weekly_report);
    c.monthly_report = flag(p, "sendMonthlyReport")?.unwrap_or(c.monthly_report);
    Ok(())
}

/// `addContact`: unconfirmed until `confirmContact` with its key, unless the request says
/// `confirmContact=true` (the WHMCS add-on adds its clients' contacts so).
pub(super) fn add_contact(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let kind = contact_type(p)?.ok_or_else(|| bad("missing parameter contactType".to_string()))?;
    let account = p.required("account")?;
    check_account(kind, account)?;
    let mut c = Contact {
        id: 0,
        first_name: p.required_valid("firstName", validate::name)?.to_string(),
        last_name: p.required_valid("lastName", validate::name)?.to_string(),
        account: account.to_string(),
        contact_type: kind,
        timezone: timezone(p)?.ok_or_else(|| bad("missing parameter timezone".to_string()))?,
        country: None,
        portable: false,
        text_type: false,
        daily_report: false,
        weekly_report: false,
        monthly_report: false,
        active: true,
        confirmation_key: confirmation_key(),
        confirmed: flag(p, "confirmContact")?.unwrap_or(false),
    };
    apply_options(p, &mut c)?;
    if cs::contact_by_address(ctx.conn, owner(ctx), kind, account)
        .db()?
        .is_some()
    {
        return Err(Refusal::new(
            ErrorCode::AlreadyExists,
            format!(
                "a contact of type {kind} with account {account} already exists: edit it with editContact"
            ),
        ));
    }
    let id = cs::insert_contact(ctx.conn, owner(ctx), &c).db()?;
    if let Some(name) = p.get("group") {
        cs::add_member(ctx.conn, group_named(ctx, name)?, id).db()?;
    }
    changed(json!({ "contactId": id, "confirmationKey": c.confirmation_key }))
}

/// `editContact`: a new address (account or type) needs confirming again, with a new key;
/// `code` is the confirmation key, which confirms it at once.
pub(super) fn edit_contact(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let mut c = load(ctx, p.id("contactId")?)?;
    let kind = contact_type(p)?.unwrap_or(c.contact_type);
    let account = p.get("account").unwrap_or(&c.account).to_string();
    check_account(kind, &account)?;
    if kind != c.contact_type || account != c.account {
        c.confirmation_key = confirmation_key();
        c.confirmed = false;
    }
    c.contact_type = kind;
    c.account = account;
    if let Some(first) = p.get_valid("firstName", validate::name)? {
        c.first_name = first.to_string();
    }
    if let Some(last) = p.get_valid("lastName", validate::name)? {
        c.last_name = last.to_string();
    }
    c.timezone = timezone(p)?.unwrap_or(c.timezone);
    apply_options(p, &mut c)?;
    if let Some(code) = p.get("code") {
        confirm(&mut c, "code", code)?;
    }
    cs::save_contact(ctx.conn, &c).db()?;
    if let Some(name) = p.get("group") {
        cs::add_member(ctx.conn, group_named(ctx, name)?, c.id).db()?;
    }
    changed(json!({ "confirmationKey": c.confirmation_key }))
}

fn confirm(c: &mut Contact, param: &str, key: &str) -> Res<()> {
    if key != c.confirmation_key {
        return Err(bad(format!(
            "parameter {param} is not contact {}'s confirmation key: send the key addContact or editContact answered",
            c.id
        )));
    }
    c.confirmed = true;
    Ok(())
}

/// `deleteContact` by `contactId`, or by `contactType` and `account` (MAPI's `contanct`
/// is read as `account`: the catalog's spelling).
pub(super) fn delete_contact(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let c = match p.opt_id("contactId")? {
        Some(id) => load(ctx, id)?,
        None => {
            let (Some(kind), Some(account)) = (contact_type(p)?, p.get("account")) else {
                return Err(bad(
                    "missing parameter contactId (or contactType and account)".to_string(),
                ));
            };
            cs::contact_by_address(ctx.conn, owner(ctx), kind, account)
                .db()?
                .ok_or_else(|| name_not_found("contact (contactType and account)", account))?
        }
    };
    cs::delete_contact(ctx.conn, c.id).db()?;
    OK
}

pub(super) fn confirm_contact(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let mut c = load(ctx, p.id("contactId")?)?;
    confirm(&mut c, "confirmationKey", p.required("confirmationKey")?)?;
    cs::save_contact(ctx.conn, &c).db()?;
    OK
}

/// `contactActivate` / `contactDeactivate`.
pub(super) fn set_active(ctx: &Ctx, p: &Params, active: bool) -> Res<Reply> {
    let mut c = load(ctx, p.id("contactId")?)?;
    c.active = active;
    cs::save_contact(ctx.conn, &c).db()?;
    OK
}

fn contact_json(c: &Contact) -> Value {
    json!({
        "contactId": c.id,
        "name": format!("{} {}", c.first_name, c.last_name),
        "firstName": c.first_name,
        "lastName": c.last_name,
        "contactType": type_name(c.contact_type),
        "contactAccount": c.account,
        "timezone": c.timezone,
        "portable": c.portable,
        "activeFlag": u8::from(c.active),
        "textType": u8::from(c.text_type),
        "confirmationFlag": u8::from(c.confirmed),
        "country": c.country,
    })
}

/// A group's member, as the WHMCS add-on reads them from `contactsList` with
/// `contactGroupIds` (`contactId`, `account`).
fn member_json(c: &Contact) -> Value {
    json!({
        "contactId": c.id,
        "name": format!("{} {}", c.first_name, c.last_name),
        "account": c.account,
        "contactType": type_name(c.contact_type),
        "activeFlag": u8::from(c.active),
        "confirmationFlag": u8::from(c.confirmed),
    })
}

fn load_group(ctx: &Ctx, id: i64) -> Res<Group> {
    cs::group(ctx.conn, owner(ctx), id)
        .db()?
        .ok_or_else(|| not_found("contact group (groupId)", id))
}

/// `contactsList`: every contact of the account; with `contactGroupIds` (the WHMCS
/// add-on), those groups, each with its members.
pub(super) fn contacts_list(ctx: &Ctx, p: &Params) -> Res<Reply> {
    if p.get("contactGroupIds").is_none() {
        let list = cs::contacts(ctx.conn, owner(ctx), None).db()?;
        return read(list.iter().map(contact_json).collect::<Vec<_>>());
    }
    let groups = p
        .ids("contactGroupIds")?
        .into_iter()
        .map(|id| {
            let g = load_group(ctx, id)?;
            let members = cs::contacts(ctx.conn, owner(ctx), Some(id)).db()?;
            Ok(json!({
                "id": g.id, "name": g.name, "activeFlag": u8::from(g.active),
                "contacts": members.iter().map(member_json).collect::<Vec<_>>(),
            }))
        })
        .collect::<Res<Vec<_>>>()?;
    read(groups)
}

/// `contactsListByContactGroup` (older WHMCS add-ons): the members of one group.
pub(super) fn contacts_by_group(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let g = load_group(ctx, p.id("contactGroupId")?)?;
    let list = cs::contacts(ctx.conn, owner(ctx), Some(g.id)).db()?;
    read(list.iter().map(contact_json).collect::<Vec<_>>())
}

pub(super) fn group_list(ctx: &Ctx) -> Res<Reply> {
    let list: Vec<Value> = cs::groups(ctx.conn, owner(ctx))
        .db()?
        .iter()
        .map(|g| json!({ "id": g.id, "activeFlag": u8::from(g.active), "name": g.name }))
        .collect();
    read(list)
}

/// `addContactGroup`: its `data` is the new group's id (the WHMCS add-on keeps it).
pub(super) fn add_group(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let name = p.required_valid("groupName", validate::name)?;
    let active = flag(p, "active")?.unwrap_or(true);
    if cs::group_by_name(ctx.conn, owner(ctx), name)
        .db()?
        .is_some()
    {
        return Err(group_taken(name));
    }
    changed(cs::insert_group(ctx.conn, owner(ctx), name, active).db()?)
}

/// The group a request names: `groupId` (the WHMCS add-on), else by its name in
/// `name_param` (MAPI and older add-ons: `oldName`, `groupName`).
fn named_group(ctx: &Ctx, p: &Params, name_param: &str) -> Res<Group> {
    if let Some(id) = p.opt_id("groupId")? {
        return load_group(ctx, id);
    }
    let name = p
        .get(name_param)
        .ok_or_else(|| bad(format!("missing parameter groupId (or {name_param})")))?;
    cs::group_by_name(ctx.conn, owner(ctx), name)
        .db()?
        .ok_or_else(|| name_not_found(&format!("contact group ({name_param})"), name))
}

pub(super) fn edit_group(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let g = named_group(ctx, p, "oldName")?;
    let name = p.required_valid("newName", validate::name)?;
    if name != g.name
        && cs::group_by_name(ctx.conn, owner(ctx), name)
            .db()?
            .is_some()
    {
        return Err(group_taken(name));
    }
    cs::rename_group(ctx.conn, g.id, name).db()?;
    OK
}

pub(super) fn delete_group(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let g = named_group(ctx, p, "groupName")?;
    cs::delete_group(ctx.conn, g.id).db()?;
    OK
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        Params::parse(&query.join("&"), b"").unwrap()
    }

    #[test]
    fn flags_take_either_encoding_and_name_the_fix() {
        let p = params(&[("a", "1"), ("b", "false"), ("c", "TRUE"), ("d", "yes")]);
        assert_eq!(flag(&p, "a").unwrap(), Some(true));
        assert_eq!(flag(&p, "b").unwrap(), Some(false));
        assert_eq!(flag(&p, "c").unwrap(), Some(true));
        assert_eq!(flag(&p, "none").unwrap(), None);
        assert_eq!(
            flag(&p, "d").unwrap_err().message,
            "parameter d must be 1 or 0 (true or false), got \"yes\""
        );
    }

    #[test]
    fn contact_types_are_the_hosted_numbers() {
        assert_eq!(
            contact_type(&params(&[("contactType", "10")])).unwrap(),
            Some(10)
        );
        let err = contact_type(&params(&[("contactType", "4")])).unwrap_err();
        assert!(err.message.contains("1 Email, 2 SMS"), "{}", err.message);
        assert_eq!(type_name(11), "URL");
    }

    #[test]
    fn timezones_are_minutes_within_real_offsets() {
        assert_eq!(
            timezone(&params(&[("timezone", "-300")])).unwrap(),
            Some(-300)
        );
        assert_eq!(
            timezone(&params(&[("timezone", "840")])).unwrap(),
            Some(840)
        );
        assert!(timezone(&params(&[("timezone", "841")])).is_err());
        assert!(timezone(&params(&[("timezone", "5h")])).is_err());
    }

    #[test]
    fn confirmation_keys_are_digits() {
        let key = confirmation_key();
        assert_eq!(key.len(), CONFIRMATION_KEY_LEN);
        assert!(key.bytes().all(|b| b.is_ascii_digit()), "{key}");
    }
}
