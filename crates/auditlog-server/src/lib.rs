//! The auditlog HTTP API as a library: [`router`] builds the whole app over any [`Store`], and
//! [`serve`] runs it on a listener the caller bound, until a shutdown future resolves — so tests
//! bind port 0 and stop the server when they are done.
//!
//! The key decision: the four public API dialects (seeds 000–003) are thin edges over one
//! canonical filter, one query path and one canonical page. They differ only in how they name
//! their parameters and how they render the result, which keeps them consistent by construction.

// The OpenAPI document is written with nested `json!` literals, deeper than the default allows.
#![recursion_limit = "512"]

pub mod auth;
pub mod console;
pub mod cursor;
pub mod error;
pub mod extract;
pub mod limit;
pub mod listen;
pub mod listing;
pub mod metrics;
pub mod openapi;
pub mod params;
#[cfg(test)]
mod properties;
pub mod render;
pub mod retention;
pub mod routes;
pub mod service_log;
pub mod streams;
pub mod viewer;

use std::future::Future;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{middleware, Router};
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::{DefaultOnFailure, TraceLayer};

use auditlog_store::Store;

pub use listen::ConnectionLimits;

use auditlog_core::note::NoteSigner;
use error::ApiError;
use routes::{
    camel_log, change_logs, export, health, history, holds, ingest, integrity, invent_log,
    organizations, search_log, stream, viewer_tokens,
};

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// SHA-256 of the operator's admin token.
    pub admin_hash: [u8; 32],
    /// Signs checkpoints; its name is the log name in every checkpoint origin.
    pub signer: Arc<NoteSigner>,
    /// Set by [`serve`] when shutdown begins; `Closing::default()` elsewhere.
    pub closing: Closing,
    /// How the web console may be embedded.
    pub console: console::ConsoleOptions,
    /// How request bodies are bounded in time and memory.
    pub bodies: extract::BodyLimits,
    /// Rate limits, counted in this process.
    pub rates: Arc<limit::RateLimiter>,
    /// What `/metrics` exposes.
    pub metrics: Arc<metrics::Metrics>,
    /// How streams pace their delivery.
    pub streams: streams::StreamOptions,
    /// How the pruner paces itself.
    pub retention: retention::RetentionOptions,
}

/// Says when the server begins to shut down, so that responses that never end on their own
/// (the live tail) end then instead of holding the graceful shutdown open.
#[derive(Clone, Default)]
pub struct Closing(Option<tokio::sync::watch::Receiver<bool>>);

impl Closing {
    /// Whether shutdown has begun.
    pub fn begun(&self) -> bool {
        self.0.as_ref().is_some_and(|rx| *rx.borrow())
    }

    /// Resolves once shutdown has begun; never, for a state no server runs.
    pub async fn wait(&mut self) {
        match &mut self.0 {
            Some(rx) => {
                let _ = rx.wait_for(|closing| *closing).await;
            }
            None => std::future::pending().await,
        }
    }
}

impl AppState {
    /// The key viewer tokens are minted and checked with, derived from the signing key.
    pub fn token_key(&self) -> viewer::TokenKey {
        viewer::TokenKey::derive(&self.signer.private_key_text())
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::metrics))
        .route("/openapi.json", get(openapi::document))
        .route("/v1/me", get(organizations::me))
        .route("/console", get(console::redirect))
        .route("/console/", get(console::index))
        .route("/console/{file}", get(console::asset))
        .route(
            "/v1/organizations",
            post(organizations::create_organization).get(organizations::list_organizations),
        )
        .route(
            "/v1/organizations/{organization_id}",
            get(organizations::get_organization),
        )
        .route(
            "/v1/organizations/{organization_id}/api-keys",
            post(organizations::create_key).get(organizations::list_keys),
        )
        .route(
            "/v1/organizations/{organization_id}/api-keys/{key_id}",
            delete(organizations::revoke_key),
        )
        .route(
            "/v1/organizations/{organization_id}/dashboard/change-logs",
            post(change_logs::organization),
        )
        .route(
            "/v1/organizations/{organization_id}/users/{user_id}/change-logs",
            post(change_logs::member),
        )
        .route(
            "/v1/organizations/{organization_id}/holds",
            post(holds::create).get(holds::list),
        )
        .route(
            "/v1/organizations/{organization_id}/holds/{hold_id}",
            get(holds::get),
        )
        .route(
            "/v1/organizations/{organization_id}/retention",
            get(retention::routes::get).put(retention::routes::put),
        )
        .route(
            "/v1/organizations/{organization_id}/retention/markers",
            get(retention::routes::markers),
        )
        .route(
            "/v1/organizations/{organization_id}/holds/{hold_id}/release",
            post(holds::release),
        )
        .route(
            "/v1/organizations/{organization_id}/streams",
            post(streams::routes::create).get(streams::routes::list),
        )
        .route(
            "/v1/organizations/{organization_id}/streams/{stream_id}",
            get(streams::routes::get).delete(streams::routes::delete),
        )
        .route(
            "/v1/organizations/{organization_id}/streams/{stream_id}/pause",
            post(streams::routes::pause),
        )
        .route(
            "/v1/organizations/{organization_id}/streams/{stream_id}/resume",
            post(streams::routes::resume),
        )
        .route(
            "/v1/organizations/{organization_id}/streams/{stream_id}/replay",
            post(streams::routes::replay),
        )
        .route(
            "/v1/organizations/{organization_id}/viewer-tokens",
            post(viewer_tokens::create),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log",
            post(ingest::one).get(search_log::list),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log/batch",
            post(ingest::batch),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log/stream",
            get(stream::stream),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log/facets",
            get(search_log::facets),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log/{id}",
            get(search_log::get),
        )
        .route("/v1/signing-key", get(integrity::signing_key))
        .route(
            "/v1/organizations/{organization_id}/audit-log/checkpoint",
            get(integrity::checkpoint),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log/export",
            get(export::export),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log/proof/inclusion",
            get(integrity::inclusion),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log/proof/consistency",
            get(integrity::consistency),
        )
        .route(
            "/v1/organizations/{organization_id}/audit-log/{id}/receipt",
            get(integrity::receipt),
        )
        .route("/v1/{organization_id}/audit-logs", get(camel_log::list))
        .route("/v1/{collection}/{resource_id}/history", get(history::list))
        .route("/orgs/{org_id}/audit-logs", get(invent_log::list))
        .fallback(unknown_route)
        .layer(middleware::map_response(method_not_allowed_in_our_shape))
        .layer(DefaultBodyLimit::max(extract::MAX_BODY_BYTES))
        .layer(middleware::from_fn(extract::refuse_oversized))
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| {
                ApiError::Internal("handler panicked".into()).into_response()
            },
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            metrics::record,
        ))
        // A failing request logs its own cause (storage faults at most once per 10 s): a line
        // per 5xx here as well would flood the log while a disk is full.
        .layer(
            TraceLayer::new_for_http()
                .on_failure(DefaultOnFailure::new().level(tracing::Level::DEBUG)),
        )
        .with_state(state)
}

/// Serves until `shutdown` resolves, then finishes the requests in flight (within the default
/// grace period).
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, state, ConnectionLimits::default(), shutdown).await
}

/// [`serve`] with the connection limits given.
pub async fn serve_with(
    listener: TcpListener,
    mut state: AppState,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    service_log::ensure(&state)
        .await
        .map_err(|e| std::io::Error::other(format!("cannot create the service's own log: {e}")))?;
    let (closing, closed) = tokio::sync::watch::channel(false);
    state.closing = Closing(Some(closed));
    let delivery = tokio::spawn(streams::run(state.clone()));
    let pruner = tokio::spawn(retention::run(state.clone()));
    let served = listen::run(listener, router(state), limits, shutdown, closing).await;
    // Streams and the pruner end with the closing signal, which the listener has sent by now.
    let _ = delivery.await;
    let _ = pruner.await;
    served
}

async fn unknown_route() -> ApiError {
    ApiError::not_found("route_not_found", "No such route")
}

/// axum answers a wrong method with an empty 405; give it our body and keep its `Allow`.
async fn method_not_allowed_in_our_shape(res: Response) -> Response {
    if res.status() != StatusCode::METHOD_NOT_ALLOWED
        || res.headers().contains_key(header::CONTENT_TYPE)
    {
        return res;
    }
    let allow = res.headers().get(header::ALLOW).cloned();
    let mut ours = ApiError::MethodNotAllowed.into_response();
    if let Some(allow) = allow {
        ours.headers_mut().insert(header::ALLOW, allow);
    }
    ours
}

/// Resolves the admin token: the configured one, else the hash kept from an earlier start, else
/// a new random token whose hash is kept. Returns the hash and, only when it was just generated,
/// the token itself (to print once).
pub async fn admin_token(
    store: &dyn Store,
    configured: Option<&str>,
) -> Result<([u8; 32], Option<String>), auditlog_store::StoreError> {
    const SETTING: &str = "admin_token_sha256";
    if let Some(token) = configured {
        return Ok((auth::secret_hash(token), None));
    }
    let stored = |value: Option<String>| {
        let mut hash = [0u8; 32];
        value
            .filter(|v| hex::decode_to_slice(v, &mut hash).is_ok())
            .map(|_| hash)
    };
    if let Some(hash) = stored(store.setting(SETTING).await?) {
        return Ok((hash, None));
    }
    use base64::Engine;
    use rand::RngCore;
    let mut raw = [0u8; 32];
    rand::rng().fill_bytes(&mut raw);
    let token = format!(
        "aladm_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
    );
    let hash = auth::secret_hash(&token);
    if store.insert_setting(SETTING, &hex::encode(hash)).await? {
        return Ok((hash, Some(token)));
    }
    // Another server starting at the same moment generated (and printed) the token first.
    stored(store.setting(SETTING).await?)
        .map(|hash| (hash, None))
        .ok_or_else(|| {
            auditlog_store::StoreError::Internal("admin token setting is corrupt".into())
        })
}
