//! Retention in the OpenAPI document.

use serde_json::{json, Map, Value};

use super::{answer, json_body, op, org, r, READ, WRITE};
use crate::retention::policy::{MAX_DAYS, MAX_RULES};

/// Retention paths, each operation with its `operationId`.
pub(super) fn paths() -> Map<String, Value> {
    let days = json!({"type": "integer", "minimum": 1, "maximum": MAX_DAYS});
    let body = json_body(json!({"type": "object", "additionalProperties": false,
        "description": "Neither `days` nor `rules`: keep everything forever",
        "properties": {
        "days": {"anyOf": [{"type": "null"}, days],
            "description": "Days an entry no rule names is kept; null: forever"},
        "rules": {"type": "array", "maxItems": MAX_RULES, "items": {"type": "object",
            "required": ["event_prefix", "days"], "additionalProperties": false,
            "properties": {"event_prefix": {"type": "string", "pattern": "^[a-z][a-z0-9_.]{0,63}$"},
                "days": days}}}}}));
    let policy = || answer("The policy", "application/json", r("Retention"));
    let markers = answer(
        "Every pruning step's signed marker, oldest first",
        "application/json",
        json!({"type": "object", "properties": {"items": {"type": "array", "items": {
            "type": "object", "properties": {"number": {"type": "integer"},
            "first_sequence": {"type": "integer"}, "last_sequence": {"type": "integer"},
            "count": {"type": "integer"}, "note": {"type": "string"},
            "created_at": {"type": "string", "format": "date-time"}}}}}}),
    );
    let named = |mut operation: Value, id: &str| {
        operation["operationId"] = json!(id);
        operation
    };
    let base = "/v1/organizations/{organization_id}/retention";
    let mut out = Map::new();
    out.insert(base.into(), json!({
        "get": named(op("The organization's retention policy (admin)", vec![org()], None, ("200", policy()), READ), "getRetention"),
        "put": named(op("Sets the organization's retention policy (admin)", vec![org()], Some(body), ("200", policy()), WRITE), "setRetention"),
    }));
    out.insert(format!("{base}/markers"), json!({
        "get": named(op("The signed record of every pruning step (admin)", vec![org()], None, ("200", markers), READ), "listPruneMarkers"),
    }));
    out
}

/// The `Retention` schema.
pub(super) fn schema() -> Value {
    json!({"type": "object",
        "required": ["organization_id", "days", "rules", "updated_at", "pruned_entries"],
        "properties": {"organization_id": {"type": "string"},
        "days": {"type": ["integer", "null"]},
        "rules": {"type": "array", "items": {"type": "object",
            "properties": {"event_prefix": {"type": "string"}, "days": {"type": "integer"}}}},
        "updated_at": {"type": ["string", "null"], "format": "date-time"},
        "pruned_entries": {"type": "integer"}}})
}
