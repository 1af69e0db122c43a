//! `bare-clap --version`: what clap alone costs at start-up (bench/run.sh).

use clap::Parser;

#[derive(Parser)]
#[command(version)]
struct Cli {}

fn main() {
    Cli::parse();
}
