//! Liveness and readiness, for load balancers and orchestrators.

use std::time::Duration;

use axum::extract::State;
use axum::Json;

use crate::error::ApiError;
use crate::AppState;

pub async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({"status": "ok"}))
}

/// Ready to take traffic: not shutting down, and the database answers within two seconds. A
/// load balancer that asks stops sending requests once shutdown begins, and while the
/// database is away; `/healthz` says only that the process runs.
pub async fn readyz(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    if state.closing.begun() {
        return Err(ApiError::NotReady("The server is shutting down"));
    }
    let answered = tokio::time::timeout(Duration::from_secs(2), state.store.ping()).await;
    match answered {
        Ok(Ok(())) => Ok(Json(serde_json::json!({"status": "ready"}))),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "not ready: the database does not answer");
            Err(ApiError::NotReady("The database does not answer"))
        }
        Err(_) => Err(ApiError::NotReady(
            "The database did not answer within 2 seconds",
        )),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use auditlog_core::note::NoteSigner;
    use auditlog_store::sqlite::SqliteStore;

    use super::*;
    use crate::metrics::Metrics;
    use crate::Closing;

    /// A request that reaches the server once shutdown began (on a connection still open) is
    /// told to go elsewhere, although the database still answers.
    #[tokio::test]
    async fn readiness_is_refused_once_shutdown_begins() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SqliteStore::open(dir.path().join("audit.db")).unwrap());
        let (closing, closed) = tokio::sync::watch::channel(false);
        let state = AppState {
            metrics: Arc::new(Metrics::new(auditlog_store::Store::metrics(&*store), None)),
            streams: Default::default(),
            retention: Default::default(),
            store,
            admin_hash: [0; 32],
            signer: Arc::new(NoteSigner::from_seed("auditlog.test", [7; 32]).unwrap()),
            closing: Closing(Some(closed)),
            console: Default::default(),
            bodies: Default::default(),
            rates: Default::default(),
        };
        assert!(readyz(State(state.clone())).await.is_ok());
        closing.send(true).unwrap();
        let refused = readyz(State(state)).await.unwrap_err();
        assert!(matches!(refused, ApiError::NotReady(m) if m.contains("shutting down")));
    }
}
