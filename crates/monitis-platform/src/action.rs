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

/// One row per action: `Variant = "wireName", Kind, Operation`, then its flags.
macro_rules! actions {
    ($($variant:ident = $name:literal, $kind:ident, $op:ident $(, $flag:ident)*;)*) => {
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

            fn flags(self) -> &'static [Flag] {
                match self { $(Action::$variant => &[$(Flag::$flag),*]),* }
            }
        }
    };
}

actions! {
    Apikey = "apikey", Read, Read;
    AuthToken = "authToken", Read, Read, Viewer;
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
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
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
