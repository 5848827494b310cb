//! An entry as a store reads it back: its canonical bytes and leaf hash, parsed only when a
//! reader needs its fields. The busiest read (seed 002's listing) writes each entry out in the
//! entry's own shape, which holds the same values as the canonical bytes in another key order;
//! building an [`Entry`] (a `String` per field, a map per metadata object) only to serialize it
//! again was most of a page's cost. [`StoredEntry::own_shape`] reorders the canonical bytes'
//! values instead and copies each through as written, whenever what is written is exactly what
//! serializing the parsed entry would write; otherwise it parses.

use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::entry::Entry;

/// A stored entry's canonical JSON and its leaf hash (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    canonical: Vec<u8>,
    hash: String,
}

/// A stored body that is not an entry: damage the integrity check would name.
#[derive(Debug, thiserror::Error)]
#[error("corrupt entry: {0}")]
pub struct Corrupt(String);

impl StoredEntry {
    pub fn new(canonical: Vec<u8>, leaf: &[u8]) -> Self {
        Self {
            canonical,
            hash: hex::encode(leaf),
        }
    }

    /// The entry, parsed.
    pub fn entry(&self) -> Result<Entry, Corrupt> {
        let mut entry: Entry =
            serde_json::from_slice(&self.canonical).map_err(|e| Corrupt(e.to_string()))?;
        entry.hash.clone_from(&self.hash);
        Ok(entry)
    }

    /// What serializes to the same bytes as [`entry`](Self::entry) does, without parsing when
    /// the canonical bytes allow.
    pub fn own_shape(&self) -> Result<OwnShape<'_>, Corrupt> {
        if writes_back_as_is(&self.canonical) {
            if let Ok(mut fields) = serde_json::from_slice::<Fields>(&self.canonical) {
                fields.hash = &self.hash;
                return Ok(OwnShape::Fields(fields));
            }
        }
        Ok(OwnShape::Entry(self.entry()?))
    }
}

/// An entry in its own shape: its canonical values reordered, or the parsed entry.
#[derive(Serialize)]
#[serde(untagged)]
pub enum OwnShape<'a> {
    Fields(Fields<'a>),
    Entry(Entry),
}

/// [`Entry`]'s fields in its order, each as the canonical bytes write it. A key missing from
/// the bytes (a body older than one of the fields) fails the parse, and the entry is parsed.
#[derive(Serialize, Deserialize)]
pub struct Fields<'a> {
    #[serde(borrow)]
    id: &'a RawValue,
    #[serde(borrow)]
    organization_id: &'a RawValue,
    #[serde(borrow)]
    sequence: &'a RawValue,
    #[serde(borrow)]
    timestamp: &'a RawValue,
    #[serde(borrow)]
    received_at: &'a RawValue,
    #[serde(borrow)]
    action: &'a RawValue,
    #[serde(borrow)]
    event: &'a RawValue,
    #[serde(borrow)]
    resource_type: &'a RawValue,
    #[serde(borrow)]
    resource_id: &'a RawValue,
    #[serde(borrow)]
    resource_name: &'a RawValue,
    #[serde(borrow)]
    user_id: &'a RawValue,
    #[serde(borrow)]
    user_name: &'a RawValue,
    #[serde(borrow)]
    user_email: &'a RawValue,
    #[serde(borrow)]
    actor_type: &'a RawValue,
    #[serde(borrow)]
    department_id: &'a RawValue,
    #[serde(borrow)]
    targets: Vec<TargetFields<'a>>,
    #[serde(borrow)]
    changes: Vec<ChangeFields<'a>>,
    #[serde(borrow)]
    metadata: &'a RawValue,
    #[serde(borrow)]
    idempotency_key: &'a RawValue,
    #[serde(skip_deserializing, serialize_with = "hash")]
    hash: &'a str,
}

/// `Entry::hash` is skipped when empty, and a stored entry always has one.
fn hash<S: Serializer>(hash: &&str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(hash)
}

/// [`crate::Target`]'s fields in its order.
#[derive(Serialize, Deserialize)]
struct TargetFields<'a> {
    #[serde(borrow, rename = "type")]
    kind: &'a RawValue,
    #[serde(borrow)]
    id: &'a RawValue,
    #[serde(borrow)]
    name: &'a RawValue,
}

/// [`crate::Change`]'s fields in its order.
#[derive(Serialize, Deserialize)]
struct ChangeFields<'a> {
    #[serde(borrow)]
    field: &'a RawValue,
    #[serde(borrow)]
    old_value: &'a RawValue,
    #[serde(borrow)]
    new_value: &'a RawValue,
}

/// Whether `json` is written as `serde_json` writes what it parses from it: no whitespace
/// outside strings, strings escaped the way it escapes (the short escapes, and `\u00xx` in
/// lowercase for other control characters), and numbers that print back as they read. RFC 8785
/// agrees on everything but some numbers: it writes floats as ECMAScript does, which differs
/// from `serde_json` for some (`0.000001` comes back as `1e-6`), and integers past 64 bits
/// read as floats.
fn writes_back_as_is(json: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&b) = json.get(i) {
        match b {
            b'"' => {
                i += 1;
                loop {
                    match json.get(i) {
                        None => return false,
                        Some(b'"') => break,
                        Some(b'\\') => match json.get(i + 1) {
                            Some(b'"' | b'\\' | b'b' | b'f' | b'n' | b'r' | b't') => i += 2,
                            Some(b'u') if control_escape(json.get(i + 2..i + 6)) => i += 6,
                            _ => return false,
                        },
                        Some(_) => i += 1,
                    }
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = json.get(i) {
                    i += 1;
                }
                if !number_writes_back(&json[start..i]) {
                    return false;
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' => return false,
            _ => i += 1,
        }
    }
    true
}

/// The four hex digits of a `\u` escape that `serde_json` would write the same way.
fn control_escape(hex: Option<&[u8]>) -> bool {
    let Some([b'0', b'0', hi @ (b'0' | b'1'), lo]) = hex else {
        return false;
    };
    let lo = match lo {
        b'0'..=b'9' => lo - b'0',
        b'a'..=b'f' => lo - b'a' + 10,
        _ => return false,
    };
    let code = (hi - b'0') * 16 + lo;
    // Those it writes short.
    !matches!(code, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d)
}

fn number_writes_back(token: &[u8]) -> bool {
    let digits = token.strip_prefix(b"-").unwrap_or(token);
    // An integer of at most 18 digits without a leading zero fits 64 bits and reads back whole.
    let plain = match digits {
        [b'0'] => digits.len() == token.len(),
        [b'1'..=b'9', rest @ ..] => rest.len() < 18 && rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    plain
        || serde_json::from_slice::<serde_json::Number>(token)
            .ok()
            .and_then(|n| serde_json::to_vec(&n).ok())
            .is_some_and(|written| written == token)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::entry::{ActorType, Change, Target};
    use crate::Timestamp;

    fn entry(metadata: serde_json::Value, old: serde_json::Value) -> Entry {
        Entry {
            id: "log_1".into(),
            organization_id: "org_a".into(),
            sequence: 7,
            timestamp: Timestamp::from_micros(1_700_000_000_123_456),
            received_at: Timestamp::from_micros(1_700_000_000_000_000),
            action: "updated".into(),
            event: "assistant.updated".into(),
            resource_type: "assistant".into(),
            resource_id: "asst_\"1\"\\".into(),
            resource_name: None,
            user_id: "u1".into(),
            user_name: Some("Zoë \u{1f600}\u{7f}\u{2028}\n\t\u{1}\u{1f}".into()),
            user_email: None,
            actor_type: ActorType::Service,
            department_id: Some("d".into()),
            targets: vec![Target {
                kind: "workflow".into(),
                id: "wf".into(),
                name: None,
            }],
            changes: vec![Change {
                field: "a.b".into(),
                old_value: old,
                new_value: json!({"z": [1, null, true], "a": "x"}),
            }],
            metadata: metadata.as_object().cloned().unwrap_or_default(),
            idempotency_key: None,
            hash: hex::encode([9u8; 32]),
        }
    }

    /// What the shape writes, and whether it took the canonical bytes as they are.
    fn written(entry: &Entry) -> (Vec<u8>, Vec<u8>, bool) {
        let stored = StoredEntry::new(entry.canonical_bytes(), &[9u8; 32]);
        let shape = stored.own_shape().unwrap();
        let as_is = matches!(shape, OwnShape::Fields(_));
        let parsed = stored.entry().unwrap();
        (
            serde_json::to_vec(&shape).unwrap(),
            serde_json::to_vec(&parsed).unwrap(),
            as_is,
        )
    }

    #[test]
    fn an_entry_in_its_own_shape_is_written_as_its_parsed_entry_is() {
        let plain = entry(
            json!({"ip_address": "10.0.0.1", "n": -42, "zero": 0}),
            json!(1),
        );
        let (shape, parsed, as_is) = written(&plain);
        assert!(as_is, "integers and strings are copied as they are");
        assert_eq!(
            String::from_utf8(shape).unwrap(),
            String::from_utf8(parsed).unwrap()
        );
        for number in [
            json!(1e21),
            json!(1e-7),
            json!(0.000001),
            json!(1.5),
            json!(-0.25),
            json!(123456789012345680000.0),
            json!(u64::MAX),
            json!(i64::MIN),
        ] {
            let e = entry(json!({"n": number}), number.clone());
            let (shape, parsed, _) = written(&e);
            assert_eq!(shape, parsed, "{number}");
        }
    }

    #[test]
    fn numbers_rfc_8785_writes_otherwise_are_parsed() {
        for token in ["0.000001", "100000000000000000000", "-0", "1e21"] {
            assert!(!number_writes_back(token.as_bytes()), "{token}");
        }
        for token in [
            "0",
            "7",
            "-42",
            "1.5",
            "123456789012345678",
            "-0.25",
            "1e+21",
            "1e-7",
        ] {
            assert!(number_writes_back(token.as_bytes()), "{token}");
        }
    }

    #[test]
    fn a_body_that_is_not_an_entry_is_corrupt() {
        let stored = StoredEntry::new(b"{\"id\":".to_vec(), &[0; 32]);
        assert!(stored.own_shape().is_err());
        assert!(stored.entry().is_err());
    }
}
