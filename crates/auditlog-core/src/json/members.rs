//! The top level of an entry as it is read: its members in the order they came, without a
//! hash table. Each member is looked up once, by name, among a dozen or so, so a list is
//! cheaper than the map [`Value::Object`] builds (hashing every key, growing a table), and
//! every entry of every batch is read this way.

use std::cell::Cell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::{spend, StrictValue, RESERVED_KEY};

/// An object's members in document order, keys distinct.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Members(Vec<(String, Value)>);

/// A document read with [`StrictItem`]: an object's members, or any other value.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Object(Members),
    Other(Value),
}

/// Past this many keys, duplicates are found with a set rather than by looking at each key.
const LINEAR_KEYS: usize = 32;

impl Members {
    /// The member named `key`, taken out (the order of the rest may change).
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let at = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.swap_remove(at).1)
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The keys, in document order until a member is removed.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    /// Whether the object as compact JSON is longer than `max` bytes. A bound from the
    /// values' sizes settles nearly every entry without the exact count, which escapes every
    /// string.
    pub fn longer_than(&self, max: usize) -> bool {
        let bound = longest_object(self.0.iter().map(|(k, v)| (k, v)));
        bound > max && self.compact_len() > max
    }

    /// The object's length as compact JSON, as `serde_json` writes it, counted without
    /// building the text.
    pub fn compact_len(&self) -> usize {
        compact_len(&AsMap(&self.0))
    }
}

/// Members serialized as the object they are.
struct AsMap<'a>(&'a [(String, Value)]);

impl serde::Serialize for AsMap<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl From<Map<String, Value>> for Members {
    fn from(map: Map<String, Value>) -> Self {
        Self(map.into_iter().collect())
    }
}

impl From<Item> for Value {
    fn from(item: Item) -> Self {
        match item {
            Item::Object(Members(members)) => Value::Object(members.into_iter().collect()),
            Item::Other(v) => v,
        }
    }
}

/// At least the length of `value` as compact JSON: a character is escaped in at most 6 bytes,
/// and no number takes more than 32.
fn longest(value: &Value) -> usize {
    match value {
        Value::Null | Value::Bool(_) => 5,
        Value::Number(_) => 32,
        Value::String(s) => longest_str(s),
        Value::Array(items) => items
            .iter()
            .map(longest)
            .fold(items.len() + 2, usize::saturating_add),
        Value::Object(map) => longest_object(map.iter()),
    }
}

fn longest_object<'a>(members: impl ExactSizeIterator<Item = (&'a String, &'a Value)>) -> usize {
    let braces_and_commas = members.len() + 2;
    members
        .map(|(k, v)| longest_str(k).saturating_add(1).saturating_add(longest(v)))
        .fold(braces_and_commas, usize::saturating_add)
}

fn longest_str(s: &str) -> usize {
    s.len().saturating_mul(6).saturating_add(2)
}

/// The length of `value` as compact JSON.
fn compact_len<T: serde::Serialize + ?Sized>(value: &T) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    match serde_json::to_writer(&mut count, value) {
        Ok(()) => count.0,
        Err(_) => usize::MAX,
    }
}

/// Reads an [`Item`] under the rules of [`StrictValue`], whose budget it shares.
#[derive(Clone, Copy)]
pub(crate) struct StrictItem<'a> {
    pub budget: &'a Cell<usize>,
}

impl<'de> DeserializeSeed<'de> for StrictItem<'_> {
    type Value = Item;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Item, D::Error> {
        spend(self.budget)?;
        d.deserialize_any(self)
    }
}

impl<'a> StrictItem<'a> {
    fn value(self) -> StrictValue<'a> {
        StrictValue {
            budget: self.budget,
        }
    }
}

impl<'de> Visitor<'de> for StrictItem<'_> {
    type Value = Item;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    // Anything but an object is read as [`StrictValue`] reads it.
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Item, E> {
        self.value().visit_bool(v).map(Item::Other)
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Item, E> {
        self.value().visit_i64(v).map(Item::Other)
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Item, E> {
        self.value().visit_u64(v).map(Item::Other)
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Item, E> {
        self.value().visit_f64(v).map(Item::Other)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Item, E> {
        self.value().visit_str(v).map(Item::Other)
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Item, E> {
        self.value().visit_string(v).map(Item::Other)
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Item, E> {
        self.value().visit_unit().map(Item::Other)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Item, E> {
        self.value().visit_none().map(Item::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Item, A::Error> {
        self.value().visit_seq(seq).map(Item::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Item, A::Error> {
        let mut members: Vec<(String, Value)> = Vec::with_capacity(16);
        let mut seen: Option<HashSet<String>> = None;
        while let Some(key) = access.next_key::<String>()? {
            if key.starts_with(RESERVED_KEY) {
                return Err(A::Error::custom(format!("reserved key {key:?}")));
            }
            let duplicate = match &mut seen {
                Some(seen) => !seen.insert(key.clone()),
                None => members.iter().any(|(k, _)| *k == key),
            };
            if duplicate {
                return Err(A::Error::custom(format!("duplicate key {key:?}")));
            }
            members.push((key, access.next_value_seed(self.value())?));
            if seen.is_none() && members.len() > LINEAR_KEYS {
                seen = Some(members.iter().map(|(k, _)| k.clone()).collect());
            }
        }
        Ok(Item::Object(Members(members)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(doc: &str) -> Result<Item, serde_json::Error> {
        let budget = Cell::new(usize::MAX);
        let mut de = serde_json::Deserializer::from_str(doc);
        let item = StrictItem { budget: &budget }.deserialize(&mut de)?;
        de.end()?;
        Ok(item)
    }

    fn members(doc: &str) -> Members {
        match read(doc).unwrap() {
            Item::Object(m) => m,
            Item::Other(v) => panic!("not an object: {v}"),
        }
    }

    #[test]
    fn members_keep_their_order_and_read_as_the_value_would() {
        let doc = r#"{"b":1,"a":{"y":[1,"x"],"x":null},"c":"\u00e9\n"}"#;
        let m = members(doc);
        assert_eq!(m.keys().collect::<Vec<_>>(), ["b", "a", "c"]);
        let value = crate::json::parse_strict(doc.as_bytes()).unwrap();
        assert_eq!(Value::from(Item::Object(m.clone())), value);
        assert_eq!(m.compact_len(), value.to_string().len());
        assert_eq!(Members::from(value.as_object().unwrap().clone()), m);
    }

    #[test]
    fn the_length_limit_is_exact_however_the_values_are_written() {
        let doc = r#"{"\u0001":"\u0000\u001f\"\\é𝄞","n":[-1.2345678901234567e-300,18446744073709551615,-9223372036854775808,1e300],"o":{"":null,"t":true}}"#;
        let m = members(doc);
        let exact = m.compact_len();
        assert_eq!(
            exact,
            crate::json::parse_strict(doc.as_bytes())
                .unwrap()
                .to_string()
                .len()
        );
        assert!(m.longer_than(exact - 1));
        assert!(!m.longer_than(exact));
        for v in [&m.0[0].1, &m.0[1].1, &m.0[2].1] {
            assert!(longest(v) >= compact_len(v), "{v}");
        }
    }

    #[test]
    fn taking_a_member_leaves_the_others() {
        let mut m = members(r#"{"a":1,"b":2,"c":3}"#);
        assert_eq!(m.remove("a"), Some(Value::from(1)));
        assert_eq!(m.remove("a"), None);
        assert_eq!(m.get("c"), Some(&Value::from(3)));
        assert_eq!(m.get("b"), Some(&Value::from(2)));
    }

    #[test]
    fn duplicate_and_reserved_keys_are_refused_however_many_keys_come_first() {
        for n in [0, 5, LINEAR_KEYS, LINEAR_KEYS + 1, 100] {
            let keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\":{i}")).collect();
            let head = if n == 0 {
                String::new()
            } else {
                format!("{},", keys.join(","))
            };
            let dup = format!(r#"{{{head}"x":1,"x":2}}"#);
            let e = read(&dup).unwrap_err();
            assert!(e.to_string().contains("duplicate key \"x\""), "{n}: {e}");
            let first = format!(r#"{{{head}"k0":1}}"#);
            assert_eq!(read(&first).is_err(), n > 0, "{n}");
            let reserved = format!(r#"{{{head}"$serde_json::private::RawValue":"1"}}"#);
            assert!(read(&reserved)
                .unwrap_err()
                .to_string()
                .contains("reserved"));
        }
    }

    #[test]
    fn other_values_are_read_whole_against_the_budget() {
        assert_eq!(
            read("[1,{\"a\":2}]").unwrap(),
            Item::Other(serde_json::json!([1, {"a": 2}]))
        );
        assert_eq!(read("1.5").unwrap(), Item::Other(serde_json::json!(1.5)));
        let budget = Cell::new(3);
        let mut de = serde_json::Deserializer::from_str(r#"{"a":{"b":1}}"#);
        assert!(StrictItem { budget: &budget }.deserialize(&mut de).is_ok());
        let budget = Cell::new(2);
        let mut de = serde_json::Deserializer::from_str(r#"{"a":{"b":1}}"#);
        assert!(StrictItem { budget: &budget }.deserialize(&mut de).is_err());
        assert_eq!(budget.get(), 0);
    }
}
