//! Pruning on SQLite (see `crate::pruning`): on the writer, in one transaction, the bodies of
//! the entries due are emptied and the organization's pruned set grows.

use roaring::RoaringBitmap;
use rusqlite::{params, Connection, OptionalExtension};

use auditlog_core::OrgId;

use super::SqliteStore;
use crate::pruning::{decode, due, encode, runs};
use crate::Result;

/// The organization's pruned set, as of `c`'s transaction.
pub(crate) fn of(c: &Connection, org: i64) -> Result<RoaringBitmap> {
    let stored: Option<Vec<u8>> = c
        .prepare_cached("select sequences from pruned where org = ?1")?
        .query_row([org], |r| r.get(0))
        .optional()?;
    decode(stored.as_deref())
}

pub(super) async fn prune(
    store: &SqliteStore,
    org: &OrgId,
    wanted: &RoaringBitmap,
) -> Result<RoaringBitmap> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(RoaringBitmap::new());
    };
    let wanted = wanted.clone();
    store
        .write(move |tx| {
            let sealed: i64 = tx.query_row(
                "select coalesce(max(last), 0) from segments where org = ?1",
                [ord],
                |r| r.get(0),
            )?;
            let mut pruned = of(tx, ord)?;
            let now = due(&wanted, &pruned, sealed as u64);
            if now.is_empty() {
                return Ok(now);
            }
            // Runs of sequences, one statement each: a prefix is one range.
            let mut empty = tx.prepare_cached(
                "update entries set body = x'', idempotency_key = null
                 where org = ?1 and seq between ?2 and ?3",
            )?;
            for (first, last) in runs(&now) {
                empty.execute(params![ord, first, last])?;
            }
            pruned |= &now;
            tx.prepare_cached(
                "insert into pruned (org, sequences, count) values (?1, ?2, ?3)
                 on conflict (org) do update set sequences = excluded.sequences,
                                                 count = excluded.count",
            )?
            .execute(params![ord, encode(&pruned), pruned.len() as i64])?;
            Ok(now)
        })
        .await
}

pub(super) async fn pruned(store: &SqliteStore, org: &OrgId) -> Result<RoaringBitmap> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(RoaringBitmap::new());
    };
    store.read(move |c| of(c, ord)).await
}
