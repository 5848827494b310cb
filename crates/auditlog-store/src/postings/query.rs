//! A page of the entries a filter matches, newest first (`timestamp`, then `sequence`,
//! descending), with the exact total, from any [`Source`].

use std::ops::RangeInclusive;
use std::sync::Arc;

use roaring::RoaringBitmap;

use auditlog_core::filter::Position;
use auditlog_core::{Filter, PageRequest};

use super::newest::{kept, newest_of, sorted};
use super::{day_of, Hits, Parts, Source, Term, DAY_MICROS};
use crate::Result;

/// At most this many matches are sorted whole; more are walked day by day.
const SMALL: u64 = 4096;

/// The entries a query's conditions other than dates leave: all of them, or a set.
pub(super) enum Matches {
    All,
    /// Every entry but these, removed under retention.
    AllBut(RoaringBitmap),
    /// In parts, so that a filter's set, however large, is never copied whole.
    Some(Parts),
}

impl Matches {
    pub(super) fn within(&self, day: &RoaringBitmap) -> RoaringBitmap {
        match self {
            Matches::All => day.clone(),
            Matches::AllBut(gone) => day - gone,
            Matches::Some(set) => (day & &*set.sealed) | (day & &set.newer),
        }
    }

    /// How many of the run of sequences `run` match.
    fn count_in(&self, run: RangeInclusive<u32>) -> u64 {
        match self {
            Matches::All => u64::from(run.end() - run.start()) + 1,
            Matches::AllBut(gone) => {
                u64::from(run.end() - run.start()) + 1 - gone.range_cardinality(run)
            }
            Matches::Some(set) => {
                set.sealed.range_cardinality(run.clone()) + set.newer.range_cardinality(run)
            }
        }
    }

    fn count_within(&self, day: &RoaringBitmap) -> u64 {
        match self {
            Matches::All => day.len(),
            Matches::AllBut(gone) => day.len() - day.intersection_len(gone),
            Matches::Some(set) => {
                day.intersection_len(&set.sealed) + day.intersection_len(&set.newer)
            }
        }
    }
}

/// The filter's terms, by the sets they name.
fn terms(filter: &Filter) -> Vec<Term> {
    let mut named = Vec::new();
    let mut push = |v: &Option<String>, make: fn(String) -> Term| {
        if let Some(v) = v {
            named.push(make(v.clone()));
        }
    };
    push(&filter.resource_type, Term::Type);
    push(&filter.resource_id, Term::Resource);
    push(&filter.action, Term::Action);
    push(&filter.event, Term::Event);
    push(&filter.user_id, Term::User);
    push(&filter.department_id, Term::Department);
    if let Some(id) = &filter.target_id {
        named.push(Term::Ref(String::new(), id.clone()));
    }
    for (t, id) in &filter.typed_targets {
        named.push(Term::Ref(t.clone(), id.clone()));
    }
    named
}

/// The entries matching every condition but the dates, or `None` when none can; never an
/// entry removed under retention.
pub(super) fn matches(src: &impl Source, filter: &Filter) -> Result<Option<Matches>> {
    let Some(gone) = src.pruned().filter(|p| !p.is_empty()) else {
        return named_matches(src, filter);
    };
    Ok(match named_matches(src, filter)? {
        None => None,
        Some(Matches::All) => Some(Matches::AllBut(gone.clone())),
        Some(Matches::AllBut(_)) => unreachable!("named_matches never excludes"),
        Some(Matches::Some(set)) => {
            let kept = Parts {
                sealed: Arc::new(&*set.sealed - gone),
                newer: set.newer - gone,
            };
            (!kept.is_empty()).then_some(Matches::Some(kept))
        }
    })
}

/// [`matches`] before the entries removed under retention are taken out.
fn named_matches(src: &impl Source, filter: &Filter) -> Result<Option<Matches>> {
    let terms = terms(filter);
    let mut sets: Vec<Parts> = Vec::new();
    for term in &terms {
        let set = src.set_parts(term)?;
        if set.is_empty() {
            return Ok(None);
        }
        sets.push(set);
    }
    for prefix in &filter.search {
        let set = src.prefixed_parts(prefix)?;
        if set.is_empty() {
            return Ok(None);
        }
        sets.push(set);
    }
    let out = match sets.len() {
        0 => return Ok(Some(Matches::All)),
        1 => sets.pop().unwrap_or_default(),
        _ => {
            // Part by part, smallest first, by reference: only intersections are made.
            // The sealed parts' intersection is kept: it is the costly one (it grows with the
            // sets), and paging through the same filter, or asking it again, finds it made.
            sets.sort_by_key(Parts::len);
            Parts {
                sealed: src
                    .sealed_intersection(&intersection_name(&terms, &filter.search), || {
                        intersection(sets.iter().map(|p| &*p.sealed))
                    })?,
                newer: intersection(sets.iter().map(|p| &p.newer)),
            }
        }
    };
    Ok((!out.is_empty()).then_some(Matches::Some(out)))
}

/// What an intersection's sets are, in one order whatever the filter's, each with its length
/// (so that no value can pass for two).
fn intersection_name(terms: &[Term], prefixes: &[String]) -> String {
    let mut names: Vec<String> = terms
        .iter()
        .map(|t| {
            let (kind, value) = t.key();
            format!("{kind}:{}:{value}", value.len())
        })
        .chain(prefixes.iter().map(|p| format!("*:{}:{p}", p.len())))
        .collect();
    names.sort_unstable();
    names.dedup();
    names.concat()
}

/// The intersection of two sets or more.
fn intersection<'a>(mut sets: impl Iterator<Item = &'a RoaringBitmap>) -> RoaringBitmap {
    let (Some(a), Some(b)) = (sets.next(), sets.next()) else {
        return RoaringBitmap::new();
    };
    let mut out = a & b;
    for s in sets {
        if out.is_empty() {
            break;
        }
        out &= s;
    }
    out
}

/// The date bounds and the page's position, checked entry by entry where a day is not wholly
/// inside them.
pub(super) struct Bounds {
    pub(super) from: Option<i64>,
    pub(super) to: Option<i64>,
    pub(super) after: Option<Position>,
}

impl Bounds {
    /// The filter's dates, and the page's position if it has one.
    pub(super) fn of(filter: &Filter, after: Option<Position>) -> Self {
        Self {
            from: filter.from.map(|t| t.micros()),
            to: filter.to.map(|t| t.micros()),
            after,
        }
    }

    pub(super) fn in_range(&self, ts: i64) -> bool {
        self.from.is_none_or(|f| ts >= f) && self.to.is_none_or(|t| ts <= t)
    }

    /// Whether an entry comes after the page's position in newest-first order.
    fn after_position(&self, ts: i64, seq: u32) -> bool {
        self.after
            .is_none_or(|a| (ts, u64::from(seq)) < (a.timestamp.micros(), a.sequence))
    }

    /// Whether some entries of `day` may fall outside the dates: a bound inside it, other than
    /// its first or last microsecond (what `from_date` and `to_date` of that day give).
    pub(super) fn cuts(&self, day: i64) -> bool {
        let first = day * DAY_MICROS;
        let last = first + DAY_MICROS - 1;
        self.from.is_some_and(|f| day_of(f) == day && f > first)
            || self.to.is_some_and(|t| day_of(t) == day && t < last)
    }
}

pub fn query(src: &impl Source, filter: &Filter, page: PageRequest) -> Result<Hits> {
    let Some(matches) = matches(src, filter)? else {
        return Ok(Hits {
            sequences: Vec::new(),
            total: 0,
            has_more: false,
        });
    };
    let (skip, limit, after) = match page {
        PageRequest::Offset { offset, limit } => (offset, limit as usize, None),
        PageRequest::After { after, limit } => (0, limit as usize, Some(after)),
    };
    let b = Bounds::of(filter, after);

    // Few matches: sort them all.
    if let Matches::Some(set) = &matches {
        if set.len() <= SMALL {
            let mut all = sorted(src, &set.to_whole(), |ts, _| b.in_range(ts))?;
            let total = all.len() as u64;
            all.retain(|(ts, s)| b.after_position(*ts, *s));
            let sequences: Vec<u64> = all
                .iter()
                .skip(skip as usize)
                .take(limit)
                .map(|(_, s)| u64::from(*s))
                .collect();
            let has_more = all.len().saturating_sub(skip as usize) > sequences.len();
            return Ok(Hits {
                sequences,
                total,
                has_more,
            });
        }
    }

    let lo = b.from.map_or(i64::MIN, day_of);
    let hi = b.to.map_or(i64::MAX, day_of);
    // How many of a day's entries match, its set read only when needed.
    let count_day = |day: i64, set: &RoaringBitmap| -> Result<u64> {
        if b.cuts(day) {
            Ok(kept(src, &matches.within(set), |ts, _| b.in_range(ts))?.len() as u64)
        } else {
            Ok(matches.count_within(set))
        }
    };
    // With dates, the total counts whole runs of sequences inside the range by their size and
    // the rest day by day. Without, it is the set's size. A page reads only the newest days
    // it reaches.
    let dated = b.from.is_some() || b.to.is_some();
    let total = if dated {
        let parts = src.dated_parts(lo, hi)?;
        let mut n: u64 = parts.runs.into_iter().map(|r| matches.count_in(r)).sum();
        for (day, set) in &parts.days {
            n += count_day(*day, set)?;
        }
        n
    } else {
        match &matches {
            Matches::All => src.entries(),
            Matches::AllBut(gone) => src.entries() - gone.len(),
            Matches::Some(set) => set.len(),
        }
    };

    let newest = after.map_or(hi, |a| hi.min(day_of(a.timestamp.micros())));
    let mut skip = skip;
    let mut sequences = Vec::with_capacity(limit);
    let mut has_more = false;
    for day in src.days(lo, hi)?.into_iter().filter(|d| *d <= newest) {
        let set = src.set(&Term::Day(day))?;
        if sequences.len() == limit {
            // One more match anywhere older means more follow.
            if count_day(day, &set)? > 0 {
                has_more = true;
                break;
            }
            continue;
        }
        if skip > 0 && (after.is_none() || day < newest) {
            let n = count_day(day, &set)?;
            if skip >= n {
                skip -= n;
                continue;
            }
        }
        let need = (skip as usize).saturating_add(limit - sequences.len());
        let (found, n) = newest_of(
            src,
            &matches.within(&set),
            |ts, s| b.in_range(ts) && b.after_position(ts, s),
            skip as usize..need,
        )?;
        let start = (skip as usize).min(n);
        skip -= start as u64;
        let taken = n.saturating_sub(start).min(limit - sequences.len());
        // `found` begins at rank `start`.
        sequences.extend(found[..taken].iter().map(|(_, s)| u64::from(*s)));
        if start + taken < n {
            has_more = true;
            break;
        }
    }
    Ok(Hits {
        sequences,
        total,
        has_more,
    })
}

/// Every entry matching `filter`, as a set: what a facet counts over, what retention prunes
/// and what a legal hold keeps.
pub fn matching(src: &impl Source, filter: &Filter) -> Result<RoaringBitmap> {
    let Some(matches) = matches(src, filter)? else {
        return Ok(RoaringBitmap::new());
    };
    let all = || {
        let mut all = RoaringBitmap::new();
        all.insert_range(1..=u32::try_from(src.entries()).unwrap_or(u32::MAX));
        all
    };
    let b = Bounds::of(filter, None);
    if b.from.is_none() && b.to.is_none() {
        return Ok(match matches {
            Matches::All => all(),
            Matches::AllBut(gone) => all() - gone,
            Matches::Some(set) => set.whole(),
        });
    }
    in_dates(src, &b, |day| matches.within(day))
}

/// Every entry dated `from..=to` (microseconds), pruned or not: where PostgreSQL keeps
/// entries, a month to a table, this is what one month's table holds.
pub fn dated(src: &impl Source, from: i64, to: i64) -> Result<RoaringBitmap> {
    let b = Bounds {
        from: Some(from),
        to: Some(to),
        after: None,
    };
    in_dates(src, &b, RoaringBitmap::clone)
}

/// The union over the days within `b`'s dates of what `wanted` takes of each day's entries,
/// those of a day a bound cuts checked one by one.
fn in_dates(
    src: &impl Source,
    b: &Bounds,
    wanted: impl Fn(&RoaringBitmap) -> RoaringBitmap,
) -> Result<RoaringBitmap> {
    let lo = b.from.map_or(i64::MIN, day_of);
    let hi = b.to.map_or(i64::MAX, day_of);
    let mut out = RoaringBitmap::new();
    for (day, set) in src.day_sets(lo, hi)? {
        let wanted = wanted(&set);
        if b.cuts(day) {
            out.extend(
                kept(src, &wanted, |ts, _| b.in_range(ts))?
                    .into_iter()
                    .map(|(_, s)| s),
            );
        } else {
            out |= wanted;
        }
    }
    Ok(out)
}

/// The sequences after `after` of the entries matching `filter`, in sequence order, at most
/// `limit` of them (an export's next block).
pub fn in_sequence(
    src: &impl Source,
    filter: &Filter,
    after: u64,
    limit: usize,
) -> Result<Vec<u64>> {
    let Some(matches) = matches(src, filter)? else {
        return Ok(Vec::new());
    };
    let b = Bounds::of(filter, None);
    let dated = b.from.is_some() || b.to.is_some();
    let start = u32::try_from(after.saturating_add(1)).unwrap_or(u32::MAX);
    let last = u32::try_from(src.entries()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(limit);
    let mut candidates: Box<dyn Iterator<Item = u32>> = match &matches {
        Matches::All => Box::new(start..=last),
        Matches::AllBut(gone) => Box::new((start..=last).filter(|s| !gone.contains(*s))),
        Matches::Some(set) => Box::new(set.sealed.range(start..).chain(set.newer.range(start..))),
    };
    while out.len() < limit {
        // Candidates a block at a time, so that their timestamps are read together.
        let block: Vec<u32> = candidates.by_ref().take(limit.max(256)).collect();
        if block.is_empty() {
            break;
        }
        let stamps = if dated {
            src.timestamps(&block)?
        } else {
            Vec::new()
        };
        for (i, seq) in block.iter().enumerate() {
            if !dated || b.in_range(stamps[i]) {
                out.push(u64::from(*seq));
                if out.len() == limit {
                    break;
                }
            }
        }
    }
    Ok(out)
}
