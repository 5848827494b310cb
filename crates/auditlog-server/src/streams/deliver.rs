//! Delivery: one task per stream, so a dead destination never slows another or ingest. A task
//! delivers only while it holds the stream's lease (one server at a time, on a shared
//! database), reads the log after the stream's cursor, sends one batch at a time in sequence
//! order and moves the cursor only once the destination accepted the batch — at least once,
//! never out of order, and a restart resumes at the cursor.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::task::JoinHandle;

use auditlog_core::{Entry, Filter, OrgId, Timestamp};
use auditlog_store::{SignedCheckpoint, StreamChange, StreamRecord};

use super::batch::{self, Range};
use super::destination::Destination;
use super::{backoff, StreamOptions};
use crate::AppState;

/// Entries read from the log at once.
const SCAN: u32 = 1000;

/// Runs every unpaused stream until shutdown begins, then waits for their tasks to end.
pub async fn run(state: AppState) {
    let owner = format!("srv_{}", ulid::Ulid::new());
    let client = match reqwest::Client::builder()
        .timeout(state.streams.timeout)
        .user_agent(concat!("auditlog/", env!("CARGO_PKG_VERSION")))
        .build()
    {
        Ok(client) => client,
        Err(e) => {
            tracing::error!(error = %e, "cannot build the streams' HTTP client: no stream runs");
            return;
        }
    };
    let mut closing = state.closing.clone();
    let mut tasks: HashMap<(OrgId, String), JoinHandle<()>> = HashMap::new();
    let mut complained = false;
    loop {
        tasks.retain(|_, task| !task.is_finished());
        match state.store.streams(None).await {
            Ok(streams) => {
                complained = false;
                for s in streams.into_iter().filter(|s| !s.paused) {
                    let key = (s.org.clone(), s.id.clone());
                    tasks.entry(key).or_insert_with(|| {
                        let worker = Worker::new(&state, &client, &owner, s);
                        tokio::spawn(worker.run())
                    });
                }
            }
            // Said once per outage, not every scan.
            Err(e) if !complained => {
                complained = true;
                tracing::error!(error = %e, "cannot read the streams to deliver");
            }
            Err(_) => {}
        }
        tokio::select! {
            _ = closing.wait() => break,
            _ = tokio::time::sleep(state.streams.scan) => {}
        }
    }
    for (_, task) in tasks {
        let _ = task.await;
    }
}

enum Step {
    /// Go on at once.
    Again,
    /// Nothing to do for a while.
    Wait(Duration),
    /// The stream is gone, paused, or another server delivers it.
    Stop,
}

struct Worker {
    state: AppState,
    client: reqwest::Client,
    owner: String,
    org: OrgId,
    id: String,
    /// When the lease was last taken or renewed.
    claimed: Option<Instant>,
    /// The cursor this task last saw: a different one means the stream was rewound.
    seen: Option<u64>,
    /// Read through here; beyond the cursor when entries the filter drops were passed over.
    scanned: u64,
    checkpoint: Option<(SignedCheckpoint, Instant)>,
    /// The next attempt's time after the failures counted, with its jitter drawn once.
    retry: Option<(u32, Timestamp)>,
}

impl Worker {
    fn new(state: &AppState, client: &reqwest::Client, owner: &str, s: StreamRecord) -> Self {
        Self {
            state: state.clone(),
            client: client.clone(),
            owner: owner.to_owned(),
            org: s.org,
            id: s.id,
            claimed: None,
            seen: None,
            scanned: s.cursor,
            checkpoint: None,
            retry: None,
        }
    }

    fn options(&self) -> &StreamOptions {
        &self.state.streams
    }

    async fn run(mut self) {
        let mut closing = self.state.closing.clone();
        loop {
            let wait = tokio::select! {
                _ = closing.wait() => break,
                step = self.step() => match step {
                    Ok(Step::Again) => continue,
                    Ok(Step::Wait(wait)) => wait,
                    Ok(Step::Stop) => break,
                    Err(e) => {
                        tracing::warn!(stream = %self.id, org = %self.org, error = %e, "stream delivery paused by a storage error");
                        self.options().poll
                    }
                },
            };
            tokio::select! {
                _ = closing.wait() => break,
                _ = tokio::time::sleep(wait) => {}
            }
        }
        let release = StreamChange::Release {
            owner: self.owner.clone(),
        };
        let _ = self
            .state
            .store
            .change_stream(&self.org, &self.id, release)
            .await;
    }

    async fn step(&mut self) -> Result<Step, String> {
        let err = |e: auditlog_store::StoreError| e.to_string();
        let store = self.state.store.clone();
        let lease = self.options().lease;
        if self.claimed.is_none_or(|at| at.elapsed() >= lease / 3) {
            let now = Timestamp::now();
            let claim = StreamChange::Claim {
                owner: self.owner.clone(),
                now,
                until: Timestamp::from_micros(now.micros() + lease.as_micros() as i64),
            };
            if store
                .change_stream(&self.org, &self.id, claim)
                .await
                .map_err(err)?
                .is_none()
            {
                return Ok(Step::Stop);
            }
            self.claimed = Some(Instant::now());
        }
        let streams = store.streams(Some(&self.org)).await.map_err(err)?;
        let Some(stream) = streams.into_iter().find(|s| s.id == self.id) else {
            return Ok(Step::Stop);
        };
        if stream.paused {
            return Ok(Step::Stop);
        }
        if self.seen != Some(stream.cursor) {
            self.seen = Some(stream.cursor);
            self.scanned = stream.cursor;
        }
        if let Some(wait) = self.backing_off(&stream) {
            return Ok(Step::Wait(wait.min(self.options().poll)));
        }
        let destination: Destination =
            serde_json::from_str(&stream.config).map_err(|e| e.to_string())?;
        let filter = destination
            .entry_filter()
            .map_err(|_| "the stream's filter no longer parses".to_owned())?;
        let head = store.tree_head(&self.org).await.map_err(err)?.size;
        self.state
            .metrics
            .stream_lag(&self.org, &self.id, head.saturating_sub(stream.cursor));
        if head <= self.scanned {
            return Ok(Step::Wait(self.options().poll));
        }
        // Read whole, filtered here: a filtered read could pass over entries committed but
        // not yet indexed (see the live tail).
        let entries = store
            .entries_by_sequence(&self.org, &Filter::default(), self.scanned, SCAN)
            .await
            .map_err(err)?;
        let (picked, through) = pick(&destination, &filter, &entries, head);
        if picked.is_empty() {
            self.scanned = through;
            return Ok(Step::Again);
        }
        let checkpoint = self.checkpoint().await?;
        let range = Range {
            org: &self.org,
            stream: &self.id,
            after: stream.cursor,
            through,
            checkpoint: &checkpoint,
        };
        let request = batch::encode(&destination, &self.state.signer, &range, &picked);
        let sent = picked.len();
        match self.send(&destination.url, request).await {
            Ok(()) => {
                let delivered = StreamChange::Delivered {
                    owner: self.owner.clone(),
                    from: stream.cursor,
                    through,
                    at: Timestamp::now(),
                };
                if store
                    .change_stream(&self.org, &self.id, delivered)
                    .await
                    .map_err(err)?
                    .is_some()
                {
                    self.seen = Some(through);
                    self.scanned = through;
                    self.state.metrics.stream_sent(&self.org, &self.id, sent);
                    self.state.metrics.stream_lag(
                        &self.org,
                        &self.id,
                        head.saturating_sub(through),
                    );
                } else {
                    // Rewound meanwhile, or the lease was lost: look again.
                    self.claimed = None;
                }
                Ok(Step::Again)
            }
            Err(error) => {
                tracing::info!(stream = %self.id, org = %self.org, %error, "stream delivery failed; will retry");
                self.state.metrics.stream_failed(&self.org, &self.id);
                let failed = StreamChange::Failed {
                    owner: self.owner.clone(),
                    error,
                    at: Timestamp::now(),
                };
                store
                    .change_stream(&self.org, &self.id, failed)
                    .await
                    .map_err(err)?;
                Ok(Step::Again)
            }
        }
    }

    /// How long is left to wait before retrying, if the stream is backing off.
    fn backing_off(&mut self, stream: &StreamRecord) -> Option<Duration> {
        let last = stream.last_error_at.filter(|_| stream.failures > 0)?;
        let at = match self.retry {
            Some((n, at)) if n == stream.failures => at,
            _ => {
                let wait = backoff(self.options(), stream.failures);
                // Full waits spread over their upper half, so destinations that failed
                // together are not retried together.
                let jitter = rand::random_range(0.5..=1.0);
                let at = Timestamp::from_micros(
                    last.micros() + (wait.as_micros() as f64 * jitter) as i64,
                );
                self.retry = Some((stream.failures, at));
                at
            }
        };
        let left = at.micros() - Timestamp::now().micros();
        (left > 0).then(|| Duration::from_micros(left as u64))
    }

    /// A signed checkpoint no older than the options allow, signing the current head if needed.
    async fn checkpoint(&mut self) -> Result<SignedCheckpoint, String> {
        if let Some((checkpoint, at)) = &self.checkpoint {
            if at.elapsed() < self.options().checkpoint_age {
                return Ok(checkpoint.clone());
            }
        }
        let org = self
            .state
            .store
            .organization(&self.org)
            .await
            .map_err(|e| e.to_string())?
            .ok_or("the organization is gone")?;
        let signed = crate::routes::integrity::current_checkpoint(&self.state, &org)
            .await
            .map_err(|e| format!("cannot sign a checkpoint: {e:?}"))?;
        self.checkpoint = Some((signed.clone(), Instant::now()));
        Ok(signed)
    }

    /// Sends one batch; any answer but 2xx is a failure, described for the stream's status.
    async fn send(&self, url: &str, request: batch::Request) -> Result<(), String> {
        let mut builder = self.client.post(url).body(request.body);
        for (name, value) in request.headers {
            builder = builder.header(name, value);
        }
        let response = builder.send().await.map_err(|e| describe(&e))?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let text = response.text().await.unwrap_or_default();
        let text: String = text.chars().take(200).collect();
        Err(format!("HTTP {status}: {}", text.trim()))
    }
}

/// The matching entries that fit one request, each serialized once, and the sequence the
/// batch covers through: the last entry read, or the head once the read reached it, or just
/// before the first entry that did not fit.
fn pick<'a>(
    destination: &Destination,
    filter: &Filter,
    entries: &'a [Entry],
    head: u64,
) -> (Vec<(&'a Entry, Vec<u8>)>, u64) {
    let (max_entries, max_bytes) = batch::limits(destination.kind);
    let mut picked = Vec::new();
    let mut bytes = 0;
    for e in entries {
        if !filter.matches(e) {
            continue;
        }
        let json = serde_json::to_vec(e).unwrap_or_default();
        let full = picked.len() == max_entries || bytes + json.len() > max_bytes;
        if full && !picked.is_empty() {
            return (picked, e.sequence - 1);
        }
        bytes += json.len();
        picked.push((e, json));
    }
    let last = entries.last().map_or(0, |e| e.sequence);
    let through = if entries.len() == SCAN as usize {
        last
    } else {
        last.max(head)
    };
    (picked, through)
}

/// An HTTP client error with its causes, which say what went wrong (refused, timed out, TLS).
fn describe(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() {
        "timed out".to_owned()
    } else {
        e.to_string()
    };
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.chars().take(300).collect()
}
