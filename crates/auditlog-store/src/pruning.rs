//! Entries removed under retention, the same for both backends: which of the sequences asked
//! for are pruned now, and the organization's set as stored.
//!
//! A pruned entry keeps its row — sequence, id and leaf hash, so the Merkle tree and every
//! proof of the entries kept stay whole — and loses its body; its sequence joins the
//! organization's pruned set, which every query subtracts (`postings::Source::pruned`). Only
//! entries already sealed into segments are pruned: a segment's timestamps are addressed by
//! sequence and the tail is rebuilt from the entries' bodies at start, so an entry must be in a
//! segment before its body can go. The rest wait for a later call.

use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;
use roaring::RoaringBitmap;

use auditlog_core::{Filter, OrgId, Timestamp};

use crate::postings::codec::{decode_set, encode_set};
use crate::Result;

/// The signed record of one pruning step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PruneMarker {
    /// 1, 2, … per organization, in the order the steps ran.
    pub number: u64,
    /// The lowest and highest sequences the step pruned, and how many.
    pub first: u64,
    pub last: u64,
    pub count: u64,
    /// The signed note that says what was pruned and why (see the server's `retention`).
    pub note: String,
    pub created_at: Timestamp,
}

/// Writes and signs a pruning step's marker note, given the sequences the step prunes and the
/// marker's number; called inside the step's transaction, so a step and its marker are stored
/// together or not at all.
pub type MarkerSigner = Arc<dyn Fn(&RoaringBitmap, u64) -> String + Send + Sync>;

/// Retention: the policies, the pruning and its markers; part of every [`crate::Store`].
#[async_trait]
pub trait RetentionStore: Send + Sync {
    /// Removes these entries' bodies under retention (see `pruning`): each keeps its
    /// sequence, id and leaf hash, and no listing, total, facet or export holds it again;
    /// reading it is [`crate::StoreError::Pruned`]. Entries not yet sealed into a segment are left for
    /// a later call. The step is recorded with the marker `sign` writes. `guard` is what the
    /// caller decided under ([`guard`]): when the organization's policy or standing holds are no
    /// longer that, nothing is pruned and the answer is `None`; else the sequences pruned.
    async fn prune(
        &self,
        org: &OrgId,
        sequences: &RoaringBitmap,
        sign: MarkerSigner,
        guard: &str,
    ) -> Result<Option<RoaringBitmap>>;
    /// The organization's pruned entries.
    async fn pruned(&self, org: &OrgId) -> Result<RoaringBitmap>;
    /// Every entry matching `filter`, as a set, from the index alone (no entry is read): what
    /// a policy no longer keeps, or what a legal hold does.
    async fn matching(&self, org: &OrgId, filter: &Filter) -> Result<RoaringBitmap>;
    /// The organization's pruning markers, oldest first.
    async fn prune_markers(&self, org: &OrgId) -> Result<Vec<PruneMarker>>;
    /// The organization's retention policy as stored (JSON) and when it was set.
    async fn retention(&self, org: &OrgId) -> Result<Option<(String, Timestamp)>>;
    /// Sets the organization's retention policy, or removes it (`None`: keep everything).
    async fn set_retention(&self, org: &OrgId, policy: Option<&str>, at: Timestamp) -> Result<()>;
    /// Every organization with a retention policy, with the policy.
    async fn retention_policies(&self) -> Result<Vec<(OrgId, String)>>;
    /// The organization's pruned entries whose content is still stored, waiting to go with
    /// their month's storage as a whole ([`RetentionStore::settle`]); no read returns them.
    async fn awaiting_erasure(&self, _org: &OrgId) -> Result<RoaringBitmap> {
        Ok(RoaringBitmap::new())
    }
    /// Removes the content pruning left stored. Only PostgreSQL leaves any: it keeps entries a
    /// month to a table, and a past month whose every entry is pruned has its table dropped
    /// rather than emptied row by row. Pruned entries of a month whose other entries `soon`
    /// holds (per organization, what its policy will prune `within` from now) wait for that,
    /// twice `within` at most; the rest are emptied now.
    async fn settle(
        &self,
        _soon: &HashMap<OrgId, RoaringBitmap>,
        _within: std::time::Duration,
    ) -> Result<Settled> {
        Ok(Settled::default())
    }
}

/// What [`RetentionStore::settle`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Settled {
    /// The months' tables dropped, by name.
    pub dropped: Vec<String>,
    /// Pruned entries emptied row by row.
    pub emptied: u64,
    /// Pruned entries still waiting for their month to go.
    pub waiting: u64,
}

/// What a pruning decision rests on: the organization's policy as stored and the ids of its
/// standing holds. A step checks it again inside its transaction, which placing a hold or
/// changing the policy waits for, so neither can be acknowledged and then pruned past.
pub fn guard(policy: Option<&str>, standing_holds: &[String]) -> String {
    let mut ids = standing_holds.to_vec();
    ids.sort_unstable();
    format!("{}\n{}", policy.unwrap_or_default(), ids.join(","))
}

/// The sequences of `wanted` to prune now: those sealed (at most `sealed_through`) and not
/// pruned already.
pub(crate) fn due(
    wanted: &RoaringBitmap,
    pruned: &RoaringBitmap,
    sealed_through: u64,
) -> RoaringBitmap {
    let mut sealed = RoaringBitmap::new();
    let last = u32::try_from(sealed_through).unwrap_or(u32::MAX);
    if last > 0 {
        sealed.insert_range(1..=last);
    }
    (wanted & &sealed) - pruned
}

/// The set's runs of consecutive sequences, each as its first and last.
pub fn runs(set: &RoaringBitmap) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for s in set {
        match out.last_mut() {
            Some((_, last)) if *last + 1 == s => *last = s,
            _ => out.push((s, s)),
        }
    }
    out
}

/// The stored form of a pruned set.
pub(crate) fn encode(set: &RoaringBitmap) -> Vec<u8> {
    encode_set(set)
}

/// A pruned set as stored; none stored is none pruned.
pub(crate) fn decode(bytes: Option<&[u8]>) -> Result<RoaringBitmap> {
    bytes.map_or_else(|| Ok(RoaringBitmap::new()), decode_set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sealed_entries_not_yet_pruned_are_due() {
        let wanted: RoaringBitmap = (1..=10).collect();
        let pruned: RoaringBitmap = (1..=3).collect();
        assert_eq!(due(&wanted, &pruned, 6), (4..=6).collect());
        assert!(due(&wanted, &pruned, 0).is_empty());
        assert_eq!(decode(None).unwrap(), RoaringBitmap::new());
        let set: RoaringBitmap = [1, 2, 3, 7, 9, 10].into_iter().collect();
        assert_eq!(runs(&set), [(1, 3), (7, 7), (9, 10)]);
        assert_eq!(decode(Some(&encode(&wanted))).unwrap(), wanted);
    }
}
