//! The API's error codes (`errorCode`) and the HTTP status each is sent with.
//! Codes 4 and 17 are the hosted API's; the others are this project's (docs/protocol.md).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "u32", try_from = "u32")]
pub enum ErrorCode {
    BadParameter,
    AuthFailed,
    StaleTimestamp,
    TokenInvalid,
    NotFound,
    AccountSuspended,
    ClientForbidden,
    ManagedReadOnly,
    MoveRefused,
    UnknownAction,
    WrongMethod,
    BodyTooLarge,
    Unavailable,
    Internal,
    ResellerForbidden,
    BadLogin,
    AlreadyExists,
    TooManyAttempts,
    Replayed,
    Busy,
    TimeBudget,
    SlowRequest,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 22] = [
        Self::BadParameter,
        Self::AuthFailed,
        Self::StaleTimestamp,
        Self::TokenInvalid,
        Self::NotFound,
        Self::AccountSuspended,
        Self::ClientForbidden,
        Self::ManagedReadOnly,
        Self::MoveRefused,
        Self::UnknownAction,
        Self::WrongMethod,
        Self::BodyTooLarge,
        Self::Unavailable,
        Self::Internal,
        Self::ResellerForbidden,
        Self::BadLogin,
        Self::AlreadyExists,
        Self::TooManyAttempts,
        Self::Replayed,
        Self::Busy,
        Self::TimeBudget,
        Self::SlowRequest,
    ];

    pub fn number(self) -> u32 {
        match self {
            Self::BadParameter => 1,
            Self::AuthFailed => 2,
            Self::StaleTimestamp => 3,
            Self::TokenInvalid => 4,
            Self::NotFound => 5,
            Self::AccountSuspended => 6,
            Self::ClientForbidden => 7,
            Self::ManagedReadOnly => 8,
            Self::MoveRefused => 9,
            Self::UnknownAction => 10,
            Self::WrongMethod => 11,
            Self::BodyTooLarge => 12,
            Self::Unavailable => 13,
            Self::Internal => 14,
            Self::ResellerForbidden => 15,
            Self::BadLogin => 16,
            Self::AlreadyExists => 17,
            Self::TooManyAttempts => 18,
            Self::Replayed => 19,
            Self::Busy => 20,
            Self::TimeBudget => 21,
            Self::SlowRequest => 22,
        }
    }

    pub fn http_status(self) -> u16 {
        match self {
            Self::BadParameter | Self::UnknownAction => 400,
            Self::AuthFailed | Self::StaleTimestamp | Self::TokenInvalid | Self::BadLogin => 401,
            Self::AccountSuspended
            | Self::ClientForbidden
            | Self::ManagedReadOnly
            | Self::ResellerForbidden => 403,
            Self::NotFound => 404,
            Self::WrongMethod => 405,
            Self::MoveRefused | Self::AlreadyExists | Self::Replayed => 409,
            Self::SlowRequest => 408,
            Self::TooManyAttempts => 429,
            Self::BodyTooLarge => 413,
            Self::Internal => 500,
            Self::Unavailable | Self::Busy | Self::TimeBudget => 503,
        }
    }

    /// Whether the code means the credentials themselves were refused (CLI exit code 4).
    pub fn is_auth(self) -> bool {
        matches!(
            self,
            Self::AuthFailed | Self::StaleTimestamp | Self::TokenInvalid | Self::BadLogin
        )
    }
}

impl From<ErrorCode> for u32 {
    fn from(code: ErrorCode) -> u32 {
        code.number()
    }
}

impl TryFrom<u32> for ErrorCode {
    type Error = String;
    fn try_from(n: u32) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|c| c.number() == n)
            .ok_or_else(|| format!("unknown errorCode {n}"))
    }
}

/// An `errorCode` as an answer carried it: one of ours by name, or a number this build does
/// not know (the hosted API's other codes), kept so it can still be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiCode {
    Known(ErrorCode),
    Unknown(u32),
}

impl ApiCode {
    pub fn number(self) -> u32 {
        match self {
            Self::Known(code) => code.number(),
            Self::Unknown(n) => n,
        }
    }
}

impl From<u32> for ApiCode {
    fn from(n: u32) -> ApiCode {
        ErrorCode::try_from(n).map_or(Self::Unknown(n), Self::Known)
    }
}

impl From<ErrorCode> for ApiCode {
    fn from(code: ErrorCode) -> ApiCode {
        Self::Known(code)
    }
}

impl PartialEq<ErrorCode> for ApiCode {
    fn eq(&self, other: &ErrorCode) -> bool {
        *self == Self::Known(*other)
    }
}

impl std::fmt::Display for ApiCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.number())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_hosted_codes_are_kept() {
        for code in ErrorCode::ALL {
            assert_eq!(ErrorCode::try_from(code.number()), Ok(code));
        }
        assert_eq!(ErrorCode::TokenInvalid.number(), 4);
        assert_eq!(ErrorCode::AlreadyExists.number(), 17);
        assert!(ErrorCode::try_from(99).is_err());
    }

    #[test]
    fn an_answer_keeps_a_code_it_does_not_know() {
        assert_eq!(ApiCode::from(7), ApiCode::Known(ErrorCode::ClientForbidden));
        assert_eq!(ApiCode::from(7), ErrorCode::ClientForbidden);
        assert_eq!(ApiCode::from(99), ApiCode::Unknown(99));
        assert_eq!(ApiCode::from(99).to_string(), "99");
        assert_ne!(ApiCode::from(99), ErrorCode::NotFound);
    }
}
