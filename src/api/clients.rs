//! Typed actions on a reseller's clients.

use super::{ApiClient, Params, Retry, Secret};
use crate::error::{Error, Result};
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{self, Dashboard, DashboardPreview, Status};

/// What `addClient` needs.
pub struct NewClient<'a> {
    pub email: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub password: &'a Secret,
}

/// What `editUser` changes; `None` leaves a field as it is.
#[derive(Default)]
pub struct ClientChanges<'a> {
    pub email: Option<&'a str>,
    pub first_name: Option<&'a str>,
    pub last_name: Option<&'a str>,
    pub password: Option<&'a Secret>,
}

/// `clientApikey`, when a command names a client explicitly rather than through `--client`.
fn for_client(params: &mut Params, client: Option<&str>) {
    if let Some(apikey) = client {
        params.push(("clientApikey", apikey.to_string()));
    }
}

impl ApiClient {
    /// `clients`: the reseller's clients, optionally only the active or suspended ones (R1).
    pub async fn clients(&self, status: Option<Status>) -> Result<Vec<model::Client>> {
        let mut params: Params = Vec::new();
        if let Some(status) = status {
            params.push(("status", model::wire_name(status)));
        }
        self.read("clients", params).await
    }

    /// The reseller's client named by id, apikey or email (any case), read alone with the
    /// `clients` filters (`clientId`, `clientApikey`, `email`); None when there is none.
    pub async fn find_client(&self, wanted: &str) -> Result<Option<model::Client>> {
        let param = if monitis_core::domain::validate::id(wanted).is_ok() {
            "clientId"
        } else if monitis_core::protocol::is_apikey(wanted) {
            "clientApikey"
        } else {
            "email"
        };
        match self
            .read("clients", vec![(param, wanted.to_string())])
            .await
        {
            Ok(found) => Ok(Vec::<model::Client>::into_iter(found).next()),
            // An apikey that is not one of the reseller's clients.
            Err(Error::Api { code, .. }) if code == ErrorCode::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `addClient`: the new client's apikey. Not idempotent: a retry after the server
    /// committed would answer "already exists" (17). So after a lost answer the client is
    /// read back by email: the reseller's, with the same names, means it was created;
    /// else it is sent again ([`super::apply_once`]).
    pub async fn add_client(&self, new: &NewClient<'_>) -> Result<String> {
        let params: Params = vec![
            ("email", new.email.to_string()),
            ("firstName", new.first_name.to_string()),
            ("lastName", new.last_name.to_string()),
            ("password", new.password.expose().to_string()),
        ];
        super::apply_once(
            || self.change("addClient", params.clone(), Retry::Once),
            || async {
                Ok(self
                    .find_client(new.email)
                    .await?
                    .filter(|c| c.first_name == new.first_name && c.last_name == new.last_name)
                    .map(|c| c.apikey))
            },
        )
        .await
    }

    /// `editUser`: a client's profile, or one's own as a client. Setting values is the
    /// same when applied twice.
    pub async fn edit_user(&self, client: Option<&str>, changes: &ClientChanges<'_>) -> Result<()> {
        let mut params: Params = Vec::new();
        for_client(&mut params, client);
        let fields = [
            ("email", changes.email),
            ("firstName", changes.first_name),
            ("lastName", changes.last_name),
            ("password", changes.password.map(Secret::expose)),
        ];
        params.extend(
            fields
                .into_iter()
                .filter_map(|(k, v)| Some((k, v?.to_string()))),
        );
        self.change::<Option<serde_json::Value>>("editUser", params, Retry::Idempotent)
            .await
            .map(drop)
    }

    /// `deleteClient`: the client with its orders, monitors and purchases (refused for
    /// clients, R2). Without an apikey the API refuses or applies it to the caller.
    pub async fn delete_client(&self, client: Option<&str>) -> Result<()> {
        let mut params: Params = Vec::new();
        if let Some(apikey) = client {
            params.push(("clientAPIKey", apikey.to_string()));
        }
        self.change::<Option<serde_json::Value>>("deleteClient", params, Retry::Once)
            .await
            .map(drop)
    }

    /// `dashboard`: what a client's dashboard shows (R1–R5).
    pub async fn dashboard(&self, client: Option<&str>) -> Result<Dashboard> {
        let mut params: Params = Vec::new();
        for_client(&mut params, client);
        self.read("dashboard", params).await
    }

    /// `dashboardPreview` (sandbox only): a single-use link token for the client's web
    /// dashboard, read-only.
    pub async fn dashboard_preview(&self, client: Option<&str>) -> Result<DashboardPreview> {
        let mut params: Params = Vec::new();
        for_client(&mut params, client);
        self.change("dashboardPreview", params, Retry::Once).await
    }
}
