//! The WAL's upkeep beside the writer: a thread that copies committed frames into the database,
//! and the signal that the writer has ended.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};

use rusqlite::Connection;

/// Set by the writer thread when it has ended: the WAL copied into the database, the lock let go.
#[derive(Default)]
pub(crate) struct Finished {
    done: std::sync::Mutex<bool>,
    ended: std::sync::Condvar,
}

impl Finished {
    pub(super) fn set(&self) {
        *self.done.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.ended.notify_all();
    }

    /// Waits up to `limit` for the writer to end; whether it did.
    pub(crate) fn wait(&self, limit: std::time::Duration) -> bool {
        let done = self.done.lock().unwrap_or_else(|p| p.into_inner());
        let (done, _) = self
            .ended
            .wait_timeout_while(done, limit, |done| !*done)
            .unwrap_or_else(|p| p.into_inner());
        *done
    }
}

/// Copies committed WAL frames into the database on its own thread and connection, so the
/// writer never stops to checkpoint (it runs with `wal_autocheckpoint=0`). Woken after commits;
/// ends when the writer drops its sender. Publishes how many frames the WAL holds after each checkpoint.
pub(super) fn spawn_checkpointer(
    path: std::path::PathBuf,
    frames: Arc<AtomicU64>,
) -> std::io::Result<(mpsc::SyncSender<()>, std::thread::JoinHandle<()>)> {
    let (tx, rx) = mpsc::sync_channel::<()>(1);
    let thread = std::thread::Builder::new()
        .name("auditlog-checkpoint".into())
        .spawn(move || {
            let conn = match Connection::open(&path) {
                Ok(c) => c,
                Err(e) => {
                    tracing::error!(error = %e, "checkpointer cannot open the database");
                    return;
                }
            };
            let _ = conn.busy_timeout(std::time::Duration::from_secs(10));
            while rx.recv().is_ok() {
                // Let a burst of commits accumulate before copying them.
                std::thread::sleep(std::time::Duration::from_millis(100));
                while rx.try_recv().is_ok() {}
                // (busy, frames in the WAL, frames copied)
                match conn.query_row("pragma wal_checkpoint(passive)", [], |r| r.get::<_, i64>(1)) {
                    Ok(n) => frames.store(n.max(0) as u64, Ordering::Relaxed),
                    Err(e) => tracing::warn!(error = %e, "checkpoint failed"),
                }
            }
        })?;
    Ok((tx, thread))
}
