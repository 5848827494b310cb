//! The Merkle tree on SQLite (see `crate::tree`): stored subtrees in `tree_nodes`, the lowest
//! levels computed from the entries' hashes, and the tree's size and root in `trees`.

use rusqlite::{params, Connection, OptionalExtension};

use auditlog_core::merkle::{Frontier, Hash};

use crate::tree;
use crate::{Result, StoreError};

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

/// Stores the subtrees appending completed (those of stored levels) and the new size and root.
pub(crate) fn write(
    c: &Connection,
    org: i64,
    frontier: &Frontier,
    completed: &[(u32, u64, Hash)],
) -> Result<()> {
    let mut insert =
        c.prepare_cached("insert into tree_nodes (org, level, idx, hash) values (?1, ?2, ?3, ?4)")?;
    for (level, idx, hash) in completed.iter().filter(|n| tree::is_stored(n.0)) {
        insert.execute(params![org, level, idx, hash.as_slice()])?;
    }
    c.prepare_cached(
        "insert into trees (org, size, root) values (?1, ?2, ?3)
         on conflict (org) do update set size = excluded.size, root = excluded.root",
    )?
    .execute(params![org, frontier.size(), frontier.root().as_slice()])?;
    Ok(())
}
