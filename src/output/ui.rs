//! Messages for people, on stderr: notes, warnings and `-v` logs.

use std::io::IsTerminal;

#[derive(Debug, Clone)]
pub struct Ui {
    /// -1 with `--quiet`, 0 by default, +1 per `-v`.
    pub verbosity: i8,
    pub color: bool,
    /// stderr is a terminal: progress bars and prompts may be shown.
    pub terminal: bool,
    /// The width messages wrap to, at words (COLUMNS, else the terminal's).
    pub width: Option<usize>,
}

/// Colour unless NO_COLOR is set to anything (no-color.org).
pub(crate) fn color_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

impl Ui {
    pub fn new(quiet: bool, verbose: u8, no_color: bool) -> Ui {
        let terminal = std::io::stderr().is_terminal();
        Ui {
            verbosity: if quiet { -1 } else { verbose.min(3) as i8 },
            color: terminal && !no_color && color_wanted(),
            terminal,
            width: super::width(terminal),
        }
    }

    /// `message` after `label` (coloured on a terminal), wrapped at words to the width.
    fn labelled(&self, label: &str, code: &str, message: impl std::fmt::Display) -> String {
        let text = super::table::wrap_words(&format!("{label}{message}"), self.width);
        match text.strip_prefix(label) {
            Some(rest) if self.color && !label.is_empty() => {
                format!("\x1b[{code}m{}\x1b[0m {}", label.trim_end(), rest)
            }
            _ => text,
        }
    }

    /// What a command did, for people; silenced by `--quiet`.
    pub fn note(&self, message: impl std::fmt::Display) {
        if self.verbosity >= 0 {
            eprintln!("{}", self.labelled("", "", message));
        }
    }

    pub fn warn(&self, message: impl std::fmt::Display) {
        eprintln!("{}", self.labelled("warning: ", "33", message));
    }

    /// A log line shown from `-v` (level 1) or `-vv` (level 2) on.
    pub fn log(&self, level: i8, message: impl std::fmt::Display) {
        if self.verbosity >= level {
            eprintln!("{message}");
        }
    }

    pub fn error(&self, message: impl std::fmt::Display) {
        eprintln!("{}", self.labelled("error: ", "31", message));
    }
}
