//! Seed 003: `GET /orgs/{org_id}/audit-logs` — a bare array, `X-Total-Count`, and `Link` /
//! `X-Next-Page-Token` when there is a next page.

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;

use auditlog_core::ids::is_valid_dotted_name;
use auditlog_core::Filter;

use crate::auth::{Principal, SCOPE_READ};
use crate::error::{ApiError, Result};
use crate::extract::PathParams;
use crate::listing::{self, MAX_OFFSET};
use crate::params::{check_range, Params};
use crate::render;
use crate::AppState;

/// Query parameters naming an affected resource, and the type each matches.
const RESOURCE_PARAMS: &[(&str, &str)] = &[
    ("assistant_id", "assistant"),
    ("workflow_id", "workflow"),
    ("connection_id", "connection"),
];

pub async fn list(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let org = if org_id == "c" {
        if principal.is_admin() {
            return Err(ApiError::invalid(
                "organization_required",
                "org_id",
                "`c` means the caller's organization; the admin token must name one",
            ));
        }
        principal
            .own_organization(&state, None, "org_id", SCOPE_READ)
            .await?
    } else {
        principal
            .organization(&state, &org_id, Some(SCOPE_READ))
            .await?
    };

    let mut p = Params::parse(query.as_deref())?;
    let event = match p.take("action") {
        None => None,
        Some(a) if a == "ALL" => None,
        Some(a) if is_valid_dotted_name(&a) && a.contains('.') => Some(a),
        Some(_) => {
            return Err(ApiError::invalid(
                "invalid_parameter",
                "action",
                "`action` must be `ALL` or a dotted event such as `assistant.updated`",
            ))
        }
    };
    let mut typed_targets = Vec::new();
    for (param, kind) in RESOURCE_PARAMS {
        if let Some(id) = p.id(param)? {
            typed_targets.push(((*kind).to_owned(), id));
        }
    }
    let filter = Filter {
        event,
        user_id: p.id("user_id")?,
        typed_targets,
        from: p.date("from", false)?,
        to: p.date("to", true)?,
        ..Filter::default()
    };
    let page_no = p.integer("page", 1, MAX_OFFSET)?;
    let take = p.integer("take", 1, 100)?.unwrap_or(100) as u32;
    let next = p.take("next");
    p.finish()?;
    check_range(&filter, "from")?;

    let offset = (page_no.unwrap_or(1) - 1)
        .checked_mul(take as u64)
        .filter(|o| *o <= MAX_OFFSET)
        .ok_or_else(|| ApiError::invalid("invalid_parameter", "page", "`page` is too large"))?;
    let paging = match next {
        Some(_) if page_no.is_some_and(|n| n != 1) => {
            return Err(ApiError::invalid(
                "invalid_parameter",
                "page",
                "`page` cannot be combined with `next`",
            ))
        }
        cursor => listing::paging(Some(offset), "page", cursor, "next", take)?,
    };
    let listing = listing::run(&state, &principal, &org, &filter, paging).await?;

    let items: Vec<Value> = listing
        .page
        .parsed()?
        .iter()
        .map(|e| render::invent(e, &org))
        .collect();
    let mut headers = HeaderMap::new();
    headers.insert(
        HeaderName::from_static("x-total-count"),
        HeaderValue::from(listing.page.total),
    );
    if let Some(token) = &listing.next_cursor {
        let link = next_link(&org_id, query.as_deref(), token);
        if let Ok(v) = HeaderValue::from_str(&format!("<{link}>; rel=\"next\"")) {
            headers.insert(axum::http::header::LINK, v);
        }
        if let Ok(v) = HeaderValue::from_str(token) {
            headers.insert(HeaderName::from_static("x-next-page-token"), v);
        }
    }
    Ok((headers, Json(items)).into_response())
}

/// The same request, with `next` set to the new cursor and `page` dropped.
fn next_link(org_id: &str, query: Option<&str>, token: &str) -> String {
    let mut qs = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        if k != "next" && k != "page" {
            qs.append_pair(&k, &v);
        }
    }
    qs.append_pair("next", token);
    format!("/orgs/{org_id}/audit-logs?{}", qs.finish())
}
