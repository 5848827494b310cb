//! The single writer: one thread, one connection, group commit.
//!
//! Requests queue on a channel. The thread takes every request waiting, runs them all in one
//! transaction, commits once, and only then answers them — so a reply always means "durably
//! committed", and N concurrent requests cost one fsync.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};

use rusqlite::{Connection, Transaction};
use tokio::sync::oneshot;

use auditlog_core::merkle::Frontier;

use super::checkpoint::{spawn_checkpointer, Finished};
use super::merger::Merger;
use super::segments::Tails;
use super::{tails, tree};
use crate::body::Packer;
use crate::metrics::StoreMetrics;
use crate::postings::grouped::Batch;
use crate::postings::EntryTerms;
use crate::{Result, StoreError};

/// WAL size past which the writer completes a checkpoint and the WAL starts over.
const MAX_WAL_BYTES: u64 = 64 * 1024 * 1024;

/// How long a writer without requests waits before applying a merge it asked for.
const MERGE_POLL: std::time::Duration = std::time::Duration::from_millis(200);

/// Most requests folded into one transaction, to bound the latency of the first.
const MAX_GROUP: usize = 512;

/// Entries past which a group takes no more requests. Large batches then commit one or two at
/// a time: a group of several keeps every one of their requests waiting for the slowest, and
/// the clients' next batches, sent together, arrive together again.
const GROUP_ENTRIES: usize = 1000;

/// A request's writes, run in its group's transaction, and again, alone, when the group failed.
type Run = Box<dyn FnMut(&mut WriterState, &Transaction) -> Result<()> + Send>;

/// One request to the writer.
pub(crate) struct Work {
    run: Run,
    /// Answers the request once its last transaction ended (committed, or failed with why).
    answer: Box<dyn FnOnce(Result<()>) + Send>,
    /// Ends the writer once its group is written.
    close: bool,
    /// How many entries it writes, to bound a group's.
    weight: usize,
}

/// Asks the writer to end after the requests queued before this one.
pub(crate) fn close(writer: &mpsc::Sender<Work>) {
    let _ = writer.send(Work {
        run: Box::new(|_, _| Ok(())),
        answer: Box::new(|_| {}),
        close: true,
        weight: 0,
    });
}

impl Work {
    /// Drops what the request's writes held before answering, so that its caller has the only
    /// handle on what it shared with them.
    fn answer(self, outcome: Result<()>) {
        let Work { run, answer, .. } = self;
        drop(run);
        answer(outcome);
    }
}

/// What the writer remembers between transactions.
pub(crate) struct WriterState {
    /// The right edge of each organization's Merkle tree, filled lazily and dropped on any
    /// failure. Its size is the number of entries, so the next sequence is its size + 1.
    pub(super) frontiers: HashMap<i64, Frontier>,
    /// The group's new entries' postings, by organization, for the tails.
    pub(super) postings: BTreeMap<i64, Vec<EntryTerms>>,
    /// The group's requests whose entries were all written, in order, with their terms grouped.
    pub(super) runs: BTreeMap<i64, Vec<Batch>>,
    /// Every organization's newest entries' postings, shared with the readers.
    tails: Arc<Tails>,
    /// The organizations whose segments became due to merge (kept on failure: the segments
    /// that made them due are committed).
    merges_due: Vec<i64>,
    /// Packs bodies with the organizations' dictionaries, filled lazily, forgotten on failure.
    pub(super) packer: Packer,
    /// The database file, asked when SQLite reports a bare I/O error.
    path: std::path::PathBuf,
    metrics: StoreMetrics,
}

impl WriterState {
    /// Drops what may no longer match storage after a rollback.
    fn forget(&mut self) {
        self.frontiers.clear();
        self.postings.clear();
        self.runs.clear();
        self.packer.forget();
    }

    /// SQLite reports a file system that turned read-only under it (as the kernel does on a
    /// file-system error) as a bare I/O error; the file system itself says which it is. It is
    /// asked through the lock file beside the database, never the database itself: closing any
    /// handle of a file drops every POSIX lock the process holds on it, SQLite's included.
    fn classify(&self, e: StoreError) -> StoreError {
        if !matches!(e, StoreError::Internal(_)) {
            return e;
        }
        let lock = super::guard::lock_path(&self.path);
        match std::fs::OpenOptions::new().append(true).open(lock) {
            Err(io) if io.kind() == std::io::ErrorKind::ReadOnlyFilesystem => {
                StoreError::StorageReadOnly
            }
            _ => e,
        }
    }
}

/// Starts the writer, which holds the store's `lock` until it ends (when the store is dropped),
/// after copying the whole WAL into the database: a copy of the database file alone, taken
/// after a normal stop, then holds every entry.
pub(crate) fn spawn(
    mut conn: Connection,
    path: std::path::PathBuf,
    tails: Arc<Tails>,
    lock: std::fs::File,
    metrics: StoreMetrics,
) -> std::io::Result<(mpsc::Sender<Work>, Arc<Finished>)> {
    let (tx, rx) = mpsc::channel::<Work>();
    conn.pragma_update(None, "wal_autocheckpoint", 0)
        .map_err(std::io::Error::other)?;
    // A WAL that grew past the bound (one huge transaction) is cut back to it when it restarts.
    conn.pragma_update(None, "journal_size_limit", MAX_WAL_BYTES as i64)
        .map_err(std::io::Error::other)?;
    let page_size: u64 = conn
        .query_row("pragma page_size", [], |r| r.get::<_, i64>(0))
        .map_err(std::io::Error::other)?
        .max(512) as u64;
    let max_frames = MAX_WAL_BYTES / (page_size + 24);
    let frames = Arc::new(AtomicU64::new(0));
    let (checkpointer, checkpointing) = spawn_checkpointer(path.clone(), frames.clone())?;
    let mut merger = Merger::spawn(&path)?;
    let finished = Arc::new(Finished::default());
    let finishing = finished.clone();
    std::thread::Builder::new()
        .name("auditlog-writer".into())
        .spawn(move || {
            let mut state = WriterState {
                frontiers: HashMap::new(),
                postings: BTreeMap::new(),
                runs: BTreeMap::new(),
                tails,
                merges_due: Vec::new(),
                packer: Packer::default(),
                path,
                metrics,
            };
            loop {
                // A merge asked for is applied between groups, or after a while without one.
                let next = if merger.busy() {
                    rx.recv_timeout(MERGE_POLL)
                } else {
                    rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected)
                };
                let first = match next {
                    Ok(first) => first,
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        merger.apply(&mut conn);
                        continue;
                    }
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                };
                let mut weight = first.weight;
                let mut group = vec![first];
                while group.len() < MAX_GROUP && weight < GROUP_ENTRIES {
                    match rx.try_recv() {
                        Ok(w) => {
                            weight += w.weight;
                            group.push(w);
                        }
                        Err(_) => break,
                    }
                }
                let closing = group.iter().any(|w| w.close);
                let committed = run_group(&mut conn, &mut state, group);
                for org in std::mem::take(&mut state.merges_due) {
                    merger.ask(org);
                }
                if closing {
                    break;
                }
                if !committed {
                    // Nothing new to copy, and on failing storage the copy would fail too.
                    continue;
                }
                merger.apply(&mut conn);
                let _ = checkpointer.try_send(());
                // Passive checkpoints never wait, so under steady writes they cannot reach the
                // WAL's end, and the WAL only starts over after one that does. Past a bound the
                // writer itself (there is no other writer to wait for) completes a checkpoint
                // that makes the next commit start the WAL over. It restarts rather than
                // truncates: overwriting the WAL's blocks is cheaper than growing the file anew
                // (block allocation on every write, a journal commit on every fsync). It waits
                // for every reader: not while the merger reads, for a merge's length.
                if frames.load(Ordering::Relaxed) > max_frames && !merger.busy() {
                    frames.store(0, Ordering::Relaxed);
                    if let Err(e) = conn.query_row("pragma wal_checkpoint(restart)", [], |_| Ok(()))
                    {
                        tracing::warn!(error = %e, "restarting checkpoint failed");
                    }
                }
            }
            drop(rx);
            merger.finish(&mut conn);
            drop(checkpointer);
            // A checkpoint under way would keep the last one from truncating the WAL.
            let _ = checkpointing.join();
            if let Err(e) = conn.query_row("pragma wal_checkpoint(truncate)", [], |_| Ok(())) {
                tracing::warn!(error = %e, "final checkpoint failed");
            }
            drop(conn);
            drop(lock);
            finishing.set();
        })?;
    Ok((tx, finished))
}

/// Runs a group in one transaction. When it fails, every request in it runs again alone (the
/// policy both backends follow): requests arrive validated, so a group fails only on a storage
/// error, and one request's failure must not fail the others. Says whether anything committed.
fn run_group(conn: &mut Connection, state: &mut WriterState, mut group: Vec<Work>) -> bool {
    if group.len() > 1 {
        match attempt(conn, state, &mut group) {
            Ok(()) => {
                for work in group {
                    work.answer(Ok(()));
                }
                return true;
            }
            // Full or read-only storage fails every request alike: retrying them alone would
            // only repeat the failure (and its log line) for each.
            Err(e) if e.is_storage_fault() => {
                for work in group {
                    work.answer(Err(e.clone()));
                }
                return false;
            }
            Err(e) => {
                tracing::warn!(error = %e, requests = group.len(), "write group failed; retrying its requests one by one");
            }
        }
    }
    let mut committed = false;
    for mut work in group {
        let outcome = attempt(conn, state, std::slice::from_mut(&mut work));
        committed |= outcome.is_ok();
        work.answer(outcome);
    }
    committed
}

/// Runs the requests in one transaction and commits it. No savepoints: SQLite would journal
/// every page each request touches.
fn attempt(conn: &mut Connection, state: &mut WriterState, works: &mut [Work]) -> Result<()> {
    let began = std::time::Instant::now();
    let result = attempt_once(conn, state, works).map_err(|e| state.classify(e));
    match &result {
        Ok(entries) => state
            .metrics
            .committed(began.elapsed(), works.len(), *entries),
        Err(_) => {
            state.metrics.rolled_back();
            state.forget();
        }
    }
    result.map(|_| ())
}

/// Says how many entries the transaction made.
fn attempt_once(conn: &mut Connection, state: &mut WriterState, works: &mut [Work]) -> Result<u64> {
    let tx = conn.transaction()?;
    for work in works.iter_mut() {
        (work.run)(state, &tx)?;
    }
    // The heads of the trees that grew (the organizations with new postings), once per group:
    // a root costs a hash per level, and single events come 64 to a group.
    for org in state.postings.keys() {
        if let Some(frontier) = state.frontiers.get(org) {
            tree::write_head(&tx, *org, frontier)?;
        }
    }
    let postings = std::mem::take(&mut state.postings);
    let runs = std::mem::take(&mut state.runs);
    let mut rebuilt = tails::rebuild_stale(&tx, &state.tails, &postings)?;
    tx.commit()?;
    // Only now may readers find the group's entries in the tails.
    for (org, entries) in &postings {
        match rebuilt.remove(org) {
            Some(tail) => state.tails.set(*org, tail),
            None => {
                let runs = runs.get(org).map_or(&[][..], Vec::as_slice);
                state.tails.extend(*org, entries, runs)
            }
        }
    }
    for org in postings.keys() {
        tails::seal_if_full(conn, &state.tails, *org, &mut state.merges_due);
    }
    Ok(postings.values().map(|e| e.len() as u64).sum())
}

/// Runs `f`, which writes about `weight` entries, in the writer's transaction (again, alone, if
/// its group fails); resolves once the transaction it last ran in ended.
pub(crate) async fn call<T, F>(writer: &mpsc::Sender<Work>, weight: usize, mut f: F) -> Result<T>
where
    T: Send + 'static,
    F: FnMut(&mut WriterState, &Transaction) -> Result<T> + Send + 'static,
{
    let (reply_tx, reply_rx) = oneshot::channel::<Result<T>>();
    // What the last run produced: its value, or why it failed.
    let produced = Arc::new(std::sync::Mutex::new(None::<Result<T>>));
    let kept = produced.clone();
    let work = Work {
        run: Box::new(move |state, tx| {
            let result = f(state, tx);
            let outcome = match &result {
                Ok(_) => Ok(()),
                Err(e) => Err(e.clone()),
            };
            *kept.lock().unwrap_or_else(|p| p.into_inner()) = Some(result);
            outcome
        }),
        answer: Box::new(move |outcome| {
            let last = produced.lock().unwrap_or_else(|p| p.into_inner()).take();
            let _ = reply_tx.send(match (last, outcome) {
                // Full or read-only storage, however the request's own error put it.
                (_, Err(e)) if e.is_storage_fault() => Err(e),
                // The request's own failure, as it returned it.
                (Some(Err(e)), _) => Err(e),
                (Some(Ok(value)), Ok(())) => Ok(value),
                (_, Err(e)) => Err(e),
                (None, Ok(())) => Err(StoreError::Internal("the write did not run".into())),
            });
        }),
        close: false,
        weight,
    };
    writer
        .send(work)
        .map_err(|_| StoreError::Internal("writer stopped".into()))?;
    reply_rx
        .await
        .map_err(|_| StoreError::Internal("writer dropped the request".into()))?
}
