//! Typed actions on accounts: login, keys, and who one is.

use super::{Client, Params, Retry, Secret};
use crate::error::{Error, Result};
use crate::protocol::model::{Keys, UserInfo};

impl Client {
    /// `userInfo`: who these credentials are (or, acting for a client, that client).
    pub async fn user_info(&self, load_plan: bool) -> Result<UserInfo> {
        let mut params: Params = Vec::new();
        if load_plan {
            params.push(("loadUserPlan", "true".into()));
        }
        self.read("userInfo", params).await
    }

    /// `resetKeys`: new keys for one's own account (refused for clients, R2).
    pub async fn reset_keys(&self) -> Result<Keys> {
        self.change("resetKeys", Vec::new(), Retry::Once).await
    }
}

/// `apikey`: the keys of an account, from its email and password (sent as SHA-256 hex).
/// Needs no credentials, so it is a function of the endpoint alone.
pub async fn login_with_password(endpoint: &str, email: &str, password: &Secret) -> Result<Keys> {
    use sha2::{Digest, Sha256};
    let url = super::check_endpoint(endpoint)?;
    let digest = Sha256::digest(password.expose().as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    let params = [
        ("action", "apikey"),
        ("userName", email),
        ("password", hex.as_str()),
        ("version", crate::protocol::VERSION),
        ("output", "json"),
    ];
    let response = super::http_client(&url)?
        .get(url)
        .query(&params)
        .send()
        .await
        .map_err(|e| {
            Error::Other(format!(
                "apikey: could not reach {endpoint}: {}",
                super::describe(e)
            ))
        })?;
    let status = response.status().as_u16();
    let body = response
        .text()
        .await
        .map_err(|e| Error::other("apikey: could not read the answer", e))?;
    super::decode("apikey", super::parse_response("apikey", status, &body)?)
}
