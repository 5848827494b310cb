//! The admin's API over streams: `POST`/`GET /v1/organizations/{org}/streams`, `GET`/`DELETE
//! …/streams/{id}` and `POST …/streams/{id}/pause|resume|replay`. A stream's secret or token is
//! never shown again after creation (a webhook's generated secret is shown once, then).

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Map, Value};

use auditlog_core::Timestamp;
use auditlog_store::{StreamChange, StreamRecord};

use super::destination::Destination;
use super::state_name;
use crate::auth::Principal;
use crate::error::{ApiError, Result};
use crate::extract::{PathParams, RawJson};
use crate::params::Params;
use crate::routes::organizations::object;
use crate::service_log::{self, Event, Origin};
use crate::AppState;

fn not_found() -> ApiError {
    ApiError::not_found("stream_not_found", "Stream not found")
}

/// A stream as the API shows it, with its delivery status against a tree of `size` entries.
fn stream_json(s: &StreamRecord, size: u64) -> Value {
    let destination: Option<Destination> = serde_json::from_str(&s.config).ok();
    json!({
        "id": s.id,
        "organization_id": s.org.as_str(),
        "kind": destination.as_ref().map(|d| d.kind.as_str()),
        "url": destination.as_ref().map(|d| d.url.clone()),
        "filter": destination.as_ref().map(|d| Value::Object(d.filter.clone())),
        "state": state_name(s.paused, s.failures),
        "last_delivered_sequence": s.cursor,
        "tree_size": size,
        "lag": size.saturating_sub(s.cursor),
        "last_delivered_at": s.delivered_at,
        "consecutive_failures": s.failures,
        "last_error": s.last_error,
        "last_error_at": s.last_error_at,
        "created_at": s.created_at,
    })
}

/// `from_sequence` from a body: the first sequence to deliver, at most one past the log's end.
fn from_sequence(body: &Map<String, Value>, size: u64) -> Result<Option<u64>> {
    match body.get("from_sequence") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 && n <= size + 1 => Ok(Some(n)),
            _ => Err(ApiError::invalid(
                "invalid_value",
                "from_sequence",
                format!(
                    "`from_sequence` must be a sequence from 1 to {} (one past the log's end)",
                    size + 1
                ),
            )),
        },
    }
}

pub async fn create(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    origin: Origin,
    body: RawJson,
) -> Result<(StatusCode, Json<Value>)> {
    let org = principal
        .admin_organization(&state, &org_id, "manage streams")
        .await?;
    let body = object(
        &body,
        &["kind", "url", "secret", "token", "filter", "from_sequence"],
    )?;
    let destination = Destination::from_body(&body)?;
    let size = state.store.tree_head(&org).await?.size;
    let from = from_sequence(&body, size)?;
    let cursor = from.map_or(size, |n| n - 1);
    let record = StreamRecord {
        org: org.clone(),
        id: format!("str_{}", ulid::Ulid::new()),
        config: serde_json::to_string(&destination)
            .map_err(|e| ApiError::Internal(e.to_string()))?,
        paused: false,
        cursor,
        last_batch: cursor,
        replays: 0,
        delivered_at: None,
        failures: 0,
        last_error: None,
        last_error_at: None,
        created_at: Timestamp::now(),
    };
    state.store.create_stream(&record).await?;
    let event = Event::new("stream", "created", record.id.clone(), &org)
        .with("kind", destination.kind.as_str())
        .with("url", destination.url.clone())
        .with("filter", Value::Object(destination.filter.clone()))
        .with("from_sequence", record.cursor + 1);
    service_log::record(&state, &principal, &origin, event).await;
    let mut shown = stream_json(&record, size);
    if body.get("secret").is_none_or(Value::is_null) {
        if let Some(secret) = destination.secret {
            shown["secret"] = secret.into();
        }
    }
    Ok((StatusCode::CREATED, Json(shown)))
}

pub async fn list(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal
        .admin_organization(&state, &org_id, "manage streams")
        .await?;
    Params::parse(query.as_deref())?.finish()?;
    let size = state.store.tree_head(&org).await?.size;
    let streams = state.store.streams(Some(&org)).await?;
    let items: Vec<Value> = streams.iter().map(|s| stream_json(s, size)).collect();
    Ok(Json(json!({ "items": items })))
}

pub async fn get(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, id)): PathParams<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal
        .admin_organization(&state, &org_id, "manage streams")
        .await?;
    Params::parse(query.as_deref())?.finish()?;
    let size = state.store.tree_head(&org).await?.size;
    let streams = state.store.streams(Some(&org)).await?;
    let stream = streams.iter().find(|s| s.id == id).ok_or_else(not_found)?;
    Ok(Json(stream_json(stream, size)))
}

pub async fn delete(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, id)): PathParams<(String, String)>,
    origin: Origin,
) -> Result<StatusCode> {
    let org = principal
        .admin_organization(&state, &org_id, "manage streams")
        .await?;
    if !state.store.delete_stream(&org, &id).await? {
        return Err(not_found());
    }
    let event = Event::new("stream", "deleted", id, &org);
    service_log::record(&state, &principal, &origin, event).await;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn pause(
    principal: Principal,
    state: State<AppState>,
    path: PathParams<(String, String)>,
    origin: Origin,
) -> Result<Json<Value>> {
    change(
        principal,
        state,
        path,
        origin,
        StreamChange::Pause,
        "paused",
    )
    .await
}

pub async fn resume(
    principal: Principal,
    state: State<AppState>,
    path: PathParams<(String, String)>,
    origin: Origin,
) -> Result<Json<Value>> {
    change(
        principal,
        state,
        path,
        origin,
        StreamChange::Resume,
        "resumed",
    )
    .await
}

/// `{"from_sequence": N}`: delivery starts again at N, which is still in the log.
pub async fn replay(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, id)): PathParams<(String, String)>,
    origin: Origin,
    body: RawJson,
) -> Result<Json<Value>> {
    let org = principal
        .admin_organization(&state, &org_id, "manage streams")
        .await?;
    let body = object(&body, &["from_sequence"])?;
    let size = state.store.tree_head(&org).await?.size;
    let from = from_sequence(&body, size)?.ok_or_else(|| {
        ApiError::invalid(
            "invalid_value",
            "from_sequence",
            "`from_sequence` is required",
        )
    })?;
    let rewind = StreamChange::Rewind { cursor: from - 1 };
    let stream = state
        .store
        .change_stream(&org, &id, rewind)
        .await?
        .ok_or_else(not_found)?;
    let event = Event::new("stream", "replayed", id, &org).with("from_sequence", from);
    service_log::record(&state, &principal, &origin, event).await;
    Ok(Json(stream_json(&stream, size)))
}

async fn change(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, id)): PathParams<(String, String)>,
    origin: Origin,
    change: StreamChange,
    action: &'static str,
) -> Result<Json<Value>> {
    let org = principal
        .admin_organization(&state, &org_id, "manage streams")
        .await?;
    let stream = state
        .store
        .change_stream(&org, &id, change)
        .await?
        .ok_or_else(not_found)?;
    let size = state.store.tree_head(&org).await?.size;
    let event = Event::new("stream", action, id, &org);
    service_log::record(&state, &principal, &origin, event).await;
    Ok(Json(stream_json(&stream, size)))
}
