//! `TestApp`: the real router on port 0 over a real store — a SQLite file in a temporary
//! directory, or a fresh schema in the PostgreSQL database named by `AUDITLOG_TEST_POSTGRES_URL`.
//! Every test runs on both backends through `auditlog_store::on_both_backends!`.

use reqwest::{Client, Response};
use serde_json::{json, Value};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use std::sync::Arc;
use std::time::Duration;

use auditlog_core::note::NoteSigner;
use auditlog_server::auth::secret_hash;
use auditlog_server::extract::BodyLimits;
use auditlog_server::limit::{RateConfig, RateLimiter};
use auditlog_server::metrics::Metrics;
use auditlog_server::streams::StreamOptions;
use auditlog_server::{AppState, ConnectionLimits};

pub use auditlog_store::testing::Backend;

pub const ADMIN: &str = "test-admin-token-0123456789";
/// May read `/metrics` and nothing else.
pub const METRICS: &str = "test-metrics-token-0123456789";

pub struct TestApp {
    pub base: String,
    pub client: Client,
    pub backend: Backend,
    shutdown: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<()>>,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_on(Backend::fresh().await).await
    }

    /// Starts the app over `backend` (which may hold data from an earlier run).
    pub async fn spawn_on(backend: Backend) -> Self {
        Self::spawn_at(backend, "127.0.0.1:0").await
    }

    /// Starts the app over `backend` on `addr` (a restart on the address of a stopped app).
    pub async fn spawn_at(backend: Backend, addr: &str) -> Self {
        Self::spawn_limited(
            backend,
            addr,
            Default::default(),
            Default::default(),
            Default::default(),
        )
        .await
    }

    /// Starts the app over a store that seals a postings segment every `entries` entries, so
    /// that what only sealed entries do (pruning) happens with few of them.
    pub async fn spawn_with_small_segments(entries: u64) -> Self {
        let backend = Backend::fresh().await;
        let store = backend.open_with_small_segments(entries).await;
        Self::spawn_store(
            backend,
            store,
            "127.0.0.1:0",
            Default::default(),
            Default::default(),
            Default::default(),
        )
        .await
    }

    /// Starts the app with the connection, body and rate limits given.
    pub async fn spawn_limited(
        backend: Backend,
        addr: &str,
        limits: ConnectionLimits,
        bodies: BodyLimits,
        rates: RateConfig,
    ) -> Self {
        let store = backend.open().await;
        Self::spawn_store(backend, store, addr, limits, bodies, rates).await
    }

    async fn spawn_store(
        backend: Backend,
        store: Arc<dyn auditlog_store::Store>,
        addr: &str,
        limits: ConnectionLimits,
        bodies: BodyLimits,
        rates: RateConfig,
    ) -> Self {
        let (admin_hash, _) = auditlog_server::admin_token(store.as_ref(), Some(ADMIN))
            .await
            .expect("admin token");
        let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (tx, rx) = oneshot::channel::<()>();
        let signer = Arc::new(NoteSigner::from_seed("auditlog.test", [7; 32]).unwrap());
        let metrics = Arc::new(Metrics::new(store.metrics(), Some(secret_hash(METRICS))));
        let state = AppState {
            store,
            admin_hash,
            signer,
            closing: Default::default(),
            console: Default::default(),
            bodies,
            rates: Arc::new(RateLimiter::new(rates)),
            metrics,
            streams: fast_streams(),
            retention: fast_retention(),
        };
        let handle = tokio::spawn(async move {
            auditlog_server::serve_with(listener, state, limits, async {
                let _ = rx.await;
            })
            .await
            .expect("serve");
        });
        TestApp {
            base,
            client: Client::new(),
            backend,
            shutdown: Some(tx),
            handle: Some(handle),
        }
    }

    /// Stops the server and waits until it has finished.
    pub async fn stop(mut self) -> Backend {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(h) = self.handle.take() {
            h.await.expect("server task");
        }
        self.backend.clone()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str, key: &str) -> Response {
        self.client
            .get(self.url(path))
            .bearer_auth(key)
            .send()
            .await
            .expect("request")
    }

    pub async fn post(&self, path: &str, key: &str, body: &Value) -> Response {
        self.client
            .post(self.url(path))
            .bearer_auth(key)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn get_json(&self, path: &str, key: &str) -> (u16, Value) {
        let res = self.get(path, key).await;
        status_json(res).await
    }

    pub async fn post_json(&self, path: &str, key: &str, body: &Value) -> (u16, Value) {
        let res = self.post(path, key, body).await;
        status_json(res).await
    }

    pub async fn put_json(&self, path: &str, key: &str, body: &Value) -> (u16, Value) {
        let res = self
            .client
            .put(self.url(path))
            .bearer_auth(key)
            .json(body)
            .send()
            .await
            .expect("request");
        status_json(res).await
    }

    /// Creates an organization as the admin and returns a key with both scopes.
    pub async fn org_with_key(&self, id: &str) -> String {
        self.create_org(id).await;
        self.key(id, &["audit:read", "audit:write"]).await
    }

    pub async fn create_org(&self, id: &str) {
        let (status, body) = self
            .post_json(
                "/v1/organizations",
                ADMIN,
                &json!({"id": id, "name": format!("Org {id}")}),
            )
            .await;
        assert_eq!(status, 201, "{body}");
    }

    pub async fn key(&self, org: &str, scopes: &[&str]) -> String {
        let (status, body) = self
            .post_json(
                &format!("/v1/organizations/{org}/api-keys"),
                ADMIN,
                &json!({"name": "test", "scopes": scopes}),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        body["key"].as_str().unwrap().to_owned()
    }

    /// Ingests entries through the batch API and returns them as stored.
    pub async fn ingest(&self, org: &str, key: &str, items: Vec<Value>) -> Vec<Value> {
        let (status, body) = self
            .post_json(
                &format!("/v1/organizations/{org}/audit-log/batch"),
                key,
                &json!({ "items": items }),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        body["items"].as_array().unwrap().clone()
    }
}

/// The pruner paced for tests: a pass every 100 ms, small steps.
pub fn fast_retention() -> auditlog_server::retention::RetentionOptions {
    auditlog_server::retention::RetentionOptions {
        every: Duration::from_millis(100),
        step: 50,
        pause: Duration::from_millis(1),
        ..Default::default()
    }
}

/// Stream delivery paced for tests: quick polls, short timeouts and waits.
pub fn fast_streams() -> StreamOptions {
    StreamOptions {
        scan: Duration::from_millis(50),
        poll: Duration::from_millis(50),
        timeout: Duration::from_secs(2),
        backoff: Duration::from_millis(100),
        max_backoff: Duration::from_millis(600),
        lease: Duration::from_secs(6),
        checkpoint_age: Duration::from_secs(10),
    }
}

pub async fn status_json(res: Response) -> (u16, Value) {
    let status = res.status().as_u16();
    let text = res.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, body)
}

/// A minimal valid entry, with `patch` merged over it.
pub fn entry(patch: Value) -> Value {
    let mut v = json!({
        "action": "created",
        "resource_type": "assistant",
        "resource_id": "asst_1",
        "user_id": "uid_1",
    });
    for (k, val) in patch.as_object().expect("patch object") {
        v[k] = val.clone();
    }
    v
}

/// Asserts the one error shape and returns `(code, param)`.
pub fn error_of(body: &Value) -> (String, Option<String>) {
    let e = &body["error"];
    assert!(e["message"].is_string(), "no message in {body}");
    assert!(e["type"].is_string(), "no type in {body}");
    assert!(e["code"].is_string(), "no code in {body}");
    (
        e["code"].as_str().unwrap().to_owned(),
        e["param"].as_str().map(str::to_owned),
    )
}

/// The ids of a page of entries, in order.
pub fn ids(items: &Value) -> Vec<String> {
    items
        .as_array()
        .expect("array")
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect()
}

/// The Python named by the environment variable `var` when it can import `module` (a tool
/// `scripts/test` installs); otherwise `None` after saying that `what` is skipped — except in CI,
/// where a missing tool fails the test.
pub fn python_with(var: &str, module: &str, what: &str) -> Option<String> {
    let python = std::env::var(var).ok().filter(|p| !p.is_empty());
    let usable = python.as_ref().is_some_and(|p| {
        std::process::Command::new(p)
            .args(["-c", &format!("import {module}")])
            .status()
            .is_ok_and(|s| s.success())
    });
    if usable {
        return python;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{what}: {var} names no Python with {module}, and CI must run it"
    );
    eprintln!("\nSKIPPED: {what} (set {var}; scripts/test does)");
    None
}
