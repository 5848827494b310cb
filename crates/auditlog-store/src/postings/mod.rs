//! An organization's entries as posting lists: for every value a filter can name, every search
//! word and every day, the set of sequence numbers of the entries holding it, as a compressed
//! bitmap; and every entry's timestamp, by sequence. Any combination of filters is then an
//! intersection, its exact total a cardinality, and a page the newest members of the
//! intersection, found day by day (`query`).
//!
//! The sets come from a [`Source`]: the in-memory [`MemoryIndex`] (a store's newest entries,
//! and the prototype `auditlog-bench --index-prototype` measures), or a store's sealed
//! segments. The entries stay the truth; everything here is derived from them.

pub mod blocks;
pub(crate) mod cache;
pub(crate) mod codec;
mod facet;
pub(crate) mod grouped;
mod memory;
mod newest;
mod query;
pub mod segment;
pub mod stored;
pub mod tails;
mod times;

pub use facet::facet;
pub use memory::MemoryIndex;
pub use query::{dated, in_sequence, matching, query};

use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::sync::Arc;

use roaring::RoaringBitmap;

use auditlog_core::{Entry, NewEntry};

use crate::Result;

pub(crate) const DAY_MICROS: i64 = 86_400_000_000;

/// The day of a timestamp in microseconds, counted from 1970-01-01 (negative before).
pub fn day_of(micros: i64) -> i64 {
    micros.div_euclid(DAY_MICROS)
}

/// A value a filter names, a search word or a day; each has a posting list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    Type(String),
    /// The verb (`updated`).
    Action(String),
    /// `{type}.{action}`.
    Event(String),
    User(String),
    Department(String),
    /// The primary resource's id.
    Resource(String),
    /// `(type, id)` of the primary resource or a target, and `("", id)` for either of any type.
    Ref(String, String),
    /// A search word (`Entry::search_words`).
    Word(String),
    /// The day of the entry's timestamp (see [`day_of`]).
    Day(i64),
}

/// A held term's key, copied from a term looked up (`hashbrown`'s `entry_ref`).
impl From<&Term> for Term {
    fn from(term: &Term) -> Self {
        term.clone()
    }
}

/// Days are stored as text that sorts as the numbers do: offset to be positive, zero-padded.
const DAY_OFFSET: i64 = 10_000_000;

impl Term {
    /// The term as stored: a kind and a text that sorts within the kind as the terms do
    /// (words by bytes, so a prefix is a range; days by number).
    pub fn key(&self) -> (u8, String) {
        match self {
            Term::Type(v) => (0, v.clone()),
            Term::Action(v) => (1, v.clone()),
            Term::Event(v) => (2, v.clone()),
            Term::User(v) => (3, v.clone()),
            Term::Department(v) => (4, v.clone()),
            Term::Resource(v) => (5, v.clone()),
            // A type never holds a ':' (lowercase segments joined by '.'); PostgreSQL's text
            // holds no NUL.
            Term::Ref(t, id) => (6, [t.as_str(), ":", id].concat()),
            Term::Word(w) => (7, w.clone()),
            Term::Day(d) => (8, format!("{:08}", d + DAY_OFFSET)),
        }
    }

    /// The kind [`Term::key`] gives, without the text.
    pub fn kind(&self) -> u8 {
        match self {
            Term::Type(_) => 0,
            Term::Action(_) => 1,
            Term::Event(_) => 2,
            Term::User(_) => 3,
            Term::Department(_) => 4,
            Term::Resource(_) => 5,
            Term::Ref(..) => 6,
            Term::Word(_) => 7,
            Term::Day(_) => 8,
        }
    }

    /// The inverse of [`Term::key`].
    pub fn from_key(kind: u8, value: &str) -> Option<Term> {
        Some(match kind {
            0 => Term::Type(value.into()),
            1 => Term::Action(value.into()),
            2 => Term::Event(value.into()),
            3 => Term::User(value.into()),
            4 => Term::Department(value.into()),
            5 => Term::Resource(value.into()),
            6 => {
                let (t, id) = value.split_once(':')?;
                Term::Ref(t.into(), id.into())
            }
            7 => Term::Word(value.into()),
            8 => Term::Day(value.parse::<i64>().ok()? - DAY_OFFSET),
            _ => return None,
        })
    }

    /// The stored key of a day, for ranges of days.
    pub fn day_key(day: i64) -> String {
        Term::Day(day).key().1
    }
}

/// What one entry adds to the index: its terms, each once, and its timestamp.
#[derive(Debug, Clone)]
pub struct EntryTerms {
    pub sequence: u64,
    pub timestamp: i64,
    /// Shared: the writer keeps a copy of a request's terms, with their sequence, for as long
    /// as the request keeps its own.
    pub terms: Arc<[Term]>,
}

impl EntryTerms {
    /// These terms for the entry stored with this sequence and timestamp (which moves its day
    /// when the timestamp was left to the writer).
    pub fn stored_at(&self, sequence: u64, timestamp: i64) -> Self {
        let mut out = Self {
            sequence,
            timestamp,
            terms: self.terms.clone(),
        };
        let day = day_of(timestamp);
        if day != day_of(self.timestamp) {
            let mut terms = self.terms.to_vec();
            for term in &mut terms {
                if let Term::Day(d) = term {
                    *d = day;
                }
            }
            out.terms = terms.into();
        }
        out
    }

    pub fn of_entry(entry: &Entry) -> Self {
        let targets = entry
            .targets
            .iter()
            .map(|t| (t.kind.as_str(), t.id.as_str()));
        let fields = Fields {
            kind: &entry.resource_type,
            action: &entry.action,
            user: &entry.user_id,
            department: entry.department_id.as_deref(),
            resource: &entry.resource_id,
            words: entry.search_words(),
        };
        Self::new(entry.sequence, entry.timestamp.micros(), fields, targets)
    }

    /// The terms a validated entry will have once stored with this sequence and timestamp.
    pub fn of_new(sequence: u64, timestamp: i64, entry: &NewEntry) -> Self {
        let targets = entry
            .targets
            .iter()
            .map(|t| (t.kind.as_str(), t.id.as_str()));
        let fields = Fields {
            kind: &entry.resource_type,
            action: &entry.action,
            user: &entry.user_id,
            department: entry.department_id.as_deref(),
            resource: &entry.resource_id,
            words: auditlog_core::search::entry_words([
                entry.resource_name.as_deref(),
                entry.user_name.as_deref(),
                entry.user_email.as_deref(),
            ]),
        };
        Self::new(sequence, timestamp, fields, targets)
    }

    fn new<'a>(
        sequence: u64,
        timestamp: i64,
        f: Fields<'_>,
        targets: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let mut terms = vec![
            Term::Type(f.kind.to_owned()),
            Term::Action(f.action.to_owned()),
            Term::Event([f.kind, ".", f.action].concat()),
            Term::User(f.user.to_owned()),
            Term::Resource(f.resource.to_owned()),
            Term::Ref(f.kind.to_owned(), f.resource.to_owned()),
            Term::Ref(String::new(), f.resource.to_owned()),
            Term::Day(day_of(timestamp)),
        ];
        if let Some(d) = f.department {
            terms.push(Term::Department(d.to_owned()));
        }
        for (t, id) in targets {
            terms.push(Term::Ref(t.to_owned(), id.to_owned()));
            terms.push(Term::Ref(String::new(), id.to_owned()));
        }
        terms.extend(f.words.into_iter().map(Term::Word));
        terms.sort();
        terms.dedup();
        Self {
            sequence,
            timestamp,
            terms: terms.into(),
        }
    }
}

struct Fields<'a> {
    kind: &'a str,
    action: &'a str,
    user: &'a str,
    department: Option<&'a str>,
    resource: &'a str,
    words: Vec<String>,
}

/// Where a query finds its sets. Sequences are `u32`: at most 2³² − 1 entries per organization.
pub trait Source {
    /// How many entries there are (the newest sequence).
    fn entries(&self) -> u64;
    /// The entries removed under retention, which no query, total or facet counts: their
    /// postings stay in the sealed segments, which never change.
    fn pruned(&self) -> Option<&RoaringBitmap> {
        None
    }
    /// The entries holding `term`.
    fn set(&self, term: &Term) -> Result<RoaringBitmap>;
    /// The entries holding any search word that starts with `prefix`.
    fn prefixed(&self, prefix: &str) -> Result<RoaringBitmap>;
    /// [`Source::set`] in two parts that share no sequence, the older shared rather than
    /// copied: intersecting the parts gives the parts of the intersection, so a query that
    /// combines filters never copies a whole set.
    fn set_parts(&self, term: &Term) -> Result<Parts> {
        Ok(Parts::newer(self.set(term)?))
    }
    /// [`Source::prefixed`] in two parts, as [`Source::set_parts`].
    fn prefixed_parts(&self, prefix: &str) -> Result<Parts> {
        Ok(Parts::newer(self.prefixed(prefix)?))
    }
    /// The intersection of sealed parts that `make` computes, which `key` names (the terms and
    /// prefixes intersected), kept by a source whose sealed segments never change.
    fn sealed_intersection(
        &self,
        _key: &str,
        make: impl FnOnce() -> RoaringBitmap,
    ) -> Result<Arc<RoaringBitmap>> {
        Ok(Arc::new(make()))
    }
    /// Every value of terms of `kind` ([`Term::key`]) held by some of `within`'s entries, with
    /// how many of them hold it.
    fn value_counts(&self, kind: u8, within: &RoaringBitmap) -> Result<BTreeMap<String, u64>>;
    /// The days in `lo..=hi` that hold entries, newest first.
    fn days(&self, lo: i64, hi: i64) -> Result<Vec<i64>>;
    /// The days in `lo..=hi` that hold entries with their sets, newest first.
    fn day_sets(&self, lo: i64, hi: i64) -> Result<Vec<(i64, RoaringBitmap)>> {
        self.days(lo, hi)?
            .into_iter()
            .map(|d| Ok((d, self.set(&Term::Day(d))?)))
            .collect()
    }
    /// What a total within the days `lo..=hi` counts over, in parts that share no sequence:
    /// runs of sequences every entry of which lies on a day strictly between `lo` and `hi`
    /// (so counted by range, whatever their days), and day by day the sets of the rest.
    fn dated_parts(&self, lo: i64, hi: i64) -> Result<DatedParts> {
        Ok(DatedParts {
            runs: Vec::new(),
            days: self
                .day_sets(lo, hi)?
                .into_iter()
                .map(|(d, s)| (d, Arc::new(s)))
                .collect(),
        })
    }
    /// The timestamps of these entries, in order.
    fn timestamps(&self, sequences: &[u32]) -> Result<Vec<i64>>;
    /// Whether an entry before `sequence` may be later than `ts`: false only when none is.
    fn later_before(&self, sequence: u32, ts: i64) -> Result<bool>;
}

/// [`Source::dated_parts`].
#[derive(Debug, Default)]
pub struct DatedParts {
    pub runs: Vec<RangeInclusive<u32>>,
    pub days: Vec<(i64, Arc<RoaringBitmap>)>,
}

/// A set as two parts that share no sequence: what sealed segments hold, as cached, and the
/// newer entries.
#[derive(Debug, Default)]
pub struct Parts {
    pub sealed: Arc<RoaringBitmap>,
    pub newer: RoaringBitmap,
}

impl Parts {
    fn newer(newer: RoaringBitmap) -> Self {
        Self {
            sealed: Arc::default(),
            newer,
        }
    }

    pub fn len(&self) -> u64 {
        self.sealed.len() + self.newer.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sealed.is_empty() && self.newer.is_empty()
    }

    /// The set whole (a copy of the sealed part unless no one else holds it).
    pub fn whole(self) -> RoaringBitmap {
        let mut out = Arc::unwrap_or_clone(self.sealed);
        out |= self.newer;
        out
    }

    /// A copy of the set whole.
    pub fn to_whole(&self) -> RoaringBitmap {
        &*self.sealed | &self.newer
    }
}

/// One page of a query: sequences newest first, the exact total, and whether more follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hits {
    pub sequences: Vec<u64>,
    pub total: u64,
    pub has_more: bool,
}

#[cfg(test)]
mod tests;
