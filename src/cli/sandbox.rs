//! `monitis sandbox ...`

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {}

pub fn run(cmd: SandboxCommand) -> crate::error::Result<()> {
    match cmd {}
}
