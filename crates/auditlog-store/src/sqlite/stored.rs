//! An organization's postings as a reader sees them: the writer's tail, then the sealed
//! segments, read on one connection inside one read transaction; what segments hold, decoded,
//! cached for every reader.

use std::collections::BTreeMap;
use std::sync::Arc;

use roaring::RoaringBitmap;
use rusqlite::{params, Connection, OptionalExtension};

use super::segments::{segments, Segment};
use crate::postings::cache::Cache;
use crate::postings::codec::{decode_set, decode_times};
use crate::postings::{MemoryIndex, Source, Term};
use crate::{Result, StoreError};

/// An organization and a run of its sequences: what a segment holds is the same in whichever
/// segment holds that run, since entries never change.
type Run = (i64, u64, u64);

/// What segments hold, decoded, shared by a store's readers.
pub(crate) struct Caches {
    /// A run's timestamps, weighed by count (16 M, 128 MiB: all of an organization of 10 M).
    times: Cache<Run, Arc<Vec<i64>>>,
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

/// An organization's postings as a reader sees them: its tail, then its segments, read on one
/// connection inside one read transaction.
pub(crate) struct Stored<'a> {
    c: &'a Connection,
    org: i64,
    segments: Vec<Segment>,
    tail: Arc<MemoryIndex>,
    caches: &'a Caches,
}

impl<'a> Stored<'a> {
    /// `c` must be inside a read transaction begun after `tail` was taken.
    pub(crate) fn open(
        c: &'a Connection,
        org: i64,
        tail: Arc<MemoryIndex>,
        caches: &'a Caches,
    ) -> Result<Self> {
        Ok(Self {
            segments: segments(c, org)?,
            c,
            org,
            tail,
            caches,
        })
    }

    fn run(&self, s: &Segment) -> Run {
        (self.org, s.first, s.last)
    }

    /// A segment's set of a term, from the cache or the segment.
    fn segment_set(&self, s: &Segment, kind: u8, value: &str) -> Result<Arc<RoaringBitmap>> {
        let key = (self.run(s), kind, value.to_owned());
        if let Some(set) = self.caches.sets.get(&key) {
            return Ok(set);
        }
        let bits: Option<Vec<u8>> = self
            .c
            .prepare_cached(
                "select bits from segment_terms
                 where org = ?1 and segment = ?2 and kind = ?3 and value = ?4",
            )?
            .query_row(params![self.org, s.id, kind, value], |r| r.get(0))
            .optional()?;
        let set = Arc::new(match bits {
            Some(bits) => decode_set(&bits)?,
            None => RoaringBitmap::new(),
        });
        let weight = 64 + value.len() + set.serialized_size();
        self.caches.sets.put(key, set.clone(), weight);
        Ok(set)
    }

    /// The days a segment holds entries of, ascending, from the cache or the segment.
    fn segment_days(&self, s: &Segment) -> Result<Arc<Vec<i64>>> {
        if let Some(days) = self.caches.days.get(&self.run(s)) {
            return Ok(days);
        }
        let (kind, _) = Term::Day(0).key();
        let mut days = Vec::new();
        let mut stmt = self.c.prepare_cached(
            "select value from segment_terms where org = ?1 and segment = ?2 and kind = ?3
             order by value",
        )?;
        let rows = stmt.query_map(params![self.org, s.id, kind], |r| r.get::<_, String>(0))?;
        for value in rows {
            if let Some(Term::Day(d)) = Term::from_key(kind, &value?) {
                days.push(d);
            }
        }
        let days = Arc::new(days);
        self.caches
            .days
            .put(self.run(s), days.clone(), days.len() + 8);
        Ok(days)
    }

    fn segment_times(&self, s: &Segment) -> Result<Arc<Vec<i64>>> {
        if let Some(t) = self.caches.times.get(&self.run(s)) {
            return Ok(t);
        }
        let blob: Vec<u8> = self
            .c
            .prepare_cached("select times from segment_times where org = ?1 and segment = ?2")?
            .query_row(params![self.org, s.id], |r| r.get(0))?;
        let times = Arc::new(decode_times(&blob)?);
        if times.len() as u64 != s.last - s.first + 1 {
            return Err(StoreError::Internal(format!(
                "segment {} of organization {} holds {} timestamps for {} entries",
                s.id,
                self.org,
                times.len(),
                s.last - s.first + 1
            )));
        }
        self.caches
            .times
            .put(self.run(s), times.clone(), times.len());
        Ok(times)
    }
}

impl Source for Stored<'_> {
    fn entries(&self) -> u64 {
        self.tail
            .last()
            .max(self.segments.last().map_or(0, |s| s.last))
    }

    fn set(&self, term: &Term) -> Result<RoaringBitmap> {
        let (kind, value) = term.key();
        let mut out = self.tail.set(term)?;
        for s in &self.segments {
            out |= &*self.segment_set(s, kind, &value)?;
        }
        Ok(out)
    }

    fn prefixed(&self, prefix: &str) -> Result<RoaringBitmap> {
        let (kind, _) = Term::Word(String::new()).key();
        let mut stmt = self.c.prepare_cached(
            "select value, bits from segment_terms
             where org = ?1 and segment = ?2 and kind = ?3 and value >= ?4 order by value",
        )?;
        let mut out = self.tail.prefixed(prefix)?;
        for s in &self.segments {
            let mut rows = stmt.query(params![self.org, s.id, kind, prefix])?;
            while let Some(r) = rows.next()? {
                let word = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
                if !word.starts_with(prefix) {
                    break;
                }
                out |= decode_set(r.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?)?;
            }
        }
        Ok(out)
    }

    fn days(&self, lo: i64, hi: i64) -> Result<Vec<i64>> {
        if lo > hi {
            return Ok(Vec::new());
        }
        let mut days: Vec<i64> = self.tail.days(lo, hi)?;
        for s in &self.segments {
            let held = self.segment_days(s)?;
            let from = held.partition_point(|d| *d < lo);
            days.extend(held[from..].iter().take_while(|d| **d <= hi));
        }
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        Ok(days)
    }

    fn day_sets(&self, lo: i64, hi: i64) -> Result<Vec<(i64, RoaringBitmap)>> {
        if lo > hi {
            return Ok(Vec::new());
        }
        let mut by_day: BTreeMap<i64, RoaringBitmap> = BTreeMap::new();
        for d in self.tail.days(lo, hi)? {
            by_day.insert(d, self.tail.set(&Term::Day(d))?);
        }
        for s in &self.segments {
            let held = self.segment_days(s)?;
            let from = held.partition_point(|d| *d < lo);
            for &d in held[from..].iter().take_while(|d| **d <= hi) {
                let (kind, value) = Term::Day(d).key();
                *by_day.entry(d).or_default() |= &*self.segment_set(s, kind, &value)?;
            }
        }
        Ok(by_day.into_iter().rev().collect())
    }

    fn timestamps(&self, sequences: &[u32]) -> Result<Vec<i64>> {
        let mut out = Vec::with_capacity(sequences.len());
        for &seq in sequences {
            let seq = u64::from(seq);
            if let Some(ts) = self.tail.timestamp(seq) {
                out.push(ts);
                continue;
            }
            let at = self.segments.partition_point(|s| s.last < seq);
            let s = self
                .segments
                .get(at)
                .filter(|s| s.first <= seq)
                .ok_or_else(|| StoreError::Internal(format!("no segment holds sequence {seq}")))?;
            let times = self.segment_times(s)?;
            out.push(times[(seq - s.first) as usize]);
        }
        Ok(out)
    }
}
