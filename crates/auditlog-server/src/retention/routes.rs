//! The admin's API over retention: `GET`/`PUT /v1/organizations/{org}/retention` and
//! `GET …/retention/markers`, the signed record of every pruning step.

use axum::extract::{RawQuery, State};
use axum::Json;
use serde_json::{json, Value};

use auditlog_core::OrgId;

use super::policy::Policy;
use crate::auth::Principal;
use crate::error::{ApiError, Result};
use crate::extract::{PathParams, RawJson};
use crate::params::Params;
use crate::routes::organizations::object;
use crate::service_log::{self, Event, Origin};
use crate::AppState;

const WHAT: &str = "manage retention";

/// The organization's policy as the API shows it, with how many entries it has pruned.
async fn shown(state: &AppState, org: &OrgId) -> Result<Value> {
    let stored = state.store.retention(org).await?;
    let (policy, updated_at) = match &stored {
        Some((text, at)) => (
            serde_json::from_str::<Policy>(text).map_err(|e| ApiError::Internal(e.to_string()))?,
            Some(*at),
        ),
        None => (Policy::default(), None),
    };
    Ok(json!({
        "organization_id": org.as_str(),
        "days": policy.days,
        "rules": policy.rules,
        "updated_at": updated_at,
        "pruned_entries": state.store.pruned(org).await?.len(),
    }))
}

pub async fn get(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal.admin_organization(&state, &org_id, WHAT).await?;
    Params::parse(query.as_deref())?.finish()?;
    Ok(Json(shown(&state, &org).await?))
}

pub async fn put(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    origin: Origin,
    body: RawJson,
) -> Result<Json<Value>> {
    let org = principal.admin_organization(&state, &org_id, WHAT).await?;
    let policy = Policy::from_body(&object(&body, &["days", "rules"])?)?;
    let text = serde_json::to_string(&policy).map_err(|e| ApiError::Internal(e.to_string()))?;
    let at = auditlog_core::Timestamp::now();
    state
        .store
        .set_retention(&org, (!policy.keeps_all()).then_some(text.as_str()), at)
        .await?;
    let event = Event::new("retention", "changed", org.as_str(), &org)
        .with("days", json!(policy.days))
        .with("rules", json!(policy.rules));
    service_log::record(&state, &principal, &origin, event).await;
    Ok(Json(shown(&state, &org).await?))
}

pub async fn markers(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal.admin_organization(&state, &org_id, WHAT).await?;
    Params::parse(query.as_deref())?.finish()?;
    let items: Vec<Value> = state
        .store
        .prune_markers(&org)
        .await?
        .into_iter()
        .map(|m| {
            json!({
                "number": m.number,
                "first_sequence": m.first,
                "last_sequence": m.last,
                "count": m.count,
                "note": m.note,
                "created_at": m.created_at,
            })
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}
