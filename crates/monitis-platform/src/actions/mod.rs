//! The API's actions: each loads what it needs from the store, asks `domain::rules`, and
//! saves the result. They run inside one transaction per request (see `http`).
//!
//! This module holds the action table, the request context and the dispatch; the handlers
//! live in one submodule per area.

mod accounts;
mod alerting;
pub mod compat;
mod contacts;
mod custom;
mod full_page_load;
mod keys;
mod layout;
mod monitors;
pub use monitors::MonitorList;
mod orders;
mod reseller;
mod results;
mod serve;
pub use serve::serve;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Value, json};

use super::auth::internal;
use super::params::Params;
use super::store::{self, AccountRef, Scope};
use monitis_core::domain::rules::{self, OrderState, Refusal};
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{AccountKind, MonitorType};

pub use super::action::{Action, Endpoint, Kind};

use self::accounts::{add_client, clients, confirm_keys, edit_user, reset_keys, user_info};
use self::monitors::{
    CHECK_TYPES, add_monitor, change_monitor_order, delete_monitors, edit_monitor, load_monitor,
    monitors_list, move_monitors, rum_usage, tests,
};
use self::orders::{
    add_order, buy_service, expire_orders, in_lifetime, load_order, order_status, order_transition,
};
use self::reseller::{
    dashboard, extend_all_clients, sandbox_billing, sandbox_next_cycle, sandbox_pageviews,
    set_branding,
};

impl Action {
    /// The key look-ups answer for a client that R1 suspends: a reseller's integration
    /// finds an existing client's keys this way before it sells the first order (hosted).
    fn exempt_from_r1(self) -> bool {
        matches!(self, Action::Apikey | Action::Secretkey)
    }
}

/// What an action answers: a read's bare value, or a change's optional `data`.
#[derive(Debug)]
pub enum Reply {
    Read(Value),
    /// A read's JSON text, written without building the value (big lists).
    ReadText(String),
    /// A `monitors` listing, for the HTTP layer to stream from its reader.
    Monitors(monitors::MonitorList),
    /// An answer written as it is read (the HTTP layer's form of `Monitors`).
    Body(axum::body::Body),
    Change(Option<Value>),
}

/// A broken invariant found while answering: logged on stderr and answered as an internal
/// error, so that one bad request never takes the server down.
pub(super) fn broken(what: &str) -> Refusal {
    eprintln!("sandbox: internal error: {what}");
    Refusal::new(ErrorCode::Internal, "internal error")
}

/// An API object as JSON.
pub(crate) fn to_json(value: impl Serialize) -> Result<Value, Refusal> {
    serde_json::to_value(value).map_err(|e| broken(&format!("an answer did not serialise: {e}")))
}

fn read(value: impl Serialize) -> Result<Reply, Refusal> {
    Ok(Reply::Read(to_json(value)?))
}

fn changed(data: impl Serialize) -> Result<Reply, Refusal> {
    Ok(Reply::Change(Some(to_json(data)?)))
}

const OK: Result<Reply, Refusal> = Ok(Reply::Change(None));

fn bad(message: String) -> Refusal {
    Refusal::new(ErrorCode::BadParameter, message)
}

fn not_found(what: &str, id: i64) -> Refusal {
    Refusal::new(ErrorCode::NotFound, format!("no such {what}: {id}"))
}

type Res<T> = Result<T, Refusal>;

trait Db<T> {
    fn db(self) -> Res<T>;
}

impl<T> Db<T> for rusqlite::Result<T> {
    fn db(self) -> Res<T> {
        self.map_err(internal)
    }
}

/// An authenticated request, ready for its action.
pub struct Ctx<'a> {
    pub conn: &'a Connection,
    pub caller: AccountKind,
    pub me: AccountRef,
    /// The client acted on: the caller itself, or the one a reseller names with `clientApikey`.
    pub client: Option<i64>,
    pub today: NaiveDate,
    pub now: chrono::DateTime<chrono::Utc>,
    /// The stored hash of the request's `password`, computed before the database was locked.
    pub password_hash: Option<String>,
}

impl Ctx<'_> {
    fn scope(&self) -> Scope {
        Scope {
            reseller_id: self.me.reseller_id,
            client_id: self.client,
        }
    }

    fn reseller_scope(&self) -> Scope {
        Scope {
            reseller_id: self.me.reseller_id,
            client_id: None,
        }
    }

    /// The scope narrowed to the client a listing's `clientId` names; None when that
    /// client is outside the caller's scope, so that nothing is listed.
    fn listed_scope(&self, p: &Params) -> Res<Option<Scope>> {
        let scope = self.scope();
        Ok(match p.opt_id("clientId")? {
            None => Some(scope),
            Some(id) if scope.client_id.is_none_or(|own| own == id) => Some(Scope {
                client_id: Some(id),
                ..scope
            }),
            Some(_) => None,
        })
    }

    fn client_required(&self) -> Res<i64> {
        self.client.ok_or_else(|| {
            bad("missing parameter clientApikey: name the client to act for".to_string())
        })
    }

    fn paid(&self) -> Res<bool> {
        Ok(store::reseller(self.conn, self.me.reseller_id).db()?.paid)
    }
}

/// Resolves who is acted on and applies R1 and R2 for a client acting on itself.
pub fn context<'a>(
    conn: &'a Connection,
    me: AccountRef,
    action: Action,
    params: &Params,
    now: chrono::DateTime<chrono::Utc>,
    password_hash: Option<String>,
) -> Res<Ctx<'a>> {
    // Under any of its spellings (the catalog's common parameters).
    let named = params.get("clientApikey");
    let named = named
        .map(|key| store::client_by_apikey(conn, me.reseller_id, key))
        .transpose()
        .db()?;
    let named = match (named, me.client_id) {
        (None, None) => compat::client_of_apikey(conn, me, params)?,
        (named, _) => named,
    };
    let no_such_client = || Refusal::new(ErrorCode::NotFound, "no such client (clientApikey)");
    let (caller, client) = match (me.client_id, named) {
        (None, None) => (AccountKind::Reseller, None),
        (None, Some(found)) => (
            AccountKind::Reseller,
            Some(found.ok_or_else(no_such_client)?),
        ),
        (Some(own), named) => {
            if named.is_some_and(|n| n != Some(own)) {
                return Err(no_such_client());
            }
            let paid = store::reseller(conn, me.reseller_id).db()?.paid;
            if !action.exempt_from_r1() {
                rules::check_reachable(paid, &store::order_statuses(conn, own).db()?)?;
            }
            rules::client_may(action.operation())?;
            (AccountKind::Client, Some(own))
        }
    };
    let ctx = Ctx {
        conn,
        caller,
        me,
        client,
        today: now.date_naive(),
        now,
        password_hash,
    };
    expire_orders(&ctx)?;
    Ok(ctx)
}

pub fn run(ctx: &Ctx, action: Action, p: &Params) -> Res<Reply> {
    match action {
        Action::Apikey | Action::Userkey | Action::AuthToken | Action::DashboardPreview => {
            Err(broken(&format!(
                "{} reached the actions: the HTTP layer answers it before authentication",
                action.name()
            )))
        }
        Action::UserInfo => compat::reseller_plan(ctx, p, user_info(ctx, p)?),
        Action::ResetKeys => reset_keys(ctx, p),
        Action::ConfirmKeys => confirm_keys(ctx, p),
        Action::AddClient => add_client(ctx, p),
        Action::Clients => clients(ctx, p),
        Action::EditUser => edit_user(ctx, p),
        Action::DeleteClient => {
            store::delete_client(ctx.conn, ctx.client_required()?).db()?;
            OK
        }
        Action::GetServiceList => read(rules::catalog()),
        Action::AddOrder => add_order(ctx, p),
        Action::Orders => {
            let status = order_status(p)?;
            match ctx.listed_scope(p)? {
                Some(scope) => read(store::orders(ctx.conn, scope, status).db()?),
                None => read(Vec::<()>::new()),
            }
        }
        Action::OrderInfo => read(load_order(ctx, ctx.scope(), p.id("orderId")?)?),
        Action::SuspendOrder => order_transition(ctx, p, |o, _| {
            rules::on_reseller_suspend(o.id, OrderState::of(o))
        }),
        Action::ActivateOrder => {
            let paid = ctx.paid()?;
            order_transition(ctx, p, |o, today| {
                rules::on_activate(o.id, OrderState::of(o), paid, in_lifetime(o, today))
            })
        }
        Action::DeleteOrder => {
            order_transition(ctx, p, |o, _| Ok(rules::on_delete(OrderState::of(o))))
        }
        Action::BuyService => buy_service(ctx, p),
        Action::OneTimeServices => read(store::purchases(ctx.conn, ctx.scope()).db()?),
        Action::AddMonitor => {
            let kind = p
                .choice::<MonitorType>(
                    "type",
                    "external, transaction, fullPageLoad, internal, rum",
                )?
                .ok_or_else(|| bad("missing parameter type".to_string()))?;
            let id = add_monitor(
                ctx,
                p,
                kind,
                None,
                p.required_valid("url", validate::monitor_target)?,
            )?;
            changed(json!({ "monitorId": id }))
        }
        Action::AddExternalMonitor if compat::is_own_monitor(ctx, p) => {
            compat::add_own_monitor(ctx, p)
        }
        Action::AddExternalMonitor => {
            let check = p.required("type")?;
            if !CHECK_TYPES.contains(&check) {
                return Err(bad(format!(
                    "parameter type must be one of {}, got {check:?}",
                    CHECK_TYPES.join(", ")
                )));
            }
            let id = add_monitor(
                ctx,
                p,
                MonitorType::External,
                Some(check),
                p.required_valid("url", validate::monitor_target)?,
            )?;
            changed(json!({ "testId": id }))
        }
        Action::AddCompositeMonitor => {
            if !p.required("type")?.eq_ignore_ascii_case("RUM") {
                return Err(bad("parameter type must be RUM".to_string()));
            }
            let id = add_monitor(
                ctx,
                p,
                MonitorType::Rum,
                None,
                p.required_valid("monitorParams", validate::monitor_target)?,
            )?;
            changed(json!({ "monitorId": id }))
        }
        Action::Monitors => monitors_list(ctx, p),
        Action::Tests => compat::tests(ctx, p, tests(ctx, p)?),
        Action::MonitorInfo => read(load_monitor(ctx, p.id("monitorId")?)?),
        Action::EditMonitor => edit_monitor(ctx, p),
        Action::DeleteMonitor => delete_monitors(ctx, &p.ids("monitorIds")?, None),
        Action::DeleteExternalMonitor => {
            let ids = compat::delete_own_monitors(ctx, &p.ids("testIds")?)?;
            if ids.is_empty() {
                return OK;
            }
            delete_monitors(ctx, &ids, Some(MonitorType::External))
        }
        Action::ChangeMonitorOrder => change_monitor_order(ctx, p),
        Action::BulkChangeMonitorOrder => {
            changed(move_monitors(ctx, &p.ids("monitorIds")?, p.id("orderId")?)?)
        }
        Action::RumUsage => rum_usage(ctx, p),
        Action::Branding => read(store::reseller(ctx.conn, ctx.me.reseller_id).db()?.branding),
        Action::SetBranding => set_branding(ctx, p),
        Action::Dashboard => dashboard(ctx),
        Action::ExtendAllClients => extend_all_clients(ctx),
        Action::SandboxPageviews => sandbox_pageviews(ctx, p),
        Action::SandboxNextCycle => sandbox_next_cycle(ctx),
        Action::SandboxBilling => sandbox_billing(ctx, p),
        Action::SandboxExpireTokens => {
            store::expire_tokens(ctx.conn, ctx.me, ctx.now.timestamp()).db()?;
            OK
        }
        Action::Secretkey => compat::secretkey(ctx, p),
        Action::Locations => read(compat::LOCATIONS),
        Action::Testinfo => compat::testinfo(ctx, p),
        Action::EditExternalMonitor => compat::edit_external_monitor(ctx, p),
        Action::SuspendExternalMonitor => compat::set_monitors_suspended(ctx, p, true),
        Action::ActivateExternalMonitor => compat::set_monitors_suspended(ctx, p, false),
        Action::SubAccounts => compat::sub_accounts(ctx),
        Action::AddSubAccount => compat::add_sub_account(ctx, p),
        Action::DeleteSubAccount => compat::delete_sub_account(ctx, p),
        // Contacts, notification and maintenance rules, alerts, tags (issue 21).
        Action::ContactsList => contacts::contacts_list(ctx, p),
        Action::ContactGroupList => contacts::group_list(ctx),
        Action::ContactsListByContactGroup => contacts::contacts_by_group(ctx, p),
        Action::AddContact => contacts::add_contact(ctx, p),
        Action::EditContact => contacts::edit_contact(ctx, p),
        Action::DeleteContact => contacts::delete_contact(ctx, p),
        Action::ConfirmContact => contacts::confirm_contact(ctx, p),
        Action::ContactActivate => contacts::set_active(ctx, p, true),
        Action::ContactDeactivate => contacts::set_active(ctx, p, false),
        Action::AddContactGroup => contacts::add_group(ctx, p),
        Action::EditContactGroup => contacts::edit_group(ctx, p),
        Action::DeleteContactGroup => contacts::delete_group(ctx, p),
        Action::GetNotificationRules => alerting::get_notification_rules(ctx, p),
        Action::AddNotificationRule => alerting::add_notification_rule(ctx, p),
        Action::EditNotificationRule => alerting::edit_notification_rule(ctx, p),
        Action::DeleteNotificationRule => alerting::delete_notification_rule(ctx, p),
        Action::GetMaintenanceRules => alerting::get_maintenance_rules(ctx, p),
        Action::AddMaintenanceRule => alerting::add_maintenance_rule(ctx, p),
        Action::DeleteMaintenanceRule => alerting::delete_maintenance_rule(ctx, p),
        Action::RecentAlerts => alerting::recent_alerts(ctx, p),
        Action::Tags => alerting::tags(ctx),
        Action::Tagtests => alerting::tag_tests(ctx, p),
        Action::CustomAddMonitor
        | Action::CustomEditMonitor
        | Action::CustomDeleteMonitor
        | Action::CustomGetMonitors
        | Action::CustomGetMonitorInfo
        | Action::CustomGetMonitorResults
        | Action::CustomAddResult
        | Action::CustomAddAdditionalResults
        | Action::CustomGetAdditionalResults
        | Action::CustomGetReport
        | Action::CustomGetAdditionalDataReport
        | Action::CustomColorizeMonitors
        | Action::CustomSuspendMonitors
        | Action::CustomActivateMonitors
        | Action::CustomGetAgents
        | Action::CustomAgentInfo
        | Action::CustomAddAgent
        | Action::CustomEditAgent
        | Action::CustomDeleteAgent
        | Action::CustomGetJobs
        | Action::CustomAddJob
        | Action::CustomEditJob
        | Action::CustomDeleteJob => custom::run(ctx, action, p),
        Action::GetPublicKeys => keys::public_keys(ctx),
        Action::AddPublicKey => keys::add_public_key(ctx, p),
        Action::UpdatePublicKey => keys::update_public_key(ctx, p),
        Action::DeletePublicKeys => keys::delete_public_keys(ctx, p),
        Action::GetWidget => keys::get_widget(ctx, p),
        Action::Pages => layout::pages(ctx),
        Action::PageModules => layout::page_modules(ctx, p),
        Action::AddPage => layout::add_page(ctx, p),
        Action::AddPageModule => layout::add_page_module(ctx, p),
        Action::DeletePage => layout::delete_page(ctx, p),
        Action::DeletePageModule => layout::delete_page_module(ctx, p),
        Action::SubAccountPages => layout::sub_account_pages(ctx),
        Action::AddPagesToSubAccount => layout::grant_pages(ctx, p, true),
        Action::DeletePagesFromSubAccount => layout::grant_pages(ctx, p, false),
        Action::Testresult => results::testresult(ctx, p),
        Action::TestsLastValues => results::tests_last_values(ctx, p),
        Action::Teststatuses => results::teststatuses(ctx, p),
        Action::FullPageLoadTests => full_page_load::tests(ctx),
        Action::FullPageLoadTestInfo => full_page_load::info(ctx, p),
        Action::FullPageLoadTestResult => full_page_load::results(ctx, p),
        // The same check locations as the external monitors'.
        Action::FullPageLoadLocations => read(compat::LOCATIONS),
        Action::AddFullPageLoadMonitor => full_page_load::add(ctx, p),
        Action::EditFullPageLoadMonitor => full_page_load::edit(ctx, p),
        Action::DeleteFullPageLoadMonitor => full_page_load::delete(ctx, p),
        Action::SuspendFullPageLoadMonitor => full_page_load::set_suspended(ctx, p, true),
        Action::ActivateFullPageLoadMonitor => full_page_load::set_suspended(ctx, p, false),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn an_action_that_reaches_run_by_mistake_is_an_internal_error_not_a_panic() {
        let conn = Connection::open_in_memory().unwrap();
        let ctx = Ctx {
            conn: &conn,
            caller: AccountKind::Reseller,
            me: AccountRef {
                reseller_id: 1,
                client_id: None,
            },
            client: None,
            today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            now: chrono::Utc::now(),
            password_hash: None,
        };
        for action in [
            Action::Apikey,
            Action::Userkey,
            Action::AuthToken,
            Action::DashboardPreview,
        ] {
            let refusal = run(&ctx, action, &Params::default()).err().unwrap();
            assert_eq!(refusal.code, ErrorCode::Internal, "{}", action.name());
            assert_eq!(refusal.message, "internal error");
        }
    }

    #[test]
    fn action_names_round_trip_and_are_unique_on_each_endpoint() {
        for action in Action::ALL {
            let at = match action.endpoint() {
                Endpoint::Both => Endpoint::Custom,
                endpoint => endpoint,
            };
            assert_eq!(Action::from_name(at, action.name()), Some(*action));
        }
        for endpoint in [Endpoint::Api, Endpoint::Custom] {
            let served: Vec<&str> = Action::ALL
                .iter()
                .filter(|a| Action::from_name(endpoint, a.name()) == Some(**a))
                .map(|a| a.name())
                .collect();
            let names: BTreeSet<&str> = served.iter().copied().collect();
            assert_eq!(names.len(), served.len(), "{endpoint:?}");
        }
        assert_eq!(Action::from_name(Endpoint::Api, "changeMonitorOrder"), None);
        // One name, two meanings: the endpoint says which.
        assert_eq!(
            Action::from_name(Endpoint::Api, "addMonitor"),
            Some(Action::AddMonitor)
        );
        assert_eq!(
            Action::from_name(Endpoint::Custom, "addMonitor"),
            Some(Action::CustomAddMonitor)
        );
        assert_eq!(Action::from_name(Endpoint::Custom, "addClient"), None);
        assert_eq!(Action::from_name(Endpoint::Api, "getMonitors"), None);
        assert_eq!(
            Action::from_name(Endpoint::Custom, "authToken"),
            Some(Action::AuthToken)
        );
    }

    #[test]
    fn only_account_edits_set_a_password() {
        let setting: Vec<Action> = Action::ALL
            .iter()
            .copied()
            .filter(|a| a.sets_password())
            .collect();
        assert_eq!(
            setting,
            [Action::AddClient, Action::EditUser, Action::AddSubAccount]
        );
    }
}
