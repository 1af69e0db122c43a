//! What every command stands on: the global options, the output settings, and the API
//! client, made on first use from the credentials that win (environment variables, the
//! embedded sandbox, then the saved profile).

use std::sync::Arc;

use tokio::sync::{Mutex, OnceCell};

use super::GlobalArgs;
use super::embedded::Embedded;
use crate::api::{self, ApiClient, AuthMode, ClientOptions, Secret};
use crate::config::{Config, Profile};
use crate::credentials::{self, SecretStore, Storage, StoredToken};
use crate::error::{Error, Result};
use crate::output::{Settings, Ui};
use monitis_core::domain::validate;
use monitis_core::protocol::is_apikey;
use monitis_core::protocol::model::Client;

pub struct Context {
    pub global: GlobalArgs,
    /// The saved profile this run uses: `--profile`/MONITIS_PROFILE, else the current one
    /// (`auth switch`), else `default`.
    pub profile: String,
    pub ui: Ui,
    pub output: Settings,
    /// When the command gives up (`--timeout`); every request of the run ends before it.
    pub deadline: api::Deadline,
    account: OnceCell<Account>,
    api: OnceCell<ApiClient>,
    sandbox: Mutex<Option<Embedded>>,
    /// Lines for stderr after the output: the counts that end a long table.
    summary: std::sync::Mutex<Vec<String>>,
}

/// The credentials a command runs with, and where they came from.
pub struct Account {
    pub endpoint: String,
    pub apikey: String,
    pub secret: Secret,
    pub mode: AuthMode,
    pub source: Source,
}

pub enum Source {
    Environment,
    Sandbox(std::path::PathBuf),
    Profile {
        name: String,
        profile: Profile,
        store: Arc<dyn SecretStore>,
    },
}

/// The API client's `-v` lines are the CLI's stderr messages.
impl api::RequestLog for Ui {
    fn shows(&self, level: i8) -> bool {
        self.verbosity >= level
    }
    fn log(&self, level: i8, line: std::fmt::Arguments) {
        Ui::log(self, level, line);
    }
}

const NOT_LOGGED_IN: &str = "not logged in: run `monitis auth login`, or set MONITIS_API_KEY and MONITIS_SECRET_KEY, or try the local sandbox with `--sandbox`";

impl Context {
    pub fn new(global: GlobalArgs, timeout: std::time::Duration) -> Context {
        let ui = Ui::new(global.quiet, global.verbose, global.no_color);
        let mut output = Settings::new(
            global.output,
            global.columns.clone(),
            global.no_header,
            global.jq.clone(),
            global.no_color,
        );
        output.deadline = Some(crate::output::Deadline::after(timeout));
        let profile = global
            .profile
            .clone()
            .unwrap_or_else(crate::config::current_profile);
        Context {
            global,
            profile,
            ui,
            output,
            deadline: api::Deadline::after(timeout),
            account: OnceCell::new(),
            api: OnceCell::new(),
            sandbox: Mutex::new(None),
            summary: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// The API client for this run, acting for `--client` when given.
    pub async fn api(&self) -> Result<&ApiClient> {
        self.api.get_or_try_init(|| self.connect()).await
    }

    /// An API client with these keys, logging through this run's `Ui` and bound by its
    /// deadline; a token cache only for a saved profile's keys.
    pub fn client_with(
        &self,
        endpoint: &str,
        apikey: &str,
        secret: &Secret,
        mode: AuthMode,
        token_cache: Option<Arc<dyn api::TokenCache>>,
    ) -> Result<ApiClient> {
        let mut client = ApiClient::new(ClientOptions {
            endpoint: endpoint.to_string(),
            apikey: apikey.to_string(),
            secret: secret.clone(),
            mode,
            token_cache,
            log: Box::new(self.ui.clone()),
        })?;
        client.set_deadline(self.deadline);
        Ok(client)
    }

    async fn connect(&self) -> Result<ApiClient> {
        let account = self.account().await?;
        let token_cache: Option<Arc<dyn api::TokenCache>> = match &account.source {
            Source::Profile { name, store, .. } => {
                Some(Arc::new(StoredToken::new(store.clone(), name)))
            }
            _ => None,
        };
        let mut client = self.client_with(
            &account.endpoint,
            &account.apikey,
            &account.secret,
            account.mode,
            token_cache,
        )?;
        if let Some(wanted) = &self.global.client {
            let apikey = resolve_client(&client, wanted).await?;
            client.act_for(Some(apikey));
        }
        Ok(client)
    }

    /// Which credentials win: `--sandbox`, then MONITIS_API_KEY/MONITIS_SECRET_KEY, then
    /// the saved profile. Nothing found is exit 4 with the ways to log in. Resolved once
    /// a run: it may start the embedded sandbox or ask the keyring.
    pub async fn account(&self) -> Result<&Account> {
        self.account
            .get_or_try_init(|| self.resolve_account())
            .await
    }

    async fn resolve_account(&self) -> Result<Account> {
        if self.global.sandbox {
            return self.start_sandbox().await;
        }
        let env_key = env_nonempty("MONITIS_API_KEY");
        let env_secret = env_nonempty("MONITIS_SECRET_KEY");
        let config = Config::load()?;
        let profile = config.profiles.get(&self.profile).cloned();
        match (env_key, env_secret) {
            (Some(apikey), Some(secret)) => {
                return Ok(Account {
                    endpoint: self.endpoint(profile.as_ref()),
                    apikey,
                    secret: Secret::new(secret),
                    mode: self.mode(profile.as_ref()),
                    source: Source::Environment,
                });
            }
            (Some(_), None) => {
                return Err(Error::Auth(
                    "MONITIS_API_KEY is set but MONITIS_SECRET_KEY is not: set both".into(),
                ));
            }
            (None, Some(_)) => {
                return Err(Error::Auth(
                    "MONITIS_SECRET_KEY is set but MONITIS_API_KEY is not: set both".into(),
                ));
            }
            (None, None) => {}
        }
        let Some(profile) = profile else {
            return Err(Error::Auth(
                if self.profile == crate::config::DEFAULT_PROFILE {
                    NOT_LOGGED_IN.to_string()
                } else {
                    format!(
                        "no profile {:?}: run `monitis auth login --profile {}`",
                        self.profile, self.profile
                    )
                },
            ));
        };
        let store = self.open_store(profile.storage).await?;
        let entry = credentials::secret_key_entry(&self.profile);
        let secret = self
            .in_store(&store, move |store| store.get(&entry))
            .await?
            .ok_or_else(|| {
                Error::Auth(format!(
                    "the secret key of profile {:?} is missing from {}: run `monitis auth login` again",
                    self.profile,
                    store.describe()
                ))
            })?;
        Ok(Account {
            endpoint: self.endpoint(Some(&profile)),
            apikey: profile.apikey.clone(),
            secret,
            mode: self.mode(Some(&profile)),
            source: Source::Profile {
                name: self.profile.clone(),
                profile,
                store,
            },
        })
    }

    /// The secret store a profile names, opened off the async threads (finding a
    /// keyring asks D-Bus, which may hang), within the deadline.
    pub async fn open_store(&self, storage: Storage) -> Result<Arc<dyn SecretStore>> {
        self.deadline
            .blocking("opening the keyring", move || credentials::open(storage))
            .await?
    }

    /// `job` on a secret store, off the async threads (a keyring call may wait on D-Bus
    /// or on a person answering its unlock prompt), within the deadline.
    pub async fn in_store<T: Send + 'static>(
        &self,
        store: &Arc<dyn SecretStore>,
        job: impl FnOnce(&dyn SecretStore) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let store = store.clone();
        self.deadline
            .blocking("the keyring", move || job(store.as_ref()))
            .await?
    }

    /// `--endpoint`/MONITIS_ENDPOINT, else the profile's, else the hosted API.
    pub fn endpoint(&self, profile: Option<&Profile>) -> String {
        self.global
            .endpoint
            .clone()
            .or_else(|| profile.map(|p| p.endpoint.clone()))
            .unwrap_or_else(|| api::DEFAULT_ENDPOINT.to_string())
    }

    fn mode(&self, profile: Option<&Profile>) -> AuthMode {
        self.global
            .auth_mode
            .or_else(|| profile.map(|p| p.auth_mode))
            .unwrap_or(AuthMode::Token)
    }

    async fn start_sandbox(&self) -> Result<Account> {
        let mut running = self.sandbox.lock().await;
        let embedded = match running.take() {
            Some(embedded) => embedded,
            None => Embedded::start(&self.ui).await?,
        };
        let account = Account {
            endpoint: embedded.url.clone(),
            apikey: embedded.apikey.clone(),
            secret: Secret::new(embedded.secretkey.clone()),
            mode: self.global.auth_mode.unwrap_or(AuthMode::Token),
            source: Source::Sandbox(embedded.db.clone()),
        };
        *running = Some(embedded);
        Ok(account)
    }

    /// Says `line` on stderr once the output is written, so that after a table of
    /// thousands of results the summary is the last thing on the screen.
    pub fn summarise(&self, line: impl Into<String>) {
        self.summary
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(line.into());
    }

    /// The summary lines, for after the output.
    pub fn take_summary(&self) -> Vec<String> {
        std::mem::take(
            &mut self
                .summary
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    /// Stops the embedded sandbox, if one runs, after its last request is committed.
    pub async fn close(&self) {
        if let Some(server) = self.sandbox.lock().await.take()
            && let Err(e) = server.shutdown().await
        {
            self.ui.warn(e);
        }
    }

    /// Asks before a destructive change: `--yes` confirms; without a terminal nothing is
    /// asked and the command fails, naming `--yes`.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.global.yes {
            return Ok(());
        }
        let answer = super::input::line(
            &format!("{question} [y/N] "),
            &format!("add --yes to confirm: {question}"),
        )?;
        if matches!(answer.as_str(), "y" | "Y" | "yes" | "Yes") {
            Ok(())
        } else {
            Err(Error::Declined)
        }
    }
}

/// A client named both by argument and by `--client`: the two must agree.
pub fn one_client<'a>(named: Option<&'a str>, option: Option<&'a str>) -> Result<Option<&'a str>> {
    match (named, option) {
        (Some(arg), Some(option)) if arg != option => Err(Error::Usage(format!(
            "the client is named twice ({arg:?} and --client {option:?}): name it once"
        ))),
        (arg, option) => Ok(arg.or(option)),
    }
}

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A client named by email, id or apikey, as its apikey. An apikey is taken as is (the
/// API refuses it if it is not the reseller's); the others are looked up.
pub async fn resolve_client(api: &ApiClient, wanted: &str) -> Result<String> {
    if is_apikey(wanted) {
        return Ok(wanted.to_string());
    }
    find_client(api, wanted).await.map(|c| c.apikey)
}

/// The client a command names by email, id or apikey, among the reseller's clients.
pub async fn find_client(api: &ApiClient, wanted: &str) -> Result<Client> {
    // A number written another way (`+1`, `01`) is no id, nor an email or an apikey.
    let digits = wanted.trim_start_matches(['+', '-']);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        validate::id(wanted).map_err(|why| {
            Error::Usage(format!(
                "the client {why}; name it by its id as `monitis client list` shows it, its email or its apikey"
            ))
        })?;
    }
    api.find_client(wanted).await?.ok_or_else(|| {
        Error::NotFound(format!(
            "no client {wanted:?} among this reseller's clients; `monitis client list` shows them"
        ))
    })
}
