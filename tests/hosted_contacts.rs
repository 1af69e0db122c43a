//! Hosted compatibility, issue 21 item 4 (docs/protocol.md, "Contacts, notification rules
//! and alerts"): contacts and contact groups, notification and maintenance rules, recent
//! alerts and tags, over HTTP with requests shaped as the public clients send them
//! (tests/common/hosted.rs: the WHMCS add-on, the Python SDK, CPAN `Monitis`). Where a
//! call comes from another client (MAPI, the PHP SDK of aligajani/monitis-tutorials), its
//! parameters are that client's, sent signed the project's way.

mod common;

use common::sdk::{CPAN, PY, Whmcs, hosted};
use common::server::{Keys, Resp, Server};
use rusqlite::params;
use serde_json::{Value, json};

fn ids(list: &Value, key: &str) -> Vec<i64> {
    list.as_array()
        .unwrap_or_else(|| panic!("a list: {list}"))
        .iter()
        .map(|c| c[key].as_i64().unwrap())
        .collect()
}

/// `Monitis::Contacts::add` of the POD (an ICQ contact); its id and confirmation key.
async fn cpan_contact(s: &Server, account: &str) -> (i64, String) {
    let data = CPAN
        .post(
            s,
            &s.reseller,
            "addContact",
            &[
                ("firstName", "John"),
                ("lastName", "Smith"),
                ("account", account),
                ("contactType", "3"),
                ("timezone", "300"),
            ],
        )
        .await
        .data();
    (
        data["contactId"].as_i64().unwrap(),
        data["confirmationKey"].as_str().unwrap().to_string(),
    )
}

/// `Monitis::Contacts::get` (contactsList, unsigned version 2 GET).
async fn cpan_contacts(s: &Server) -> Value {
    CPAN.get(s, &s.reseller.apikey, "contactsList", &[])
        .await
        .read()
}

/// The add-on's `MonitisApi::addContactGroup(1, name)`; the group's id (its `data`).
async fn whmcs_group(w: &Whmcs<'_>, name: &str) -> i64 {
    w.post("addContactGroup", &[("active", "1"), ("groupName", name)])
        .await
        .data()
        .as_i64()
        .expect("data is the group id")
}

/// The smallest addNotificationRule the SDKs send: the external monitor `monitor`, every
/// failure at any time, alerting `who` (a contactId, contactGroup...).
fn always_rule<'a>(monitor: &'a str, who: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut rule = vec![
        ("monitorId", monitor),
        ("monitorType", "external"),
        ("period", "always"),
        ("notifyBackup", "0"),
        ("continuousAlerts", "0"),
        ("failureCount", "1"),
    ];
    rule.extend_from_slice(who);
    rule
}

/// Who a listed notification rule alerts, and about what: its `contactId`, `contactGroup`
/// and `monitorName`.
fn alerted(rule: &Value) -> (Value, Value, Value) {
    (
        rule["contactId"].clone(),
        rule["contactGroup"].clone(),
        rule["monitorName"].clone(),
    )
}

/// `params` with `name` set to `value`.
fn with<'a>(
    params: &[(&'a str, &'a str)],
    name: &'a str,
    value: &'a str,
) -> Vec<(&'a str, &'a str)> {
    params
        .iter()
        .map(|&(k, v)| (k, if k == name { value } else { v }))
        .collect()
}

// ----- contacts --------------------------------------------------------------------------

/// The POD of `Monitis::Contacts`: add, confirm, deactivate, activate, edit, delete, and
/// the `contactsList` shape it shows.
#[tokio::test]
async fn cpan_contact_lifecycle_in_the_pods_shapes() {
    let s = hosted().await;
    let (id, key) = cpan_contact(&s, "1234567").await;
    let idt = id.to_string();
    let list = cpan_contacts(&s).await;
    assert_eq!(
        list,
        json!([{
            "contactId": id, "name": "John Smith", "firstName": "John", "lastName": "Smith",
            "contactType": "ICQ", "contactAccount": "1234567", "timezone": 300,
            "portable": false, "activeFlag": 1, "textType": 0, "confirmationFlag": 0,
            "country": null,
        }])
    );
    // confirm: a wrong key names the fix; the right one confirms.
    let wrong = CPAN
        .post(
            &s,
            &s.reseller,
            "confirmContact",
            &[("contactId", &idt), ("confirmationKey", "123")],
        )
        .await;
    assert_eq!(wrong.code(), 1);
    assert!(wrong.message().contains("confirmation key"), "{wrong:?}");
    CPAN.post(
        &s,
        &s.reseller,
        "confirmContact",
        &[("contactId", &idt), ("confirmationKey", &key)],
    )
    .await
    .data();
    assert_eq!(cpan_contacts(&s).await[0]["confirmationFlag"], 1);
    // deactivate, activate.
    CPAN.post(&s, &s.reseller, "contactDeactivate", &[("contactId", &idt)])
        .await
        .data();
    assert_eq!(cpan_contacts(&s).await[0]["activeFlag"], 0);
    CPAN.post(&s, &s.reseller, "contactActivate", &[("contactId", &idt)])
        .await
        .data();
    assert_eq!(cpan_contacts(&s).await[0]["activeFlag"], 1);
    // edit: the POD's firstName; the answer carries the confirmation key.
    let data = CPAN
        .post(
            &s,
            &s.reseller,
            "editContact",
            &[("contactId", &idt), ("firstName", "Ivan")],
        )
        .await
        .data();
    assert_eq!(data["confirmationKey"], key.as_str());
    let c = &cpan_contacts(&s).await[0];
    assert_eq!(
        (&c["name"], &c["confirmationFlag"]),
        (&json!("Ivan Smith"), &json!(1))
    );
    // delete by contactId; again (with a nonce: the same signed request twice is a
    // replay): 5.
    CPAN.post(&s, &s.reseller, "deleteContact", &[("contactId", &idt)])
        .await
        .data();
    assert_eq!(cpan_contacts(&s).await, json!([]));
    let again = s
        .post(&s.reseller, "deleteContact", &[("contactId", &idt)])
        .await;
    assert_eq!(again.code(), 5);
}

/// `edit_contact` (Python SDK): a new address needs confirming again, with a new key;
/// `code` is the key.
#[tokio::test]
async fn python_edit_contact_address_needs_a_new_confirmation() {
    let s = hosted().await;
    let (id, key) = cpan_contact(&s, "1234567").await;
    let idt = id.to_string();
    PY.post(
        &s,
        &s.reseller,
        "confirmContact",
        &[("contactId", &idt), ("confirmationKey", &key)],
    )
    .await
    .data();
    let data = PY
        .post(
            &s,
            &s.reseller,
            "editContact",
            &[
                ("contactId", &idt),
                ("account", "john@example.com"),
                ("contactType", "1"),
                ("timezone", "-60"),
                ("portable", "true"),
                ("textType", "1"),
            ],
        )
        .await
        .data();
    let new_key = data["confirmationKey"].as_str().unwrap().to_string();
    assert_ne!(new_key, key);
    let c = PY
        .get(&s, &s.reseller.apikey, "contactsList", &[])
        .await
        .read()[0]
        .clone();
    assert_eq!(
        (
            &c["contactType"],
            &c["contactAccount"],
            &c["timezone"],
            &c["portable"],
            &c["textType"],
            &c["confirmationFlag"]
        ),
        (
            &json!("Email"),
            &json!("john@example.com"),
            &json!(-60),
            &json!(true),
            &json!(1),
            &json!(0)
        )
    );
    // An email contact needs an email address.
    let bad = PY
        .post(
            &s,
            &s.reseller,
            "editContact",
            &[("contactId", &idt), ("account", "12345")],
        )
        .await;
    assert_eq!(bad.code(), 1);
    assert!(bad.message().contains("account"), "{bad:?}");
    PY.post(
        &s,
        &s.reseller,
        "editContact",
        &[("contactId", &idt), ("code", &new_key)],
    )
    .await
    .data();
    assert_eq!(
        PY.get(&s, &s.reseller.apikey, "contactsList", &[])
            .await
            .read()[0]["confirmationFlag"],
        1
    );
}

/// `delete_contact(contact_type=..., account=...)` (Python SDK), and MAPI's spelling of
/// the account, `contanct`.
#[tokio::test]
async fn delete_contact_by_type_and_account() {
    let s = hosted().await;
    cpan_contact(&s, "111").await;
    cpan_contact(&s, "222").await;
    PY.post(
        &s,
        &s.reseller,
        "deleteContact",
        &[("contactType", "3"), ("account", "111")],
    )
    .await
    .data();
    s.post(
        &s.reseller,
        "deleteContact",
        &[("contactType", "3"), ("contanct", "222")],
    )
    .await
    .data();
    assert_eq!(cpan_contacts(&s).await, json!([]));
    // The same address again (with a nonce, not a replay): 5.
    let none = s
        .post(
            &s.reseller,
            "deleteContact",
            &[("contactType", "3"), ("account", "111")],
        )
        .await;
    assert_eq!(none.code(), 5);
    let neither = PY.post(&s, &s.reseller, "deleteContact", &[]).await;
    assert_eq!(neither.code(), 1);
    assert!(
        neither.message().contains("contactType and account"),
        "{neither:?}"
    );
}

/// A client's contacts are its own: with its own keys it sees them, the reseller sees them
/// only with `clientApikey`, and another client cannot touch them.
#[tokio::test]
async fn contacts_belong_to_the_account_acted_on() {
    let s = hosted().await;
    let ann_key = s.add_client("ann@example.com").await;
    s.add_order(&ann_key, "external:1", &[]).await;
    let bob_key = s.add_client("bob@example.com").await;
    s.add_order(&bob_key, "external:1", &[]).await;
    let ann = s.client_keys("ann@example.com").await;
    let bob = s.client_keys("bob@example.com").await;
    let id = PY
        .post(
            &s,
            &ann,
            "addContact",
            &[
                ("firstName", "Ann"),
                ("lastName", "Lee"),
                ("account", "ann@example.com"),
                ("contactType", "1"),
                ("timezone", "0"),
            ],
        )
        .await
        .data()["contactId"]
        .as_i64()
        .unwrap();
    let mine = PY.get(&s, &ann.apikey, "contactsList", &[]).await.read();
    assert_eq!(ids(&mine, "contactId"), [id]);
    let via_reseller = s
        .get(&s.reseller, "contactsList", &[("clientApikey", &ann_key)])
        .await
        .read();
    assert_eq!(ids(&via_reseller, "contactId"), [id]);
    assert_eq!(
        s.get(&s.reseller, "contactsList", &[]).await.read(),
        json!([])
    );
    let foreign = PY
        .post(
            &s,
            &bob,
            "contactDeactivate",
            &[("contactId", &id.to_string())],
        )
        .await;
    assert_eq!(foreign.code(), 5);
}

// ----- contact groups --------------------------------------------------------------------

/// The add-on's `MonitisApi` group calls: addContactGroup (active, groupName; it keeps
/// `data` as the group id), contactGroupList, editContactGroup (newName, groupId),
/// deleteContactGroup (groupId).
#[tokio::test]
async fn whmcs_contact_groups_by_id() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let id = whmcs_group(&w, "External").await;
    let list = w.get("contactGroupList", &[]).await.read();
    assert_eq!(
        list,
        json!([{ "id": id, "activeFlag": 1, "name": "External" }])
    );
    let taken = w
        .post(
            "addContactGroup",
            &[("active", "1"), ("groupName", "External")],
        )
        .await;
    assert_eq!(taken.code(), 17);
    let idt = id.to_string();
    w.post(
        "editContactGroup",
        &[("newName", "Uptime"), ("groupId", &idt)],
    )
    .await
    .data();
    assert_eq!(
        w.get("contactGroupList", &[]).await.read()[0]["name"],
        "Uptime"
    );
    w.post("deleteContactGroup", &[("groupId", &idt)])
        .await
        .data();
    assert_eq!(w.get("contactGroupList", &[]).await.read(), json!([]));
    assert_eq!(
        w.post("deleteContactGroup", &[("groupId", &idt)])
            .await
            .code(),
        5
    );
}

/// MAPI's `MContact` names groups by name: addContactGroup (groupName, active 1/0),
/// editContactGroup (oldName, newName), deleteContactGroup (groupName).
#[tokio::test]
async fn mapi_contact_groups_by_name() {
    let s = hosted().await;
    let r = &s.reseller;
    s.post(
        r,
        "addContactGroup",
        &[("groupName", "Night"), ("active", "0")],
    )
    .await
    .data();
    let list = s.get(r, "contactGroupList", &[]).await.read();
    assert_eq!(
        (&list[0]["name"], &list[0]["activeFlag"]),
        (&json!("Night"), &json!(0))
    );
    s.post(
        r,
        "editContactGroup",
        &[("oldName", "Night"), ("newName", "Day")],
    )
    .await
    .data();
    let missing = s
        .post(
            r,
            "editContactGroup",
            &[("oldName", "Night"), ("newName", "Day")],
        )
        .await;
    assert_eq!(missing.code(), 5);
    assert!(missing.message().contains("\"Night\""), "{missing:?}");
    let bad_flag = s
        .post(
            r,
            "addContactGroup",
            &[("groupName", "X"), ("active", "yes")],
        )
        .await;
    assert_eq!(bad_flag.code(), 1);
    s.post(r, "deleteContactGroup", &[("groupName", "Day")])
        .await
        .data();
    assert_eq!(s.get(r, "contactGroupList", &[]).await.read(), json!([]));
}

/// `addContact` with `group` (JAVA, PERL) puts the contact in that group; the add-on's
/// `getContactsByGroupID` reads `contactsList` with `contactGroupIds` and `nocache`, and
/// older add-ons `contactsListByContactGroup`.
#[tokio::test]
async fn whmcs_contacts_list_by_group_ids() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let group = whmcs_group(&w, "Ops").await;
    let contact = |account: &'static str, group: Option<&'static str>| {
        let mut params = vec![
            ("firstName", "Op"),
            ("lastName", "Erator"),
            ("account", account),
            ("contactType", "1"),
            ("timezone", "0"),
            ("confirmContact", "true"),
        ];
        params.extend(group.map(|g| ("group", g)));
        params
    };
    let member = w
        .post("addContact", &contact("op@example.com", Some("Ops")))
        .await
        .data()["contactId"]
        .as_i64()
        .unwrap();
    w.post("addContact", &contact("other@example.com", None))
        .await
        .data();
    let groups = w
        .get(
            "contactsList",
            &[("contactGroupIds", &group.to_string()), ("nocache", "true")],
        )
        .await
        .read();
    assert_eq!(groups[0]["id"], group);
    assert_eq!(groups[0]["name"], "Ops");
    let members = &groups[0]["contacts"];
    assert_eq!(ids(members, "contactId"), [member]);
    assert_eq!(members[0]["account"], "op@example.com");
    // Without contactGroupIds: every contact, flat.
    let all = w.get("contactsList", &[("nocache", "true")]).await.read();
    assert_eq!(all.as_array().unwrap().len(), 2);
    let by_group = w
        .get(
            "contactsListByContactGroup",
            &[("contactGroupId", &group.to_string())],
        )
        .await
        .read();
    assert_eq!(ids(&by_group, "contactId"), [member]);
    assert_eq!(
        w.get("contactsList", &[("contactGroupIds", "999")])
            .await
            .code(),
        5
    );
}

// ----- notification rules ----------------------------------------------------------------

/// A client with an order of two external monitors (the second in a managed order), its
/// apikey and keys, and the two monitors' ids.
async fn client_with_monitors(s: &Server) -> (String, Keys, i64, i64) {
    let apikey = s.add_client("ann@example.com").await;
    let plain = s.add_order(&apikey, "external:1", &[]).await;
    let managed = s
        .add_order(&apikey, "external:1", &[("managed", "true")])
        .await;
    let a = s.add_monitor(plain, "external", "shop").await;
    let b = s.add_monitor(managed, "external", "managed shop").await;
    (apikey, s.client_keys("ann@example.com").await, a, b)
}

/// A contact of the account `keys` names; its id.
async fn py_contact(s: &Server, keys: &Keys, account: &str) -> i64 {
    PY.post(
        s,
        keys,
        "addContact",
        &[
            ("firstName", "Ann"),
            ("lastName", "Lee"),
            ("account", account),
            ("contactType", "1"),
            ("timezone", "0"),
        ],
    )
    .await
    .data()["contactId"]
        .as_i64()
        .unwrap()
}

/// `add_notification_rule`, `get_notification_rules`, `delete_notification_rule` of the
/// Python SDK, as a client on its own monitor.
#[tokio::test]
async fn python_notification_rules_of_a_monitor() {
    let s = hosted().await;
    let (_, ann, monitor, _) = client_with_monitors(&s).await;
    let contact = py_contact(&s, &ann, "ann@example.com").await;
    let (m, c) = (monitor.to_string(), contact.to_string());
    PY.post(
        &s,
        &ann,
        "addNotificationRule",
        &[
            ("monitorId", &m),
            ("monitorType", "external"),
            ("period", "specifiedDays"),
            ("notifyBackup", "1"),
            ("continuousAlerts", "0"),
            ("failureCount", "2"),
            ("weekdayFrom", "2"),
            ("weekdayTo", "6"),
            ("timeFrom", "09:00:00"),
            ("timeTo", "18:00:00"),
            ("contactId", &c),
            ("minFailedLocationCount", "1"),
        ],
    )
    .await
    .data();
    let get = [("monitorId", m.as_str()), ("monitorType", "external")];
    // CPAN's `Monitis::Notifications::get` posts this read: the hosted method is GET (11).
    let posted = CPAN.post(&s, &ann, "getNotificationRules", &get).await;
    assert_eq!(posted.code(), 11);
    assert!(posted.message().contains("GET"), "{posted:?}");
    let rules = PY
        .get(&s, &ann.apikey, "getNotificationRules", &get)
        .await
        .read();
    let rule = &rules[0];
    assert_eq!(
        (
            &rule["monitorId"],
            &rule["monitorName"],
            &rule["period"],
            &rule["weekdayFrom"],
            &rule["weekdayTo"],
            &rule["timeFrom"],
            &rule["timeTo"],
            &rule["notifyBackup"],
            &rule["continuousAlerts"],
            &rule["failureCount"],
            &rule["minFailedLocationCount"],
        ),
        (
            &json!(monitor),
            &json!("shop"),
            &json!("specifiedDays"),
            &json!(2),
            &json!(6),
            &json!("09:00:00"),
            &json!("18:00:00"),
            &json!(1),
            &json!(0),
            &json!(2),
            &json!(1),
        )
    );
    assert_eq!(
        (
            &rule["contactId"],
            &rule["contactAccount"],
            &rule["contactActive"]
        ),
        (&json!(contact), &json!("ann@example.com"), &json!(1))
    );
    PY.post(
        &s,
        &ann,
        "deleteNotificationRule",
        &[
            ("contactIds", &c),
            ("monitorId", &m),
            ("monitorType", "external"),
        ],
    )
    .await
    .data();
    assert_eq!(
        PY.get(&s, &ann.apikey, "getNotificationRules", &get)
            .await
            .read(),
        json!([])
    );
}

/// The monitor a rule names must be one the caller may see, of the type named; R3 keeps a
/// client's rules off the monitors of managed orders; a bad window names the fix.
#[tokio::test]
async fn notification_rules_check_the_monitor_and_the_window() {
    let s = hosted().await;
    let (_, ann, monitor, managed) = client_with_monitors(&s).await;
    let contact = py_contact(&s, &ann, "ann@example.com").await.to_string();
    let rule = |monitor: i64, kind: &'static str, period: &'static str| {
        let (m, contact) = (monitor.to_string(), contact.clone());
        let (s, ann) = (&s, &ann);
        async move {
            let params = always_rule(&m, &[("contactId", &contact)]);
            let params = with(&with(&params, "monitorType", kind), "period", period);
            PY.post(s, ann, "addNotificationRule", &params).await
        }
    };
    assert_eq!(rule(managed, "external", "always").await.code(), 8);
    assert_eq!(rule(monitor, "transaction", "always").await.code(), 5);
    assert_eq!(rule(monitor + 1000, "external", "always").await.code(), 5);
    let custom = rule(monitor, "custom", "always").await;
    assert_eq!(custom.code(), 1);
    assert!(custom.message().contains("custom"), "{custom:?}");
    let window = rule(monitor, "external", "specifiedTime").await;
    assert_eq!(window.code(), 1);
    assert!(window.message().contains("timeFrom"), "{window:?}");
    assert_eq!(rule(monitor, "external", "sometimes").await.code(), 1);
    rule(monitor, "external", "always").await.data();
    // The reseller may set rules on the managed monitor for his client.
    let rc = py_contact(&s, &s.reseller, "ops@example.com")
        .await
        .to_string();
    let (managed, monitor) = (managed.to_string(), monitor.to_string());
    s.post(
        &s.reseller,
        "addNotificationRule",
        &always_rule(&managed, &[("contactId", &rc)]),
    )
    .await
    .data();
    // Another reseller's contact or monitor is not found.
    let other = s.add_reseller();
    let foreign = PY
        .post(
            &s,
            &other,
            "addNotificationRule",
            &always_rule(&monitor, &[("contactId", &rc)]),
        )
        .await;
    assert_eq!(foreign.code(), 5);
}

/// The add-on's alert rules per monitor type (`MonitisApiHelper::addNotificationRule`:
/// contactId, monitorType, contactGroupId, then the rule's period and counts; no
/// monitorId), read back by group (`getNotificationRuleByType`), edited by id
/// (`editNotificationRule` with notificationRuleIds) and deleted by contact
/// (`deleteNotificationRule` with contactIds and monitorType).
#[tokio::test]
async fn whmcs_notification_rules_per_monitor_type() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let group = whmcs_group(&w, "External").await.to_string();
    let contact = py_contact(&s, &s.reseller, "ops@example.com")
        .await
        .to_string();
    w.post(
        "addNotificationRule",
        &[
            ("contactId", &contact),
            ("monitorType", "external"),
            ("contactGroupId", &group),
            ("period", "specifiedTime"),
            ("timeFrom", "08:00:00"),
            ("timeTo", "20:00:00"),
            ("notifyBackup", "1"),
            ("continuousAlerts", "1"),
            ("failureCount", "3"),
            ("minFailedLocationCount", "2"),
        ],
    )
    .await
    .data();
    let by_group = [
        ("monitorType", "external"),
        ("contactGroupId", group.as_str()),
    ];
    let rules = w.get("getNotificationRules", &by_group).await.read();
    assert_eq!(rules.as_array().unwrap().len(), 1, "{rules}");
    let rule = &rules[0];
    assert_eq!(
        (
            &rule["monitorId"],
            &rule["contactGroup"],
            &rule["contactId"],
            &rule["timeTo"]
        ),
        (
            &Value::Null,
            &json!("External"),
            &json!(contact.parse::<i64>().unwrap()),
            &json!("20:00:00")
        )
    );
    let other_group = w
        .get(
            "getNotificationRules",
            &[("monitorType", "external"), ("contactGroupId", "999999")],
        )
        .await
        .read();
    assert_eq!(other_group, json!([]));
    let id = rule["id"].to_string();
    w.post(
        "editNotificationRule",
        &[
            ("contactId", &contact),
            ("contactGroup", "External"),
            ("notificationRuleIds", &id),
            ("period", "always"),
            ("notifyBackup", "0"),
            ("continuousAlerts", "0"),
            ("failureCount", "5"),
            ("minFailedLocationCount", "1"),
        ],
    )
    .await
    .data();
    let rule = &w.get("getNotificationRules", &by_group).await.read()[0];
    assert_eq!(
        (
            &rule["period"],
            &rule["timeFrom"],
            &rule["failureCount"],
            &rule["notifyBackup"]
        ),
        (&json!("always"), &Value::Null, &json!(5), &json!(0))
    );
    assert_eq!(
        w.post(
            "editNotificationRule",
            &[("notificationRuleIds", "999999"), ("failureCount", "1")]
        )
        .await
        .code(),
        5
    );
    w.post(
        "deleteNotificationRule",
        &[("contactIds", &contact), ("monitorType", "external")],
    )
    .await
    .data();
    assert_eq!(
        w.get("getNotificationRules", &by_group).await.read(),
        json!([])
    );
    let gone = w
        .post(
            "deleteNotificationRule",
            &[("contactIds", &contact), ("monitorType", "external")],
        )
        .await;
    assert_eq!(gone.code(), 5);
}

/// A rule for a whole group (the SDKs' `contactGroup`, by name) answers `contactId` "All",
/// as the add-on's `getNotifRuleIds` reads it; the reseller's own external monitor
/// (added by the add-on) may carry rules.
#[tokio::test]
async fn group_rules_on_the_resellers_own_monitor() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let own = w
        .post(
            "addExternalMonitor",
            &[
                ("type", "ping"),
                ("name", "own_ping"),
                ("url", "example.com"),
                ("tag", "whmcs"),
            ],
        )
        .await
        .data()["testId"]
        .as_i64()
        .unwrap()
        .to_string();
    whmcs_group(&w, "Team").await;
    PY.post(
        &s,
        &s.reseller,
        "addNotificationRule",
        &always_rule(&own, &[("contactGroup", "Team")]),
    )
    .await
    .data();
    let rules = PY
        .get(
            &s,
            &s.reseller.apikey,
            "getNotificationRules",
            &[("monitorId", &own), ("monitorType", "external")],
        )
        .await
        .read();
    assert_eq!(
        alerted(&rules[0]),
        ("All".into(), "Team".into(), "own_ping".into())
    );
}

/// The add-on's client page (`clientui/monitors.php`, action `add_rule`, then
/// `edit_rule`): `monitorType`, `monitorId` and the rule's period and counts, with the
/// client's apikey and the reseller's token, naming no contact: the rule alerts every
/// contact of the client (the one the add-on made for it), `contactId` "All".
#[tokio::test]
async fn whmcs_client_rule_without_a_contact_alerts_the_whole_account() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let (apikey, _, monitor, _) = client_with_monitors(&s).await;
    let m = monitor.to_string();
    let rule = [
        ("monitorType", "external"),
        ("monitorId", m.as_str()),
        ("period", "always"),
        ("notifyBackup", "1"),
        ("continuousAlerts", "1"),
        ("failureCount", "2"),
        ("minFailedLocationCount", "1"),
    ];
    w.client_post(&apikey, "addNotificationRule", &rule)
        .await
        .data();
    let get = [("monitorType", "external"), ("monitorId", m.as_str())];
    let rules = w
        .client_get(&apikey, "getNotificationRules", &get)
        .await
        .read();
    assert_eq!(alerted(&rules[0]), ("All".into(), "".into(), "shop".into()));
    let id = rules[0]["id"].to_string();
    let edit = [
        ("notificationRuleIds", id.as_str()),
        ("monitorId", m.as_str()),
        ("period", "specifiedTime"),
        ("timeFrom", "22:00:00"),
        ("timeTo", "06:00:00"),
        ("notifyBackup", "0"),
        ("continuousAlerts", "1"),
        ("failureCount", "2"),
        ("minFailedLocationCount", "1"),
    ];
    w.client_post(&apikey, "editNotificationRule", &edit)
        .await
        .data();
    let rule = &w
        .client_get(&apikey, "getNotificationRules", &get)
        .await
        .read()[0];
    assert_eq!(
        (
            &rule["period"],
            &rule["timeFrom"],
            &rule["timeTo"],
            &rule["notifyBackup"]
        ),
        (
            &json!("specifiedTime"),
            &json!("22:00:00"),
            &json!("06:00:00"),
            &json!(0)
        )
    );
    // The reseller's own rules are not the client's.
    let mine = w
        .get("getNotificationRules", &[("monitorType", "external")])
        .await
        .read();
    assert_eq!(mine, json!([]));
}

// ----- maintenance rules -----------------------------------------------------------------

/// MAPI's `MMaintenanceRule`: addRule of each period (1 date-time, 2 time, 3 weekdays),
/// requestRules, deleteRule with maintenanceIds.
#[tokio::test]
async fn mapi_maintenance_rules() {
    let s = hosted().await;
    let (apikey, ann, monitor, managed) = client_with_monitors(&s).await;
    let m = monitor.to_string();
    let on = |extra: &[(&'static str, &'static str)]| {
        let mut p = vec![("monitorType", "external")];
        p.extend_from_slice(extra);
        p
    };
    let base = [("monitorId", m.as_str())];
    for extra in [
        &[
            ("period", "1"),
            ("dateTimeFrom", "2026:12:24 20:00:00"),
            ("dateTimeTo", "2026:12:25 08:00:00"),
            ("timezone", "60"),
        ][..],
        &[
            ("period", "2"),
            ("timeFrom", "01:00:00"),
            ("timeTo", "02:00:00"),
        ][..],
        &[
            ("period", "3"),
            ("weekdayFrom", "1"),
            ("weekdayTo", "1"),
            ("timeFrom", "00:00:00"),
            ("timeTo", "06:00:00"),
        ][..],
    ] {
        let mut p = on(extra);
        p.extend_from_slice(&base);
        s.post(&ann, "addMaintenanceRule", &p).await.data();
    }
    let mut get = on(&[]);
    get.extend_from_slice(&base);
    let rules = s.get(&ann, "getMaintenanceRules", &get).await.read();
    assert_eq!(
        rules[0],
        json!({
            "maintenanceId": rules[0]["maintenanceId"], "groupType": "external", "timezone": 60,
            "period": 1, "weekdayFrom": null, "weekdayTo": null, "timeFrom": null, "timeTo": null,
            "dateTimeFrom": "2026-12-24 20:00:00", "dateTimeTo": "2026-12-25 08:00:00",
        })
    );
    assert_eq!(
        (&rules[2]["period"], &rules[2]["weekdayFrom"]),
        (&json!(3), &json!(1))
    );
    // The reseller's view of the client's rules is the client's (clientApikey).
    let seen = s
        .get(
            &s.reseller,
            "getMaintenanceRules",
            &[&get[..], &[("clientApikey", apikey.as_str())]].concat(),
        )
        .await
        .read();
    assert_eq!(seen, rules);
    // A window backwards, a missing weekday, a managed monitor (R3: no maintenance).
    let mut backwards = on(&[
        ("period", "1"),
        ("dateTimeFrom", "2026-12-25 08:00:00"),
        ("dateTimeTo", "2026-12-24 08:00:00"),
    ]);
    backwards.extend_from_slice(&base);
    assert_eq!(
        s.post(&ann, "addMaintenanceRule", &backwards).await.code(),
        1
    );
    let mut no_day = on(&[
        ("period", "3"),
        ("timeFrom", "00:00:00"),
        ("timeTo", "06:00:00"),
    ]);
    no_day.extend_from_slice(&base);
    let refused = s.post(&ann, "addMaintenanceRule", &no_day).await;
    assert_eq!(refused.code(), 1);
    assert!(refused.message().contains("weekdayFrom"), "{refused:?}");
    let managed_id = managed.to_string();
    let mut on_managed = on(&[
        ("period", "2"),
        ("timeFrom", "01:00:00"),
        ("timeTo", "02:00:00"),
    ]);
    on_managed.push(("monitorId", &managed_id));
    assert_eq!(
        s.post(&ann, "addMaintenanceRule", &on_managed).await.code(),
        8
    );
    // deleteRule: the ids must be the monitor's.
    let first = rules[0]["maintenanceId"].to_string();
    let second = rules[1]["maintenanceId"].to_string();
    let both = format!("{first},{second}");
    let mut delete = get.clone();
    delete.push(("maintenanceIds", &both));
    s.post(&ann, "deleteMaintenanceRule", &delete).await.data();
    let left = s.get(&ann, "getMaintenanceRules", &get).await.read();
    assert_eq!(left.as_array().unwrap().len(), 1);
    let mut again = get.clone();
    again.push(("maintenanceIds", &first));
    assert_eq!(
        s.post(&ann, "deleteMaintenanceRule", &again).await.code(),
        5
    );
}

// ----- recent alerts ---------------------------------------------------------------------

/// Writes an alert row as the monitoring engine would.
fn write_alert(
    s: &Server,
    client_apikey: Option<&str>,
    data_id: i64,
    name: &str,
    failed_at: i64,
    recovered_at: Option<i64>,
) {
    let conn = rusqlite::Connection::open(&s.db).unwrap();
    let reseller: i64 = conn
        .query_row(
            "SELECT id FROM resellers WHERE apikey = ?1",
            [&s.reseller.apikey],
            |r| r.get(0),
        )
        .unwrap();
    let client: Option<i64> = client_apikey.map(|key| {
        conn.query_row("SELECT id FROM clients WHERE apikey = ?1", [key], |r| {
            r.get(0)
        })
        .unwrap()
    });
    conn.execute(
        "INSERT INTO alerts (reseller_id, client_id, data_id, data_name, data_type, data_type_id,
            failed_at, recovered_at, contacts, locations)
         VALUES (?1, ?2, ?3, ?4, 'External Monitor', 0, ?5, ?6, 'someAccount@gmail.com', 'US-MID')",
        params![reseller, client, data_id, name, failed_at, recovered_at],
    )
    .unwrap();
}

/// `get_recent_alerts` (Python: startDate and endDate in ms) and `get_recent_alerts` of
/// CPAN (`limit`, `timezone`): the envelope and date format of the PERL POD.
#[tokio::test]
async fn recent_alerts_in_the_pods_envelope() {
    let s = hosted().await;
    // 8 May 2011 07:04:58 GMT, recovered 07:09:59: the POD's alert.
    write_alert(
        &s,
        None,
        36963,
        "api_dns",
        1_304_838_298_000,
        Some(1_304_838_599_000),
    );
    write_alert(&s, None, 36964, "api_web", 1_304_841_600_000, None);
    write_alert(&s, None, 36965, "last_year", 1_273_302_298_000, None);
    let apikey = s.add_client("ann@example.com").await;
    write_alert(&s, Some(&apikey), 1, "clients", 1_304_838_298_000, None);
    let window = [("startDate", "1304800000000"), ("endDate", "1304900000000")];
    let alerts = PY
        .get(&s, &s.reseller.apikey, "recentAlerts", &window)
        .await
        .read();
    assert_eq!(alerts["status"], "ok");
    let data = alerts["data"].as_array().unwrap();
    assert_eq!(data.len(), 2, "{alerts}");
    assert_eq!(data[0]["dataName"], "api_web");
    assert_eq!(
        data[1],
        json!({
            "id": data[1]["id"], "dataId": 36963, "dataName": "api_dns",
            "dataType": "External Monitor", "dataTypeId": 0,
            "failDate": "8 May 2011 07:04:58 GMT", "recDate": "8 May 2011 07:09:59 GMT",
            "contacts": "someAccount@gmail.com", "locs": "US-MID", "status": "Alerted",
        })
    );
    assert_eq!(data[0]["recDate"], "");
    let pairs = [&window[..], &[("limit", "1"), ("timezone", "240")]].concat();
    let one = CPAN
        .get(&s, &s.reseller.apikey, "recentAlerts", &pairs)
        .await
        .read();
    assert_eq!(one["data"].as_array().unwrap().len(), 1);
    assert_eq!(one["data"][0]["failDate"], "8 May 2011 12:00:00 GMT+04:00");
    // The client's alerts are its own.
    let theirs = s
        .get(
            &s.reseller,
            "recentAlerts",
            &[&window[..], &[("clientApikey", apikey.as_str())]].concat(),
        )
        .await
        .read();
    assert_eq!(theirs["data"][0]["dataName"], "clients");
    let backwards = PY
        .get(
            &s,
            &s.reseller.apikey,
            "recentAlerts",
            &[("startDate", "2"), ("endDate", "1")],
        )
        .await;
    assert_eq!(backwards.code(), 1);
    let zero = PY
        .get(&s, &s.reseller.apikey, "recentAlerts", &[("limit", "0")])
        .await;
    assert_eq!(zero.code(), 1);
}

// ----- tags --------------------------------------------------------------------------------

/// The add-on's `getExternalMonitorsByTag` (tagtests) and `tags` (JAVA, PERL, the SDKs):
/// the reseller's own monitors carry their tag, his clients' external monitors Default.
#[tokio::test]
async fn tags_and_tagtests_over_the_callers_external_monitors() {
    let s = hosted().await;
    let w = Whmcs::connect(&s).await;
    let own = |name: &'static str| {
        let w = &w;
        async move {
            w.post(
                "addExternalMonitor",
                &[
                    ("type", "ping"),
                    ("name", name),
                    ("url", "example.com"),
                    ("tag", "whmcs"),
                ],
            )
            .await
            .data()["testId"]
                .as_i64()
                .unwrap()
        }
    };
    let (a, b) = (own("a").await, own("b").await);
    let apikey = s.add_client("ann@example.com").await;
    let order = s.add_order(&apikey, "external:1", &[]).await;
    let theirs = s.add_monitor(order, "external", "shop").await;
    let tags = PY.get(&s, &s.reseller.apikey, "tags", &[]).await.read();
    assert_eq!(
        tags,
        json!({ "tags": [{ "rank": 1, "title": "Default" }, { "rank": 2, "title": "whmcs" }] })
    );
    let tagged = w.get("tagtests", &[("tag", "whmcs")]).await.read();
    assert_eq!(
        tagged,
        json!({ "testList": [{ "id": a, "name": "a" }, { "id": b, "name": "b" }] })
    );
    // A client sees its own monitors only.
    let ann = s.client_keys("ann@example.com").await;
    let mine = PY
        .get(&s, &ann.apikey, "tagtests", &[("tag", "Default")])
        .await
        .read();
    assert_eq!(
        mine,
        json!({ "testList": [{ "id": theirs, "name": "shop" }] })
    );
    assert_eq!(
        PY.get(&s, &ann.apikey, "tagtests", &[("tag", "whmcs")])
            .await
            .read(),
        json!({ "testList": [] })
    );
    let missing: Resp = PY.get(&s, &ann.apikey, "tagtests", &[]).await;
    assert_eq!(missing.code(), 1);
}

/// A sub-account (hosted "Viewer") reads what is about the monitors, not the addresses.
#[tokio::test]
async fn a_sub_account_reads_alerts_and_tags_but_not_contacts() {
    let s = hosted().await;
    let sub = PY
        .post(
            &s,
            &s.reseller,
            "addSubAccount",
            &[
                ("firstName", "Vi"),
                ("lastName", "Ewer"),
                ("email", "viewer@example.com"),
                ("password", "secret-pw"),
            ],
        )
        .await
        .data();
    let apikey = sub["apikey"].as_str().unwrap();
    for read in ["tags", "recentAlerts"] {
        PY.get(&s, apikey, read, &[]).await.read();
    }
    assert_eq!(PY.get(&s, apikey, "contactsList", &[]).await.code(), 7);
    let keys = Keys {
        apikey: apikey.to_string(),
        secretkey: sub["secretkey"].as_str().unwrap().to_string(),
    };
    let add = PY
        .post(&s, &keys, "addContactGroup", &[("groupName", "Mine")])
        .await;
    assert_eq!(add.code(), 7);
}
