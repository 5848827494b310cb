//! The document's components: the shapes every operation refers to.

use serde_json::{json, Value};

use super::{dotted, id};

fn string() -> Value {
    json!({"type": "string"})
}

fn nullable_string() -> Value {
    json!({"type": ["string", "null"]})
}

fn date_time() -> Value {
    json!({"type": "string", "format": "date-time"})
}

fn integer() -> Value {
    json!({"type": "integer", "minimum": 0})
}

/// A string of at most `max` characters, or null.
fn short(max: u64) -> Value {
    json!({"type": ["string", "null"], "maxLength": max})
}

fn any() -> Value {
    json!({})
}

pub fn schemas() -> Value {
    let target = json!({"type": "object", "required": ["type", "id", "name"], "properties": {
        "type": string(), "id": string(), "name": nullable_string()}});
    let change = json!({"type": "object", "required": ["field", "old_value", "new_value"],
        "properties": {"field": string(), "old_value": any(), "new_value": any()}});
    let entry = json!({
        "type": "object",
        "required": ["id", "organization_id", "sequence", "timestamp", "received_at", "action",
            "event", "resource_type", "resource_id", "resource_name", "user_id", "user_name",
            "user_email", "actor_type", "department_id", "targets", "changes", "metadata",
            "idempotency_key", "hash"],
        "properties": {
            "id": string(), "organization_id": string(), "sequence": {"type": "integer", "minimum": 1},
            "timestamp": date_time(), "received_at": date_time(), "action": string(),
            "event": string(), "resource_type": string(), "resource_id": string(),
            "resource_name": nullable_string(), "user_id": string(), "user_name": nullable_string(),
            "user_email": nullable_string(),
            "actor_type": {"enum": ["user", "api_key", "service", "system"]},
            "department_id": nullable_string(),
            "targets": {"type": "array", "items": {"$ref": "#/components/schemas/Target"}},
            "changes": {"type": "array", "items": {"$ref": "#/components/schemas/Change"}},
            "metadata": {"type": "object"}, "idempotency_key": nullable_string(),
            "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}
        }
    });
    let new_entry = json!({
        "type": "object",
        "description": "An entry as a client sends it (docs/api.md §1); `before`/`after` or `changes`.",
        "required": ["action", "resource_type", "resource_id", "user_id"],
        "additionalProperties": false,
        "properties": {
            "timestamp": {"anyOf": [{"type": "null"}, date_time()]}, "action": dotted(),
            "resource_type": dotted(), "resource_id": id(),
            "resource_name": short(256), "user_id": id(),
            "user_name": short(256), "user_email": short(320),
            "actor_type": {"enum": ["user", "api_key", "service", "system", null]},
            "department_id": {"anyOf": [{"type": "null"}, id()]},
            "targets": {"type": ["array", "null"], "maxItems": 32, "items": {"type": "object",
                "required": ["type", "id"], "additionalProperties": false,
                "properties": {"type": dotted(), "id": id(), "name": short(256)}}},
            "changes": {"type": ["array", "null"], "items": {"type": "object",
                "required": ["field"], "additionalProperties": false,
                "properties": {"field": string(), "old_value": any(), "new_value": any()}}},
            "before": {"type": ["object", "null"]}, "after": {"type": ["object", "null"]},
            "metadata": {"type": ["object", "null"]}, "idempotency_key": nullable_string()
        }
    });
    let error = json!({
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "object", "required": ["message", "type", "code"],
            "properties": {"message": string(), "type": {"enum": ["invalid_request_error",
                "authentication_error", "permission_error", "not_found_error", "conflict_error",
                "api_error"]}, "code": string(), "param": string()}}}
    });
    let page = |items: &str, extra: Value| -> Value {
        let mut out = json!({"type": "object", "properties": {
            items: {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}}}});
        if let (Some(p), Value::Object(more)) = (out["properties"].as_object_mut(), extra) {
            p.extend(more);
        }
        out
    };
    json!({
        "Target": target,
        "Change": change,
        "Entry": entry,
        "NewEntry": new_entry,
        "Error": error,
        "SearchPage": page("items", json!({"total": integer(), "skip": integer(),
            "limit": integer(), "has_more": {"type": "boolean"}, "next_cursor": nullable_string()})),
        "HistoryPage": page("audit_logs", json!({"pagination": {"type": "object",
            "properties": {"total": integer(), "limit": integer(), "offset": integer(),
            "has_more": {"type": "boolean"}}}})),
        "CamelPage": {"type": "object", "properties": {
            "auditLogs": {"type": "array", "items": {"type": "object"}},
            "pagination": {"type": "object", "properties": {"total": integer(),
                "limit": integer(), "offset": integer(), "hasMore": {"type": "boolean"}}}}},
        "InventEntry": {"type": "object", "required": ["id", "action", "created_at"],
            "properties": {"id": string(), "action": string(), "created_at": date_time(),
            "source": nullable_string(), "ip": nullable_string(), "country": nullable_string(),
            "agent": nullable_string(), "actor": {"type": "object"}, "user": {"type": "object"},
            "org": {"type": "object"}, "metadata": {"type": "object"}}},
        "Items": {"type": "object", "required": ["items"], "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}}}},
        "Organization": {"type": "object", "required": ["id", "name", "created_at"],
            "properties": {"id": string(), "name": string(), "created_at": date_time()}},
        "ApiKey": {"type": "object", "required": ["id", "name", "scopes", "created_at"],
            "properties": {"id": string(), "name": string(), "created_at": date_time(),
            "scopes": {"type": "array", "items": {"enum": ["audit:read", "audit:write"]}},
            "compatibility": {"enum": ["aitronos-sdk"]}, "key": string()}},
        "LegalHold": {"type": "object",
            "required": ["id", "organization_id", "name", "reason", "filter", "status", "created_at", "released_at"],
            "properties": {"id": string(), "organization_id": string(), "name": string(),
            "reason": string(), "filter": {"type": "object"}, "status": {"enum": ["active", "released"]},
            "created_at": date_time(), "released_at": {"type": ["string", "null"], "format": "date-time"}}},
        "Facets": {"type": "object", "required": ["field", "values", "has_more"], "properties": {
            "field": string(), "has_more": {"type": "boolean"},
            "values": {"type": "array", "items": {"type": "object", "required": ["value", "count"],
                "properties": {"value": string(), "count": integer()}}}}},
        "ViewerToken": {"type": "object", "required": ["token", "url", "expires_at"],
            "properties": {"token": string(), "url": string(), "expires_at": date_time(),
            "organization_id": string(), "filter": {"type": "object"}}},
        "ChangeLogs": {"type": "object", "required": ["logs", "total_count", "skip", "take"],
            "properties": {"total_count": integer(), "skip": integer(), "take": integer(),
            "logs": {"type": "array", "items": {"type": "object", "required": ["id", "user_id",
                "user_name", "user_email", "action", "timestamp", "resource_type", "resource_id",
                "resource_name", "changes"], "properties": {"id": string(), "user_id": string(),
                "user_name": string(), "user_email": string(), "action": string(),
                "timestamp": date_time(), "resource_type": string(), "resource_id": string(),
                "resource_name": string(), "changes": {"type": "array", "items": {"type": "object",
                    "properties": {"field": string(), "old_value": nullable_string(),
                    "new_value": nullable_string()}}}}}}}},
        "Me": {"type": "object", "required": ["principal", "organization_id", "scopes"],
            "properties": {"principal": {"enum": ["admin", "api_key", "viewer_token"]},
            "organization_id": nullable_string(), "key_id": string(),
            "scopes": {"type": "array", "items": string()},
            "filter": {"type": ["object", "null"]}}},
    })
}
