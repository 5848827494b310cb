//! Strict JSON: RFC 8259 as parsed by serde_json, plus the I-JSON (RFC 7493) rules that make
//! every stored value round-trip and hash canonically — no duplicate object keys (rejected while
//! parsing, since a map cannot remember them) and no integer beyond ±(2^53 − 1) (checked by
//! [`check_numbers`] while validating, so the error can name the field).

mod items;
mod members;

use std::cell::Cell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};

pub use items::{parse_items, ItemsError};
use members::StrictItem;
pub use members::{Item, Members};

/// The largest integer every I-JSON reader represents exactly.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Most JSON values (objects, arrays, strings, numbers, literals) one entry may hold: more than
/// an entry of the largest accepted size can, so the limit only stops a body that would build
/// a huge tree in memory before the size check could refuse it.
pub const MAX_VALUES: usize = 1 << 16;

/// Object keys with this prefix are refused anywhere in a document. `serde_json` (built with
/// `raw_value`, as axum's `json` feature builds it) reads an object keyed
/// `$serde_json::private::RawValue` as the JSON in its string, so such an entry would read
/// back otherwise than it was written and hashed.
pub const RESERVED_KEY: &str = "$serde_json::private::";

/// Parses a whole document, rejecting duplicate keys, reserved keys and trailing data.
pub fn parse_strict(bytes: &[u8]) -> Result<Value, serde_json::Error> {
    let budget = Cell::new(usize::MAX);
    parse_with(bytes, StrictValue { budget: &budget })
}

/// Why [`parse_bounded`] refused a document.
#[derive(Debug)]
pub enum BoundedError {
    Json(serde_json::Error),
    /// It holds more values than allowed.
    TooManyValues,
}

/// [`parse_strict`], stopping at the first value past `max_values`.
pub fn parse_bounded(bytes: &[u8], max_values: usize) -> Result<Value, BoundedError> {
    let budget = Cell::new(max_values);
    bounded(parse_with(bytes, StrictValue { budget: &budget }), &budget)
}

/// [`parse_bounded`] for an entry: an object comes as its [`Members`].
pub fn parse_item_bounded(bytes: &[u8], max_values: usize) -> Result<Item, BoundedError> {
    let budget = Cell::new(max_values);
    bounded(parse_with(bytes, StrictItem { budget: &budget }), &budget)
}

fn bounded<T>(
    parsed: Result<T, serde_json::Error>,
    budget: &Cell<usize>,
) -> Result<T, BoundedError> {
    parsed.map_err(|e| {
        if budget.get() == 0 {
            BoundedError::TooManyValues
        } else {
            BoundedError::Json(e)
        }
    })
}

fn parse_with<'de, S: DeserializeSeed<'de>>(
    bytes: &'de [u8],
    seed: S,
) -> Result<S::Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = seed.deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// Finds the first number that I-JSON cannot carry exactly (returning its path below `path`),
/// and rewrites integral floats (`1.0`, `-0.0`) as integers, which is how RFC 8785 writes them —
/// so the value a client reads back is the value that was hashed.
pub fn check_numbers(value: &mut Value, path: &str) -> Result<(), String> {
    let mut below = Vec::new();
    if normalize_numbers(value, &mut below) {
        return Ok(());
    }
    // The path is built only for the error, from the innermost step out.
    let mut out = path.to_owned();
    for step in below.iter().rev() {
        match step {
            Step::Index(i) => out.push_str(&format!("[{i}]")),
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
        }
    }
    Err(out)
}

enum Step<'a> {
    Index(usize),
    Key(&'a str),
}

/// [`check_numbers`]'s walk: false at the first unsafe number, with the steps to it in `below`
/// (innermost first).
fn normalize_numbers<'a>(value: &'a mut Value, below: &mut Vec<Step<'a>>) -> bool {
    match value {
        Value::Number(n) if !is_safe_number(n) => false,
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|f| n.is_f64() && f.fract() == 0.0) {
                *n = Number::from(f as i64);
            }
            true
        }
        Value::Array(items) => items.iter_mut().enumerate().all(|(i, v)| {
            normalize_numbers(v, below) || {
                below.push(Step::Index(i));
                false
            }
        }),
        Value::Object(map) => map.iter_mut().all(|(k, v)| {
            normalize_numbers(v, below) || {
                below.push(Step::Key(k));
                false
            }
        }),
        _ => true,
    }
}

fn is_safe_number(n: &Number) -> bool {
    if let Some(u) = n.as_u64() {
        return u <= MAX_SAFE_INTEGER;
    }
    if let Some(i) = n.as_i64() {
        return i.unsigned_abs() <= MAX_SAFE_INTEGER;
    }
    match n.as_f64() {
        // Integral values this large were integers the client could not mean exactly.
        Some(f) => f.is_finite() && !(f.fract() == 0.0 && f.abs() > MAX_SAFE_INTEGER as f64),
        None => false,
    }
}

/// Counts one value against the budget, failing once it is spent.
pub(crate) fn spend<E: serde::de::Error>(budget: &Cell<usize>) -> Result<(), E> {
    let left = budget
        .get()
        .checked_sub(1)
        .ok_or_else(|| E::custom("too many JSON values"))?;
    budget.set(left);
    Ok(())
}

/// Builds a [`Value`], refusing duplicate keys and counting values against a budget.
#[derive(Clone, Copy)]
pub(crate) struct StrictValue<'a> {
    pub budget: &'a Cell<usize>,
}

impl<'de> DeserializeSeed<'de> for StrictValue<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        spend(self.budget)?;
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("number is not finite"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(self)? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            if key.starts_with(RESERVED_KEY) {
                return Err(A::Error::custom(format!("reserved key {key:?}")));
            }
            match map.entry(key) {
                Entry::Occupied(held) => {
                    return Err(A::Error::custom(format!("duplicate key {:?}", held.key())))
                }
                Entry::Vacant(slot) => {
                    slot.insert(access.next_value_seed(self)?);
                }
            }
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_with_more_values_than_allowed_stops_there() {
        assert!(parse_bounded(b"[0,0,0]", 4).is_ok());
        let too_many = |r| matches!(r, Err(BoundedError::TooManyValues));
        assert!(too_many(parse_bounded(b"[0,0,0,0]", 4)));
        assert!(too_many(parse_bounded(br#"{"a":{"b":1}}"#, 2)));
        assert!(matches!(
            parse_bounded(b"[0,", 4),
            Err(BoundedError::Json(_))
        ));
    }

    #[test]
    fn keys_serde_json_reads_as_its_own_markers_are_rejected_at_any_depth() {
        for doc in [
            r#"{"$serde_json::private::RawValue":"[1]"}"#,
            r#"{"metadata":{"x":{"$serde_json::private::RawValue":"[1]"}}}"#,
            r#"{"a":[{"$serde_json::private::Number":"1"}]}"#,
        ] {
            let e = parse_strict(doc.as_bytes()).unwrap_err();
            assert!(e.to_string().contains("reserved key"), "{doc}: {e}");
        }
    }

    #[test]
    fn duplicate_keys_are_rejected_at_any_depth() {
        assert!(parse_strict(br#"{"a":1,"a":2}"#).is_err());
        assert!(parse_strict(br#"{"x":[{"a":1,"a":1}]}"#).is_err());
        assert!(parse_strict(br#"{"a":{"a":1}}"#).is_ok());
    }

    #[test]
    fn lone_surrogates_nan_and_trailing_data_are_rejected() {
        assert!(parse_strict(br#""\ud800""#).is_err());
        assert!(parse_strict(br#"NaN"#).is_err());
        assert!(parse_strict(br#"{} x"#).is_err());
        assert!(parse_strict(br#""\ud83d\ude00""#).is_ok());
    }

    #[test]
    fn integers_beyond_two_to_the_53_are_named_by_path() {
        let mut ok =
            parse_strict(br#"{"a":9007199254740991,"b":-9007199254740991,"c":1.5}"#).unwrap();
        assert_eq!(check_numbers(&mut ok, ""), Ok(()));
        let mut big = parse_strict(br#"{"a":{"b":[1,9007199254740992]}}"#).unwrap();
        assert_eq!(
            check_numbers(&mut big, "metadata"),
            Err("metadata.a.b[1]".into())
        );
        let mut deep = parse_strict(br#"{"x":[0,{"y":9007199254740992}]}"#).unwrap();
        assert_eq!(check_numbers(&mut deep, ""), Err("x[1].y".into()));
        let mut huge = parse_strict(br#"{"a":123456789012345678901234567890}"#).unwrap();
        assert!(check_numbers(&mut huge, "").is_err());
        assert!(parse_strict(b"1e400").is_err());
    }

    #[test]
    fn integral_floats_become_integers_as_rfc_8785_writes_them() {
        let mut v = parse_strict(br#"{"a":1.0,"b":-0.0,"c":[2.50, 1e2]}"#).unwrap();
        check_numbers(&mut v, "").unwrap();
        assert_eq!(v.to_string(), r#"{"a":1,"b":0,"c":[2.5,100]}"#);
    }
}
