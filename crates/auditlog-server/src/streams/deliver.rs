//! Delivery: one task per stream, so a dead destination never slows another or ingest. A task
//! delivers only while it holds the stream's lease (one server at a time, on a shared
//! database), reads the log after the stream's cursor, sends one batch at a time in sequence
//! order and moves the cursor only once the destination accepted the batch — at least once,
//! never out of order, and a restart resumes at the cursor.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use futures_util::FutureExt;
use tokio::task::JoinHandle;

use auditlog_core::{Entry, Filter, OrgId, Timestamp};
use auditlog_store::{SignedCheckpoint, StreamChange, StreamRecord};

use super::batch::{self, Range};
use super::destination::Destination;
use super::{backoff, StreamOptions};
use crate::AppState;

/// Entries read from the log at once.
const SCAN: u32 = 1000;
/// How often a stretch with nothing to send (all filtered out) is recorded as delivered.
const SKIPS_SAVED_EVERY: Duration = Duration::from_secs(5);

/// Runs every unpaused stream until shutdown begins, then waits for their tasks to end.
pub async fn run(state: AppState) {
    let owner = format!("srv_{}", ulid::Ulid::new());
    // Redirects are not followed: a destination could send the batch, and Datadog's key (not
    // a header reqwest drops on a redirect), anywhere, past the URL rules.
    let client = match reqwest::Client::builder()
        .timeout(state.streams.timeout)
        .redirect(reqwest::redirect::Policy::none())
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
    let mut tasks: HashMap<(OrgId, String), JoinHandle<Step>> = HashMap::new();
    // Streams another server delivers, and when to try for them again.
    let mut elsewhere: HashMap<(OrgId, String), Instant> = HashMap::new();
    let mut complained = false;
    loop {
        let ended: Vec<_> = tasks
            .iter()
            .filter(|(_, task)| task.is_finished())
            .map(|(key, _)| key.clone())
            .collect();
        for key in ended {
            if let Some(Some(Ok(Step::Elsewhere))) = tasks.remove(&key).map(|t| t.now_or_never()) {
                elsewhere.insert(key, Instant::now() + state.streams.lease / 3);
            }
        }
        elsewhere.retain(|_, until| *until > Instant::now());
        match state.store.streams(None).await {
            Ok(streams) => {
                complained = false;
                for s in streams.into_iter().filter(|s| !s.paused) {
                    let key = (s.org.clone(), s.id.clone());
                    if elsewhere.contains_key(&key) {
                        continue;
                    }
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
    /// The stream is gone or paused, or the server is stopping.
    Stop,
    /// Another server holds the stream's lease.
    Elsewhere,
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
    /// The next attempt's time after the failure recorded at a time, jitter drawn once.
    retry: Option<(Timestamp, Timestamp)>,
    /// At most this many entries a batch, once a destination refused one as too large.
    cap: Option<usize>,
    /// When a stretch with nothing to send was last recorded as delivered.
    skip_saved: Instant,
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
            cap: None,
            skip_saved: Instant::now(),
        }
    }

    fn options(&self) -> &StreamOptions {
        &self.state.streams
    }

    async fn run(mut self) -> Step {
        let mut closing = self.state.closing.clone();
        let end = loop {
            let wait = tokio::select! {
                _ = closing.wait() => break Step::Stop,
                step = self.step() => match step {
                    Ok(Step::Again) => continue,
                    Ok(Step::Wait(wait)) => wait,
                    Ok(end) => break end,
                    Err(e) => {
                        tracing::warn!(stream = %self.id, org = %self.org, error = %e, "stream delivery paused by a storage error");
                        self.options().poll
                    }
                },
            };
            tokio::select! {
                _ = closing.wait() => break Step::Stop,
                _ = tokio::time::sleep(wait) => {}
            }
        };
        let release = StreamChange::Release {
            owner: self.owner.clone(),
        };
        let _ = self
            .state
            .store
            .change_stream(&self.org, &self.id, release)
            .await;
        end
    }

    /// Takes or renews the stream's lease; false when another server holds it.
    async fn claim(&mut self) -> Result<bool, String> {
        let now = Timestamp::now();
        let lease = self.options().lease;
        let claim = StreamChange::Claim {
            owner: self.owner.clone(),
            now,
            until: Timestamp::from_micros(now.micros() + lease.as_micros() as i64),
        };
        let held = self
            .state
            .store
            .change_stream(&self.org, &self.id, claim)
            .await
            .map_err(|e| e.to_string())?
            .is_some();
        self.claimed = held.then(Instant::now);
        Ok(held)
    }

    /// Records a failed attempt; the next waits its backoff.
    async fn failed(&mut self, error: String) -> Result<Step, String> {
        tracing::info!(stream = %self.id, org = %self.org, %error, "stream delivery failed; will retry");
        self.state.metrics.stream_failed(&self.org, &self.id);
        let failed = StreamChange::Failed {
            owner: self.owner.clone(),
            error,
            at: Timestamp::now(),
        };
        let recorded = self
            .state
            .store
            .change_stream(&self.org, &self.id, failed)
            .await
            .map_err(|e| e.to_string())?;
        if recorded.is_none() {
            // The lease was lost: claim again before anything else, after a pause.
            self.claimed = None;
            return Ok(Step::Wait(self.options().poll));
        }
        Ok(Step::Again)
    }

    async fn step(&mut self) -> Result<Step, String> {
        let err = |e: auditlog_store::StoreError| e.to_string();
        let store = self.state.store.clone();
        let lease = self.options().lease;
        if self.claimed.is_none_or(|at| at.elapsed() >= lease / 3) && !self.claim().await? {
            return Ok(Step::Elsewhere);
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
        let head = store.tree_head(&self.org).await.map_err(err)?.size;
        self.state
            .metrics
            .stream_lag(&self.org, &self.id, head.saturating_sub(stream.cursor));
        if head <= self.scanned {
            return Ok(Step::Wait(self.options().poll));
        }
        let destination = serde_json::from_str::<Destination>(&stream.config)
            .ok()
            .and_then(|d| Some((d.entry_filter().ok()?, d)));
        let Some((filter, destination)) = destination else {
            return self
                .failed("the stream's settings no longer parse".into())
                .await;
        };
        // Read whole, filtered here: a filtered read could pass over entries committed but
        // not yet indexed (see the live tail).
        let entries = store
            .entries_by_sequence(&self.org, &Filter::default(), self.scanned, SCAN)
            .await
            .map_err(err)?;
        let (items, through) = self.pick(&destination, &filter, &entries, head);
        if items.is_empty() {
            self.scanned = through;
            // Recorded now and then, so the status's lag shrinks and a restart need not read
            // the stretch again.
            if self.skip_saved.elapsed() >= SKIPS_SAVED_EVERY {
                self.skip_saved = Instant::now();
                self.delivered(stream.cursor, through, false).await?;
            }
            return Ok(Step::Again);
        }
        let checkpoint = match self.checkpoint().await {
            Ok(checkpoint) => checkpoint,
            Err(error) => return self.failed(error).await,
        };
        let range = Range {
            org: &self.org,
            stream: &self.id,
            replays: stream.replays,
            after: stream.last_batch,
            through,
            checkpoint: &checkpoint,
        };
        let request = batch::encode(&destination, &self.state.signer, &range, &items);
        // A send must end before the lease could: renew it if the rest might not cover one.
        let timeout = self.options().timeout;
        if self
            .claimed
            .is_none_or(|at| at.elapsed() + timeout * 2 >= lease)
            && !self.claim().await?
        {
            return Ok(Step::Elsewhere);
        }
        match self.send(&destination.url, request).await {
            Ok(()) => {
                self.delivered(stream.cursor, through, true).await?;
                self.state
                    .metrics
                    .stream_sent(&self.org, &self.id, items.len());
                self.state
                    .metrics
                    .stream_lag(&self.org, &self.id, head.saturating_sub(through));
                Ok(Step::Again)
            }
            Err((error, too_large)) => {
                if too_large {
                    self.cap = Some((items.len() / 2).max(1));
                }
                self.failed(error).await
            }
        }
    }

    /// Moves the cursor from `from` to `through`.
    async fn delivered(&mut self, from: u64, through: u64, sent: bool) -> Result<(), String> {
        let delivered = StreamChange::Delivered {
            owner: self.owner.clone(),
            from,
            through,
            at: Timestamp::now(),
            sent,
        };
        let moved = self
            .state
            .store
            .change_stream(&self.org, &self.id, delivered)
            .await
            .map_err(|e| e.to_string())?;
        if moved.is_some() {
            self.seen = Some(through);
            self.scanned = through;
        } else {
            // Rewound meanwhile, or the lease was lost: look again.
            self.claimed = None;
        }
        Ok(())
    }

    /// The matching entries that fit one request, each encoded as sent, and the sequence the
    /// batch covers through: the last entry read, or the head once the read reached it, or
    /// just before the first entry that did not fit.
    fn pick(
        &self,
        destination: &Destination,
        filter: &Filter,
        entries: &[Entry],
        head: u64,
    ) -> (Vec<Vec<u8>>, u64) {
        let (max_items, max_bytes) = batch::limits(destination.kind);
        let max_items = self.cap.map_or(max_items, |cap| cap.min(max_items));
        let mut items = Vec::new();
        let mut bytes = 0;
        for e in entries.iter().filter(|e| filter.matches(e)) {
            let item = batch::item(destination.kind, &self.state.signer, &self.org, &self.id, e);
            if !items.is_empty() && (items.len() == max_items || bytes + item.len() + 1 > max_bytes)
            {
                return (items, e.sequence - 1);
            }
            bytes += item.len() + 1;
            items.push(item);
        }
        let last = entries.last().map_or(0, |e| e.sequence);
        let through = if entries.len() == SCAN as usize {
            last
        } else {
            last.max(head)
        };
        (items, through)
    }

    /// How long is left to wait before retrying, if the stream is backing off.
    fn backing_off(&mut self, stream: &StreamRecord) -> Option<Duration> {
        let last = stream.last_error_at.filter(|_| stream.failures > 0)?;
        let at = match self.retry {
            Some((failed, at)) if failed == last => at,
            _ => {
                let wait = backoff(self.options(), stream.failures);
                // Full waits spread over their upper half, so destinations that failed
                // together are not retried together.
                let jitter = rand::random_range(0.5..=1.0);
                let at = Timestamp::from_micros(
                    last.micros() + (wait.as_micros() as f64 * jitter) as i64,
                );
                self.retry = Some((last, at));
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

    /// Sends one batch; any answer but 2xx is a failure, described for the stream's status,
    /// and said to be about size when the destination answered 413.
    async fn send(&self, url: &str, request: batch::Request) -> Result<(), (String, bool)> {
        let mut builder = self.client.post(url).body(request.body);
        for (name, value) in request.headers {
            builder = builder.header(name, value);
        }
        let response = builder.send().await.map_err(|e| (describe(e), false))?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let text = response.text().await.unwrap_or_default();
        let text: String = text.chars().take(200).collect();
        Err((
            format!("HTTP {status}: {}", text.trim()),
            status == reqwest::StatusCode::PAYLOAD_TOO_LARGE,
        ))
    }
}

/// An HTTP client error with its causes, which say what went wrong (refused, timed out, TLS),
/// without the URL (whose query may hold a credential).
fn describe(e: reqwest::Error) -> String {
    let e = e.without_url();
    let mut text = if e.is_timeout() {
        "timed out".to_owned()
    } else {
        e.to_string()
    };
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.chars().take(300).collect()
}
