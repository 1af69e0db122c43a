//! The API's actions: each loads what it needs from the store, asks `domain::rules`, and
//! saves the result. They run inside one transaction per request (see `http`).

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Value, json};

use super::auth::internal;
use super::params::Params;
use super::store::{self, AccountRef, MonitorFilter, Scope};
use crate::domain::rules::{self, MonitorState, MoveCandidate, Operation, OrderState, Refusal};
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{
    AccountKind, BillingCycle, Client, Item, Keys, Monitor, MonitorType, MoveOne, MoveResult,
    Order, OrderStatus, ResellerInfo, RumUsage, ServiceKind, Status, Test, TestList, UserInfo,
};
use crate::protocol::{DATE_FORMAT, SUSPENDED_MESSAGE};

/// HTTP method an action takes: reads are GET, changes are POST.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Read,
    Change,
}

macro_rules! actions {
    ($($variant:ident = $name:literal, $kind:ident, $op:ident;)*) => {
        /// Every action the sandbox serves.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Action { $($variant),* }

        impl Action {
            pub const ALL: &[Action] = &[$(Action::$variant),*];

            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name),* }
            }

            pub fn kind(self) -> Kind {
                match self { $(Action::$variant => Kind::$kind),* }
            }

            /// What R2 calls this action.
            pub fn operation(self) -> Operation {
                match self { $(Action::$variant => Operation::$op),* }
            }
        }
    };
}

actions! {
    Apikey = "apikey", Read, Read;
    AuthToken = "authToken", Read, Read;
    UserInfo = "userInfo", Read, Read;
    ResetKeys = "resetKeys", Change, ResetKeys;
    AddClient = "addClient", Change, ManageClients;
    Clients = "clients", Read, ManageClients;
    EditUser = "editUser", Change, EditProfile;
    DeleteClient = "deleteClient", Change, Terminate;
    GetServiceList = "getServiceList", Read, Read;
    AddOrder = "addOrder", Change, Upgrade;
    Orders = "orders", Read, Read;
    OrderInfo = "orderInfo", Read, Read;
    SuspendOrder = "suspendOrder", Change, Upgrade;
    ActivateOrder = "activateOrder", Change, Upgrade;
    DeleteOrder = "deleteOrder", Change, Upgrade;
    BuyService = "buyService", Change, BuyOneTime;
    OneTimeServices = "oneTimeServices", Read, Read;
    AddMonitor = "addMonitor", Change, ManageMonitors;
    AddExternalMonitor = "addExternalMonitor", Change, ManageMonitors;
    AddCompositeMonitor = "addCompositeMonitor", Change, ManageMonitors;
    Monitors = "monitors", Read, Read;
    Tests = "tests", Read, Read;
    MonitorInfo = "monitorInfo", Read, Read;
    EditMonitor = "editMonitor", Change, ManageMonitors;
    DeleteMonitor = "deleteMonitor", Change, ManageMonitors;
    DeleteExternalMonitor = "deleteExternalMonitor", Change, ManageMonitors;
    ChangeMonitorOrder = "ChangeMonitorOrder", Change, MoveMonitors;
    BulkChangeMonitorOrder = "BulkChangeMonitorOrder", Change, MoveMonitors;
    RumUsage = "rumUsage", Read, Read;
    Branding = "branding", Read, Read;
    SetBranding = "setBranding", Change, Branding;
    Dashboard = "dashboard", Read, Read;
    DashboardPreview = "dashboardPreview", Change, ManageClients;
    ExtendAllClients = "extendAllClients", Change, Billing;
    SandboxPageviews = "sandboxPageviews", Change, SandboxControl;
    SandboxNextCycle = "sandboxNextCycle", Change, SandboxControl;
    SandboxBilling = "sandboxBilling", Change, SandboxControl;
    SandboxExpireTokens = "sandboxExpireTokens", Change, SandboxControl;
}

impl Action {
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}

/// What an action answers: a read's bare value, or a change's optional `data`.
#[derive(Debug)]
pub enum Reply {
    Read(Value),
    Change(Option<Value>),
}

fn read(value: impl Serialize) -> Result<Reply, Refusal> {
    Ok(Reply::Read(
        serde_json::to_value(value).expect("API objects serialise"),
    ))
}

fn changed(data: impl Serialize) -> Result<Reply, Refusal> {
    Ok(Reply::Change(Some(
        serde_json::to_value(data).expect("API objects serialise"),
    )))
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
    let named = params.get_any(&["clientApikey", "clientAPIKey"]);
    let named = named
        .map(|key| store::client_by_apikey(conn, me.reseller_id, key))
        .transpose()
        .db()?;
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
            rules::check_reachable(paid, &store::order_statuses(conn, own).db()?)?;
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

/// R9 as time passes: active orders past their end date and grace are suspended.
fn expire_orders(ctx: &Ctx) -> Res<()> {
    let today = ctx.today.format(DATE_FORMAT).to_string();
    for id in store::expired_orders(ctx.conn, ctx.me.reseller_id, &today).db()? {
        let order = load_order(ctx, ctx.reseller_scope(), id)?;
        set_order_state(
            ctx,
            &order,
            rules::lifetime_check(OrderState::of(&order), false),
        )?;
    }
    Ok(())
}

pub fn run(ctx: &Ctx, action: Action, p: &Params) -> Res<Reply> {
    match action {
        Action::Apikey | Action::AuthToken | Action::DashboardPreview => {
            unreachable!("handled before authentication")
        }
        Action::UserInfo => user_info(ctx, p),
        Action::ResetKeys => reset_keys(ctx),
        Action::AddClient => add_client(ctx, p),
        Action::Clients => clients(ctx, p),
        Action::EditUser => edit_user(ctx, p),
        Action::DeleteClient => {
            store::delete_client(ctx.conn, ctx.client_required()?).db()?;
            OK
        }
        Action::GetServiceList => read(rules::catalog()),
        Action::AddOrder => add_order(ctx, p),
        Action::Orders => read(store::orders(ctx.conn, ctx.scope(), order_status(p)?).db()?),
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
            let id = add_monitor(ctx, p, kind, None, p.required("url")?)?;
            changed(json!({ "monitorId": id }))
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
                p.required("url")?,
            )?;
            changed(json!({ "testId": id }))
        }
        Action::AddCompositeMonitor => {
            if !p.required("type")?.eq_ignore_ascii_case("RUM") {
                return Err(bad("parameter type must be RUM".to_string()));
            }
            let id = add_monitor(ctx, p, MonitorType::Rum, None, p.required("monitorParams")?)?;
            changed(json!({ "monitorId": id }))
        }
        Action::Monitors => {
            let rows = store::monitors(ctx.conn, ctx.scope(), monitor_filter(p)?).db()?;
            read(rows.into_iter().map(|r| r.monitor).collect::<Vec<_>>())
        }
        Action::Tests => tests(ctx, p),
        Action::MonitorInfo => read(load_monitor(ctx, p.id("monitorId")?)?),
        Action::EditMonitor => edit_monitor(ctx, p),
        Action::DeleteMonitor => delete_monitors(ctx, &p.ids("monitorIds")?, None),
        Action::DeleteExternalMonitor => {
            delete_monitors(ctx, &p.ids("testIds")?, Some(MonitorType::External))
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
    }
}

/// The hosted check types of external (uptime) monitors.
const CHECK_TYPES: [&str; 14] = [
    "http",
    "https",
    "ftp",
    "ping",
    "ssh",
    "dns",
    "mysql",
    "udp",
    "tcp",
    "sip",
    "smtp",
    "imap",
    "pop",
    "certificate",
];

/// Check intervals in minutes.
const INTERVALS: [u32; 9] = [1, 3, 5, 10, 15, 20, 30, 40, 60];

// ---------------------------------------------------------------------------------------
// Accounts.

fn client_object(
    ctx: &Ctx,
    row: store::ClientRow,
    load_plan: bool,
    load_monitors: bool,
    paid: bool,
) -> Res<Client> {
    let scope = Scope {
        reseller_id: row.reseller_id,
        client_id: Some(row.id),
    };
    let orders = store::orders(ctx.conn, scope, None).db()?;
    let statuses: Vec<OrderStatus> = orders.iter().map(|o| o.status).collect();
    let monitors = if load_plan || load_monitors {
        store::monitors(ctx.conn, scope, MonitorFilter::default())
            .db()?
            .into_iter()
            .map(|r| r.monitor)
            .collect()
    } else {
        Vec::new()
    };
    let plan = if load_plan {
        Some(rules::plan(
            &orders,
            &monitors,
            &store::purchases(ctx.conn, scope).db()?,
        ))
    } else {
        None
    };
    Ok(Client {
        id: row.id,
        account: row.email,
        first_name: row.first_name,
        last_name: row.last_name,
        apikey: row.apikey,
        status: rules::client_status(paid, &statuses),
        created_at: row.created_at,
        plan,
        monitors: load_monitors.then_some(monitors),
    })
}

fn user_info(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let reseller = store::reseller(ctx.conn, ctx.me.reseller_id).db()?;
    let load_plan = p.bool("loadUserPlan")?.unwrap_or(false);
    match ctx.client {
        Some(id) => {
            let row = store::client(ctx.conn, id).db()?;
            read(UserInfo::Client(client_object(
                ctx,
                row,
                load_plan,
                false,
                reseller.paid,
            )?))
        }
        None => read(UserInfo::Reseller(ResellerInfo {
            id: reseller.id,
            account: reseller.account,
            name: reseller.name,
            paid: reseller.paid,
            branding: reseller.branding,
            clients: store::clients(ctx.conn, ctx.reseller_scope()).db()?.len() as u64,
        })),
    }
}

fn reset_keys(ctx: &Ctx) -> Res<Reply> {
    let account = AccountRef {
        reseller_id: ctx.me.reseller_id,
        client_id: ctx.client,
    };
    let (apikey, secretkey) = store::reset_keys(ctx.conn, account, &mut rand::rng()).db()?;
    changed(Keys { apikey, secretkey })
}

fn check_email(email: &str) -> Res<&str> {
    let valid = email
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        && !email.contains(char::is_whitespace);
    if valid {
        Ok(email)
    } else {
        Err(bad(format!(
            "parameter email is not an email address: {email:?}"
        )))
    }
}

fn email_free(ctx: &Ctx, email: &str, except: Option<i64>) -> Res<()> {
    if store::email_taken(ctx.conn, email, except).db()? {
        return Err(Refusal::new(
            ErrorCode::AlreadyExists,
            format!("an account with email {email} already exists"),
        ));
    }
    Ok(())
}

fn add_client(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let email = check_email(p.required("email")?)?;
    let first_name = p.required("firstName")?;
    let last_name = p.required("lastName")?;
    p.required("password")?;
    email_free(ctx, email, None)?;
    let password_hash = ctx
        .password_hash
        .as_deref()
        .expect("hashed before the action ran");
    let new = store::NewClient {
        reseller_id: ctx.me.reseller_id,
        email,
        first_name,
        last_name,
        password_hash,
    };
    let (_, apikey) = store::insert_client(ctx.conn, &new, &mut rand::rng()).db()?;
    changed(apikey)
}

fn clients(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let load_plan = p.bool("loadUserPlan")?.unwrap_or(false);
    let load_monitors = p.bool("loadMonitors")?.unwrap_or(false);
    let status = p.choice::<Status>("status", "active, suspended")?;
    let paid = ctx.paid()?;
    let mut out = Vec::new();
    for row in store::clients(ctx.conn, ctx.scope()).db()? {
        let client = client_object(ctx, row, load_plan, load_monitors, paid)?;
        if status.is_none_or(|s| s == client.status) {
            out.push(client);
        }
    }
    read(out)
}

fn edit_user(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let id = ctx.client_required()?;
    let email = p.get("email").map(check_email).transpose()?;
    let (first_name, last_name) = (p.get("firstName"), p.get("lastName"));
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

// ---------------------------------------------------------------------------------------
// Orders and one-time services.

fn in_lifetime(order: &Order, today: NaiveDate) -> bool {
    let end = order
        .end_date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, DATE_FORMAT).ok());
    rules::within_lifetime(end, order.grace_period, today)
}

fn order_status(p: &Params) -> Res<Option<OrderStatus>> {
    p.choice("status", "active, suspended, deleted")
}

fn load_order(ctx: &Ctx, scope: Scope, id: i64) -> Res<Order> {
    store::order(ctx.conn, scope, id)
        .db()?
        .ok_or_else(|| not_found("order", id))
}

/// Parses `services=code:qty,code:qty` into package items.
fn parse_services(list: &str) -> Res<Vec<Item>> {
    let mut items: Vec<Item> = Vec::new();
    for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let (code, qty) = entry.split_once(':').ok_or_else(|| {
            bad(format!(
                "parameter services must list code:quantity, got {entry:?}"
            ))
        })?;
        let service = rules::service(code.trim())?;
        if service.kind != ServiceKind::Package {
            return Err(bad(format!(
                "{code} is a one-time service: buy it with buyService"
            )));
        }
        let quantity: u64 = qty.trim().parse().map_err(|_| {
            bad(format!(
                "quantity of {code} must be a whole number, got {qty:?}"
            ))
        })?;
        if items.iter().any(|i| i.code == service.code) {
            return Err(bad(format!("service {code} is listed twice")));
        }
        items.push(Item {
            code: service.code,
            quantity,
        });
    }
    if items.is_empty() {
        return Err(bad(
            "missing parameter services (code:quantity,...)".to_string()
        ));
    }
    Ok(items)
}

fn add_order(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let client_id = ctx.client_required()?;
    let items = parse_services(p.required("services")?)?;
    let start = p.date("startDate")?.unwrap_or(ctx.today);
    let end = p.date("endDate")?;
    if end.is_some_and(|e| e < start) {
        return Err(bad("endDate is before startDate".to_string()));
    }
    let grace = rules::check_grace(p.parsed("gracePeriod", "a number of days")?.unwrap_or(0))?;
    let state =
        rules::initial_order_state(ctx.paid()?, rules::within_lifetime(end, grace, ctx.today));
    let fmt = |d: NaiveDate| d.format(DATE_FORMAT).to_string();
    let (start, end_text) = (fmt(start), end.map(fmt));
    let id = store::insert_order(
        ctx.conn,
        &store::NewOrder {
            client_id,
            name: p.get("name").unwrap_or("Order"),
            managed: p.bool("managed")?.unwrap_or(false),
            state,
            billing_cycle: p
                .choice("billingCycle", "monthly, yearly")?
                .unwrap_or(BillingCycle::Monthly),
            start_date: &start,
            end_date: end_text.as_deref(),
            last_active_day: rules::last_active_day(end, grace).map(fmt),
            grace_period: grace,
            items: &items,
        },
    )
    .db()?;
    changed(json!({ "orderId": id }))
}

/// Applies an order state change (R8, R9) and lets its monitors follow.
fn order_transition(
    ctx: &Ctx,
    p: &Params,
    next: impl FnOnce(&Order, NaiveDate) -> Res<OrderState>,
) -> Res<Reply> {
    let order = load_order(ctx, ctx.scope(), p.id("orderId")?)?;
    let state = next(&order, ctx.today)?;
    set_order_state(ctx, &order, state)?;
    OK
}

fn set_order_state(ctx: &Ctx, order: &Order, state: OrderState) -> Res<()> {
    store::set_order_state(ctx.conn, order.id, state).db()?;
    reconcile(ctx, order.id)
}

/// Brings an order's monitors in line with the order (R9) and the RUM quota (R6).
fn reconcile(ctx: &Ctx, order_id: i64) -> Res<()> {
    let order = load_order(ctx, ctx.reseller_scope(), order_id)?;
    let active = order.status == OrderStatus::Active;
    for m in store::monitor_states(ctx.conn, order_id, None).db()? {
        if let Some(next) = rules::follow_order(active, m) {
            store::save_monitor_state(ctx.conn, next).db()?;
        }
    }
    let rum = store::monitor_states(ctx.conn, order_id, Some(MonitorType::Rum)).db()?;
    for next in rules::evaluate_rum(active, order.quantity("rumPageviews"), &rum) {
        store::save_monitor_state(ctx.conn, next).db()?;
    }
    Ok(())
}

fn buy_service(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let client_id = ctx.client_required()?;
    let service = rules::service(p.required("code")?)?;
    if service.kind != ServiceKind::OneTime {
        return Err(bad(format!(
            "{} is a package service: add it with addOrder",
            service.code
        )));
    }
    let quantity: u64 = p.required_parsed("quantity", "a whole number")?;
    if quantity == 0 {
        return Err(bad("parameter quantity must be at least 1".to_string()));
    }
    let id = store::insert_purchase(ctx.conn, client_id, &service.code, quantity).db()?;
    changed(json!({ "id": id }))
}

// ---------------------------------------------------------------------------------------
// Monitors.

fn load_monitor(ctx: &Ctx, id: i64) -> Res<Monitor> {
    store::monitors_by_id(ctx.conn, ctx.scope(), &[id])
        .db()?
        .remove(&id)
        .ok_or_else(|| not_found("monitor", id))
}

fn interval(p: &Params) -> Res<Option<u32>> {
    match p.parsed::<u32>("interval", "a number of minutes")? {
        Some(i) if !INTERVALS.contains(&i) => Err(bad(format!(
            "parameter interval must be one of {INTERVALS:?} minutes, got {i}"
        ))),
        other => Ok(other),
    }
}

fn add_monitor(
    ctx: &Ctx,
    p: &Params,
    kind: MonitorType,
    check_type: Option<&str>,
    url: &str,
) -> Res<i64> {
    let name = p.required("name")?;
    let order = load_order(ctx, ctx.scope(), p.id("orderId")?)?;
    rules::may_use_order(ctx.caller, order.id, order.managed)?;
    if ctx.caller == AccountKind::Client {
        let all = store::orders(ctx.conn, ctx.scope(), None).db()?;
        let in_plan = rules::plan_totals(&all)
            .get(kind.code())
            .copied()
            .unwrap_or(0);
        rules::client_may_use_feature(kind.code(), in_plan)?;
    }
    rules::takes_monitors(&order)?;
    let linked = store::linked_counts(ctx.conn, order.id).db()?;
    rules::free_slot(&order, kind, linked.get(&kind).copied().unwrap_or(0))?;
    let new = store::NewMonitor {
        client_id: order.client_id,
        order_id: order.id,
        kind,
        check_type,
        name,
        url,
        interval: interval(p)?.unwrap_or(5),
        status: Status::Active,
        reason: None,
        pageviews: 0,
    };
    let id = store::insert_monitor(ctx.conn, &new).db()?;
    // A new RUM monitor joins its order's quota state (R6); other types change nothing.
    if kind == MonitorType::Rum {
        reconcile(ctx, order.id)?;
    }
    Ok(id)
}

fn monitor_filter(p: &Params) -> Res<MonitorFilter> {
    Ok(MonitorFilter {
        order_id: p.parsed("orderId", "an id (a number)")?,
        kind: p.choice("type", "external, transaction, fullPageLoad, internal, rum")?,
        status: p.choice("status", "active, suspended")?,
        managed: p.bool("managed")?,
    })
}

fn tests(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let filter = MonitorFilter {
        kind: Some(MonitorType::External),
        ..monitor_filter(p)?
    };
    let test_list = store::monitors(ctx.conn, ctx.scope(), filter)
        .db()?
        .into_iter()
        .map(|r| Test {
            id: r.monitor.id,
            name: r.monitor.name,
            kind: r.check_type.unwrap_or_else(|| "http".to_string()),
            url: r.monitor.url,
            is_suspended: r.monitor.status == Status::Suspended,
            order_id: r.monitor.order_id,
        })
        .collect();
    read(TestList { test_list })
}

fn edit_monitor(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor = load_monitor(ctx, p.id("monitorId")?)?;
    rules::may_change_monitor(ctx.caller, monitor.id, monitor.managed)?;
    let (name, url, interval) = (p.get("name"), p.get("url"), interval(p)?);
    if name.is_none() && url.is_none() && interval.is_none() {
        return Err(bad(
            "nothing to change: give name, url or interval".to_string()
        ));
    }
    store::edit_monitor(ctx.conn, monitor.id, name, url, interval).db()?;
    OK
}

/// Deletes monitors all or none (R3), then lets R6 reactivate their orders' RUM monitors.
fn delete_monitors(ctx: &Ctx, ids: &[i64], only: Option<MonitorType>) -> Res<Reply> {
    let found = store::monitors_by_id(ctx.conn, ctx.scope(), ids).db()?;
    let mut orders = BTreeSet::new();
    for &id in ids {
        let monitor = found
            .get(&id)
            .filter(|m| only.is_none_or(|k| k == m.kind))
            .ok_or_else(|| not_found("monitor", id))?;
        rules::may_change_monitor(ctx.caller, id, monitor.managed)?;
        orders.insert(monitor.order_id);
    }
    for id in found.keys() {
        store::delete_monitor(ctx.conn, *id).db()?;
    }
    for order_id in orders {
        reconcile(ctx, order_id)?;
    }
    OK
}

fn change_monitor_order(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor_id = p.id("monitorId")?;
    let result = move_monitors(ctx, &[monitor_id], p.id("orderId")?)?;
    if let Some(failure) = result.failed.into_iter().next() {
        let code = crate::protocol::codes::ErrorCode::try_from(failure.error_code)
            .unwrap_or(ErrorCode::MoveRefused);
        return Err(Refusal::new(code, failure.error));
    }
    let result = if result.moved.is_empty() {
        MoveResult::Unchanged
    } else {
        MoveResult::Moved
    };
    changed(MoveOne { monitor_id, result })
}

/// R7: validates every requested move, applies the valid ones (in this transaction),
/// and re-evaluates the source and target orders (R6).
fn move_monitors(ctx: &Ctx, ids: &[i64], order_id: i64) -> Res<crate::protocol::model::BulkMove> {
    let target = load_order(ctx, ctx.scope(), order_id)?;
    let found = store::monitors_by_id(ctx.conn, ctx.scope(), ids).db()?;
    let candidates: HashMap<i64, MoveCandidate> = found
        .values()
        .map(|m| (m.id, MoveCandidate::of(m)))
        .collect();
    let linked = store::linked_counts(ctx.conn, target.id).db()?;
    let result = rules::plan_moves(ctx.caller, &target, &linked, ids, &candidates);
    let mut sources = BTreeSet::new();
    for id in &result.moved {
        let monitor = &found[id];
        sources.insert(monitor.order_id);
        store::set_monitor_order(ctx.conn, *id, target.id).db()?;
        store::save_monitor_state(ctx.conn, rules::moved(MonitorState::of(monitor))).db()?;
    }
    if !result.moved.is_empty() {
        sources.insert(target.id);
    }
    for order in sources {
        reconcile(ctx, order)?;
    }
    Ok(result)
}

fn rum_usage(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let only = p.parsed::<i64>("orderId", "an id (a number)")?;
    let orders = match only {
        Some(id) => vec![load_order(ctx, ctx.scope(), id)?],
        None => store::orders(ctx.conn, ctx.scope(), None).db()?,
    };
    let filter = MonitorFilter {
        kind: Some(MonitorType::Rum),
        order_id: only,
        ..Default::default()
    };
    let mut by_order: HashMap<i64, Vec<Monitor>> = HashMap::new();
    for row in store::monitors(ctx.conn, ctx.scope(), filter).db()? {
        by_order
            .entry(row.monitor.order_id)
            .or_default()
            .push(row.monitor);
    }
    let usage: Vec<RumUsage> = orders
        .into_iter()
        .map(|o| {
            let rum = by_order.remove(&o.id).unwrap_or_default();
            let ordered = o.quantity("rumPageviews");
            let used: u64 = rum.iter().map(|m| m.pageviews).sum();
            RumUsage {
                order_id: o.id,
                client_id: o.client_id,
                managed: o.managed,
                status: o.status,
                cycle_start: o.cycle_start.clone(),
                ordered,
                used,
                remaining: ordered.saturating_sub(used),
                rum_monitors: rum.len() as u64,
                suspended_monitors: rum.iter().filter(|m| m.status == Status::Suspended).count()
                    as u64,
                monitor_slots: o.quantity("rum"),
                order_name: o.name,
            }
        })
        .collect();
    read(usage)
}

// ---------------------------------------------------------------------------------------
// Reseller: branding, dashboard, billing and the sandbox controls.

fn set_branding(ctx: &Ctx, p: &Params) -> Res<Reply> {
    const FIELDS: [&str; 4] = ["logoUrl", "supportEmail", "supportPhone", "supportUrl"];
    if FIELDS.iter().all(|f| p.raw(f).is_none()) {
        return Err(bad(format!(
            "nothing to change: give any of {}",
            FIELDS.join(", ")
        )));
    }
    let mut branding = store::reseller(ctx.conn, ctx.me.reseller_id).db()?.branding;
    let slots = [
        &mut branding.logo_url,
        &mut branding.support_email,
        &mut branding.support_phone,
        &mut branding.support_url,
    ];
    for (field, slot) in FIELDS.into_iter().zip(slots) {
        let Some(value) = p.raw(field) else { continue };
        let valid = match field {
            _ if value.is_empty() => true,
            "logoUrl" | "supportUrl" => {
                value.starts_with("https://") || value.starts_with("http://")
            }
            "supportEmail" => check_email(value).is_ok(),
            _ => true,
        };
        if !valid {
            return Err(bad(format!("parameter {field} is not valid: {value:?}")));
        }
        // An empty value clears the field, restoring the default.
        *slot = (!value.is_empty()).then(|| value.to_string());
    }
    store::set_branding(ctx.conn, ctx.me.reseller_id, &branding).db()?;
    OK
}

fn dashboard(ctx: &Ctx) -> Res<Reply> {
    let client_id = ctx.client_required()?;
    let scope = Scope {
        reseller_id: ctx.me.reseller_id,
        client_id: Some(client_id),
    };
    let reseller = store::reseller(ctx.conn, ctx.me.reseller_id).db()?;
    let orders = store::orders(ctx.conn, scope, None).db()?;
    let managed = MonitorFilter {
        managed: Some(true),
        ..Default::default()
    };
    let managed_ids = store::monitors(ctx.conn, scope, managed)
        .db()?
        .into_iter()
        .map(|r| r.monitor.id)
        .collect();
    let dashboard = rules::dashboard(reseller.paid, &reseller.branding, &orders, managed_ids);
    debug_assert!(dashboard.reachable || dashboard.message.as_deref() == Some(SUSPENDED_MESSAGE));
    read(dashboard)
}

fn extend_all_clients(ctx: &Ctx) -> Res<Reply> {
    if !ctx.paid()? {
        return Err(rules::unpaid_refusal("extendAllClients"));
    }
    let mut reactivated = 0;
    for order in store::orders(ctx.conn, ctx.reseller_scope(), Some(OrderStatus::Suspended)).db()? {
        let next = rules::on_extend_all(OrderState::of(&order), in_lifetime(&order, ctx.today));
        if next != OrderState::of(&order) {
            reactivated += u64::from(next.status == OrderStatus::Active);
            set_order_state(ctx, &order, next)?;
        }
    }
    changed(json!({ "reactivatedOrders": reactivated }))
}

fn sandbox_pageviews(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let monitor = load_monitor(ctx, p.id("monitorId")?)?;
    let count: u64 = p.required_parsed("count", "a whole number")?;
    if monitor.kind != MonitorType::Rum {
        return Err(bad(format!("monitor {} is not a RUM monitor", monitor.id)));
    }
    let mut state = MonitorState::of(&monitor);
    state.pageviews = state
        .pageviews
        .saturating_add(rules::counted_pageviews(monitor.status, count));
    store::save_monitor_state(ctx.conn, state).db()?;
    reconcile(ctx, monitor.order_id)?;
    changed(load_monitor(ctx, monitor.id)?)
}

fn sandbox_next_cycle(ctx: &Ctx) -> Res<Reply> {
    let orders = store::orders(ctx.conn, ctx.reseller_scope(), None).db()?;
    for order in &orders {
        let start = NaiveDate::parse_from_str(&order.cycle_start, DATE_FORMAT).unwrap_or(ctx.today);
        let next = rules::next_cycle_start(order.billing_cycle, start)
            .format(DATE_FORMAT)
            .to_string();
        store::set_cycle_start(ctx.conn, order.id, &next).db()?;
        for m in store::monitor_states(ctx.conn, order.id, None).db()? {
            store::save_monitor_state(ctx.conn, rules::new_cycle(m)).db()?;
        }
        reconcile(ctx, order.id)?;
    }
    changed(json!({ "orders": orders.len() }))
}

fn sandbox_billing(ctx: &Ctx, p: &Params) -> Res<Reply> {
    let paid = p
        .bool("paid")?
        .ok_or_else(|| bad("missing parameter paid (true or false)".to_string()))?;
    store::set_paid(ctx.conn, ctx.me.reseller_id, paid).db()?;
    if !paid {
        for order in
            store::orders(ctx.conn, ctx.reseller_scope(), Some(OrderStatus::Active)).db()?
        {
            set_order_state(ctx, &order, rules::on_unpaid(OrderState::of(&order)))?;
        }
    }
    OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_names_round_trip_and_are_unique() {
        for action in Action::ALL {
            assert_eq!(Action::from_name(action.name()), Some(*action));
        }
        let names: BTreeSet<&str> = Action::ALL.iter().map(|a| a.name()).collect();
        assert_eq!(names.len(), Action::ALL.len());
        assert_eq!(Action::from_name("changeMonitorOrder"), None);
    }

    #[test]
    fn services_parse_package_items_only() {
        let items = parse_services("external:5, rum:2,rumPageviews:100000").unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(
            items[2],
            Item {
                code: "rumPageviews".into(),
                quantity: 100_000
            }
        );
        assert!(
            parse_services("loadTester:1")
                .unwrap_err()
                .message
                .contains("buyService")
        );
        assert_eq!(
            parse_services("gold:1").unwrap_err().code,
            ErrorCode::NotFound
        );
        assert!(
            parse_services("rum:1,rum:2")
                .unwrap_err()
                .message
                .contains("twice")
        );
        assert!(parse_services("rum").is_err());
        assert!(parse_services("").is_err());
    }
}
