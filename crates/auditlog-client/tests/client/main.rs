//! The client against the real app, started on port 0 over a real SQLite store.

mod proofs;
mod reads;
mod writes;

use std::sync::Arc;

use serde_json::{json, Value};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use auditlog_client::{Client, Log, NoteVerifier};
use auditlog_core::note::NoteSigner;
use auditlog_server::metrics::Metrics;
use auditlog_server::AppState;
use auditlog_store::testing::Backend;

const ADMIN: &str = "client-test-admin-token-0123456789";

/// The app on port 0, stopped when the test calls [`App::stop`].
struct App {
    base: String,
    signer: Arc<NoteSigner>,
    shutdown: oneshot::Sender<()>,
    handle: JoinHandle<()>,
    _backend: Backend,
}

impl App {
    async fn spawn() -> Self {
        let backend = Backend::fresh().await;
        let store = backend.open().await;
        let (admin_hash, _) = auditlog_server::admin_token(store.as_ref(), Some(ADMIN))
            .await
            .expect("admin token");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let signer = Arc::new(NoteSigner::from_seed("auditlog.test", [7; 32]).unwrap());
        let metrics = Arc::new(Metrics::new(store.metrics(), None));
        let state = AppState {
            store,
            admin_hash,
            signer: signer.clone(),
            closing: Default::default(),
            console: Default::default(),
            bodies: Default::default(),
            rates: Default::default(),
            metrics,
            streams: Default::default(),
            retention: Default::default(),
        };
        let (shutdown, rx) = oneshot::channel::<()>();
        let handle = tokio::spawn(async move {
            auditlog_server::serve(listener, state, async {
                let _ = rx.await;
            })
            .await
            .expect("serve");
        });
        App {
            base,
            signer,
            shutdown,
            handle,
            _backend: backend,
        }
    }

    async fn stop(self) {
        let _ = self.shutdown.send(());
        self.handle.await.expect("server task");
    }

    /// The key the checkpoints are signed with, as a client would pin it.
    fn verifier(&self) -> NoteVerifier {
        NoteVerifier::parse(&self.signer.verifier_key()).unwrap()
    }

    /// Creates `org` as the admin and returns its log, reached with a read-and-write key.
    async fn log(&self, org: &str) -> Log {
        let key = self.key(org).await;
        Client::new(&self.base, key).unwrap().organization(org)
    }

    async fn key(&self, org: &str) -> String {
        self.admin_post("/v1/organizations", json!({"id": org, "name": org}))
            .await;
        let body = self
            .admin_post(
                &format!("/v1/organizations/{org}/api-keys"),
                json!({"name": "client test", "scopes": ["audit:read", "audit:write"]}),
            )
            .await;
        body["key"].as_str().unwrap().to_owned()
    }

    async fn admin_post(&self, path: &str, body: Value) -> Value {
        let res = reqwest::Client::new()
            .post(format!("{}{path}", self.base))
            .bearer_auth(ADMIN)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201, "{path}");
        res.json().await.unwrap()
    }
}
