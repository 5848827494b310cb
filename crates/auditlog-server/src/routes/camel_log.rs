//! Seed 000: `GET /v1/{organization_id}/audit-logs`, camelCase throughout.

use axum::extract::{RawQuery, State};
use axum::Json;
use serde_json::{json, Value};

use auditlog_core::Filter;

use crate::auth::{Principal, SCOPE_READ};
use crate::error::Result;
use crate::extract::PathParams;
use crate::listing::{self, Paging, MAX_OFFSET};
use crate::params::{check_range, Params};
use crate::render;
use crate::AppState;

pub async fn list(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    let mut p = Params::parse(query.as_deref())?;
    let filter = Filter {
        resource_type: p.dotted("resourceType")?,
        resource_id: p.id("resourceId")?,
        action: p.dotted("action")?,
        user_id: p.id("userId")?,
        from: p.date("startDate", false)?,
        to: p.date("endDate", true)?,
        ..Filter::default()
    };
    let limit = p.integer("limit", 1, 100)?.unwrap_or(50) as u32;
    let offset = p.integer("offset", 0, MAX_OFFSET)?.unwrap_or(0);
    p.finish()?;
    check_range(&filter, "startDate")?;

    let listing = listing::run(
        &state,
        &principal,
        &org,
        &filter,
        Paging::Offset { offset, limit },
    )
    .await?;
    let logs: Vec<Value> = listing.page.parsed()?.iter().map(render::camel).collect();
    Ok(Json(json!({
        "auditLogs": logs,
        "pagination": {
            "total": listing.page.total,
            "limit": limit,
            "offset": offset,
            "hasMore": listing.page.has_more,
        }
    })))
}
