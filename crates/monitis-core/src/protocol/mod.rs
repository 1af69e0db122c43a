//! The hosted API's wire protocol, shared by the CLI's HTTP client and the platform's
//! server: request signing, error codes and the JSON objects.

pub mod catalog;
pub mod codes;
pub mod model;
pub mod sign;

/// The protocol version every request carries.
pub const VERSION: &str = "3";

/// Format of `timestamp` in checksum mode and of times in responses (UTC).
pub const TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// Format of dates (order start and end dates, billing cycle starts).
pub const DATE_FORMAT: &str = "%Y-%m-%d";

/// The exact R1 refusal text.
pub const SUSPENDED_MESSAGE: &str = "The account is suspended. Please contact your provider.";

/// Whether a string is shaped like an apikey (26 upper-case letters and digits).
pub fn is_apikey(text: &str) -> bool {
    text.len() == 26
        && text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apikeys_are_recognised_by_shape() {
        assert!(is_apikey("ABCDEFGHIJKLMNOPQRSTUVWXY1"));
        assert!(!is_apikey("ABCDEFGHIJKLMNOPQRSTUVWXYz"));
        assert!(!is_apikey("ann@example.com"));
        assert!(!is_apikey("42"));
    }
}
