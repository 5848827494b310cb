//! Merges segments on a thread of its own, with its own connection, so that the writer, which
//! every write waits for, only swaps a merge in: merging a level's run of segments reads and
//! rewrites every set they hold, and in the writer's transaction it held up every request for
//! as long.
//!
//! The writer asks for an organization after sealing a segment that makes a merge due, and at
//! most once until it hears back; the merger answers with the merge made, or with none (none due,
//! or it failed, as logged), and the writer applies it in a transaction of its own.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;

use rusqlite::Connection;

use super::schema;
use super::segments::{self, Merge};
use crate::Result;

/// What the merger made for an organization the writer asked for: a merge, or none because
/// none was due or because making it failed (as logged).
struct Made {
    org: i64,
    merge: Option<Merge>,
    failed: bool,
}

/// The writer's side of the merger.
pub(crate) struct Merger {
    asks: Option<mpsc::Sender<i64>>,
    made: mpsc::Receiver<Made>,
    /// The organizations asked for and not answered yet.
    pending: BTreeSet<i64>,
    /// The organizations whose merge failed, or that no merger could be asked for: merged
    /// when next asked for, or at close.
    retry: BTreeSet<i64>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Merger {
    pub(crate) fn spawn(path: &Path) -> std::io::Result<Self> {
        let conn = schema::open_reader(path, false).map_err(std::io::Error::other)?;
        let (asks, asked) = mpsc::channel::<i64>();
        let (made_tx, made) = mpsc::channel::<Made>();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        let thread = std::thread::Builder::new()
            .name("auditlog-merger".into())
            .spawn(move || {
                let stopped = || stopping.load(Ordering::Relaxed);
                while let Ok(org) = asked.recv() {
                    let made = conn
                        .unchecked_transaction()
                        .map_err(crate::StoreError::from)
                        .and_then(|tx| Merge::due(&tx, org, &stopped));
                    if stopped() {
                        return;
                    }
                    let (merge, failed) = match made {
                        Ok(merge) => (merge, false),
                        Err(e) => {
                            tracing::warn!(org, error = %e, "merging postings segments failed");
                            (None, true)
                        }
                    };
                    if made_tx.send(Made { org, merge, failed }).is_err() {
                        return;
                    }
                }
            })?;
        Ok(Self {
            asks: Some(asks),
            made,
            pending: BTreeSet::new(),
            retry: BTreeSet::new(),
            stop,
            thread: Some(thread),
        })
    }

    /// Asks for a merge of the organization's segments, unless one is asked for already.
    pub(crate) fn ask(&mut self, org: i64) {
        self.retry.remove(&org);
        let sent = match &self.asks {
            Some(asks) => !self.pending.insert(org) || asks.send(org).is_ok(),
            None => false,
        };
        if !sent {
            self.pending.remove(&org);
            self.retry.insert(org);
        }
    }

    /// Whether a merge asked for is not applied yet.
    pub(crate) fn busy(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Applies the merges made since, each in a transaction of its own, and asks again for
    /// an organization that still has one due.
    pub(crate) fn apply(&mut self, conn: &mut Connection) {
        for Made { org, merge, failed } in self.answers() {
            self.pending.remove(&org);
            if failed {
                self.retry.insert(org);
            }
            let Some(merge) = merge else {
                continue;
            };
            match swap(conn, &merge) {
                Ok(true) => self.ask(org),
                Ok(false) => {}
                Err(e) => {
                    tracing::warn!(org, error = %e, "applying a postings merge failed");
                    self.retry.insert(org);
                }
            }
        }
    }

    /// The answers waiting. A merger that has ended (it never does but by panicking) answers
    /// no more: what it was asked for is left to the close.
    fn answers(&mut self) -> Vec<Made> {
        let mut out = Vec::new();
        loop {
            match self.made.try_recv() {
                Ok(made) => out.push(made),
                Err(mpsc::TryRecvError::Empty) => return out,
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.asks = None;
                    self.retry.append(&mut self.pending);
                    return out;
                }
            }
        }
    }

    /// Stops the merger, then applies what it made and makes, on the writer's connection,
    /// every merge still due: a store closed normally holds no segments waiting to merge.
    pub(crate) fn finish(mut self, conn: &mut Connection) {
        self.stop.store(true, Ordering::Relaxed);
        self.asks = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        let made: Vec<Made> = self.made.try_iter().collect();
        for Made { org, merge, .. } in made {
            if let Some(merge) = merge {
                if let Err(e) = swap(conn, &merge) {
                    tracing::warn!(org, error = %e, "applying a postings merge failed");
                }
            }
        }
        let mut left = std::mem::take(&mut self.pending);
        left.append(&mut self.retry);
        for org in left {
            let merged = conn
                .transaction()
                .map_err(crate::StoreError::from)
                .and_then(|tx| {
                    segments::merge_all(&tx, org)?;
                    Ok(tx.commit()?)
                });
            if let Err(e) = merged {
                tracing::warn!(org, error = %e, "merging postings segments failed");
            }
        }
    }
}

/// Applies a merge in a transaction of its own; says whether another is due.
fn swap(conn: &mut Connection, merge: &Merge) -> Result<bool> {
    let tx = conn.transaction()?;
    let again = merge.apply(&tx)? && segments::merge_due(&tx, merge.org())?;
    tx.commit()?;
    Ok(again)
}
