//! Hosted compatibility (docs/protocol.md, "Hosted compatibility"): what the public
//! clients of the hosted API send that the project's own actions do not cover: key
//! look-ups, the reseller's own external monitors, check locations and sub-accounts.

use std::collections::BTreeSet;

use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Value, json};

use super::accounts::{already_exists, email_free};
use super::monitors::{CHECK_TYPES, interval, load_monitor};
use super::orders::reconcile;
use super::{Action, Ctx, Db, Kind, OK, Reply, Res, bad, changed, not_found, read};
use crate::auth;
use crate::params::Params;
use crate::store::compat::{self as cs, OWN_MONITOR_BASE, OwnMonitor, SubAccount};
use crate::store::{self, AccountRef, MonitorQuery};
use monitis_core::domain::rules::{self, MonitorState, Refusal};
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{AccountKind, Monitor, MonitorType, Status};

/// A check location of external monitors (`locations`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub id: u32,
    pub name: &'static str,
    pub full_name: &'static str,
    pub min_check_interval: u32,
    /// The region the hosted dashboard (and the WHMCS add-on) grouped it under.
    pub group: &'static str,
}

const fn location(
    id: u32,
    name: &'static str,
    full_name: &'static str,
    group: &'static str,
) -> Location {
    Location {
        id,
        name,
        full_name,
        min_check_interval: 1,
        group,
    }
}

/// The check locations, with the ids and names the hosted service gave them (its clients
/// hard-code ids: the .NET SDK's tests 1, 4, 9, 10 and 11, the Perl examples 6 and 7).
/// Every check runs from this host (docs/protocol.md); a monitor without `locationIds`
/// checks from the first.
pub const LOCATIONS: [Location; 7] = [
    location(1, "US-MID", "USA Mid", "Americas"),
    location(4, "UK", "United Kingdom", "Europe"),
    location(6, "AU", "Australia", "Asia"),
    location(7, "DE", "Germany", "Europe"),
    location(9, "US-EST", "USA East", "Americas"),
    location(10, "US-WST", "USA West", "Americas"),
    location(11, "NL", "Netherlands", "Europe"),
];

/// The client a reseller acts on when he sends a client's `apikey` with his own token
/// (authenticated as his by `auth`); in the shape of `clientApikey`'s look-up.
pub(super) fn client_of_apikey(
    conn: &Connection,
    me: AccountRef,
    p: &Params,
) -> Res<Option<Option<i64>>> {
    let Some(apikey) = p.get("apikey") else {
        return Ok(None);
    };
    Ok(store::client_by_apikey(conn, me.reseller_id, apikey)
        .db()?
        .map(Some))
}

/// Whose request an unsigned GET is, when the compatibility doors are open: a version 2
/// read, or `secretkey` in any version, carrying the `apikey` alone (no checksum, token or
/// validation). None: the request authenticates as usual.
pub fn unsigned_caller(
    conn: &Connection,
    p: &Params,
    action: Action,
    doors_open: bool,
) -> Result<Option<AccountRef>, Refusal> {
    let unsigned = ["checksum", "authToken", "validation"]
        .iter()
        .all(|n| p.raw(n).is_none());
    let door = action == Action::Secretkey || p.get("version") == Some("2");
    if !unsigned || action.kind() != Kind::Read || !door {
        return Ok(None);
    }
    if !doors_open {
        return Err(Refusal::new(
            ErrorCode::AuthFailed,
            "unsigned reads are closed on this server: send a checksum or an authToken, or \
             start the server with `sandbox serve --hosted-compat` to open the hosted \
             compatibility doors",
        ));
    }
    let apikey = p
        .get("apikey")
        .ok_or_else(|| Refusal::new(ErrorCode::AuthFailed, "missing apikey"))?;
    let (account, sub_account) = auth::account_of(conn, apikey)?;
    if sub_account.is_some() {
        auth::sub_account_may(action)?;
    }
    Ok(Some(account.account))
}

/// `secretkey`: the secret key of the caller when it is a sub-account (its key is the
/// request's `apikey`, authenticated as its own), else of the account acted on.
pub(super) fn secretkey(ctx: &Ctx, p: &Params) -> Res<Reply> {
    if let Some(sub) = p
        .get("apikey")
        .map(|apikey| cs::sub_account_by_apikey(ctx.conn, apikey))
        .transpose()
        .db()?
        .flatten()
    {
        return read(json!({ "secretkey": sub.secretkey }));
    }
    let apikey = match ctx.client {
        Some(id) => store::client(ctx.conn, id).db()?.apikey,
        None => p.required("apikey")?.to_string(),
    };
    let account = store::account_by_apikey(ctx.conn, &apikey)
        .db()?
        .ok_or_else(|| Refusal::new(ErrorCode::AuthFailed, "unknown apikey"))?;
    read(json!({ "secretkey": account.secretkey }))
}

/// `userInfo` of a reseller with `loadUserPlan=true` gains his `plan`: the totals over
/// all his clients' active orders, with `roleName` `reseller`.
pub(super) fn reseller_plan(ctx: &Ctx, p: &Params, reply: Reply) -> Res<Reply> {
    let Reply::Read(mut info) = reply else {
        return Ok(reply);
    };
    if ctx.client.is_none() && p.bool("loadUserPlan")?.unwrap_or(false) {
        let scope = ctx.reseller_scope();
        let monitors: Vec<_> = store::monitors(ctx.conn, scope, MonitorQuery::default())
            .db()?
            .into_iter()
            .map(|r| r.monitor)
            .collect();
        let mut plan = rules::plan(
            &store::orders(ctx.conn, scope, None).db()?,
            &monitors,
            &store::purchases(ctx.conn, scope).db()?,
        );
        plan.role_name = "reseller".to_string();
        info["plan"] = super::to_json(plan)?;
    }
    Ok(Reply::Read(info))
}

// ----- the reseller's own external monitors -----------------------------------------

/// `addExternalMonitor` without `orderId` by a reseller for himself adds his own monitor,
/// outside any client order; for a client's monitor `orderId` stays required.
pub(super) fn is_own_monitor(ctx: &Ctx, p: &Params) -> bool {
    ctx.caller == AccountKind::Reseller && ctx.client.is_none() && p.get("orderId").is_none()
}

/// The reseller acting for himself (no client named): whose own monitors are in play.
pub(super) fn own(ctx: &Ctx) -> Option<i64> {
    (ctx.caller == AccountKind::Reseller && ctx.client.is_none()).then_some(ctx.me.reseller_id)
}

fn check_type(p: &Params) -> Res<Option<String>> {
    p.get("type")
        .map(|t| {
            CHECK_TYPES
                .contains(&t)
                .then(|| t.to_string())
                .ok_or_else(|| {
                    bad(format!(
                        "parameter type must be one of {}, got {t:?}",
                        CHECK_TYPES.join(", ")
                    ))
                })
        })
        .transpose()
}

pub(super) fn location_ids(p: &Params) -> Res<Option<Vec<u32>>> {
    location_ids_in(p, "locationIds")
}

/// The location ids parameter `name` lists, when given; each must be a location's.
pub(super) fn location_ids_in(p: &Params, name: &str) -> Res<Option<Vec<u32>>> {
    let Some(list) = p.get(name) else {
        return Ok(None);
    };
    list.split(',')
        .map(|id| {
            id.trim()
                .parse::<u32>()
                .ok()
                .filter(|id| LOCATIONS.iter().any(|l| l.id == *id))
                .ok_or_else(|| {
                    bad(format!(
                        "parameter {name} lists {id:?}, which is not a location id (see action=locations)"
                    ))
                })
        })
        .collect::<Res<Vec<u32>>>()
        .map(Some)
}

fn timeout(p: &Params) -> Res<Option<u32>> {
    p.parsed("timeout", "a number of milliseconds")
}

pub(super) fn add_own_monitor(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let m = OwnMonitor {
        id: 0,
        check_type: check_type(p)?.ok_or_else(|| bad("missing parameter type".to_string()))?,
        name: p.required("name")?.to_string(),
        url: p.required("url")?.to_string(),
        interval: interval(p)?.unwrap_or(5),
        timeout: timeout(p)?.unwrap_or(10_000),
        tag: p.get("tag").unwrap_or("Default").to_string(),
        location_ids: location_ids(p)?.unwrap_or_else(|| vec![LOCATIONS[0].id]),
        suspended: false,
        created_at: String::new(),
    };
    let id = cs::insert_own_monitor(ctx.conn, ctx.me.reseller_id, &m).db()?;
    changed(json!({ "testId": id, "isTestNew": 1 }))
}

fn load_own(ctx: &Ctx, reseller_id: i64, id: i64) -> Res<OwnMonitor> {
    cs::own_monitor(ctx.conn, reseller_id, id)
        .db()?
        .ok_or_else(|| not_found("external monitor (testId)", id))
}

fn own_test(m: &OwnMonitor) -> Value {
    json!({ "id": m.id, "name": m.name, "type": m.check_type, "url": m.url,
            "isSuspended": m.suspended, "orderId": null, "tag": m.tag })
}

/// `tests` of a reseller without `clientApikey` also lists his own external monitors
/// (`orderId` null), unless the request filters by order or managed state.
pub(super) fn tests(ctx: &Ctx, p: &Params, mut reply: Reply) -> Res<Reply> {
    let Some(reseller_id) = own(ctx) else {
        return Ok(reply);
    };
    if p.get("orderId").is_some() || p.get("managed").is_some() {
        return Ok(reply);
    }
    let status = p.choice::<Status>("status", "active, suspended")?;
    let own = cs::own_monitors(ctx.conn, reseller_id).db()?;
    if let Reply::Read(list) = &mut reply
        && let Some(tests) = list["testList"].as_array_mut()
    {
        tests.extend(
            own.iter()
                .filter(|m| status.is_none_or(|s| (s == Status::Suspended) == m.suspended))
                .map(own_test),
        );
    }
    Ok(reply)
}

fn locations_of(ids: &[u32], interval: u32) -> Vec<Value> {
    let each: Vec<(u32, u32)> = ids.iter().map(|&id| (id, interval)).collect();
    located(&each)
}

/// The locations of `(id, check interval)` pairs as monitors' infos list them, in the
/// order of `LOCATIONS`; an id that is no location is left out.
pub(super) fn located(pairs: &[(u32, u32)]) -> Vec<Value> {
    (LOCATIONS.iter())
        .filter_map(|l| {
            let (_, interval) = pairs.iter().find(|(id, _)| *id == l.id)?;
            Some(json!({ "id": l.id, "name": l.name, "fullName": l.full_name, "checkInterval": interval }))
        })
        .collect()
}

/// `testinfo`: one external monitor, the reseller's own or one in scope.
pub(super) fn testinfo(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let id = p.id("testId")?;
    if let (Some(reseller_id), true) = (own(ctx), id >= OWN_MONITOR_BASE) {
        let m = load_own(ctx, reseller_id, id)?;
        return read(json!({
            "testId": m.id, "name": m.name, "url": m.url, "type": m.check_type, "tag": m.tag,
            "timeout": m.timeout, "interval": m.interval, "isSuspended": m.suspended,
            "startDate": m.created_at, "orderId": null,
            "locations": locations_of(&m.location_ids, m.interval),
        }));
    }
    let row = store::monitors(
        ctx.conn,
        ctx.scope(),
        MonitorQuery {
            kind: Some(MonitorType::External),
            ..Default::default()
        },
    )
    .db()?
    .into_iter()
    .find(|r| r.monitor.id == id)
    .ok_or_else(|| not_found("external monitor (testId)", id))?;
    let m = row.monitor;
    read(json!({
        "testId": m.id, "name": m.name, "url": m.url,
        "type": row.check_type.unwrap_or_else(|| "http".to_string()), "tag": "Default",
        "timeout": 10_000, "interval": m.interval, "isSuspended": m.status == Status::Suspended,
        "orderId": m.order_id, "locations": locations_of(&[LOCATIONS[0].id], m.interval),
    }))
}

/// `editExternalMonitor`: the reseller's own monitor (every hosted field), or a client's
/// external monitor (name, url, interval; R3 applies).
pub(super) fn edit_external_monitor(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let id = p.id("testId")?;
    if let (Some(reseller_id), true) = (own(ctx), id >= OWN_MONITOR_BASE) {
        let mut m = load_own(ctx, reseller_id, id)?;
        m.check_type = check_type(p)?.unwrap_or(m.check_type);
        m.name = p.get("name").map_or(m.name, str::to_string);
        m.url = p.get("url").map_or(m.url, str::to_string);
        m.interval = interval(p)?.unwrap_or(m.interval);
        m.timeout = timeout(p)?.unwrap_or(m.timeout);
        m.tag = p.get("tag").map_or(m.tag, str::to_string);
        m.location_ids = location_ids(p)?.unwrap_or(m.location_ids);
        cs::save_own_monitor(ctx.conn, &m).db()?;
        return changed(json!({ "testId": id }));
    }
    let monitor = load_monitor(ctx, id)?;
    if monitor.kind != MonitorType::External {
        return Err(not_found("external monitor (testId)", id));
    }
    rules::may_change_monitor(ctx.caller, monitor.id, monitor.managed)?;
    store::edit_monitor(ctx.conn, id, p.get("name"), p.get("url"), interval(p)?).db()?;
    changed(json!({ "testId": id }))
}

/// The reseller's own monitors among `ids` (each must exist) and the other ids, which
/// name clients' monitors.
fn split_own(ctx: &Ctx, ids: &[i64]) -> Res<(Vec<OwnMonitor>, Vec<i64>)> {
    let Some(reseller_id) = own(ctx) else {
        return Ok((Vec::new(), ids.to_vec()));
    };
    let (own_ids, others): (Vec<i64>, Vec<i64>) =
        ids.iter().partition(|id| **id >= OWN_MONITOR_BASE);
    let owns = own_ids
        .into_iter()
        .map(|id| load_own(ctx, reseller_id, id))
        .collect::<Res<_>>()?;
    Ok((owns, others))
}

/// `suspendExternalMonitor` / `activateExternalMonitor` (`monitorIds`, or `tag` for the
/// reseller's own monitors), all or none: the reseller's own monitors, and his clients'
/// external monitors in scope, which the reseller's suspension holds whatever the rules
/// say until he activates them; activated, they meet R9 and R6 again (docs/rules.md).
pub(super) fn set_monitors_suspended(ctx: &Ctx, p: &Params, suspended: bool) -> Res<Reply> {
    rules::may_hold(ctx.caller)?;
    let (owns, client_ids) = match (p.get("monitorIds"), p.get("tag"), own(ctx)) {
        (Some(_), _, _) => split_own(ctx, &p.ids("monitorIds")?)?,
        (None, Some(tag), Some(reseller_id)) => {
            let tagged = cs::own_monitors(ctx.conn, reseller_id).db()?;
            (
                tagged.into_iter().filter(|m| m.tag == tag).collect(),
                Vec::new(),
            )
        }
        (None, Some(_), None) => {
            return Err(bad(
                "parameter tag names the reseller's own monitors: name a client's monitors with monitorIds"
                    .to_string(),
            ));
        }
        (None, None, _) => return Err(bad("missing parameter monitorIds (or tag)".to_string())),
    };
    let found = store::monitors_by_id(ctx.conn, ctx.scope(), &client_ids).db()?;
    let clients: Vec<&Monitor> = client_ids
        .iter()
        .map(|id| {
            found
                .get(id)
                .filter(|m| m.kind == MonitorType::External)
                .ok_or_else(|| not_found("external monitor (monitorIds)", *id))
        })
        .collect::<Res<_>>()?;
    for mut m in owns {
        m.suspended = suspended;
        cs::save_own_monitor(ctx.conn, &m).db()?;
    }
    let mut orders = BTreeSet::new();
    for m in clients {
        let state = MonitorState::of(m);
        let next = if suspended {
            rules::on_reseller_hold(state)
        } else {
            rules::on_reseller_release(state)
        };
        if let Some(next) = next {
            store::save_monitor_state(ctx.conn, next).db()?;
            orders.insert(m.order_id);
        }
    }
    if !suspended {
        for order_id in orders {
            reconcile(ctx, order_id)?;
        }
        return OK;
    }
    changed(json!({ "failedToSuspend": [] }))
}

/// Deletes the reseller's own monitors among `ids` (all must exist) and returns the
/// others, for the clients' monitors' deletion in the same transaction.
pub(super) fn delete_own_monitors(ctx: &Ctx, ids: &[i64]) -> Res<Vec<i64>> {
    let (owns, others) = split_own(ctx, ids)?;
    for m in owns {
        cs::delete_own_monitor(ctx.conn, m.id).db()?;
    }
    Ok(others)
}

// ----- sub-accounts --------------------------------------------------------------------

/// The account acted on: the reseller himself or the client named.
pub(super) fn owner(ctx: &Ctx) -> AccountRef {
    AccountRef {
        reseller_id: ctx.me.reseller_id,
        client_id: ctx.client,
    }
}

pub(super) fn sub_accounts(ctx: &Ctx) -> Res<Reply> {
    let list: Vec<Value> = cs::sub_accounts(ctx.conn, owner(ctx))
        .db()?
        .into_iter()
        .map(|s| {
            json!({ "id": s.id, "account": s.email, "firstName": s.first_name,
                    "lastName": s.last_name, "group": s.group, "userkey": s.userkey })
        })
        .collect();
    read(list)
}

pub(super) fn add_sub_account(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let email = validate::fold_email(p.required_valid("email", validate::email)?);
    let email = email.as_str();
    let new = SubAccount {
        id: 0,
        email: email.to_string(),
        first_name: p.required_valid("firstName", validate::name)?.to_string(),
        last_name: p.required_valid("lastName", validate::name)?.to_string(),
        group: p.get("group").unwrap_or("Default").to_string(),
        userkey: store::random_key(&mut rand::rng(), store::APIKEY_LEN),
    };
    p.required("password")?;
    email_free(ctx, email, None)?;
    if cs::sub_account_email_taken(ctx.conn, email).db()? {
        return Err(already_exists(email));
    }
    let hash = ctx
        .password_hash
        .as_deref()
        .ok_or_else(|| super::broken("addSubAccount ran without its password hash"))?;
    let secretkey = store::random_key(&mut rand::rng(), store::SECRETKEY_LEN);
    let id = cs::insert_sub_account(ctx.conn, owner(ctx), &new, hash, &secretkey).db()?;
    // The owner hands the keys on, as `resetKeys` answers a client's new keys to its reseller.
    changed(json!({ "userId": id, "apikey": new.userkey, "secretkey": secretkey }))
}

pub(super) fn delete_sub_account(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let id = p.id("userId")?;
    if !cs::delete_sub_account(ctx.conn, owner(ctx), id).db()? {
        return Err(not_found("sub-account (userId)", id));
    }
    OK
}
