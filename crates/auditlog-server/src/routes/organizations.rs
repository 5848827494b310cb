//! Organizations and their API keys. Only the admin token manages them; an organization's own
//! keys may read their organization.

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Map, Value};

use auditlog_core::{OrgId, Timestamp};
use auditlog_store::{ApiKey, Organization, StoreError};

use crate::auth::{generate_key, Principal, SCOPES, SDK};
use crate::error::{ApiError, Result};
use crate::extract::{PathParams, RawJson};
use crate::params::Params;
use crate::service_log::{self, Event, Origin};
use crate::AppState;

fn org_json(org: &Organization) -> Value {
    json!({"id": org.id.as_str(), "name": org.name, "created_at": org.created_at})
}

fn key_json(key: &ApiKey) -> Value {
    let mut out =
        json!({"id": key.id, "name": key.name, "scopes": key.scopes, "created_at": key.created_at});
    if let Some(c) = &key.compatibility {
        out["compatibility"] = json!(c);
    }
    out
}

/// The body as an object holding only `allowed` fields.
pub(crate) fn object(body: &RawJson, allowed: &[&str]) -> Result<Map<String, Value>> {
    let Value::Object(map) = body.parse()? else {
        return Err(ApiError::Invalid {
            code: "invalid_value",
            message: "The body must be a JSON object".into(),
            param: None,
        });
    };
    if let Some(k) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(ApiError::invalid(
            "invalid_value",
            k.clone(),
            format!("unknown field `{k}`"),
        ));
    }
    Ok(map)
}

fn name_field(map: &Map<String, Value>) -> Result<String> {
    text_field(map, "name", 256)
}

/// A required string field: 1 to `max` characters, not all blank, no control characters.
pub(crate) fn text_field(map: &Map<String, Value>, field: &str, max: usize) -> Result<String> {
    match map.get(field) {
        Some(Value::String(s))
            if !s.trim().is_empty()
                && s.chars().count() <= max
                && !s.chars().any(char::is_control) =>
        {
            Ok(s.clone())
        }
        _ => Err(ApiError::invalid(
            "invalid_value",
            field,
            format!(
                "`{field}` is required: a string of 1–{max} characters, without control characters"
            ),
        )),
    }
}

pub async fn create_organization(
    principal: Principal,
    State(state): State<AppState>,
    origin: Origin,
    body: RawJson,
) -> Result<(StatusCode, Json<Value>)> {
    principal.require_admin()?;
    let map = object(&body, &["id", "name"])?;
    let id = match map.get("id") {
        None | Some(Value::Null) => OrgId::generate(),
        Some(Value::String(s)) => OrgId::parse(s).ok_or_else(|| {
            ApiError::invalid(
                "invalid_value",
                "id",
                "`id` must match [A-Za-z0-9][A-Za-z0-9_-]{0,127} and not be a reserved word",
            )
        })?,
        Some(_) => {
            return Err(ApiError::invalid(
                "invalid_value",
                "id",
                "`id` must be a string",
            ))
        }
    };
    let org = Organization {
        id,
        name: name_field(&map)?,
        created_at: Timestamp::now(),
    };
    match state.store.create_organization(&org).await {
        Ok(()) => {
            let event = Event::new("organization", "created", org.id.as_str(), &org.id)
                .named(org.name.clone());
            service_log::record(&state, &principal, &origin, event).await;
            Ok((StatusCode::CREATED, Json(org_json(&org))))
        }
        Err(StoreError::Conflict) => Err(ApiError::Conflict {
            code: "organization_exists",
            message: format!("Organization {} already exists", org.id),
        }),
        Err(e) => Err(e.into()),
    }
}

pub async fn get_organization(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal.organization(&state, &org_id, None).await?;
    Params::parse(query.as_deref())?.finish()?;
    Ok(Json(org_json(&org)))
}

/// `GET /v1/organizations`: every organization, for the admin (the console's picker).
pub async fn list_organizations(
    principal: Principal,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    principal.require_admin()?;
    Params::parse(query.as_deref())?.finish()?;
    let orgs = state.store.organizations().await?;
    let customers = orgs.iter().filter(|o| !o.id.is_service());
    Ok(Json(
        json!({"items": customers.map(org_json).collect::<Vec<_>>()}),
    ))
}

/// `GET /v1/me`: what the presented credential is and may read, so that a client (the console)
/// knows where it stands without being told the organization.
pub async fn me(principal: Principal, RawQuery(query): RawQuery) -> Result<Json<Value>> {
    Params::parse(query.as_deref())?.finish()?;
    Ok(Json(match &principal {
        Principal::Admin => json!({"principal": "admin", "organization_id": null,
                                   "scopes": SCOPES, "filter": null}),
        Principal::Key {
            org, id, scopes, ..
        } => json!({"principal": "api_key", "key_id": id,
            "organization_id": org.as_str(), "scopes": scopes, "filter": null}),
        Principal::Viewer { org, pin, .. } => json!({"principal": "viewer_token",
            "organization_id": org.as_str(), "scopes": [crate::auth::SCOPE_READ],
            "filter": (!pin.is_empty()).then_some(pin)}),
    }))
}

pub async fn create_key(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    origin: Origin,
    body: RawJson,
) -> Result<(StatusCode, Json<Value>)> {
    let org = principal.organization(&state, &org_id, None).await?;
    principal.require_admin()?;
    if org.id.is_service() {
        return Err(ApiError::Forbidden(
            "The service's own log has no API keys: the admin token reads it".into(),
        ));
    }
    let map = object(&body, &["name", "scopes", "compatibility"])?;
    let name = name_field(&map)?;
    let scopes = scopes_field(&map)?;
    let compatibility = match map.get("compatibility") {
        None | Some(Value::Null) => None,
        Some(Value::String(c)) if c == SDK => Some(c.clone()),
        Some(_) => {
            return Err(ApiError::invalid(
                "invalid_value",
                "compatibility",
                format!("`compatibility` must be \"{SDK}\" or null"),
            ))
        }
    };

    let (mut key, secret) = generate_key(org.id.clone(), name, scopes);
    key.key.compatibility = compatibility;
    state.store.create_api_key(&key).await?;
    let event = Event::new("api_key", "created", key.key.id.clone(), &org.id)
        .named(key.key.name.clone())
        .with("scopes", key.key.scopes.clone());
    service_log::record(&state, &principal, &origin, event).await;
    let mut body = key_json(&key.key);
    body["key"] = secret.into();
    Ok((StatusCode::CREATED, Json(body)))
}

fn scopes_field(map: &Map<String, Value>) -> Result<Vec<String>> {
    let Some(Value::Array(items)) = map.get("scopes") else {
        return Err(ApiError::invalid(
            "invalid_value",
            "scopes",
            "`scopes` is required: an array of \"audit:read\" and/or \"audit:write\"",
        ));
    };
    let mut scopes = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item.as_str().filter(|s| SCOPES.contains(s)) {
            Some(s) if !scopes.iter().any(|x| x == s) => scopes.push(s.to_owned()),
            Some(_) => {}
            None => {
                return Err(ApiError::invalid(
                    "invalid_value",
                    format!("scopes[{i}]"),
                    "each scope must be \"audit:read\" or \"audit:write\"",
                ))
            }
        }
    }
    if scopes.is_empty() {
        return Err(ApiError::invalid(
            "invalid_value",
            "scopes",
            "`scopes` must not be empty",
        ));
    }
    Ok(scopes)
}

pub async fn list_keys(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal.organization(&state, &org_id, None).await?;
    principal.require_admin()?;
    Params::parse(query.as_deref())?.finish()?;
    let keys = state.store.api_keys(&org.id).await?;
    Ok(Json(
        json!({"items": keys.iter().map(key_json).collect::<Vec<_>>()}),
    ))
}

pub async fn revoke_key(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, key_id)): PathParams<(String, String)>,
    origin: Origin,
) -> Result<StatusCode> {
    let org = principal.organization(&state, &org_id, None).await?;
    principal.require_admin()?;
    if state.store.revoke_api_key(&org.id, &key_id).await? {
        let event = Event::new("api_key", "revoked", key_id, &org.id);
        service_log::record(&state, &principal, &origin, event).await;
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found(
            "api_key_not_found",
            "API key not found",
        ))
    }
}
