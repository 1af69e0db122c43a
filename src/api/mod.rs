//! The API client.
