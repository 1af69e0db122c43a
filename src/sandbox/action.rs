//! The action table: every action the sandbox serves, its wire name, HTTP method, what R2
//! calls it, and what authentication needs to know of it. A leaf, so that `auth`, `http`
//! and the handlers in `actions` all read one table.

use crate::domain::rules::Operation;

/// HTTP method an action takes: reads are GET, changes are POST.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Read,
    Change,
}

/// One row per action: `Variant = "wireName", Kind, Operation` and, for the actions that
/// carry a new account password, a trailing `, sets_password`.
macro_rules! actions {
    (@sets_password) => { false };
    (@sets_password sets_password) => { true };
    ($($variant:ident = $name:literal, $kind:ident, $op:ident $(, $password:ident)?;)*) => {
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

            /// Whether the action's `password` parameter is a new password to hash (slowly,
            /// before the database is locked: see `http`).
            pub fn sets_password(self) -> bool {
                match self { $(Action::$variant => actions!(@sets_password $($password)?)),* }
            }
        }
    };
}

actions! {
    Apikey = "apikey", Read, Read;
    AuthToken = "authToken", Read, Read;
    UserInfo = "userInfo", Read, Read;
    ResetKeys = "resetKeys", Change, ResetKeys;
    ConfirmKeys = "confirmKeys", Change, EditProfile;
    AddClient = "addClient", Change, ManageClients, sets_password;
    Clients = "clients", Read, ManageClients;
    EditUser = "editUser", Change, EditProfile, sets_password;
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
    Secretkey = "secretkey", Read, Read;
    Locations = "locations", Read, Read;
    Testinfo = "testinfo", Read, Read;
    EditExternalMonitor = "editExternalMonitor", Change, ManageMonitors;
    SuspendExternalMonitor = "suspendExternalMonitor", Change, ManageMonitors;
    ActivateExternalMonitor = "activateExternalMonitor", Change, ManageMonitors;
    SubAccounts = "subAccounts", Read, EditProfile;
    AddSubAccount = "addSubAccount", Change, EditProfile, sets_password;
    DeleteSubAccount = "deleteSubAccount", Change, EditProfile;
}

impl Action {
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }

    /// What a sub-account may do within its parent account: what the hosted service's
    /// "Viewer" role gave, read-only access to the account's monitors (docs/protocol.md,
    /// "Sub-accounts").
    pub fn sub_account_may(self) -> bool {
        matches!(
            self,
            Action::AuthToken
                | Action::Secretkey
                | Action::GetServiceList
                | Action::Monitors
                | Action::MonitorInfo
                | Action::Tests
                | Action::Testinfo
                | Action::Locations
                | Action::RumUsage
        )
    }
}
