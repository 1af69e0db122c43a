//! Account actions: user info, keys, and the reseller's clients.

use std::collections::HashMap;

use serde_json::json;

use super::{Ctx, Db, OK, Reply, Res, bad, changed, read};
use crate::params::Params;
use crate::store::{self, AccountRef, MonitorQuery, Scope};
use monitis_core::domain::rules::{self, Refusal};
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{
    Client, Keys, NewKeys, OrderStatus, ResellerInfo, Status, UserInfo,
};

/// The clients of `rows`, all in `scope`, as the API shows them. Their orders, monitors
/// and purchases are read with one query each for the whole scope (for one client, its
/// own), not one per client.
fn client_objects(
    ctx: &Ctx,
    scope: Scope,
    rows: Vec<store::ClientRow>,
    load_plan: bool,
    load_monitors: bool,
    paid: bool,
) -> Res<Vec<Client>> {
    let scope = match rows.as_slice() {
        [] => return Ok(Vec::new()),
        [one] => Scope {
            client_id: Some(one.id),
            ..scope
        },
        _ => scope,
    };
    let mut orders = by_client(store::orders(ctx.conn, scope, None).db()?, |o| o.client_id);
    let mut monitors = if load_plan || load_monitors {
        let rows = store::monitors(ctx.conn, scope, MonitorQuery::default()).db()?;
        by_client(rows.into_iter().map(|r| r.monitor), |m| m.client_id)
    } else {
        HashMap::new()
    };
    let mut purchases = if load_plan {
        by_client(store::purchases(ctx.conn, scope).db()?, |p| p.client_id)
    } else {
        HashMap::new()
    };
    let clients = rows.into_iter().map(|row| {
        let orders = orders.remove(&row.id).unwrap_or_default();
        let monitors = monitors.remove(&row.id).unwrap_or_default();
        let statuses: Vec<OrderStatus> = orders.iter().map(|o| o.status).collect();
        let plan = load_plan.then(|| {
            rules::plan(
                &orders,
                &monitors,
                &purchases.remove(&row.id).unwrap_or_default(),
            )
        });
        Client {
            id: row.id,
            account: row.email,
            first_name: row.first_name,
            last_name: row.last_name,
            apikey: row.apikey,
            status: rules::client_status(paid, &statuses),
            created_at: row.created_at,
            plan,
            monitors: load_monitors.then_some(monitors),
        }
    });
    Ok(clients.collect())
}

/// Groups rows by their client, keeping their order.
fn by_client<T>(
    rows: impl IntoIterator<Item = T>,
    client: impl Fn(&T) -> i64,
) -> HashMap<i64, Vec<T>> {
    let mut grouped: HashMap<i64, Vec<T>> = HashMap::new();
    for row in rows {
        grouped.entry(client(&row)).or_default().push(row);
    }
    grouped
}

pub(super) fn user_info(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let reseller = store::reseller(ctx.conn, ctx.me.reseller_id).db()?;
    let load_plan = p.bool("loadUserPlan")?.unwrap_or(false);
    match ctx.client {
        Some(id) => {
            let row = store::client(ctx.conn, id).db()?;
            let client =
                client_objects(ctx, ctx.scope(), vec![row], load_plan, false, reseller.paid)?
                    .pop()
                    .ok_or_else(|| super::broken("userInfo: one client in, none out"))?;
            read(UserInfo::Client(client))
        }
        None => read(UserInfo::Reseller(ResellerInfo {
            id: reseller.id,
            account: reseller.account,
            name: reseller.name,
            paid: reseller.paid,
            branding: reseller.branding,
            clients: store::clients(ctx.conn, ctx.reseller_scope(), None)
                .db()?
                .len() as u64,
        })),
    }
}

/// New keys: at once (hosted), or with `pending=true` (sandbox) beside the old ones,
/// which keep working until `confirmKeys`, so that a lost answer locks no one out.
pub(super) fn reset_keys(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let account = AccountRef {
        reseller_id: ctx.me.reseller_id,
        client_id: ctx.client,
    };
    let pending = p.bool("pending")?.unwrap_or(false);
    let (apikey, secretkey) = store::new_keys(ctx.conn, account, pending, &mut rand::rng()).db()?;
    changed(NewKeys {
        keys: Keys { apikey, secretkey },
        pending,
    })
}

/// `confirmKeys` (sandbox): signed with pending keys, makes them the caller's keys and
/// retires the old ones; signed with the current keys, changes nothing, so that a
/// confirmation whose answer was lost can be sent again.
pub(super) fn confirm_keys(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let promoted = store::promote_keys(ctx.conn, ctx.me, p.required("apikey")?).db()?;
    changed(json!({ "promoted": promoted }))
}

/// A valid email, in the folded form it is stored and compared in.
fn email_param(p: &Params) -> Res<Option<String>> {
    Ok(p.get_valid("email", validate::email)?
        .map(validate::fold_email))
}

pub(super) fn already_exists(email: &str) -> Refusal {
    Refusal::new(
        ErrorCode::AlreadyExists,
        format!("an account with email {email} already exists"),
    )
}

pub(super) fn email_free(ctx: &Ctx, email: &str, except: Option<i64>) -> Res<()> {
    if store::email_taken(ctx.conn, email, except).db()? {
        return Err(already_exists(email));
    }
    Ok(())
}

pub(super) fn add_client(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let email = email_param(p)?.ok_or_else(|| bad("missing parameter email".to_string()))?;
    let email = email.as_str();
    let first_name = p.required_valid("firstName", validate::name)?;
    let last_name = p.required_valid("lastName", validate::name)?;
    p.required("password")?;
    email_free(ctx, email, None)?;
    let password_hash = ctx
        .password_hash
        .as_deref()
        .ok_or_else(|| super::broken("addClient ran without its password hash"))?;
    let new = store::ClientInsert {
        reseller_id: ctx.me.reseller_id,
        email,
        first_name,
        last_name,
        password_hash,
    };
    let (_, apikey) = store::insert_client(ctx.conn, &new, &mut rand::rng()).db()?;
    changed(apikey)
}

pub(super) fn clients(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let load_plan = p.bool("loadUserPlan")?.unwrap_or(false);
    let load_monitors = p.bool("loadMonitors")?.unwrap_or(false);
    let status = p.choice::<Status>("status", "active, suspended")?;
    let paid = ctx.paid()?;
    let email = p.get("email");
    let Some(scope) = ctx.listed_scope(p)? else {
        return read(Vec::<Client>::new());
    };
    let rows = store::clients(ctx.conn, scope, email).db()?;
    let mut out = client_objects(ctx, scope, rows, load_plan, load_monitors, paid)?;
    out.retain(|c| status.is_none_or(|s| s == c.status));
    read(out)
}

pub(super) fn edit_user(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let id = ctx.client_required()?;
    let email = email_param(p)?;
    let email = email.as_deref();
    let first_name = p.get_valid("firstName", validate::name)?;
    let last_name = p.get_valid("lastName", validate::name)?;
    if email.is_none() && first_name.is_none() && last_name.is_none() && ctx.password_hash.is_none()
    {
        return Err(bad(
            "nothing to change: give firstName, lastName, email or password".to_string(),
        ));
    }
    if let Some(email) = email {
        email_free(ctx, email, Some(id))?;
    }
    store::update_client(
        ctx.conn,
        id,
        first_name,
        last_name,
        email,
        ctx.password_hash.as_deref(),
    )
    .db()?;
    OK
}
