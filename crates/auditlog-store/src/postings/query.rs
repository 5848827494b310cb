//! A page of the entries a filter matches, newest first (`timestamp`, then `sequence`,
//! descending), with the exact total, from any [`Source`].

use std::collections::BTreeMap;

use roaring::RoaringBitmap;

use auditlog_core::filter::Position;
use auditlog_core::{Filter, PageRequest};

use super::{day_of, Hits, Parts, Source, Term, DAY_MICROS};
use crate::{FacetField, Result};

/// At most this many matches are sorted whole; more are walked day by day.
const SMALL: u64 = 4096;
/// Sequences a large set's newest are read in at a time.
const CHUNK: usize = 1024;

/// The entries a query's conditions other than dates leave: all of them, or a set.
enum Matches {
    All,
    /// In parts, so that a filter's set, however large, is never copied whole.
    Some(Parts),
}

impl Matches {
    fn within(&self, day: &RoaringBitmap) -> RoaringBitmap {
        match self {
            Matches::All => day.clone(),
            Matches::Some(set) => (day & &*set.sealed) | (day & &set.newer),
        }
    }

    fn count_within(&self, day: &RoaringBitmap) -> u64 {
        match self {
            Matches::All => day.len(),
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

/// The entries matching every condition but the dates, or `None` when none can.
fn matches(src: &impl Source, filter: &Filter) -> Result<Option<Matches>> {
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
struct Bounds {
    from: Option<i64>,
    to: Option<i64>,
    after: Option<Position>,
}

impl Bounds {
    fn in_range(&self, ts: i64) -> bool {
        self.from.is_none_or(|f| ts >= f) && self.to.is_none_or(|t| ts <= t)
    }

    /// Whether an entry comes after the page's position in newest-first order.
    fn after_position(&self, ts: i64, seq: u32) -> bool {
        self.after
            .is_none_or(|a| (ts, u64::from(seq)) < (a.timestamp.micros(), a.sequence))
    }

    /// Whether some entries of `day` may fall outside the dates: a bound inside it, other than
    /// its first or last microsecond (what `from_date` and `to_date` of that day give).
    fn cuts(&self, day: i64) -> bool {
        let first = day * DAY_MICROS;
        let last = first + DAY_MICROS - 1;
        self.from.is_some_and(|f| day_of(f) == day && f > first)
            || self.to.is_some_and(|t| day_of(t) == day && t < last)
    }
}

/// `(timestamp, sequence)` of the set's entries that pass `keep`, newest first.
fn sorted(
    src: &impl Source,
    set: &RoaringBitmap,
    keep: impl Fn(i64, u32) -> bool,
) -> Result<Vec<(i64, u32)>> {
    Ok(newest_of(src, set, keep, usize::MAX)?.0)
}

/// `(timestamp, sequence)` of the set's entries that pass `keep`, in sequence order.
fn kept(
    src: &impl Source,
    set: &RoaringBitmap,
    keep: impl Fn(i64, u32) -> bool,
) -> Result<Vec<(i64, u32)>> {
    let seqs: Vec<u32> = set.iter().collect();
    let stamps = src.timestamps(&seqs)?;
    Ok(stamps
        .into_iter()
        .zip(seqs)
        .filter(|(ts, s)| keep(*ts, *s))
        .collect())
}

/// The newest `k` of the set's entries that pass `keep`, newest first, and how many pass —
/// exactly when at most `k` do, else some number above `k`: a page needs the few newest of a
/// day's thousands, not all of them in order.
///
/// A large set is read from its newest sequences down, a chunk at a time, and reading stops
/// once `k` are in hand and no older sequence can be later than the `k`th: timestamps come
/// from clients, but mostly in sequence order, so a busy day's page reads a chunk or two of it.
fn newest_of(
    src: &impl Source,
    set: &RoaringBitmap,
    keep: impl Fn(i64, u32) -> bool,
    k: usize,
) -> Result<(Vec<(i64, u32)>, usize)> {
    let newest_first = |mut out: Vec<(i64, u32)>| {
        if k < out.len() {
            out.select_nth_unstable_by(k, |a, b| b.cmp(a));
            out.truncate(k);
        }
        out.sort_unstable_by(|a, b| b.cmp(a));
        out
    };
    if set.len() <= 2 * CHUNK as u64 || k >= set.len() as usize {
        let out = kept(src, set, keep)?;
        let n = out.len();
        return Ok((newest_first(out), n));
    }
    let mut out: Vec<(i64, u32)> = Vec::with_capacity(CHUNK + 2 * k + 2);
    let mut passed = 0;
    let mut sequences = set.iter().rev();
    loop {
        let chunk: Vec<u32> = sequences.by_ref().take(CHUNK).collect();
        let Some(&oldest) = chunk.last() else {
            return Ok((newest_first(out), passed));
        };
        for (ts, seq) in src.timestamps(&chunk)?.into_iter().zip(chunk) {
            if keep(ts, seq) {
                passed += 1;
                out.push((ts, seq));
            }
        }
        // Checked once twice the page is in hand, so that a deep page (k near the set's size)
        // selects in linear time overall, not once per chunk.
        if out.len() > 2 * k + 1 {
            // The k newest first, then one more, which says that more than k pass.
            out.select_nth_unstable_by(k, |a, b| b.cmp(a));
            out.truncate(k + 1);
            let kth = out[..k].iter().min().map_or(i64::MIN, |(ts, _)| *ts);
            // An older sequence with the same timestamp comes after the kth.
            if !src.later_before(oldest, kth)? {
                out.truncate(k);
                return Ok((newest_first(out), passed));
            }
        }
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
    let b = Bounds {
        from: filter.from.map(|t| t.micros()),
        to: filter.to.map(|t| t.micros()),
        after,
    };

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
    // With dates, every day in range is needed for the total: read them together. Without,
    // the total is the set's size, and a page reads only the newest days it reaches.
    let dated = b.from.is_some() || b.to.is_some();
    let mut in_range: Vec<(i64, Option<RoaringBitmap>)> = if dated {
        src.day_sets(lo, hi)?
            .into_iter()
            .map(|(d, s)| (d, Some(s)))
            .collect()
    } else {
        src.days(lo, hi)?.into_iter().map(|d| (d, None)).collect()
    };
    let total = if dated {
        let mut n = 0;
        for (day, set) in &in_range {
            if let Some(set) = set {
                n += count_day(*day, set)?;
            }
        }
        n
    } else {
        match &matches {
            Matches::All => src.entries(),
            Matches::Some(set) => set.len(),
        }
    };

    let newest = after.map_or(hi, |a| hi.min(day_of(a.timestamp.micros())));
    let mut skip = skip;
    let mut sequences = Vec::with_capacity(limit);
    let mut has_more = false;
    for (day, set) in in_range.iter_mut().filter(|(d, _)| *d <= newest) {
        let day = *day;
        let set = match set.take() {
            Some(set) => set,
            None => src.set(&Term::Day(day))?,
        };
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
            need,
        )?;
        let start = (skip as usize).min(n);
        skip -= start as u64;
        let taken = n.saturating_sub(start).min(limit - sequences.len());
        sequences.extend(
            found[start..start + taken]
                .iter()
                .map(|(_, s)| u64::from(*s)),
        );
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

/// How many of the entries matching `filter` hold each value of `field`, most first (then by
/// value): a facet's exact counts, the values none of them hold left out.
pub fn facet(src: &impl Source, filter: &Filter, field: FacetField) -> Result<Vec<(String, u64)>> {
    let (kind, any_type) = match field {
        FacetField::ResourceType => (Term::Type(String::new()).kind(), false),
        FacetField::Action => (Term::Action(String::new()).kind(), false),
        FacetField::Event => (Term::Event(String::new()).kind(), false),
        FacetField::UserId => (Term::User(String::new()).kind(), false),
        FacetField::DepartmentId => (Term::Department(String::new()).kind(), false),
        FacetField::ResourceId => (Term::Resource(String::new()).kind(), false),
        FacetField::TargetId => (Term::Ref(String::new(), String::new()).kind(), true),
    };
    let counts = value_counts(src, filter, kind)?;
    let mut out: Vec<(String, u64)> = if any_type {
        // A reference of any type is stored as `:{id}` (`Term::Ref("", id)`).
        counts
            .into_iter()
            .filter_map(|(v, n)| Some((v.strip_prefix(':')?.to_owned(), n)))
            .collect()
    } else {
        counts.into_iter().collect()
    };
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(out)
}

fn value_counts(src: &impl Source, filter: &Filter, kind: u8) -> Result<BTreeMap<String, u64>> {
    let Some(matches) = matches(src, filter)? else {
        return Ok(BTreeMap::new());
    };
    let b = Bounds {
        from: filter.from.map(|t| t.micros()),
        to: filter.to.map(|t| t.micros()),
        after: None,
    };
    let within = if b.from.is_none() && b.to.is_none() {
        match matches {
            Matches::All => {
                let mut all = RoaringBitmap::new();
                all.insert_range(1..=u32::try_from(src.entries()).unwrap_or(u32::MAX));
                all
            }
            Matches::Some(set) => set.whole(),
        }
    } else {
        let lo = b.from.map_or(i64::MIN, day_of);
        let hi = b.to.map_or(i64::MAX, day_of);
        let mut all = RoaringBitmap::new();
        for (day, set) in src.day_sets(lo, hi)? {
            let wanted = matches.within(&set);
            if b.cuts(day) {
                all.extend(
                    kept(src, &wanted, |ts, _| b.in_range(ts))?
                        .into_iter()
                        .map(|(_, s)| s),
                );
            } else {
                all |= wanted;
            }
        }
        all
    };
    if within.is_empty() {
        return Ok(BTreeMap::new());
    }
    src.value_counts(kind, &within)
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
    let b = Bounds {
        from: filter.from.map(|t| t.micros()),
        to: filter.to.map(|t| t.micros()),
        after: None,
    };
    let dated = b.from.is_some() || b.to.is_some();
    let start = u32::try_from(after.saturating_add(1)).unwrap_or(u32::MAX);
    let last = u32::try_from(src.entries()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(limit);
    let mut candidates: Box<dyn Iterator<Item = u32>> = match &matches {
        Matches::All => Box::new(start..=last),
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
