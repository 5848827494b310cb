//! The storage engines' own limits on the same rows: bare batched inserts into SQLite (WAL,
//! `synchronous=FULL`, 1000 rows per commit) and PostgreSQL `COPY` into an unindexed table.

use std::time::Instant;

use bytes::Bytes;
use futures_util::SinkExt;

/// Rows per second for bare batched SQLite inserts of `bodies` (org 1, sequence = position).
pub fn sqlite(dir: &std::path::Path, bodies: &[String]) -> Result<f64, String> {
    let conn = rusqlite::Connection::open(dir.join("bare.db")).map_err(|e| e.to_string())?;
    conn.pragma_update(None, "journal_mode", "wal")
        .map_err(|e| e.to_string())?;
    conn.pragma_update(None, "synchronous", "full")
        .map_err(|e| e.to_string())?;
    conn.execute_batch(
        "create table bare (org integer not null, seq integer not null, body text not null)",
    )
    .map_err(|e| e.to_string())?;
    let started = Instant::now();
    for (chunk_no, chunk) in bodies.chunks(1000).enumerate() {
        let tx = conn.unchecked_transaction().map_err(|e| e.to_string())?;
        {
            let mut stmt = tx
                .prepare_cached("insert into bare (org, seq, body) values (1, ?1, ?2)")
                .map_err(|e| e.to_string())?;
            for (i, body) in chunk.iter().enumerate() {
                stmt.execute(rusqlite::params![(chunk_no * 1000 + i) as i64, body])
                    .map_err(|e| e.to_string())?;
            }
        }
        tx.commit().map_err(|e| e.to_string())?;
    }
    Ok(bodies.len() as f64 / started.elapsed().as_secs_f64())
}

/// Rows per second for `COPY` of `bodies` into an unindexed PostgreSQL table.
pub async fn postgres(url: &str, bodies: &[String]) -> Result<f64, String> {
    let client = crate::postgres(url).await?;
    client
        .batch_execute("drop table if exists bare; create table bare (org bigint not null, seq bigint not null, body text not null)")
        .await
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let sink = client
        .copy_in("copy bare (org, seq, body) from stdin (format csv)")
        .await
        .map_err(|e| e.to_string())?;
    futures_util::pin_mut!(sink);
    for (chunk_no, chunk) in bodies.chunks(1000).enumerate() {
        let mut buf = String::with_capacity(chunk.len() * 512);
        for (i, body) in chunk.iter().enumerate() {
            buf.push_str(&format!(
                "1,{},\"{}\"\n",
                chunk_no * 1000 + i,
                body.replace('"', "\"\"")
            ));
        }
        sink.send(Bytes::from(buf))
            .await
            .map_err(|e| e.to_string())?;
    }
    sink.finish().await.map_err(|e| e.to_string())?;
    let rate = bodies.len() as f64 / started.elapsed().as_secs_f64();
    client
        .batch_execute("drop table bare")
        .await
        .map_err(|e| e.to_string())?;
    Ok(rate)
}
