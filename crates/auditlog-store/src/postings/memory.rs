//! Postings held in memory: a run of consecutive entries, from the sequence after `base`.

use std::collections::{BTreeMap, BTreeSet};

use hashbrown::hash_map::EntryRef;
use hashbrown::HashMap;
use std::ops::Bound;

use roaring::{MultiOps, RoaringBitmap};

use super::grouped::Grouped;
use super::times::Times;
use super::{EntryTerms, Source, Term};
use crate::Result;

#[derive(Debug, Default, Clone)]
pub struct MemoryIndex {
    /// The sequence before the first entry held.
    base: u64,
    /// Every term's set but days', search words' included: a word found by hash costs a
    /// fraction of one found in order, and most words of an entry are held already.
    sets: HashMap<Term, RoaringBitmap, foldhash::fast::RandomState>,
    /// The search words held, in order, for prefixes; days apart, in order, for ranges.
    words: BTreeSet<String>,
    days: BTreeMap<i64, RoaringBitmap>,
    /// `timestamps[sequence - base - 1]`, microseconds.
    timestamps: Times,
}

impl MemoryIndex {
    /// An empty run that begins after sequence `base`.
    pub fn after(base: u64) -> Self {
        Self {
            base,
            ..Self::default()
        }
    }

    /// The sequence before the first entry held.
    pub fn base(&self) -> u64 {
        self.base
    }

    /// How many entries it holds.
    pub fn count(&self) -> u64 {
        self.timestamps.len() as u64
    }

    /// The newest sequence held (the base when empty).
    pub fn last(&self) -> u64 {
        self.base + self.count()
    }

    /// Adds the next entry; sequences arrive in order.
    pub fn add(&mut self, entry: &EntryTerms) {
        assert_eq!(entry.sequence, self.last() + 1, "sequences arrive in order");
        let seq = u32::try_from(entry.sequence).expect("at most 2^32 - 1 entries");
        self.timestamps.push(entry.timestamp);
        // Sequences only grow, so a set takes each at its end.
        for term in entry.terms.iter() {
            let set = self.held(term);
            if set.try_push(seq).is_err() {
                set.insert(seq);
            }
        }
    }

    /// Adds a request's entries, which follow the ones held and each other, by their terms
    /// as `grouped` holds them: a lookup per distinct term.
    pub fn add_grouped(&mut self, entries: &[EntryTerms], grouped: &Grouped) {
        let (Some(first), Some(last)) = (entries.first(), entries.last()) else {
            return;
        };
        assert_eq!(first.sequence, self.last() + 1, "sequences arrive in order");
        assert_eq!(
            last.sequence - first.sequence + 1,
            entries.len() as u64,
            "a request's entries follow each other"
        );
        assert_eq!(
            entries.len(),
            grouped.entries,
            "the grouping is of these entries"
        );
        u32::try_from(last.sequence).expect("at most 2^32 - 1 entries");
        let base = first.sequence as u32;
        self.timestamps.extend(entries.iter().map(|e| e.timestamp));
        for ((entry, at_term), at) in grouped.terms() {
            let term = &entries[entry as usize].terms[at_term as usize];
            let set = self.held(term);
            if set.append(at.iter().map(|i| base + i)).is_err() {
                set.extend(at.iter().map(|i| base + i));
            }
        }
    }

    /// A term's set, made empty when new. Most terms are held already: their keys are looked
    /// up once, and copied only when new.
    fn held(&mut self, term: &Term) -> &mut RoaringBitmap {
        if let Term::Day(d) = term {
            return self.days.entry(*d).or_default();
        }
        match self.sets.entry_ref(term) {
            EntryRef::Occupied(held) => held.into_mut(),
            EntryRef::Vacant(new) => {
                if let Term::Word(w) = term {
                    self.words.insert(w.clone());
                }
                new.insert(RoaringBitmap::new())
            }
        }
    }

    /// Adds the run that follows this one (`next` begins where this one ends).
    pub fn append(&mut self, next: &MemoryIndex) {
        assert_eq!(next.base, self.last(), "runs follow each other");
        for (term, set) in &next.sets {
            *self.sets.entry(term.clone()).or_default() |= set;
        }
        self.words.extend(next.words.iter().cloned());
        for (day, set) in &next.days {
            *self.days.entry(*day).or_default() |= set;
        }
        self.timestamps
            .extend(next.timestamps.values().iter().copied());
    }

    /// Every term with its set, in no particular order.
    pub fn terms(&self) -> impl Iterator<Item = (Term, &RoaringBitmap)> {
        self.sets
            .iter()
            .map(|(t, s)| (t.clone(), s))
            .chain(self.days.iter().map(|(d, s)| (Term::Day(*d), s)))
    }

    /// Every term's stored key ([`Term::key`]) with its set, in key order.
    pub fn sorted_sets(&self) -> Vec<((u8, String), &RoaringBitmap)> {
        let mut out: Vec<_> = self
            .sets
            .iter()
            .map(|(t, s)| (t.key(), s))
            .chain(self.days.iter().map(|(d, s)| (Term::Day(*d).key(), s)))
            .collect();
        out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// The timestamps held, of sequences `base + 1 ..`.
    pub fn all_timestamps(&self) -> &[i64] {
        self.timestamps.values()
    }

    /// An entry's timestamp, if held.
    pub fn timestamp(&self, sequence: u64) -> Option<i64> {
        let i = sequence.checked_sub(self.base + 1)?;
        self.timestamps.get(usize::try_from(i).ok()?)
    }

    /// The latest timestamp of the entries held before `sequence`; `None` when none is held.
    pub fn latest_before(&self, sequence: u64) -> Option<i64> {
        let held = sequence.checked_sub(self.base + 2)?;
        self.timestamps.max_through(usize::try_from(held).ok()?)
    }

    /// Bytes its sets and timestamps take serialized (a lower bound of its memory).
    pub fn size_bytes(&self) -> usize {
        let sets = self
            .terms()
            .map(|(_, s)| s.serialized_size())
            .sum::<usize>();
        sets + self.timestamps.len() * 8
    }

    /// The number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.sets.len() + self.days.len()
    }
}

fn count_into(
    out: &mut BTreeMap<String, u64>,
    term: &Term,
    set: &RoaringBitmap,
    within: &RoaringBitmap,
) {
    let n = set.intersection_len(within);
    if n > 0 {
        out.insert(term.key().1, n);
    }
}

impl Source for MemoryIndex {
    fn entries(&self) -> u64 {
        self.last()
    }

    fn set(&self, term: &Term) -> Result<RoaringBitmap> {
        let found = match term {
            Term::Day(d) => self.days.get(d),
            other => self.sets.get(other),
        };
        Ok(found.cloned().unwrap_or_default())
    }

    fn prefixed(&self, prefix: &str) -> Result<RoaringBitmap> {
        Ok(self
            .words
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .take_while(|w| w.starts_with(prefix))
            .filter_map(|w| self.sets.get(&Term::Word(w.clone())))
            .union())
    }

    fn value_counts(&self, kind: u8, within: &RoaringBitmap) -> Result<BTreeMap<String, u64>> {
        let mut out = BTreeMap::new();
        let days = self.days.iter().map(|(d, s)| (Term::Day(*d), s));
        if kind == Term::Day(0).kind() {
            for (term, set) in days {
                count_into(&mut out, &term, set, within);
            }
        } else {
            for (term, set) in self.sets.iter().filter(|(t, _)| t.kind() == kind) {
                count_into(&mut out, term, set, within);
            }
        }
        Ok(out)
    }

    fn days(&self, lo: i64, hi: i64) -> Result<Vec<i64>> {
        if lo > hi {
            return Ok(Vec::new());
        }
        Ok(self.days.range(lo..=hi).rev().map(|(d, _)| *d).collect())
    }

    fn later_before(&self, sequence: u32, ts: i64) -> Result<bool> {
        Ok(self
            .latest_before(u64::from(sequence))
            .is_some_and(|latest| latest > ts))
    }

    fn timestamps(&self, sequences: &[u32]) -> Result<Vec<i64>> {
        Ok(sequences
            .iter()
            .map(|s| self.timestamp(u64::from(*s)).unwrap_or(i64::MIN))
            .collect())
    }
}
