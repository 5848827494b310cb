//! Writing: one entry, or an atomic batch of up to 1000.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::Serialize;

use auditlog_core::ids::is_valid_id;
use auditlog_core::json::{parse_items, ItemsError, MAX_VALUES};
use auditlog_core::validate::{validate_entry, MAX_ENTRY_BYTES};
use auditlog_core::{Entry, FieldError, Limits, NewEntry};
use auditlog_store::Appended;

use crate::auth::{Principal, SCOPE_WRITE};
use crate::error::{ApiError, Result};
use crate::extract::{PathParams, RawJson};
use crate::AppState;

pub const MAX_BATCH: usize = 1000;

/// `POST /v1/organizations/{organization_id}/audit-log`: 201 with the stored entry, or 200 with
/// the original one when its idempotency key was seen before.
pub async fn one(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    headers: HeaderMap,
    body: RawJson,
) -> Result<(StatusCode, Json<Entry>)> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_WRITE))
        .await?;
    let header_key = idempotency_header(&headers)?;
    let value = body.parse_bounded(MAX_VALUES).map_err(|e| match e {
        Some(e) => e,
        None => too_large(""),
    })?;
    let mut entry = validate_entry(value, "", &Limits::now())?;
    if let Some(key) = header_key {
        match &entry.idempotency_key {
            Some(own) if *own != key => {
                return Err(ApiError::invalid(
                    "invalid_value",
                    "idempotency_key",
                    "`idempotency_key` differs from the Idempotency-Key header",
                ))
            }
            _ => entry.idempotency_key = Some(key),
        }
    }
    let mut stored = state.store.append(&org.id, vec![entry]).await?;
    let Appended { entry, created } = stored
        .pop()
        .ok_or_else(|| ApiError::Internal("append returned nothing".into()))?;
    state.metrics.ingested(&org.id, usize::from(created));
    Ok((status(created), Json(entry)))
}

/// The stored batch, serialized straight from the entries (no intermediate JSON tree).
#[derive(Serialize)]
pub struct Items {
    items: Vec<Entry>,
}

/// `POST …/audit-log/batch` with `{"items": [...]}`: all or nothing. An `Idempotency-Key` header
/// gives each item without its own key the key `<header>/<index>`, so a retried batch replays.
pub async fn batch(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    headers: HeaderMap,
    body: RawJson,
) -> Result<(StatusCode, Json<Items>)> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_WRITE))
        .await?;
    let header_key = idempotency_header(&headers)?;
    let limits = Limits::now();
    let mut entries: Vec<NewEntry> = Vec::new();
    let read = parse_items(body.bytes(), MAX_BATCH, MAX_VALUES, |i, item| {
        let mut entry = validate_entry(item, &format!("items[{i}]."), &limits)?;
        if let (None, Some(key)) = (&entry.idempotency_key, &header_key) {
            entry.idempotency_key = Some(format!("{key}/{i}"));
        }
        entries.push(entry);
        Ok::<(), FieldError>(())
    });
    let items = |message: &str| ApiError::invalid("invalid_value", "items", message);
    match read {
        Ok(_) => {}
        Err(ItemsError::Json(e)) => return Err(RawJson::invalid_json(&e)),
        Err(ItemsError::NotObject) => {
            return Err(items("The body must be an object: {\"items\": [...]}"))
        }
        Err(ItemsError::Missing) => return Err(items("`items` is required")),
        Err(ItemsError::NotArray) => return Err(items("`items` must be an array")),
        Err(ItemsError::UnknownField(unknown)) => {
            return Err(ApiError::invalid(
                "invalid_value",
                unknown.clone(),
                format!("unknown field `{unknown}`"),
            ))
        }
        Err(ItemsError::Count) => {
            return Err(items(&format!(
                "`items` must hold 1 to {MAX_BATCH} entries"
            )))
        }
        Err(ItemsError::TooLarge(i)) => return Err(too_large(&format!("items[{i}]"))),
        Err(ItemsError::Item(_, e)) => return Err(e.into()),
    }
    let stored = state.store.append(&org.id, entries).await?;
    let made = stored.iter().filter(|a| a.created).count();
    state.metrics.ingested(&org.id, made);
    let created = made > 0;
    let items = stored.into_iter().map(|a| a.entry).collect();
    Ok((status(created), Json(Items { items })))
}

/// An entry whose JSON holds more values than one of the largest accepted size could.
fn too_large(param: &str) -> ApiError {
    ApiError::Invalid {
        code: "invalid_value",
        message: format!("an entry may be at most {MAX_ENTRY_BYTES} bytes of JSON"),
        param: (!param.is_empty()).then(|| param.to_owned()),
    }
}

fn status(created: bool) -> StatusCode {
    if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    }
}

fn idempotency_header(headers: &HeaderMap) -> Result<Option<String>> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    match value.to_str() {
        // Leave room for the `/<index>` suffix a batch adds.
        Ok(key) if is_valid_id(key, 200) => Ok(Some(key.to_owned())),
        _ => Err(ApiError::invalid(
            "invalid_value",
            "Idempotency-Key",
            "The Idempotency-Key header must be 1–200 visible characters",
        )),
    }
}
