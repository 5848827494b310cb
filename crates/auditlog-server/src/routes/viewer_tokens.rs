//! `POST /v1/organizations/{organization_id}/viewer-tokens`: a read key (or the admin token)
//! issues a short-lived viewer token for a browser, optionally pinned to a filter.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Map, Value};

use auditlog_core::ids::{is_valid_dotted_name, is_valid_id};
use auditlog_core::Timestamp;

use crate::auth::{Principal, SCOPE_READ};
use crate::error::{ApiError, Result};
use crate::extract::{whole_number, PathParams, RawJson};
use crate::routes::organizations::object;
use crate::service_log::{self, Event, Origin};
use crate::viewer::{Claims, Pin, DEFAULT_TTL, MAX_TTL, MIN_TTL};
use crate::AppState;

pub async fn create(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    origin: Origin,
    body: RawJson,
) -> Result<(StatusCode, Json<Value>)> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    if org.id.is_service() {
        return Err(ApiError::Forbidden(
            "The service's own log is read with the admin token only".into(),
        ));
    }
    let key = match &principal {
        Principal::Admin => None,
        Principal::Key { id, .. } => Some(id.clone()),
        Principal::Viewer { .. } => {
            return Err(ApiError::Forbidden(
                "A viewer token cannot issue viewer tokens".into(),
            ))
        }
    };
    let mut body = object(&body, &["ttl_seconds", "filter"])?;
    let ttl = match body.remove("ttl_seconds") {
        None | Some(Value::Null) => DEFAULT_TTL,
        Some(v) => whole_number(&v)
            .filter(|t| (MIN_TTL..=MAX_TTL).contains(t))
            .ok_or_else(|| {
                invalid(
                    "ttl_seconds",
                    format!("`ttl_seconds` must be an integer from {MIN_TTL} to {MAX_TTL}"),
                )
            })?,
    };
    let pin = match body.remove("filter") {
        None | Some(Value::Null) => Pin::default(),
        Some(Value::Object(filter)) => pin_of(filter)?,
        Some(_) => return Err(invalid("filter", "`filter` must be an object".into())),
    };
    if pin.from_date.zip(pin.to_date).is_some_and(|(f, t)| f > t) {
        return Err(invalid(
            "filter.from_date",
            "`filter.from_date` is after `filter.to_date`".into(),
        ));
    }
    let now = Timestamp::now();
    let exp = now.micros() / 1_000_000 + ttl as i64;
    let claims = Claims {
        org: org.id.to_string(),
        key,
        exp,
        pin: pin.clone(),
    };
    let token = state.token_key().mint(&claims);
    let expires_at = Timestamp::from_micros(exp * 1_000_000);
    // Named by a digest, never by the token itself, which is a bearer credential.
    let digest = hex::encode(&crate::auth::secret_hash(&token)[..8]);
    let event = Event::new("viewer_token", "created", format!("vt_{digest}"), &org.id)
        .with("expires_at", expires_at.to_string())
        .with("filter", serde_json::to_value(&pin).unwrap_or_default());
    service_log::record(&state, &principal, &origin, event).await;
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "token": token,
            "url": format!("/console/#token={token}"),
            "expires_at": expires_at,
            "organization_id": org.id.as_str(),
            "filter": pin,
        })),
    ))
}

fn invalid(param: &str, message: String) -> ApiError {
    ApiError::invalid("invalid_value", param, message)
}

/// The pin a request's `filter` names, each value checked as the listing checks it.
fn pin_of(mut filter: Map<String, Value>) -> Result<Pin> {
    let mut text = |name: &str| -> Result<Option<String>> {
        match filter.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(invalid(
                &format!("filter.{name}"),
                format!("`filter.{name}` must be a string"),
            )),
        }
    };
    let dotted = |name: &str, v: Option<String>| -> Result<Option<String>> {
        match v {
            Some(v) if !is_valid_dotted_name(&v) => Err(invalid(
                &format!("filter.{name}"),
                format!("`filter.{name}` must be lowercase [a-z][a-z0-9_]* segments joined by '.'"),
            )),
            other => Ok(other),
        }
    };
    let id = |name: &str, v: Option<String>| -> Result<Option<String>> {
        match v {
            Some(v) if !is_valid_id(&v, 128) => Err(invalid(
                &format!("filter.{name}"),
                format!("`filter.{name}` must be 1–128 characters without control characters"),
            )),
            other => Ok(other),
        }
    };
    let date = |name: &str, v: Option<String>, upper: bool| -> Result<Option<Timestamp>> {
        let Some(v) = v else { return Ok(None) };
        Timestamp::parse_bound(&v, upper).map(Some).ok_or_else(|| {
            invalid(
                &format!("filter.{name}"),
                format!("`filter.{name}` must be a date (YYYY-MM-DD) or an RFC 3339 date-time"),
            )
        })
    };
    let pin = Pin {
        entity_type: dotted("entity_type", text("entity_type")?)?,
        action_type: dotted("action_type", text("action_type")?)?,
        actor_id: id("actor_id", text("actor_id")?)?,
        target_id: id("target_id", text("target_id")?)?,
        department_id: id("department_id", text("department_id")?)?,
        from_date: date("from_date", text("from_date")?, false)?,
        to_date: date("to_date", text("to_date")?, true)?,
    };
    if let Some(unknown) = filter.keys().next() {
        return Err(invalid(
            &format!("filter.{unknown}"),
            format!("unknown filter `{unknown}`: one of entity_type, action_type, actor_id, target_id, department_id, from_date, to_date"),
        ));
    }
    Ok(pin)
}
