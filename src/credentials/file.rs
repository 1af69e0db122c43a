//! `--insecure-storage`: secrets in `credentials.toml` in the config folder, mode 0600.
//! For headless machines with no keyring; anyone who can read the file (root, backups) has
//! the secrets, which is why it is never chosen silently.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::SecretStore;
use crate::error::{Error, Result};
use crate::files;
use crate::secret::Secret;
use monitis_core::failure::Failure;

const HEADER: &str = "# monitis secrets saved with --insecure-storage: whoever can read this file has them.\n\
     # Keep it mode 0600; `monitis auth logout` removes a profile's entries.\n";

pub(super) struct FileStore {
    path: PathBuf,
    /// Serialises this process's read-modify-write cycles (token refreshes may race).
    lock: Mutex<()>,
}

impl FileStore {
    pub(super) fn open() -> Result<FileStore> {
        Ok(FileStore::at(files::config_dir()?.join("credentials.toml")))
    }

    pub(super) fn at(path: PathBuf) -> FileStore {
        FileStore {
            path,
            lock: Mutex::new(()),
        }
    }

    fn read(&self) -> Result<BTreeMap<String, String>> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
            Err(e) => {
                return Err(Error::other(
                    format!("cannot read {}", self.path.display()),
                    e,
                ));
            }
        };
        check_private(&self.path)?;
        // The parse error is not shown: its excerpt of the file could be a secret.
        toml::from_str(&text).map_err(|_| {
            Error::Io(Failure::msg(format!(
                "{} is not a valid monitis credentials file; remove it and log in again",
                self.path.display()
            )))
        })
    }

    fn update(&self, change: impl FnOnce(&mut BTreeMap<String, String>) -> bool) -> Result<()> {
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        let mut secrets = self.read()?;
        if !change(&mut secrets) {
            return Ok(());
        }
        let body = toml::to_string(&secrets)
            .map_err(|e| Error::other("cannot encode the credentials file", e))?;
        files::write_private(&self.path, format!("{HEADER}{body}").as_bytes())
    }
}

impl SecretStore for FileStore {
    fn get(&self, name: &str) -> Result<Option<Secret>> {
        Ok(self.read()?.remove(name).map(Secret::new))
    }

    fn set(&self, name: &str, value: &Secret) -> Result<()> {
        self.update(|secrets| {
            secrets.insert(name.to_string(), value.expose().to_string());
            true
        })
    }

    fn delete(&self, name: &str) -> Result<()> {
        self.update(|secrets| secrets.remove(name).is_some())
    }

    fn describe(&self) -> String {
        format!("file {} (insecure)", self.path.display())
    }
}

/// Like ssh with its keys: a secrets file others can read is refused, not used.
#[cfg(unix)]
fn check_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| Error::other(format!("cannot read {}", path.display()), e))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(Error::Auth(format!(
            "{} is readable by other users (mode {:o}); run `chmod 600 {}` and consider \
             changing the keys it holds (`monitis auth reset-key`)",
            path.display(),
            mode & 0o777,
            path.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_: &Path) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, FileStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::at(dir.path().join("sub/credentials.toml"));
        (dir, store)
    }

    #[test]
    fn round_trips_names_with_slashes_and_odd_values() {
        let (_dir, store) = store();
        assert_eq!(store.get("default/secretkey").unwrap(), None);
        let odd = Secret::new("a\"b'c\\d = e\n#f");
        store.set("default/secretkey", &odd).unwrap();
        store.set("work/token", &Secret::new("t 1")).unwrap();
        assert_eq!(store.get("default/secretkey").unwrap(), Some(odd));
        store.set("work/token", &Secret::new("t 2")).unwrap();
        assert_eq!(store.get("work/token").unwrap(), Some(Secret::new("t 2")));
        assert!(store.describe().contains("credentials.toml (insecure)"));
    }

    #[test]
    fn delete_removes_and_a_missing_entry_is_ok() {
        let (_dir, store) = store();
        store.delete("nobody/secretkey").unwrap();
        assert!(
            !store.path.exists(),
            "deleting nothing must not create the file"
        );
        store.set("p/secretkey", &Secret::new("s")).unwrap();
        store.delete("p/secretkey").unwrap();
        store.delete("p/secretkey").unwrap();
        assert_eq!(store.get("p/secretkey").unwrap(), None);
    }

    #[cfg(unix)]
    #[test]
    fn is_written_0600_and_refused_when_others_can_read_it() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, store) = store();
        store.set("p/secretkey", &Secret::new("s")).unwrap();
        let mode = std::fs::metadata(&store.path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);

        std::fs::set_permissions(&store.path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = store.get("p/secretkey").unwrap_err();
        assert!(err.to_string().contains("chmod 600"), "{err}");
    }

    #[test]
    fn a_corrupt_file_is_named_without_quoting_it() {
        let (_dir, store) = store();
        files::write_private(&store.path, b"\"p/secretkey\" = \"s3cr3t").unwrap();
        let err = store.get("p/secretkey").unwrap_err().to_string();
        assert!(err.contains("remove it and log in again"), "{err}");
        assert!(!err.contains("s3cr3t"), "{err}");
    }
}
