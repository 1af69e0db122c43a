//! Completion scripts and man pages, all generated from the one clap tree. They are
//! committed under `completions/` and `man/`; `tests/assets.rs` fails when they are stale.

use std::io::Write;

use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;

/// The public command tree, as users see it: what is parsed, and what help, man pages
/// and completions show.
pub fn command() -> clap::Command {
    let mut cmd = super::fields::describe(Cli::command());
    cmd.build();
    cmd
}

/// The completion script for one shell.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command(), "monitis", &mut out);
    out
}

/// Where each shell's script is committed.
pub fn completion_file(shell: Shell) -> String {
    match shell {
        Shell::Bash => "monitis.bash".into(),
        Shell::Zsh => "_monitis".into(),
        Shell::Fish => "monitis.fish".into(),
        Shell::PowerShell => "_monitis.ps1".into(),
        Shell::Elvish => "monitis.elv".into(),
        other => format!("monitis.{other}"),
    }
}

/// Every generated file, by its path in the repository.
pub fn all() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ]
    .into_iter()
    .map(|shell| {
        (
            format!("completions/{}", completion_file(shell)),
            completion(shell),
        )
    })
    .collect();
    let mut pages = Vec::new();
    man_pages(&command(), &mut pages);
    files.extend(
        pages
            .into_iter()
            .map(|(name, page)| (format!("man/{name}"), page)),
    );
    files
}

/// `monitis.1` and one page per visible subcommand (`monitis-client-add.1`, ...).
fn man_pages(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    man.render(&mut page)
        .expect("rendering into memory cannot fail");
    page.extend_from_slice(COMMON_SECTIONS.as_bytes());
    out.push((man.get_filename(), page));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, out);
    }
}

/// The environment and exit codes, the same for every command.
const COMMON_SECTIONS: &str = r#".SH ENVIRONMENT
.TP
\fBMONITIS_API_KEY\fR, \fBMONITIS_SECRET_KEY\fR
Credentials for CI; they win over the saved profile.
.TP
\fBMONITIS_PROFILE\fR
Saved account to use (default: default).
.TP
\fBMONITIS_ENDPOINT\fR
API endpoint (default: https://api.monitis.com/api).
.TP
\fBMONITIS_AUTH_MODE\fR
token or checksum (default: token).
.TP
\fBMONITIS_OUTPUT\fR
Output format: table, json, ndjson, csv or tsv.
.TP
\fBMONITIS_SANDBOX\fR
1 to use the embedded local sandbox.
.TP
\fBMONITIS_SANDBOX_DB\fR
The embedded sandbox's database file (default: in the user's data folder).
.TP
\fBMONITIS_CONFIG_DIR\fR
Folder of config.toml (default: the OS config folder).
.TP
\fBNO_COLOR\fR
No colour when set.
.SH "EXIT STATUS"
.TP
\fB0\fR
Success.
.TP
\fB1\fR
Error: an API refusal, the network after retries, bad data.
.TP
\fB2\fR
Usage error: bad flags or arguments.
.TP
\fB3\fR
Partial failure: a bulk command did some items and not others; the per-item results are on stdout.
.TP
\fB4\fR
Not authenticated: no credentials, or the API refused them.
.TP
\fB5\fR
Only \fBrum rebalance \-\-apply \-\-fail\-on\-suspended\fR: every move was made, but RUM monitors stay suspended for pageviews (no order of their client has room).
"#;

/// Writes every file under `root` (the repository), for `UPDATE_ASSETS=1`.
pub fn write_all(root: &std::path::Path) -> std::io::Result<()> {
    for (path, contents) in all() {
        let path = root.join(path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::File::create(&path)?.write_all(&contents)?;
    }
    Ok(())
}
