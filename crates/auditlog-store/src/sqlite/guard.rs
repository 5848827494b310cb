//! What must hold before a SQLite file is opened as a store: one process at a time, and a
//! file that is a store (or nothing yet), so that a mistake never forks or empties a log.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::{Result, StoreError};

/// How long a start waits for another process to let go of the store: long enough for a
/// server that is still shutting down during a restart.
const LOCK_WAIT: Duration = Duration::from_secs(3);

/// The lock file beside the database.
pub(crate) fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Takes the store's exclusive lock, held until the returned file is dropped. Two servers on
/// one file would each assign the same sequence numbers and keep their own key caches.
pub(crate) fn lock(db: &Path) -> Result<File> {
    let path = lock_path(db);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StoreError::Internal(format!("{}: {e}", path.display())))?;
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Unsafe(format!(
                    "another process is using the store {} (it holds {}); stop it, or give \
                     this server a database of its own. Several servers share one database on \
                     PostgreSQL only",
                    db.display(),
                    path.display()
                )))
            }
            Err(TryLockError::Error(e)) => {
                return Err(StoreError::Internal(format!("{}: {e}", path.display())))
            }
        }
    }
}

/// Refuses an empty file where a store should be: SQLite would take it for a new database and
/// start an empty log in place of one that was lost.
pub(crate) fn refuse_empty(db: &Path) -> Result<()> {
    match std::fs::metadata(db) {
        Ok(meta) if meta.is_file() && meta.len() == 0 => Err(StoreError::Unsafe(format!(
            "{} is an empty file, not a store: if a store was there, restore it from a backup; \
             to start a new store, remove the file",
            db.display()
        ))),
        _ => Ok(()),
    }
}

/// Refuses a SQLite database that holds tables but none of a store's.
pub(crate) fn refuse_foreign(conn: &Connection, db: &Path) -> Result<()> {
    let tables: i64 = conn.query_row(
        "select count(*) from sqlite_master where type = 'table'",
        [],
        |r| r.get(0),
    )?;
    let ours: i64 = conn.query_row(
        "select count(*) from sqlite_master where type = 'table' and name = 'auditlog_migrations'",
        [],
        |r| r.get(0),
    )?;
    let version: i64 = conn.query_row("pragma user_version", [], |r| r.get(0))?;
    if tables > 0 && ours == 0 && version == 0 {
        return Err(StoreError::Unsafe(format!(
            "{} is a SQLite database of something else, not an auditlog store; give the server \
             a path of its own",
            db.display()
        )));
    }
    Ok(())
}
