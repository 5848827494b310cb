//! Streams in the OpenAPI document, apart from the one large literal.

use serde_json::{json, Map, Value};

use super::{answer, date, dotted, id, json_body, op, or_null, org, path, r, READ, WRITE};

/// Stream paths, each operation with its `operationId`.
pub(super) fn paths() -> Map<String, Value> {
    let stream = || {
        answer(
            "The stream and its delivery status",
            "application/json",
            r("Stream"),
        )
    };
    let filter = json!({"type": ["object", "null"], "additionalProperties": false,
        "description": "The seed-002 filters, each a string as in the query",
        "properties": {"entity_type": dotted(), "action_type": dotted(), "actor_id": id(),
        "target_id": id(), "department_id": id(), "from_date": date(), "to_date": date(),
        "search_term": {"type": "string", "maxLength": 200}}});
    let from = json!({"type": "integer", "minimum": 1,
        "description": "The first sequence to deliver (default: the next entry written)"});
    let body = json_body(json!({"type": "object", "required": ["kind", "url"],
        "additionalProperties": false, "properties": {
        "kind": {"enum": ["webhook", "splunk_hec", "datadog"]},
        "url": {"type": "string", "format": "uri", "maxLength": 2048,
            "description": "https://, or http:// to a loopback address"},
        "secret": or_null(json!({"type": "string", "pattern": "^whsec_",
            "description": "A webhook's signing secret; made and shown once if left out"})),
        "token": or_null(json!({"type": "string",
            "description": "Splunk's HEC token or Datadog's API key"})),
        "filter": filter, "from_sequence": or_null(from.clone())}}));
    let replay = json_body(json!({"type": "object", "required": ["from_sequence"],
        "additionalProperties": false, "properties": {"from_sequence": from}}));
    let list = answer(
        "Every stream, oldest first",
        "application/json",
        json!({"type": "object", "properties": {"items": {"type": "array", "items": r("Stream")}}}),
    );
    let one = || vec![org(), path("stream_id")];
    let named = |mut operation: Value, id: &str| {
        operation["operationId"] = json!(id);
        operation
    };
    let mut out = Map::new();
    let base = "/v1/organizations/{organization_id}/streams";
    out.insert(base.into(), json!({
        "post": named(op("Creates a stream (admin)", vec![org()], Some(body), ("201", stream()), WRITE), "createStream"),
        "get": named(op("The organization's streams (admin)", vec![org()], None, ("200", list), READ), "listStreams"),
    }));
    out.insert(format!("{base}/{{stream_id}}"), json!({
        "get": named(op("One stream and its status (admin)", one(), None, ("200", stream()), READ), "getStream"),
        "delete": named(op("Deletes a stream (admin)", one(), None,
            ("204", json!({"description": "Deleted"})), READ), "deleteStream"),
    }));
    for (action, summary, id) in [
        ("pause", "Pauses a stream (admin)", "pauseStream"),
        (
            "resume",
            "Resumes a stream, retrying at once (admin)",
            "resumeStream",
        ),
    ] {
        out.insert(
            format!("{base}/{{stream_id}}/{action}"),
            json!({
                "post": named(op(summary, one(), None, ("200", stream()), WRITE), id),
            }),
        );
    }
    out.insert(
        format!("{base}/{{stream_id}}/replay"),
        json!({
            "post": named(op("Delivers again from a sequence still in the log (admin)", one(),
                Some(replay), ("200", stream()), WRITE), "replayStream"),
        }),
    );
    out
}

/// The `Stream` schema.
pub(super) fn schema() -> Value {
    let time = json!({"type": ["string", "null"], "format": "date-time"});
    json!({"type": "object",
        "required": ["id", "organization_id", "kind", "url", "filter", "state",
            "last_delivered_sequence", "tree_size", "lag", "consecutive_failures", "created_at"],
        "properties": {"id": {"type": "string"}, "organization_id": {"type": "string"},
        "kind": {"enum": ["webhook", "splunk_hec", "datadog"]}, "url": {"type": "string"},
        "filter": {"type": "object"}, "state": {"enum": ["active", "retrying", "failing", "paused"]},
        "last_delivered_sequence": {"type": "integer"}, "tree_size": {"type": "integer"},
        "lag": {"type": "integer"}, "last_delivered_at": time,
        "consecutive_failures": {"type": "integer"},
        "last_error": {"type": ["string", "null"]}, "last_error_at": time,
        "created_at": {"type": "string", "format": "date-time"},
        "secret": {"type": "string", "description": "Only in the answer that made it"}}})
}
