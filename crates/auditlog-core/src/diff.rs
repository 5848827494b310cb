//! `changes` computed from `before`/`after` snapshots (docs/api.md §1).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::entry::Change;

/// Nested objects become dotted paths; arrays and scalars compare as whole values; a key only in
/// `after` has `old_value: null`, one only in `before` `new_value: null`; sorted by path.
pub fn diff(before: &Map<String, Value>, after: &Map<String, Value>) -> Vec<Change> {
    let (mut old, mut new) = (BTreeMap::new(), BTreeMap::new());
    flatten(before, "", &mut old);
    flatten(after, "", &mut new);
    let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter_map(|path| {
            let (o, n) = (old.get(path), new.get(path));
            (o != n).then(|| Change {
                field: path.clone(),
                old_value: o.cloned().cloned().unwrap_or(Value::Null),
                new_value: n.cloned().cloned().unwrap_or(Value::Null),
            })
        })
        .collect()
}

fn flatten<'a>(map: &'a Map<String, Value>, prefix: &str, out: &mut BTreeMap<String, &'a Value>) {
    for (key, value) in map {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            // An empty object has no leaves; keep it as a value so that {} → {"a": 1} shows.
            Value::Object(inner) if !inner.is_empty() => flatten(inner, &path, out),
            _ => {
                out.insert(path, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn fields(changes: &[Change]) -> Vec<(&str, Value, Value)> {
        changes
            .iter()
            .map(|c| (c.field.as_str(), c.old_value.clone(), c.new_value.clone()))
            .collect()
    }

    #[test]
    fn nested_objects_become_dotted_paths_sorted() {
        let before = obj(json!({"temperature": 0.7, "tools": {"web_search": false, "code": true}}));
        let after = obj(json!({"temperature": 0.9, "tools": {"web_search": true, "code": true}}));
        assert_eq!(
            fields(&diff(&before, &after)),
            vec![
                ("temperature", json!(0.7), json!(0.9)),
                ("tools.web_search", json!(false), json!(true)),
            ]
        );
    }

    #[test]
    fn added_and_removed_keys_have_null_on_the_missing_side() {
        let before = obj(json!({"gone": "x", "same": 1}));
        let after = obj(json!({"added": [1, 2], "same": 1}));
        assert_eq!(
            fields(&diff(&before, &after)),
            vec![
                ("added", Value::Null, json!([1, 2])),
                ("gone", json!("x"), Value::Null)
            ]
        );
    }

    #[test]
    fn arrays_compare_as_whole_values() {
        let before = obj(json!({"tags": ["a", "b"]}));
        let after = obj(json!({"tags": ["a", "c"]}));
        assert_eq!(
            fields(&diff(&before, &after)),
            vec![("tags", json!(["a", "b"]), json!(["a", "c"]))]
        );
        assert!(diff(&before, &before).is_empty());
    }

    #[test]
    fn an_object_replaced_by_a_scalar_shows_both_paths() {
        let before = obj(json!({"a": {"x": 1}}));
        let after = obj(json!({"a": 5}));
        assert_eq!(
            fields(&diff(&before, &after)),
            vec![("a", Value::Null, json!(5)), ("a.x", json!(1), Value::Null)]
        );
    }
}
