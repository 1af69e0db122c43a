pub mod cli;
pub mod hosted;
pub mod server;
pub mod skip;
