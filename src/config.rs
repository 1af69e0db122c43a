//! Profiles: saved accounts in a TOML file in the OS config folder. Never a secret here:
//! secret keys and tokens live in the keyring (`crate::credentials`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::AuthMode;
use crate::credentials::Storage;
use crate::error::{Error, Result};
use crate::files;
use monitis_core::failure::Failure;
use monitis_core::protocol::model::AccountKind;

pub const DEFAULT_PROFILE: &str = "default";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Profile {
    pub endpoint: String,
    pub apikey: String,
    pub auth_mode: AuthMode,
    pub kind: AccountKind,
    /// The account's email, for `auth status`.
    pub account: String,
    /// Where the secret key and cached token are kept.
    pub storage: Storage,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// The profile commands use without `--profile` (`auth switch`, or the last login).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// The profile a command uses when none is named: the current one, else `default`. A
/// config that cannot be read names none here; reading it for the account says why.
pub fn current_profile() -> String {
    Config::load()
        .ok()
        .and_then(|c| c.current)
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
}

impl Config {
    pub fn path() -> Result<PathBuf> {
        Ok(files::config_dir()?.join("config.toml"))
    }

    pub fn load() -> Result<Config> {
        Self::load_from(&Self::path()?)
    }

    pub fn load_from(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                Error::Io(Failure::because(
                    format!(
                        "{} is not a valid monitis config: {e}; fix it or remove it and log in again",
                        path.display()
                    ),
                    e,
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(Error::other(format!("cannot read {}", path.display()), e)),
        }
    }

    pub fn save(&self) -> Result<()> {
        self.save_to(&Self::path()?)
    }

    /// Writes the whole file anew with mode 0600, through a temporary file so that an
    /// interrupted save never leaves half a config.
    pub fn save_to(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::other("cannot encode the config", e))?;
        files::write_private(path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        let mut config = Config::default();
        config.profiles.insert(
            "default".into(),
            Profile {
                endpoint: "http://127.0.0.1:1/api".into(),
                apikey: "ABC".into(),
                auth_mode: AuthMode::Token,
                kind: AccountKind::Reseller,
                account: "r@example.com".into(),
                storage: Storage::Keyring,
            },
        );
        config.save_to(&path).unwrap();
        assert_eq!(Config::load_from(&path).unwrap(), config);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(
            Config::load_from(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
    }
}
