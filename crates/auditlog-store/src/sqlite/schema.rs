//! Plain SQL migrations, embedded and applied in order at start; `user_version` records how far.

use rusqlite::Connection;

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/sqlite/0001_init.sql"),
    include_str!("../../migrations/sqlite/0002_merkle.sql"),
    include_str!("../../migrations/sqlite/0003_counts.sql"),
    include_str!("../../migrations/sqlite/0004_history_index.sql"),
    include_str!("../../migrations/sqlite/0005_day_first.sql"),
    include_str!("../../migrations/sqlite/0006_actor_counts.sql"),
    include_str!("../../migrations/sqlite/0007_resource_counts.sql"),
    include_str!("../../migrations/sqlite/0008_search_words.sql"),
    include_str!("../../migrations/sqlite/0009_target_counts.sql"),
    include_str!("../../migrations/sqlite/0010_type_tokens.sql"),
];

pub(crate) fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let done: usize = conn.query_row("pragma user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i + 1)?;
        tx.commit()?;
    }
    Ok(())
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
