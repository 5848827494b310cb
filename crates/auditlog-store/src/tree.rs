//! The Merkle tree as both backends keep it. `tree_nodes` holds every complete subtree of level
//! [`STORED_FROM`] and up; a lower one, which covers at most 2^(STORED_FROM−1) leaves, is
//! computed when asked for from the leaf hashes the entries keep anyway (an entry's `hash` is
//! its leaf). Storing the four lowest levels would cost 1.875 rows per entry, most of the
//! tree's size, to save reading at most eight neighbouring entries' hashes per proof.

use auditlog_core::merkle::{self, Hash};

use crate::{Result, StoreError};

/// The lowest level of the complete subtrees `tree_nodes` holds.
pub const STORED_FROM: u32 = 4;

/// Whether the subtree at this level is stored rather than computed.
pub fn is_stored(level: u32) -> bool {
    level >= STORED_FROM
}

/// The sequences of the leaves under a computed subtree: `first..=last`.
pub fn leaves_of(level: u32, idx: u64) -> (u64, u64) {
    let first = (idx << level) + 1;
    (first, first + (1u64 << level) - 1)
}

/// The hash of the complete subtree over these leaves, in order; fails unless there are
/// exactly the 2^level leaves it covers (an entry is missing: the tree is damaged).
pub fn subtree(level: u32, idx: u64, leaves: &[Vec<u8>]) -> Result<Hash> {
    let missing = || StoreError::Internal(format!("tree node ({level}, {idx}) is missing"));
    if leaves.len() as u64 != 1u64 << level {
        return Err(missing());
    }
    let mut layer: Vec<Hash> = leaves
        .iter()
        .map(|l| <Hash>::try_from(l.as_slice()).map_err(|_| missing()))
        .collect::<Result<_>>()?;
    while layer.len() > 1 {
        layer = layer
            .chunks_exact(2)
            .map(|p| merkle::node_hash(&p[0], &p[1]))
            .collect();
    }
    Ok(layer[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_computed_subtree_equals_the_one_appending_completes() {
        let leaves: Vec<Hash> = (0u8..32).map(|i| merkle::leaf_hash(&[i])).collect();
        let levels = merkle::complete_subtrees(&leaves);
        for level in 0..STORED_FROM {
            for (idx, want) in levels[level as usize].iter().enumerate() {
                let (first, last) = leaves_of(level, idx as u64);
                let under: Vec<Vec<u8>> = leaves[first as usize - 1..last as usize]
                    .iter()
                    .map(|h| h.to_vec())
                    .collect();
                assert_eq!(subtree(level, idx as u64, &under).unwrap(), *want);
            }
        }
        assert!(subtree(2, 0, &[leaves[0].to_vec()]).is_err());
    }
}
