//! The Merkle tree on SQLite (see `crate::tree`): stored subtrees in `tree_nodes`, the lowest
//! levels computed from the entries' hashes, and the tree's size and root in `trees`.

use rusqlite::{params, Connection, OptionalExtension};

use auditlog_core::merkle::{empty_root, Frontier, Hash};
use auditlog_core::{OrgId, Timestamp};

use super::SqliteStore;
use crate::tree;
use crate::{Result, SignedCheckpoint, StoreError, TreeHead};

/// The complete subtree at `(level, idx)`.
pub(crate) fn node(c: &Connection, org: i64, level: u32, idx: u64) -> Result<Hash> {
    if !tree::is_stored(level) {
        let (first, last) = tree::leaves_of(level, idx);
        let leaves: Vec<Vec<u8>> = c
            .prepare_cached(
                "select hash from entries where org = ?1 and seq between ?2 and ?3 order by seq",
            )?
            .query_map(params![org, first as i64, last as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        return tree::subtree(level, idx, &leaves);
    }
    let hash: Option<Vec<u8>> = c
        .prepare_cached("select hash from tree_nodes where org = ?1 and level = ?2 and idx = ?3")?
        .query_row(params![org, level, idx as i64], |r| r.get(0))
        .optional()?;
    let hash =
        hash.ok_or_else(|| StoreError::Internal(format!("tree node ({level}, {idx}) is missing")))?;
    <Hash>::try_from(hash.as_slice())
        .map_err(|_| StoreError::Internal("stored hash is not 32 bytes".into()))
}

/// The tree's right edge, from its stored size and peaks.
pub(crate) fn load_frontier(c: &Connection, org: i64) -> Result<Frontier> {
    let size: Option<u64> = c
        .query_row("select size from trees where org = ?1", [org], |r| r.get(0))
        .optional()?;
    let size = size.unwrap_or(0);
    let peaks = Frontier::positions(size)
        .into_iter()
        .map(|(level, idx)| node(c, org, level, idx))
        .collect::<Result<Vec<_>>>()?;
    Frontier::from_peaks(size, &peaks)
        .ok_or_else(|| StoreError::Internal("bad tree frontier".into()))
}

/// Stores the subtrees appending completed (those of stored levels).
pub(crate) fn write_nodes(c: &Connection, org: i64, completed: &[(u32, u64, Hash)]) -> Result<()> {
    let mut insert =
        c.prepare_cached("insert into tree_nodes (org, level, idx, hash) values (?1, ?2, ?3, ?4)")?;
    for (level, idx, hash) in completed.iter().filter(|n| tree::is_stored(n.0)) {
        insert.execute(params![org, level, idx, hash.as_slice()])?;
    }
    Ok(())
}

/// Stores the tree's head (size and root), once per group and organization.
pub(crate) fn write_head(c: &Connection, org: i64, frontier: &Frontier) -> Result<()> {
    c.prepare_cached(
        "insert into trees (org, size, root) values (?1, ?2, ?3)
         on conflict (org) do update set size = excluded.size, root = excluded.root",
    )?
    .execute(params![org, frontier.size(), frontier.root().as_slice()])?;
    Ok(())
}

pub(super) async fn tree_head(store: &SqliteStore, org: &OrgId) -> Result<TreeHead> {
    let empty = TreeHead {
        size: 0,
        root: empty_root(),
    };
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(empty);
    };
    store
        .read(move |c| {
            let row = c
                .prepare_cached("select size, root from trees where org = ?1")?
                .query_row([ord], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
                })
                .optional()?;
            match row {
                None => Ok(empty),
                Some((size, root)) => Ok(TreeHead {
                    size: size as u64,
                    root: to_hash(&root)?,
                }),
            }
        })
        .await
}

pub(super) async fn tree_nodes(
    store: &SqliteStore,
    org: &OrgId,
    positions: &[(u32, u64)],
) -> Result<Vec<Hash>> {
    let ord = store
        .ordinal(org)
        .await?
        .ok_or(StoreError::UnknownOrganization)?;
    let positions = positions.to_vec();
    store
        .read(move |c| {
            positions
                .iter()
                .map(|(level, idx)| node(c, ord, *level, *idx))
                .collect()
        })
        .await
}

pub(super) async fn latest_checkpoint(
    store: &SqliteStore,
    org: &OrgId,
) -> Result<Option<SignedCheckpoint>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(None);
    };
    store
        .read(move |c| {
            let mut stmt = c.prepare_cached(
            "select size, root, note from checkpoints where org = ?1 order by size desc limit 1",
        )?;
            let mut rows = stmt.query_map([ord], checkpoint_from_row)?;
            rows.next().transpose()?.transpose()
        })
        .await
}

pub(super) async fn checkpoints(store: &SqliteStore, org: &OrgId) -> Result<Vec<SignedCheckpoint>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(Vec::new());
    };
    store
        .read(move |c| {
            let mut stmt = c.prepare_cached(
                "select size, root, note from checkpoints where org = ?1 order by size",
            )?;
            let rows = stmt.query_map([ord], checkpoint_from_row)?;
            rows.map(|r| r?).collect()
        })
        .await
}

pub(super) async fn record_checkpoint(
    store: &SqliteStore,
    org: &OrgId,
    checkpoint: &SignedCheckpoint,
) -> Result<()> {
    let ord = store
        .ordinal(org)
        .await?
        .ok_or(StoreError::UnknownOrganization)?;
    let cp = checkpoint.clone();
    store
        .write(move |tx| {
            tx.execute(
            "insert into checkpoints (org, size, root, note, created_at) values (?1, ?2, ?3, ?4, ?5)
             on conflict (org, size) do nothing",
            params![ord, cp.size as i64, cp.root.as_slice(), cp.note, Timestamp::now().micros()],
        )?;
            Ok(())
        })
        .await
}

fn to_hash(bytes: &[u8]) -> Result<Hash> {
    <Hash>::try_from(bytes).map_err(|_| StoreError::Internal("stored hash is not 32 bytes".into()))
}

fn checkpoint_from_row(r: &rusqlite::Row) -> rusqlite::Result<Result<SignedCheckpoint>> {
    let size: i64 = r.get(0)?;
    let root: Vec<u8> = r.get(1)?;
    let note: String = r.get(2)?;
    Ok(to_hash(&root).map(|root| SignedCheckpoint {
        size: size as u64,
        root,
        note,
    }))
}
