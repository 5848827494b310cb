//! Seed 001: `GET /v1/{assistants|threads|vector-stores|rules|mcp-configurations}/{id}/history`.

use axum::extract::{RawQuery, State};
use axum::Json;
use serde_json::{json, Value};

use auditlog_core::ids::is_valid_id;
use auditlog_core::Filter;

use crate::auth::{Principal, SCOPE_READ};
use crate::error::{ApiError, Result};
use crate::extract::PathParams;
use crate::listing::{self, Paging, MAX_OFFSET};
use crate::params::{check_range, Params};
use crate::render;
use crate::AppState;

/// `(path collection, resource_type, 404 code, 404 message)`.
const COLLECTIONS: &[(&str, &str, &str, &str)] = &[
    (
        "assistants",
        "assistant",
        "assistant_not_found",
        "Assistant not found",
    ),
    ("threads", "thread", "thread_not_found", "Thread not found"),
    (
        "vector-stores",
        "vector_store",
        "vector_store_not_found",
        "Vector store not found",
    ),
    ("rules", "rule", "rule_not_found", "Rule not found"),
    (
        "mcp-configurations",
        "mcp_configuration",
        "mcp_configuration_not_found",
        "MCP configuration not found",
    ),
];

pub async fn list(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((collection, resource_id)): PathParams<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let Some(&(_, resource_type, code, message)) =
        COLLECTIONS.iter().find(|(c, ..)| *c == collection)
    else {
        return Err(ApiError::not_found("route_not_found", "No such route"));
    };
    let mut p = Params::parse(query.as_deref())?;
    let chosen = p.take("organization_id");
    let org = principal
        .own_organization(&state, chosen.as_deref(), "organization_id", SCOPE_READ)
        .await?;
    let filter = Filter {
        resource_type: Some(resource_type.to_owned()),
        resource_id: Some(resource_id.clone()),
        action: p.dotted("action")?,
        user_id: p.id("user_id")?,
        from: p.date("start_date", false)?,
        to: p.date("end_date", true)?,
        ..Filter::default()
    };
    let limit = p.integer("limit", 1, 100)?.unwrap_or(50) as u32;
    let offset = p.integer("offset", 0, MAX_OFFSET)?.unwrap_or(0);
    p.finish()?;
    check_range(&filter, "start_date")?;

    let recorded = is_valid_id(&resource_id, 128)
        && match principal.pin() {
            None => {
                state
                    .store
                    .resource_recorded(&org.id, resource_type, &resource_id)
                    .await?
            }
            // Within the pin only: a pinned token learns nothing of resources outside it.
            Some(pin) => {
                let mut within = Filter {
                    resource_type: Some(resource_type.to_owned()),
                    resource_id: Some(resource_id.clone()),
                    ..Filter::default()
                };
                // A pin that contradicts the request finds nothing rather than refusing.
                pin.narrow(&mut within).is_ok()
                    && !state
                        .store
                        .entries_by_sequence(&org.id, &within, 0, 1)
                        .await?
                        .is_empty()
            }
        };
    if !recorded {
        return Err(ApiError::not_found(code, message));
    }
    let listing = listing::run(
        &state,
        &principal,
        &org,
        &filter,
        Paging::Offset { offset, limit },
    )
    .await?;
    let parsed = listing.page.parsed()?;
    let entries: Vec<Value> = if principal.wants_sdk_types() {
        parsed.iter().map(render::sdk_history).collect()
    } else {
        parsed
            .iter()
            .map(|e| serde_json::to_value(e).unwrap_or(Value::Null))
            .collect()
    };
    Ok(Json(json!({
        "audit_logs": entries,
        "pagination": {
            "total": listing.page.total,
            "limit": limit,
            "offset": offset,
            "has_more": listing.page.has_more,
        }
    })))
}
