pub mod cli;
pub mod server;
pub mod skip;
