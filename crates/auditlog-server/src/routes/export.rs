//! `GET …/audit-log/export`: every entry the seed-002 filters match, in sequence order, streamed
//! a page at a time so memory stays constant however large the log — as NDJSON (the entries as
//! the API shows them, which `auditlog verify` recomputes the tree from) or as CSV for a
//! spreadsheet.

use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use auditlog_core::{Entry, Filter};

use crate::auth::{Principal, SCOPE_READ};
use crate::error::{ApiError, Result};
use crate::extract::PathParams;
use crate::params::{check_range, Params};
use crate::retention;
use crate::routes::search_log::seed002_filter;
use crate::service_log::{self, Event, Origin};
use crate::AppState;

/// Entries per export page.
const PAGE: u32 = 1000;

/// The CSV columns, in order (docs/api.md §7 says what each holds).
pub const CSV_COLUMNS: &[&str] = &[
    "sequence",
    "id",
    "timestamp",
    "received_at",
    "event",
    "resource_type",
    "action",
    "resource_id",
    "resource_name",
    "user_id",
    "user_name",
    "user_email",
    "actor_type",
    "department_id",
    "ip_address",
    "country",
    "targets",
    "changes",
    "metadata",
    "idempotency_key",
    "hash",
];

#[derive(Clone, Copy)]
enum Format {
    Ndjson,
    Csv,
}

pub async fn export(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
    origin: Origin,
) -> Result<Response> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    let mut p = Params::parse(query.as_deref())?;
    let mut filter = seed002_filter(&mut p)?;
    let format = match p.take("format").as_deref() {
        None | Some("ndjson") => Format::Ndjson,
        Some("csv") => Format::Csv,
        Some(_) => {
            return Err(ApiError::invalid(
                "invalid_parameter",
                "format",
                "`format` must be `ndjson` or `csv`",
            ))
        }
    };
    let include_pruned = match p.take("include_pruned").as_deref() {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            return Err(ApiError::invalid(
                "invalid_parameter",
                "include_pruned",
                "`include_pruned` must be `true` or `false`",
            ))
        }
    };
    p.finish()?;
    check_range(&filter, "from_date")?;
    principal.narrow(&mut filter)?;
    if include_pruned && (filter != Filter::default() || matches!(format, Format::Csv)) {
        return Err(ApiError::invalid(
            "invalid_parameter",
            "include_pruned",
            "only an unfiltered NDJSON export can include the pruned stretches",
        ));
    }
    let mut event = Event::new("audit_log", "exported", org.id.as_str(), &org.id).with(
        "format",
        match format {
            Format::Ndjson => "ndjson",
            Format::Csv => "csv",
        },
    );
    if let Some(query) = query.filter(|q| !q.is_empty()) {
        event = event.with("query", query);
    }
    // Recorded once the first block is read: an export refused before any entry was read did
    // not happen.
    let mut unrecorded = Some((principal, origin, event));

    let header_row = match format {
        Format::Csv => Some(csv_rows(&[], true)),
        Format::Ndjson => None,
    };
    // The state: where the next page begins (`None`: done), and with `include_pruned`,
    // whether the closing lines are still to come.
    let pages = futures_util::stream::unfold(Some((0u64, include_pruned)), move |at| {
        let (state, org, filter) = (state.clone(), org.id.clone(), filter.clone());
        let record = unrecorded.take();
        async move {
            let (after, closing) = at?;
            let read = state
                .store
                .entries_by_sequence(&org, &filter, after, PAGE)
                .await;
            if let (Ok(_), Some((principal, origin, event))) = (&read, record) {
                service_log::record(&state, &principal, &origin, event).await;
            }
            match read {
                Ok(entries) if entries.is_empty() && closing => {
                    let lines = retention::export::closing_lines(&state, &org, after).await;
                    Some((lines.map_err(storage_failure), None))
                }
                Ok(entries) if entries.is_empty() => None,
                Ok(entries) => {
                    let last = entries.last().map_or(after, |e| e.sequence);
                    let more = (entries.len() as u32 == PAGE || closing).then_some((last, closing));
                    let chunk = match format {
                        Format::Ndjson if closing => with_pruned(&state, &org, after, &entries)
                            .await
                            .map_err(storage_failure),
                        Format::Ndjson => ndjson(&entries),
                        Format::Csv => Ok(csv_rows(&entries, false)),
                    };
                    Some((chunk, more))
                }
                Err(e) => {
                    tracing::error!(error = %e, "export failed mid-stream");
                    Some((Err(std::io::Error::other("storage failure")), None))
                }
            }
        }
    });
    let first = futures_util::stream::iter(header_row.map(Ok));
    let (content_type, extension) = match format {
        Format::Ndjson => ("application/x-ndjson", "ndjson"),
        Format::Csv => ("text/csv; charset=utf-8; header=present", "csv"),
    };
    let disposition = format!("attachment; filename=\"audit-log-{org_id}.{extension}\"");
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        Body::from_stream(futures_util::StreamExt::chain(first, pages)),
    )
        .into_response())
}

fn storage_failure(e: auditlog_store::StoreError) -> std::io::Error {
    tracing::error!(error = %e, "export failed mid-stream");
    std::io::Error::other("storage failure")
}

/// The entries of a page after `after`, each preceded by the pruned stretch before it.
async fn with_pruned(
    state: &AppState,
    org: &auditlog_core::OrgId,
    mut after: u64,
    entries: &[Entry],
) -> Result<Vec<u8>, auditlog_store::StoreError> {
    let mut chunk = Vec::with_capacity(entries.len() * 512);
    let mut pruned = None;
    for e in entries {
        if e.sequence > after + 1 {
            let set = match &pruned {
                Some(set) => set,
                None => pruned.insert(state.store.pruned(org).await?),
            };
            let lines = retention::export::pruned_lines(state, org, set, after + 1, e.sequence - 1);
            chunk.extend(lines.await?);
        }
        serde_json::to_writer(&mut chunk, e)
            .map_err(|e| auditlog_store::StoreError::Internal(e.to_string()))?;
        chunk.push(b'\n');
        after = e.sequence;
    }
    Ok(chunk)
}

fn ndjson(entries: &[Entry]) -> std::io::Result<Vec<u8>> {
    let mut chunk = Vec::with_capacity(entries.len() * 512);
    for e in entries {
        serde_json::to_writer(&mut chunk, e).map_err(std::io::Error::other)?;
        chunk.push(b'\n');
    }
    Ok(chunk)
}

/// RFC 4180 rows (CRLF, quoted where needed), with the column names first when `header`.
fn csv_rows(entries: &[Entry], header: bool) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(entries.len() * 512 + 256));
    // Writing to memory cannot fail; a record always has every column.
    if header {
        let _ = w.write_record(CSV_COLUMNS);
    }
    for e in entries {
        let _ = w.write_record(csv_record(e).into_iter().map(neutralized));
    }
    w.into_inner().unwrap_or_default()
}

fn csv_record(e: &Entry) -> Vec<String> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let meta = |key: &str| {
        e.metadata
            .get(key)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    vec![
        e.sequence.to_string(),
        e.id.clone(),
        e.timestamp.to_string(),
        e.received_at.to_string(),
        e.event.clone(),
        e.resource_type.clone(),
        e.action.clone(),
        e.resource_id.clone(),
        text(&e.resource_name),
        e.user_id.clone(),
        text(&e.user_name),
        text(&e.user_email),
        e.actor_type.as_str().to_owned(),
        text(&e.department_id),
        meta("ip_address"),
        meta("country"),
        json(&e.targets),
        json(&e.changes),
        json(&e.metadata),
        text(&e.idempotency_key),
        e.hash.clone(),
    ]
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return first) starts with an apostrophe instead, as OWASP advises against CSV injection.
fn neutralized(cell: String) -> String {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{cell}"),
        _ => cell,
    }
}

/// A value as compact JSON text, for one CSV cell.
fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
