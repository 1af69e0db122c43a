//! Profiles: saved accounts in a TOML file in the OS config folder. Never a secret here:
//! secret keys and tokens live in the keyring (`crate::credentials`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::AuthMode;
use crate::credentials::Storage;
use crate::error::{Error, Result};
use crate::protocol::model::AccountKind;

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
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// The folder of `config.toml` (and, with `--insecure-storage`, the secrets file):
/// `MONITIS_CONFIG_DIR`, else the OS config folder (`~/.config/monitis` on Linux).
pub fn dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("MONITIS_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("com", "monitis", "monitis")
        .map(|dirs| dirs.config_dir().to_path_buf())
        .ok_or_else(|| {
            Error::Other(
                "cannot find a home folder for the config file; set MONITIS_CONFIG_DIR".into(),
            )
        })
}

impl Config {
    pub fn path() -> Result<PathBuf> {
        Ok(dir()?.join("config.toml"))
    }

    pub fn load() -> Result<Config> {
        Self::load_from(&Self::path()?)
    }

    pub fn load_from(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                Error::Other(format!(
                    "{} is not a valid monitis config: {e}; fix it or remove it and log in again",
                    path.display()
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
        write_private(path, text.as_bytes())
    }
}

/// Writes a file readable by its owner only (0600 on Unix), atomically: through a
/// temporary file of a unique name in the same folder, so that two runs saving at once
/// (say, both renewing a token) each rename a whole file of their own; the last one wins.
pub fn write_private(path: &Path, contents: &[u8]) -> Result<()> {
    use std::io::Write;
    let fail = |e: std::io::Error| Error::other(format!("cannot write {}", path.display()), e);
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent).map_err(fail)?;
    // tempfile creates it with mode 0600 on Unix and a random name.
    let mut file = tempfile::Builder::new()
        .prefix(".monitis-")
        .suffix(".tmp")
        .tempfile_in(parent)
        .map_err(fail)?;
    file.write_all(contents)
        .and_then(|()| file.as_file().sync_all())
        .map_err(fail)?;
    file.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
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

    /// Parallel saves of different files to one path: each save succeeds and the file is
    /// always one of them whole, never a mix, and no temporary file is left behind.
    #[test]
    fn parallel_writers_never_mix_their_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let contents: Vec<String> = (0..8)
            .map(|i| format!("writer {i}\n{}\n", "x".repeat(1000 * (i + 1))))
            .collect();
        std::thread::scope(|scope| {
            for text in &contents {
                let (path, contents) = (&path, &contents);
                scope.spawn(move || {
                    for _ in 0..50 {
                        write_private(path, text.as_bytes()).unwrap();
                        let now = std::fs::read_to_string(path).unwrap();
                        assert!(contents.contains(&now), "a mixed file: {} bytes", now.len());
                    }
                });
            }
        });
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["config.toml"]);
    }
}
