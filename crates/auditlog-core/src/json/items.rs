//! A batch body, `{"items": [...]}`, read one item at a time: each item is parsed into a value,
//! handed to the caller (who validates it into something compact) and dropped before the next
//! is read. A body of millions of tiny items stops at the first item past the limit, and one
//! huge item at its value budget, instead of first building the whole tree in memory.

use std::cell::{Cell, RefCell};
use std::fmt;

use serde::de::{
    DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

use super::members::{Item, StrictItem};

/// Why a batch body was refused.
#[derive(Debug)]
pub enum ItemsError<E> {
    /// Not JSON, or JSON with duplicate keys, non-finite numbers or trailing data.
    Json(serde_json::Error),
    NotObject,
    Missing,
    NotArray,
    /// A member other than `items`, by name.
    UnknownField(String),
    /// No items, or more than the limit.
    Count,
    /// The item at this index holds more values than one entry may.
    TooLarge(usize),
    /// The caller refused the item at this index.
    Item(usize, E),
}

/// Reads `{"items": [...]}` from `bytes`, calling `each` with every item's index and value in
/// order. Structural faults (a member other than `items`, too few or too many items, malformed
/// JSON anywhere) win over a refused item, which is reported only once the body is read whole.
pub fn parse_items<E>(
    bytes: &[u8],
    max_items: usize,
    max_values: usize,
    each: impl FnMut(usize, Item) -> Result<(), E>,
) -> Result<usize, ItemsError<E>> {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'{') {
        return Err(match serde_json::from_slice::<IgnoredAny>(bytes) {
            Err(e) => ItemsError::Json(e),
            Ok(_) => ItemsError::NotObject,
        });
    }
    let state = State {
        each: RefCell::new(each),
        max_items,
        max_values,
        fault: RefCell::new(None),
        refused: RefCell::new(None),
        count: Cell::new(None),
    };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let parsed = de
        .deserialize_map(Body { state: &state })
        .and_then(|()| de.end());
    if let Some(fault) = state.fault.into_inner() {
        return Err(fault);
    }
    parsed.map_err(ItemsError::Json)?;
    let count = state.count.get().ok_or(ItemsError::Missing)?;
    if let Some((i, e)) = state.refused.into_inner() {
        return Err(ItemsError::Item(i, e));
    }
    Ok(count)
}

struct State<F, E> {
    each: RefCell<F>,
    max_items: usize,
    max_values: usize,
    /// A structural fault, which stops the parse (through a placeholder serde error).
    fault: RefCell<Option<ItemsError<E>>>,
    /// The first refused item; parsing goes on so a structural fault after it still wins.
    refused: RefCell<Option<(usize, E)>>,
    count: Cell<Option<usize>>,
}

impl<F, E> State<F, E> {
    fn stop<T, Err: serde::de::Error>(&self, fault: ItemsError<E>) -> Result<T, Err> {
        *self.fault.borrow_mut() = Some(fault);
        Err(Err::custom("batch refused"))
    }
}

struct Body<'s, F, E> {
    state: &'s State<F, E>,
}

impl<'de, F: FnMut(usize, Item) -> Result<(), E>, E> Visitor<'de> for Body<'_, F, E> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(r#"an object {"items": [...]}"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<(), A::Error> {
        let mut unknown = None;
        while let Some(key) = access.next_key::<String>()? {
            if key != "items" {
                access.next_value::<IgnoredAny>()?;
                unknown.get_or_insert(key);
                continue;
            }
            if self.state.count.get().is_some() {
                return Err(A::Error::custom("duplicate key \"items\""));
            }
            access.next_value_seed(Items { state: self.state })?;
        }
        match unknown {
            Some(key) => self.state.stop(ItemsError::UnknownField(key)),
            None => Ok(()),
        }
    }
}

struct Items<'s, F, E> {
    state: &'s State<F, E>,
}

impl<'de, F: FnMut(usize, Item) -> Result<(), E>, E> DeserializeSeed<'de> for Items<'_, F, E> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, F: FnMut(usize, Item) -> Result<(), E>, E> Visitor<'de> for Items<'_, F, E> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of entries")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let state = self.state;
        let mut index = 0;
        loop {
            if index == state.max_items {
                // One more item, if any, is one too many: skip it to find out.
                return match seq.next_element::<IgnoredAny>()? {
                    Some(_) => state.stop(ItemsError::Count),
                    None => self.finish(index),
                };
            }
            let budget = Cell::new(state.max_values);
            let item = match seq.next_element_seed(StrictItem { budget: &budget }) {
                Ok(Some(item)) => item,
                Ok(None) => return self.finish(index),
                Err(_) if budget.get() == 0 => return state.stop(ItemsError::TooLarge(index)),
                Err(e) => return Err(e),
            };
            if state.refused.borrow().is_none() {
                if let Err(e) = (state.each.borrow_mut())(index, item) {
                    *state.refused.borrow_mut() = Some((index, e));
                }
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<(), A::Error> {
        while access.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.state.stop(ItemsError::NotArray)
    }
    fn visit_bool<Err: serde::de::Error>(self, _: bool) -> Result<(), Err> {
        self.state.stop(ItemsError::NotArray)
    }
    fn visit_i64<Err: serde::de::Error>(self, _: i64) -> Result<(), Err> {
        self.state.stop(ItemsError::NotArray)
    }
    fn visit_u64<Err: serde::de::Error>(self, _: u64) -> Result<(), Err> {
        self.state.stop(ItemsError::NotArray)
    }
    fn visit_f64<Err: serde::de::Error>(self, _: f64) -> Result<(), Err> {
        self.state.stop(ItemsError::NotArray)
    }
    fn visit_str<Err: serde::de::Error>(self, _: &str) -> Result<(), Err> {
        self.state.stop(ItemsError::NotArray)
    }
    fn visit_unit<Err: serde::de::Error>(self) -> Result<(), Err> {
        self.state.stop(ItemsError::NotArray)
    }
}

impl<F, E> Items<'_, F, E> {
    fn finish<Err: serde::de::Error>(&self, count: usize) -> Result<(), Err> {
        if count == 0 {
            return self.state.stop(ItemsError::Count);
        }
        self.state.count.set(Some(count));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn read(body: &str, max_items: usize) -> Result<Vec<Value>, ItemsError<String>> {
        let mut seen = Vec::new();
        parse_items(body.as_bytes(), max_items, 8, |i, v| {
            let v = Value::from(v);
            if v == Value::String("bad".into()) {
                return Err(format!("item {i}"));
            }
            seen.push(v);
            Ok(())
        })?;
        Ok(seen)
    }

    #[test]
    fn items_arrive_in_order() {
        let items = read(r#"{"items": [1, {"a": 2}, "x"]}"#, 10).unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(items[1]["a"], 2);
    }

    #[test]
    fn the_item_past_the_limit_stops_the_parse_there() {
        assert!(read(r#"{"items": [1, 2]}"#, 2).is_ok());
        let body = format!(r#"{{"items": [{}0"#, "0,".repeat(3));
        // Unterminated after the third item: the count is refused before the syntax is seen.
        assert!(matches!(read(&body, 2), Err(ItemsError::Count)));
        assert!(matches!(
            read(r#"{"items": []}"#, 2),
            Err(ItemsError::Count)
        ));
    }

    #[test]
    fn a_structural_fault_wins_over_a_refused_item() {
        assert!(matches!(
            read(r#"{"items": ["bad"], "extra": 1}"#, 10),
            Err(ItemsError::UnknownField(k)) if k == "extra"
        ));
        assert!(matches!(
            read(r#"{"items": ["bad", 1}"#, 10),
            Err(ItemsError::Json(_))
        ));
        assert!(matches!(
            read(r#"{"items": [1, "bad", "bad"]}"#, 10),
            Err(ItemsError::Item(1, _))
        ));
    }

    #[test]
    fn each_shape_fault_is_told_apart() {
        assert!(matches!(read("[1]", 10), Err(ItemsError::NotObject)));
        assert!(matches!(read("[1", 10), Err(ItemsError::Json(_))));
        assert!(matches!(read("{}", 10), Err(ItemsError::Missing)));
        assert!(matches!(
            read(r#"{"items": {"a": 1}}"#, 10),
            Err(ItemsError::NotArray)
        ));
        assert!(matches!(
            read(r#"{"items": 3}"#, 10),
            Err(ItemsError::NotArray)
        ));
        assert!(matches!(
            read(r#"{"items": [1], "items": [2]}"#, 10),
            Err(ItemsError::Json(_))
        ));
    }

    #[test]
    fn an_item_over_its_value_budget_is_named() {
        assert!(matches!(
            read(r#"{"items": [1, [1,2,3,4,5,6,7,8,9]]}"#, 10),
            Err(ItemsError::TooLarge(1))
        ));
    }
}
