//! Sessions and preview links of the web dashboard, kept in the server's memory: a
//! restart logs everyone out, and a link works only against the server that issued it.
//! Only SHA-256 hashes of session ids and link tokens are kept. Below both faces: the web
//! dashboard opens and reads sessions, the `dashboardPreview` action issues links.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::auth::{constant_time_eq, sha256_hex};
use crate::shares::{self, Shares};
use crate::store::{self, AccountRef};
use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::sign::hmac_sha256_hex;

/// How long a session lasts after login.
pub const SESSION_TTL: Duration = Duration::from_secs(8 * 60 * 60);
/// How long a preview link can be opened, and how long its read-only session lasts.
pub const PREVIEW_LINK_TTL: Duration = Duration::from_secs(10 * 60);
pub const PREVIEW_SESSION_TTL: Duration = Duration::from_secs(30 * 60);

/// A signed-in client.
#[derive(Debug, Clone)]
pub struct Session {
    pub account: AccountRef,
    /// Every form that changes something carries it.
    pub csrf: String,
    /// A reseller's preview: shows everything, changes nothing.
    pub read_only: bool,
    /// The identity it is bound to (`store::session_stamp`), checked on every page.
    pub stamp: String,
    expires: Instant,
}

impl Session {
    pub fn csrf_matches(&self, token: &str) -> bool {
        constant_time_eq(&self.csrf, token)
    }
}

#[derive(Default)]
struct State {
    sessions: HashMap<String, Session>,
    previews: HashMap<String, (AccountRef, String, Instant)>,
}

impl State {
    fn prune(&mut self, now: Instant) {
        self.sessions.retain(|_, s| s.expires > now);
        self.previews.retain(|_, (_, _, expires)| *expires > now);
    }

    /// Sessions and links of `reseller` (his clients' and his previews).
    fn of_reseller(&self, reseller: i64) -> usize {
        let sessions = self.sessions.values();
        let previews = self.previews.values();
        sessions
            .filter(|s| s.account.reseller_id == reseller)
            .count()
            + previews
                .filter(|(a, _, _)| a.reseller_id == reseller)
                .count()
    }

    /// Whether a new entry for `reseller` fits his share and the total; past his share he
    /// alone is refused.
    fn room_for(&mut self, reseller: i64, shares: &Shares, now: Instant) -> Result<(), Full> {
        let total = |s: &State| s.sessions.len() + s.previews.len();
        if total(self) >= shares.dashboard_entries
            || self.of_reseller(reseller) >= shares.dashboard_per_reseller
        {
            self.prune(now);
        }
        if self.of_reseller(reseller) >= shares.dashboard_per_reseller {
            return Err(Full::Share(shares.dashboard_per_reseller));
        }
        if total(self) >= shares.dashboard_entries {
            return Err(Full::Total);
        }
        Ok(())
    }
}

/// Why a session or link was not opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Full {
    /// The reseller holds his share (`Shares::dashboard_per_reseller`).
    Share(usize),
    /// Every entry is taken.
    Total,
}

impl Full {
    pub fn refusal(self) -> Refusal {
        match self {
            Full::Share(share) => shares::past_share("dashboard sessions and preview links", share),
            Full::Total => Refusal::new(
                ErrorCode::Unavailable,
                "too many open dashboard sessions: try again later",
            ),
        }
    }
}

/// The dashboard's sessions and preview links, and the key of its login tokens.
pub struct Sessions {
    state: Mutex<State>,
    shares: Shares,
    /// Signs the login form's tokens: only a token this server issued is accepted, never
    /// one a client chose (and planted in a cookie).
    key: String,
}

impl Sessions {
    pub fn new(shares: Shares) -> Sessions {
        Sessions {
            state: Mutex::default(),
            shares,
            key: secret(),
        }
    }
}

impl Default for Sessions {
    fn default() -> Self {
        Sessions::new(Shares::default())
    }
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A fresh random secret: 40 characters of 36, about 206 bits.
pub fn secret() -> String {
    store::random_key(&mut rand::rng(), 40)
}

impl Sessions {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A login form's CSRF token: when it expires, a random part, and the server's MAC of both.
    pub fn login_token(&self) -> String {
        let expires = unix_now() + SESSION_TTL.as_secs();
        let message = format!("{expires}.{}", secret());
        let mac = hmac_sha256_hex(&self.key, &message);
        format!("{message}.{mac}")
    }

    /// Whether `token` is a login token this server issued and that has not expired.
    pub fn login_token_valid(&self, token: &str) -> bool {
        let Some((message, mac)) = token.rsplit_once('.') else {
            return false;
        };
        let live = message
            .split_once('.')
            .and_then(|(expires, _)| expires.parse::<u64>().ok())
            .is_some_and(|expires| expires > unix_now());
        live && constant_time_eq(&hmac_sha256_hex(&self.key, message), mac)
    }

    /// Opens a session and returns its id (the cookie's value). An account's oldest
    /// session makes way past `sessions_per_account`.
    pub fn open(
        &self,
        account: AccountRef,
        read_only: bool,
        stamp: String,
    ) -> Result<String, Full> {
        let now = Instant::now();
        let mut state = self.lock();
        let mine: Vec<(&String, Instant)> = state
            .sessions
            .iter()
            .filter(|(_, s)| s.account == account)
            .map(|(id, s)| (id, s.expires))
            .collect();
        if mine.len() >= self.shares.sessions_per_account
            && let Some(oldest) = mine.iter().min_by_key(|(_, expires)| *expires)
        {
            let oldest = oldest.0.clone();
            state.sessions.remove(&oldest);
        }
        state.room_for(account.reseller_id, &self.shares, now)?;
        let id = secret();
        let ttl = if read_only {
            PREVIEW_SESSION_TTL
        } else {
            SESSION_TTL
        };
        let session = Session {
            account,
            csrf: secret(),
            read_only,
            stamp,
            expires: now + ttl,
        };
        state.sessions.insert(sha256_hex(&id), session);
        Ok(id)
    }

    /// The session whose id is `id` (a cookie's value), if it is live.
    pub fn session(&self, id: &str) -> Option<Session> {
        let now = Instant::now();
        let state = self.lock();
        state
            .sessions
            .get(&sha256_hex(id))
            .filter(|s| s.expires > now)
            .cloned()
    }

    pub fn close(&self, id: &str) {
        self.lock().sessions.remove(&sha256_hex(id));
    }

    /// A single-use preview token for `account`.
    pub fn issue_preview(&self, account: AccountRef, stamp: String) -> Result<String, Full> {
        let now = Instant::now();
        let mut state = self.lock();
        state.room_for(account.reseller_id, &self.shares, now)?;
        let token = secret();
        state
            .previews
            .insert(sha256_hex(&token), (account, stamp, now + PREVIEW_LINK_TTL));
        Ok(token)
    }

    /// Takes a preview token: the first use within its lifetime gets the account, any
    /// later one nothing.
    pub fn redeem_preview(&self, token: &str) -> Option<(AccountRef, String)> {
        let now = Instant::now();
        let (account, stamp, expires) = self.lock().previews.remove(&sha256_hex(token))?;
        (expires > now).then_some((account, stamp))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANN: AccountRef = AccountRef {
        reseller_id: 1,
        client_id: Some(7),
    };

    #[test]
    fn session_is_found_by_its_id_and_closes() {
        let web = Sessions::default();
        let id = web.open(ANN, false, "s".into()).unwrap();
        let session = web.session(&id).unwrap();
        assert_eq!(session.account, ANN);
        assert!(!session.read_only);
        assert!(session.csrf_matches(&session.csrf.clone()));
        assert!(!session.csrf_matches("forged"));
        assert!(web.session("guess").is_none());
        web.close(&id);
        assert!(web.session(&id).is_none());
    }

    #[test]
    fn login_tokens_are_the_servers_own() {
        let web = Sessions::default();
        let token = web.login_token();
        assert!(web.login_token_valid(&token));
        assert!(!Sessions::default().login_token_valid(&token));
        assert!(!web.login_token_valid("chosen-by-a-client"));
        let (message, _) = token.rsplit_once('.').unwrap();
        assert!(!web.login_token_valid(&format!("{message}.{}", "0".repeat(64))));
        let (_, rest) = message.split_once('.').unwrap();
        let expired = format!("1.{rest}");
        let mac = hmac_sha256_hex(&web.key, &expired);
        assert!(!web.login_token_valid(&format!("{expired}.{mac}")));
    }

    #[test]
    fn a_reseller_past_his_share_is_refused_alone_and_an_account_keeps_its_newest() {
        let shares = Shares {
            dashboard_entries: 8,
            dashboard_per_reseller: 3,
            sessions_per_account: 2,
            ..Shares::default()
        };
        let web = Sessions::new(shares);
        let client = |reseller, client| AccountRef {
            reseller_id: reseller,
            client_id: Some(client),
        };
        // A third session of one account closes its oldest.
        let first = web.open(client(1, 7), false, "s".into()).unwrap();
        web.open(client(1, 7), false, "s".into()).unwrap();
        web.open(client(1, 7), false, "s".into()).unwrap();
        assert!(web.session(&first).is_none());
        // Reseller 1 has two entries; one more preview fills his share of three.
        web.issue_preview(client(1, 8), "s".into()).unwrap();
        assert_eq!(
            web.issue_preview(client(1, 8), "s".into()),
            Err(Full::Share(3))
        );
        assert_eq!(
            web.open(client(1, 9), false, "s".into()),
            Err(Full::Share(3))
        );
        // Another reseller does not notice.
        assert!(web.open(client(2, 20), false, "s".into()).is_ok());
        assert!(web.issue_preview(client(2, 21), "s".into()).is_ok());
    }

    #[test]
    fn preview_token_is_single_use() {
        let web = Sessions::default();
        let token = web.issue_preview(ANN, "s".into()).unwrap();
        assert_eq!(web.redeem_preview("wrong"), None);
        assert_eq!(web.redeem_preview(&token), Some((ANN, "s".to_string())));
        assert_eq!(web.redeem_preview(&token), None);
        assert_eq!(Sessions::default().redeem_preview(&token), None);
    }
}
