//! An organization's entries as posting lists: for every value a filter can name, the set of
//! sequence numbers of the entries holding it, as a compressed bitmap; and every entry's
//! timestamp, by sequence. Any combination of filters is then an intersection, its exact total
//! a cardinality, and a page the newest members of the intersection, found day by day.
//!
//! This is the prototype of the storage engine's next index (see docs/architecture.md): it is
//! measured by `auditlog-bench --index-prototype` and not yet used by either store.

use std::collections::{BTreeMap, HashMap};

use roaring::{MultiOps, RoaringBitmap};

use auditlog_core::filter::Position;
use auditlog_core::{Entry, Filter, NewEntry, PageRequest};

const DAY_MICROS: i64 = 86_400_000_000;

/// A value a filter names; each has a posting list.
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
}

/// What one entry adds to the index.
#[derive(Debug, Clone)]
pub struct EntryTerms {
    pub sequence: u64,
    pub timestamp: i64,
    pub terms: Vec<Term>,
    /// Its search words (`Entry::search_words`).
    pub words: Vec<String>,
}

impl EntryTerms {
    pub fn of_entry(entry: &Entry) -> Self {
        let targets = entry
            .targets
            .iter()
            .map(|t| (t.kind.as_str(), t.id.as_str()));
        Self {
            sequence: entry.sequence,
            timestamp: entry.timestamp.micros(),
            terms: terms(
                &entry.resource_type,
                &entry.action,
                &entry.user_id,
                entry.department_id.as_deref(),
                &entry.resource_id,
                targets,
            ),
            words: entry.search_words(),
        }
    }

    /// The terms a validated entry will have once stored with this sequence and timestamp.
    pub fn of_new(sequence: u64, timestamp: i64, entry: &NewEntry) -> Self {
        let targets = entry
            .targets
            .iter()
            .map(|t| (t.kind.as_str(), t.id.as_str()));
        Self {
            sequence,
            timestamp,
            terms: terms(
                &entry.resource_type,
                &entry.action,
                &entry.user_id,
                entry.department_id.as_deref(),
                &entry.resource_id,
                targets,
            ),
            words: auditlog_core::search::entry_words([
                entry.resource_name.as_deref(),
                entry.user_name.as_deref(),
                entry.user_email.as_deref(),
            ]),
        }
    }
}

fn terms<'a>(
    kind: &str,
    action: &str,
    user: &str,
    department: Option<&str>,
    resource: &str,
    targets: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<Term> {
    let mut out = vec![
        Term::Type(kind.to_owned()),
        Term::Action(action.to_owned()),
        Term::Event(format!("{kind}.{action}")),
        Term::User(user.to_owned()),
        Term::Resource(resource.to_owned()),
        Term::Ref(kind.to_owned(), resource.to_owned()),
        Term::Ref(String::new(), resource.to_owned()),
    ];
    if let Some(d) = department {
        out.push(Term::Department(d.to_owned()));
    }
    for (t, id) in targets {
        out.push(Term::Ref(t.to_owned(), id.to_owned()));
        out.push(Term::Ref(String::new(), id.to_owned()));
    }
    out.sort();
    out.dedup();
    out
}

/// One page of a query: sequences newest first, the exact total, and whether more follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hits {
    pub sequences: Vec<u64>,
    pub total: u64,
    pub has_more: bool,
}

/// The entries a query's conditions leave: all of them, or a set.
enum Matches {
    All,
    Some(RoaringBitmap),
}

/// Below this many matches a page sorts them all instead of walking the days.
const SMALL: u64 = 4096;

#[derive(Default)]
pub struct OrgIndex {
    postings: HashMap<Term, RoaringBitmap>,
    words: BTreeMap<String, RoaringBitmap>,
    days: BTreeMap<i64, RoaringBitmap>,
    /// `timestamps[sequence - 1]`, microseconds.
    timestamps: Vec<i64>,
}

impl OrgIndex {
    pub fn len(&self) -> u64 {
        self.timestamps.len() as u64
    }

    pub fn is_empty(&self) -> bool {
        self.timestamps.is_empty()
    }

    /// Adds the next entry (sequences arrive in order, from 1).
    pub fn add(&mut self, entry: &EntryTerms) {
        assert_eq!(entry.sequence, self.len() + 1, "sequences arrive in order");
        let seq = u32::try_from(entry.sequence).expect("at most 2^32 - 1 entries");
        self.timestamps.push(entry.timestamp);
        self.days
            .entry(entry.timestamp.div_euclid(DAY_MICROS))
            .or_default()
            .insert(seq);
        for term in &entry.terms {
            self.postings.entry(term.clone()).or_default().insert(seq);
        }
        for word in &entry.words {
            self.words.entry(word.clone()).or_default().insert(seq);
        }
    }

    /// Bytes the index's sets and timestamps take serialized (a lower bound of its memory).
    pub fn size_bytes(&self) -> usize {
        let sets = self
            .postings
            .values()
            .chain(self.words.values())
            .chain(self.days.values())
            .map(RoaringBitmap::serialized_size)
            .sum::<usize>();
        sets + self.timestamps.len() * 8
    }

    /// The number of distinct terms, words and days.
    pub fn term_count(&self) -> usize {
        self.postings.len() + self.words.len() + self.days.len()
    }

    fn timestamp(&self, seq: u32) -> i64 {
        self.timestamps[seq as usize - 1]
    }

    /// An entry's timestamp, in microseconds.
    pub fn timestamp_of(&self, sequence: u64) -> Option<i64> {
        let i = usize::try_from(sequence).ok()?.checked_sub(1)?;
        self.timestamps.get(i).copied()
    }

    /// The entries matching every condition but the dates, or `None` when none can.
    fn matches(&self, filter: &Filter) -> Option<Matches> {
        let mut named: Vec<Term> = Vec::new();
        if let Some(v) = &filter.resource_type {
            named.push(Term::Type(v.clone()));
        }
        if let Some(v) = &filter.resource_id {
            named.push(Term::Resource(v.clone()));
        }
        if let Some(v) = &filter.action {
            named.push(Term::Action(v.clone()));
        }
        if let Some(v) = &filter.event {
            named.push(Term::Event(v.clone()));
        }
        if let Some(v) = &filter.user_id {
            named.push(Term::User(v.clone()));
        }
        if let Some(v) = &filter.department_id {
            named.push(Term::Department(v.clone()));
        }
        if let Some(v) = &filter.target_id {
            named.push(Term::Ref(String::new(), v.clone()));
        }
        for (t, id) in &filter.typed_targets {
            named.push(Term::Ref(t.clone(), id.clone()));
        }
        let mut owned: Vec<RoaringBitmap> = Vec::new();
        for prefix in &filter.search {
            let words = self
                .words
                .range(prefix.clone()..)
                .take_while(|(w, _)| w.starts_with(prefix.as_str()))
                .map(|(_, set)| set);
            let union = words.union();
            if union.is_empty() {
                return None;
            }
            owned.push(union);
        }
        let mut sets: Vec<&RoaringBitmap> = Vec::with_capacity(named.len() + owned.len());
        for term in &named {
            sets.push(self.postings.get(term)?);
        }
        sets.extend(owned.iter());
        if sets.is_empty() {
            return Some(Matches::All);
        }
        sets.sort_by_key(|s| s.len());
        let mut out = sets[0].clone();
        for s in &sets[1..] {
            out &= *s;
            if out.is_empty() {
                return None;
            }
        }
        Some(Matches::Some(out))
    }

    /// A page of the entries matching `filter`, newest first (`timestamp`, then `sequence`,
    /// descending), with the exact total.
    pub fn query(&self, filter: &Filter, page: PageRequest) -> Hits {
        let empty = Hits {
            sequences: Vec::new(),
            total: 0,
            has_more: false,
        };
        let Some(matches) = self.matches(filter) else {
            return empty;
        };
        let from = filter.from.map(|t| t.micros());
        let to = filter.to.map(|t| t.micros());
        let in_range = |ts: i64| from.is_none_or(|f| ts >= f) && to.is_none_or(|t| ts <= t);
        let (skip, limit, after) = match page {
            PageRequest::Offset { offset, limit } => (offset, limit as usize, None),
            PageRequest::After { after, limit } => (0, limit as usize, Some(after)),
        };
        let older = |ts: i64, seq: u32| match after {
            None => true,
            Some(Position {
                timestamp,
                sequence,
            }) => (ts, seq as u64) < (timestamp.micros(), sequence),
        };

        // Few matches: sort them all.
        if let Matches::Some(set) = &matches {
            if set.len() <= SMALL {
                let mut all: Vec<(i64, u32)> = set
                    .iter()
                    .map(|s| (self.timestamp(s), s))
                    .filter(|(ts, _)| in_range(*ts))
                    .collect();
                let total = all.len() as u64;
                all.retain(|(ts, s)| older(*ts, *s));
                all.sort_unstable_by(|a, b| b.cmp(a));
                let rest = all.len().saturating_sub(skip as usize);
                let sequences: Vec<u64> = all
                    .iter()
                    .skip(skip as usize)
                    .take(limit)
                    .map(|(_, s)| *s as u64)
                    .collect();
                return Hits {
                    has_more: rest > sequences.len(),
                    sequences,
                    total,
                };
            }
        }

        let lo = from.map_or(i64::MIN, |f| f.div_euclid(DAY_MICROS));
        let hi = to.map_or(i64::MAX, |t| t.div_euclid(DAY_MICROS));
        let edge = |day: i64| {
            Some(day) == from.map(|f| f.div_euclid(DAY_MICROS))
                || Some(day) == to.map(|t| t.div_euclid(DAY_MICROS))
        };
        // A day's matching entries, as a set.
        let of_day = |day_set: &RoaringBitmap| -> RoaringBitmap {
            match &matches {
                Matches::All => day_set.clone(),
                Matches::Some(set) => day_set & set,
            }
        };
        let count_day = |day: i64, day_set: &RoaringBitmap| -> u64 {
            if edge(day) {
                of_day(day_set)
                    .iter()
                    .filter(|s| in_range(self.timestamp(*s)))
                    .count() as u64
            } else {
                match &matches {
                    Matches::All => day_set.len(),
                    Matches::Some(set) => day_set.intersection_len(set),
                }
            }
        };
        let total = if from.is_none() && to.is_none() {
            match &matches {
                Matches::All => self.len(),
                Matches::Some(set) => set.len(),
            }
        } else {
            self.days
                .range(lo..=hi)
                .map(|(day, set)| count_day(*day, set))
                .sum()
        };

        let newest = after.map_or(hi, |a| hi.min(a.timestamp.micros().div_euclid(DAY_MICROS)));
        let mut skip = skip;
        let mut sequences = Vec::with_capacity(limit);
        let mut has_more = false;
        for (day, day_set) in self.days.range(lo..=newest).rev() {
            if sequences.len() == limit {
                // One more match anywhere older means more follow.
                if count_day(*day, day_set) > 0 {
                    has_more = true;
                    break;
                }
                continue;
            }
            let whole = after.is_none() || *day < newest;
            if whole && skip > 0 {
                let n = count_day(*day, day_set);
                if skip >= n {
                    skip -= n;
                    continue;
                }
            }
            let mut found: Vec<(i64, u32)> = of_day(day_set)
                .iter()
                .map(|s| (self.timestamp(s), s))
                .filter(|(ts, s)| in_range(*ts) && older(*ts, *s))
                .collect();
            found.sort_unstable_by(|a, b| b.cmp(a));
            let start = (skip as usize).min(found.len());
            skip -= start as u64;
            let room = limit - sequences.len();
            let taken = found.len().saturating_sub(start).min(room);
            sequences.extend(found[start..start + taken].iter().map(|(_, s)| *s as u64));
            if start + taken < found.len() {
                has_more = true;
                break;
            }
        }
        Hits {
            sequences,
            total,
            has_more,
        }
    }
}

#[cfg(test)]
mod tests;
