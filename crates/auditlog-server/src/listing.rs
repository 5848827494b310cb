//! The one query path every read dialect shares: a canonical filter and a page request in, one
//! canonical page (with its exact total and the next cursor) out.

use auditlog_core::{Filter, PageRequest};
use auditlog_store::{Organization, Page};

use crate::auth::Principal;
use crate::cursor;
use crate::error::{ApiError, Result};
use crate::AppState;

pub enum Paging {
    Offset {
        offset: u64,
        limit: u32,
    },
    /// `param` names the cursor's query parameter for error messages.
    Cursor {
        token: String,
        limit: u32,
        param: &'static str,
    },
}

pub struct Listing {
    pub page: Page,
    /// Set when there is a next page.
    pub next_cursor: Option<String>,
}

/// Offsets beyond this are refused rather than silently clamped.
pub const MAX_OFFSET: u64 = i64::MAX as u64;

/// A page of the entries matching `filter` that `principal` may see.
pub async fn run(
    state: &AppState,
    principal: &Principal,
    org: &Organization,
    filter: &Filter,
    paging: Paging,
) -> Result<Listing> {
    let mut narrowed = filter.clone();
    principal.narrow(&mut narrowed)?;
    let filter = &narrowed;
    let org_id = org.id.as_str();
    let request = match paging {
        Paging::Offset { offset, limit } => PageRequest::Offset { offset, limit },
        Paging::Cursor {
            token,
            limit,
            param,
        } => PageRequest::After {
            after: cursor::decode(&token, org_id, filter, param)?,
            limit,
        },
    };
    let page = state.store.list(&org.id, filter, request).await?;
    let next_cursor = match (page.has_more, page.entries.last()) {
        (true, Some(last)) => Some(cursor::encode(org_id, filter, &last.entry()?)),
        _ => None,
    };
    Ok(Listing { page, next_cursor })
}

/// `skip`/`offset` and `cursor` together: a cursor already says where to start.
pub fn paging(
    offset: Option<u64>,
    offset_param: &str,
    cursor: Option<String>,
    cursor_param: &'static str,
    limit: u32,
) -> Result<Paging> {
    match cursor {
        Some(token) => {
            if offset.unwrap_or(0) != 0 {
                return Err(ApiError::invalid(
                    "invalid_parameter",
                    offset_param,
                    format!("`{offset_param}` must be 0 when `{cursor_param}` is given"),
                ));
            }
            Ok(Paging::Cursor {
                token,
                limit,
                param: cursor_param,
            })
        }
        None => Ok(Paging::Offset {
            offset: offset.unwrap_or(0),
            limit,
        }),
    }
}
