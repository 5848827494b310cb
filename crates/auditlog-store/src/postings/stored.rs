//! An organization's postings as a reader sees them, the same for every backend: the tail,
//! then the sealed segments, which a backend reads through [`SegmentReader`] inside one read
//! transaction begun after the tail was taken (so the two together miss no entry; an entry in
//! both is absorbed by the sets). What segments hold is cached for every reader by the run of
//! sequences it covers: entries never change, so neither does what a run holds.

use std::collections::BTreeMap;
use std::sync::Arc;

use roaring::RoaringBitmap;

use super::cache::Cache;
use super::times::Times;
use super::{DatedParts, MemoryIndex, Parts, Source, Term, DAY_MICROS};
use crate::{Result, StoreError};

/// A stored segment's place: its id and the run of sequences it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: i64,
    pub first: u64,
    pub last: u64,
    pub level: i64,
}

/// What a backend reads of one organization's segments, within one read transaction.
pub trait SegmentReader {
    /// The organization's segments, in sequence order.
    fn spans(&self) -> Result<Vec<Span>>;
    /// A segment's set of a term, if it has one.
    fn set(&self, span: &Span, kind: u8, value: &str) -> Result<Option<RoaringBitmap>>;
    /// For each of `spans`, in order, the union of its sets of the terms of `kind` whose value
    /// starts with `prefix` (all in one read where every read is a round trip).
    fn prefixed(&self, spans: &[Span], kind: u8, prefix: &str) -> Result<Vec<RoaringBitmap>>;
    /// The values of a segment's terms of `kind`, in order.
    fn values(&self, span: &Span, kind: u8) -> Result<Vec<String>>;
    /// Calls `each` with every term of `kind` a segment holds: its value and its set.
    fn each_set(
        &self,
        span: &Span,
        kind: u8,
        each: &mut dyn FnMut(&str, RoaringBitmap),
    ) -> Result<()>;
    /// A segment's timestamps, in sequence order.
    fn times(&self, span: &Span) -> Result<Vec<i64>>;
    /// The organization's entries removed under retention.
    fn pruned(&self) -> Result<RoaringBitmap>;
}

/// An organization and a run of its sequences.
type Run = (i64, u64, u64);

/// Marks a cached union of a prefix's sets apart from a term's set (kinds are below it).
const PREFIXED: u8 = 0x80;
/// Marks a cached intersection of several sets apart (its value names them all).
const INTERSECTED: u8 = 0xFF;

/// What segments hold, decoded, shared by a store's readers.
pub struct Caches {
    /// A run's timestamps, weighed by count (16 M, 128 MiB: all of an organization of 10 M).
    times: Cache<Run, Arc<Times>>,
    /// A run's set of a term (empty where the run has none), weighed by bytes.
    sets: Cache<(Run, u8, String), Arc<RoaringBitmap>>,
    /// The days a run holds entries of, ascending, weighed by count.
    days: Cache<Run, Arc<Vec<i64>>>,
}

impl Default for Caches {
    fn default() -> Self {
        Self {
            times: Cache::new(16 << 20),
            sets: Cache::new(64 << 20),
            days: Cache::new(1 << 20),
        }
    }
}

pub struct Stored<'a, R> {
    reader: R,
    org: i64,
    spans: Vec<Span>,
    tail: Arc<MemoryIndex>,
    caches: &'a Caches,
    pruned: RoaringBitmap,
}

impl<'a, R: SegmentReader> Stored<'a, R> {
    pub fn open(reader: R, org: i64, tail: Arc<MemoryIndex>, caches: &'a Caches) -> Result<Self> {
        Ok(Self {
            spans: reader.spans()?,
            pruned: reader.pruned()?,
            reader,
            org,
            tail,
            caches,
        })
    }

    fn run(&self, s: &Span) -> Run {
        (self.org, s.first, s.last)
    }

    /// A set kept in the sets cache under `(run, kind, value)`, made by `make` when not.
    fn cached_set(
        &self,
        run: Run,
        kind: u8,
        value: &str,
        make: impl FnOnce() -> Result<RoaringBitmap>,
    ) -> Result<Arc<RoaringBitmap>> {
        let key = (run, kind, value.to_owned());
        if let Some(set) = self.caches.sets.get(&key) {
            return Ok(set);
        }
        let set = Arc::new(make()?);
        self.keep_set(key, set.clone());
        Ok(set)
    }

    fn keep_set(&self, key: (Run, u8, String), set: Arc<RoaringBitmap>) {
        let weight = 64 + key.2.len() + set.serialized_size();
        self.caches.sets.put(key, set, weight);
    }

    fn span_set(&self, s: &Span, kind: u8, value: &str) -> Result<Arc<RoaringBitmap>> {
        self.cached_set(self.run(s), kind, value, || {
            Ok(self.reader.set(s, kind, value)?.unwrap_or_default())
        })
    }

    /// What every sealed segment together holds under `(kind, value)`, made by `union` when
    /// not cached: keyed by the run they cover, which fixes it however the run is split, so a
    /// query over many segments unions them once until the next segment is written.
    fn sealed(
        &self,
        kind: u8,
        value: &str,
        union: impl FnOnce() -> Result<RoaringBitmap>,
    ) -> Result<Arc<RoaringBitmap>> {
        let (Some(first), Some(last)) = (self.spans.first(), self.spans.last()) else {
            return Ok(Arc::default());
        };
        self.cached_set((self.org, first.first, last.last), kind, value, union)
    }

    /// A set of the tail's without what the segments hold too (a tail taken before a segment
    /// holding some of it was sealed), so that it shares no sequence with theirs.
    fn newer(&self, mut set: RoaringBitmap) -> RoaringBitmap {
        if let Some(last) = self.spans.last() {
            set.remove_range(..=sequence(last.last));
        }
        set
    }

    fn span_days(&self, s: &Span) -> Result<Arc<Vec<i64>>> {
        if let Some(days) = self.caches.days.get(&self.run(s)) {
            return Ok(days);
        }
        let (kind, _) = Term::Day(0).key();
        let days: Vec<i64> = self
            .reader
            .values(s, kind)?
            .iter()
            .filter_map(|v| match Term::from_key(kind, v) {
                Some(Term::Day(d)) => Some(d),
                _ => None,
            })
            .collect();
        let days = Arc::new(days);
        self.caches
            .days
            .put(self.run(s), days.clone(), days.len() + 8);
        Ok(days)
    }

    fn span_times(&self, s: &Span) -> Result<Arc<Times>> {
        if let Some(t) = self.caches.times.get(&self.run(s)) {
            return Ok(t);
        }
        let times = Arc::new(Times::from(self.reader.times(s)?));
        if times.len() as u64 != s.last - s.first + 1 {
            return Err(StoreError::Internal(format!(
                "the segment of sequences {} to {} of organization {} holds {} timestamps",
                s.first,
                s.last,
                self.org,
                times.len()
            )));
        }
        self.caches
            .times
            .put(self.run(s), times.clone(), times.len());
        Ok(times)
    }

    /// The days in `lo..=hi` a segment holds.
    fn days_within(&self, s: &Span, lo: i64, hi: i64) -> Result<Vec<i64>> {
        let held = self.span_days(s)?;
        let from = held.partition_point(|d| *d < lo);
        Ok(held[from..]
            .iter()
            .take_while(|d| **d <= hi)
            .copied()
            .collect())
    }
}

/// A sequence as the sets hold it.
fn sequence(s: u64) -> u32 {
    u32::try_from(s).unwrap_or(u32::MAX)
}

impl<R: SegmentReader> Source for Stored<'_, R> {
    fn entries(&self) -> u64 {
        self.tail
            .last()
            .max(self.spans.last().map_or(0, |s| s.last))
    }

    fn pruned(&self) -> Option<&RoaringBitmap> {
        Some(&self.pruned)
    }

    fn set(&self, term: &Term) -> Result<RoaringBitmap> {
        Ok(self.set_parts(term)?.whole())
    }

    fn prefixed(&self, prefix: &str) -> Result<RoaringBitmap> {
        Ok(self.prefixed_parts(prefix)?.whole())
    }

    fn sealed_intersection(
        &self,
        key: &str,
        make: impl FnOnce() -> RoaringBitmap,
    ) -> Result<Arc<RoaringBitmap>> {
        self.sealed(INTERSECTED, key, || Ok(make()))
    }

    fn set_parts(&self, term: &Term) -> Result<Parts> {
        let (kind, value) = term.key();
        let sealed = self.sealed(kind, &value, || {
            let mut all = RoaringBitmap::new();
            for s in &self.spans {
                // A day's set is read only from the segments that hold the day.
                if let Term::Day(d) = term {
                    if self.span_days(s)?.binary_search(d).is_err() {
                        continue;
                    }
                }
                all |= &*self.span_set(s, kind, &value)?;
            }
            Ok(all)
        })?;
        Ok(Parts {
            sealed,
            newer: self.newer(self.tail.set(term)?),
        })
    }

    fn prefixed_parts(&self, prefix: &str) -> Result<Parts> {
        let (kind, _) = Term::Word(String::new()).key();
        // Cached by segment like a term's set, under a kind no term has.
        let key = |s: &Span| (self.run(s), kind | PREFIXED, prefix.to_owned());
        let sealed = self.sealed(kind | PREFIXED, prefix, || {
            let mut all = RoaringBitmap::new();
            let mut missing = Vec::new();
            for s in &self.spans {
                match self.caches.sets.get(&key(s)) {
                    Some(set) => all |= &*set,
                    None => missing.push(*s),
                }
            }
            if !missing.is_empty() {
                let sets = self.reader.prefixed(&missing, kind, prefix)?;
                for (s, set) in missing.iter().zip(sets) {
                    all |= &set;
                    self.keep_set(key(s), Arc::new(set));
                }
            }
            Ok(all)
        })?;
        Ok(Parts {
            sealed,
            newer: self.newer(self.tail.prefixed(prefix)?),
        })
    }

    fn value_counts(&self, kind: u8, within: &RoaringBitmap) -> Result<BTreeMap<String, u64>> {
        // The tail's share without what a segment holds too.
        let mut newer = within.clone();
        if let Some(last) = self.spans.last() {
            newer.remove_range(..=sequence(last.last));
        }
        let mut out = self.tail.value_counts(kind, &newer)?;
        for s in &self.spans {
            let range = sequence(s.first)..=sequence(s.last);
            // A segment none of whose entries are wanted is not read.
            if within.range_cardinality(range) == 0 {
                continue;
            }
            self.reader.each_set(s, kind, &mut |value, set| {
                let n = set.intersection_len(within);
                if n > 0 {
                    *out.entry(value.to_owned()).or_default() += n;
                }
            })?;
        }
        Ok(out)
    }

    fn days(&self, lo: i64, hi: i64) -> Result<Vec<i64>> {
        if lo > hi {
            return Ok(Vec::new());
        }
        let mut days: Vec<i64> = self.tail.days(lo, hi)?;
        for s in &self.spans {
            days.extend(self.days_within(s, lo, hi)?);
        }
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        Ok(days)
    }

    fn dated_parts(&self, lo: i64, hi: i64) -> Result<DatedParts> {
        let mut parts = DatedParts::default();
        if lo > hi {
            return Ok(parts);
        }
        for d in self.tail.days(lo, hi)? {
            let set = self.newer(self.tail.set(&Term::Day(d))?);
            parts.days.push((d, Arc::new(set)));
        }
        for s in &self.spans {
            let held = self.span_days(s)?;
            if let (Some(first), Some(last)) = (held.first(), held.last()) {
                if lo < *first && *last < hi {
                    parts.runs.push(sequence(s.first)..=sequence(s.last));
                    continue;
                }
            }
            for d in self.days_within(s, lo, hi)? {
                let (kind, value) = Term::Day(d).key();
                parts.days.push((d, self.span_set(s, kind, &value)?));
            }
        }
        Ok(parts)
    }

    fn day_sets(&self, lo: i64, hi: i64) -> Result<Vec<(i64, RoaringBitmap)>> {
        if lo > hi {
            return Ok(Vec::new());
        }
        let mut by_day: BTreeMap<i64, RoaringBitmap> = BTreeMap::new();
        for d in self.tail.days(lo, hi)? {
            by_day.insert(d, self.tail.set(&Term::Day(d))?);
        }
        for s in &self.spans {
            for d in self.days_within(s, lo, hi)? {
                let (kind, value) = Term::Day(d).key();
                *by_day.entry(d).or_default() |= &*self.span_set(s, kind, &value)?;
            }
        }
        Ok(by_day.into_iter().rev().collect())
    }

    fn timestamps(&self, sequences: &[u32]) -> Result<Vec<i64>> {
        let mut out = Vec::with_capacity(sequences.len());
        // The span of the previous sequence and its times: sequences mostly arrive in order,
        // and a day's thousands of them share a few spans.
        let mut current: Option<(Span, Arc<Times>)> = None;
        for &seq in sequences {
            let seq = u64::from(seq);
            if let Some(ts) = self.tail.timestamp(seq) {
                out.push(ts);
                continue;
            }
            let (s, times) = match current.take() {
                Some((s, times)) if s.first <= seq && seq <= s.last => (s, times),
                _ => {
                    let at = self.spans.partition_point(|s| s.last < seq);
                    let s = *self
                        .spans
                        .get(at)
                        .filter(|s| s.first <= seq)
                        .ok_or_else(|| {
                            StoreError::Internal(format!("no segment holds sequence {seq}"))
                        })?;
                    (s, self.span_times(&s)?)
                }
            };
            out.push(times.values()[(seq - s.first) as usize]);
            current = Some((s, times));
        }
        Ok(out)
    }

    fn later_before(&self, sequence: u32, ts: i64) -> Result<bool> {
        let sequence = u64::from(sequence);
        if self
            .tail
            .latest_before(sequence)
            .is_some_and(|latest| latest > ts)
        {
            return Ok(true);
        }
        for s in self.spans.iter().rev().filter(|s| s.first < sequence) {
            // The days a segment holds bound its times without reading them: most segments
            // end days before the one a page is in.
            let last_day = self.span_days(s)?.last().copied();
            let day_end = last_day.map(|d| d.saturating_add(1).saturating_mul(DAY_MICROS) - 1);
            if day_end.is_none_or(|end| end <= ts) {
                continue;
            }
            let through = (sequence.min(s.last + 1) - s.first - 1) as usize;
            if self
                .span_times(s)?
                .max_through(through)
                .is_some_and(|latest| latest > ts)
            {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
