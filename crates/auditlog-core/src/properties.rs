//! Property tests over generated entries and generated garbage: validation, canonical bytes
//! and the entry's round trip through JSON hold for every input, not just the examples.

use proptest::prelude::*;
use serde_json::{json, Map, Value};

use crate::canonical::to_canonical_vec;
use crate::entry::{Entry, Prepared};
use crate::json::{parse_items, parse_strict};
use crate::stored::StoredEntry;
use crate::timestamp::Timestamp;
use crate::validate::{validate_entry, Limits};

/// Any JSON value, a few levels deep, with I-JSON numbers.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-(1i64 << 53) + 1..(1i64 << 53)).prop_map(|n| json!(n)),
        (-1e15f64..1e15).prop_map(|f| json!(f)),
        // Floats ECMAScript and serde_json write differently, or one of them in exponent form.
        prop::sample::select(vec![1e-6, 2.5e-7, -1.25e-5, 5e-324, 0.1]).prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,4}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn object(fields: Vec<(&str, Option<Value>)>) -> Value {
    let map: Map<String, Value> = fields
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v)))
        .collect();
    Value::Object(map)
}

/// A valid entry as a client would send it, in every optional shape.
fn valid_input() -> impl Strategy<Value = Value> {
    let ids = "[A-Za-z0-9][\\PC]{0,20}";
    let names = prop::option::of("\\PC{0,24}");
    let changes = prop_oneof![
        Just(None),
        (
            prop::collection::btree_map("[a-z]{1,5}", any_json(), 0..4),
            prop::collection::btree_map("[a-z]{1,5}", any_json(), 0..4),
        )
            .prop_map(|(b, a)| Some((b, a))),
    ];
    (
        (
            "[a-z][a-z0-9_]{0,8}",
            "[a-z][a-z0-9_]{0,8}(\\.[a-z][a-z0-9_]{0,6})?",
            ids,
            ids,
            names.clone(),
            names,
        ),
        (
            prop::option::of("[a-z]{1,8}@[a-z]{1,8}\\.com"),
            prop::option::of(prop_oneof!["user", "api_key", "service", "system"]),
            prop::option::of(ids),
            prop::collection::vec(("[a-z]{1,8}", ids, prop::option::of("\\PC{0,12}")), 0..3),
            changes,
            prop::collection::btree_map("k_[a-z]{1,5}", any_json(), 0..4),
            prop::option::of(0i64..1_700_000_000_000_000),
            prop::option::of("[A-Za-z0-9_-]{1,30}"),
        ),
    )
        .prop_map(
            |(
                (resource_type, action, resource_id, user_id, resource_name, user_name),
                (email, actor_type, department, targets, changes, metadata, micros, key),
            )| {
                let targets: Vec<Value> = targets
                    .into_iter()
                    .map(|(kind, id, name)| json!({"type": kind, "id": id, "name": name}))
                    .collect();
                let (before, after) = match changes {
                    Some((b, a)) => (
                        Some(Value::Object(b.into_iter().collect())),
                        Some(Value::Object(a.into_iter().collect())),
                    ),
                    None => (None, None),
                };
                object(vec![
                    ("resource_type", Some(json!(resource_type))),
                    ("action", Some(json!(action))),
                    ("resource_id", Some(json!(resource_id))),
                    ("user_id", Some(json!(user_id))),
                    ("resource_name", resource_name.map(Value::String)),
                    ("user_name", user_name.map(Value::String)),
                    ("user_email", email.map(Value::String)),
                    ("actor_type", actor_type.map(|t| json!(t))),
                    ("department_id", department.map(Value::String)),
                    ("targets", Some(Value::Array(targets))),
                    ("before", before),
                    ("after", after),
                    (
                        "metadata",
                        Some(Value::Object(metadata.into_iter().collect())),
                    ),
                    (
                        "timestamp",
                        micros.map(|m| json!(Timestamp::from_micros(m).to_string())),
                    ),
                    ("idempotency_key", key.map(Value::String)),
                ])
            },
        )
}

/// Every §1 field but `hash`, canonicalized the generic way.
fn generic_canonical(entry: &Entry) -> Vec<u8> {
    let mut value = serde_json::to_value(entry).unwrap();
    value.as_object_mut().unwrap().remove("hash");
    to_canonical_vec(&value)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_valid_entry_keeps_its_canonical_bytes_through_storage_and_json(
        input in valid_input(),
        sequence in 1u64..1 << 40,
        received in 0i64..1_800_000_000_000_000,
    ) {
        let new = validate_entry(input.clone(), "", &Limits::now())
            .map_err(|e| TestCaseError::fail(format!("{input}: {} {}", e.param, e.message)))?;
        let prepared = Prepared::new(new, "log_01JAAAAAAAAAAAAAAAAAAAAAAA".into(), "org_p".into());
        let (entry, bytes) = prepared.assemble(sequence, Timestamp::from_micros(received));
        // The writer's spliced bytes are the entry's canonical bytes, field by field or generic.
        prop_assert_eq!(&bytes, &entry.canonical_bytes());
        prop_assert_eq!(&bytes, &generic_canonical(&entry));
        // What a client reads back parses into the same entry, with the same hash.
        let text = serde_json::to_string(&entry).unwrap();
        let back: Entry = serde_json::from_value(parse_strict(text.as_bytes()).unwrap()).unwrap();
        prop_assert_eq!(&back, &entry);
        prop_assert_eq!(&back.canonical_bytes(), &bytes);
        // Read back from storage, it is written exactly as the entry parsed from its bytes.
        let stored = StoredEntry::new(bytes, &[7; 32]);
        let parsed = serde_json::to_string(&stored.entry().unwrap()).unwrap();
        let mut shape = Vec::new();
        stored.write_own_shape(&mut shape).unwrap();
        prop_assert_eq!(String::from_utf8(shape).unwrap(), parsed);
    }

    #[test]
    fn validation_answers_any_json_with_a_value_or_a_named_field(value in any_json()) {
        let _ = validate_entry(value, "items[0].", &Limits::now());
    }

    #[test]
    fn canonical_bytes_parse_back_to_the_value_and_are_a_fixed_point(value in any_json()) {
        let bytes = to_canonical_vec(&value);
        let back = parse_strict(&bytes).unwrap();
        prop_assert_eq!(to_canonical_vec(&back), bytes);
    }

    #[test]
    fn the_parsers_answer_any_bytes_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let _ = parse_strict(&bytes);
        let _ = parse_items(&bytes, 3, 16, |_, _| Ok::<(), ()>(()));
        let mut wrapped = b"{\"items\": [".to_vec();
        wrapped.extend_from_slice(&bytes);
        let _ = parse_items(&wrapped, 3, 16, |_, _| Ok::<(), ()>(()));
    }
}
