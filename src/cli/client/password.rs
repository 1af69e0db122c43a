//! Where a client's password comes from: stdin, a file, or a hidden prompt; never an
//! option value, where it would show in `ps` and in shell history.

use std::path::PathBuf;

use clap::Args;

use crate::api::Secret;
use crate::cli::input;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct PasswordSource {
    /// Read the password from stdin (one line)
    #[arg(long, conflicts_with = "password_file")]
    pub password_stdin: bool,
    /// Read the password from a file (one line)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub password_file: Option<PathBuf>,
}

impl PasswordSource {
    /// The password from stdin or the file, if either was given.
    pub fn read(&self) -> Result<Option<Secret>> {
        if self.password_stdin {
            return input::stdin_secret().map(Some);
        }
        let Some(path) = &self.password_file else {
            return Ok(None);
        };
        let text = input::blocking(|| std::fs::read_to_string(path)).map_err(|e| {
            Error::Usage(format!(
                "cannot read the password file {}: {e}",
                path.display()
            ))
        })?;
        input::one_line(text, &path.display().to_string()).map(Some)
    }
}

/// A new password from a hidden prompt, asked twice; without a terminal the error names
/// the options that give it instead.
pub fn prompt_new() -> Result<Secret> {
    const INSTEAD: &str = "give --password-stdin or --password-file FILE";
    let first = input::hidden("New password: ", INSTEAD)?;
    if input::hidden("Again: ", INSTEAD)? != first {
        return Err(Error::Usage(
            "the two passwords differ; nothing was changed".into(),
        ));
    }
    Ok(first)
}
