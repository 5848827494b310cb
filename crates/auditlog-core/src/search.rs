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
    let mut all: Vec<String> = fields.into_iter().flatten().flat_map(words).collect();
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
}
