//! The change logs the official Aitronos SDK reads (`crew_management_admin`):
//! `POST /v1/organizations/{organization_id}/dashboard/change-logs`, and the same for one member,
//! `POST /v1/organizations/{organization_id}/users/{user_id}/change-logs` (the entries that
//! member made). A JSON body carries the paging and the filters; the answer is the SDK's
//! `ChangeLogListResponse`, newest first with the exact total.

use axum::extract::State;
use axum::Json;
use serde_json::{json, Map, Value};

use auditlog_core::ids::{is_valid_dotted_name, is_valid_id};
use auditlog_core::{Filter, Timestamp};

use crate::auth::{Principal, SCOPE_READ};
use crate::error::{ApiError, Result};
use crate::extract::{whole_number, PathParams, RawJson};
use crate::listing::{self, Paging, MAX_OFFSET};
use crate::params::check_range;
use crate::render;
use crate::routes::organizations::object;
use crate::AppState;

const MAX_TAKE: u64 = 100;
const DEFAULT_TAKE: u64 = 20;

pub async fn organization(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    body: RawJson,
) -> Result<Json<Value>> {
    change_logs(principal, state, org_id, None, body).await
}

pub async fn member(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, user_id)): PathParams<(String, String)>,
    body: RawJson,
) -> Result<Json<Value>> {
    if !is_valid_id(&user_id, 128) {
        return Err(ApiError::not_found("not_found", "No such resource"));
    }
    change_logs(principal, state, org_id, Some(user_id), body).await
}

async fn change_logs(
    principal: Principal,
    state: AppState,
    org_id: String,
    user_id: Option<String>,
    body: RawJson,
) -> Result<Json<Value>> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    let body = object(
        &body,
        &[
            "skip",
            "take",
            "start_date",
            "end_date",
            "resource_type",
            "action",
        ],
    )?;
    let skip = integer(&body, "skip", 0, MAX_OFFSET)?.unwrap_or(0);
    let take = integer(&body, "take", 1, MAX_TAKE)?.unwrap_or(DEFAULT_TAKE);
    let filter = Filter {
        resource_type: dotted(&body, "resource_type")?,
        action: dotted(&body, "action")?,
        user_id,
        from: date(&body, "start_date", false)?,
        to: date(&body, "end_date", true)?,
        ..Filter::default()
    };
    check_range(&filter, "start_date")?;
    let paging = Paging::Offset {
        offset: skip,
        limit: take as u32,
    };
    let listing = listing::run(&state, &principal, &org, &filter, paging).await?;
    Ok(Json(json!({
        "logs": listing.page.parsed()?.iter().map(render::change_log).collect::<Vec<_>>(),
        "total_count": listing.page.total,
        "skip": skip,
        "take": take,
    })))
}

fn invalid(param: &str, message: String) -> ApiError {
    ApiError::invalid("invalid_value", param, message)
}

/// A field that is absent or null is not given.
fn given<'a>(body: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    body.get(name).filter(|v| !v.is_null())
}

fn integer(body: &Map<String, Value>, name: &str, min: u64, max: u64) -> Result<Option<u64>> {
    match given(body, name) {
        None => Ok(None),
        Some(v) => whole_number(v)
            .filter(|n| (min..=max).contains(n))
            .map(Some)
            .ok_or_else(|| {
                invalid(
                    name,
                    format!("`{name}` must be an integer from {min} to {max}"),
                )
            }),
    }
}

fn dotted(body: &Map<String, Value>, name: &str) -> Result<Option<String>> {
    match given(body, name) {
        None => Ok(None),
        Some(Value::String(s)) if is_valid_dotted_name(s) => Ok(Some(s.clone())),
        Some(_) => Err(invalid(
            name,
            format!("`{name}` must be lowercase [a-z][a-z0-9_]* segments joined by '.'"),
        )),
    }
}

/// An ISO 8601 date-time as Python writes one: RFC 3339, or without an offset (taken as UTC,
/// as the SDK sends a naive `datetime`); or a date, whose end is the end of that day.
fn date(body: &Map<String, Value>, name: &str, upper: bool) -> Result<Option<Timestamp>> {
    let Some(v) = given(body, name) else {
        return Ok(None);
    };
    let parsed = v.as_str().and_then(|s| {
        Timestamp::parse_bound(s, upper).or_else(|| Timestamp::parse_rfc3339(&format!("{s}Z")))
    });
    parsed.map(Some).ok_or_else(|| {
        invalid(
            name,
            format!("`{name}` must be an ISO 8601 date-time, e.g. 2025-01-20T10:30:00Z"),
        )
    })
}
