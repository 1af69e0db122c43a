//! Serving one parsed request's action: where it runs (a reader, the writer, the Argon2
//! slots), how its caller is authenticated, and the actions that are more than a
//! transaction (the `apikey` login, `authToken`, `dashboardPreview`). Every action the
//! platform serves goes through `serve`, whichever face asked.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use chrono::Utc;
use serde_json::json;

use super::{Action, Kind, Reply, compat};
use crate::action::Flag;
use crate::app::{App, check_login, check_password, expiry_due};
use crate::auth;
use crate::auth::internal;
use crate::params::Params;
use crate::sessions::PREVIEW_LINK_TTL;
use crate::store::keys::sub_account_login;
use crate::store::{self, AccountRef};
use crate::streamed::Streamed;
use monitis_core::domain::rules::Refusal;
use monitis_core::domain::validate;
use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::{DashboardPreview, Keys};

/// Runs `action` for the caller `params` authenticate; `account` learns who that was,
/// for the access log, as soon as it is known.
pub async fn serve(
    app: &Arc<App>,
    peer: SocketAddr,
    action: Action,
    params: Params,
    account: Arc<OnceLock<AccountRef>>,
) -> Result<Reply, Refusal> {
    let now = Utc::now();
    match action {
        Action::Apikey => login(app, params, peer, account).await,
        Action::Userkey => userkey(app, params, peer, account).await,
        Action::DashboardPreview => preview(app, params).await,
        Action::AuthToken => {
            let ttl = app.token_ttl;
            app.write(move |conn| {
                let (me, token) = auth::issue_token(conn, &params, now, ttl)?;
                let _ = account.set(me);
                super::context(conn, me, action, &params, now, None)?;
                Ok(Reply::Read(json!({ "authToken": token })))
            })
            .await
        }
        _ if action.kind() == Kind::Read && !action.has(Flag::Writes) => {
            let (streamed, body) = Streamed::new(app.dbs.budget());
            // On its own task, so that a streamed answer goes out while the reader
            // still writes it; the handler answers when the body starts or the read ends.
            let mut read = tokio::spawn(read(Arc::clone(app), action, params, streamed, account));
            tokio::select! {
                biased;
                Ok(body) = body => Ok(Reply::Body(body)),
                joined = &mut read => joined.unwrap_or_else(|err| {
                    eprintln!("sandbox: request task failed: {err}");
                    Err(Refusal::new(ErrorCode::Internal, "internal error"))
                }),
            }
        }
        _ => {
            // Hashing is slow on purpose, so it happens outside the database lock, and
            // only for an authenticated caller (authenticated again with the change).
            let password = match params.get("password") {
                Some(password) if action.sets_password() => Some(password.to_string()),
                _ => None,
            };
            let mut checked = false;
            let password_hash = match password {
                Some(password) => {
                    let (worker, signed) = (Arc::clone(app), params.clone());
                    app.dbs
                        .read(move |conn| worker.authorise(conn, action, &signed, now).map(drop))
                        .await?;
                    checked = true;
                    Some(
                        app.hashing
                            .run(move |memory| auth::hash_password(&password, memory))
                            .await?,
                    )
                }
                None => None,
            };
            let worker = Arc::clone(app);
            app.write(move |conn| {
                let me = if checked {
                    auth::authenticate(conn, action, &params, now)?
                } else {
                    worker.authorise(conn, action, &params, now)?
                };
                let _ = account.set(me);
                let ctx = super::context(conn, me, action, &params, now, password_hash)?;
                super::run(&ctx, action, &params)
            })
            .await
        }
    }
}

/// `apikey`: a client's login by email and the SHA-256 hex of its password. Throttled
/// per account and per address; the same answer for a wrong password and an unknown email.
async fn login(
    app: &Arc<App>,
    params: Params,
    peer: SocketAddr,
    account: Arc<OnceLock<AccountRef>>,
) -> Result<Reply, Refusal> {
    let email = validate::fold_email(params.required("userName")?);
    let password_hex = params.required("password")?.to_string();
    let login = check_password(app, email, password_hex, peer).await?;
    let me = AccountRef {
        reseller_id: login.reseller_id,
        client_id: Some(login.client_id),
    };
    let _ = account.set(me);
    admit(app, me, Action::Apikey, params).await?;
    Ok(Reply::Read(super::to_json(Keys {
        apikey: login.apikey,
        secretkey: login.secretkey,
    })?))
}

/// After a login: the rules for the account logged in (R1), on a reader.
async fn admit(
    app: &Arc<App>,
    me: AccountRef,
    action: Action,
    params: Params,
) -> Result<(), Refusal> {
    let now = Utc::now();
    let params = Arc::new(params);
    app.read(move |conn, on_reader| {
        if on_reader && expiry_due(conn, me.reseller_id, now)? {
            return Ok(None);
        }
        super::context(conn, me, action, &params, now, None).map(|_| Some(()))
    })
    .await
}

/// `userkey` (the Java and PHP SDKs' `getUserKey`): a user's login by email and the
/// password as typed (those SDKs do not hash it), answering the user's key: a client's
/// apikey, or a sub-account's own (the `userkey` that `subAccounts` lists). The `apikey`
/// login's throttle applies, and R1 with it (`userkey` is no key look-up R1 exempts).
async fn userkey(
    app: &Arc<App>,
    params: Params,
    peer: SocketAddr,
    account: Arc<OnceLock<AccountRef>>,
) -> Result<Reply, Refusal> {
    let email = validate::fold_email(params.required("userName")?);
    // The stored hash verifies the MD5 hex of the password (auth::hash_password).
    let password_hex = auth::md5_hex(params.required("password")?);
    let (me, userkey) = check_login(app, email, password_hex, peer, |conn, email| {
        if let Some(login) = store::login(conn, email)? {
            let me = AccountRef {
                reseller_id: login.reseller_id,
                client_id: Some(login.client_id),
            };
            return Ok(Some((login.password_hash, (me, login.apikey))));
        }
        Ok(sub_account_login(conn, email)?.map(|s| (s.password_hash, (s.parent, s.userkey))))
    })
    .await?;
    let _ = account.set(me);
    admit(app, me, Action::Userkey, params).await?;
    Ok(Reply::Read(json!({ "userkey": userkey })))
}

/// `dashboardPreview` (an API action, for the reseller): a single-use preview token for
/// the client named by `clientApikey`.
async fn preview(app: &Arc<App>, params: Params) -> Result<Reply, Refusal> {
    let worker = Arc::clone(app);
    let account = app
        .write(move |conn| {
            let now = Utc::now();
            let me = worker.authorise(conn, Action::DashboardPreview, &params, now)?;
            let ctx = super::context(conn, me, Action::DashboardPreview, &params, now, None)?;
            let client = ctx.client.ok_or_else(|| {
                Refusal::new(
                    ErrorCode::BadParameter,
                    "missing parameter clientApikey: name the client to preview",
                )
            })?;
            let account = AccountRef {
                reseller_id: me.reseller_id,
                client_id: Some(client),
            };
            let stamp = store::session_stamp(conn, account, true)
                .map_err(internal)?
                .ok_or_else(|| super::broken("the client to preview is gone"))?;
            Ok((account, stamp))
        })
        .await?;
    let token = app
        .sessions
        .issue_preview(account.0, account.1)
        .map_err(|full| full.refusal())?;
    let preview = DashboardPreview {
        preview_token: token,
        path: "/dashboard/preview/".to_string(),
        expires_in: PREVIEW_LINK_TTL.as_secs(),
    };
    Ok(Reply::Change(Some(super::to_json(preview)?)))
}

/// What one pass of a read came to.
enum Pass {
    Done(Reply),
    /// The caller's reseller holds his share of readers with streamed answers: the pass
    /// let its reader go, and the read runs again once one of his comes back.
    WaitForShare(i64),
}

/// A read: authenticated and run on a reader (on the writer when R9 has orders to
/// suspend first); a `monitors` list is streamed from the reader, within the reseller's
/// share of readers held that way (`Shares::streams_per_reseller`).
async fn read(
    app: Arc<App>,
    action: Action,
    params: Params,
    streamed: Arc<Streamed>,
    account: Arc<OnceLock<AccountRef>>,
) -> Result<Reply, Refusal> {
    let now = Utc::now();
    let params = Arc::new(params);
    // The first pass on a reader remembers the checksum (replay protection); a pass
    // after it authenticates the same request again and must not refuse it as a replay.
    let remembered = Arc::new(AtomicBool::new(false));
    let mut share = None;
    loop {
        let share_held = Arc::new(Mutex::new(share.take()));
        let (worker, params, streamed, account, remembered, held) = (
            Arc::clone(&app),
            Arc::clone(&params),
            Arc::clone(&streamed),
            Arc::clone(&account),
            Arc::clone(&remembered),
            Arc::clone(&share_held),
        );
        let pass = app
            .read(move |conn, on_reader| {
                let me = match compat::unsigned_caller(conn, &params, action, worker.doors)? {
                    Some(me) => me,
                    None if on_reader && !remembered.swap(true, Ordering::AcqRel) => {
                        worker.authorise(conn, action, &params, now)?
                    }
                    None => auth::authenticate(conn, action, &params, now)?,
                };
                let _ = account.set(me);
                if on_reader && expiry_due(conn, me.reseller_id, now)? {
                    return Ok(None);
                }
                let ctx = super::context(conn, me, action, &params, now, None)?;
                match super::run(&ctx, action, &params)? {
                    Reply::Monitors(list) if on_reader => {
                        // The reader stays held while the client takes the answer.
                        let mut held = held.lock().unwrap_or_else(PoisonError::into_inner);
                        if held.is_none() {
                            match worker.streams.try_take(me.reseller_id) {
                                Some(unit) => *held = Some(unit),
                                None => return Ok(Some(Pass::WaitForShare(me.reseller_id))),
                            }
                        }
                        streamed.send(conn, &list)?;
                        // The body has gone out; nothing is left to answer.
                        Ok(Some(Pass::Done(Reply::Body(axum::body::Body::empty()))))
                    }
                    // On the writer (R9 had orders to suspend): not held open for a
                    // client's reading, so the text is written whole.
                    Reply::Monitors(list) => {
                        Ok(Some(Pass::Done(Reply::ReadText(list.text(conn)?))))
                    }
                    reply => Ok(Some(Pass::Done(reply))),
                }
            })
            .await?;
        match pass {
            Pass::Done(reply) => return Ok(reply),
            Pass::WaitForShare(reseller) => {
                let wait = tokio::time::timeout(app.dbs.budget(), app.streams.take(reseller));
                share = Some(wait.await.map_err(|_| {
                    Refusal::new(
                        ErrorCode::TimeBudget,
                        "your other answers were not read within the request's time budget",
                    )
                })?);
            }
        }
    }
}
