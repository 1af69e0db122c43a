//! Public keys and shared widgets (docs/protocol.md, "Keys, layout, sub-account pages
//! and results"): `getPublicKeys`, `addPublicKey`, `updatePublicKey`,
//! `deletePublicKeys` and `getWidget`. A public key is a key string an account hands
//! out with its settings (`params`, a JSON object); `getWidget` answers the key of one
//! shared widget, made on first asking.

use serde_json::{Map, Value, json};

use super::compat::owner;
use super::results::external_test;
use super::{Ctx, Db, OK, Reply, Res, bad, changed, read};
use crate::params::Params;
use crate::store::keys::{self as pk, Widget};
use crate::store::{self, APIKEY_LEN};
use monitis_core::domain::rules::Refusal;
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;

/// `params`: a JSON object, `{}` when left out (the MApi SDK's default).
fn key_params(p: &Params) -> Res<String> {
    let Some(text) = p.get("params") else {
        return Ok("{}".to_string());
    };
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(_)) => Ok(text.to_string()),
        _ => Err(bad(format!(
            "parameter params must be a JSON object, such as {{\"theme\":\"dark\"}}, got {text:?}"
        ))),
    }
}

fn unknown_key(key: &str) -> Refusal {
    Refusal::new(
        ErrorCode::NotFound,
        format!("no such public key: {key:?} (action=getPublicKeys lists them)"),
    )
}

/// `getPublicKeys`: each key with its settings and when it was made and last changed.
pub(super) fn public_keys(ctx: &Ctx) -> Res<Reply> {
    let list: Vec<Value> = pk::public_keys(ctx.conn, owner(ctx))
        .db()?
        .into_iter()
        .map(|k| {
            let params: Value =
                serde_json::from_str(&k.params).unwrap_or(Value::Object(Map::new()));
            json!({ "id": k.id, "key": k.key, "createdOn": k.created_at,
                    "modifiedOn": k.modified_at, "params": params })
        })
        .collect();
    read(list)
}

fn new_key(ctx: &Ctx, params_json: &str, widget: Option<Widget>) -> Res<String> {
    let key = store::random_key(&mut rand::rng(), APIKEY_LEN);
    pk::insert_public_key(ctx.conn, owner(ctx), &key, params_json, widget).db()?;
    Ok(key)
}

/// `addPublicKey`: a new key with `params`; answers it as `data`.
pub(super) fn add_public_key(ctx: &Ctx, p: &Params) -> Res<Reply> {
    changed(new_key(ctx, &key_params(p)?, None)?)
}

pub(super) fn update_public_key(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let key = p.required("key")?;
    let found = pk::public_key(ctx.conn, owner(ctx), key)
        .db()?
        .ok_or_else(|| unknown_key(key))?;
    pk::update_public_key(ctx.conn, found.id, &key_params(p)?).db()?;
    OK
}

/// `deletePublicKeys`: the comma-separated `keys`, all or none.
pub(super) fn delete_public_keys(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let owner = owner(ctx);
    let found = p
        .required("keys")?
        .split(',')
        .map(str::trim)
        .filter(|key| !key.is_empty())
        .map(|key| {
            pk::public_key(ctx.conn, owner, key)
                .db()?
                .ok_or_else(|| unknown_key(key))
        })
        .collect::<Res<Vec<_>>>()?;
    for key in found {
        pk::delete_public_key(ctx.conn, key.id).db()?;
    }
    OK
}

/// `getWidget` (a GET that may store: it runs on the writer): the public key of the
/// widget of `moduleType` (and `monitorId`, for one monitor's), made the first time it
/// is asked for and the same after; answered as `{"data": key}`.
pub(super) fn get_widget(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let widget = Widget {
        module_type: p.required_valid("moduleType", validate::name)?,
        monitor_id: p.opt_id("monitorId")?,
    };
    if let (Some(id), true) = (widget.monitor_id, widget.module_type == "external") {
        external_test(ctx, id)?;
    }
    let key = match pk::widget_key(ctx.conn, owner(ctx), widget).db()? {
        Some(found) => found.key,
        None => {
            let mut params = json!({ "moduleType": widget.module_type });
            if let Some(id) = widget.monitor_id {
                params["monitorId"] = json!(id);
            }
            new_key(ctx, &params.to_string(), Some(widget))?
        }
    };
    read(json!({ "data": key }))
}
