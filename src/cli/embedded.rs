//! The embedded sandbox behind `--sandbox`: the one place outside `sandbox init|serve|
//! generate` where the CLI starts the platform (`monitis_platform`). A build without the
//! `platform` feature has none, and says so (`Error::NoPlatform`).

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::output::Ui;
#[cfg(feature = "platform")]
use monitis_core::failure::Failure;

#[cfg(feature = "platform")]
use monitis_platform::{self as platform, RunningServer};

/// The embedded sandbox's server, and the keys of the reseller the CLI acts as.
#[cfg(feature = "platform")]
pub struct Embedded {
    pub url: String,
    pub apikey: String,
    pub secretkey: String,
    pub db: PathBuf,
    server: RunningServer,
}

#[cfg(feature = "platform")]
impl Embedded {
    /// Seeds the demo in the user's data folder on first use and serves it on a free
    /// loopback port.
    pub async fn start(ui: &Ui) -> Result<Embedded> {
        let (db, keys) = off_runtime("seeding the embedded sandbox", || {
            let db = platform::embedded::db_path()?;
            let keys = platform::embedded::open_or_seed(&db)?;
            Ok((db, keys))
        })
        .await?;
        let listen = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
        let server = platform::start(platform::ServerOptions::new(db.clone(), listen)).await?;
        ui.note(format_args!(
            "Using the embedded sandbox (demo data in {}); nothing leaves this machine.",
            db.display()
        ));
        Ok(Embedded {
            url: server.url.clone(),
            apikey: keys.apikey,
            secretkey: keys.secretkey,
            db,
            server,
        })
    }

    /// Stops it after its last request is committed.
    pub async fn shutdown(self) -> Result<()> {
        Ok(self.server.shutdown().await?)
    }
}

/// The platform's database work (SQLite, Argon2 hashes when seeding) on a blocking
/// thread, not on the async ones.
#[cfg(feature = "platform")]
pub(super) async fn off_runtime<T: Send + 'static>(
    what: &str,
    job: impl FnOnce() -> platform::Result<T> + Send + 'static,
) -> Result<T> {
    Ok(tokio::task::spawn_blocking(job)
        .await
        .map_err(|e| Error::other(format!("{what} failed"), e))??)
}

/// Never made: this build cannot start one (`never` has no value).
#[cfg(not(feature = "platform"))]
pub struct Embedded {
    pub url: String,
    pub apikey: String,
    pub secretkey: String,
    pub db: PathBuf,
    never: std::convert::Infallible,
}

#[cfg(not(feature = "platform"))]
impl Embedded {
    pub async fn start(_ui: &Ui) -> Result<Embedded> {
        Err(Error::NoPlatform("--sandbox (MONITIS_SANDBOX)"))
    }

    pub async fn shutdown(self) -> Result<()> {
        match self.never {}
    }
}

#[cfg(feature = "platform")]
/// The sandbox's errors as the CLI's: options it refused are usage errors (exit 2),
/// the rest plain errors (exit 1), with the same message.
impl From<platform::Error> for Error {
    fn from(err: platform::Error) -> Error {
        match err {
            platform::Error::Usage(message) => Error::Usage(message),
            platform::Error::Failed(failure) => Error::Failed(failure),
            other => Error::Failed(Failure::because(other.to_string(), other)),
        }
    }
}

#[cfg(all(test, feature = "platform"))]
mod tests {
    use super::*;

    #[test]
    fn sandbox_errors_keep_their_message_and_map_to_the_readme_exit_codes() {
        let usage: Error = platform::Error::Usage("--readers must be at least 1".into()).into();
        assert!(matches!(&usage, Error::Usage(m) if m == "--readers must be at least 1"));
        assert_eq!(usage.exit_code(), std::process::ExitCode::from(2));
        let io = std::io::Error::new(std::io::ErrorKind::AddrInUse, "address in use");
        let failed: Error = platform::Error::other("cannot listen on 127.0.0.1:1", io).into();
        assert_eq!(
            failed.to_string(),
            "cannot listen on 127.0.0.1:1: address in use"
        );
        let source = std::error::Error::source(&failed).expect("the cause is kept");
        assert_eq!(source.to_string(), "address in use");
        assert_eq!(failed.exit_code(), std::process::ExitCode::from(1));
    }
}
