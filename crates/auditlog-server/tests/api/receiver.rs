//! A local destination for streams: an HTTP server on port 0 that keeps every request it
//! accepts and answers as its script says (fail with a status, or hang past the client's
//! timeout) before it accepts again; and the steps the stream tests share.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::any;
use axum::Router;
use serde_json::{json, Value};
use tokio::task::JoinHandle;

use crate::helpers::{entry, TestApp, ADMIN};

#[derive(Debug, Clone, Copy)]
pub enum Reply {
    Fail(u16),
    /// Answers only after the server's stream timeout has passed.
    Hang,
}

#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Received {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

#[derive(Default)]
struct Inner {
    accepted: Vec<Received>,
    attempts: usize,
    script: VecDeque<Reply>,
}

pub struct Receiver {
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    task: JoinHandle<()>,
}

impl Receiver {
    pub async fn start(script: &[Reply]) -> Self {
        let inner = Arc::new(Mutex::new(Inner {
            script: script.iter().copied().collect(),
            ..Inner::default()
        }));
        let app = Router::new()
            .fallback(any(receive))
            .with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self { url, inner, task }
    }

    pub fn accepted(&self) -> Vec<Received> {
        self.inner.lock().unwrap().accepted.clone()
    }

    /// Requests answered, accepted or not.
    pub fn attempts(&self) -> usize {
        self.inner.lock().unwrap().attempts
    }

    /// Waits until `done` holds of what was accepted, or fails after 20 s.
    pub async fn wait_for(&self, what: &str, done: impl Fn(&[Received]) -> bool) {
        for _ in 0..400 {
            if done(&self.accepted()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the receiver never saw {what}: {:?}", self.accepted());
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn receive(
    State(inner): State<Arc<Mutex<Inner>>>,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let reply = {
        let mut inner = inner.lock().unwrap();
        inner.attempts += 1;
        let reply = inner.script.pop_front();
        if reply.is_none() {
            inner.accepted.push(Received {
                path: uri.path().to_owned(),
                headers,
                body,
            });
        }
        reply
    };
    match reply {
        None => StatusCode::OK,
        Some(Reply::Fail(status)) => StatusCode::from_u16(status).unwrap(),
        Some(Reply::Hang) => {
            tokio::time::sleep(Duration::from_secs(5)).await;
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

pub fn streams_of(org: &str) -> String {
    format!("/v1/organizations/{org}/streams")
}

pub async fn ingest_n(app: &TestApp, org: &str, key: &str, n: usize, kind: &str) {
    let items = (0..n)
        .map(|i| entry(json!({"resource_type": kind, "resource_id": format!("r_{i}")})))
        .collect();
    app.ingest(org, key, items).await;
}

/// The sequences a webhook's accepted batches carried, in the order they came.
pub fn webhook_sequences(accepted: &[Received]) -> Vec<u64> {
    accepted
        .iter()
        .flat_map(|r| {
            r.json()["data"]["entries"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["sequence"].as_u64().unwrap())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Each sequence at its first arrival: delivery is at least once, so a batch whose answer
/// was lost may come again.
pub fn first_seen(sequences: Vec<u64>) -> Vec<u64> {
    let mut seen = std::collections::HashSet::new();
    sequences.into_iter().filter(|s| seen.insert(*s)).collect()
}

pub async fn create(app: &TestApp, org: &str, body: Value) -> Value {
    let (status, stream) = app.post_json(&streams_of(org), ADMIN, &body).await;
    assert_eq!(status, 201, "{stream}");
    stream
}

pub async fn status(app: &TestApp, org: &str, id: &str) -> Value {
    let (code, stream) = app
        .get_json(&format!("{}/{id}", streams_of(org)), ADMIN)
        .await;
    assert_eq!(code, 200, "{stream}");
    stream
}

/// Waits until the stream's cursor has reached `sequence`.
pub async fn wait_delivered(app: &TestApp, org: &str, id: &str, sequence: u64) {
    for _ in 0..400 {
        if status(app, org, id).await["last_delivered_sequence"] == sequence {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the stream never delivered through {sequence}");
}
