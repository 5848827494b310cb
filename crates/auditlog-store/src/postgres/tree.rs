//! The Merkle tree on PostgreSQL (see `crate::tree`): stored subtrees in `tree_nodes`, the
//! lowest levels computed from the entries' hashes, each kind read in one query.

use std::collections::HashMap;

use tokio_postgres::{GenericClient, Row};

use auditlog_core::merkle::{empty_root, Frontier, Hash};
use auditlog_core::{OrgId, Timestamp};

use super::PostgresStore;
use crate::tree;
use crate::{Result, SignedCheckpoint, StoreError, TreeHead};

/// The complete subtrees at these `(level, idx)` positions, in the order asked.
pub(crate) async fn nodes(
    c: &impl GenericClient,
    org: i64,
    positions: &[(u32, u64)],
) -> Result<Vec<Hash>> {
    let (stored, computed): (Vec<_>, Vec<_>) = positions
        .iter()
        .partition(|(level, _)| tree::is_stored(*level));
    let levels: Vec<i32> = stored.iter().map(|(l, _)| *l as i32).collect();
    let idxs: Vec<i64> = stored.iter().map(|(_, i)| *i as i64).collect();
    let found: HashMap<(i32, i64), Vec<u8>> = if stored.is_empty() {
        HashMap::new()
    } else {
        c.query(
            "select level, idx, hash from tree_nodes
             where org = $1 and (level, idx) in (select * from unnest($2::int[], $3::bigint[]))",
            &[&org, &levels, &idxs],
        )
        .await?
        .iter()
        .map(|r| ((r.get(0), r.get(1)), r.get(2)))
        .collect()
    };
    let seqs: Vec<i64> = computed
        .iter()
        .flat_map(|(level, idx)| {
            let (first, last) = tree::leaves_of(*level, *idx);
            first as i64..=last as i64
        })
        .collect();
    let leaves: HashMap<i64, Vec<u8>> = if seqs.is_empty() {
        HashMap::new()
    } else {
        c.query(
            "select seq, hash from entries where org = $1 and seq = any($2)
             union all
             select seq, hash from pruned_leaves where org = $1 and seq = any($2)",
            &[&org, &seqs],
        )
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
    };
    positions
        .iter()
        .map(|&(level, idx)| {
            if !tree::is_stored(level) {
                let (first, last) = tree::leaves_of(level, idx);
                let under: Vec<Vec<u8>> = (first as i64..=last as i64)
                    .filter_map(|s| leaves.get(&s).cloned())
                    .collect();
                return tree::subtree(level, idx, &under);
            }
            found
                .get(&(level as i32, idx as i64))
                .and_then(|h| <Hash>::try_from(h.as_slice()).ok())
                .ok_or_else(|| {
                    StoreError::Internal(format!("tree node ({level}, {idx}) is missing"))
                })
        })
        .collect()
}

/// The tree's right edge, from its stored size and peaks.
pub(crate) async fn load_frontier(c: &impl GenericClient, org: i64) -> Result<Frontier> {
    let size: i64 = c
        .query_opt("select size from trees where org = $1", &[&org])
        .await?
        .map_or(0, |r| r.get(0));
    let peaks = nodes(c, org, &Frontier::positions(size as u64)).await?;
    Frontier::from_peaks(size as u64, &peaks)
        .ok_or_else(|| StoreError::Internal("bad tree frontier".into()))
}

pub(super) async fn tree_head(store: &PostgresStore, org: &OrgId) -> Result<TreeHead> {
    let empty = TreeHead {
        size: 0,
        root: empty_root(),
    };
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(empty);
    };
    let client = store.pool.get().await?;
    let stmt = client
        .prepare_cached("select size, root from trees where org = $1")
        .await?;
    let row = client.query_opt(&stmt, &[&ord]).await?;
    match row {
        None => Ok(empty),
        Some(r) => Ok(TreeHead {
            size: r.get::<_, i64>(0) as u64,
            root: to_hash(r.get(1))?,
        }),
    }
}

pub(super) async fn tree_nodes(
    store: &PostgresStore,
    org: &OrgId,
    positions: &[(u32, u64)],
) -> Result<Vec<Hash>> {
    let ord = store
        .ordinal(org)
        .await?
        .ok_or(StoreError::UnknownOrganization)?;
    let client = store.pool.get().await?;
    nodes(&**client, ord, positions).await
}

pub(super) async fn latest_checkpoint(
    store: &PostgresStore,
    org: &OrgId,
) -> Result<Option<SignedCheckpoint>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(None);
    };
    let client = store.pool.get().await?;
    let stmt = client
        .prepare_cached(
            "select size, root, note from checkpoints where org = $1 order by size desc limit 1",
        )
        .await?;
    let row = client.query_opt(&stmt, &[&ord]).await?;
    row.map(|r| checkpoint_from_row(&r)).transpose()
}

pub(super) async fn checkpoints(
    store: &PostgresStore,
    org: &OrgId,
) -> Result<Vec<SignedCheckpoint>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(Vec::new());
    };
    let client = store.pool.get().await?;
    let stmt = client
        .prepare_cached("select size, root, note from checkpoints where org = $1 order by size")
        .await?;
    let rows = client.query(&stmt, &[&ord]).await?;
    rows.iter().map(checkpoint_from_row).collect()
}

pub(super) async fn record_checkpoint(
    store: &PostgresStore,
    org: &OrgId,
    checkpoint: &SignedCheckpoint,
) -> Result<()> {
    let ord = store
        .ordinal(org)
        .await?
        .ok_or(StoreError::UnknownOrganization)?;
    let client = store.pool.get().await?;
    client
        .execute(
            "insert into checkpoints (org, size, root, note, created_at) values ($1, $2, $3, $4, $5)
             on conflict (org, size) do nothing",
            &[
                &ord,
                &(checkpoint.size as i64),
                &checkpoint.root.as_slice(),
                &checkpoint.note,
                &Timestamp::now().micros(),
            ],
        )
        .await?;
    Ok(())
}

fn to_hash(bytes: &[u8]) -> Result<Hash> {
    <Hash>::try_from(bytes).map_err(|_| StoreError::Internal("stored hash is not 32 bytes".into()))
}

fn checkpoint_from_row(r: &Row) -> Result<SignedCheckpoint> {
    Ok(SignedCheckpoint {
        size: r.get::<_, i64>(0) as u64,
        root: to_hash(r.get(1))?,
        note: r.get(2),
    })
}
