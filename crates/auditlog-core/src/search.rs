//! Words for `search_term`: split at every non-alphanumeric character, lowercased. A query word
//! matches when it is a prefix of some word of `resource_name`, `user_name` or `user_email`.

/// The lowercase alphanumeric words of `text`.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The distinct words an entry is found by.
pub fn entry_words<'a>(fields: impl IntoIterator<Item = Option<&'a str>>) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for text in fields.into_iter().flatten() {
        // Most names and addresses are ASCII, where [`words`] comes to the same thing cheaper:
        // every entry written goes through here.
        if text.is_ascii() {
            let ascii = text.split(|c: char| !c.is_ascii_alphanumeric());
            all.extend(ascii.filter(|w| !w.is_empty()).map(str::to_ascii_lowercase));
        } else {
            all.extend(words(text));
        }
    }
    all.sort();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_punctuation_and_lowercases() {
        let w: Vec<_> = words("John.Doe@Example.com").collect();
        assert_eq!(w, ["john", "doe", "example", "com"]);
        let w: Vec<_> = words("  Müller—Straße #42 ").collect();
        assert_eq!(w, ["müller", "straße", "42"]);
    }

    #[test]
    fn entry_words_are_distinct_and_skip_absent_fields() {
        let w = entry_words([Some("Customer Support Bot"), None, Some("bot@example.com")]);
        assert_eq!(w, ["bot", "com", "customer", "example", "support"]);
    }

    #[test]
    fn ascii_and_other_text_split_alike() {
        let w = entry_words([Some("Ann_O'Neil-Smith 2nd"), Some("ÅSA.Lund@Mail.se")]);
        assert_eq!(
            w,
            ["2nd", "ann", "lund", "mail", "neil", "o", "se", "smith", "åsa"]
        );
    }
}
