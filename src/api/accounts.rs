//! Typed actions on accounts: login, keys, and who one is.

use super::{ApiClient, Params, Retry, Secret};
use crate::error::Result;
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

    /// `apikey`: the keys of an account, from its email and password (sent as SHA-256
    /// hex). It needs no credentials, so this client's own keys are not sent (a client
    /// made for it alone may have none); like every call it keeps the deadline, is logged
    /// at `-vv` with the password redacted, and is retried only where it never arrived
    /// (a retry after a lost answer could count as one more failed login).
    pub async fn login_with_password(&self, email: &str, password: &Secret) -> Result<Keys> {
        let hex = monitis_core::protocol::sign::sha256_hex(password.expose());
        let params: Vec<(String, String)> = [
            ("action", "apikey"),
            ("userName", email),
            ("password", hex.as_str()),
            ("version", monitis_core::protocol::VERSION),
            ("output", "json"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let value = self
            .send(
                &self.endpoint,
                reqwest::Method::GET,
                &|| params.clone(),
                Retry::Once,
            )
            .await?;
        super::decode("apikey", value)
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
