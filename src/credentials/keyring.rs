//! The OS keyring through `keyring-core`, with the store for each OS chosen explicitly:
//! macOS Keychain, Windows Credential Manager, and on Linux the Secret Service when a
//! session bus and a provider answer, else the kernel keyring (keyutils).
//!
//! Every call runs on a thread of its own and is given up after a deadline, for two
//! reasons: a hung D-Bus or keyring daemon must not hang the CLI, and the Secret Service
//! store blocks on its own tokio runtime, which panics when entered from a thread of the
//! CLI's runtime ("cannot start a runtime from within a runtime").

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use keyring_core::{CredentialStore, Entry};

use super::{SecretStore, WAYS_OUT};
use crate::error::{Error, Result};
use crate::secret::Secret;
use monitis_core::failure::Failure;

/// The `service` of every entry; the `user` is the entry name (`<profile>/secretkey`) and
/// the config folder ([`entry_user`]).
const SERVICE: &str = "monitis";

/// For finding a keyring: nobody is asked anything, so an answer comes fast or never.
const OPEN_TIMEOUT: Duration = Duration::from_secs(5);

/// For reading and writing: a locked desktop keyring may show an unlock prompt that a
/// person has to answer.
const CALL_TIMEOUT: Duration = Duration::from_secs(30);

pub(super) struct KeyringStore {
    store: StoreHandle,
    name: String,
    /// The config folder whose profiles' secrets this holds: part of every entry, so
    /// that two config folders (`MONITIS_CONFIG_DIR`) never share one.
    folder: String,
    /// Runs on the call's thread before the entry is built (see [`join_session_keyring`]).
    prepare: fn() -> std::result::Result<(), String>,
    /// Whether secrets outlive a reboot here (not in the kernel keyring).
    durable: bool,
    /// Checks, before any prompt, that a secret can be saved (the Secret Service's lock).
    unlock: fn() -> std::result::Result<(), String>,
}

impl KeyringStore {
    /// The keyring secrets are saved to: the first of [`KeyringStore::each`] that works.
    pub(super) fn open() -> Result<KeyringStore> {
        let mut reasons = Vec::new();
        for opened in Self::each()? {
            match opened {
                Ok(store) => return Ok(store),
                Err(reason) => reasons.push(reason),
            }
        }
        Err(unavailable(&reasons.join("; ")))
    }

    /// Every keyring of this OS, in the order a login prefers them, opened or with why
    /// not. On Linux a login saves to the Secret Service when one answers, else to the
    /// kernel keyring, so a profile's secret may be in either.
    #[cfg(target_os = "linux")]
    pub(super) fn each() -> Result<Vec<std::result::Result<KeyringStore, String>>> {
        let folder = config_folder()?;
        let secret_service =
            match on_thread(OPEN_TIMEOUT, zbus_secret_service_keyring_store::Store::new) {
                Ok(Ok(store)) => Ok(KeyringStore {
                    store: StoreHandle::new(store),
                    name: "Secret Service (desktop keyring over D-Bus)".into(),
                    folder: folder.clone(),
                    prepare: || Ok(()),
                    durable: true,
                    unlock: unlock_secret_service,
                }),
                Ok(Err(e)) => Err(e.to_string()),
                Err(e) => Err(e),
            };
        let keyutils = match on_thread(OPEN_TIMEOUT, kernel_keyring_ready) {
            Ok(Ok(())) => kernel_keyring(folder),
            Ok(Err(e)) | Err(e) => Err(e),
        };
        Ok(vec![
            secret_service.map_err(|e| format!("Secret Service: {e}")),
            keyutils.map_err(|e| format!("kernel keyring: {e}")),
        ])
    }

    #[cfg(target_os = "macos")]
    pub(super) fn each() -> Result<Vec<std::result::Result<KeyringStore, String>>> {
        let folder = config_folder()?;
        let store = apple_native_keyring_store::keychain::Store::new().map(|store| KeyringStore {
            store: StoreHandle::new(store),
            name: "macOS Keychain".into(),
            folder,
            prepare: || Ok(()),
            durable: true,
            unlock: || Ok(()),
        });
        Ok(vec![store.map_err(|e| e.to_string())])
    }

    #[cfg(target_os = "windows")]
    pub(super) fn each() -> Result<Vec<std::result::Result<KeyringStore, String>>> {
        let folder = config_folder()?;
        let store = windows_native_keyring_store::Store::new().map(|store| KeyringStore {
            store: StoreHandle::new(store),
            name: "Windows Credential Manager".into(),
            folder,
            prepare: || Ok(()),
            durable: true,
            unlock: || Ok(()),
        });
        Ok(vec![store.map_err(|e| e.to_string())])
    }

    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    pub(super) fn each() -> Result<Vec<std::result::Result<KeyringStore, String>>> {
        Ok(vec![Err("this OS has no keyring monitis knows".into())])
    }

    /// Runs `op` on the entry `name` on a thread of its own, within [`CALL_TIMEOUT`].
    fn call<T: Send + 'static>(
        &self,
        doing: &str,
        name: &str,
        op: impl FnOnce(&Entry) -> keyring_core::Result<T> + Send + 'static,
    ) -> Result<T> {
        let (store, prepare) = (self.store.get(), self.prepare);
        let user = entry_user(name, &self.folder);
        let outcome = on_thread(CALL_TIMEOUT, move || {
            prepare()?;
            let entry = Entry::new_in_store(&store, SERVICE, &user).map_err(|e| e.to_string())?;
            op(&entry).map_err(|e| e.to_string())
        });
        // keyring-core's messages never quote a secret, so they can be shown.
        outcome.and_then(|r| r).map_err(|e| {
            Error::Io(Failure::msg(format!(
                "the {} failed to {doing} {name}: {e}; check that the keyring is unlocked, or {WAYS_OUT}",
                self.name
            )))
        })
    }
}

impl SecretStore for KeyringStore {
    fn get(&self, name: &str) -> Result<Option<Secret>> {
        self.call("read", name, |entry| match entry.get_password() {
            Ok(value) => Ok(Some(Secret::new(value))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        })
    }

    fn set(&self, name: &str, value: &Secret) -> Result<()> {
        let value = value.clone();
        self.call("save", name, move |entry| {
            entry.set_password(value.expose())
        })
    }

    fn delete(&self, name: &str) -> Result<()> {
        self.call("delete", name, |entry| match entry.delete_credential() {
            Err(keyring_core::Error::NoEntry) => Ok(()),
            other => other,
        })
    }

    fn describe(&self) -> String {
        self.name.clone()
    }

    fn caveat(&self) -> Option<String> {
        (!self.durable).then(|| {
            format!(
                "the only keyring here is the {}: the secret key will not survive a reboot; {}",
                self.name,
                super::DURABLE_STORE
            )
        })
    }

    fn ready(&self) -> Result<()> {
        on_thread(CALL_TIMEOUT, self.unlock)
            .and_then(|r| r)
            .map_err(|e| {
                Error::Auth(format!(
                    "the {} cannot take the secret key now: {e}; unlock it (log in to the desktop session, or `gnome-keyring-daemon --unlock`), or {WAYS_OUT}",
                    self.name
                ))
            })
    }
}

/// The Secret Service's default collection, unlocked: when it is locked, its own unlock
/// prompt is shown now, before monitis asks for anything, and a refusal is an error.
#[cfg(target_os = "linux")]
fn unlock_secret_service() -> std::result::Result<(), String> {
    use secret_service::EncryptionType;
    use secret_service::blocking::SecretService;
    let service = SecretService::connect(EncryptionType::Plain).map_err(|e| e.to_string())?;
    let collection = service
        .get_default_collection()
        .map_err(|e| format!("no default collection: {e}"))?;
    if collection.is_locked().map_err(|e| e.to_string())? {
        collection
            .unlock()
            .map_err(|e| format!("its default collection is locked ({e})"))?;
        if collection.is_locked().map_err(|e| e.to_string())? {
            return Err("its default collection is locked and was not unlocked".into());
        }
    }
    Ok(())
}

/// The store, dropped off the caller's thread: the Secret Service store closes its D-Bus
/// connection by blocking on its own runtime, which panics on a thread of the CLI's.
struct StoreHandle(Option<Arc<CredentialStore>>);

impl StoreHandle {
    fn new(store: Arc<CredentialStore>) -> StoreHandle {
        StoreHandle(Some(store))
    }

    fn get(&self) -> Arc<CredentialStore> {
        self.0
            .clone()
            .expect("the store is only taken when dropped")
    }
}

impl Drop for StoreHandle {
    fn drop(&mut self) {
        if let Some(store) = self.0.take() {
            let _ = on_thread(OPEN_TIMEOUT, move || drop(store));
        }
    }
}

/// The config folder as entries name it: absolute, so that `./cfg` and its full path
/// are one folder.
fn config_folder() -> Result<String> {
    let folder = crate::files::config_dir()?;
    let folder = std::path::absolute(&folder).unwrap_or(folder);
    Ok(folder.display().to_string())
}

/// The `user` of an entry: its name and the config folder whose profile it belongs to
/// (`default/secretkey in /home/ann/.config/monitis`).
fn entry_user(name: &str, folder: &str) -> String {
    format!("{name} in {folder}")
}

fn unavailable(reasons: &str) -> Error {
    Error::Auth(format!(
        "no OS keyring is available to keep the secret key ({reasons}); {WAYS_OUT}"
    ))
}

/// Runs `job` on a new thread and waits for it at most `limit`. On timeout the thread is
/// left behind, blocked; the process exits without waiting for it.
fn on_thread<T: Send + 'static>(
    limit: Duration,
    job: impl FnOnce() -> T + Send + 'static,
) -> std::result::Result<T, String> {
    let (send, receive) = mpsc::sync_channel(1);
    std::thread::Builder::new()
        .name("monitis-keyring".into())
        .spawn(move || {
            let _ = send.send(job());
        })
        .map_err(|e| format!("cannot start a thread: {e}"))?;
    receive.recv_timeout(limit).map_err(|e| match e {
        mpsc::RecvTimeoutError::Timeout => {
            format!("no answer within {} s", limit.as_secs())
        }
        mpsc::RecvTimeoutError::Disconnected => "the keyring call crashed".to_string(),
    })
}

/// The kernel keyring keeps a key in the caller's session keyring and links it into the
/// user's persistent keyring, which is what outlives this process. A process started
/// outside a login session (containers, CI, cron) has no session keyring, and the store's
/// writes then fail; asking for the session keyring with `create` joins a new anonymous
/// one, as `keyctl session -` does, and keeps an existing login session's keyring as it is.
/// Session keyrings belong to a thread's credentials, hence this runs on every call's thread.
#[cfg(target_os = "linux")]
fn join_session_keyring() -> std::result::Result<(), String> {
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    KeyRing::from_special_id(KeyRingIdentifier::Session, true)
        .map(drop)
        .map_err(|e| format!("no session keyring: {e}"))
}

/// Whether the kernel keyring can keep a secret across runs: a session keyring to work
/// in, and the persistent keyring (persistent-keyring(7)), without which a secret would
/// vanish with the anonymous session keyring when this process exits.
#[cfg(target_os = "linux")]
fn kernel_keyring_ready() -> std::result::Result<(), String> {
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    join_session_keyring()?;
    KeyRing::get_persistent(KeyRingIdentifier::Session)
        .map(drop)
        .map_err(|e| format!("no persistent keyring to keep secrets across runs: {e}"))
}

#[cfg(target_os = "linux")]
fn kernel_keyring(folder: String) -> std::result::Result<KeyringStore, String> {
    Ok(KeyringStore {
        store: StoreHandle::new(
            linux_keyutils_keyring_store::Store::new().map_err(|e| e.to_string())?,
        ),
        name: kernel_keyring_name(),
        folder,
        prepare: join_session_keyring,
        durable: false,
        unlock: || Ok(()),
    })
}

/// Says how long the kernel keeps the secret: until reboot, and until the persistent
/// keyring expires after a spell without use (each use restarts the clock).
#[cfg(target_os = "linux")]
fn kernel_keyring_name() -> String {
    let expiry = std::fs::read_to_string("/proc/sys/kernel/keys/persistent_keyring_expiry")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok());
    let unused = match expiry {
        Some(secs) if secs >= 2 * 86_400 => format!("{} days", secs / 86_400),
        Some(secs) => format!("{} hours", secs.div_ceil(3600)),
        None => "some days".into(),
    };
    format!("Linux kernel keyring (keyutils; lost on reboot or after {unused} unused)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hung_call_times_out_and_a_crash_is_reported() {
        let slow = on_thread(Duration::from_millis(50), || {
            std::thread::sleep(Duration::from_secs(5))
        });
        assert_eq!(slow.unwrap_err(), "no answer within 0 s");
        let crash = on_thread::<()>(Duration::from_secs(5), || panic!("boom"));
        assert_eq!(crash.unwrap_err(), "the keyring call crashed");
        assert_eq!(on_thread(Duration::from_secs(5), || 7), Ok(7));
    }

    #[test]
    fn no_keyring_names_both_ways_out() {
        let err = unavailable("Secret Service: no bus; kernel keyring: denied");
        assert!(matches!(err, Error::Auth(_)));
        let text = err.to_string();
        for needle in [
            "MONITIS_API_KEY",
            "MONITIS_SECRET_KEY",
            "--insecure-storage",
            "no bus",
        ] {
            assert!(text.contains(needle), "{needle} missing from: {text}");
        }
    }

    /// The kernel keyring directly (the public `open` prefers the Secret Service when
    /// there is one); tests/keyring.rs covers separate processes.
    #[cfg(target_os = "linux")]
    #[test]
    fn kernel_keyring_round_trip() {
        if let Err(reason) = on_thread(OPEN_TIMEOUT, kernel_keyring_ready).and_then(|r| r) {
            eprintln!("SKIPPED: no kernel keyring available: {reason}");
            return;
        }
        let folder = |n| format!("/unit-{}-{}-{n}", std::process::id(), rand::random::<u64>());
        let (store, other) = (
            kernel_keyring(folder(1)).unwrap(),
            kernel_keyring(folder(2)).unwrap(),
        );
        let name = "default/secretkey";
        store.set(name, &Secret::new("first")).unwrap();
        store.set(name, &Secret::new("second")).unwrap();
        assert_eq!(store.get(name).unwrap(), Some(Secret::new("second")));
        // Another config folder's profile of the same name is another entry.
        assert_eq!(other.get(name).unwrap(), None);
        other.set(name, &Secret::new("other")).unwrap();
        assert_eq!(store.get(name).unwrap(), Some(Secret::new("second")));
        other.delete(name).unwrap();
        store.delete(name).unwrap();
        assert_eq!(store.get(name).unwrap(), None);
        store.delete(name).unwrap();
        assert!(store.describe().starts_with("Linux kernel keyring"));
    }

    #[test]
    fn an_entry_names_its_profile_and_config_folder() {
        assert_eq!(
            entry_user("work/secretkey", "/home/ann/.config/monitis"),
            "work/secretkey in /home/ann/.config/monitis"
        );
    }
}
