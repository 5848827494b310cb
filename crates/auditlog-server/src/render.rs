//! The dialects' entry shapes. The snake_case shape is the entry's own serialization; the
//! others are derived from it here and nowhere else.

use serde_json::{json, Map, Value};

use auditlog_core::case::{camel_path, snake_to_camel};
use auditlog_core::Entry;
use auditlog_store::Organization;

/// Seed 000: every key camelCase, the top-level keys of `metadata` too, and each segment of a
/// change's `field` path.
pub fn camel(entry: &Entry) -> Value {
    let Ok(Value::Object(snake)) = serde_json::to_value(entry) else {
        return Value::Null;
    };
    let mut out = Map::with_capacity(snake.len());
    for (key, value) in snake {
        let value = match key.as_str() {
            "metadata" => camel_keys(value),
            "changes" => Value::Array(
                entry
                    .changes
                    .iter()
                    .map(|c| {
                        json!({
                            "field": camel_path(&c.field),
                            "oldValue": c.old_value,
                            "newValue": c.new_value,
                        })
                    })
                    .collect(),
            ),
            _ => value,
        };
        out.insert(snake_to_camel(&key), value);
    }
    Value::Object(out)
}

fn camel_keys(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (snake_to_camel(&k), v))
                .collect(),
        ),
        other => other,
    }
}

/// Metadata keys that seed 003 lifts to the top level.
const LIFTED: &[&str] = &["ip_address", "user_agent", "source", "country"];

/// Seed 003's entry shape.
pub fn invent(entry: &Entry, org: &Organization) -> Value {
    let actor = json!({"id": entry.user_id, "name": entry.user_name, "email": entry.user_email});
    let affected = |kind: &str| -> Value {
        if entry.resource_type == kind {
            return json!({"id": entry.resource_id, "name": entry.resource_name});
        }
        entry
            .targets
            .iter()
            .find(|t| t.kind == kind)
            .map_or(Value::Null, |t| json!({"id": t.id, "name": t.name}))
    };
    let metadata: Map<String, Value> = entry
        .metadata
        .iter()
        .filter(|(k, _)| !LIFTED.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    json!({
        "id": entry.id,
        "action": entry.event,
        "source": entry.meta_str("source"),
        "ip": entry.meta_str("ip_address"),
        "country": entry.meta_str("country"),
        "agent": entry.meta_str("user_agent"),
        "created_at": entry.timestamp,
        "actor": actor,
        "user": actor,
        "assistant": affected("assistant"),
        "workflow": affected("workflow"),
        "connection": affected("connection"),
        "broadcast": affected("broadcast"),
        "member": affected("member"),
        "org": {"id": org.id.as_str(), "name": org.name},
        "metadata": metadata,
    })
}

/// Seed 001 for a key made for the official Aitronos SDK: its response model wants `timestamp`
/// as Unix seconds and `resource_name`, `user_name`, `user_email` as strings, never null.
pub fn sdk_history(entry: &Entry) -> Value {
    let Ok(Value::Object(mut out)) = serde_json::to_value(entry) else {
        return Value::Null;
    };
    out.insert(
        "timestamp".into(),
        json!(entry.timestamp.micros().div_euclid(1_000_000)),
    );
    for field in ["resource_name", "user_name", "user_email"] {
        if out.get(field).is_none_or(Value::is_null) {
            out.insert(field.into(), json!(""));
        }
    }
    Value::Object(out)
}

/// The SDK's change-log entry (`ChangeLogResponse`): every text field a string, never null, and
/// a change's values as text — a string as itself, anything else but null as its JSON.
pub fn change_log(entry: &Entry) -> Value {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let value_text = |v: &Value| match v {
        Value::Null => Value::Null,
        Value::String(s) => Value::String(s.clone()),
        other => Value::String(other.to_string()),
    };
    json!({
        "id": entry.id,
        "user_id": entry.user_id,
        "user_name": text(&entry.user_name),
        "user_email": text(&entry.user_email),
        "action": entry.action,
        "timestamp": entry.timestamp,
        "resource_type": entry.resource_type,
        "resource_id": entry.resource_id,
        "resource_name": text(&entry.resource_name),
        "changes": entry.changes.iter().map(|c| json!({
            "field": c.field,
            "old_value": value_text(&c.old_value),
            "new_value": value_text(&c.new_value),
        })).collect::<Vec<_>>(),
    })
}
