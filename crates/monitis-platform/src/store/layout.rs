//! Storage of the hosted dashboard layout (docs/protocol.md, "Keys, layout, sub-account
//! pages and results"): an account's pages, the modules placed on them, and which pages
//! each of its sub-accounts is given. An account is its reseller and, for a client's,
//! the client.

use rusqlite::{Connection, OptionalExtension, params};

use super::{AccountRef, Result, now_text};

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS layout_pages (
    id INTEGER PRIMARY KEY,
    reseller_id INTEGER NOT NULL REFERENCES resellers(id) ON DELETE CASCADE,
    -- NULL for the reseller's own pages.
    client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    column_count INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
-- `pageModules` and the sub-account pages name a page by its title: one per account.
CREATE UNIQUE INDEX IF NOT EXISTS layout_pages_title
    ON layout_pages(reseller_id, IFNULL(client_id, 0), title);
CREATE TABLE IF NOT EXISTS layout_modules (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES layout_pages(id) ON DELETE CASCADE,
    module_name TEXT NOT NULL,
    -- The monitor the module shows; NULL for a module of no one monitor.
    data_module_id INTEGER,
    column_no INTEGER NOT NULL,
    row_no INTEGER NOT NULL,
    height INTEGER
);
CREATE INDEX IF NOT EXISTS layout_modules_page ON layout_modules(page_id);
CREATE TABLE IF NOT EXISTS sub_account_pages (
    sub_account_id INTEGER NOT NULL REFERENCES sub_accounts(id) ON DELETE CASCADE,
    page_id INTEGER NOT NULL REFERENCES layout_pages(id) ON DELETE CASCADE,
    PRIMARY KEY (sub_account_id, page_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sub_account_pages_page ON sub_account_pages(page_id);
";

#[derive(Debug, Clone)]
pub struct Page {
    pub id: i64,
    pub title: String,
    pub column_count: u32,
}

#[derive(Debug, Clone)]
pub struct PageModule {
    pub id: i64,
    pub page_id: i64,
    pub module_name: String,
    pub data_module_id: Option<i64>,
    pub column: u32,
    pub row: u32,
    pub height: Option<u32>,
}

pub fn pages(conn: &Connection, owner: AccountRef) -> Result<Vec<Page>> {
    conn.prepare_cached(
        "SELECT id, title, column_count FROM layout_pages
         WHERE reseller_id = ?1 AND client_id IS ?2 ORDER BY id",
    )?
    .query_map(params![owner.reseller_id, owner.client_id], |r| {
        Ok(Page {
            id: r.get(0)?,
            title: r.get(1)?,
            column_count: r.get(2)?,
        })
    })?
    .collect()
}

/// Inserts a page and returns its id.
pub fn insert_page(
    conn: &Connection,
    owner: AccountRef,
    title: &str,
    column_count: u32,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO layout_pages (reseller_id, client_id, title, column_count, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        owner.reseller_id,
        owner.client_id,
        title,
        column_count,
        now_text()
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Deletes the owner's page `id` with its modules and grants; false when it has none.
pub fn delete_page(conn: &Connection, owner: AccountRef, id: i64) -> Result<bool> {
    let deleted = conn.execute(
        "DELETE FROM layout_pages WHERE id = ?1 AND reseller_id = ?2 AND client_id IS ?3",
        params![id, owner.reseller_id, owner.client_id],
    )?;
    Ok(deleted > 0)
}

pub fn page_modules(conn: &Connection, page_id: i64) -> Result<Vec<PageModule>> {
    conn.prepare_cached(
        "SELECT id, page_id, module_name, data_module_id, column_no, row_no, height
         FROM layout_modules WHERE page_id = ?1 ORDER BY column_no, row_no, id",
    )?
    .query_map([page_id], |r| {
        Ok(PageModule {
            id: r.get(0)?,
            page_id: r.get(1)?,
            module_name: r.get(2)?,
            data_module_id: r.get(3)?,
            column: r.get(4)?,
            row: r.get(5)?,
            height: r.get(6)?,
        })
    })?
    .collect()
}

/// Inserts `m` (its id is chosen here) and returns its id.
pub fn insert_module(conn: &Connection, m: &PageModule) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO layout_modules (page_id, module_name, data_module_id, column_no, row_no, height)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        m.page_id,
        m.module_name,
        m.data_module_id,
        m.column,
        m.row,
        m.height
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Deletes module `id` from one of the owner's pages; false when it has none by that id.
pub fn delete_module(conn: &Connection, owner: AccountRef, id: i64) -> Result<bool> {
    let deleted = conn.execute(
        "DELETE FROM layout_modules WHERE id = ?1 AND page_id IN
            (SELECT id FROM layout_pages WHERE reseller_id = ?2 AND client_id IS ?3)",
        params![id, owner.reseller_id, owner.client_id],
    )?;
    Ok(deleted > 0)
}

/// The owner's sub-account `id`: whether it has one.
pub fn owns_sub_account(conn: &Connection, owner: AccountRef, id: i64) -> Result<bool> {
    conn.prepare_cached(
        "SELECT 1 FROM sub_accounts WHERE id = ?1 AND reseller_id = ?2 AND client_id IS ?3",
    )?
    .query_row(params![id, owner.reseller_id, owner.client_id], |_| Ok(()))
    .optional()
    .map(|found| found.is_some())
}

/// The ids of the pages given to each of the owner's sub-accounts, by sub-account id.
pub fn sub_account_pages(conn: &Connection, owner: AccountRef) -> Result<Vec<(i64, i64)>> {
    conn.prepare_cached(
        "SELECT g.sub_account_id, g.page_id FROM sub_account_pages g
         JOIN sub_accounts s ON s.id = g.sub_account_id
         WHERE s.reseller_id = ?1 AND s.client_id IS ?2 ORDER BY g.sub_account_id, g.page_id",
    )?
    .query_map(params![owner.reseller_id, owner.client_id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?
    .collect()
}

/// Gives (or, `granted` false, takes back) page `page_id` to sub-account `sub_account_id`;
/// either is a no-op when it is already so.
pub fn grant_page(
    conn: &Connection,
    sub_account_id: i64,
    page_id: i64,
    granted: bool,
) -> Result<()> {
    let sql = if granted {
        "INSERT OR IGNORE INTO sub_account_pages (sub_account_id, page_id) VALUES (?1, ?2)"
    } else {
        "DELETE FROM sub_account_pages WHERE sub_account_id = ?1 AND page_id = ?2"
    };
    conn.prepare_cached(sql)?
        .execute(params![sub_account_id, page_id])?;
    Ok(())
}
