//! Recomputes a log from its entries in sequence order: every leaf from the entry's canonical
//! bytes, the tree's root at the sizes asked for, and the first entry that breaks the order.

use std::collections::HashMap;

use serde_json::Value;

use auditlog_core::canonical::{leaf_hash, to_canonical_vec};
use auditlog_core::merkle::{self, Frontier, Hash};

use super::Failure;

pub struct Walk {
    frontier: Frontier,
    roots: HashMap<u64, Hash>,
    /// Sizes whose root is wanted.
    pending: Vec<u64>,
    /// Every leaf, kept only when a failure may have to be located later.
    leaves: Option<Vec<Hash>>,
    organization: Option<String>,
    /// The first position whose entry was not the expected one, and the sequences seen from
    /// there on: enough to tell a missing entry from a reordered one.
    anomaly: Option<(u64, std::collections::HashSet<u64>)>,
}

/// The sequence and recomputed leaf hash of one entry as JSON; checks its `hash` field.
pub fn leaf_of(line: &str, expected: Option<u64>) -> Result<(u64, Hash), Failure> {
    let at = expected.unwrap_or(0);
    let mut entry: Value = serde_json::from_str(line)
        .map_err(|e| Failure::at(at, format!("unreadable entry: {e}")))?;
    let obj = entry
        .as_object_mut()
        .ok_or_else(|| Failure::at(at, "unreadable entry: not a JSON object"))?;
    let sequence = obj
        .get("sequence")
        .and_then(Value::as_u64)
        .ok_or_else(|| Failure::at(at, "unreadable entry: no sequence"))?;
    let claimed = obj.remove("hash");
    let leaf = leaf_hash(&to_canonical_vec(&entry));
    match claimed.as_ref().and_then(Value::as_str) {
        Some(h) if h == hex::encode(leaf) => Ok((sequence, leaf)),
        _ => Err(Failure::at(
            sequence,
            "hash mismatch: the entry's content does not match its hash",
        )),
    }
}

impl Walk {
    /// `sizes`: where to remember the root. `keep_leaves`: keep every leaf for locating.
    pub fn new(sizes: &[u64], keep_leaves: bool) -> Self {
        let mut roots = HashMap::new();
        roots.insert(0, merkle::empty_root());
        Self {
            frontier: Frontier::empty(),
            roots,
            pending: sizes.to_vec(),
            leaves: keep_leaves.then(Vec::new),
            organization: None,
            anomaly: None,
        }
    }

    pub fn count(&self) -> u64 {
        self.frontier.size()
    }

    pub fn organization(&self) -> Option<&str> {
        self.organization.as_deref()
    }

    /// Checks and appends the next entry of an NDJSON export.
    pub fn push_json(&mut self, line: &str) -> Result<(), Failure> {
        if line.trim().is_empty() {
            return Ok(());
        }
        let expected = self.count() + 1;
        let (sequence, leaf) = leaf_of(line, Some(expected))?;
        if let Some((_, seen)) = &mut self.anomaly {
            seen.insert(sequence);
            return Ok(());
        }
        if sequence > expected {
            self.anomaly = Some((expected, [sequence].into_iter().collect()));
            return Ok(());
        }
        if sequence < expected {
            return Err(Failure::at(
                sequence,
                format!("out of order: found after sequence {}", expected - 1),
            ));
        }
        if self.organization.is_none() {
            self.organization = serde_json::from_str::<Value>(line)
                .ok()
                .and_then(|e| e["organization_id"].as_str().map(str::to_owned));
        }
        self.push_leaf(leaf);
        Ok(())
    }

    /// Ends the walk: an entry that was not where expected is missing, or out of order when it
    /// turned up later.
    pub fn finish(&self) -> Result<(), Failure> {
        match &self.anomaly {
            None => Ok(()),
            Some((expected, seen)) if seen.contains(expected) => Err(Failure::at(
                *expected,
                "out of order: the entry appears later in the log than its sequence says",
            )),
            Some((expected, _)) => Err(Failure::at(
                *expected,
                "missing: no entry holds this sequence",
            )),
        }
    }

    pub fn push_leaf(&mut self, leaf: Hash) {
        let mut completed = Vec::new();
        self.frontier.append(leaf, &mut completed);
        if let Some(leaves) = &mut self.leaves {
            leaves.push(leaf);
        }
        let size = self.frontier.size();
        if self.pending.contains(&size) {
            self.roots.insert(size, self.frontier.root());
        }
    }

    pub fn root_at(&self, size: u64) -> Option<Hash> {
        if size == self.count() {
            return Some(self.frontier.root());
        }
        self.roots.get(&size).copied()
    }

    /// The root of the first `k` leaves (needs `keep_leaves`).
    pub fn prefix_root(&self, k: u64) -> Hash {
        let leaves = self.leaves.as_deref().unwrap_or_default();
        let mut f = Frontier::empty();
        let mut sink = Vec::new();
        for leaf in leaves.iter().take(k as usize) {
            f.append(*leaf, &mut sink);
            sink.clear();
        }
        f.root()
    }
}
