//! Shell completion through clap's dynamic engine: the shell asks the `monitis` binary
//! (`COMPLETE=bash monitis -- ...`), so values that live on the platform complete too
//! (`candidates.rs`).

use std::ffi::OsString;
use std::path::Path;

use clap_complete::engine::CompletionCandidate;
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Shells, Zsh};

/// The variable through which a shell asks for completions.
pub const VAR: &str = "COMPLETE";

/// Answers the shell when it asks (`COMPLETE` is set), and then exits.
pub fn answer_shell() {
    clap_complete::CompleteEnv::with_factory(super::help::command)
        .var(VAR)
        .shells(Shells(&[
            &Visible(&Bash),
            &Visible(&Elvish),
            &Visible(&Fish),
            &Visible(&Powershell),
            &Visible(&Zsh),
        ]))
        .complete();
}

/// A shell's completer that never offers a hidden option. clap's engine offers hidden
/// candidates when the typed prefix matches no visible one (`sandbox serve --j` would
/// get the `--jq` that means nothing there); then this answers nothing instead.
struct Visible(&'static dyn EnvCompleter);

impl EnvCompleter for Visible {
    fn name(&self) -> &'static str {
        self.0.name()
    }

    fn is(&self, name: &str) -> bool {
        self.0.is(name)
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        self.0.write_registration(var, name, bin, completer, buf)
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        if only_hidden(cmd, &args, current_dir)? {
            return Ok(());
        }
        self.0.write_complete(cmd, args, current_dir, buf)
    }
}

/// Whether what clap would offer for the word being completed is hidden options alone.
/// Only an option name (`-…` without `=`) can be one, so values (which may ask the
/// platform, as `--client` does) are never completed twice.
fn only_hidden(
    cmd: &clap::Command,
    args: &[OsString],
    current_dir: Option<&Path>,
) -> std::io::Result<bool> {
    // bash and zsh say which word is completed; the other shells complete the last one.
    let index = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse().ok())
        .unwrap_or(args.len().saturating_sub(1));
    let word = args
        .get(index)
        .map(|w| w.to_string_lossy())
        .unwrap_or_default();
    if !word.starts_with('-') || word.contains('=') {
        return Ok(false);
    }
    let offered =
        clap_complete::engine::complete(&mut cmd.clone(), args.to_vec(), index, current_dir)?;
    Ok(!offered.is_empty() && offered.iter().all(CompletionCandidate::is_hide_set))
}

/// The script a shell sources to ask `monitis` for completions.
pub fn registration(shell: clap_complete::Shell) -> Vec<u8> {
    let completer: &dyn EnvCompleter = match shell {
        clap_complete::Shell::Bash => &clap_complete::env::Bash,
        clap_complete::Shell::Zsh => &clap_complete::env::Zsh,
        clap_complete::Shell::Fish => &clap_complete::env::Fish,
        clap_complete::Shell::PowerShell => &clap_complete::env::Powershell,
        _ => &clap_complete::env::Elvish,
    };
    let mut out = Vec::new();
    completer
        .write_registration(VAR, "monitis", "monitis", "monitis", &mut out)
        .expect("writing into memory cannot fail");
    out
}
