pub mod cli;
pub mod sdk;
pub mod server;
pub mod skip;
