//! What a stored segment holds and when segments merge, the same for every backend: a segment
//! is a run of consecutive sequences with each term's set and the run's timestamps; the tail
//! becomes one every [`FLUSH`] entries, and [`MERGE`] segments of one level become one of the
//! next, up to [`TOP`].

use std::collections::BTreeMap;

use roaring::RoaringBitmap;

use super::{EntryTerms, MemoryIndex};
use crate::{Result, StoreError};

/// Entries a tail holds before they are written as a segment.
pub const FLUSH: u64 = 16384;
/// Segments of one level merged into one of the next.
pub const MERGE: usize = 16;
/// The highest level: its segments (about `FLUSH × MERGE^TOP` entries) are never merged.
pub const TOP: i64 = 1;

/// A segment's contents: sets by stored term key ([`super::Term::key`]) and the timestamps of
/// sequences `first ..`.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Segment {
    pub first: u64,
    pub sets: BTreeMap<(u8, String), RoaringBitmap>,
    pub times: Vec<i64>,
}

impl Segment {
    /// A tail and the entries after it, as one segment.
    pub fn of(tail: &MemoryIndex, more: &[EntryTerms]) -> Result<Self> {
        let mut out = Segment {
            first: tail.base() + 1,
            sets: tail.terms().map(|(t, s)| (t.key(), s.clone())).collect(),
            times: tail.all_timestamps().to_vec(),
        };
        for e in more {
            let seq = u32::try_from(e.sequence)
                .map_err(|_| StoreError::Internal("sequence beyond 2^32".into()))?;
            for t in e.terms.iter() {
                out.sets.entry(t.key()).or_default().insert(seq);
            }
            out.times.push(e.timestamp);
        }
        Ok(out)
    }

    /// The last sequence it holds (`first - 1` when empty).
    pub fn last(&self) -> u64 {
        self.first + self.times.len() as u64 - 1
    }

    pub fn is_empty(&self) -> bool {
        self.times.is_empty()
    }

    /// Adds the next segment's contents (it must begin where this one ends).
    pub fn extend(&mut self, next: Segment) -> Result<()> {
        if !self.is_empty() && next.first != self.last() + 1 {
            return Err(StoreError::Internal(format!(
                "segments out of line: one begins at {} after one that ends at {}",
                next.first,
                self.last()
            )));
        }
        if self.is_empty() {
            self.first = next.first;
        }
        for (key, set) in next.sets {
            *self.sets.entry(key).or_default() |= set;
        }
        self.times.extend(next.times);
        Ok(())
    }
}

/// Which segments to merge, given every segment's level in sequence order: the newest level's
/// run of segments when it has [`MERGE`] of them and is below [`TOP`], as (index of the run's
/// first, the level it becomes).
pub fn to_merge(levels: &[i64]) -> Option<(usize, i64)> {
    let level = *levels.last()?;
    let run = levels.iter().rev().take_while(|l| **l == level).count();
    (level < TOP && run >= MERGE).then(|| (levels.len() - run, level + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_full_level_merges_and_the_top_never_does() {
        assert_eq!(to_merge(&[]), None);
        assert_eq!(to_merge(&[0; MERGE - 1]), None);
        let mut levels = vec![1, 1];
        levels.extend([0; MERGE]);
        assert_eq!(to_merge(&levels), Some((2, 1)));
        assert_eq!(to_merge(&[TOP; MERGE + 1]), None);
        if TOP > 1 {
            let mut levels = vec![TOP];
            levels.extend([TOP - 1; MERGE]);
            assert_eq!(to_merge(&levels), Some((1, TOP)));
        }
    }

    #[test]
    fn segments_extend_only_with_the_run_that_follows() {
        let one = |first: u64, n: usize| Segment {
            first,
            sets: BTreeMap::from([(
                (0, "t".into()),
                (first as u32..first as u32 + n as u32).collect(),
            )]),
            times: vec![first as i64; n],
        };
        let mut a = one(1, 3);
        a.extend(one(4, 2)).unwrap();
        assert_eq!(a.last(), 5);
        assert_eq!(a.sets[&(0, "t".to_owned())].len(), 5);
        assert!(a.extend(one(9, 1)).is_err());
    }
}
