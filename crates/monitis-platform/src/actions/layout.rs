//! The hosted dashboard layout and sub-account pages (docs/protocol.md, "Keys, layout,
//! sub-account pages and results"): an account's pages (`pages`, `addPage`,
//! `deletePage`), the modules on them (`pageModules`, `addPageModule`,
//! `deletePageModule`), and which pages each of its sub-accounts is given
//! (`subAccountPages`, `addPagesToSubAccount`, `deletePagesFromSubAccount`). The
//! account is the one acted on: the reseller, or a client (its own keys, or the
//! reseller's with `clientApikey`).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::compat::owner;
use super::results::external_test;
use super::{Ctx, Db, OK, Reply, Res, bad, changed, not_found, read};
use crate::params::Params;
use crate::store::compat as cs;
use crate::store::layout::{self as ls, Page, PageModule};
use monitis_core::domain::rules::Refusal;
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;

/// The module names of the hosted dashboard (the MApi SDK's `MLayout::MODULE_*`).
pub const MODULE_NAMES: [&str; 12] = [
    "External",
    "Process",
    "Drive",
    "Memory",
    "InternalHTTP",
    "InternalPing",
    "LoadAverage",
    "CPU",
    "Transaction",
    "Fullpageload",
    "VisitorsTracking",
    "CustomMonitor",
];

/// At most this many columns on a page.
pub const MAX_COLUMNS: u32 = 10;
/// At most this row on a page, and this height (pixels) of a module.
const MAX_ROW: u32 = 1000;
const MAX_HEIGHT: u32 = 10_000;

/// A whole number from 1 to `max`, when given.
fn bounded(p: &Params, name: &str, max: u32) -> Res<Option<u32>> {
    match p.parsed::<u32>(name, &format!("a whole number from 1 to {max}"))? {
        Some(n) if n == 0 || n > max => Err(bad(format!(
            "parameter {name} must be a whole number from 1 to {max}, got {n}"
        ))),
        other => Ok(other),
    }
}

fn required_bounded(p: &Params, name: &str, max: u32) -> Res<u32> {
    bounded(p, name, max)?.ok_or_else(|| bad(format!("missing parameter {name}")))
}

fn page_by_title(ctx: &Ctx, title: &str) -> Res<Page> {
    ls::pages(ctx.conn, owner(ctx))
        .db()?
        .into_iter()
        .find(|page| page.title == title)
        .ok_or_else(|| {
            Refusal::new(
                ErrorCode::NotFound,
                format!("no such page: {title:?} (action=pages lists the page titles)"),
            )
        })
}

pub(super) fn pages(ctx: &Ctx) -> Res<Reply> {
    let list: Vec<Value> = ls::pages(ctx.conn, owner(ctx))
        .db()?
        .into_iter()
        .map(|page| json!({ "id": page.id, "title": page.title, "columnCount": page.column_count }))
        .collect();
    read(list)
}

pub(super) fn page_modules(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let page = page_by_title(ctx, p.required("pageName")?)?;
    let list: Vec<Value> = ls::page_modules(ctx.conn, page.id)
        .db()?
        .into_iter()
        .map(|m| {
            json!({ "id": m.id, "moduleName": m.module_name, "dataModuleId": m.data_module_id,
                    "column": m.column, "row": m.row, "height": m.height })
        })
        .collect();
    read(list)
}

pub(super) fn add_page(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let title = p.required_valid("title", validate::name)?;
    let column_count = bounded(p, "columnCount", MAX_COLUMNS)?.unwrap_or(1);
    let owner = owner(ctx);
    if ls::pages(ctx.conn, owner)
        .db()?
        .iter()
        .any(|page| page.title == title)
    {
        return Err(Refusal::new(
            ErrorCode::AlreadyExists,
            format!(
                "a page titled {title:?} exists: choose another title, or delete it with action=deletePage"
            ),
        ));
    }
    let id = ls::insert_page(ctx.conn, owner, title, column_count).db()?;
    changed(json!({ "pageId": id }))
}

pub(super) fn delete_page(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let id = p.id("pageId")?;
    if !ls::delete_page(ctx.conn, owner(ctx), id).db()? {
        return Err(not_found("page (pageId)", id));
    }
    OK
}

/// `addPageModule`: a module on one of the account's pages, within its columns. An
/// `External` module's `dataModuleId` must name an external monitor the caller sees; the
/// other module types name monitors of families the sandbox may not serve, kept as given.
pub(super) fn add_page_module(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let name = p.required("moduleName")?;
    let module_name = MODULE_NAMES
        .iter()
        .find(|known| known.eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            bad(format!(
                "parameter moduleName must be one of {}, got {name:?}",
                MODULE_NAMES.join(", ")
            ))
        })?;
    let page_id = p.id("pageId")?;
    let page = ls::pages(ctx.conn, owner(ctx))
        .db()?
        .into_iter()
        .find(|page| page.id == page_id)
        .ok_or_else(|| not_found("page (pageId)", page_id))?;
    let column = required_bounded(p, "column", page.column_count)?;
    let data_module_id = p.opt_id("dataModuleId")?;
    if let (Some(id), "External") = (data_module_id, *module_name) {
        external_test(ctx, id)?;
    }
    let module = PageModule {
        id: 0,
        page_id,
        module_name: module_name.to_string(),
        data_module_id,
        column,
        row: required_bounded(p, "row", MAX_ROW)?,
        height: bounded(p, "height", MAX_HEIGHT)?,
    };
    let id = ls::insert_module(ctx.conn, &module).db()?;
    changed(json!({ "pageModuleId": id }))
}

pub(super) fn delete_page_module(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let id = p.id("pageModuleId")?;
    if !ls::delete_module(ctx.conn, owner(ctx), id).db()? {
        return Err(not_found("page module (pageModuleId)", id));
    }
    OK
}

// ----- sub-account pages ---------------------------------------------------------------

/// `subAccountPages`: every sub-account of the account with the titles of its pages.
pub(super) fn sub_account_pages(ctx: &Ctx) -> Res<Reply> {
    let owner = owner(ctx);
    let titles: BTreeMap<i64, String> = ls::pages(ctx.conn, owner)
        .db()?
        .into_iter()
        .map(|page| (page.id, page.title))
        .collect();
    let mut given: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
    for (sub, page) in ls::sub_account_pages(ctx.conn, owner).db()? {
        if let Some(title) = titles.get(&page) {
            given.entry(sub).or_default().push(title);
        }
    }
    let list: Vec<Value> = cs::sub_accounts(ctx.conn, owner)
        .db()?
        .into_iter()
        .map(|s| {
            let pages = given.remove(&s.id).unwrap_or_default();
            json!({ "id": s.id, "account": s.email, "pages": pages })
        })
        .collect();
    read(list)
}

/// The pages `pageNames` names: titles joined with ";" (most clients) or "," (the
/// jeremiahshirk Ruby SDK). A part between ";" that is no title is read as a ","
/// list, so that a title holding a comma still names its page.
fn named_pages(ctx: &Ctx, p: &Params) -> Res<Vec<i64>> {
    let list = p.required("pageNames")?;
    let pages = ls::pages(ctx.conn, owner(ctx)).db()?;
    let id_of = |title: &str| {
        pages
            .iter()
            .find(|page| page.title == title)
            .map(|page| page.id)
    };
    let mut ids = Vec::new();
    for part in list.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        if let Some(id) = id_of(part) {
            ids.push(id);
            continue;
        }
        for title in part.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            ids.push(id_of(title).ok_or_else(|| {
                Refusal::new(
                    ErrorCode::NotFound,
                    format!(
                        "parameter pageNames names no page titled {title:?} (action=pages lists the page titles)"
                    ),
                )
            })?);
        }
    }
    Ok(ids)
}

/// `addPagesToSubAccount` / `deletePagesFromSubAccount`: all the named pages or none.
pub(super) fn grant_pages(ctx: &Ctx, p: &Params, granted: bool) -> Res<Reply> {
    let sub = p.id("userId")?;
    if !ls::owns_sub_account(ctx.conn, owner(ctx), sub).db()? {
        return Err(not_found("sub-account (userId)", sub));
    }
    for page in named_pages(ctx, p)? {
        ls::grant_page(ctx.conn, sub, page, granted).db()?;
    }
    OK
}
