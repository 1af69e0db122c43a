//! Where secrets are kept: the OS keyring, or (announced loudly) a 0600 file.
//!
//! A profile in `config.toml` names its [`Storage`]; the secret key and the cached token
//! of that profile live there under [`secret_key_entry`] and [`token_entry`].

mod file;
mod keyring;

use std::sync::Arc;

use crate::api::TokenCache;
use crate::error::Result;
use crate::secret::Secret;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Storage {
    /// The OS keyring: macOS Keychain, Windows Credential Manager, on Linux the Secret
    /// Service or else the kernel keyring.
    Keyring,
    /// `credentials.toml` in the config folder, readable by its owner only (`--insecure-storage`).
    InsecureFile,
}

pub trait SecretStore: Send + Sync {
    fn get(&self, name: &str) -> Result<Option<Secret>>;
    fn set(&self, name: &str, value: &Secret) -> Result<()>;
    /// Deleting a missing entry is Ok.
    fn delete(&self, name: &str) -> Result<()>;
    /// Where the secrets are, for `auth status`: e.g. "Secret Service (D-Bus)" or
    /// "file /home/me/.config/monitis/credentials.toml (insecure)".
    fn describe(&self) -> String;

    /// What a person should know about this store before trusting it with a secret
    /// (the kernel keyring forgets it on reboot), with how to get a better one.
    fn caveat(&self) -> Option<String> {
        None
    }

    /// Makes sure a secret can be saved now, before anyone types one in: a locked
    /// desktop keyring is unlocked (its own prompt) or the error says how to unlock it.
    fn ready(&self) -> Result<()> {
        Ok(())
    }
}

/// How to get a keyring that keeps the secret across reboots; part of the kernel
/// keyring's caveat.
pub const DURABLE_STORE: &str = "for a store that survives reboots, run a Secret Service \
     provider in your session (gnome-keyring or KeePassXC, with a D-Bus session bus), or set \
     MONITIS_API_KEY and MONITIS_SECRET_KEY where you run monitis, or log in with \
     `--insecure-storage` (a file readable only by you)";

/// Opens the store a profile names. For [`Storage::Keyring`] this picks the OS keyring and
/// fails (never falls back to a file) when none works, naming the ways out.
pub fn open(storage: Storage) -> Result<Arc<dyn SecretStore>> {
    Ok(match storage {
        Storage::Keyring => Arc::new(keyring::KeyringStore::open()?),
        Storage::InsecureFile => Arc::new(file::FileStore::open()?),
    })
}

/// Every store a profile's secrets may be in: each keyring of this machine that opens
/// (on Linux the Secret Service and the kernel keyring: a login saves to the first that
/// works, which may not be the one that worked at an earlier login), and the file of
/// `--insecure-storage`.
pub fn every_store() -> Result<Vec<Arc<dyn SecretStore>>> {
    let mut stores: Vec<Arc<dyn SecretStore>> = keyring::KeyringStore::each()?
        .into_iter()
        .flatten()
        .map(|store| Arc::new(store) as Arc<dyn SecretStore>)
        .collect();
    stores.push(Arc::new(file::FileStore::open()?));
    Ok(stores)
}

/// Removes a profile's secret key and cached token from `store`.
pub fn remove_profile(store: &dyn SecretStore, profile: &str) -> Result<()> {
    store.delete(&secret_key_entry(profile))?;
    store.delete(&token_entry(profile))
}

/// The entry holding a profile's secret key.
pub fn secret_key_entry(profile: &str) -> String {
    format!("{profile}/secretkey")
}

/// The entry holding a profile's cached token, as `"<token> <expires unix secs>"`.
pub fn token_entry(profile: &str) -> String {
    format!("{profile}/token")
}

/// What to do when secrets cannot be kept in a keyring; part of every such error.
const WAYS_OUT: &str = "either set MONITIS_API_KEY and MONITIS_SECRET_KEY in the environment \
     (nothing is saved), or log in with `monitis auth login --insecure-storage` to keep the \
     secret in a file readable only by you";

/// The cached token of a profile, kept next to its secret key.
pub struct StoredToken {
    store: Arc<dyn SecretStore>,
    entry: String,
}

impl StoredToken {
    pub fn new(store: Arc<dyn SecretStore>, profile: &str) -> Self {
        StoredToken {
            store,
            entry: token_entry(profile),
        }
    }
}

// A token is only a cache: when the store fails, the client fetches a new token, so every
// failure here is ignored.
impl TokenCache for StoredToken {
    fn load(&self) -> Option<(Secret, i64)> {
        decode_token(&self.store.get(&self.entry).ok()??)
    }

    fn store(&self, token: &Secret, expires_at: i64) {
        let _ = self
            .store
            .set(&self.entry, &encode_token(token, expires_at));
    }

    fn clear(&self) {
        let _ = self.store.delete(&self.entry);
    }
}

fn encode_token(token: &Secret, expires_at: i64) -> Secret {
    Secret::new(format!("{} {expires_at}", token.expose()))
}

/// `None` for anything malformed: it is then fetched anew.
fn decode_token(value: &Secret) -> Option<(Secret, i64)> {
    let (token, expires) = value.expose().rsplit_once(' ')?;
    if token.is_empty() || token.contains(char::is_whitespace) {
        return None;
    }
    Some((Secret::new(token), expires.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_names() {
        assert_eq!(secret_key_entry("default"), "default/secretkey");
        assert_eq!(token_entry("work"), "work/token");
    }

    #[test]
    fn token_encoding_round_trips_and_rejects_garbage() {
        let encoded = encode_token(&Secret::new("T0K3N"), 1_700_000_000);
        assert_eq!(encoded.expose(), "T0K3N 1700000000");
        assert_eq!(
            decode_token(&encoded),
            Some((Secret::new("T0K3N"), 1_700_000_000))
        );
        for bad in ["", "T0K3N", " 17", "T0K3N soon", "a b 17", "T0K3N 17 "] {
            assert_eq!(decode_token(&Secret::new(bad)), None, "{bad:?}");
        }
    }

    #[test]
    fn stored_token_goes_through_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn SecretStore> =
            Arc::new(file::FileStore::at(dir.path().join("credentials.toml")));
        let cache = StoredToken::new(store.clone(), "p");
        assert_eq!(cache.load(), None);
        cache.store(&Secret::new("tok"), 42);
        assert_eq!(store.get("p/token").unwrap(), Some(Secret::new("tok 42")));
        assert_eq!(cache.load(), Some((Secret::new("tok"), 42)));
        cache.clear();
        assert_eq!(cache.load(), None);
        // Clearing twice, or a cache whose store has gone, is not an error.
        cache.clear();
    }

    #[test]
    fn debug_never_shows_a_secret() {
        let secret = Secret::new("hunter2-secret");
        let token = decode_token(&encode_token(&secret, 7));
        for shown in [format!("{secret:?}"), format!("{token:?}")] {
            assert!(!shown.contains("hunter2"), "{shown}");
        }
    }
}
