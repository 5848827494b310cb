//! RFC 6962 / RFC 9162 Merkle trees: hashing, proofs built from stored complete subtrees, and
//! verification.
//!
//! Storage keeps the hash of every *complete* subtree — `(level, index)` covers leaves
//! `[index·2^level, (index+1)·2^level)` — which appending maintains in O(log n). Any range the
//! RFC's recursion visits splits into O(log n) of those, so proofs and roots read O(log n) hashes.

use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

pub use crate::canonical::leaf_hash;

/// `SHA-256(0x01 || left || right)`.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The root of the empty tree: `SHA-256("")`.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// The largest power of two strictly below `n` (n ≥ 2).
fn split(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1 << (63 - (n - 1).leading_zeros())
}

/// Hash of leaves `[a, b)`, where `a` is a multiple of a power of two ≥ `b − a` (true of every
/// range RFC 6962's recursion produces). `node(level, index)` returns a stored complete subtree.
pub fn range_hash<E>(
    a: u64,
    b: u64,
    node: &mut impl FnMut(u32, u64) -> Result<Hash, E>,
) -> Result<Hash, E> {
    let size = b - a;
    if size.is_power_of_two() {
        let level = size.trailing_zeros();
        return node(level, a >> level);
    }
    let k = split(size);
    let left = range_hash(a, a + k, node)?;
    let right = range_hash(a + k, b, node)?;
    Ok(node_hash(&left, &right))
}

/// The root of the first `size` leaves.
pub fn root<E>(size: u64, node: &mut impl FnMut(u32, u64) -> Result<Hash, E>) -> Result<Hash, E> {
    if size == 0 {
        return Ok(empty_root());
    }
    range_hash(0, size, node)
}

/// RFC 6962 PATH(index, D[0:size]), leaf to root. Requires `index < size`.
pub fn inclusion_proof<E>(
    index: u64,
    size: u64,
    node: &mut impl FnMut(u32, u64) -> Result<Hash, E>,
) -> Result<Vec<Hash>, E> {
    let mut proof = Vec::new();
    let (mut a, mut b) = (0, size);
    // Walk down from the root, collecting siblings, then reverse to leaf-first order.
    while b - a > 1 {
        let k = split(b - a);
        if index < a + k {
            proof.push(range_hash(a + k, b, node)?);
            b = a + k;
        } else {
            proof.push(range_hash(a, a + k, node)?);
            a += k;
        }
    }
    proof.reverse();
    Ok(proof)
}

/// RFC 6962 PROOF(from, D[0:to]). Requires `0 < from ≤ to`; empty when `from == to`.
pub fn consistency_proof<E>(
    from: u64,
    to: u64,
    node: &mut impl FnMut(u32, u64) -> Result<Hash, E>,
) -> Result<Vec<Hash>, E> {
    let mut proof = Vec::new();
    if from == to {
        return Ok(proof);
    }
    // SUBPROOF(m, D[a:b], complete), iteratively; siblings collected top-down, then reversed.
    let (mut m, mut a, mut b, mut complete) = (from, 0, to, true);
    loop {
        let size = b - a;
        if m == size {
            if !complete {
                proof.push(range_hash(a, b, node)?);
            }
            break;
        }
        let k = split(size);
        if m <= k {
            proof.push(range_hash(a + k, b, node)?);
            b = a + k;
        } else {
            proof.push(range_hash(a, a + k, node)?);
            m -= k;
            a += k;
            complete = false;
        }
    }
    proof.reverse();
    Ok(proof)
}

/// RFC 9162 §2.1.3.2.
pub fn verify_inclusion(index: u64, size: u64, leaf: &Hash, proof: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut fnode, mut snode) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if snode == 0 {
            return false;
        }
        if fnode & 1 == 1 || fnode == snode {
            r = node_hash(p, &r);
            while fnode & 1 == 0 && fnode != 0 {
                fnode >>= 1;
                snode >>= 1;
            }
        } else {
            r = node_hash(&r, p);
        }
        fnode >>= 1;
        snode >>= 1;
    }
    snode == 0 && r == *root
}

/// RFC 9162 §2.1.4.2. A tree of size 0 is consistent with nothing (callers never ask).
pub fn verify_consistency(from: u64, to: u64, first: &Hash, second: &Hash, proof: &[Hash]) -> bool {
    if from == 0 || from > to {
        return false;
    }
    if from == to {
        return proof.is_empty() && first == second;
    }
    if proof.is_empty() {
        return false;
    }
    let mut path: Vec<Hash> = Vec::with_capacity(proof.len() + 1);
    if from.is_power_of_two() {
        path.push(*first);
    }
    path.extend_from_slice(proof);
    let (mut fnode, mut snode) = (from - 1, to - 1);
    while fnode & 1 == 1 {
        fnode >>= 1;
        snode >>= 1;
    }
    let (mut fr, mut sr) = (path[0], path[0]);
    for c in &path[1..] {
        if snode == 0 {
            return false;
        }
        if fnode & 1 == 1 || fnode == snode {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            while fnode & 1 == 0 && fnode != 0 {
                fnode >>= 1;
                snode >>= 1;
            }
        } else {
            sr = node_hash(&sr, c);
        }
        fnode >>= 1;
        snode >>= 1;
    }
    fr == *first && sr == *second && snode == 0
}

/// The largest aligned subtrees that together cover leaves `from..to` (0-based, `to`
/// excluded), left to right, as `(level, index)`: how a stretch of the log is given by the
/// fewest hashes.
pub fn covering(from: u64, to: u64) -> Vec<(u32, u64)> {
    let mut out = Vec::new();
    let mut at = from;
    while at < to {
        let mut level = if at == 0 { 63 } else { at.trailing_zeros() };
        while level > 0 && (to - at) < (1u64 << level) {
            level -= 1;
        }
        out.push((level, at >> level));
        at += 1 << level;
    }
    out
}

/// The right edge of a tree: its maximal complete subtrees ("peaks"), largest first. Enough to
/// append leaves (recording every subtree they complete) and to compute the root, without
/// reading anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frontier {
    size: u64,
    peaks: Vec<(u32, Hash)>,
}

impl Frontier {
    pub fn empty() -> Self {
        Self {
            size: 0,
            peaks: Vec::new(),
        }
    }

    /// `(level, index)` of the peaks of a tree of `size` leaves, largest first.
    pub fn positions(size: u64) -> Vec<(u32, u64)> {
        let mut offset = 0u64;
        (0..64u32)
            .rev()
            .filter(|bit| size & (1 << bit) != 0)
            .map(|bit| {
                let at = (bit, offset >> bit);
                offset += 1 << bit;
                at
            })
            .collect()
    }

    /// The frontier of a tree of `size` leaves from its peaks' hashes (in `positions` order).
    pub fn from_peaks(size: u64, hashes: &[Hash]) -> Option<Self> {
        let positions = Self::positions(size);
        (positions.len() == hashes.len()).then(|| Self {
            size,
            peaks: positions
                .iter()
                .map(|(l, _)| *l)
                .zip(hashes.iter().copied())
                .collect(),
        })
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// Appends a leaf; pushes `(level, index, hash)` for the leaf and every subtree it completes.
    pub fn append(&mut self, leaf: Hash, completed: &mut Vec<(u32, u64, Hash)>) {
        completed.push((0, self.size, leaf));
        let mut node = (0u32, leaf);
        while let Some(&(level, left)) = self.peaks.last() {
            if level != node.0 {
                break;
            }
            self.peaks.pop();
            node = (level + 1, node_hash(&left, &node.1));
            let index = (self.size + 1) / (1 << node.0) - 1;
            completed.push((node.0, index, node.1));
        }
        self.peaks.push(node);
        self.size += 1;
    }

    /// Appends a whole subtree of `2^level` leaves by its root, as a pruned stretch of the log
    /// is given; false (and nothing appended) unless the tree's size is a multiple of the
    /// subtree's and no smaller peak stands in its way.
    pub fn append_subtree(&mut self, level: u32, hash: Hash) -> bool {
        let width = 1u64.checked_shl(level).unwrap_or(0);
        if width == 0 || !self.size.is_multiple_of(width) {
            return false;
        }
        let mut node = (level, hash);
        while let Some(&(peak, left)) = self.peaks.last() {
            if peak != node.0 {
                break;
            }
            self.peaks.pop();
            node = (peak + 1, node_hash(&left, &node.1));
        }
        self.peaks.push(node);
        self.size += width;
        true
    }

    pub fn root(&self) -> Hash {
        let mut iter = self.peaks.iter().rev();
        let Some(&(_, mut acc)) = iter.next() else {
            return empty_root();
        };
        for (_, peak) in iter {
            acc = node_hash(peak, &acc);
        }
        acc
    }
}

/// The stored subtrees a proof or root computation reads, found by a dry run, so that a caller
/// can fetch them in one batch and then run `compute` again over what it fetched.
pub fn nodes_read_by<T, E>(
    compute: impl FnOnce(&mut dyn FnMut(u32, u64) -> Result<Hash, E>) -> Result<T, E>,
) -> Result<Vec<(u32, u64)>, E> {
    let mut wanted: Vec<(u32, u64)> = Vec::new();
    compute(&mut |level, index| {
        wanted.push((level, index));
        Ok([0u8; 32])
    })?;
    wanted.sort_unstable();
    wanted.dedup();
    Ok(wanted)
}

/// Every complete subtree of `leaves`, for tests and for recomputing a tree from scratch.
pub fn complete_subtrees(leaves: &[Hash]) -> Vec<Vec<Hash>> {
    let mut levels = vec![leaves.to_vec()];
    while levels.last().is_some_and(|l| l.len() >= 2) {
        let below = levels.last().map(Vec::as_slice).unwrap_or_default();
        let above = below
            .chunks_exact(2)
            .map(|p| node_hash(&p[0], &p[1]))
            .collect();
        levels.push(above);
    }
    levels
}

#[cfg(test)]
mod tests;
