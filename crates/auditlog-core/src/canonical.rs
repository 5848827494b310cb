//! Canonical bytes (RFC 8785 JSON Canonicalization Scheme) and RFC 6962 leaf hashes.

use sha2::{Digest, Sha256};

use crate::entry::Entry;

mod entry;

pub use entry::Spots;

/// RFC 8785 serialization of any JSON-serializable value.
pub fn to_canonical_vec<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // Only non-finite floats make canonicalization fail, and validation never lets one in.
    serde_json_canonicalizer::to_vec(value).expect("validated JSON always canonicalizes")
}

/// The canonical bytes of an entry: every key of docs/api.md §1 except `hash`.
pub fn canonical_entry_bytes(entry: &Entry) -> Vec<u8> {
    entry::write(entry)
}

/// The same bytes, with where the values a writer assigns lie in them.
pub fn canonical_entry_bytes_marked(entry: &Entry) -> (Vec<u8>, Spots) {
    entry::write_marked(entry)
}

/// RFC 6962 leaf hash: `SHA-256(0x00 || bytes)`.
pub fn leaf_hash(bytes: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(bytes);
    h.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn canon(v: serde_json::Value) -> String {
        String::from_utf8(to_canonical_vec(&v)).unwrap()
    }

    fn canon_str(s: &str) -> String {
        canon(serde_json::from_str(s).unwrap())
    }

    #[test]
    fn rfc8785_section_3_2_example_is_reproduced_byte_for_byte() {
        // RFC 8785 §3.2.2/§3.2.3 input and output.
        let input = r#"{
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }"#;
        assert_eq!(
            canon_str(input),
            r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
        );
    }

    #[test]
    fn rfc8785_section_3_2_3_sorts_keys_by_utf16_code_units() {
        // The RFC's sorting example: keys ordered by UTF-16, not by UTF-8 bytes.
        let input = r#"{
          "\u20ac": "Euro Sign",
          "\r": "Carriage Return",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\ud83d\ude00": "Emoji: Grinning Face",
          "\u0080": "Control",
          "\u00f6": "Latin Small Letter O With Diaeresis"
        }"#;
        let want = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\",\
            \"\u{f6}\":\"Latin Small Letter O With Diaeresis\",\"\u{20ac}\":\"Euro Sign\",\
            \"\u{1f600}\":\"Emoji: Grinning Face\",\"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}";
        assert_eq!(canon_str(input), want);
    }

    #[test]
    fn rfc8785_appendix_b_numbers_serialize_as_ecmascript_does() {
        let cases = [
            ("0", "0"),
            ("-0", "0"),
            ("1.0", "1"),
            ("4.50", "4.5"),
            ("1e21", "1e+21"),
            ("1e20", "100000000000000000000"),
            ("9007199254740991", "9007199254740991"),
            ("-9007199254740991", "-9007199254740991"),
            ("0.000001", "0.000001"),
            ("1e-7", "1e-7"),
            ("5e-324", "5e-324"),
            ("1.7976931348623157e308", "1.7976931348623157e+308"),
            ("295147905179352830000", "295147905179352830000"),
            ("333333333.3333332", "333333333.3333332"),
        ];
        for (input, want) in cases {
            assert_eq!(canon_str(input), want, "for {input}");
        }
    }

    /// What the general canonicalizer makes of the entry, without its hash.
    fn general(entry: &Entry) -> Vec<u8> {
        let mut without_hash = entry.clone();
        without_hash.hash.clear();
        to_canonical_vec(&without_hash)
    }

    #[test]
    fn an_entry_s_bytes_are_those_of_the_general_canonicalizer() {
        use crate::entry::{ActorType, Change, Target};
        use crate::timestamp::Timestamp;
        let strings = [
            "",
            "plain",
            "a\"b\\c/d",
            "tab\tnew\nline\r\u{8}\u{c}",
            "\u{0}\u{1f}\u{7f}",
            "é€😀\u{fb33}",
            "\u{2028}\u{2029}",
            "\"sequence\":0,",
        ];
        let values = [
            json!(null),
            json!(true),
            json!(false),
            json!(0),
            json!(-1),
            json!(9007199254740992u64),
            json!(9007199254740993u64),
            json!(-9007199254740993i64),
            json!(u64::MAX),
            json!(1.5),
            json!(1e21),
            json!(-0.0),
            json!(0.1),
            json!(1e-7),
            json!("€\n"),
            json!([1, "two", [3.25], {"b": 1, "a": null}]),
            json!({"\u{20ac}": 1, "\r": 2, "\u{fb33}": 3, "1": 4, "😀": 5, "\u{80}": 6, "ö": 7}),
            json!({"z": {"y": [], "x": {}}, "a": "\u{1}"}),
        ];
        let times = [
            0,
            1,
            1_700_000_000_123_456,
            1_700_000_000_100_000,
            -62_135_596_800_000_000,
        ];
        for (i, s) in strings.iter().enumerate() {
            for (j, v) in values.iter().enumerate() {
                let text = |k: usize| strings[(i + j + k) % strings.len()].to_owned();
                let maybe = |k: usize| (!k.is_multiple_of(3)).then(|| text(k));
                let mut metadata = serde_json::Map::new();
                if j.is_multiple_of(2) {
                    metadata.insert(s.to_string(), v.clone());
                    metadata.insert(text(1), values[(i + j) % values.len()].clone());
                }
                let entry = Entry {
                    id: format!("log_{i}{j}"),
                    organization_id: text(2),
                    sequence: [1, 9_007_199_254_740_992, u64::MAX][(i + j) % 3],
                    timestamp: Timestamp::from_micros(times[i % times.len()]),
                    received_at: Timestamp::from_micros(times[j % times.len()]),
                    action: s.to_string(),
                    event: text(3),
                    resource_type: text(4),
                    resource_id: text(5),
                    resource_name: maybe(i + j),
                    user_id: text(6),
                    user_name: maybe(i + j + 1),
                    user_email: maybe(i + j + 2),
                    actor_type: [
                        ActorType::User,
                        ActorType::ApiKey,
                        ActorType::Service,
                        ActorType::System,
                    ][j % 4],
                    department_id: maybe(i),
                    targets: (0..j % 3)
                        .map(|k| Target {
                            kind: text(k),
                            id: s.to_string(),
                            name: maybe(k + 1),
                        })
                        .collect(),
                    changes: (0..i % 3)
                        .map(|k| Change {
                            field: text(k),
                            old_value: v.clone(),
                            new_value: values[(j + k) % values.len()].clone(),
                        })
                        .collect(),
                    metadata,
                    idempotency_key: maybe(j),
                    hash: if j.is_multiple_of(2) {
                        String::new()
                    } else {
                        "ab".into()
                    },
                };
                assert_eq!(
                    String::from_utf8(canonical_entry_bytes(&entry)).unwrap(),
                    String::from_utf8(general(&entry)).unwrap(),
                    "string {i}, value {j}"
                );
            }
        }
    }

    #[test]
    fn leaf_hash_prefixes_a_zero_byte() {
        // RFC 6962 leaf hash of the empty string.
        assert_eq!(
            hex::encode(leaf_hash(b"")),
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
        );
        assert_eq!(canon(json!({"b": 1, "a": [1.0]})), r#"{"a":[1],"b":1}"#);
    }
}
