//! The config folder and the owner-only file writer that `config.toml` and the
//! `--insecure-storage` secrets file share. A leaf: it knows neither format.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use monitis_core::failure::Failure;

/// The folder of `config.toml` (and, with `--insecure-storage`, the secrets file):
/// `MONITIS_CONFIG_DIR`, else the OS config folder (`~/.config/monitis` on Linux).
pub fn config_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("MONITIS_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("com", "monitis", "monitis")
        .map(|dirs| dirs.config_dir().to_path_buf())
        .ok_or_else(|| {
            Error::Io(Failure::msg(
                "cannot find a home folder for the config file; set MONITIS_CONFIG_DIR",
            ))
        })
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
