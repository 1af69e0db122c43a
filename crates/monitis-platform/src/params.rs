//! Request parameters: `application/x-www-form-urlencoded` pairs from the query string
//! and the body, with typed getters whose errors name the parameter (errorCode 1).

use std::collections::HashMap;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;

use monitis_core::domain::rules::Refusal;
use monitis_core::domain::validate;
use monitis_core::protocol::catalog;
use monitis_core::protocol::codes::ErrorCode;

/// An id in a path (`/dashboard/monitors/{id}`), checked as a parameter's is
/// (`validate::id`): `/dashboard/monitors/+18` names no monitor.
#[derive(Debug, Clone, Copy)]
pub struct PathId(pub i64);

impl<'de> serde::Deserialize<'de> for PathId {
    fn deserialize<D: serde::Deserializer<'de>>(from: D) -> Result<PathId, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(from)?;
        validate::id(&text)
            .map(PathId)
            .map_err(serde::de::Error::custom)
    }
}

fn bad(message: String) -> Refusal {
    Refusal::new(ErrorCode::BadParameter, message)
}

/// At most this many `&`-separated parts in the query string and the body together
/// (empty ones count): far above any action's parameters.
pub const MAX_PARAMS: usize = 100;
/// At most this many bytes in a parameter name (encoded).
pub const MAX_NAME_BYTES: usize = 64;
/// At most this many bytes in one value (encoded): room for a bulk move of 10,000 ids
/// (`monitorIds`), far below the body limit.
pub const MAX_VALUE_BYTES: usize = 256 * 1024;

fn too_large(message: String) -> Refusal {
    Refusal::new(ErrorCode::BodyTooLarge, message)
}

/// The request's pairs in order, and where each name is.
#[derive(Debug, Clone, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
    index: HashMap<String, usize>,
    /// What the catalog says the hosted API assumed for parameters left out.
    defaults: Vec<(&'static str, &'static str)>,
}

impl Params {
    /// Parses the query string and the form body together, in time linear in their size.
    /// The limits are checked on the raw bytes before anything is decoded; a name given
    /// twice is refused: the signature would not say which value was meant.
    pub fn parse(query: &str, body: &[u8]) -> Result<Params, Refusal> {
        let parts = || {
            [query.as_bytes(), body]
                .into_iter()
                .filter(|s| !s.is_empty())
                .flat_map(|s| s.split(|&b| b == b'&'))
        };
        if parts().nth(MAX_PARAMS).is_some() {
            return Err(too_large(format!(
                "more than {MAX_PARAMS} parameters in the request"
            )));
        }
        let mut params = Params::default();
        for part in parts().filter(|p| !p.is_empty()) {
            let (name, value) = match part.iter().position(|&b| b == b'=') {
                Some(eq) => (&part[..eq], &part[eq + 1..]),
                None => (part, &part[part.len()..]),
            };
            if name.len() > MAX_NAME_BYTES {
                return Err(too_large(format!(
                    "a parameter name is longer than {MAX_NAME_BYTES} bytes"
                )));
            }
            let name = decode(name)?;
            if value.len() > MAX_VALUE_BYTES {
                return Err(too_large(format!(
                    "parameter {name} is longer than {MAX_VALUE_BYTES} bytes"
                )));
            }
            if params.index.contains_key(&name) {
                return Err(bad(format!("parameter {name} is given more than once")));
            }
            params.index.insert(name.clone(), params.pairs.len());
            params.pairs.push((name, decode(value)?));
        }
        Ok(params)
    }

    /// Reads the action's parameters as the catalog names them: a spelling some client
    /// sends (`clientAPIKey`) answers to the catalog's name, and a parameter left out
    /// takes its hosted default. The pairs themselves stay as sent: a checksum is of
    /// what the client signed. A parameter given under two spellings is refused, as a
    /// name given twice is.
    pub fn read_as(&mut self, params: &'static [catalog::Param]) -> Result<(), Refusal> {
        for param in params {
            let mut at = self
                .index
                .get(&param.name)
                .map(|&i| (param.name.as_str(), i));
            for spelling in &param.spellings {
                let Some(&i) = self.index.get(spelling) else {
                    continue;
                };
                match at {
                    Some((_, seen)) if seen == i => {}
                    Some((first, _)) => {
                        return Err(bad(format!(
                            "parameter {} is given twice, as {first} and as {spelling}: give it once",
                            param.name
                        )));
                    }
                    None => at = Some((spelling, i)),
                }
            }
            match (at, &param.default) {
                (Some((_, i)), _) => {
                    self.index.insert(param.name.clone(), i);
                }
                (None, Some(default)) => self.assume(&param.name, default),
                (None, None) => {}
            }
        }
        Ok(())
    }

    /// Reads `name` as `value` when it was not sent (a hosted default): unsigned, so
    /// the pairs a checksum is of stay as sent.
    pub fn assume(&mut self, name: &'static str, value: &'static str) {
        if !self.index.contains_key(name) {
            self.defaults.push((name, value));
        }
    }

    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    /// The raw value, empty or not.
    pub fn raw(&self, name: &str) -> Option<&str> {
        match self.index.get(name) {
            Some(&i) => Some(self.pairs[i].1.as_str()),
            None => self
                .defaults
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| *v),
        }
    }

    /// The value when it is given and not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.raw(name).filter(|v| !v.is_empty())
    }

    pub fn required(&self, name: &str) -> Result<&str, Refusal> {
        self.get(name)
            .ok_or_else(|| bad(format!("missing parameter {name}")))
    }

    pub fn parsed<T: FromStr>(&self, name: &str, what: &str) -> Result<Option<T>, Refusal> {
        self.get(name)
            .map(|v| {
                v.parse()
                    .map_err(|_| bad(format!("parameter {name} must be {what}, got {v:?}")))
            })
            .transpose()
    }

    pub fn id(&self, name: &str) -> Result<i64, Refusal> {
        self.opt_id(name)?
            .ok_or_else(|| bad(format!("missing parameter {name}")))
    }

    /// An id when given (`validate::id`: `+1` and `01` are not ids).
    pub fn opt_id(&self, name: &str) -> Result<Option<i64>, Refusal> {
        self.valid(name, validate::id)
    }

    pub fn bool(&self, name: &str) -> Result<Option<bool>, Refusal> {
        self.parsed(name, "true or false")
    }

    /// A comma separated list of ids.
    pub fn ids(&self, name: &str) -> Result<Vec<i64>, Refusal> {
        let list = self.required(name)?;
        list.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                validate::id(s).map_err(|why| bad(format!("parameter {name} lists one that {why}")))
            })
            .collect()
    }

    pub fn date(&self, name: &str) -> Result<Option<NaiveDate>, Refusal> {
        self.valid(name, validate::date)
    }

    /// The value, when given, through one of `domain::validate`'s checks.
    pub fn valid<T>(
        &self,
        name: &str,
        check: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, Refusal> {
        self.get(name)
            .map(|v| check(v).map_err(|why| bad(format!("parameter {name} {why}"))))
            .transpose()
    }

    /// A required value that passes `check`; the value itself is returned.
    pub fn required_valid(
        &self,
        name: &str,
        check: impl FnOnce(&str) -> Result<(), String>,
    ) -> Result<&str, Refusal> {
        let value = self.required(name)?;
        check(value).map_err(|why| bad(format!("parameter {name} {why}")))?;
        Ok(value)
    }

    /// An optional text value that passes `check`.
    pub fn get_valid(
        &self,
        name: &str,
        check: impl FnOnce(&str) -> Result<(), String>,
    ) -> Result<Option<&str>, Refusal> {
        match self.get(name) {
            Some(value) => self.required_valid(name, check).map(|_| Some(value)),
            None => Ok(None),
        }
    }

    /// A whole number up to `validate::MAX_QUANTITY`.
    pub fn quantity(&self, name: &str) -> Result<u64, Refusal> {
        self.valid(name, validate::quantity)?
            .ok_or_else(|| bad(format!("missing parameter {name}")))
    }

    /// A value of one of the API's enums, by its wire name; `choices` names them in errors.
    pub fn choice<T: DeserializeOwned>(
        &self,
        name: &str,
        choices: &str,
    ) -> Result<Option<T>, Refusal> {
        self.get(name)
            .map(|v| {
                serde_json::from_value(serde_json::Value::String(v.to_string())).map_err(|_| {
                    bad(format!(
                        "parameter {name} must be one of {choices}, got {v:?}"
                    ))
                })
            })
            .transpose()
    }
}

/// Percent-decoding with `+` as space, as forms encode.
pub(crate) fn decode(raw: &[u8]) -> Result<String, Refusal> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = raw
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| bad("malformed percent-encoding in the request".to_string()))?;
                out.push(hex);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| bad("the request is not valid UTF-8".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_query_and_body_with_decoding() {
        let p = Params::parse("action=clients&a=x%2By", b"name=Ann+Lee&empty=&flag").unwrap();
        assert_eq!(p.get("action"), Some("clients"));
        assert_eq!(p.get("a"), Some("x+y"));
        assert_eq!(p.get("name"), Some("Ann Lee"));
        assert_eq!(p.raw("empty"), Some(""));
        assert_eq!(p.get("empty"), None);
        assert_eq!(p.raw("flag"), Some(""));
        assert_eq!(p.get("%C3%A9"), None);
        assert_eq!(Params::parse("n=%C3%A9", b"").unwrap().get("n"), Some("é"));
    }

    #[test]
    fn refuses_duplicates_and_bad_encoding() {
        assert!(
            Params::parse("a=1", b"a=2")
                .unwrap_err()
                .message
                .contains("a is given more than once")
        );
        assert_eq!(
            Params::parse("a=%zz", b"").unwrap_err().code,
            ErrorCode::BadParameter
        );
        assert_eq!(
            Params::parse("a=%ff", b"").unwrap_err().code,
            ErrorCode::BadParameter
        );
    }

    #[test]
    fn limits_are_checked_on_the_raw_request() {
        let at_limit = "&".repeat(MAX_PARAMS - 1);
        assert!(Params::parse(&at_limit, b"").is_ok());
        let over = Params::parse(&at_limit, b"&").unwrap_err();
        assert_eq!(
            (over.code, over.message.as_str()),
            (
                ErrorCode::BodyTooLarge,
                "more than 100 parameters in the request"
            )
        );
        let name = "n".repeat(MAX_NAME_BYTES);
        assert!(Params::parse(&format!("{name}=1"), b"").is_ok());
        assert_eq!(
            Params::parse(&format!("{name}x=1"), b"").unwrap_err().code,
            ErrorCode::BodyTooLarge
        );
        let ids = vec!["1234567"; 10_000].join("%2C");
        let bulk = format!("monitorIds={ids}");
        assert!(bulk.len() <= MAX_VALUE_BYTES);
        assert_eq!(
            Params::parse("", bulk.as_bytes())
                .unwrap()
                .ids("monitorIds")
                .unwrap()
                .len(),
            10_000
        );
        let long = format!("name={}", "a".repeat(MAX_VALUE_BYTES + 1));
        assert_eq!(
            Params::parse("", long.as_bytes()).unwrap_err().message,
            format!("parameter name is longer than {MAX_VALUE_BYTES} bytes")
        );
    }

    /// The names the actions read, from their source: `p.get("name")`, `params.id("orderId")`,
    /// ... with the whitespace taken out.
    fn names_read(code: &str) -> Vec<String> {
        const GETTERS: [&str; 13] = [
            "get",
            "raw",
            "required",
            "parsed",
            "id",
            "opt_id",
            "ids",
            "bool",
            "date",
            "valid",
            "required_valid",
            "get_valid",
            "choice",
        ];
        let code: String = code.split_whitespace().collect();
        let code = code.replace("params.", "p.");
        let mut names = Vec::new();
        for call in code.split("p.").skip(1) {
            let method: String = call
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let args = call[method.len()..]
                .split_once('(')
                .filter(|(turbofish, _)| turbofish.is_empty() || turbofish.starts_with("::<"));
            let (Some((_, args)), true) = (args, GETTERS.contains(&method.as_str())) else {
                continue;
            };
            // The name comes first, then any other arguments.
            let first = args.split([')', ',']).next().unwrap_or("");
            if let Some(name) = first.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
                names.push(name.to_string());
            }
        }
        names
    }

    /// `monitis_core::protocol::sign::PARAMETER_NAMES` lists every name an action reads:
    /// the CLI checks the values it signs against that list (docs/protocol.md, "Checksum
    /// boundaries").
    #[test]
    fn every_parameter_an_action_reads_is_a_known_name() {
        assert_eq!(
            names_read("p.get(\"a\") p\n  .parsed::<u32>(\"b\", \"x\") q.get(\"e\")"),
            ["a", "b"]
        );
        let mut read = std::collections::BTreeSet::new();
        let mut folders = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let code = text.split("#[cfg(test)]").next().unwrap();
                    read.extend(names_read(code));
                }
            }
        }
        // The scan reads the actions' own calls, across lines and in lists.
        for name in ["paid", "monitorIds", "clientApikey", "userName", "testIds"] {
            assert!(read.contains(name), "{name} not found in {read:?}");
        }
        let unknown: Vec<&String> = (read.iter())
            .filter(|name| !monitis_core::protocol::sign::PARAMETER_NAMES.contains(&name.as_str()))
            .collect();
        assert!(unknown.is_empty(), "not in PARAMETER_NAMES: {unknown:?}");
    }

    fn spelt(name: &str, spellings: &[&str], default: Option<&str>) -> catalog::Param {
        catalog::Param {
            name: name.into(),
            required: false,
            spellings: spellings.iter().map(|s| s.to_string()).collect(),
            default: default.map(str::to_string),
            value: None,
            one_of: Vec::new(),
            note: None,
        }
    }

    #[test]
    fn the_catalogs_spellings_and_defaults_are_read_but_not_signed() {
        let params: &'static [catalog::Param] = Vec::leak(vec![
            spelt("agentKey", &["agentkey"], None),
            spelt("timeformat", &[], Some("HH:mm")),
            spelt("limit", &["max", "count"], None),
        ]);
        let mut p = Params::parse("agentkey=K1&action=a", b"").unwrap();
        p.read_as(params).unwrap();
        assert_eq!(p.get("agentKey"), Some("K1"));
        assert_eq!(p.get("timeformat"), Some("HH:mm"));
        assert_eq!(p.get("limit"), None);
        // The pairs a checksum is of are the ones sent, defaults not among them.
        let sent: Vec<(&str, &str)> = p.pairs().collect();
        assert_eq!(sent, [("agentkey", "K1"), ("action", "a")]);
        // Sent: the default does not override it. Reading twice changes nothing.
        let mut p = Params::parse("timeformat=HH&agentKey=K2", b"").unwrap();
        p.read_as(params).unwrap();
        p.read_as(params).unwrap();
        assert_eq!(
            (p.get("timeformat"), p.get("agentKey")),
            (Some("HH"), Some("K2"))
        );
        // One parameter under two names: which one was meant?
        for query in ["agentKey=1&agentkey=2", "max=1&count=2"] {
            let mut p = Params::parse(query, b"").unwrap();
            let err = p.read_as(params).unwrap_err();
            assert!(
                err.message.contains("is given twice, as "),
                "{}",
                err.message
            );
        }
    }

    #[test]
    fn typed_getters_name_the_parameter() {
        let p = Params::parse("ids=1,%202,3&n=x&d=2026-02-30&ok=true", b"").unwrap();
        assert_eq!(p.ids("ids").unwrap(), [1, 2, 3]);
        assert_eq!(
            p.id("n").unwrap_err().message,
            "parameter n must be an id: digits without a sign or leading zeros, got \"x\""
        );
        let spelt = Params::parse("a=%2B1&b=01&ids=1,02", b"").unwrap();
        assert!(spelt.id("a").is_err() && spelt.id("b").is_err());
        assert_eq!(
            spelt.ids("ids").unwrap_err().message,
            "parameter ids lists one that must be an id: digits without a sign or leading zeros, got \"02\""
        );
        assert!(
            p.date("d")
                .unwrap_err()
                .message
                .starts_with("parameter d must be a date")
        );
        assert_eq!(p.bool("ok").unwrap(), Some(true));
        assert_eq!(
            p.required("missing").unwrap_err().message,
            "missing parameter missing"
        );
    }
}
