//! What an export with `include_pruned=true` says of the pruned stretches, so that a verifier
//! can recompute the whole tree: for each run of pruned sequences, the roots of the fewest
//! aligned subtrees that cover it; and, at the end, every pruning marker, signed, which the
//! verifier checks the runs against.

use serde_json::json;

use auditlog_core::merkle::covering;
use auditlog_core::OrgId;
use auditlog_store::StoreError;

use crate::AppState;

/// NDJSON lines for the pruned sequences from `from` to `to` (both included), in order.
/// Sequences missing there that were never pruned get no line: the verifier finds them missing.
pub async fn pruned_lines(
    state: &AppState,
    org: &OrgId,
    pruned: &roaring::RoaringBitmap,
    from: u64,
    to: u64,
) -> Result<Vec<u8>, StoreError> {
    let mut out = Vec::new();
    if from > to {
        return Ok(out);
    }
    let mut within = roaring::RoaringBitmap::new();
    within.insert_range(
        u32::try_from(from).unwrap_or(u32::MAX)..=u32::try_from(to).unwrap_or(u32::MAX),
    );
    let pruned = pruned & &within;
    for (first, last) in auditlog_store::pruning::runs(&pruned) {
        let positions = covering(u64::from(first) - 1, u64::from(last));
        let hashes = state.store.tree_nodes(org, &positions).await?;
        let subtrees: Vec<_> = positions
            .iter()
            .zip(&hashes)
            .map(|((level, _), hash)| json!({"level": level, "hash": hex::encode(hash)}))
            .collect();
        let line = json!({"pruned": {"from": first, "through": last, "subtrees": subtrees}});
        serde_json::to_writer(&mut out, &line).map_err(|e| StoreError::Internal(e.to_string()))?;
        out.push(b'\n');
    }
    Ok(out)
}

/// The pruned sequences after `after`, then every marker: the export's last lines.
pub async fn closing_lines(
    state: &AppState,
    org: &OrgId,
    after: u64,
) -> Result<Vec<u8>, StoreError> {
    let pruned = state.store.pruned(org).await?;
    let last = pruned.max().map_or(0, u64::from);
    let mut out = pruned_lines(state, org, &pruned, after + 1, last).await?;
    for m in state.store.prune_markers(org).await? {
        serde_json::to_writer(&mut out, &json!({"prune_marker": m.note}))
            .map_err(|e| StoreError::Internal(e.to_string()))?;
        out.push(b'\n');
    }
    Ok(out)
}
