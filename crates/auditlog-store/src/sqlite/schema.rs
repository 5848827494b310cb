//! Plain SQL migrations, embedded and applied in order at start, each recorded with its
//! checksum in `auditlog_migrations` (see [`crate::migrations`]). Stores from before checksums
//! were kept recorded only `user_version`, which is still kept, for older builds.

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::migrations::{self, Applied, Migration, SQLITE};
use crate::Result;

const RECORD: &str = "create table if not exists auditlog_migrations (
    name text primary key,
    checksum text,
    applied_at integer not null
)";

/// What the store has applied, from its record, or from `user_version` for a store from before
/// the record (its checksums unknown).
fn applied(conn: &Connection) -> Result<Vec<Applied>> {
    let recorded: Option<String> = conn
        .query_row(
            "select name from sqlite_master where type = 'table' and name = 'auditlog_migrations'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if recorded.is_some() {
        let mut stmt =
            conn.prepare("select name, checksum from auditlog_migrations order by name")?;
        let rows = stmt.query_map([], |r| {
            Ok(Applied {
                name: r.get(0)?,
                checksum: r.get(1)?,
            })
        })?;
        return Ok(rows.collect::<rusqlite::Result<_>>()?);
    }
    let version: usize = conn.query_row("pragma user_version", [], |r| r.get(0))?;
    Ok(SQLITE
        .iter()
        .take(version)
        .map(|m| Applied {
            name: m.name.to_owned(),
            checksum: None,
        })
        .collect())
}

fn record(tx: &rusqlite::Transaction, migration: &Migration) -> Result<()> {
    tx.execute(
        "insert or replace into auditlog_migrations (name, checksum, applied_at) values (?1, ?2, ?3)",
        params![
            migration.name,
            migration.checksum(),
            auditlog_core::Timestamp::now().micros()
        ],
    )?;
    Ok(())
}

/// Applies pending migrations, each in its own transaction with its record; refuses a store
/// whose applied migrations differ from the shipped ones.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    // Immediate: a second process opening the file waits here instead of migrating alongside.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let plan = migrations::plan(SQLITE, &applied(&tx)?)?;
    tx.execute_batch(RECORD)?;
    for migration in &plan.unrecorded {
        record(&tx, migration)?;
    }
    tx.commit()?;
    for migration in &plan.pending {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have applied it since the plan was made.
        if applied(&tx)?.iter().any(|a| a.name == migration.name) {
            continue;
        }
        tx.execute_batch(migration.sql)?;
        record(&tx, migration)?;
        let version = SQLITE
            .iter()
            .position(|m| m.name == migration.name)
            .map_or(0, |i| i + 1);
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!(migration = migration.name, "applied migration");
    }
    Ok(())
}

/// For a store opened read-only: fails, naming them, when migrations are pending, and when an
/// applied one differs from the shipped file.
pub(crate) fn check_migrated(conn: &Connection) -> Result<()> {
    let plan = migrations::plan(SQLITE, &applied(conn)?)?;
    if plan.pending.is_empty() {
        Ok(())
    } else {
        Err(migrations::needs_migrating(&plan.pending))
    }
}

/// Pragmas of the writer connection. `synchronous=FULL` in WAL mode makes each commit durable.
pub(crate) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "wal")?;
    conn.pragma_update(None, "synchronous", "full")?;
    // 64 MiB of page cache keeps the hot right edges of every index in memory, so a large
    // transaction does not spill pages to the WAL before its commit.
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.pragma_update(None, "foreign_keys", "on")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// A connection for queries. In a read-only store it is opened read-only, so that closing it
/// never checkpoints the WAL into the database file, as the last read-write connection does.
pub(crate) fn open_reader(path: &Path, read_only: bool) -> Result<Connection> {
    let access = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    };
    let conn = Connection::open_with_flags(path, access | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "query_only", "on")?;
    conn.pragma_update(None, "cache_size", -8192)?;
    // `rarray`: a page's sequences bound as one array.
    rusqlite::vtab::array::load_module(&conn)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}
