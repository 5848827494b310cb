//! An online backup of a SQLite store: `VACUUM INTO` from a read transaction, so the copy is
//! one consistent snapshot (a prefix of every organization's log) while the server keeps
//! writing, and is compact. The copy is flushed to disk and checked before it is reported.

use std::path::Path;

use crate::{Result, StoreError};

use super::schema;

/// Copies the store at `src` into a new file `dest`; returns the copy's size in bytes.
pub fn backup(src: &Path, dest: &Path) -> Result<u64> {
    if !src.is_file() {
        return Err(StoreError::Internal(format!(
            "{}: no such database",
            src.display()
        )));
    }
    if dest.exists() {
        return Err(StoreError::Internal(format!(
            "{} exists; a backup is never written over a file",
            dest.display()
        )));
    }
    let dest_text = dest
        .to_str()
        .ok_or_else(|| StoreError::Internal(format!("{}: not a UTF-8 path", dest.display())))?;
    // Read-only, but not `query_only` as the store's readers are: that refuses VACUUM INTO.
    let conn =
        rusqlite::Connection::open_with_flags(src, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    schema::check_migrated(&conn)?;
    conn.execute("vacuum into ?1", [dest_text])?;
    drop(conn);
    // SQLite writes the copy without syncing it: make it durable before saying it exists.
    let io = |e: std::io::Error| StoreError::Internal(format!("{}: {e}", dest.display()));
    std::fs::File::open(dest)
        .and_then(|f| f.sync_all())
        .map_err(io)?;
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io)?;
    }
    let copy = schema::open_reader(dest, true)?;
    let verdict: String = copy.query_row("pragma quick_check", [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(StoreError::Internal(format!(
            "{}: the copy fails SQLite's check: {verdict}",
            dest.display()
        )));
    }
    Ok(std::fs::metadata(dest).map_err(io)?.len())
}
