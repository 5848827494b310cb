//! The accept loop: every connection bounded in time, count and buffer, and a shutdown that
//! ends within its grace period whatever clients hold.
//!
//! axum's own `serve` has no header timeout (hyper's is inert without a timer), no connection
//! cap and no deadline for graceful shutdown, so a few thousand idle sockets could exhaust the
//! process's file limit and a half-sent request could hold shutdown open forever. This loop
//! drives hyper directly with those limits.

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};
use tokio::task::JoinSet;
use tower::ServiceExt;

mod io;
use io::Tracked;

/// Limits of the HTTP layer; [`ConnectionLimits::default`] is what `serve` uses.
#[derive(Debug, Clone)]
pub struct ConnectionLimits {
    /// Open connections at most; at the cap, a new connection closes the one that has been
    /// quiet longest, so idle sockets cannot lock out a client with a request to make.
    pub max_connections: usize,
    /// Time to send a complete request head, counted from the connection's start or the end of
    /// its previous response: it is also how long an idle keep-alive connection stays open.
    pub header_timeout: Duration,
    /// Largest request head (request line and headers); a larger one is 431.
    pub max_header_bytes: usize,
    /// How long shutdown waits for requests in flight before closing their connections.
    pub shutdown_grace: Duration,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        Self {
            max_connections: default_max_connections(),
            header_timeout: Duration::from_secs(30),
            max_header_bytes: 64 * 1024,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Descriptors the process keeps for itself (database files, logs, the listener) beyond its
/// connections.
const RESERVED_DESCRIPTORS: u64 = 256;

/// Connections the process's open-file limit leaves room for, at most 10,000: running out of
/// descriptors fails the database's own files, not just new connections.
fn default_max_connections() -> usize {
    let soft = std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("Max open files"))
                .and_then(|l| l.split_whitespace().nth(3))
                .and_then(|n| n.parse::<u64>().ok())
        })
        .unwrap_or(1024);
    soft.saturating_sub(RESERVED_DESCRIPTORS).clamp(16, 10_000) as usize
}

/// One open connection, as the cap sees it.
struct Slot {
    /// Milliseconds since the loop started when bytes last moved either way.
    last_active: AtomicU64,
    evict: Notify,
}

/// The open connections by id: removing one as it ends is a lookup, and only admitting one at
/// the cap looks through them all.
#[derive(Default)]
struct Registry {
    slots: Mutex<HashMap<u64, Arc<Slot>>>,
}

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Arc<Slot>>> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers a new connection; at the cap, first tells the quietest one to close.
    fn admit(&self, id: u64, slot: Arc<Slot>, cap: usize) {
        let mut slots = self.lock();
        if slots.len() >= cap {
            let quietest = slots
                .iter()
                .min_by_key(|(_, s)| s.last_active.load(Ordering::Relaxed))
                .map(|(id, _)| *id);
            if let Some(quiet) = quietest.and_then(|id| slots.remove(&id)) {
                quiet.evict.notify_one();
            }
        }
        slots.insert(id, slot);
    }

    fn remove(&self, id: u64) {
        self.lock().remove(&id);
    }
}

/// Accepts until `shutdown` resolves, then says so on `closing`, lets each connection finish
/// its request in flight for up to the grace period and closes what remains.
pub async fn run(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
    closing: watch::Sender<bool>,
) -> std::io::Result<()> {
    tokio::pin!(shutdown);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        // The head's own limit is exact; the buffer's bounds what a read can take on the way.
        .max_header_size(limits.max_header_bytes)
        .max_buf_size(limits.max_header_bytes.max(8192));
    let registry = Arc::new(Registry::default());
    let epoch = Instant::now();
    let mut connections = JoinSet::new();
    let mut next_id = 0u64;
    let mut last_accept_error: Option<Instant> = None;

    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = &mut shutdown => break,
            // Reap finished connection tasks as they end, so the set stays small.
            Some(_) = connections.join_next(), if !connections.is_empty() => continue,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(e) => {
                // Out of descriptors or memory: say so (once a second, not once a try) and
                // give connections a moment to close rather than spinning.
                if last_accept_error.is_none_or(|t| t.elapsed() >= Duration::from_secs(1)) {
                    tracing::error!(error = %e, "cannot accept a connection");
                    last_accept_error = Some(Instant::now());
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        next_id += 1;
        let id = next_id;
        let slot = Arc::new(Slot {
            last_active: AtomicU64::new(epoch.elapsed().as_millis() as u64),
            evict: Notify::new(),
        });
        registry.admit(id, slot.clone(), limits.max_connections);
        let io = TokioIo::new(Tracked::new(stream, slot.clone(), epoch));
        let service = TowerToHyperService::new(app.clone().map_request(
            move |mut req: hyper::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            },
        ));
        let conn = http.serve_connection(io, service);
        let mut closing = closing.subscribe();
        let registry = registry.clone();
        // Serves until the connection ends, is evicted (dropped at once), or shutdown begins
        // (then the request in flight finishes and the connection closes).
        connections.spawn(async move {
            tokio::pin!(conn);
            let graceful = tokio::select! {
                result = conn.as_mut() => {
                    if let Err(e) = result {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                    false
                }
                _ = slot.evict.notified() => false,
                _ = closing.wait_for(|c| *c) => true,
            };
            if graceful {
                conn.as_mut().graceful_shutdown();
                tokio::select! {
                    _ = conn.as_mut() => {}
                    _ = slot.evict.notified() => {}
                }
            }
            registry.remove(id);
        });
    }

    drop(listener);
    let _ = closing.send(true);
    let drained = tokio::time::timeout(limits.shutdown_grace, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            open = connections.len(),
            grace = ?limits.shutdown_grace,
            "closing connections still open after the shutdown grace period"
        );
        connections.shutdown().await;
    }
    Ok(())
}
