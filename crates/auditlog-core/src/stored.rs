//! An entry as a store reads it back: its canonical bytes and leaf hash, parsed only when a
//! reader needs its fields. The busiest read (seed 002's listing) writes each entry out in the
//! entry's own shape, which holds the same values as the canonical bytes in another key order;
//! building an [`Entry`] (a `String` per field, a map per metadata object) only to serialize it
//! again was most of a page's cost. [`StoredEntry::write_own_shape`] instead reads the canonical
//! bytes once, checking they are JSON written exactly as `serde_json` would write what it
//! parses from them, and copies each value through in the entry's key order; bytes that are
//! not (holding a number `serde_json` writes otherwise, or not JSON at all) are parsed. It
//! checks the JSON's form, not the fields' types: the bytes are the writer's own canonical
//! bytes, hashed, and a damaged body is the integrity check's to find.

use crate::entry::Entry;

/// A stored entry's canonical JSON and its leaf hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    canonical: Vec<u8>,
    leaf: Vec<u8>,
}

/// A stored body that is not an entry: damage the integrity check would name.
#[derive(Debug, thiserror::Error)]
#[error("corrupt entry: {0}")]
pub struct Corrupt(String);

/// [`Entry`]'s keys in its serialization's order (`hash` follows), and so the order values
/// are written in.
const KEYS: [&[u8]; 19] = [
    b"id",
    b"organization_id",
    b"sequence",
    b"timestamp",
    b"received_at",
    b"action",
    b"event",
    b"resource_type",
    b"resource_id",
    b"resource_name",
    b"user_id",
    b"user_name",
    b"user_email",
    b"actor_type",
    b"department_id",
    b"targets",
    b"changes",
    b"metadata",
    b"idempotency_key",
];
/// The indices of [`KEYS`] in the order the canonical bytes hold them (their names sorted).
const KEYS_ORDER: [usize; 19] = sorted_order(&KEYS);
const TARGETS: usize = 15;
const CHANGES: usize = 16;
/// [`crate::Target`]'s and [`crate::Change`]'s keys in their order.
const TARGET_KEYS: [&[u8]; 3] = [b"type", b"id", b"name"];
const CHANGE_KEYS: [&[u8]; 3] = [b"field", b"old_value", b"new_value"];
const TARGET_ORDER: [usize; 3] = sorted_order(&TARGET_KEYS);
const CHANGE_ORDER: [usize; 3] = sorted_order(&CHANGE_KEYS);

/// The indices of `keys` in the order of their names, bytewise (RFC 8785's order for ASCII).
const fn sorted_order<const N: usize>(keys: &[&[u8]; N]) -> [usize; N] {
    let mut order = [0; N];
    let mut i = 0;
    while i < N {
        order[i] = i;
        i += 1;
    }
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && before(keys[order[j]], keys[order[j - 1]]) {
            let moved = order[j];
            order[j] = order[j - 1];
            order[j - 1] = moved;
            j -= 1;
        }
        i += 1;
    }
    order
}

const fn before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

impl StoredEntry {
    pub fn new(canonical: Vec<u8>, leaf: &[u8]) -> Self {
        Self {
            canonical,
            leaf: leaf.to_vec(),
        }
    }

    /// The length of the canonical bytes (about that of the entry written out).
    pub fn canonical_len(&self) -> usize {
        self.canonical.len()
    }

    /// The entry, parsed.
    pub fn entry(&self) -> Result<Entry, Corrupt> {
        let mut entry: Entry =
            serde_json::from_slice(&self.canonical).map_err(|e| Corrupt(e.to_string()))?;
        entry.hash = hex::encode(&self.leaf);
        Ok(entry)
    }

    /// Appends to `out` the bytes `serde_json` writes for [`entry`](Self::entry).
    pub fn write_own_shape(&self, out: &mut Vec<u8>) -> Result<(), Corrupt> {
        let text = std::str::from_utf8(&self.canonical).is_ok();
        if let Some(values) = members(&self.canonical, &KEYS, &KEYS_ORDER).filter(|_| text) {
            let start = out.len();
            if self.write_values(&values, out).is_some() {
                return Ok(());
            }
            out.truncate(start);
        }
        serde_json::to_writer(out, &self.entry()?).map_err(|e| Corrupt(e.to_string()))
    }

    fn write_values(&self, values: &[&[u8]; 19], out: &mut Vec<u8>) -> Option<()> {
        out.push(b'{');
        for (i, (key, value)) in KEYS.iter().zip(values).enumerate() {
            write_key(out, key);
            match i {
                TARGETS => write_each(out, value, &TARGET_KEYS, &TARGET_ORDER)?,
                CHANGES => write_each(out, value, &CHANGE_KEYS, &CHANGE_ORDER)?,
                _ => out.extend_from_slice(value),
            }
            out.push(b',');
        }
        // `Entry::hash` is left out when empty.
        if self.leaf.is_empty() {
            out.pop();
        } else {
            write_key(out, b"hash");
            out.push(b'"');
            let at = out.len();
            out.resize(at + 2 * self.leaf.len(), 0);
            hex::encode_to_slice(&self.leaf, &mut out[at..]).ok()?;
            out.push(b'"');
        }
        out.push(b'}');
        Some(())
    }
}

/// Appends a JSON array of these entries, each in its own shape.
pub fn write_array(entries: &[StoredEntry], out: &mut Vec<u8>) -> Result<(), Corrupt> {
    out.push(b'[');
    for (i, entry) in entries.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        entry.write_own_shape(out)?;
    }
    out.push(b']');
    Ok(())
}

fn write_key(out: &mut Vec<u8>, key: &[u8]) {
    out.push(b'"');
    out.extend_from_slice(key);
    out.extend_from_slice(b"\":");
}

/// Writes an array of objects, each with exactly `keys`, its members in that order.
fn write_each<const N: usize>(
    out: &mut Vec<u8>,
    array: &[u8],
    keys: &[&[u8]; N],
    order: &[usize; N],
) -> Option<()> {
    out.push(b'[');
    let mut first = true;
    Reader::new(array).array(|element| {
        if !std::mem::take(&mut first) {
            out.push(b',');
        }
        let values = members(element, keys, order)?;
        out.push(b'{');
        for (j, (key, value)) in keys.iter().zip(values).enumerate() {
            if j > 0 {
                out.push(b',');
            }
            write_key(out, key);
            out.extend_from_slice(value);
        }
        out.push(b'}');
        Some(())
    })?;
    out.push(b']');
    Some(())
}

/// The values of an object's `keys`, when `json` is that one object, written as `serde_json`
/// writes what it parses from it, with each key once and no other (unknown keys are left out,
/// as parsing leaves them out). The caller checks that the bytes are UTF-8, once. `order` is
/// the order the keys are expected in, each member's key tried first against the next one.
fn members<'a, const N: usize>(
    json: &'a [u8],
    keys: &[&[u8]; N],
    order: &[usize; N],
) -> Option<[&'a [u8]; N]> {
    let mut values: [Option<&[u8]>; N] = [None; N];
    let mut reader = Reader::new(json);
    let mut expected = order.iter().copied().peekable();
    reader.object(|key, value| {
        let at = expected
            .next_if(|&i| keys[i] == key)
            .or_else(|| keys.iter().position(|k| *k == key));
        if let Some(i) = at {
            if values[i].replace(value).is_some() {
                return None;
            }
        }
        Some(())
    })?;
    if reader.at != json.len() {
        return None;
    }
    let mut out = [&json[..0]; N];
    for (slot, value) in out.iter_mut().zip(values) {
        *slot = value?;
    }
    Some(out)
}

/// Nesting deeper than this is left to `serde_json` (whose own limit is 128).
const MAX_DEPTH: u32 = 100;

/// Reads JSON as `serde_json` writes it: no whitespace, strings escaped the way it escapes
/// (the short escapes, and `\u00xx` in lowercase for other control characters), and numbers
/// that print back as they read. RFC 8785 agrees on everything but some numbers: it writes
/// floats as ECMAScript does, which differs from `serde_json` for some (`0.000001` comes back
/// as `1e-6`), and integers past 64 bits read as floats. Every method answers `None` for
/// anything else.
struct Reader<'a> {
    json: &'a [u8],
    at: usize,
    depth: u32,
}

impl<'a> Reader<'a> {
    fn new(json: &'a [u8]) -> Self {
        Self {
            json,
            at: 0,
            depth: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.json.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// One value; its bytes.
    fn value(&mut self) -> Option<&'a [u8]> {
        let start = self.at;
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            b'{' => self.nested(|r| r.object(|_, _| Some(())))?,
            b'[' => self.nested(|r| r.array(|_| Some(())))?,
            b't' => self.word(b"true")?,
            b'f' => self.word(b"false")?,
            b'n' => self.word(b"null")?,
            b'-' | b'0'..=b'9' => self.number()?,
            _ => return None,
        }
        Some(&self.json[start..self.at])
    }

    fn nested(&mut self, read: impl FnOnce(&mut Self) -> Option<()>) -> Option<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        read(self)?;
        self.depth -= 1;
        Some(())
    }

    /// An object, handing each key (unquoted; keys needing escapes are refused, and the keys
    /// `serde_json` reads as its own markers, see [`crate::json::RESERVED_KEY`]) and value on.
    fn object(&mut self, mut member: impl FnMut(&'a [u8], &'a [u8]) -> Option<()>) -> Option<()> {
        self.eat(b'{')?;
        if self.eat(b'}').is_some() {
            return Some(());
        }
        loop {
            let start = self.at;
            let escaped = self.string()?;
            let key = &self.json[start + 1..self.at - 1];
            if escaped || key.starts_with(crate::json::RESERVED_KEY.as_bytes()) {
                return None;
            }
            self.eat(b':')?;
            let value = self.value()?;
            member(key, value)?;
            if self.eat(b',').is_none() {
                return self.eat(b'}');
            }
        }
    }

    fn array(&mut self, mut element: impl FnMut(&'a [u8]) -> Option<()>) -> Option<()> {
        self.eat(b'[')?;
        if self.eat(b']').is_some() {
            return Some(());
        }
        loop {
            element(self.value()?)?;
            if self.eat(b',').is_none() {
                return self.eat(b']');
            }
        }
    }

    /// A string; whether it holds an escape.
    fn string(&mut self) -> Option<bool> {
        self.eat(b'"')?;
        let mut escaped = false;
        loop {
            let rest = self.json.get(self.at..)?;
            self.at += rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
            match self.json[self.at] {
                b'"' => {
                    self.at += 1;
                    return Some(escaped);
                }
                b'\\' => {
                    escaped = true;
                    match self.json.get(self.at + 1)? {
                        b'"' | b'\\' | b'b' | b'f' | b'n' | b'r' | b't' => self.at += 2,
                        b'u' if control_escape(self.json.get(self.at + 2..self.at + 6)) => {
                            self.at += 6
                        }
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
    }

    fn word(&mut self, word: &[u8]) -> Option<()> {
        self.json[self.at..]
            .starts_with(word)
            .then(|| self.at += word.len())
    }

    fn number(&mut self) -> Option<()> {
        let start = self.at;
        while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        number_writes_back(&self.json[start..self.at]).then_some(())
    }
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

    #[test]
    fn each_key_list_is_expected_in_the_order_its_names_sort() {
        fn check<const N: usize>(keys: &[&[u8]; N], order: &[usize; N]) {
            let mut sorted = keys.to_vec();
            sorted.sort();
            let ordered: Vec<&[u8]> = order.iter().map(|&i| keys[i]).collect();
            assert_eq!(ordered, sorted);
        }
        check(&KEYS, &KEYS_ORDER);
        check(&TARGET_KEYS, &TARGET_ORDER);
        check(&CHANGE_KEYS, &CHANGE_ORDER);
    }

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

    /// What the shape writes, what the parsed entry writes, and whether the canonical bytes
    /// were copied as they are.
    fn written(entry: &Entry) -> (Vec<u8>, Vec<u8>, bool) {
        let bytes = entry.canonical_bytes();
        let stored = StoredEntry::new(bytes.clone(), &[9u8; 32]);
        let mut shape = Vec::new();
        stored.write_own_shape(&mut shape).unwrap();
        let parsed = serde_json::to_vec(&stored.entry().unwrap()).unwrap();
        (shape, parsed, members(&bytes, &KEYS, &KEYS_ORDER).is_some())
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
    fn an_entry_without_a_hash_is_written_without_one_as_its_parsed_entry_is() {
        let stored = StoredEntry::new(entry(json!({}), json!(1)).canonical_bytes(), &[]);
        let mut shape = Vec::new();
        stored.write_own_shape(&mut shape).unwrap();
        assert_eq!(shape, serde_json::to_vec(&stored.entry().unwrap()).unwrap());
        assert!(!String::from_utf8(shape).unwrap().contains("\"hash\""));
    }

    #[test]
    fn a_body_that_is_not_an_entry_is_corrupt() {
        let whole = entry(json!({}), json!(1)).canonical_bytes();
        for cut in [1, 7, whole.len() / 2, whole.len() - 1] {
            let stored = StoredEntry::new(whole[..cut].to_vec(), &[0; 32]);
            assert!(stored.write_own_shape(&mut Vec::new()).is_err(), "{cut}");
            assert!(stored.entry().is_err());
        }
    }

    #[test]
    fn bytes_written_otherwise_than_serde_json_writes_them_are_parsed() {
        let e = entry(json!({"a": "x"}), json!(1));
        let bytes = String::from_utf8(e.canonical_bytes()).unwrap();
        for (from, to) in [
            (r#""a":"x""#, r#""a": "x""#),
            (r#""a":"x""#, r#""a":"\u0078""#),
            (r#""a":"x""#, r#""a":"\/""#),
            (r#""a":"x""#, r#""a":1.50"#),
            (r#""a":"x""#, r#""$serde_json::private::RawValue":"[1]""#),
            (r#""id":"log_1","#, ""),
            (r#""id":"log_1","#, r#""id":"log_1","id":"log_2","#),
        ] {
            let changed = bytes.replacen(from, to, 1);
            assert_ne!(changed, bytes);
            assert!(
                members(changed.as_bytes(), &KEYS, &KEYS_ORDER).is_none(),
                "{changed}"
            );
            let stored = StoredEntry::new(changed.into_bytes(), &[9; 32]);
            let mut shape = Vec::new();
            match stored.entry() {
                Ok(parsed) => {
                    stored.write_own_shape(&mut shape).unwrap();
                    assert_eq!(shape, serde_json::to_vec(&parsed).unwrap());
                }
                Err(_) => assert!(stored.write_own_shape(&mut shape).is_err()),
            }
        }
    }
}
