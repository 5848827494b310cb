//! Recomputes a log from its entries in sequence order: every leaf from the entry's canonical
//! bytes, the tree's root at the sizes asked for, and the first entry that breaks the order.
//! An export made for verifying (`include_pruned=true`) also gives each stretch pruned under
//! retention as the roots of the subtrees covering it, and the signed pruning markers, which
//! the walk keeps for the caller to check.

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
    /// Every leaf or pruned subtree (`level`, root), kept only when a failure may have to be
    /// located later.
    leaves: Option<Vec<(u32, Hash)>>,
    /// The pruned stretches, `(first, last)` sequences, in order.
    pub pruned: Vec<(u64, u64)>,
    /// The pruning markers the export ended with, as signed notes.
    pub markers: Vec<String>,
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
            pruned: Vec::new(),
            markers: Vec::new(),
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
        if line.starts_with("{\"prune_marker\":") {
            let marker: Value = serde_json::from_str(line)
                .map_err(|e| Failure::general(format!("unreadable pruning marker: {e}")))?;
            let note = marker["prune_marker"].as_str().unwrap_or_default();
            self.markers.push(note.to_owned());
            return Ok(());
        }
        if line.starts_with("{\"pruned\":") {
            return self.push_pruned(line);
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
        self.pushed(0, leaf);
    }

    fn pushed(&mut self, level: u32, hash: Hash) {
        if let Some(leaves) = &mut self.leaves {
            leaves.push((level, hash));
        }
        let size = self.frontier.size();
        if self.pending.contains(&size) {
            self.roots.insert(size, self.frontier.root());
        }
    }

    /// Appends a pruned stretch by the roots of the subtrees covering it, which must be the
    /// fewest aligned ones (`merkle::covering`).
    fn push_pruned(&mut self, line: &str) -> Result<(), Failure> {
        let expected = self.count() + 1;
        let v: Value = serde_json::from_str(line)
            .map_err(|e| Failure::at(expected, format!("unreadable pruned stretch: {e}")))?;
        let p = &v["pruned"];
        let (Some(from), Some(through), Some(subtrees)) = (
            p["from"].as_u64(),
            p["through"].as_u64(),
            p["subtrees"].as_array(),
        ) else {
            return Err(Failure::at(expected, "unreadable pruned stretch"));
        };
        if self.anomaly.is_some() {
            return Ok(());
        }
        if from != expected || through < from {
            return Err(Failure::at(
                expected,
                format!("out of order: a pruned stretch {from}–{through} where {expected} was due"),
            ));
        }
        let positions = merkle::covering(from - 1, through);
        if positions.len() != subtrees.len() {
            return Err(Failure::at(
                from,
                "a pruned stretch not given by its covering subtrees",
            ));
        }
        for ((level, _), given) in positions.iter().zip(subtrees) {
            let hash: Option<Hash> = given["hash"]
                .as_str()
                .and_then(|h| hex::decode(h).ok())
                .and_then(|b| b.try_into().ok());
            let fits = given["level"].as_u64() == Some(u64::from(*level));
            match hash {
                Some(hash) if fits && self.frontier.append_subtree(*level, hash) => {
                    self.pushed(*level, hash)
                }
                _ => {
                    return Err(Failure::at(
                        self.count() + 1,
                        "a pruned stretch not given by its covering subtrees",
                    ))
                }
            }
        }
        self.pruned.push((from, through));
        Ok(())
    }

    pub fn root_at(&self, size: u64) -> Option<Hash> {
        if size == self.count() {
            return Some(self.frontier.root());
        }
        self.roots.get(&size).copied()
    }

    /// The root of the first `k` leaves (needs `keep_leaves`); within a pruned stretch, of the
    /// leaves up to the subtree that holds the `k`-th.
    pub fn prefix_root(&self, k: u64) -> Hash {
        let leaves = self.leaves.as_deref().unwrap_or_default();
        let mut f = Frontier::empty();
        let mut sink = Vec::new();
        for (level, hash) in leaves {
            if f.size() + (1 << level) > k {
                break;
            }
            if *level == 0 {
                f.append(*hash, &mut sink);
                sink.clear();
            } else {
                f.append_subtree(*level, *hash);
            }
        }
        f.root()
    }
}
