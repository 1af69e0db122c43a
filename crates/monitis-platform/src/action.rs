//! The action table: every action the sandbox serves, its wire name, HTTP method, what R2
//! calls it, and how it authenticates (who may sign it, whether it sets a password). A leaf, so that `auth`, `http`
//! and the handlers in `actions` all read one table.

use monitis_core::domain::rules::Operation;

/// HTTP method an action takes: reads are GET, changes are POST.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Read,
    Change,
}

/// What the table says of an action beyond its name, method and R2 operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// Its `password` parameter is a new account password, hashed (slowly) before the
    /// database is locked.
    SetsPassword,
    /// Besides the caller's keys, the keys `resetKeys` left pending sign it (with a
    /// checksum), so that a lost answer to `resetKeys` locks no one out.
    PendingKeys,
    /// A sub-account may call it: what the hosted service's "Viewer" role gave, read-only
    /// access to the account's monitors (docs/protocol.md, "Sub-accounts").
    Viewer,
    /// A read (GET, as the hosted API had it) that may store something: served on the
    /// writer, as a change is.
    Writes,
}

/// Where an action is served: the hosted API had two endpoints, and some names mean one
/// thing on each (`addMonitor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// `/api`: every action not marked otherwise.
    Api,
    /// `/customMonitorApi`: the custom monitors, their results, agents and jobs.
    Custom,
    /// Both endpoints (`authToken`: the Ruby SDKs ask the custom endpoint for it).
    Both,
}

impl Endpoint {
    /// The URL path of a request endpoint.
    pub fn path(self) -> &'static str {
        match self {
            Endpoint::Custom => "/customMonitorApi",
            Endpoint::Api | Endpoint::Both => "/api",
        }
    }
}

/// The endpoint column of a row: `@ Custom` or `@ Both` after the name, else `/api`.
macro_rules! endpoint {
    () => {
        Endpoint::Api
    };
    ($endpoint:ident) => {
        Endpoint::$endpoint
    };
}

/// One row per action: `Variant = "wireName" [@ Endpoint], Kind, Operation`, then its flags.
macro_rules! actions {
    ($($variant:ident = $name:literal $(@ $endpoint:ident)?, $kind:ident, $op:ident $(, $flag:ident)*;)*) => {
        /// Every action the sandbox serves.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Action { $($variant),* }

        impl Action {
            pub const ALL: &[Action] = &[$(Action::$variant),*];

            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name),* }
            }

            /// Where the action is served.
            pub fn endpoint(self) -> Endpoint {
                match self { $(Action::$variant => endpoint!($($endpoint)?)),* }
            }

            pub fn kind(self) -> Kind {
                match self { $(Action::$variant => Kind::$kind),* }
            }

            /// What R2 calls this action.
            pub fn operation(self) -> Operation {
                match self { $(Action::$variant => Operation::$op),* }
            }

            fn flags(self) -> &'static [Flag] {
                match self { $(Action::$variant => &[$(Flag::$flag),*]),* }
            }
        }
    };
}

actions! {
    Apikey = "apikey", Read, Read;
    AuthToken = "authToken" @ Both, Read, Read, Viewer;
    UserInfo = "userInfo", Read, Read;
    ResetKeys = "resetKeys", Change, ResetKeys;
    ConfirmKeys = "confirmKeys", Change, EditProfile, PendingKeys;
    AddClient = "addClient", Change, ManageClients, SetsPassword;
    Clients = "clients", Read, ManageClients;
    EditUser = "editUser", Change, EditProfile, SetsPassword;
    DeleteClient = "deleteClient", Change, Terminate;
    GetServiceList = "getServiceList", Read, Read, Viewer;
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
    Monitors = "monitors", Read, Read, Viewer;
    Tests = "tests", Read, Read, Viewer;
    MonitorInfo = "monitorInfo", Read, Read, Viewer;
    EditMonitor = "editMonitor", Change, ManageMonitors;
    DeleteMonitor = "deleteMonitor", Change, ManageMonitors;
    DeleteExternalMonitor = "deleteExternalMonitor", Change, ManageMonitors;
    ChangeMonitorOrder = "ChangeMonitorOrder", Change, MoveMonitors;
    BulkChangeMonitorOrder = "BulkChangeMonitorOrder", Change, MoveMonitors;
    RumUsage = "rumUsage", Read, Read, Viewer;
    Branding = "branding", Read, Read;
    SetBranding = "setBranding", Change, Branding;
    Dashboard = "dashboard", Read, Read;
    DashboardPreview = "dashboardPreview", Change, ManageClients;
    ExtendAllClients = "extendAllClients", Change, Billing;
    SandboxPageviews = "sandboxPageviews", Change, SandboxControl;
    SandboxNextCycle = "sandboxNextCycle", Change, SandboxControl;
    SandboxBilling = "sandboxBilling", Change, SandboxControl;
    SandboxExpireTokens = "sandboxExpireTokens", Change, SandboxControl;
    Secretkey = "secretkey", Read, Read, Viewer;
    Locations = "locations", Read, Read, Viewer;
    Testinfo = "testinfo", Read, Read, Viewer;
    EditExternalMonitor = "editExternalMonitor", Change, ManageMonitors;
    SuspendExternalMonitor = "suspendExternalMonitor", Change, ManageMonitors;
    ActivateExternalMonitor = "activateExternalMonitor", Change, ManageMonitors;
    SubAccounts = "subAccounts", Read, EditProfile;
    AddSubAccount = "addSubAccount", Change, EditProfile, SetsPassword;
    DeleteSubAccount = "deleteSubAccount", Change, EditProfile;
    // Contacts, notification and maintenance rules, alerts, tags (issue 21).
    ContactsList = "contactsList", Read, Read;
    ContactGroupList = "contactGroupList", Read, Read;
    ContactsListByContactGroup = "contactsListByContactGroup", Read, Read;
    AddContact = "addContact", Change, EditProfile;
    EditContact = "editContact", Change, EditProfile;
    DeleteContact = "deleteContact", Change, EditProfile;
    ConfirmContact = "confirmContact", Change, EditProfile;
    ContactActivate = "contactActivate", Change, EditProfile;
    ContactDeactivate = "contactDeactivate", Change, EditProfile;
    AddContactGroup = "addContactGroup", Change, EditProfile;
    EditContactGroup = "editContactGroup", Change, EditProfile;
    DeleteContactGroup = "deleteContactGroup", Change, EditProfile;
    GetNotificationRules = "getNotificationRules", Read, Read;
    AddNotificationRule = "addNotificationRule", Change, ManageMonitors;
    EditNotificationRule = "editNotificationRule", Change, ManageMonitors;
    DeleteNotificationRule = "deleteNotificationRule", Change, ManageMonitors;
    GetMaintenanceRules = "getMaintenanceRules", Read, Read, Viewer;
    AddMaintenanceRule = "addMaintenanceRule", Change, ManageMonitors;
    DeleteMaintenanceRule = "deleteMaintenanceRule", Change, ManageMonitors;
    RecentAlerts = "recentAlerts", Read, Read, Viewer;
    Tags = "tags", Read, Read, Viewer;
    Tagtests = "tagtests", Read, Read, Viewer;
    // The custom monitors at /customMonitorApi (docs/protocol.md, "Custom monitors").
    CustomAddMonitor = "addMonitor" @ Custom, Change, ManageMonitors;
    CustomEditMonitor = "editMonitor" @ Custom, Change, ManageMonitors;
    CustomDeleteMonitor = "deleteMonitor" @ Custom, Change, ManageMonitors;
    CustomGetMonitors = "getMonitors" @ Custom, Read, Read, Viewer;
    CustomGetMonitorInfo = "getMonitorInfo" @ Custom, Read, Read, Viewer;
    CustomGetMonitorResults = "getMonitorResults" @ Custom, Read, Read, Viewer;
    CustomAddResult = "addResult" @ Custom, Change, ManageMonitors;
    CustomAddAdditionalResults = "addAdditionalResults" @ Custom, Change, ManageMonitors;
    CustomGetAdditionalResults = "getAdditionalResults" @ Custom, Read, Read, Viewer;
    CustomGetReport = "getReport" @ Custom, Read, Read, Viewer;
    CustomGetAdditionalDataReport = "getAdditionalDataReport" @ Custom, Read, Read, Viewer;
    CustomColorizeMonitors = "colorizeMonitors" @ Custom, Change, ManageMonitors;
    CustomSuspendMonitors = "suspendMonitors" @ Custom, Change, ManageMonitors;
    CustomActivateMonitors = "activateMonitors" @ Custom, Change, ManageMonitors;
    CustomGetAgents = "getAgents" @ Custom, Read, Read, Viewer;
    CustomAgentInfo = "agentInfo" @ Custom, Read, Read, Viewer;
    CustomAddAgent = "addAgent" @ Custom, Change, ManageMonitors;
    CustomEditAgent = "editAgent" @ Custom, Change, ManageMonitors;
    CustomDeleteAgent = "deleteAgent" @ Custom, Change, ManageMonitors;
    CustomGetJobs = "getJobs" @ Custom, Read, Read, Viewer;
    CustomAddJob = "addJob" @ Custom, Change, ManageMonitors;
    CustomEditJob = "editJob" @ Custom, Change, ManageMonitors;
    CustomDeleteJob = "deleteJob" @ Custom, Change, ManageMonitors;
    // Keys, layout, sub-account pages and external monitors' results (issue 21).
    Userkey = "userkey", Read, Read;
    GetPublicKeys = "getPublicKeys", Read, Read;
    AddPublicKey = "addPublicKey", Change, EditProfile;
    UpdatePublicKey = "updatePublicKey", Change, EditProfile;
    DeletePublicKeys = "deletePublicKeys", Change, EditProfile;
    GetWidget = "getWidget", Read, Read, Writes;
    Pages = "pages", Read, Read;
    PageModules = "pageModules", Read, Read;
    AddPage = "addPage", Change, EditProfile;
    AddPageModule = "addPageModule", Change, EditProfile;
    DeletePage = "deletePage", Change, EditProfile;
    DeletePageModule = "deletePageModule", Change, EditProfile;
    SubAccountPages = "subAccountPages", Read, EditProfile;
    AddPagesToSubAccount = "addPagesToSubAccount", Change, EditProfile;
    DeletePagesFromSubAccount = "deletePagesFromSubAccount", Change, EditProfile;
    Testresult = "testresult", Read, Read, Viewer;
    TestsLastValues = "testsLastValues", Read, Read, Viewer;
    Teststatuses = "teststatuses", Read, Read, Viewer;
    FullPageLoadTests = "fullPageLoadTests", Read, Read, Viewer;
    FullPageLoadTestInfo = "fullPageLoadTestInfo", Read, Read, Viewer;
    FullPageLoadTestResult = "fullPageLoadTestResult", Read, Read, Viewer;
    FullPageLoadLocations = "fullPageLoadLocations", Read, Read, Viewer;
    AddFullPageLoadMonitor = "addFullPageLoadMonitor", Change, ManageMonitors;
    EditFullPageLoadMonitor = "editFullPageLoadMonitor", Change, ManageMonitors;
    DeleteFullPageLoadMonitor = "deleteFullPageLoadMonitor", Change, ManageMonitors;
    SuspendFullPageLoadMonitor = "suspendFullPageLoadMonitor", Change, ManageMonitors;
    ActivateFullPageLoadMonitor = "activateFullPageLoadMonitor", Change, ManageMonitors;
}

impl Action {
    /// The action a request to `endpoint` names (case-sensitive, as the hosted API was).
    pub fn from_name(endpoint: Endpoint, name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| {
            a.name() == name && (a.endpoint() == endpoint || a.endpoint() == Endpoint::Both)
        })
    }

    pub fn has(self, flag: Flag) -> bool {
        self.flags().contains(&flag)
    }

    /// Whether the action's `password` parameter is a new password to hash.
    pub fn sets_password(self) -> bool {
        self.has(Flag::SetsPassword)
    }

    /// What a sub-account may do within its parent account.
    pub fn sub_account_may(self) -> bool {
        self.has(Flag::Viewer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use monitis_core::protocol::catalog::{self, Method};

    /// The catalog says what is served; the table is what is dispatched: they agree, both
    /// ways, endpoint by endpoint, and on the method.
    #[test]
    fn the_catalog_lists_exactly_what_is_dispatched() {
        for endpoint in [Endpoint::Api, Endpoint::Custom] {
            let path = endpoint.path();
            for action in Action::ALL {
                if Action::from_name(endpoint, action.name()) != Some(*action) {
                    continue;
                }
                let entry = catalog::find(path, action.name()).unwrap_or_else(|| {
                    panic!(
                        "{} is dispatched at {path} but not in the catalog",
                        action.name()
                    )
                });
                assert!(
                    entry.served_at(path),
                    "{} is dispatched at {path} but the catalog says {:?}",
                    action.name(),
                    entry.served_on
                );
                let method = match action.kind() {
                    Kind::Read => Method::Get,
                    Kind::Change => Method::Post,
                };
                assert_eq!(entry.method, method, "{}", action.name());
            }
            for entry in catalog::all().iter().filter(|e| e.served_at(path)) {
                assert!(
                    Action::from_name(endpoint, &entry.name).is_some(),
                    "the catalog says {} is served at {path}, but nothing dispatches it",
                    entry.name
                );
            }
        }
    }
}
