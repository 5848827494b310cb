//! The stores under test seen from outside: their size on disk, and the PostgreSQL upkeep
//! between stages (statistics) and before the peer (room on disk).

use crate::run::{row, Row};

/// Where a backend keeps its store.
#[derive(Clone, Copy)]
pub enum Stored<'a> {
    Sqlite(&'a std::path::Path),
    Postgres(&'a str),
}

/// Bytes on disk per entry, everything included (SQLite: the database, its WAL and shared
/// memory; PostgreSQL: every table with its indexes and TOAST), beside the entries' own size as
/// NDJSON.
pub async fn disk(
    backend: &str,
    store: Stored<'_>,
    stage: usize,
    entries: u64,
    raw_bytes: u64,
) -> Result<Vec<Row>, String> {
    let bytes = match store {
        Stored::Sqlite(dir) => {
            let mut sum = 0u64;
            for f in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
                let f = f.map_err(|e| e.to_string())?;
                if f.file_name().to_string_lossy().starts_with("bench.db") {
                    sum += f.metadata().map_err(|e| e.to_string())?.len();
                }
            }
            sum
        }
        Stored::Postgres(url) => {
            let client = crate::postgres(url).await?;
            let sql = "select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint
                       from pg_class c join pg_namespace n on n.oid = c.relnamespace
                       where n.nspname = current_schema() and c.relkind in ('r', 'm')";
            client
                .query_one(sql, &[])
                .await
                .map_err(|e| e.to_string())?
                .get::<_, i64>(0) as u64
        }
    };
    let per_entry = bytes as f64 / entries.max(1) as f64;
    let raw = raw_bytes as f64 / entries.max(1) as f64;
    let section = format!("disk @ {stage}");
    Ok(vec![
        row(
            backend,
            &section,
            "bytes on disk per entry",
            per_entry,
            "bytes",
        ),
        row(
            backend,
            &section,
            "entries as NDJSON, per entry",
            raw,
            "bytes",
        ),
        row(
            backend,
            &section,
            "on disk ÷ NDJSON",
            per_entry / raw,
            "× raw",
        ),
    ])
}

/// Drops what auditlog stored in the (once empty) database, measured by then, so that the
/// peer's copy of the rows finds the disk room: at 10 M entries ours takes about 47 GB.
pub async fn drop_ours(url: &str) -> Result<(), String> {
    let client = crate::postgres(url).await?;
    client
        .batch_execute("drop schema public cascade; create schema public")
        .await
        .map_err(|e| format!("dropping auditlog's tables before the peer's: {e}"))
}

/// What autovacuum does in steady state, done before the queries so that a machine with it
/// off (like the one the figures come from) measures the same plans: statistics for the
/// planner and a visibility map for index-only counts.
pub async fn vacuum(url: &str, tables: &[&str]) -> Result<(), String> {
    let client = crate::postgres(url).await?;
    for table in tables {
        client
            .batch_execute(&format!("vacuum (analyze) {table}"))
            .await
            .map_err(|e| format!("vacuum {table}: {e}"))?;
    }
    Ok(())
}
