//! `GET /metrics`: the server's own measurements and the store's, in Prometheus' text format.
//!
//! Routes are labelled by their template (`/v1/organizations/{organization_id}/audit-log`), never
//! by the path asked for, so the label sets stay bounded whatever clients send; organizations
//! label only what an operator watches per customer (entries taken, checkpoints signed).

use std::sync::atomic::AtomicU64;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::RequestPartsExt;
use prometheus_client::encoding::{prometheus_text, EncodeLabelSet};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};

use auditlog_core::{OrgId, Timestamp};
use auditlog_store::metrics::StoreMetrics;

use crate::auth::{self, Principal};
use crate::error::ApiError;
use crate::params::Params;
use crate::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Answered {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Org {
    organization: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Stream {
    organization: String,
    stream: String,
}

fn latency() -> Histogram {
    // 0.25 ms to about 8 s.
    Histogram::new(exponential_buckets(0.00025, 2.0, 16))
}

/// Every metric the server exposes; shared by the handlers through [`AppState`].
pub struct Metrics {
    registry: Registry,
    /// SHA-256 of a token that may read `/metrics` and nothing else, when one is configured.
    reader: Option<[u8; 32]>,
    answered: Family<Answered, Counter>,
    latency: Family<Route, Histogram, fn() -> Histogram>,
    ingested: Family<Org, Counter>,
    checkpoint_size: Family<Org, Gauge>,
    checkpoint_signed: Family<Org, Gauge<f64, AtomicU64>>,
    service_log_failures: Counter,
    holds: Family<Org, Gauge>,
    stream_sent: Family<Stream, Counter>,
    stream_failed: Family<Stream, Counter>,
    stream_lag: Family<Stream, Gauge>,
    pruned: Family<Org, Counter>,
}

impl Metrics {
    /// The server's metrics beside the store's; `reader` is the hash of a token that may read
    /// them besides the admin token.
    pub fn new(store: &StoreMetrics, reader: Option<[u8; 32]>) -> Self {
        let mut metrics = Self {
            registry: Registry::default(),
            reader,
            answered: Family::default(),
            latency: Family::new_with_constructor(latency),
            ingested: Family::default(),
            checkpoint_size: Family::default(),
            checkpoint_signed: Family::default(),
            service_log_failures: Counter::default(),
            holds: Family::default(),
            stream_sent: Family::default(),
            stream_failed: Family::default(),
            stream_lag: Family::default(),
            pruned: Family::default(),
        };
        let registry = &mut metrics.registry;
        let http = registry.sub_registry_with_prefix("auditlog_http");
        http.register(
            "requests",
            "Requests answered, by method, route template and status",
            metrics.answered.clone(),
        );
        http.register_with_unit(
            "request_duration",
            "Time from a request's head to its answer's head, by method and route template",
            Unit::Seconds,
            metrics.latency.clone(),
        );
        let log = registry.sub_registry_with_prefix("auditlog");
        log.register(
            "entries_ingested",
            "Entries taken into an organization's log (idempotent repeats excluded)",
            metrics.ingested.clone(),
        );
        log.register(
            "checkpoint_tree_size",
            "Entries covered by the newest checkpoint this process signed",
            metrics.checkpoint_size.clone(),
        );
        log.register_with_unit(
            "checkpoint_signed_timestamp",
            "When this process signed the organization's newest checkpoint (Unix time); \
             its age is time() minus this",
            Unit::Seconds,
            metrics.checkpoint_signed.clone(),
        );
        log.register(
            "service_log_failures",
            "Actions done whose entry in the service's own log could not be written",
            metrics.service_log_failures.clone(),
        );
        log.register(
            "legal_holds_standing",
            "Legal holds not released, read from the store at each scrape",
            metrics.holds.clone(),
        );
        registry
            .sub_registry_with_prefix("auditlog_retention")
            .register(
                "pruned_entries",
                "Entries this server pruned under their organization's retention policy",
                metrics.pruned.clone(),
            );
        let streams = registry.sub_registry_with_prefix("auditlog_stream");
        streams.register(
            "entries_sent",
            "Entries a destination accepted (a batch sent again after a failure counts again)",
            metrics.stream_sent.clone(),
        );
        streams.register(
            "failures",
            "Batches a destination refused, did not answer in time, or could not be reached on",
            metrics.stream_failed.clone(),
        );
        streams.register(
            "lag_entries",
            "Entries of the log past the stream's cursor, as its delivery last saw them",
            metrics.stream_lag.clone(),
        );
        store.register(registry);
        metrics
    }

    /// `made` new entries in the organization's log.
    pub fn ingested(&self, org: &OrgId, made: usize) {
        if made > 0 {
            self.ingested
                .get_or_create(&Org::of(org))
                .inc_by(made as u64);
        }
    }

    /// A checkpoint of `size` entries signed now.
    pub fn signed(&self, org: &OrgId, size: u64) {
        let labels = Org::of(org);
        self.checkpoint_size
            .get_or_create(&labels)
            .set(i64::try_from(size).unwrap_or(i64::MAX));
        let now = Timestamp::now().micros() as f64 / 1e6;
        self.checkpoint_signed.get_or_create(&labels).set(now);
    }

    /// `n` entries a stream's destination accepted.
    pub fn stream_sent(&self, org: &OrgId, stream: &str, n: usize) {
        self.stream_sent
            .get_or_create(&Stream::of(org, stream))
            .inc_by(n as u64);
    }

    /// Entries pruned under retention.
    pub fn pruned(&self, org: &OrgId, n: u64) {
        self.pruned.get_or_create(&Org::of(org)).inc_by(n);
    }

    /// A batch a stream's destination did not accept.
    pub fn stream_failed(&self, org: &OrgId, stream: &str) {
        self.stream_failed
            .get_or_create(&Stream::of(org, stream))
            .inc();
    }

    /// How far a stream's cursor is behind the log's end.
    pub fn stream_lag(&self, org: &OrgId, stream: &str, lag: u64) {
        self.stream_lag
            .get_or_create(&Stream::of(org, stream))
            .set(i64::try_from(lag).unwrap_or(i64::MAX));
    }

    /// An action done whose entry in the service's own log could not be written.
    pub fn service_log_failed(&self) {
        self.service_log_failures.inc();
    }

    /// Whether the request presents the metrics reader's token.
    fn admits_reader(&self, headers: &HeaderMap) -> bool {
        let presented = auth::presented_secret(headers).ok();
        matches!((self.reader, presented), (Some(hash), Some(secret)) if auth::secret_hash(&secret) == hash)
    }

    /// The standing holds as the store has them now (every server sees all of them).
    fn holds_now(&self, standing: &[(OrgId, u64)]) {
        self.holds.clear();
        for (org, n) in standing {
            self.holds
                .get_or_create(&Org::of(org))
                .set(i64::try_from(*n).unwrap_or(i64::MAX));
        }
    }

    fn encode(&self) -> Result<String, std::fmt::Error> {
        let mut text = String::new();
        prometheus_text::encode(&mut text, &self.registry)?;
        Ok(text)
    }
}

impl Stream {
    fn of(org: &OrgId, stream: &str) -> Self {
        Self {
            organization: org.as_str().to_owned(),
            stream: stream.to_owned(),
        }
    }
}

impl Org {
    fn of(org: &OrgId) -> Self {
        Self {
            organization: org.as_str().to_owned(),
        }
    }
}

/// Counts and times every request that reached the router, by its route's template (requests
/// no route matched are `unmatched`).
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let began = Instant::now();
    let method = method_label(request.method()).to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let response = next.run(request).await;
    let labels = Route { method, route };
    state
        .metrics
        .latency
        .get_or_create(&labels)
        .observe(began.elapsed().as_secs_f64());
    state
        .metrics
        .answered
        .get_or_create(&Answered {
            method: labels.method,
            route: labels.route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}

/// The method as a label: any name a client invents counts as `other`, so that it cannot grow
/// the label sets.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// `GET /metrics`, for the admin token or the metrics token.
pub async fn metrics(
    State(state): State<AppState>,
    request: Request,
) -> Result<Response, ApiError> {
    let (mut parts, _) = request.into_parts();
    if !state.metrics.admits_reader(&parts.headers) {
        let principal: Principal = parts.extract_with_state(&state).await?;
        if !principal.is_admin() {
            return Err(ApiError::Forbidden(
                "Only the admin token or the metrics token may read metrics".into(),
            ));
        }
    }
    Params::parse(parts.uri.query())?.finish()?;
    state
        .metrics
        .holds_now(&state.store.standing_holds().await?);
    let text = state
        .metrics
        .encode()
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response())
}
