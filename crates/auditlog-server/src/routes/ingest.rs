//! Writing: one entry, or an atomic batch of up to 1000.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use auditlog_core::ids::is_valid_id;
use auditlog_core::json::{parse_items, ItemsError, MAX_VALUES};
use auditlog_core::stored::{self, StoredEntry};
use auditlog_core::validate::{validate_item, MAX_ENTRY_BYTES};
use auditlog_core::{FieldError, Limits, NewEntry};
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
) -> Result<Response> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_WRITE))
        .await?;
    let header_key = idempotency_header(&headers)?;
    let item = body.parse_item_bounded(MAX_VALUES).map_err(|e| match e {
        Some(e) => e,
        None => too_large(""),
    })?;
    let mut entry = validate_item(item, None, &Limits::now())?;
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
    let Appended { stored, created } = stored
        .pop()
        .ok_or_else(|| ApiError::Internal("append returned nothing".into()))?;
    state.metrics.ingested(&org.id, usize::from(created));
    let mut body = Vec::with_capacity(stored.canonical_len() + 160);
    stored.write_own_shape(&mut body)?;
    Ok(answer(created, body))
}

/// `POST …/audit-log/batch` with `{"items": [...]}`: all or nothing. An `Idempotency-Key` header
/// gives each item without its own key the key `<header>/<index>`, so a retried batch replays.
pub async fn batch(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    headers: HeaderMap,
    body: RawJson,
) -> Result<Response> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_WRITE))
        .await?;
    let header_key = idempotency_header(&headers)?;
    let limits = Limits::now();
    let mut entries: Vec<NewEntry> = Vec::new();
    let read = parse_items(body.bytes(), MAX_BATCH, MAX_VALUES, |i, item| {
        let mut entry = validate_item(item, Some(i), &limits)?;
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
    // Written from the stored bytes, as a listing's items are.
    let entries: Vec<StoredEntry> = stored.into_iter().map(|a| a.stored).collect();
    let size: usize = entries.iter().map(|e| e.canonical_len() + 160).sum();
    let mut body = Vec::with_capacity(size + 16);
    body.extend_from_slice(b"{\"items\":");
    stored::write_array(&entries, &mut body)?;
    body.push(b'}');
    Ok(answer(made > 0, body))
}

/// 201 with the entries written when any was created, else 200 with those replayed.
fn answer(created: bool, body: Vec<u8>) -> Response {
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// An entry whose JSON holds more values than one of the largest accepted size could.
fn too_large(param: &str) -> ApiError {
    ApiError::Invalid {
        code: "invalid_value",
        message: format!("an entry may be at most {MAX_ENTRY_BYTES} bytes of JSON"),
        param: (!param.is_empty()).then(|| param.to_owned()),
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
