//! `GET /openapi.json`: the service described as OpenAPI 3.1 — every route of the router, its
//! parameters, bodies, answers and the one error shape. `tests/api/openapi.rs` fails when a
//! route of the router is missing here or this names one the router does not have.

mod retention;
mod schemas;
mod streams;

use axum::Json;
use serde_json::{json, Map, Value};

pub async fn document() -> Json<Value> {
    Json(spec())
}

/// Each operation's `operationId`: what a generated client names its function.
const OPERATION_IDS: &[(&str, &str, &str)] = &[
    ("get", "/healthz", "health"),
    ("get", "/readyz", "ready"),
    ("get", "/metrics", "metrics"),
    ("get", "/openapi.json", "openApiDocument"),
    ("get", "/console", "consoleRedirect"),
    ("get", "/console/", "console"),
    ("get", "/console/{file}", "consoleFile"),
    ("get", "/v1/me", "me"),
    ("get", "/v1/signing-key", "signingKey"),
    ("post", "/v1/organizations", "createOrganization"),
    ("get", "/v1/organizations", "listOrganizations"),
    (
        "get",
        "/v1/organizations/{organization_id}",
        "getOrganization",
    ),
    (
        "post",
        "/v1/organizations/{organization_id}/api-keys",
        "createApiKey",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/api-keys",
        "listApiKeys",
    ),
    (
        "delete",
        "/v1/organizations/{organization_id}/api-keys/{key_id}",
        "revokeApiKey",
    ),
    (
        "post",
        "/v1/organizations/{organization_id}/viewer-tokens",
        "createViewerToken",
    ),
    (
        "post",
        "/v1/organizations/{organization_id}/holds",
        "createHold",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/holds",
        "listHolds",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/holds/{hold_id}",
        "getHold",
    ),
    (
        "post",
        "/v1/organizations/{organization_id}/holds/{hold_id}/release",
        "releaseHold",
    ),
    (
        "post",
        "/v1/organizations/{organization_id}/dashboard/change-logs",
        "organizationChangeLogs",
    ),
    (
        "post",
        "/v1/organizations/{organization_id}/users/{user_id}/change-logs",
        "memberChangeLogs",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log",
        "listAuditLog",
    ),
    (
        "post",
        "/v1/organizations/{organization_id}/audit-log",
        "appendEntry",
    ),
    (
        "post",
        "/v1/organizations/{organization_id}/audit-log/batch",
        "appendBatch",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log/facets",
        "facets",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log/stream",
        "liveTail",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log/export",
        "exportAuditLog",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log/checkpoint",
        "checkpoint",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log/proof/inclusion",
        "inclusionProof",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log/proof/consistency",
        "consistencyProof",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log/{id}",
        "getEntry",
    ),
    (
        "get",
        "/v1/organizations/{organization_id}/audit-log/{id}/receipt",
        "receipt",
    ),
    (
        "get",
        "/v1/{organization_id}/audit-logs",
        "listAuditLogsCamel",
    ),
    (
        "get",
        "/v1/{collection}/{resource_id}/history",
        "resourceHistory",
    ),
    ("get", "/orgs/{org_id}/audit-logs", "listAuditLogsInvent"),
];

fn spec() -> Value {
    let mut doc = paths_and_components();
    if let Value::Object(paths) = &mut doc["paths"] {
        paths.extend(holds());
        paths.extend(streams::paths());
        paths.extend(retention::paths());
    }
    doc["components"]["schemas"]["Stream"] = streams::schema();
    doc["components"]["schemas"]["Retention"] = retention::schema();
    for (method, path, id) in OPERATION_IDS {
        if let Some(op) = doc.pointer_mut(&format!("/paths/{}/{method}", path.replace('/', "~1"))) {
            op["operationId"] = json!(id);
        }
    }
    doc
}

/// Legal holds, apart from the one large literal (whose nesting reaches the macro's limit).
fn holds() -> Map<String, Value> {
    let hold = || answer("The hold", "application/json", r("LegalHold"));
    let date = || json!({"type": "string"});
    let filter = json!({"type": ["object", "null"], "additionalProperties": false, "properties": {
        "actor_id": string_id(), "resource_id": string_id(), "from_date": date(), "to_date": date(),
        "event_prefix": {"type": "string", "pattern": "^[a-z][a-z0-9_.]*$", "maxLength": 64}}});
    let body = json_body(json!({"type": "object", "required": ["name", "reason"],
        "additionalProperties": false, "properties": {"name": name(),
        "reason": {"type": "string", "minLength": 1, "maxLength": 2000, "pattern": "\\S"},
        "filter": filter}}));
    let list = answer(
        "Every hold, standing and released, oldest first",
        "application/json",
        json!({"type": "object", "properties": {"items": {"type": "array", "items": r("LegalHold")}}}),
    );
    let mut out = Map::new();
    out.insert("/v1/organizations/{organization_id}/holds".into(), json!({
        "post": op("Places a legal hold (admin)", vec![org()], Some(body), ("201", hold()), WRITE),
        "get": op("The organization's legal holds (admin)", vec![org()], None, ("200", list), READ),
    }));
    out.insert("/v1/organizations/{organization_id}/holds/{hold_id}".into(), json!({
        "get": op("One legal hold (admin)", vec![org(), path("hold_id")], None, ("200", hold()), READ),
    }));
    out.insert(
        "/v1/organizations/{organization_id}/holds/{hold_id}/release".into(),
        json!({
            "post": op("Releases a legal hold (admin); deletes nothing by itself",
                vec![org(), path("hold_id")], None, ("200", hold()), READ),
        }),
    );
    out
}

fn string_id() -> Value {
    json!({"type": "string", "minLength": 1, "maxLength": 128})
}

fn r(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn path(name: &str) -> Value {
    json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}})
}

fn query(name: &str, schema: Value, description: &str) -> Value {
    json!({"name": name, "in": "query", "required": false, "schema": schema,
           "description": description})
}

fn text() -> Value {
    json!({"type": "string"})
}

pub(super) fn dotted() -> Value {
    json!({"type": "string", "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$", "maxLength": 64})
}

/// `schema`, or `null`: an optional member of a body the server reads as left out when null.
pub(super) fn or_null(mut schema: Value) -> Value {
    if let Some(Value::String(t)) = schema.get("type").cloned() {
        schema["type"] = json!([t, "null"]);
    }
    schema
}

/// 1–128 characters, none of them a control character (Unicode Cc).
pub(super) fn id() -> Value {
    json!({"type": "string", "minLength": 1, "maxLength": 128,
           "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"})
}

/// A date or an RFC 3339 date-time (a date as an upper bound means the end of that day).
pub(super) fn date() -> Value {
    json!({"type": "string", "anyOf": [{"format": "date"}, {"format": "date-time"}],
           "description": "YYYY-MM-DD or RFC 3339"})
}

/// 1–256 characters, not only whitespace.
fn name() -> Value {
    json!({"type": "string", "minLength": 1, "maxLength": 256, "pattern": "\\S"})
}

fn count(min: u64, max: u64) -> Value {
    json!({"type": "integer", "minimum": min, "maximum": max})
}

/// Seed 002's filters, shared by its listing, facets, export and the live tail.
fn seed002() -> Vec<Value> {
    vec![
        query("entity_type", dotted(), "resource_type"),
        query("action_type", dotted(), "action (the verb)"),
        query("actor_id", id(), "user_id"),
        query("target_id", id(), "the primary resource or any target"),
        query("department_id", id(), "department_id"),
        query("from_date", date(), "timestamp at or after"),
        query(
            "to_date",
            date(),
            "timestamp at or before (a date means its end)",
        ),
        query(
            "search_term",
            json!({"type": "string", "maxLength": 256}),
            "word prefixes",
        ),
    ]
}

fn json_body(schema: Value) -> Value {
    json!({"required": true, "content": {"application/json": {"schema": schema}}})
}

fn answer(description: &str, media: &str, schema: Value) -> Value {
    json!({"description": description, "content": {media: {"schema": schema}}})
}

/// An operation: its answers are `ok` plus the errors it may give, all in the one shape.
fn op(
    summary: &str,
    params: Vec<Value>,
    body: Option<Value>,
    ok: (&str, Value),
    errors: &[u16],
) -> Value {
    let mut responses = Map::new();
    responses.insert(ok.0.into(), ok.1);
    for status in errors {
        responses.insert(
            status.to_string(),
            json!({"$ref": format!("#/components/responses/E{status}")}),
        );
    }
    let mut out = json!({"summary": summary, "parameters": params, "responses": responses});
    if let Some(body) = body {
        out["requestBody"] = body;
    }
    out
}

const READ: &[u16] = &[400, 401, 403, 404, 429, 500];
/// A read of one entry, which may have been pruned.
const READ_ENTRY: &[u16] = &[400, 401, 403, 404, 410, 429, 500];
const WRITE: &[u16] = &[400, 401, 403, 404, 408, 409, 413, 415, 429, 500, 503];

fn with(mut params: Vec<Value>, more: Vec<Value>) -> Vec<Value> {
    params.extend(more);
    params
}

fn org() -> Value {
    path("organization_id")
}

fn paths_and_components() -> Value {
    let entry_ok = ("200", answer("The entry", "application/json", r("Entry")));
    let text_ok = |d: &str| ("200", answer(d, "text/plain", text()));
    let listing = op(
        "Seed 002: the organization's entries, newest first, with filters and search",
        with(
            vec![org()],
            with(
                seed002(),
                vec![
                    query("skip", count(0, i64::MAX as u64), "entries to skip"),
                    query("limit", count(1, 100), "page size (50)"),
                    query("cursor", text(), "a next_cursor of this listing"),
                ],
            ),
        ),
        None,
        ("200", answer("A page", "application/json", r("SearchPage"))),
        READ,
    );
    let append = op(
        "Writes one entry (201; 200 replaying an idempotency key)",
        vec![
            org(),
            json!({"name": "Idempotency-Key", "in": "header", "required": false,
            "schema": {"type": "string", "maxLength": 200}}),
        ],
        Some(json_body(r("NewEntry"))),
        (
            "201",
            answer("The stored entry", "application/json", r("Entry")),
        ),
        WRITE,
    );
    let mut append = append;
    append["responses"]["200"] = answer(
        "The original entry: its idempotency key was seen before",
        "application/json",
        r("Entry"),
    );
    let mut batch = op(
        "Writes 1–1000 entries atomically",
        vec![
            org(),
            json!({"name": "Idempotency-Key", "in": "header", "required": false,
            "schema": {"type": "string", "maxLength": 200}}),
        ],
        Some(json_body(json!({"type": "object", "required": ["items"],
            "additionalProperties": false, "properties": {"items": {"type": "array",
            "minItems": 1, "maxItems": 1000, "items": r("NewEntry")}}}))),
        (
            "201",
            answer("The stored entries", "application/json", r("Items")),
        ),
        WRITE,
    );
    batch["responses"]["200"] = answer(
        "Every item replayed an idempotency key seen before",
        "application/json",
        r("Items"),
    );
    json!({
        "openapi": "3.1.0",
        "info": {"title": "auditlog", "version": env!("CARGO_PKG_VERSION"),
            "description": "A multi-tenant, tamper-evident audit log. docs/api.md is the prose."},
        "security": [{"bearer": []}, {"apiKey": []}],
        "paths": {
            "/healthz": {"get": {"summary": "Liveness", "security": [],
                "responses": {"200": answer("ok", "application/json", json!({"type": "object"}))}}},
            "/readyz": {"get": {"summary": "Readiness: not shutting down, and the database answers", "security": [],
                "responses": {"200": answer("ready", "application/json", json!({"type": "object"})),
                    "503": {"$ref": "#/components/responses/E503"}}}},
            "/metrics": {"get": op("Metrics in Prometheus' text format, for the admin token or AUDITLOG_METRICS_TOKEN", vec![], None,
                ("200", answer("Prometheus text format 0.0.4", "text/plain", text())), &[400, 401, 403, 429])},
            "/openapi.json": {"get": {"summary": "This document", "security": [],
                "responses": {"200": answer("OpenAPI 3.1", "application/json", json!({"type": "object"}))}}},
            "/console": {"get": {"summary": "Redirects to /console/", "security": [],
                "responses": {"308": {"description": "To /console/"}}}},
            "/console/": {"get": {"summary": "The web console", "security": [],
                "responses": {"200": answer("The console's page", "text/html", text())}}},
            "/console/{file}": {"get": {"summary": "One of the console's files", "security": [],
                "parameters": [path("file")],
                "responses": {"200": {"description": "The file"},
                    "404": {"$ref": "#/components/responses/E404"}}}},
            "/v1/me": {"get": op("What the presented credential is and reads", vec![], None,
                ("200", answer("The principal", "application/json", r("Me"))), &[400, 401, 429])},
            "/v1/signing-key": {"get": {"summary": "The checkpoints' verifier key", "security": [],
                "responses": {"200": answer("<name>+<id>+<base64 key>", "text/plain", text())}}},
            "/v1/organizations": {
                "post": op("Creates an organization (admin)", vec![],
                    Some(json_body(json!({"type": "object", "required": ["name"],
                        "additionalProperties": false, "properties": {
                        "id": {"type": ["string", "null"], "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$"},
                        "name": name()}}))),
                    ("201", answer("The organization", "application/json", r("Organization"))), WRITE),
                "get": op("Every customer organization (admin; not the service's own, _service)", vec![], None,
                    ("200", answer("Organizations", "application/json", json!({"type": "object",
                        "properties": {"items": {"type": "array", "items": r("Organization")}}}))),
                    &[400, 401, 403, 429, 500]),
            },
            "/v1/organizations/{organization_id}": {"get": op("One organization", vec![org()], None,
                ("200", answer("The organization", "application/json", r("Organization"))), READ)},
            "/v1/organizations/{organization_id}/api-keys": {
                "post": op("Creates an API key (admin); its secret is shown once", vec![org()],
                    Some(json_body(json!({"type": "object", "required": ["name", "scopes"],
                        "additionalProperties": false, "properties": {"name": name(),
                        "scopes": {"type": "array", "minItems": 1,
                            "items": {"enum": ["audit:read", "audit:write"]}},
                        "compatibility": {"enum": ["aitronos-sdk", null]}}}))),
                    ("201", answer("The key and its secret", "application/json", r("ApiKey"))), WRITE),
                "get": op("The organization's keys (admin)", vec![org()], None,
                    ("200", answer("Keys, without secrets", "application/json", json!({"type": "object",
                        "properties": {"items": {"type": "array", "items": r("ApiKey")}}}))), READ),
            },
            "/v1/organizations/{organization_id}/api-keys/{key_id}": {"delete": op(
                "Revokes a key (admin)", vec![org(), path("key_id")], None,
                ("204", json!({"description": "Revoked"})), READ)},
            "/v1/organizations/{organization_id}/viewer-tokens": {"post": op(
                "Issues a read-only viewer token, optionally pinned to a filter", vec![org()],
                Some(json_body(json!({"type": "object", "additionalProperties": false, "properties": {
                    "ttl_seconds": {"type": ["integer", "null"], "minimum": 60, "maximum": 86400},
                    "filter": {"type": ["object", "null"], "additionalProperties": false,
                        "properties": {"entity_type": or_null(dotted()),
                        "action_type": or_null(dotted()), "actor_id": or_null(id()),
                        "target_id": or_null(id()), "department_id": or_null(id()),
                        "from_date": or_null(date()), "to_date": or_null(date())}}}}))),
                ("201", answer("The token", "application/json", r("ViewerToken"))), WRITE)},
            "/v1/organizations/{organization_id}/dashboard/change-logs": {"post": op(
                "The SDK's change logs of the organization", vec![org()],
                Some(json_body(change_logs_body())),
                ("200", answer("Change logs", "application/json", r("ChangeLogs"))), WRITE)},
            "/v1/organizations/{organization_id}/users/{user_id}/change-logs": {"post": op(
                "The SDK's change logs of one actor", vec![org(), path("user_id")],
                Some(json_body(change_logs_body())),
                ("200", answer("Change logs", "application/json", r("ChangeLogs"))), WRITE)},
            "/v1/organizations/{organization_id}/audit-log": {"get": listing, "post": append},
            "/v1/organizations/{organization_id}/audit-log/batch": {"post": batch},
            "/v1/organizations/{organization_id}/audit-log/facets": {"get": op(
                "A field's values under the other filters, with exact counts",
                with(vec![org(), json!({"name": "field", "in": "query", "required": true,
                    "schema": {"enum": ["resource_type", "entity_type", "action", "action_type",
                        "event", "user_id", "actor_id", "department_id", "resource_id", "target_id"]}})],
                    with(seed002(), vec![query("limit", count(1, 1000), "most values (100)")])),
                None, ("200", answer("Values", "application/json", r("Facets"))), READ)},
            "/v1/organizations/{organization_id}/audit-log/stream": {"get": op(
                "The live tail as Server-Sent Events; resumable with Last-Event-ID",
                with(vec![org(), json!({"name": "Last-Event-ID", "in": "header", "required": false,
                    "schema": {"type": "string", "pattern": "^[0-9]+$"}})],
                    with(seed002(), vec![query("after", count(0, i64::MAX as u64), "a sequence"),
                        query("heartbeat_seconds", count(1, 300), "15")])),
                None, ("200", answer("Events: id = sequence, data = the entry", "text/event-stream", text())),
                READ)},
            "/v1/organizations/{organization_id}/audit-log/export": {"get": op(
                "Every matching entry in sequence order, streamed",
                with(vec![org()], with(seed002(),
                    vec![query("format", json!({"enum": ["ndjson", "csv"]}), "ndjson"),
                        query("include_pruned", json!({"enum": ["true", "false"]}),
                            "false; true (unfiltered NDJSON only) adds a line for each pruned stretch and each pruning marker")])),
                None, ("200", json!({"description": "The export", "content": {
                    "application/x-ndjson": {"schema": text()}, "text/csv": {"schema": text()}}})),
                READ)},
            "/v1/organizations/{organization_id}/audit-log/checkpoint": {"get": op(
                "The latest signed checkpoint (C2SP signed note)", vec![org()], None,
                text_ok("A signed tlog-checkpoint"), READ)},
            "/v1/organizations/{organization_id}/audit-log/proof/inclusion": {"get": op(
                "An inclusion proof", vec![org(),
                    json!({"name": "sequence", "in": "query", "required": true, "schema": count(1, i64::MAX as u64)}),
                    query("tree_size", count(1, i64::MAX as u64), "the tree's size")],
                None, ("200", answer("The proof", "application/json", json!({"type": "object"}))), READ_ENTRY)},
            "/v1/organizations/{organization_id}/audit-log/proof/consistency": {"get": op(
                "A consistency proof", vec![org(),
                    json!({"name": "from", "in": "query", "required": true, "schema": count(1, i64::MAX as u64)}),
                    query("to", count(1, i64::MAX as u64), "the tree's size")],
                None, ("200", answer("The proof", "application/json", json!({"type": "object"}))), READ)},
            "/v1/organizations/{organization_id}/audit-log/{id}": {"get": op(
                "One entry by id", vec![org(), path("id")], None, entry_ok, READ_ENTRY)},
            "/v1/organizations/{organization_id}/audit-log/{id}/receipt": {"get": op(
                "A receipt: the entry's inclusion in the latest checkpoint (C2SP tlog-proof)",
                vec![org(), path("id")], None, text_ok("A tlog-proof"), READ_ENTRY)},
            "/v1/{organization_id}/audit-logs": {"get": op("Seed 000: camelCase listing",
                vec![org(), query("resourceType", dotted(), ""), query("resourceId", id(), ""),
                    query("action", dotted(), ""), query("userId", id(), ""),
                    query("startDate", date(), ""), query("endDate", date(), ""),
                    query("limit", count(1, 100), "50"), query("offset", count(0, i64::MAX as u64), "0")],
                None, ("200", answer("A page", "application/json", r("CamelPage"))), READ)},
            "/v1/{collection}/{resource_id}/history": {"get": op("Seed 001: one resource's history",
                vec![json!({"name": "collection", "in": "path", "required": true, "schema": {"enum":
                    ["assistants", "threads", "vector-stores", "rules", "mcp-configurations"]}}),
                    path("resource_id"), query("organization_id", text(), "required with the admin token"),
                    query("action", dotted(), ""), query("user_id", id(), ""),
                    query("start_date", date(), ""), query("end_date", date(), ""),
                    query("limit", count(1, 100), "50"), query("offset", count(0, i64::MAX as u64), "0")],
                None, ("200", answer("A page", "application/json", r("HistoryPage"))), READ)},
            "/orgs/{org_id}/audit-logs": {"get": op("Seed 003: Invent-style listing",
                vec![path("org_id"), query("action", json!({"anyOf": [{"const": "ALL"}, dotted()]}),
                    "ALL or a dotted event"),
                    query("user_id", id(), ""), query("assistant_id", id(), ""),
                    query("workflow_id", id(), ""), query("connection_id", id(), ""),
                    query("from", date(), ""), query("to", date(), ""),
                    query("page", count(1, i64::MAX as u64), "1"), query("take", count(1, 100), "100"),
                    query("next", text(), "a cursor from the Link header")],
                None, ("200", answer("Entries; X-Total-Count and Link headers", "application/json",
                    json!({"type": "array", "items": r("InventEntry")}))), READ)},
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer",
                    "description": "An API key (alk_…), the admin token, or a viewer token (alv_…)"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            },
            "schemas": schemas::schemas(),
            "responses": errors(),
        },
    })
}

fn change_logs_body() -> Value {
    json!({"type": "object", "additionalProperties": false, "properties": {
        "skip": {"type": ["integer", "null"], "minimum": 0},
        "take": {"type": ["integer", "null"], "minimum": 1, "maximum": 100},
        "start_date": {"anyOf": [{"type": "null"}, date()]},
        "end_date": {"anyOf": [{"type": "null"}, date()]},
        "resource_type": {"anyOf": [{"type": "null"}, dotted()]},
        "action": {"anyOf": [{"type": "null"}, dotted()]}}})
}

fn errors() -> Value {
    let mut out = Map::new();
    for (status, what) in [
        (400, "Invalid request (a parameter, a body field, JSON)"),
        (401, "No, an unknown, expired or revoked credential"),
        (403, "The credential may not do this"),
        (404, "No such organization, entry or route"),
        (405, "Another method is allowed here"),
        (409, "Already exists"),
        (410, "The entry was removed under the organization's retention policy"),
        (413, "The body is too large"),
        (408, "The body did not arrive within the body timeout"),
        (415, "The body is not JSON"),
        (429, "Over a rate limit; Retry-After says when to retry"),
        (500, "The server failed; it has been logged"),
        (
            503,
            "The server is busy, its storage refuses writes, or (readiness) it is not ready; Retry-After says when to retry",
        ),
    ] {
        out.insert(
            format!("E{status}"),
            answer(what, "application/json", r("Error")),
        );
    }
    Value::Object(out)
}
