//! Checksum (HMAC-SHA1) signing of request parameters, and the hex digests a password
//! is sent as (`apikey`: SHA-256 from this CLI, MD5 from the hosted service's clients).

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

/// Lower-case hex of the SHA-256 of `input`.
pub fn sha256_hex(input: &str) -> String {
    hex(&Sha256::digest(input.as_bytes()))
}

/// Lower-case hex of the MD5 of `input`.
pub fn md5_hex(input: &str) -> String {
    hex(&md5::Md5::digest(input.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The string that is signed: every parameter except `checksum`, sorted by name in byte
/// order, concatenated as `name1value1name2value2...` with raw (not URL-encoded) values.
pub fn signing_string<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut pairs: Vec<(&str, &str)> = params
        .into_iter()
        .filter(|(name, _)| *name != "checksum")
        .collect();
    pairs.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    pairs.iter().fold(String::new(), |mut out, (name, value)| {
        out.push_str(name);
        out.push_str(value);
        out
    })
}

/// Every parameter name the platform acts on (docs/protocol.md): the names a request could
/// be made to carry by cutting a signed value in two ([`hidden_parameter`]).
pub const PARAMETER_NAMES: [&str; 145] = [
    "account",
    "action",
    "active",
    "activeFlag",
    "additionalResultParams",
    "additionalResults",
    "agentId",
    "agentIds",
    "agentName",
    "apikey",
    "authToken",
    "billingCycle",
    "checkInterval",
    "checksum",
    "checktime",
    "clientAPIKey",
    "clientApiKey",
    "clientApikey",
    "clientId",
    "code",
    "column",
    "columnCount",
    "comparingMethod",
    "confirmContact",
    "confirmationKey",
    "contactGroup",
    "contactGroupId",
    "contactGroupIds",
    "contactId",
    "contactIds",
    "contactType",
    "contanct",
    "continuousAlerts",
    "count",
    "country",
    "customUserAgentId",
    "dataModuleId",
    "dateFrom",
    "dateTimeFrom",
    "dateTimeTo",
    "dateTo",
    "day",
    "deleteMonitors",
    "email",
    "endDate",
    "excludeHidden",
    "failureCount",
    "firstName",
    "gracePeriod",
    "group",
    "groupId",
    "groupName",
    "guiStyle",
    "height",
    "interval",
    "intervalType",
    "isExcludeHidden",
    "jobId",
    "jobIds",
    "jobPollingInterval",
    "key",
    "keys",
    "lastJobId",
    "lastName",
    "limit",
    "loadMonitors",
    "loadParametrs",
    "loadParams",
    "loadTest",
    "loadTests",
    "loadUserPlan",
    "locationIds",
    "locationsIds",
    "logoUrl",
    "m_type",
    "maintenanceIds",
    "managed",
    "minFailedLocationCount",
    "moduleName",
    "moduleType",
    "monitorId",
    "monitorIds",
    "monitorParams",
    "monitorType",
    "month",
    "multiValue",
    "name",
    "newName",
    "nonce",
    "notificationRuleIds",
    "notifyBackup",
    "oldName",
    "orderId",
    "output",
    "pageId",
    "pageModuleId",
    "pageName",
    "pageNames",
    "paid",
    "paramName",
    "paramValue",
    "params",
    "password",
    "pending",
    "period",
    "periodicity",
    "portable",
    "quantity",
    "responseSLA",
    "resultParams",
    "results",
    "row",
    "secretkey",
    "sendDailyReport",
    "sendMonthlyReport",
    "sendWeeklyReport",
    "services",
    "startDate",
    "status",
    "supportEmail",
    "supportPhone",
    "supportUrl",
    "tag",
    "testId",
    "testIds",
    "textAlerts",
    "textType",
    "timeFrom",
    "timeTo",
    "timeformat",
    "timeout",
    "timestamp",
    "timezone",
    "timezoneoffset",
    "title",
    "type",
    "uptimeSLA",
    "url",
    "userId",
    "userName",
    "validation",
    "version",
    "weekdayFrom",
    "weekdayTo",
    "year",
];

/// Where the signing string of `params` also signs another request that sets one more
/// parameter (docs/protocol.md, "Checksum boundaries"). Names and values are joined with
/// nothing between them, so a value that holds a parameter's name can be cut there in
/// two: `supportPhone=AsupportUrlhttps://x` is signed as `supportPhone=A` with
/// `supportUrl=https://x` is. The cut keeps the order the server signs in only for a name
/// that sorts between the parameter holding it and the next one (and so is not sent);
/// returns the first such parameter and the name its value holds.
pub fn hidden_parameter<'a>(params: &[(&'a str, &'a str)]) -> Option<(&'a str, &'static str)> {
    let mut pairs: Vec<(&str, &str)> = params
        .iter()
        .copied()
        .filter(|(name, _)| *name != "checksum")
        .collect();
    pairs.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    pairs.iter().enumerate().find_map(|(i, (name, value))| {
        let next = pairs.get(i + 1).map(|(next, _)| next.as_bytes());
        PARAMETER_NAMES
            .iter()
            .find(|known| {
                known.as_bytes() > name.as_bytes()
                    && next.is_none_or(|next| known.as_bytes() < next)
                    && value.contains(*known)
            })
            .map(|known| (*name, *known))
    })
}

/// The `checksum` value: Base64 (standard, padded) of HMAC-SHA1 over the signing string.
pub fn checksum<'a>(secret: &str, params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut mac =
        Hmac::<Sha1>::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key length");
    mac.update(signing_string(params).as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Hex HMAC-SHA256 of `message` under `key`: tokens a server issues and checks itself.
pub fn hmac_sha256_hex(key: &str, message: &str) -> String {
    let mut mac =
        Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).expect("HMAC accepts any key length");
    mac.update(message.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Checks a received checksum in constant time.
/// A checksum as received, in the form [`verify`] and replay protection compare. The PHP
/// SDK writes its form bodies without encoding them, so the `+` of its base64 arrives as
/// a space; base64 has no spaces, so a space can only have been a `+`.
pub fn received_checksum(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.contains(' ') {
        std::borrow::Cow::Owned(raw.replace(' ', "+"))
    } else {
        std::borrow::Cow::Borrowed(raw)
    }
}

pub fn verify<'a>(
    secret: &str,
    params: impl IntoIterator<Item = (&'a str, &'a str)>,
    received: &str,
) -> bool {
    let Ok(received) = base64::engine::general_purpose::STANDARD.decode(received) else {
        return false;
    };
    let mut mac =
        Hmac::<Sha1>::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key length");
    mac.update(signing_string(params).as_bytes());
    // `verify_slice` compares in constant time.
    mac.verify_slice(&received).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checksum_posted_unencoded_reads_as_signed() {
        // Its `+` arrived as a space (PHP SDK): the same checksum, for verify and replays.
        assert_eq!(received_checksum("a b/c d=="), "a+b/c+d==");
        assert!(matches!(
            received_checksum("a+b=="),
            std::borrow::Cow::Borrowed("a+b==")
        ));
        let pairs = [("action", "clients"), ("apikey", "K")];
        let sum = checksum("secret", pairs);
        let posted = sum.replace('+', " ");
        assert!(verify("secret", pairs, &received_checksum(&posted)));
    }

    #[test]
    fn hmac_sha256_matches_rfc_4231_case_2() {
        assert_eq!(
            hmac_sha256_hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    // The hosted API's published test vector.
    #[test]
    fn test_vector() {
        let params = [("key2", "foo"), ("key1", "bar")];
        assert_eq!(signing_string(params), "key1barkey2foo");
        assert_eq!(
            checksum("notReallyASecret", params),
            "ML1TdJ/wQc06CdIREtddB19wsKM="
        );
    }

    /// The example: one phone that holds `supportUrl`, and a phone with a URL,
    /// sign alike; the first is found, the second (and ordinary values) are not.
    #[test]
    fn a_value_that_holds_a_parameter_name_signs_like_two_parameters() {
        let base = [
            ("action", "setBranding"),
            ("apikey", "K"),
            ("timestamp", "T"),
        ];
        let one = [&base[..], &[("supportPhone", "AsupportUrlhttps://x")]].concat();
        let two = [
            &base[..],
            &[("supportPhone", "A"), ("supportUrl", "https://x")],
        ]
        .concat();
        assert_eq!(signing_string(one.clone()), signing_string(two.clone()));
        assert_eq!(checksum("s", one.clone()), checksum("s", two.clone()));
        assert_eq!(hidden_parameter(&one), Some(("supportPhone", "supportUrl")));
        assert_eq!(hidden_parameter(&two), None);
        // A name that would sort elsewhere cannot be cut out in order: no other request.
        let sorted_out = [&base[..], &[("supportPhone", "call the action desk")]].concat();
        assert_eq!(hidden_parameter(&sorted_out), None);
        // Nor one already sent: the server refuses a name given twice.
        let plain = [
            &base[..],
            &[("name", "Shop status page"), ("nonce", "ab12")],
        ]
        .concat();
        assert_eq!(hidden_parameter(&plain), None);
        // The last parameter's value may hold any name after it.
        let last = [("action", "x"), ("version", "3validationHMACSHA1")];
        assert_eq!(hidden_parameter(&last), None);
        let last = [("action", "x"), ("timestamp", "3versionX")];
        assert_eq!(hidden_parameter(&last), Some(("timestamp", "version")));
        let names: std::collections::BTreeSet<&str> = PARAMETER_NAMES.into_iter().collect();
        assert_eq!(names.len(), PARAMETER_NAMES.len(), "a name is listed twice");
    }

    #[test]
    fn checksum_parameter_is_not_signed_and_order_is_bytewise() {
        let params = [("checksum", "x"), ("b", "2"), ("B", "1"), ("a", "3")];
        assert_eq!(signing_string(params), "B1a3b2");
    }

    #[test]
    fn verify_accepts_own_checksum_and_refuses_others() {
        let params = [("apikey", "K"), ("action", "clients")];
        let sum = checksum("s3cret", params);
        assert!(verify("s3cret", params, &sum));
        assert!(!verify("other", params, &sum));
        assert!(!verify(
            "s3cret",
            [("apikey", "K"), ("action", "orders")],
            &sum
        ));
        assert!(!verify("s3cret", params, "not base64!"));
    }

    #[test]
    fn digests_known_values() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(md5_hex("abc"), "900150983cd24fb0d6963f7d28e17f72");
    }
}
