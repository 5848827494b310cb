//! `GET …/audit-log/stream`: the live tail as Server-Sent Events. Each matching entry is one
//! event whose `id` is its sequence, in sequence order — the order entries are committed in — so
//! a client that reconnects with `Last-Event-ID` (browsers do it themselves) resumes exactly
//! after the last entry it saw: none skipped, none repeated. New entries are found by watching
//! the tree's size, which every server on the database sees grow; a comment line every
//! `heartbeat_seconds` keeps proxies from closing an idle stream.

use std::time::Duration;

use axum::body::Body;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};

use auditlog_core::{Entry, Filter, OrgId};

use crate::auth::{Principal, SCOPE_READ};
use crate::error::{ApiError, Result};
use crate::extract::PathParams;
use crate::params::{check_range, Params};
use crate::routes::search_log::seed002_filter;
use crate::{AppState, Closing};

/// How often the tree's size is looked at while nothing new has come.
const POLL: Duration = Duration::from_millis(250);
/// Entries read and sent at once.
const BATCH: u32 = 500;
const DEFAULT_HEARTBEAT: u64 = 15;
/// What a browser waits before reconnecting, in milliseconds.
const RETRY_MS: u64 = 2000;

pub async fn stream(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    let mut p = Params::parse(query.as_deref())?;
    let mut filter = seed002_filter(&mut p)?;
    let after = p.integer("after", 0, i64::MAX as u64)?;
    let heartbeat = p
        .integer("heartbeat_seconds", 1, 300)?
        .unwrap_or(DEFAULT_HEARTBEAT);
    p.finish()?;
    check_range(&filter, "from_date")?;
    principal.narrow(&mut filter)?;
    let resume = match headers.get("last-event-id") {
        None => None,
        Some(v) => Some(
            v.to_str()
                .ok()
                .and_then(|s| s.trim().parse::<u64>().ok())
                .ok_or_else(|| {
                    ApiError::invalid(
                        "invalid_parameter",
                        "Last-Event-ID",
                        "`Last-Event-ID` must be the sequence of an event this stream sent",
                    )
                })?,
        ),
    };
    // Where to begin: after the last event seen, else where asked, else at the log's end.
    let size = state.store.tree_head(&org.id).await?.size;
    let start = resume.or(after).unwrap_or(size);

    let tail = Tail {
        state: state.clone(),
        org: org.id.clone(),
        filter,
        after: start,
        heartbeat: Duration::from_secs(heartbeat),
        closing: state.closing.clone(),
        opened: false,
    };
    let events = futures_util::stream::unfold(tail, |mut tail| async move {
        let chunk = tail.next().await?;
        Some((chunk, tail))
    });
    Ok((
        [
            (header::CONTENT_TYPE, "text/event-stream"),
            (header::CACHE_CONTROL, "no-store"),
            (header::HeaderName::from_static("x-accel-buffering"), "no"),
        ],
        Body::from_stream(events),
    )
        .into_response())
}

struct Tail {
    state: AppState,
    org: OrgId,
    filter: Filter,
    /// The sequence after which the next events begin.
    after: u64,
    heartbeat: Duration,
    closing: Closing,
    opened: bool,
}

impl Tail {
    /// The next bytes to send; `None` ends the stream (shutdown, or a storage failure).
    async fn next(&mut self) -> Option<std::io::Result<Bytes>> {
        if !self.opened {
            self.opened = true;
            let hello = format!(
                "retry: {RETRY_MS}\n: tail after sequence {}\n\n",
                self.after
            );
            return Some(Ok(Bytes::from(hello)));
        }
        let quiet_until = tokio::time::Instant::now() + self.heartbeat;
        loop {
            match self.new_entries().await {
                Err(e) => {
                    tracing::error!(error = %e, "live tail failed");
                    return None;
                }
                Ok((entries, _)) if !entries.is_empty() => return Some(Ok(events(&entries))),
                // A full read whose entries all fell outside the filter: read on at once.
                Ok((_, true)) => continue,
                Ok(_) => {}
            }
            let wake = (tokio::time::Instant::now() + POLL).min(quiet_until);
            tokio::select! {
                _ = self.closing.wait() => return None,
                _ = tokio::time::sleep_until(wake) => {}
            }
            if tokio::time::Instant::now() >= quiet_until {
                return Some(Ok(Bytes::from_static(b": heartbeat\n\n")));
            }
        }
    }

    /// Matching entries after `after`, read when the tree has grown past it. They are read
    /// from the entries themselves and filtered here: the entries are committed before the
    /// indexes' newest part hears of them, and a filtered read in between would pass over them.
    /// Also says whether more may follow at once (the read was full).
    async fn new_entries(&mut self) -> auditlog_store::Result<(Vec<Entry>, bool)> {
        let size = self.state.store.tree_head(&self.org).await?.size;
        if size <= self.after {
            return Ok((Vec::new(), false));
        }
        let mut entries = self
            .state
            .store
            .entries_by_sequence(&self.org, &Filter::default(), self.after, BATCH)
            .await?;
        if let Some(last) = entries.last() {
            self.after = last.sequence;
        }
        let full = entries.len() == BATCH as usize;
        entries.retain(|e| self.filter.matches(e));
        Ok((entries, full))
    }
}

/// One SSE event per entry: `id` its sequence, `data` the entry as the API shows it.
fn events(entries: &[Entry]) -> Bytes {
    let mut out = Vec::with_capacity(entries.len() * 600);
    for e in entries {
        out.extend_from_slice(format!("id: {}\nevent: entry\ndata: ", e.sequence).as_bytes());
        // JSON text holds no raw line break, so one `data` line carries it whole.
        if serde_json::to_writer(&mut out, e).is_err() {
            continue;
        }
        out.extend_from_slice(b"\n\n");
    }
    Bytes::from(out)
}
