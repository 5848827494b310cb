//! Load through the real HTTP API: concurrent ingest clients and repeated queries, with
//! per-request latencies.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper::{header, Request, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::sync::mpsc::{self, Receiver};

use crate::server::ADMIN;

pub struct Latencies(pub Vec<Duration>);

impl Latencies {
    pub fn percentile(&self, p: f64) -> f64 {
        let mut v: Vec<f64> = self.0.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        v.sort_by(f64::total_cmp);
        if v.is_empty() {
            return 0.0;
        }
        let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
        v[i]
    }
}

pub async fn create_org(http: &reqwest::Client, base: &str, org: &str) -> Result<String, String> {
    let res = http
        .post(format!("{base}/v1/organizations"))
        .bearer_auth(ADMIN)
        .json(&json!({"id": org, "name": org}))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if res.status() != 201 && res.status() != 409 {
        return Err(format!("create org: HTTP {}", res.status()));
    }
    let key: Value = http
        .post(format!("{base}/v1/organizations/{org}/api-keys"))
        .bearer_auth(ADMIN)
        .json(&json!({"name": "bench", "scopes": ["audit:read", "audit:write"]}))
        .send()
        .await
        .map_err(|e| e.to_string())?
        .json()
        .await
        .map_err(|e| e.to_string())?;
    key["key"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| "no key".into())
}

/// One unit of ingest work: an organization, its key, and a batch (or a single entry), already
/// serialized, so that the clients, which share the server's two cores, only send bytes.
pub struct Work {
    pub org: String,
    pub key: Arc<String>,
    /// `{"items": [...]}`, or the entry itself when `single`.
    pub body: Vec<u8>,
    pub events: usize,
    pub single: bool,
}

impl Work {
    /// The request for `items`, and their size as NDJSON (one line each).
    pub fn new(org: String, key: Arc<String>, items: &[Value], single: bool) -> (Self, u64) {
        let lines: Vec<String> = items.iter().map(Value::to_string).collect();
        let raw = lines.iter().map(|l| l.len() as u64 + 1).sum();
        let body = if single {
            lines.concat()
        } else {
            format!("{{\"items\":[{}]}}", lines.join(","))
        };
        let work = Self {
            org,
            key,
            body: body.into_bytes(),
            events: items.len(),
            single,
        };
        (work, raw)
    }
}

/// Which service the load goes to: auditlog, or the django-auditlog peer.
#[derive(Clone, Copy)]
pub enum Api {
    Auditlog,
    Peer,
}

/// Work already in memory, as a queue.
pub fn queued(work: Vec<Work>) -> (Receiver<Work>, usize) {
    let events = work.iter().map(|w| w.events).sum();
    let (tx, rx) = mpsc::channel(work.len().max(1));
    for w in work {
        tx.try_send(w).expect("the channel holds all the work");
    }
    (rx, events)
}

/// One keep-alive HTTP/1.1 connection to `base` (`http://host:port`), on hyper itself: the
/// clients share the machine's cores with the server, and a full client library's own work
/// per request was measured as the server's.
async fn connect(base: &str) -> Result<SendRequest<Full<Bytes>>, String> {
    let host = base.trim_start_matches("http://").trim_end_matches('/');
    let stream = tokio::net::TcpStream::connect(host)
        .await
        .map_err(|e| format!("connect to {host}: {e}"))?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    let (sender, connection) = http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(connection);
    Ok(sender)
}

/// POSTs `body` as JSON on the connection; returns the status and the response's body.
async fn post(
    sender: &mut SendRequest<Full<Bytes>>,
    base: &str,
    path: &str,
    key: &str,
    body: Vec<u8>,
) -> Result<(StatusCode, Bytes), String> {
    sender.ready().await.map_err(|e| e.to_string())?;
    let host = base.trim_start_matches("http://").trim_end_matches('/');
    let request = Request::post(path)
        .header(header::HOST, host)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| e.to_string())?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, bytes))
}

/// Sends all work from `clients` concurrent clients, each on its own connection; returns
/// events/s and latencies.
pub async fn ingest(
    base: &str,
    api: Api,
    work: (Receiver<Work>, usize),
    clients: usize,
) -> Result<(f64, Latencies), String> {
    let (queue, events) = work;
    // Taken without waiting in line: with an async lock held across `recv`, 64 clients queued
    // behind each other for every item, and the queue, not the server, set the pace.
    let queue = Arc::new(std::sync::Mutex::new(queue));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (queue, base) = (queue.clone(), base.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut sender = connect(&base).await?;
            let mut lat = Vec::new();
            loop {
                let next = queue.lock().map_err(|e| e.to_string())?.try_recv();
                let w = match next {
                    Ok(w) => w,
                    Err(mpsc::error::TryRecvError::Empty) => {
                        tokio::time::sleep(Duration::from_micros(200)).await;
                        continue;
                    }
                    Err(mpsc::error::TryRecvError::Disconnected) => break,
                };
                let t = Instant::now();
                let path = match (api, w.single) {
                    (Api::Auditlog, true) => format!("/v1/organizations/{}/audit-log", w.org),
                    (Api::Auditlog, false) => {
                        format!("/v1/organizations/{}/audit-log/batch", w.org)
                    }
                    (Api::Peer, _) => format!("/api/orgs/{}/logs", w.org),
                };
                let first = String::from_utf8_lossy(&w.body[..w.body.len().min(300)]).into_owned();
                let (status, body) = post(&mut sender, &base, &path, &w.key, w.body).await?;
                if !status.is_success() {
                    return Err(format!(
                        "ingest into {}: HTTP {status}: {} (request: {first}…)",
                        w.org,
                        String::from_utf8_lossy(&body),
                    ));
                }
                lat.push(t.elapsed());
            }
            Ok::<_, String>(lat)
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.map_err(|e| e.to_string())??);
    }
    let secs = started.elapsed().as_secs_f64();
    Ok((events as f64 / secs, Latencies(all)))
}

/// Repeats one GET `reps` times on one connection, or fewer (at least twice) once `budget` is
/// spent; returns latencies and the reported total.
pub async fn query(
    http: &reqwest::Client,
    url: &str,
    key: &str,
    reps: usize,
    budget: Duration,
) -> Result<(Latencies, Option<u64>), String> {
    let mut lat = Vec::with_capacity(reps);
    let mut total = None;
    let started = Instant::now();
    for _ in 0..reps {
        if lat.len() >= 2 && started.elapsed() > budget {
            break;
        }
        let t = Instant::now();
        let res = http
            .get(url)
            .bearer_auth(key)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = res.status();
        let header_total = res
            .headers()
            .get("x-total-count")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok());
        // The clock stops at the answer's last byte: parsing it is the harness's own work.
        let bytes = res.bytes().await.map_err(|e| e.to_string())?;
        lat.push(t.elapsed());
        let body: Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        if !status.is_success() {
            return Err(format!("{url}: HTTP {status}: {body}"));
        }
        total = header_total
            .or_else(|| body["total"].as_u64())
            .or_else(|| body["count"].as_u64())
            .or_else(|| body["pagination"]["total"].as_u64());
    }
    Ok((Latencies(lat), total))
}

/// Walks a listing page by page, by `next_cursor` (auditlog) or the `next` link (the peer's
/// offset pagination), for at most `max_pages`; returns (entries seen, latencies).
pub async fn walk(
    http: &reqwest::Client,
    url: &str,
    key: &str,
    max_pages: usize,
) -> Result<(u64, Latencies), String> {
    let mut lat = Vec::new();
    let mut seen = 0u64;
    let mut page_url = url.to_owned();
    while lat.len() < max_pages {
        let t = Instant::now();
        let bytes = http
            .get(&page_url)
            .bearer_auth(key)
            .send()
            .await
            .map_err(|e| e.to_string())?
            .bytes()
            .await
            .map_err(|e| e.to_string())?;
        lat.push(t.elapsed());
        let body: Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        let items = body["items"].as_array().or(body["results"].as_array());
        seen += items.map_or(0, Vec::len) as u64;
        page_url = match (body["next_cursor"].as_str(), body["next"].as_str()) {
            (Some(c), _) => format!("{url}&cursor={c}"),
            (None, Some(next)) => next.to_owned(),
            (None, None) => break,
        };
    }
    Ok((seen, Latencies(lat)))
}
