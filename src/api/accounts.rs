//! Typed actions on accounts: login, keys, and who one is.

use super::{ApiClient, Params, Retry, Secret};
use crate::error::{Error, Result};
use monitis_core::failure::Failure;
use monitis_core::protocol::model::{Keys, NewKeys, UserInfo};

impl ApiClient {
    /// `userInfo`: who these credentials are (or, acting for a client, that client).
    pub async fn user_info(&self, load_plan: bool) -> Result<UserInfo> {
        let mut params: Params = Vec::new();
        if load_plan {
            params.push(("loadUserPlan", "true".into()));
        }
        self.read("userInfo", params).await
    }

    /// `resetKeys` with `pending=true`: new keys for one's own account (refused for
    /// clients, R2). Where they come pending (the sandbox), sending it again only replaces
    /// the pending pair, so a lost answer is retried; the hosted API replaces the keys at
    /// once, where a retry could not be signed anyway.
    pub async fn reset_keys(&self) -> Result<NewKeys> {
        let params = vec![("pending", "true".to_string())];
        self.change("resetKeys", params, Retry::Idempotent).await
    }

    /// `confirmKeys` (sandbox), sent with the pending keys: makes them the account's keys.
    /// True when this call did; false when they were the account's already (an earlier
    /// confirmation whose answer was lost).
    pub async fn confirm_keys(&self) -> Result<bool> {
        #[derive(serde::Deserialize)]
        struct Confirmed {
            promoted: bool,
        }
        let confirmed: Confirmed = self
            .change("confirmKeys", Vec::new(), Retry::Idempotent)
            .await?;
        Ok(confirmed.promoted)
    }
}

/// `apikey`: the keys of an account, from its email and password (sent as SHA-256 hex).
/// Needs no credentials, so it is a function of the endpoint alone.
pub async fn login_with_password(endpoint: &str, email: &str, password: &Secret) -> Result<Keys> {
    let url = super::check_endpoint(endpoint)?;
    let hex = monitis_core::protocol::sign::sha256_hex(password.expose());
    let params = [
        ("action", "apikey"),
        ("userName", email),
        ("password", hex.as_str()),
        ("version", monitis_core::protocol::VERSION),
        ("output", "json"),
    ];
    let response = super::http_client(&url)?
        .get(url)
        .query(&params)
        .send()
        .await
        .map_err(|e| {
            Error::Network(Failure::msg(format!(
                "apikey: could not reach {endpoint}: {}",
                super::describe(e)
            )))
        })?;
    let status = response.status().as_u16();
    let body = response.text().await.map_err(|e| {
        // describe: the error's URL holds the password's hex.
        Error::Network(Failure::msg(format!(
            "apikey: could not read the answer: {}",
            super::describe(e)
        )))
    })?;
    super::decode("apikey", super::parse_response("apikey", status, &body)?)
}
