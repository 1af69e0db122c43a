//! The service catalog.

use super::Refusal;
use crate::protocol::codes::ErrorCode;
use crate::protocol::model::{Service, ServiceKind};

/// The reseller's catalog: (code, name, kind, unit). Monitor types share their codes.
const CATALOG: [(&str, &str, ServiceKind, &str); 11] = [
    (
        "external",
        "Uptime monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "transaction",
        "Transaction monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "fullPageLoad",
        "Full page load monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "internal",
        "Internal (agent) monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "rum",
        "Real User Monitoring monitors",
        ServiceKind::Package,
        "monitors",
    ),
    (
        "rumPageviews",
        "RUM pageviews",
        ServiceKind::Package,
        "pageviews per cycle",
    ),
    ("sms", "SMS alerts", ServiceKind::Package, "SMS per cycle"),
    ("loadTester", "Load tester", ServiceKind::OneTime, "tests"),
    (
        "vulnerabilityScan",
        "Vulnerability scan",
        ServiceKind::OneTime,
        "scans",
    ),
    (
        "traceroute",
        "Traceroute",
        ServiceKind::OneTime,
        "traceroutes",
    ),
    (
        "additionalSms",
        "Additional SMS",
        ServiceKind::OneTime,
        "SMS",
    ),
];

pub fn catalog() -> Vec<Service> {
    CATALOG
        .iter()
        .map(|&(code, name, kind, unit)| Service {
            code: code.to_string(),
            name: name.to_string(),
            kind,
            unit: unit.to_string(),
        })
        .collect()
}

/// The catalog entry of `code`, or errorCode 5 naming the code.
pub fn service(code: &str) -> Result<Service, Refusal> {
    catalog()
        .into_iter()
        .find(|s| s.code == code)
        .ok_or_else(|| Refusal::new(ErrorCode::NotFound, format!("no such service: {code}")))
}

/// The features a client's dashboard shows active or inactive (R4, R5). Pageviews are
/// part of the `rum` feature rather than one of their own.
pub const FEATURES: [&str; 6] = [
    "external",
    "transaction",
    "fullPageLoad",
    "internal",
    "rum",
    "sms",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_has_the_required_codes() {
        let codes: Vec<String> = catalog().into_iter().map(|s| s.code).collect();
        for code in [
            "external",
            "transaction",
            "fullPageLoad",
            "internal",
            "rum",
            "rumPageviews",
            "sms",
        ] {
            assert_eq!(service(code).unwrap().kind, ServiceKind::Package, "{code}");
        }
        for code in [
            "loadTester",
            "vulnerabilityScan",
            "traceroute",
            "additionalSms",
        ] {
            assert_eq!(service(code).unwrap().kind, ServiceKind::OneTime, "{code}");
        }
        assert_eq!(codes.len(), 11);
        assert_eq!(service("gold").unwrap_err().code, ErrorCode::NotFound);
    }
}
