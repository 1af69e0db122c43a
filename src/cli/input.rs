//! Input: asking people at a terminal, and reading secrets and bulk input from stdin or
//! files. Without a terminal nothing is asked: the error names the option or variable
//! that answers instead. Nor is bulk input awaited from a terminal.
//!
//! Commands run on the async runtime, and the embedded sandbox serves on it too: a read
//! that waits on a person or a pipe goes through [`blocking`], so the worker it parks
//! hands its other tasks on first.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

use crate::api::Secret;
use crate::error::{Error, Result};

/// Runs a read that may wait (a prompt, stdin, a file): on the CLI's multi-threaded runtime
/// through `block_in_place`, which moves the worker's other tasks to another thread before
/// it blocks; elsewhere (a unit test, the completion runtime) as it is.
pub fn blocking<T>(read: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(read)
        }
        _ => read(),
    }
}

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
    blocking(|| std::io::stdin().lock().read_line(&mut line))
        .map_err(|e| Error::other("cannot read the answer", e))?;
    Ok(line.trim().to_string())
}

/// A secret typed at the terminal without echo.
pub fn hidden(prompt: &str, instead: &str) -> Result<Secret> {
    require_terminal(instead)?;
    let text = blocking(|| rpassword::prompt_password(prompt))
        .map_err(|e| Error::other("cannot read the prompt", e))?;
    one_line(text, "the prompt")
}

/// A secret from stdin (one line).
pub fn stdin_secret() -> Result<Secret> {
    let mut text = String::new();
    blocking(|| std::io::stdin().read_to_string(&mut text))
        .map_err(|e| Error::other("cannot read stdin", e))?;
    one_line(text, "stdin")
}

/// The longest line bulk input may have: a CSV row or a JSON line is far shorter, and the
/// compact JSON array of 100,000 ids (`jq -c`) fits.
pub const MAX_LINE: usize = 1024 * 1024;
/// The most bulk input read: the pretty JSON of 100,000 monitors fits.
pub const MAX_INPUT: u64 = 64 * 1024 * 1024;
/// The most items (monitor ids, client rows) one bulk command takes.
pub const MAX_ITEMS: usize = 100_000;

/// Bulk input read as a stream, a line at a time, within [`MAX_LINE`] and [`MAX_INPUT`]:
/// an endless or huge stream is refused early, in little memory, and a bad line is quoted
/// by a short prefix only.
pub struct Input {
    reader: Box<dyn BufRead>,
    name: String,
    line: usize,
    read: u64,
}

impl Input {
    /// A file, or stdin for `-` or no file. Stdin that is a terminal is refused rather
    /// than waited on: `hint` says how to give the input instead.
    pub fn open(file: Option<&Path>, hint: &str) -> Result<Input> {
        match file {
            Some(path) if path.as_os_str() != "-" => {
                let file = std::fs::File::open(path)
                    .map_err(|e| Error::Usage(format!("cannot read {}: {e}", path.display())))?;
                Ok(Input::new(
                    std::io::BufReader::new(file),
                    &path.display().to_string(),
                ))
            }
            _ => {
                let stdin = std::io::stdin();
                if stdin.is_terminal() {
                    return Err(Error::Usage(format!(
                        "the input is read from stdin, which is a terminal: {hint}"
                    )));
                }
                Ok(Input::new(stdin.lock(), "stdin"))
            }
        }
    }

    pub fn new(reader: impl BufRead + 'static, name: &str) -> Input {
        Input {
            reader: Box::new(reader),
            name: name.to_string(),
            line: 0,
            read: 0,
        }
    }

    /// Where the input comes from, for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The number of the line [`Input::next_line`] returned last (from 1).
    pub fn line_number(&self) -> usize {
        self.line
    }

    /// The next line without its ending; `None` at the end.
    pub fn next_line(&mut self) -> Result<Option<String>> {
        let mut buf = Vec::new();
        let limit = (MAX_LINE + 2) as u64;
        let n = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::Usage(format!("cannot read {}: {e}", self.name)))?;
        if n == 0 {
            return Ok(None);
        }
        self.line += 1;
        self.read += n as u64;
        if self.read > MAX_INPUT {
            return Err(Error::Usage(format!(
                "{} is larger than {} MiB, the most a bulk command reads: split it and run once per part",
                self.name,
                MAX_INPUT >> 20
            )));
        }
        if buf.ends_with(b"\n") {
            buf.pop();
            if buf.ends_with(b"\r") {
                buf.pop();
            }
        }
        if buf.len() > MAX_LINE {
            return Err(Error::Usage(format!(
                "{} line {} is longer than {} MiB, the longest line a bulk command takes; it starts {}",
                self.name,
                self.line,
                MAX_LINE >> 20,
                prefix(&String::from_utf8_lossy(&buf[..MAX_LINE.min(buf.len())]))
            )));
        }
        String::from_utf8(buf).map(Some).map_err(|_| {
            Error::Usage(format!(
                "{} line {} is not valid UTF-8",
                self.name, self.line
            ))
        })
    }

    /// The rest of the input as text, at most `max_lines` lines of it.
    pub fn text(mut self, max_lines: usize) -> Result<String> {
        let mut text = String::new();
        while let Some(line) = self.next_line()? {
            if self.line > max_lines {
                return Err(Error::Usage(format!(
                    "{} has more than {max_lines} lines, the most this command takes: split it and run once per part",
                    self.name
                )));
            }
            text.push_str(&line);
            text.push('\n');
        }
        Ok(text)
    }
}

/// A bad input line as quoted in a message: its first 40 characters.
pub fn prefix(line: &str) -> String {
    const SHOWN: usize = 40;
    let (head, cut) = monitis_core::text::head(line, SHOWN);
    format!("{head:?}{}", if cut { "…" } else { "" })
}

/// The text of a file, or of stdin for `-` or no file, as [`Input::text`] reads it:
/// a header and [`MAX_ITEMS`] rows at most.
pub fn file_or_stdin(file: Option<&Path>, hint: &str) -> Result<String> {
    blocking(|| Input::open(file, hint)?.text(MAX_ITEMS + 1))
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

    fn input(text: &str) -> Input {
        Input::new(std::io::Cursor::new(text.as_bytes().to_vec()), "stdin")
    }

    #[test]
    fn lines_come_without_their_endings_and_are_numbered() {
        let mut i = input("a\r\nb\n\nc");
        let mut seen = Vec::new();
        while let Some(line) = i.next_line().unwrap() {
            seen.push((i.line_number(), line));
        }
        let want = [(1, "a"), (2, "b"), (3, ""), (4, "c")].map(|(n, l)| (n, l.to_string()));
        assert_eq!(seen, want);
        assert_eq!(input("x\ny\n").text(2).unwrap(), "x\ny\n");
        let err = input("x\ny\nz\n").text(2).unwrap_err();
        assert!(err.to_string().contains("more than 2 lines"), "{err}");
    }

    #[test]
    fn a_long_line_is_refused_and_quoted_by_a_short_prefix() {
        let long = format!("{}\n", "6".repeat(MAX_LINE + 1));
        let err = input(&format!("1\n{long}"))
            .text(10)
            .unwrap_err()
            .to_string();
        assert!(err.contains("stdin line 2 is longer than 1 MiB"), "{err}");
        assert!(err.contains(&format!("\"{}\"…", "6".repeat(40))), "{err}");
        assert!(err.len() < 200, "{err}");
        // A line of exactly the limit is taken.
        let fits = "6".repeat(MAX_LINE);
        assert_eq!(input(&fits).text(1).unwrap(), format!("{fits}\n"));
        let mut bad = Input::new(std::io::Cursor::new(vec![b'o', 0xff, b'\n']), "f.csv");
        let err = bad.next_line().unwrap_err().to_string();
        assert_eq!(err, "f.csv line 1 is not valid UTF-8");
    }
}
