//! The embedded sandbox behind `--sandbox`: a database in the user's data folder, seeded
//! with the demo on first use, whose first reseller the CLI acts as.

use std::path::{Path, PathBuf};

use super::{Error, Result};
use super::{InitOutput, init_db, store};

/// `MONITIS_SANDBOX_DB`, else `sandbox.db` in the OS data folder
/// (`~/.local/share/monitis` on Linux).
pub fn db_path() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("MONITIS_SANDBOX_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let dirs = directories::ProjectDirs::from("com", "monitis", "monitis").ok_or_else(|| {
        Error::Other("cannot find a home folder for the sandbox; set MONITIS_SANDBOX_DB".into())
    })?;
    Ok(dirs.data_dir().join("sandbox.db"))
}

/// The keys of the sandbox's first reseller, seeding the demo when the file is new.
pub fn open_or_seed(db: &Path) -> Result<InitOutput> {
    if !db.exists() {
        if let Some(dir) = db.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::other(format!("cannot create {}", dir.display()), e))?;
        }
        return init_db(db, true);
    }
    let conn = store::open(db)?;
    conn.query_row(
        "SELECT id, apikey, secretkey FROM resellers ORDER BY id LIMIT 1",
        [],
        |r| {
            Ok(InitOutput {
                reseller_id: r.get(0)?,
                apikey: r.get(1)?,
                secretkey: r.get(2)?,
            })
        },
    )
    .map_err(|e| {
        Error::Other(format!(
            "the sandbox database {} has no reseller ({e}); remove it to start afresh",
            db.display()
        ))
    })
}
