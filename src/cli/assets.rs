//! Completion scripts and man pages, all generated from the one clap tree. They are
//! committed under `completions/` and `man/`; `tests/assets.rs` fails when they are stale.

use std::io::Write;

use clap_complete::Shell;

/// The public command tree, as users see it: what is parsed, and what help, man pages
/// and completions show.
pub fn command() -> clap::Command {
    command_in(clap::ColorChoice::Auto)
}

/// [`command`] with its colour choice, which must be set before the tree is built (the
/// build is what hands it down to the subcommands).
pub fn command_in(color: clap::ColorChoice) -> clap::Command {
    let mut cmd = super::fields::describe(super::help::command()).color(color);
    cmd.build();
    cmd
}

/// The completion script for one shell: it asks `monitis` itself for completions, so
/// that values from the platform (`--client <TAB>`) complete as well as the options.
pub fn completion(shell: Shell) -> Vec<u8> {
    super::complete::registration(shell)
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

/// `monitis.1` and one page per visible subcommand (`monitis-client-add.1`, ...): the
/// command's own options first, its examples, then the global options apart (in full on
/// `monitis.1`, by name on the others), the environment and the exit codes; the footer
/// names the command and the version.
fn man_pages(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) {
    let root = cmd.get_bin_name() == Some("monitis") || cmd.get_name() == "monitis";
    // A subcommand's copies of the global options are apart: out of its synopsis and
    // OPTIONS, named in GLOBAL OPTIONS.
    let own = if root {
        cmd.clone()
    } else {
        cmd.clone()
            .mut_args(|a| if a.is_global_set() { a.hide(true) } else { a })
    };
    let man = clap_mangen::Man::new(own.clone())
        .source(format!("monitis {}", env!("CARGO_PKG_VERSION")))
        .manual("Monitis Manual");
    let mut page = Vec::new();
    let rendered = (|| -> std::io::Result<()> {
        man.render_title(&mut page)?;
        man.render_name_section(&mut page)?;
        man.render_synopsis_section(&mut page)?;
        page.extend_from_slice(b"[\\fIGLOBAL OPTIONS\\fR]\n");
        man.render_description_section(&mut page)?;
        if own.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut page)?;
        }
        if own.has_subcommands() {
            man.render_subcommands_section(&mut page)?;
        }
        Ok(())
    })();
    rendered.expect("rendering into memory cannot fail");
    let after = cmd
        .get_after_help()
        .map(|h| h.to_string())
        .unwrap_or_default();
    let (notes, examples) = match after.split_once("Examples:\n") {
        Some((notes, examples)) => (notes, examples),
        None => (after.as_str(), ""),
    };
    // The one-line list of global options closes every help; the man page has its own.
    let examples = examples
        .split("\n\nGlobal options")
        .next()
        .unwrap_or_default();
    let notes = notes.split("Global options (").next().unwrap_or_default();
    if !notes.trim().is_empty() {
        page.extend_from_slice(format!(".SH NOTES\n{}\n", roff_text(notes.trim())).as_bytes());
    }
    if !examples.trim().is_empty() {
        page.extend_from_slice(
            format!(
                ".SH EXAMPLES\n.nf\n{}\n.fi\n",
                roff_text(examples.trim_end())
            )
            .as_bytes(),
        );
    }
    if !root {
        let globals: Vec<String> = cmd
            .get_arguments()
            .filter(|a| a.is_global_set() && !a.is_hide_set())
            .filter_map(|a| a.get_long().map(|l| format!("\\fB\\-\\-{l}\\fR")))
            .collect();
        page.extend_from_slice(
            format!(
                ".SH \"GLOBAL OPTIONS\"\n{}: see \\fBmonitis\\fR(1) or \\fBmonitis help global\\-options\\fR.\n",
                globals.join(", ")
            )
            .as_bytes(),
        );
    }
    page.extend_from_slice(common_sections().as_bytes());
    out.push((man.get_filename(), page));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, out);
    }
}

/// Plain text as roff: backslashes escaped, no line read as a request.
fn roff_text(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.replace('\\', "\\e").replace('-', "\\-");
            if line.starts_with('.') || line.starts_with('\'') {
                format!("\\&{line}")
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The environment and exit codes, the same for every command: the help topics' text.
fn common_sections() -> String {
    let mut text = String::from(".SH ENVIRONMENT\n");
    for (name, about) in super::help::ENVIRONMENT {
        text.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", name, roff_text(about)));
    }
    text.push_str(".SH \"EXIT STATUS\"\n");
    for (code, about) in super::help::EXIT_CODES {
        text.push_str(&format!(".TP\n\\fB{code}\\fR\n{}\n", roff_text(about)));
    }
    text
}

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
