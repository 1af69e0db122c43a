//! `monitis sandbox ...`
//!
//! `run` is called on the CLI's tokio runtime (multi-thread): `serve` should run its
//! server on it (no nested runtime). Commands return an `Outcome` (usually
//! `Output::record(json, &[...])`, `.into()`) for the output layer instead of printing;
//! `serve` prints its endpoint line itself, as the first stdout line, since it must appear
//! before the command ends.

use clap::Subcommand;

use super::{Context, Outcome};
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {}

pub async fn run(_ctx: &Context, cmd: SandboxCommand) -> Result<Outcome> {
    match cmd {}
}
