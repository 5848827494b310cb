//! Seed 002: `GET /v1/organizations/{organization_id}/audit-log` and one entry by id.

use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use auditlog_core::{search, stored, Entry, Filter};
use auditlog_store::FacetField;

use crate::auth::{Principal, SCOPE_READ};
use crate::error::{ApiError, Result};
use crate::extract::PathParams;
use crate::listing::{self, MAX_OFFSET};
use crate::params::{check_range, Params};
use crate::AppState;

/// Longest accepted `search_term`.
const MAX_SEARCH_TERM: usize = 256;

pub async fn list(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    let mut p = Params::parse(query.as_deref())?;
    let filter = seed002_filter(&mut p)?;
    let skip = p.integer("skip", 0, MAX_OFFSET)?;
    let limit = p.integer("limit", 1, 100)?.unwrap_or(50) as u32;
    let cursor = p.take("cursor");
    p.finish()?;
    check_range(&filter, "from_date")?;

    let paging = listing::paging(skip, "skip", cursor, "cursor", limit)?;
    let listing = listing::run(&state, &principal, &org, &filter, paging).await?;
    // The items written from their stored bytes, then the rest of the page after them.
    let mut body = Vec::with_capacity(640 * listing.page.entries.len() + 160);
    body.extend_from_slice(b"{\"items\":");
    stored::write_array(&listing.page.entries, &mut body)?;
    let rest = serde_json::to_vec(&PageAfterItems {
        total: listing.page.total,
        skip: skip.unwrap_or(0),
        limit,
        has_more: listing.page.has_more,
        next_cursor: listing.next_cursor,
    })
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    body.push(b',');
    body.extend_from_slice(rest.strip_prefix(b"{").unwrap_or(&rest));
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// `GET …/audit-log/facets?field=…`: the values one field takes among the entries the other
/// seed-002 filters match, each with its exact count, most first.
pub async fn facets(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Facets>> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    let mut p = Params::parse(query.as_deref())?;
    let name = p.take("field").ok_or_else(|| {
        ApiError::invalid(
            "invalid_parameter",
            "field",
            format!("`field` is required: one of {}", FACET_FIELDS.join(", ")),
        )
    })?;
    let field = facet_field(&name).ok_or_else(|| {
        ApiError::invalid(
            "invalid_parameter",
            "field",
            format!("`field` must be one of {}", FACET_FIELDS.join(", ")),
        )
    })?;
    let mut filter = seed002_filter(&mut p)?;
    let limit = p.integer("limit", 1, 1000)?.unwrap_or(100) as usize;
    p.finish()?;
    check_range(&filter, "from_date")?;
    principal.narrow(&mut filter)?;
    let mut values = state.store.facet(&org.id, &filter, field).await?;
    let has_more = values.len() > limit;
    values.truncate(limit);
    Ok(Json(Facets {
        field: name,
        values: values
            .into_iter()
            .map(|(value, count)| FacetValue { value, count })
            .collect(),
        has_more,
    }))
}

/// The fields a facet counts, by the seed-002 parameter's name and by the entry's field name.
const FACET_FIELDS: &[&str] = &[
    "resource_type",
    "entity_type",
    "action",
    "action_type",
    "event",
    "user_id",
    "actor_id",
    "department_id",
    "resource_id",
    "target_id",
];

fn facet_field(name: &str) -> Option<FacetField> {
    Some(match name {
        "resource_type" | "entity_type" => FacetField::ResourceType,
        "action" | "action_type" => FacetField::Action,
        "event" => FacetField::Event,
        "user_id" | "actor_id" => FacetField::UserId,
        "department_id" => FacetField::DepartmentId,
        "resource_id" => FacetField::ResourceId,
        "target_id" => FacetField::TargetId,
        _ => return None,
    })
}

#[derive(Serialize)]
pub struct Facets {
    field: String,
    values: Vec<FacetValue>,
    /// Whether values beyond `limit` were left out.
    has_more: bool,
}

#[derive(Serialize)]
pub struct FacetValue {
    value: String,
    count: u64,
}

/// Seed 002's page but its first member, `items`.
#[derive(Serialize)]
struct PageAfterItems {
    total: u64,
    skip: u64,
    limit: u32,
    has_more: bool,
    next_cursor: Option<String>,
}

/// The seed-002 filter parameters, shared by the listing and the export.
pub fn seed002_filter(p: &mut Params) -> Result<Filter> {
    Ok(Filter {
        resource_type: p.dotted("entity_type")?,
        action: p.dotted("action_type")?,
        user_id: p.id("actor_id")?,
        target_id: p.id("target_id")?,
        department_id: p.id("department_id")?,
        from: p.date("from_date", false)?,
        to: p.date("to_date", true)?,
        search: search_words(p.take("search_term"))?,
        ..Filter::default()
    })
}

/// Words of a `search_term`; an empty term (or one of punctuation only) filters nothing.
fn search_words(term: Option<String>) -> Result<Vec<String>> {
    let Some(term) = term else {
        return Ok(Vec::new());
    };
    if term.chars().count() > MAX_SEARCH_TERM {
        return Err(ApiError::invalid(
            "invalid_parameter",
            "search_term",
            format!("`search_term` may be at most {MAX_SEARCH_TERM} characters"),
        ));
    }
    let mut words: Vec<String> = search::words(&term).collect();
    words.sort();
    words.dedup();
    Ok(words)
}

pub async fn get(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, id)): PathParams<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Json<Entry>> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    Params::parse(query.as_deref())?.finish()?;
    let entry = state
        .store
        .entry(&org.id, &id)
        .await?
        .filter(|e| principal.admits(e))
        .ok_or_else(|| ApiError::not_found("audit_log_not_found", "Audit log entry not found"))?;
    Ok(Json(entry))
}
