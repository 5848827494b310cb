//! Postings held in memory: a run of consecutive entries, from the sequence after `base`.

use std::collections::{BTreeMap, HashMap};

use roaring::{MultiOps, RoaringBitmap};

use super::{EntryTerms, Source, Term};
use crate::Result;

#[derive(Debug, Default, Clone)]
pub struct MemoryIndex {
    /// The sequence before the first entry held.
    base: u64,
    sets: HashMap<Term, RoaringBitmap, foldhash::fast::RandomState>,
    /// Search words and days apart, in order, for prefixes and ranges.
    words: BTreeMap<String, RoaringBitmap>,
    days: BTreeMap<i64, RoaringBitmap>,
    /// `timestamps[sequence - base - 1]`, microseconds.
    timestamps: Vec<i64>,
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
        // Most terms are held already: their keys are looked up, and copied only when new.
        for term in entry.terms.iter() {
            match term {
                Term::Word(w) => match self.words.get_mut(w.as_str()) {
                    Some(set) => set.insert(seq),
                    None => self.words.entry(w.clone()).or_default().insert(seq),
                },
                Term::Day(d) => self.days.entry(*d).or_default().insert(seq),
                other => match self.sets.get_mut(other) {
                    Some(set) => set.insert(seq),
                    None => self.sets.entry(other.clone()).or_default().insert(seq),
                },
            };
        }
    }

    /// Adds the run that follows this one (`next` begins where this one ends).
    pub fn append(&mut self, next: &MemoryIndex) {
        assert_eq!(next.base, self.last(), "runs follow each other");
        for (term, set) in &next.sets {
            *self.sets.entry(term.clone()).or_default() |= set;
        }
        for (word, set) in &next.words {
            *self.words.entry(word.clone()).or_default() |= set;
        }
        for (day, set) in &next.days {
            *self.days.entry(*day).or_default() |= set;
        }
        self.timestamps.extend_from_slice(&next.timestamps);
    }

    /// Every term with its set, in no particular order.
    pub fn terms(&self) -> impl Iterator<Item = (Term, &RoaringBitmap)> {
        self.sets
            .iter()
            .map(|(t, s)| (t.clone(), s))
            .chain(self.words.iter().map(|(w, s)| (Term::Word(w.clone()), s)))
            .chain(self.days.iter().map(|(d, s)| (Term::Day(*d), s)))
    }

    /// The timestamps held, of sequences `base + 1 ..`.
    pub fn all_timestamps(&self) -> &[i64] {
        &self.timestamps
    }

    /// An entry's timestamp, if held.
    pub fn timestamp(&self, sequence: u64) -> Option<i64> {
        let i = sequence.checked_sub(self.base + 1)?;
        self.timestamps.get(usize::try_from(i).ok()?).copied()
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
        self.sets.len() + self.words.len() + self.days.len()
    }
}

impl Source for MemoryIndex {
    fn entries(&self) -> u64 {
        self.last()
    }

    fn set(&self, term: &Term) -> Result<RoaringBitmap> {
        let found = match term {
            Term::Word(w) => self.words.get(w),
            Term::Day(d) => self.days.get(d),
            other => self.sets.get(other),
        };
        Ok(found.cloned().unwrap_or_default())
    }

    fn prefixed(&self, prefix: &str) -> Result<RoaringBitmap> {
        Ok(self
            .words
            .range(prefix.to_owned()..)
            .take_while(|(w, _)| w.starts_with(prefix))
            .map(|(_, s)| s)
            .union())
    }

    fn days(&self, lo: i64, hi: i64) -> Result<Vec<i64>> {
        if lo > hi {
            return Ok(Vec::new());
        }
        Ok(self.days.range(lo..=hi).rev().map(|(d, _)| *d).collect())
    }

    fn timestamps(&self, sequences: &[u32]) -> Result<Vec<i64>> {
        Ok(sequences
            .iter()
            .map(|s| self.timestamp(u64::from(*s)).unwrap_or(i64::MIN))
            .collect())
    }
}
