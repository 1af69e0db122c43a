//! Authentication: checksum and token modes, tokens, passwords and logins.

use std::borrow::Cow;

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params as Argon2Params, Version};
use chrono::{DateTime, NaiveDateTime, Utc};
use rand::Rng;
use rusqlite::Connection;
use subtle::ConstantTimeEq;

use super::action::{Action, Flag, Kind};
use super::params::Params;
use super::store::compat as cs;
use super::store::{self, Account, AccountRef};
use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::{TIME_FORMAT, sign};

/// How far a checksum request's timestamp may be from the server's clock (replay window).
pub const REPLAY_WINDOW_SECS: i64 = 5 * 60;

pub(crate) use monitis_core::protocol::sign::{md5_hex, sha256_hex};

/// The stored form of a password: Argon2 over the SHA-256 hex of the password, then, on
/// a second line, Argon2 over its MD5 hex, so that the `apikey` login can be verified in
/// either form it arrives in (the CLI sends SHA-256; the hosted clients sent MD5).
pub fn hash_password(password: &str, memory: &mut Memory) -> String {
    format!(
        "{}\n{}",
        hash_password_hex(&sha256_hex(password), memory),
        hash_password_hex(&md5_hex(password), memory)
    )
}

/// Argon2's working memory (19 MiB with the default parameters), which the password slots
/// keep and reuse from one hash to the next rather than asking the allocator for it each
/// time (glibc kept every such block it was given back: 400 logins left 3.5 GB).
pub struct Memory(Vec<Block>);

impl Memory {
    pub fn new() -> Memory {
        Memory(Vec::new())
    }

    /// Argon2 of `password` with `salt` into `out`, in this memory.
    fn hash(&mut self, argon: &Argon2, password: &[u8], salt: &[u8], out: &mut [u8]) -> bool {
        let blocks = argon.params().block_count();
        if self.0.len() < blocks {
            self.0.resize(blocks, Block::default());
        }
        argon
            .hash_password_into_with_memory(password, salt, out, &mut self.0[..blocks])
            .is_ok()
    }
}

fn hash_password_hex(sha_hex: &str, memory: &mut Memory) -> String {
    let salt_bytes: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&salt_bytes).expect("16 bytes make a valid salt");
    let argon = Argon2::default();
    let hashed = Output::init_with(Argon2Params::DEFAULT_OUTPUT_LEN, |out| {
        let done = memory.hash(&argon, sha_hex.as_bytes(), &salt_bytes, out);
        done.then_some(())
            .ok_or(argon2::password_hash::Error::Crypto)
    })
    .expect("Argon2 with default parameters hashes any input");
    PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon.params()).expect("the default parameters encode"),
        salt: Some(salt.as_salt()),
        hash: Some(hashed),
    }
    .to_string()
}

/// Checks the hex a login sends (SHA-256, 64 digits, or MD5, 32) against a stored hash;
/// a hash stored before MD5 was kept has only the SHA-256 line.
pub fn verify_password_hex(password_hex: &str, stored: &str, memory: &mut Memory) -> bool {
    let line = match password_hex.len() {
        64 => 0,
        32 => 1,
        _ => return false,
    };
    let verify = |phc: &str| -> Option<bool> {
        let hash = PasswordHash::new(phc).ok()?;
        let argon = Argon2::new(
            Algorithm::try_from(hash.algorithm).ok()?,
            hash.version
                .map_or(Some(Version::default()), |v| Version::try_from(v).ok())?,
            Argon2Params::try_from(&hash).ok()?,
        );
        let expected = hash.hash?;
        let mut salt = [0u8; 64];
        let salt = hash.salt?.decode_b64(&mut salt).ok()?;
        let mut out = vec![0u8; expected.len()];
        let lower = password_hex.to_ascii_lowercase();
        memory
            .hash(&argon, lower.as_bytes(), salt, &mut out)
            .then(|| bool::from(expected.as_bytes().ct_eq(&out)))
    };
    stored.lines().nth(line).and_then(verify).unwrap_or(false)
}

pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

fn refuse(code: ErrorCode, message: &str) -> Refusal {
    Refusal::new(code, message)
}

/// The keys `resetKeys` left pending sign the actions flagged `PendingKeys` alone
/// (`confirmKeys`), and only with a checksum: the call proves that whoever asked for them
/// holds the new secret key.
fn pending_keys(
    conn: &Connection,
    action: Action,
    params: &Params,
    apikey: &str,
) -> Result<store::Account, Refusal> {
    let unknown = || refuse(ErrorCode::AuthFailed, "unknown apikey");
    let account = store::pending_account(conn, apikey)
        .map_err(internal)?
        .ok_or_else(unknown)?;
    if !validation(params).eq_ignore_ascii_case("HMACSHA1") {
        return Err(Refusal::new(
            ErrorCode::AuthFailed,
            format!(
                "{} with the new keys must be signed with them (validation=HMACSHA1)",
                action.name()
            ),
        ));
    }
    Ok(account)
}

/// Checks the credentials of a request for `action` (every action but `apikey` and
/// `authToken`) and returns whose they are.
pub fn authenticate(
    conn: &Connection,
    action: Action,
    params: &Params,
    now: DateTime<Utc>,
) -> Result<AccountRef, Refusal> {
    let apikey = params
        .get("apikey")
        .ok_or_else(|| refuse(ErrorCode::AuthFailed, "missing apikey"))?;
    let (account, sub_account) = match account_of(conn, apikey) {
        Ok(found) => found,
        // New keys waiting for their confirmation sign the actions flagged for them only.
        Err(_) if action.has(Flag::PendingKeys) => {
            (pending_keys(conn, action, params, apikey)?, None)
        }
        Err(refusal) => return Err(refusal),
    };
    let me = authenticate_as(conn, params, now, account, sub_account)?;
    if sub_account.is_some() {
        sub_account_may(action)?;
    }
    Ok(me)
}

/// Refuses what a sub-account may not do (`Action::sub_account_may`). The parent's own
/// rules (R1, R2) still apply after this.
pub fn sub_account_may(action: Action) -> Result<(), Refusal> {
    if action.sub_account_may() {
        return Ok(());
    }
    let allowed: Vec<&str> = Action::ALL
        .iter()
        .filter(|a| a.sub_account_may())
        .map(|a| a.name())
        .collect();
    Err(Refusal::new(
        ErrorCode::ClientForbidden,
        format!(
            "not allowed for a sub-account: {}; a sub-account reads the account's monitors \
             only ({}): ask the account's owner",
            action.name(),
            allowed.join(", ")
        ),
    ))
}

/// Whose an apikey is: an account's, or a sub-account's (its id), which acts within its
/// parent account with the rights `sub_account_may` gives it.
pub fn account_of(conn: &Connection, apikey: &str) -> Result<(Account, Option<i64>), Refusal> {
    if let Some(account) = store::account_by_apikey(conn, apikey).map_err(internal)? {
        return Ok((account, None));
    }
    let sub = cs::sub_account_by_apikey(conn, apikey)
        .map_err(internal)?
        .ok_or_else(|| refuse(ErrorCode::AuthFailed, "unknown apikey"))?;
    let account = Account {
        account: sub.parent,
        secretkey: sub.secretkey,
    };
    Ok((account, Some(sub.id)))
}

fn authenticate_as(
    conn: &Connection,
    params: &Params,
    now: DateTime<Utc>,
    account: Account,
    sub_account: Option<i64>,
) -> Result<AccountRef, Refusal> {
    match validation(params) {
        "token" => {
            let token = params.get("authToken").ok_or_else(|| {
                refuse(
                    ErrorCode::AuthFailed,
                    "missing authToken (validation=token)",
                )
            })?;
            let hash = sha256_hex(token);
            if let Some(id) = sub_account {
                // A sub-account's token is its own: never its parent's, nor the reverse.
                let owner =
                    cs::sub_account_token(conn, &hash, now.timestamp()).map_err(internal)?;
                return match owner {
                    Some(owner) if owner == id => Ok(account.account),
                    _ => Err(token_invalid()),
                };
            }
            let owner = store::token_account(conn, &hash, now.timestamp()).map_err(internal)?;
            // A reseller's token sent with one of his clients' apikeys acts for that
            // client, as `clientApikey` does (hosted; the WHMCS add-on relies on it).
            let reseller = AccountRef {
                reseller_id: account.account.reseller_id,
                client_id: None,
            };
            return match owner {
                Some(o) if o == account.account => Ok(o),
                Some(o) if o == reseller && account.account.client_id.is_some() => Ok(o),
                _ => Err(token_invalid()),
            };
        }
        v if v.eq_ignore_ascii_case("HMACSHA1") => {
            let checksum = params.get("checksum").ok_or_else(|| {
                refuse(
                    ErrorCode::AuthFailed,
                    "missing checksum (validation=HMACSHA1)",
                )
            })?;
            let checksum = sign::received_checksum(checksum);
            if !sign::verify(&account.secretkey, params.pairs(), &checksum) {
                return Err(refuse(
                    ErrorCode::AuthFailed,
                    "checksum does not match the request",
                ));
            }
            check_timestamp(params.get("timestamp"), now)?;
        }
        other => {
            return Err(Refusal::new(
                ErrorCode::BadParameter,
                format!("unknown validation {other:?}: use token or HMACSHA1"),
            ));
        }
    }
    Ok(account.account)
}

fn token_invalid() -> Refusal {
    refuse(
        ErrorCode::TokenInvalid,
        "authToken is expired or invalid: get a new one with action=authToken",
    )
}

/// What replay protection needs of a checksum-mode request (meaningful for an
/// authenticated request only).
#[derive(Debug, PartialEq, Eq)]
pub struct Signature<'a> {
    /// As `sign::received_checksum` reads it: one request, one key, however it was encoded.
    pub checksum: Cow<'a, str>,
    /// When its timestamp leaves the window (Unix seconds): until then the same checksum
    /// is refused (`guard::Replays`).
    pub forget_at: i64,
    /// Whether it is remembered. Not for a request that may repeat: with the compatibility
    /// doors open, a read that carries no `nonce` (the hosted clients sign to the second
    /// without one, so two identical polls in one second are two requests; a read changes
    /// nothing). Such a read is still checked against the checksums remembered, so that a
    /// request signed with a nonce cannot come back with its nonce folded into another
    /// value (docs/protocol.md, "Checksum boundaries").
    pub remember: bool,
}

/// The signature of a checksum-mode request; None in token mode.
pub fn signature(action: Action, params: &Params, doors_open: bool) -> Option<Signature<'_>> {
    if !validation(params).eq_ignore_ascii_case("HMACSHA1") {
        return None;
    }
    let at = NaiveDateTime::parse_from_str(params.get("timestamp")?, TIME_FORMAT).ok()?;
    Some(Signature {
        checksum: sign::received_checksum(params.get("checksum")?),
        forget_at: at.and_utc().timestamp() + REPLAY_WINDOW_SECS,
        remember: !(doors_open && may_repeat(action, params)),
    })
}

/// A nonce-less read (docs/protocol.md, "Replay protection").
fn may_repeat(action: Action, params: &Params) -> bool {
    params.get("nonce").is_none() && action.kind() == Kind::Read
}

/// The authentication mode: `validation`, or, when it is absent, token mode for a request
/// that carries `authToken` and no `checksum` (hosted version 3 GETs, as the WHMCS add-on
/// sends them), else checksum mode.
fn validation(params: &Params) -> &str {
    match params.get("validation") {
        Some(v) => v,
        None if params.get("authToken").is_some() && params.get("checksum").is_none() => "token",
        None => "HMACSHA1",
    }
}

/// The replay window: a signed timestamp within 5 minutes of the server's clock.
fn check_timestamp(timestamp: Option<&str>, now: DateTime<Utc>) -> Result<(), Refusal> {
    let timestamp =
        timestamp.ok_or_else(|| refuse(ErrorCode::StaleTimestamp, "missing timestamp"))?;
    let at = NaiveDateTime::parse_from_str(timestamp, TIME_FORMAT).map_err(|_| {
        refuse(
            ErrorCode::StaleTimestamp,
            "malformed timestamp: expected UTC yyyy-MM-dd HH:mm:ss",
        )
    })?;
    let skew = (now.naive_utc() - at).num_seconds().abs();
    if skew > REPLAY_WINDOW_SECS {
        return Err(Refusal::new(
            ErrorCode::StaleTimestamp,
            format!(
                "timestamp is {skew} s away from the server's clock (at most {REPLAY_WINDOW_SECS} s)"
            ),
        ));
    }
    Ok(())
}

/// `authToken`: exchanges the apikey and secret key for a token valid for `ttl`.
pub fn issue_token(
    conn: &Connection,
    params: &Params,
    now: DateTime<Utc>,
    ttl: std::time::Duration,
) -> Result<(AccountRef, String), Refusal> {
    let apikey = params.required("apikey")?;
    let secretkey = params.required("secretkey")?;
    let wrong = || refuse(ErrorCode::AuthFailed, "unknown apikey or wrong secretkey");
    let (account, sub_account) =
        account_of(conn, apikey).map_err(|refusal| match refusal.code {
            ErrorCode::AuthFailed => wrong(),
            _ => refusal,
        })?;
    if !constant_time_eq(&account.secretkey, secretkey) {
        return Err(wrong());
    }
    let token = store::random_key(&mut rand::rng(), 40);
    let expires = now.timestamp() + i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX / 2);
    let hash = sha256_hex(&token);
    match sub_account {
        Some(id) => cs::insert_sub_account_token(conn, &hash, id, expires),
        None => store::insert_token(conn, &hash, account.account, expires),
    }
    .map_err(internal)?;
    Ok((account.account, token))
}

/// A database failure: logged without parameters (they may hold secrets), answered as
/// errorCode 14; a request stopped by its time budget (`pool`) is errorCode 21.
pub fn internal(err: rusqlite::Error) -> Refusal {
    if err.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted) {
        return Refusal::new(
            ErrorCode::TimeBudget,
            "the request ran past its time budget and was rolled back: ask for less at once",
        );
    }
    eprintln!("sandbox: database error: {err}");
    Refusal::new(
        ErrorCode::Internal,
        "internal error in the sandbox database",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Endpoint;

    #[test]
    fn a_sub_account_may_read_the_monitors_only() {
        let may = |action: &str| {
            sub_account_may(Action::from_name(Endpoint::Api, action).unwrap()).map_err(|r| r.code)
        };
        for read in [
            "tests",
            "testinfo",
            "monitors",
            "secretkey",
            "authToken",
            "testresult",
            "testsLastValues",
            "teststatuses",
            "fullPageLoadTests",
        ] {
            assert_eq!(may(read), Ok(()), "{read}");
        }
        for other in [
            "clients",
            "subAccounts",
            "userInfo",
            "orders",
            "addExternalMonitor",
            "suspendExternalMonitor",
            "deleteSubAccount",
            "resetKeys",
            "pages",
            "getPublicKeys",
            "getWidget",
            "subAccountPages",
            "addFullPageLoadMonitor",
        ] {
            assert_eq!(may(other), Err(ErrorCode::ClientForbidden), "{other}");
        }
    }

    #[test]
    fn password_hash_verifies_the_login_hex_only() {
        let memory = &mut Memory::new();
        let stored = hash_password("correct horse", memory);
        assert!(stored.starts_with("$argon2id$"));
        let hex = sha256_hex("correct horse");
        assert_eq!(hex.len(), 64);
        assert!(verify_password_hex(&hex, &stored, memory));
        assert!(verify_password_hex(&hex.to_uppercase(), &stored, memory));
        assert!(!verify_password_hex(&sha256_hex("wrong"), &stored, memory));
        assert!(!verify_password_hex("correct horse", &stored, memory));
        let md5 = md5_hex("correct horse");
        assert_eq!(md5.len(), 32);
        assert!(verify_password_hex(&md5, &stored, memory));
        assert!(verify_password_hex(&md5.to_uppercase(), &stored, memory));
        assert!(!verify_password_hex(&md5_hex("wrong"), &stored, memory));
        // A hash stored with the SHA-256 line only refuses every MD5.
        let sha_only = stored.lines().next().unwrap();
        assert!(verify_password_hex(&hex, sha_only, memory));
        // Hashes are those of the crate's own hasher, both ways: older databases verify.
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let salt = SaltString::encode_b64(b"sixteen byte slt").unwrap();
        let theirs = Argon2::default()
            .hash_password(hex.as_bytes(), &salt)
            .unwrap();
        assert!(verify_password_hex(&hex, &theirs.to_string(), memory));
        let ours = PasswordHash::new(stored.lines().next().unwrap()).unwrap();
        assert!(
            Argon2::default()
                .verify_password(hex.as_bytes(), &ours)
                .is_ok()
        );
        assert!(!verify_password_hex(&md5, sha_only, memory));
    }

    #[test]
    fn absent_validation_is_token_only_with_a_token_and_no_checksum() {
        let mode = |q: &str| validation(&Params::parse(q, b"").unwrap()).to_string();
        assert_eq!(mode("authToken=T"), "token");
        assert_eq!(mode("authToken=T&checksum=C"), "HMACSHA1");
        assert_eq!(mode("checksum=C"), "HMACSHA1");
        assert_eq!(mode("authToken=T&validation=HMACSHA1"), "HMACSHA1");
    }

    #[test]
    fn only_nonce_less_reads_may_repeat_and_only_through_open_doors() {
        let signed = |q: &str| {
            Params::parse(
                &format!("{q}timestamp=2026-11-28%2012:00:00&checksum=C"),
                b"",
            )
            .unwrap()
        };
        let read = signed("");
        let remembered =
            |action, params, doors| signature(action, params, doors).map(|s| s.remember);
        assert_eq!(remembered(Action::Tests, &read, true), Some(false));
        assert_eq!(
            signature(Action::Tests, &read, false),
            Some(Signature {
                checksum: "C".into(),
                forget_at: 1_795_867_200 + REPLAY_WINDOW_SECS,
                remember: true,
            })
        );
        let with_nonce = signed("nonce=N&");
        assert_eq!(remembered(Action::Tests, &with_nonce, true), Some(true));
        for write in [Action::AddOrder, Action::SandboxPageviews] {
            assert_eq!(remembered(write, &read, true), Some(true), "{write:?}");
        }
        // Token mode has no checksum to remember.
        let token = Params::parse("validation=token&authToken=T", b"").unwrap();
        assert_eq!(signature(Action::AddOrder, &token, false), None);
    }

    #[test]
    fn timestamp_window_is_five_minutes_either_way() {
        let now = DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z")
            .unwrap()
            .to_utc();
        assert!(check_timestamp(Some("2026-11-28 11:55:00"), now).is_ok());
        assert!(check_timestamp(Some("2026-11-28 12:05:00"), now).is_ok());
        assert_eq!(
            check_timestamp(Some("2026-11-28 11:54:59"), now)
                .unwrap_err()
                .code,
            ErrorCode::StaleTimestamp
        );
        assert_eq!(
            check_timestamp(Some("2026-11-28 12:05:01"), now)
                .unwrap_err()
                .code,
            ErrorCode::StaleTimestamp
        );
        assert_eq!(
            check_timestamp(Some("2026-11-28T12:00:00"), now)
                .unwrap_err()
                .code,
            ErrorCode::StaleTimestamp
        );
        assert_eq!(
            check_timestamp(None, now).unwrap_err().code,
            ErrorCode::StaleTimestamp
        );
    }
}
