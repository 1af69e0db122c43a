//! Issue 21: the hosted dashboard layout (`pages`, `pageModules`, `addPage`,
//! `addPageModule`, `deletePage`, `deletePageModule`) and sub-account pages
//! (`subAccountPages`, `addPagesToSubAccount`, `deletePagesFromSubAccount`), driven over
//! HTTP with requests shaped as the public SDKs send them (`common::sdk`).

mod common;

use common::sdk::{Java, Mapi, Perl, hosted};
use common::server::{Keys, Resp, Server};
use serde_json::{Value, json};

fn java(s: &Server) -> Java<'_> {
    Java {
        s,
        keys: s.reseller.clone(),
    }
}

fn perl(s: &Server) -> Perl<'_> {
    Perl {
        s,
        keys: s.reseller.clone(),
    }
}

/// `Layout.addPage(title, columnCount)`: its `pageId`.
async fn java_add_page(j: &Java<'_>, title: &str, columns: &str) -> i64 {
    j.post("addPage", &[("title", title), ("columnCount", columns)])
        .await
        .data()["pageId"]
        .as_i64()
        .expect("pageId")
}

/// The reseller's own external monitor (the Python SDK's `addExternalMonitor`, as
/// compat_clients.rs drives it): its `testId`.
async fn own_test(s: &Server, name: &str) -> i64 {
    s.post(
        &s.reseller,
        "addExternalMonitor",
        &[
            ("type", "http"),
            ("name", name),
            ("url", "https://shop.example.com"),
            ("interval", "5"),
        ],
    )
    .await
    .data()["testId"]
        .as_i64()
        .expect("testId")
}

fn titles(pages: &Value) -> Vec<&str> {
    pages
        .as_array()
        .expect("a list of pages")
        .iter()
        .map(|p| p["title"].as_str().unwrap())
        .collect()
}

/// The Java SDK's `Layout.main`, step by step: add a page, list the pages, add a module,
/// list the page's modules by the page's name, delete the page, then its module.
#[tokio::test]
async fn java_layout_walk_through() {
    let s = hosted().await;
    let j = java(&s);
    let test = own_test(&s, "shop").await;
    let page = java_add_page(&j, "Page api testikik", "2").await;
    let pages = j.get("pages", &[("output", "JSON")]).await.read();
    assert_eq!(
        pages,
        json!([{ "id": page, "title": "Page api testikik", "columnCount": 2 }])
    );
    // `addPageModule(moduleName, dataModuleId, pageId, row, column, height)`.
    let (page_id, test_id) = (page.to_string(), test.to_string());
    let module = j
        .post(
            "addPageModule",
            &[
                ("moduleName", "External"),
                ("pageId", &page_id),
                ("row", "1"),
                ("column", "2"),
                ("height", "200"),
                ("dataModuleId", &test_id),
            ],
        )
        .await
        .data()["pageModuleId"]
        .as_i64()
        .expect("pageModuleId");
    let modules = j
        .get(
            "pageModules",
            &[("output", "JSON"), ("pageName", "Page api testikik")],
        )
        .await
        .read();
    assert_eq!(
        modules,
        json!([{ "id": module, "moduleName": "External", "dataModuleId": test,
                 "column": 2, "row": 1, "height": 200 }])
    );
    j.post("deletePage", &[("pageId", &page_id)]).await.data();
    assert_eq!(
        j.get("pages", &[("output", "JSON")]).await.read(),
        json!([])
    );
    // The page took its modules along: the module is gone too.
    let module_id = module.to_string();
    let gone = j
        .post("deletePageModule", &[("pageModuleId", &module_id)])
        .await;
    assert_eq!(gone.code(), 5, "{gone:?}");
}

#[tokio::test]
async fn java_add_page_module_refusals_name_the_fix() {
    let s = hosted().await;
    let j = java(&s);
    let page = java_add_page(&j, "Ops", "2").await.to_string();
    let add = |name: &'static str, column: &'static str, data: &'static str| {
        let page = page.clone();
        let j = &j;
        async move {
            let mut params = vec![
                ("moduleName", name),
                ("pageId", page.as_str()),
                ("row", "1"),
                ("column", column),
                ("height", "200"),
            ];
            if !data.is_empty() {
                params.push(("dataModuleId", data));
            }
            j.post("addPageModule", &params).await
        }
    };
    let wrong_name = add("Widget", "1", "").await;
    assert_eq!(wrong_name.code(), 1);
    assert!(
        wrong_name.message().contains("External, Process"),
        "{wrong_name:?}"
    );
    let past_the_columns = add("CPU", "3", "446956").await;
    assert_eq!(past_the_columns.code(), 1);
    assert!(
        past_the_columns.message().contains("from 1 to 2"),
        "{past_the_columns:?}"
    );
    // An External module shows an external monitor the caller has.
    assert_eq!(add("External", "1", "999").await.code(), 5);
    // The module names are matched as the SDKs spell them, whatever the case.
    add("cpu", "1", "446956").await.data();
    let modules = j.get("pageModules", &[("pageName", "Ops")]).await.read();
    assert_eq!(modules[0]["moduleName"], "CPU");
    let no_page = j
        .post(
            "addPageModule",
            &[
                ("moduleName", "CPU"),
                ("pageId", "424242"),
                ("row", "1"),
                ("column", "1"),
            ],
        )
        .await;
    assert_eq!(no_page.code(), 5);
}

/// CPAN `Monitis::Layout`: `add_page`, `add_module_to_page` (mandatory `moduleName
/// pageId column row`), `get_pages`, `get_page_modules`, `delete_page_module`,
/// `delete_page`, with the answers its POD shows.
#[tokio::test]
async fn cpan_layout_answers_as_the_pod_shows() {
    let s = hosted().await;
    let p = perl(&s);
    let added = p
        .post("addPage", &[("title", "New Page"), ("columnCount", "2")])
        .await;
    assert_eq!(added.status, 200);
    let page = added.body["data"]["pageId"].as_i64().expect("pageId");
    assert_eq!(
        added.body,
        json!({ "status": "ok", "data": { "pageId": page } })
    );
    let page_id = page.to_string();
    let module = p
        .post(
            "addPageModule",
            &[
                ("moduleName", "Transaction"),
                ("pageId", &page_id),
                ("column", "1"),
                ("row", "1"),
            ],
        )
        .await
        .data()["pageModuleId"]
        .as_i64()
        .unwrap();
    let modules = p
        .get("pageModules", &[("pageName", "New Page")])
        .await
        .read();
    assert_eq!(
        modules,
        json!([{ "id": module, "moduleName": "Transaction", "dataModuleId": null,
                 "column": 1, "row": 1, "height": null }])
    );
    let deleted = p
        .post("deletePageModule", &[("pageModuleId", &module.to_string())])
        .await;
    assert_eq!(deleted.body, json!({ "status": "ok" }));
    assert_eq!(
        p.get("pageModules", &[("pageName", "New Page")])
            .await
            .read(),
        json!([])
    );
    p.post("deletePage", &[("pageId", &page_id)]).await.data();
    let gone = p.get("pageModules", &[("pageName", "New Page")]).await;
    assert_eq!(gone.code(), 5);
    assert!(gone.message().contains("action=pages"), "{gone:?}");
    assert_eq!(
        p.post("deletePage", &[("pageId", "424242")]).await.code(),
        5
    );
}

#[tokio::test]
async fn add_page_refusals() {
    let s = hosted().await;
    let p = perl(&s);
    p.post("addPage", &[("title", "Ops")]).await.data();
    // (Another column count, so that it is not the same signed request again: errorCode 19.)
    let twice = p
        .post("addPage", &[("title", "Ops"), ("columnCount", "2")])
        .await;
    assert_eq!(twice.code(), 17);
    assert!(twice.message().contains("deletePage"), "{twice:?}");
    assert_eq!(p.post("addPage", &[]).await.code(), 1);
    for columns in ["0", "11", "two"] {
        let refused = p
            .post("addPage", &[("title", "Wide"), ("columnCount", columns)])
            .await;
        assert_eq!(refused.code(), 1, "{columns}: {refused:?}");
    }
    // MApi's `addPage($title, $columnCount = 1)`: one column when left out.
    let pages = p.get("pages", &[]).await.read();
    assert_eq!(pages[0]["columnCount"], 1);
}

/// The MApi SDK's `MLayout`: version 3 requests are signed, GETs too.
#[tokio::test]
async fn mapi_version_3_layout() {
    let s = hosted().await;
    let m = Mapi {
        s: &s,
        keys: s.reseller.clone(),
        version: "3",
    };
    let page = m
        .post("addPage", &[("title", "Status"), ("columnCount", "3")])
        .await
        .data()["pageId"]
        .as_i64()
        .unwrap();
    // `addPageModule($pageId, $moduleType, $moduleId, $column, $row, $height = null)`.
    m.post(
        "addPageModule",
        &[
            ("pageId", &page.to_string()),
            ("moduleName", MAPI_FULL_PAGE_LOAD),
            ("dataModuleId", "77"),
            ("column", "3"),
            ("row", "2"),
        ],
    )
    .await
    .data();
    let pages = m.get("pages", &[]).await.read();
    assert_eq!(titles(&pages), ["Status"]);
    let modules = m.get("pageModules", &[("pageName", "Status")]).await.read();
    assert_eq!(
        (
            modules[0]["moduleName"].as_str(),
            modules[0]["dataModuleId"].as_i64()
        ),
        (Some("Fullpageload"), Some(77))
    );
}

/// `MLayout::MODULE_FULL_PAGE_LOAD`.
const MAPI_FULL_PAGE_LOAD: &str = "Fullpageload";

/// Each account has its own pages: the reseller's, and each client's, which the
/// reseller reaches with `clientApikey` and the client with its own keys (R1 applies).
#[tokio::test]
async fn pages_belong_to_the_account_acted_on() {
    let s = hosted().await;
    let p = perl(&s);
    p.post("addPage", &[("title", "Reseller page")])
        .await
        .data();
    let ann = s.add_client("ann@example.com").await;
    p.post(
        "addPage",
        &[("title", "Ann's page"), ("clientApikey", &ann)],
    )
    .await
    .data();
    assert_eq!(titles(&p.get("pages", &[]).await.read()), ["Reseller page"]);
    let anns = p.get("pages", &[("clientApikey", &ann)]).await.read();
    assert_eq!(titles(&anns), ["Ann's page"]);
    // R1: a client without an active order is locked out of its own calls.
    let ann_keys = s.client_keys("ann@example.com").await;
    let as_ann = Perl {
        s: &s,
        keys: ann_keys.clone(),
    };
    assert_eq!(as_ann.get("pages", &[]).await.code(), 6);
    s.add_order(&ann, "external:1", &[]).await;
    assert_eq!(
        titles(&as_ann.get("pages", &[]).await.read()),
        ["Ann's page"]
    );
    // The reseller's page is no page of Ann's: not found, not deleted.
    let reseller_page = p.get("pages", &[]).await.read()[0]["id"].to_string();
    assert_eq!(
        as_ann
            .post("deletePage", &[("pageId", &reseller_page)])
            .await
            .code(),
        5
    );
    // Another reseller sees none of them.
    let other = s.add_reseller();
    let theirs = Perl { s: &s, keys: other };
    assert_eq!(theirs.get("pages", &[]).await.read(), json!([]));
    assert_eq!(
        theirs.get("pages", &[("clientApikey", &ann)]).await.code(),
        5
    );
}

// ----- sub-account pages ---------------------------------------------------------------

/// A sub-account of the account with `owner`'s keys (CPAN `Monitis::SubAccounts::add`):
/// its `userId` and keys.
async fn sub_account(s: &Server, owner: &Keys, email: &str) -> (i64, Keys) {
    let p = Perl {
        s,
        keys: owner.clone(),
    };
    let data = p
        .post(
            "addSubAccount",
            &[
                ("firstName", "John"),
                ("lastName", "Smith"),
                ("email", email),
                ("password", "test password"),
                ("group", "test group"),
            ],
        )
        .await
        .data();
    (data["userId"].as_i64().unwrap(), Keys::of(&data))
}

/// The Java SDK's `SubAccount.addPagesToSubAccount(userId, String[] pageNames)` joins the
/// names with `URLObject.DATA_SEPARATOR` (";"); `getSubAccountPages` lists them.
#[tokio::test]
async fn java_sub_account_pages() {
    let s = hosted().await;
    let j = java(&s);
    for title in ["Util", "Mysql", "Web"] {
        java_add_page(&j, title, "1").await;
    }
    let (john, _) = sub_account(&s, &s.reseller, "john@smith.com").await;
    let (jane, _) = sub_account(&s, &s.reseller, "jane@smith.com").await;
    let user = john.to_string();
    j.post(
        "addPagesToSubAccount",
        &[("userId", &user), ("pageNames", "Util;Mysql")],
    )
    .await
    .data();
    let pages = j.get("subAccountPages", &[("output", "JSON")]).await.read();
    assert_eq!(
        pages,
        json!([
            { "id": john, "account": "john@smith.com", "pages": ["Util", "Mysql"] },
            { "id": jane, "account": "jane@smith.com", "pages": [] },
        ])
    );
    j.post(
        "deletePagesFromSubAccount",
        &[("userId", &user), ("pageNames", "Mysql")],
    )
    .await
    .data();
    let pages = j.get("subAccountPages", &[]).await.read();
    assert_eq!(pages[0]["pages"], json!(["Util"]));
    // A page deleted is taken from every sub-account it was given to.
    let util = j.get("pages", &[]).await.read()[0]["id"].to_string();
    j.post("deletePage", &[("pageId", &util)]).await.data();
    assert_eq!(
        j.get("subAccountPages", &[]).await.read()[0]["pages"],
        json!([])
    );
}

/// The jeremiahshirk Ruby SDK joins `pageNames` with ","; a title that holds a comma
/// still names its page when the names are joined with ";".
#[tokio::test]
async fn page_names_joined_with_commas_or_semicolons() {
    let s = hosted().await;
    let p = perl(&s);
    for title in ["One", "Two", "Sales, EU"] {
        p.post("addPage", &[("title", title)]).await.data();
    }
    let (id, _) = sub_account(&s, &s.reseller, "john@smith.com").await;
    let user = id.to_string();
    p.post(
        "addPagesToSubAccount",
        &[("userId", &user), ("pageNames", "One,Two")],
    )
    .await
    .data();
    p.post(
        "addPagesToSubAccount",
        &[("userId", &user), ("pageNames", "Sales, EU;One")],
    )
    .await
    .data();
    let pages = p.get("subAccountPages", &[]).await.read();
    assert_eq!(pages[0]["pages"], json!(["One", "Two", "Sales, EU"]));
    // All named pages or none: an unknown one names the fix and changes nothing.
    let refused = p
        .post(
            "deletePagesFromSubAccount",
            &[("userId", &user), ("pageNames", "One;Nope")],
        )
        .await;
    assert_eq!(refused.code(), 5);
    assert!(refused.message().contains("\"Nope\""), "{refused:?}");
    assert!(refused.message().contains("action=pages"), "{refused:?}");
    let pages = p.get("subAccountPages", &[]).await.read();
    assert_eq!(pages[0]["pages"], json!(["One", "Two", "Sales, EU"]));
}

#[tokio::test]
async fn sub_account_pages_stay_within_the_account() {
    let s = hosted().await;
    let p = perl(&s);
    p.post("addPage", &[("title", "Ops")]).await.data();
    let (_, vera) = sub_account(&s, &s.reseller, "vera@example.com").await;
    // A client's sub-account is no sub-account of the reseller's own.
    let ann = s.add_client("ann@example.com").await;
    s.add_order(&ann, "external:1", &[]).await;
    let ann_keys = s.client_keys("ann@example.com").await;
    let (anns_sub, _) = sub_account(&s, &ann_keys, "sam@example.com").await;
    let refused = p
        .post(
            "addPagesToSubAccount",
            &[("userId", &anns_sub.to_string()), ("pageNames", "Ops")],
        )
        .await;
    assert_eq!(refused.code(), 5, "{refused:?}");
    // A sub-account reads monitors only: not the pages of the account's sub-accounts.
    let as_vera = Perl { s: &s, keys: vera };
    let forbidden: Resp = as_vera.get("subAccountPages", &[]).await;
    assert_eq!(forbidden.code(), 7);
    assert_eq!(as_vera.get("pages", &[]).await.code(), 7);
}
