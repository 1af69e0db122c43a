//! Input: asking people at a terminal, and reading secrets and bulk input from stdin or
//! files. Without a terminal nothing is asked: the error names the option or variable
//! that answers instead. Nor is bulk input awaited from a terminal.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

use crate::api::Secret;
use crate::error::{Error, Result};

/// Whether there is a person to ask: stdin and stderr are both a terminal.
pub fn terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn require_terminal(instead: &str) -> Result<()> {
    if terminal() {
        Ok(())
    } else {
        Err(Error::Usage(format!("no terminal to ask on: {instead}")))
    }
}

/// One visible line typed at the terminal.
pub fn line(prompt: &str, instead: &str) -> Result<String> {
    require_terminal(instead)?;
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::other("cannot read the answer", e))?;
    Ok(line.trim().to_string())
}

/// A secret typed at the terminal without echo.
pub fn hidden(prompt: &str, instead: &str) -> Result<Secret> {
    require_terminal(instead)?;
    let text = rpassword::prompt_password(prompt)
        .map_err(|e| Error::other("cannot read the prompt", e))?;
    one_line(text, "the prompt")
}

/// A secret from stdin (one line).
pub fn stdin_secret() -> Result<Secret> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::other("cannot read stdin", e))?;
    one_line(text, "stdin")
}

/// The text of a file, or of stdin for `-` or no file. Stdin that is a terminal is
/// refused rather than waited on: `hint` says how to give the input instead.
pub fn file_or_stdin(file: Option<&Path>, hint: &str) -> Result<String> {
    match file {
        Some(path) if path.as_os_str() != "-" => std::fs::read_to_string(path)
            .map_err(|e| Error::Usage(format!("cannot read {}: {e}", path.display()))),
        _ => {
            let mut stdin = std::io::stdin();
            if stdin.is_terminal() {
                return Err(Error::Usage(format!(
                    "the input is read from stdin, which is a terminal: {hint}"
                )));
            }
            let mut text = String::new();
            stdin
                .read_to_string(&mut text)
                .map_err(|e| Error::Usage(format!("cannot read stdin: {e}")))?;
            Ok(text)
        }
    }
}

/// A secret is one line; the line ending that `echo` or an editor adds is not part of it.
pub fn one_line(mut text: String, from: &str) -> Result<Secret> {
    let end = text.trim_end_matches(['\r', '\n']).len();
    text.truncate(end);
    if text.is_empty() {
        return Err(Error::Usage(format!("the secret from {from} is empty")));
    }
    if text.contains('\n') {
        return Err(Error::Usage(format!(
            "the secret from {from} has more than one line; give one line"
        )));
    }
    Ok(Secret::new(text))
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
