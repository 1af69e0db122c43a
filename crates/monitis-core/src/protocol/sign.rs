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
