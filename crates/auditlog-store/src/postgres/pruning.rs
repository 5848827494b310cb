//! Pruning on PostgreSQL (see `crate::pruning`): in one transaction, under a lock of the
//! organization's own (servers pruning at once take turns; appends never wait on it), the
//! bodies of the entries due are emptied, their idempotency keys dropped, and the pruned set
//! grows.

use deadpool_postgres::GenericClient;
use roaring::RoaringBitmap;

use auditlog_core::OrgId;

use super::PostgresStore;
use crate::pruning::{decode, due, encode};
use crate::Result;

/// The first key of the advisory locks pruning takes; the second is the organization.
const PRUNING_LOCK: i32 = 0x7072_756e;

/// The organization's pruned set, as of `c`'s snapshot.
pub(crate) async fn of(c: &impl GenericClient, org: i64) -> Result<RoaringBitmap> {
    let statement = c
        .prepare_cached("select sequences from pruned where org = $1")
        .await?;
    let row = c.query_opt(&statement, &[&org]).await?;
    decode(row.as_ref().map(|r| r.get::<_, &[u8]>(0)))
}

pub(super) async fn prune(
    store: &PostgresStore,
    org: &OrgId,
    wanted: &RoaringBitmap,
) -> Result<RoaringBitmap> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(RoaringBitmap::new());
    };
    let mut client = store.pool.get().await?;
    let tx = client.transaction().await?;
    tx.execute(
        "select pg_advisory_xact_lock($1, $2)",
        &[&PRUNING_LOCK, &(ord as i32)],
    )
    .await?;
    let sealed: i64 = tx
        .query_one(
            "select coalesce(max(last), 0) from segments where org = $1",
            &[&ord],
        )
        .await?
        .get(0);
    let mut pruned = of(&tx, ord).await?;
    let now = due(wanted, &pruned, sealed as u64);
    if now.is_empty() {
        return Ok(now);
    }
    let seqs: Vec<i64> = now.iter().map(i64::from).collect();
    tx.execute(
        "update entries set body = null, packed = null where org = $1 and seq = any($2)",
        &[&ord, &seqs],
    )
    .await?;
    tx.execute(
        "delete from idempotency_keys where org = $1 and seq = any($2)",
        &[&ord, &seqs],
    )
    .await?;
    pruned |= &now;
    tx.execute(
        "insert into pruned (org, sequences, count) values ($1, $2, $3)
         on conflict (org) do update set sequences = excluded.sequences, count = excluded.count",
        &[&ord, &encode(&pruned), &(pruned.len() as i64)],
    )
    .await?;
    tx.commit().await?;
    Ok(now)
}

pub(super) async fn pruned(store: &PostgresStore, org: &OrgId) -> Result<RoaringBitmap> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(RoaringBitmap::new());
    };
    let client = store.pool.get().await?;
    of(&client, ord).await
}
