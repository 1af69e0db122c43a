//! Cutting text short for messages and logs: a 900 KB value or answer must not come back
//! whole in an error. Counted in characters, so a cut never splits one.

use std::borrow::Cow;

/// The first `max` characters of `text`, and whether anything was cut.
pub fn head(text: &str, max: usize) -> (&str, bool) {
    match text.char_indices().nth(max) {
        Some((cut, _)) => (&text[..cut], true),
        None => (text, false),
    }
}

/// `text` cut to its first `max` characters, `…` marking a cut.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    match head(text, max) {
        (head, true) => Cow::Owned(format!("{head}…")),
        (whole, false) => Cow::Borrowed(whole),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_characters_not_bytes() {
        assert_eq!(head("héllo", 2), ("hé", true));
        assert_eq!(head("hé", 2), ("hé", false));
        assert_eq!(truncate("héllo", 2), "hé…");
        assert_eq!(truncate("hé", 2), "hé");
        assert_eq!(truncate("", 0), "");
    }
}
