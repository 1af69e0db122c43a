//! Where a client's password comes from: stdin, a file, or a hidden prompt; never an
//! option value, where it would show in `ps` and in shell history.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use clap::Args;

use crate::api::Secret;
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
        let (text, from) = if self.password_stdin {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::other("cannot read the password from stdin", e))?;
            (text, "stdin".to_string())
        } else if let Some(path) = &self.password_file {
            let text = std::fs::read_to_string(path).map_err(|e| {
                Error::Usage(format!(
                    "cannot read the password file {}: {e}",
                    path.display()
                ))
            })?;
            (text, path.display().to_string())
        } else {
            return Ok(None);
        };
        one_line(text, &from).map(Some)
    }
}

/// A password is one line; the line ending that `echo` or an editor adds is not part of it.
fn one_line(mut text: String, from: &str) -> Result<Secret> {
    let end = text.trim_end_matches(['\r', '\n']).len();
    text.truncate(end);
    if text.is_empty() {
        return Err(Error::Usage(format!("the password from {from} is empty")));
    }
    if text.contains('\n') {
        return Err(Error::Usage(format!(
            "the password from {from} has more than one line; give one line"
        )));
    }
    Ok(Secret::new(text))
}

/// A new password from a hidden prompt, asked twice; without a terminal the error names
/// the options that give it instead.
pub fn prompt_new() -> Result<Secret> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::Usage(
            "no terminal to ask for the password on: give --password-stdin or --password-file FILE"
                .into(),
        ));
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt).map_err(|e| Error::other("cannot read the password", e))
    };
    let first = ask("New password: ")?;
    if ask("Again: ")? != first {
        return Err(Error::Usage(
            "the two passwords differ; nothing was changed".into(),
        ));
    }
    one_line(first, "the prompt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_drops_the_line_ending_only() {
        assert_eq!(
            one_line("s3cret \n".into(), "x").unwrap().expose(),
            "s3cret "
        );
        assert_eq!(
            one_line("s3cret\r\n".into(), "x").unwrap().expose(),
            "s3cret"
        );
        assert!(matches!(one_line("\n".into(), "x"), Err(Error::Usage(_))));
        assert!(
            matches!(one_line("pw1\npw2\n".into(), "x"), Err(Error::Usage(m)) if m.contains("more than one line") && !m.contains("pw"))
        );
    }
}
