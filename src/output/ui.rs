//! Messages for people, on stderr: notes, warnings and `-v` logs.

use std::io::IsTerminal;

#[derive(Debug, Clone)]
pub struct Ui {
    /// -1 with `--quiet`, 0 by default, +1 per `-v`.
    pub verbosity: i8,
    pub color: bool,
    /// stderr is a terminal: progress bars and prompts may be shown.
    pub terminal: bool,
}

impl Ui {
    pub fn new(quiet: bool, verbose: u8, no_color: bool) -> Ui {
        let terminal = std::io::stderr().is_terminal();
        Ui {
            verbosity: if quiet { -1 } else { verbose.min(3) as i8 },
            color: terminal
                && !no_color
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            terminal,
        }
    }

    /// What a command did, for people; silenced by `--quiet`.
    pub fn note(&self, message: impl std::fmt::Display) {
        if self.verbosity >= 0 {
            eprintln!("{message}");
        }
    }

    pub fn warn(&self, message: impl std::fmt::Display) {
        if self.color {
            eprintln!("\x1b[33mwarning:\x1b[0m {message}");
        } else {
            eprintln!("warning: {message}");
        }
    }

    /// A log line shown from `-v` (level 1) or `-vv` (level 2) on.
    pub fn log(&self, level: i8, message: impl std::fmt::Display) {
        if self.verbosity >= level {
            eprintln!("{message}");
        }
    }

    pub fn error(&self, message: impl std::fmt::Display) {
        if self.color {
            eprintln!("\x1b[31merror:\x1b[0m {message}");
        } else {
            eprintln!("error: {message}");
        }
    }
}
