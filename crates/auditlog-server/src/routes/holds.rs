//! Legal holds: `POST`/`GET /v1/organizations/{organization_id}/holds`, `GET …/holds/{hold_id}`
//! and `POST …/holds/{hold_id}/release`, for the admin token only. While a hold stands, the
//! entries its filter matches are kept whatever the retention; releasing one deletes nothing by
//! itself, and a released hold stays listed with when it was released.

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Map, Value};

use auditlog_core::ids::is_valid_id;
use auditlog_core::{OrgId, Timestamp};
use auditlog_store::LegalHold;

use crate::auth::Principal;
use crate::error::{ApiError, Result};
use crate::extract::{PathParams, RawJson};
use crate::params::Params;
use crate::routes::organizations::{object, text_field};
use crate::service_log::{self, Event, Origin};
use crate::AppState;

const FILTERS: &str = "actor_id, resource_id, event_prefix, from_date, to_date";

fn hold_json(org: &OrgId, hold: &LegalHold) -> Value {
    let filter: Value = serde_json::from_str(&hold.filter).unwrap_or_else(|_| json!({}));
    json!({
        "id": hold.id,
        "organization_id": org.as_str(),
        "name": hold.name,
        "reason": hold.reason,
        "filter": filter,
        "status": if hold.released_at.is_some() { "released" } else { "active" },
        "created_at": hold.created_at,
        "released_at": hold.released_at,
    })
}

pub async fn create(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    origin: Origin,
    body: RawJson,
) -> Result<(StatusCode, Json<Value>)> {
    let org = principal
        .admin_organization(&state, &org_id, "manage legal holds")
        .await?;
    let mut body = object(&body, &["name", "reason", "filter"])?;
    let name = text_field(&body, "name", 256)?;
    let reason = text_field(&body, "reason", 2000)?;
    let filter = match body.remove("filter") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(filter)) => filter_of(filter)?,
        Some(_) => return Err(invalid("filter", "`filter` must be an object".into())),
    };
    let hold = LegalHold {
        id: format!("hold_{}", ulid::Ulid::new()),
        name,
        reason,
        filter: Value::Object(filter.clone()).to_string(),
        created_at: Timestamp::now(),
        released_at: None,
    };
    state.store.create_hold(&org, &hold).await?;
    let event = Event::new("legal_hold", "created", hold.id.clone(), &org)
        .named(hold.name.clone())
        .with("reason", hold.reason.clone())
        .with("filter", Value::Object(filter));
    service_log::record(&state, &principal, &origin, event).await;
    Ok((StatusCode::CREATED, Json(hold_json(&org, &hold))))
}

pub async fn list(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal
        .admin_organization(&state, &org_id, "manage legal holds")
        .await?;
    Params::parse(query.as_deref())?.finish()?;
    let holds = state.store.holds(&org).await?;
    let items: Vec<Value> = holds.iter().map(|h| hold_json(&org, h)).collect();
    Ok(Json(json!({ "items": items })))
}

pub async fn get(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, hold_id)): PathParams<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal
        .admin_organization(&state, &org_id, "manage legal holds")
        .await?;
    Params::parse(query.as_deref())?.finish()?;
    let holds = state.store.holds(&org).await?;
    let hold = holds
        .iter()
        .find(|h| h.id == hold_id)
        .ok_or_else(not_found)?;
    Ok(Json(hold_json(&org, hold)))
}

/// Releases a hold; releasing a released hold changes nothing and answers it as it is.
pub async fn release(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, hold_id)): PathParams<(String, String)>,
    origin: Origin,
) -> Result<Json<Value>> {
    let org = principal
        .admin_organization(&state, &org_id, "manage legal holds")
        .await?;
    let at = Timestamp::now();
    let hold = state
        .store
        .release_hold(&org, &hold_id, at)
        .await?
        .ok_or_else(not_found)?;
    if hold.released_at == Some(at) {
        let event =
            Event::new("legal_hold", "released", hold.id.clone(), &org).named(hold.name.clone());
        service_log::record(&state, &principal, &origin, event).await;
    }
    Ok(Json(hold_json(&org, &hold)))
}

fn not_found() -> ApiError {
    ApiError::not_found("hold_not_found", "Legal hold not found")
}

fn invalid(param: &str, message: String) -> ApiError {
    ApiError::invalid("invalid_value", param, message)
}

/// The hold's filter, each value checked, dates made the instants they bound (a day's end for
/// `to_date`), so that what is stored is what is applied.
fn filter_of(mut filter: Map<String, Value>) -> Result<Map<String, Value>> {
    let mut out = Map::new();
    for name in ["actor_id", "resource_id"] {
        match filter.remove(name) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if is_valid_id(&s, 128) => {
                out.insert(name.into(), s.into());
            }
            Some(_) => {
                return Err(invalid(
                    &format!("filter.{name}"),
                    format!("`filter.{name}` must be 1–128 characters without control characters"),
                ))
            }
        }
    }
    match filter.remove("event_prefix") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if is_event_prefix(&s) => {
            out.insert("event_prefix".into(), s.into());
        }
        Some(_) => {
            return Err(invalid(
                "filter.event_prefix",
                "`filter.event_prefix` must be the start of an event: [a-z][a-z0-9_.]*, at most 64 characters (e.g. `member.`)".into(),
            ))
        }
    }
    let mut bounds = [None, None];
    for (i, name) in ["from_date", "to_date"].into_iter().enumerate() {
        let value = match filter.remove(name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => s,
            Some(_) => return Err(date_error(name)),
        };
        let bound = Timestamp::parse_bound(&value, i == 1).ok_or_else(|| date_error(name))?;
        bounds[i] = Some(bound);
        out.insert(name.into(), bound.to_string().into());
    }
    if let [Some(from), Some(to)] = bounds {
        if from > to {
            return Err(invalid(
                "filter.from_date",
                "`filter.from_date` is after `filter.to_date`".into(),
            ));
        }
    }
    if let Some(unknown) = filter.keys().next() {
        return Err(invalid(
            &format!("filter.{unknown}"),
            format!("unknown filter `{unknown}`: one of {FILTERS}"),
        ));
    }
    Ok(out)
}

fn date_error(name: &str) -> ApiError {
    invalid(
        &format!("filter.{name}"),
        format!("`filter.{name}` must be a date (YYYY-MM-DD) or an RFC 3339 date-time"),
    )
}

pub(crate) fn is_event_prefix(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_' || *c == b'.')
}
