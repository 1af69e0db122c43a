//! The sandbox: a local reseller API server on SQLite.
