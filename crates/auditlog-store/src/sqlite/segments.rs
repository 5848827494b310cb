//! An organization's postings on SQLite: sealed segments in tables (migration 0012), the newest
//! entries (the tail: fewer than `postings::segment::FLUSH`, plus the last group's) in memory,
//! shared by the writer and the readers.
//!
//! The writer adds a group's entries to the tail once the group committed; a tail that then
//! holds `FLUSH` entries it writes as a segment in a transaction of its own (`sqlite/tails.rs`),
//! and the merges `postings::segment` calls for are made by the merger (`sqlite/merger.rs`)
//! and swapped in by the writer. A reader
//! takes the tail first and then reads the segments in one read transaction: the tail is
//! emptied only after the segment holding it committed, so together they never miss an entry
//! (an entry in both is found in both, which sets absorb).

use std::collections::BTreeMap;

use roaring::RoaringBitmap;
use rusqlite::{params, Connection};

use super::bodies::Stored;
use crate::body::Unpacker;
use crate::postings::blocks;
use crate::postings::codec::{decode_times, encode_times};
use crate::postings::segment::{to_merge, Segment as PostingsSegment, MERGE};
use crate::postings::stored::Span;
use crate::postings::{EntryTerms, MemoryIndex, Term};
use crate::Result;

pub(crate) use crate::postings::tails::Tails;

pub(crate) fn segments(c: &Connection, org: i64) -> Result<Vec<Span>> {
    let mut stmt = c.prepare_cached(
        "select id, first, last, level from segments where org = ?1 order by first",
    )?;
    let rows = stmt.query_map([org], |r| {
        Ok(Span {
            id: r.get(0)?,
            first: r.get(1)?,
            last: r.get(2)?,
            level: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The last sequence the organization's segments hold (0 without any).
pub(crate) fn covered(c: &Connection, org: i64) -> Result<u64> {
    Ok(c.query_row(
        "select coalesce(max(last), 0) from segments where org = ?1",
        [org],
        |r| r.get(0),
    )?)
}

/// A segment's contents as its rows will hold them.
pub(crate) struct Encoded {
    first: u64,
    last: u64,
    blocks: Vec<blocks::Block>,
    times: Vec<u8>,
}

impl Encoded {
    /// A tail as a segment, its sets encoded where they lie.
    fn of_tail(tail: &MemoryIndex) -> Option<Self> {
        (tail.count() > 0).then(|| {
            let sets = tail.sorted_sets();
            Self {
                first: tail.base() + 1,
                last: tail.last(),
                blocks: blocks::encode_sorted(sets.iter().map(|((k, v), s)| (*k, v.as_str(), *s))),
                times: encode_times(tail.all_timestamps()),
            }
        })
    }

    /// `None` for an empty segment, which is never written.
    fn of(segment: &PostingsSegment) -> Option<Self> {
        (!segment.is_empty()).then(|| Self {
            first: segment.first,
            last: segment.last(),
            blocks: blocks::encode(&segment.sets),
            times: encode_times(&segment.times),
        })
    }
}

/// Writes an encoded segment as a new segment of `level`.
fn insert(c: &Connection, org: i64, level: i64, segment: &Encoded) -> Result<()> {
    let id: i64 = c.query_row(
        "select coalesce(max(id), 0) + 1 from segments where org = ?1",
        [org],
        |r| r.get(0),
    )?;
    c.prepare_cached(
        "insert into segments (org, id, first, last, level) values (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![org, id, segment.first, segment.last, level])?;
    let mut insert = c.prepare_cached(
        "insert into segment_blocks (org, segment, kind, first, last, terms)
         values (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for b in &segment.blocks {
        insert.execute(params![org, id, b.kind, b.first, b.last, b.bytes])?;
    }
    c.prepare_cached("insert into segment_times (org, segment, times) values (?1, ?2, ?3)")?
        .execute(params![org, id, segment.times])?;
    Ok(())
}

fn delete(c: &Connection, org: i64, s: &Span) -> Result<()> {
    for table in ["segment_blocks", "segment_times"] {
        c.prepare_cached(&format!(
            "delete from {table} where org = ?1 and segment = ?2"
        ))?
        .execute(params![org, s.id])?;
    }
    c.prepare_cached("delete from segments where org = ?1 and id = ?2")?
        .execute(params![org, s.id])?;
    Ok(())
}

/// Every term of a stored segment with its set, block by block, in key order.
fn each_term(
    c: &Connection,
    org: i64,
    s: &Span,
    mut f: impl FnMut(u8, String, RoaringBitmap),
) -> Result<()> {
    let mut rows = c.prepare_cached(
        "select kind, first, last, terms from segment_blocks where org = ?1 and segment = ?2
         order by kind, first",
    )?;
    let mut found = rows.query(params![org, s.id])?;
    let mut blocks = blocks::InOrder::default();
    while let Some(r) = found.next()? {
        let kind: u8 = r.get(0)?;
        let first = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        let last = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
        let bytes = r.get_ref(3)?.as_blob().map_err(rusqlite::Error::from)?;
        for (value, set) in blocks.decode(kind, first, last, bytes)? {
            f(kind, value, set);
        }
    }
    Ok(())
}

/// Reads a stored segment whole.
fn read(c: &Connection, org: i64, s: &Span) -> Result<PostingsSegment> {
    let mut out = PostingsSegment {
        first: s.first,
        ..PostingsSegment::default()
    };
    each_term(c, org, s, |kind, value, set| {
        out.sets.insert((kind, value), set);
    })?;
    let blob: Vec<u8> = c
        .prepare_cached("select times from segment_times where org = ?1 and segment = ?2")?
        .query_row(params![org, s.id], |r| r.get(0))?;
    out.times = decode_times(&blob)?;
    Ok(out)
}

/// Writes a tail as a level-0 segment; says whether segments are due to merge.
pub(crate) fn seal(c: &Connection, org: i64, tail: &MemoryIndex) -> Result<bool> {
    if let Some(segment) = Encoded::of_tail(tail) {
        insert(c, org, 0, &segment)?;
    }
    merge_due(c, org)
}

/// Whether the organization's segments are due to merge.
pub(crate) fn merge_due(c: &Connection, org: i64) -> Result<bool> {
    let levels: Vec<i64> = segments(c, org)?.iter().map(|s| s.level).collect();
    Ok(to_merge(&levels).is_some())
}

/// [`seal`], then every merge due, in the same transaction.
pub(crate) fn flush(c: &Connection, org: i64, tail: &MemoryIndex) -> Result<()> {
    if seal(c, org, tail)? {
        merge_all(c, org)?;
    }
    Ok(())
}

/// Makes and applies every merge due, in the caller's transaction.
pub(crate) fn merge_all(c: &Connection, org: i64) -> Result<()> {
    while let Some(merge) = Merge::due(c, org, &|| false)? {
        merge.apply(c)?;
    }
    Ok(())
}

/// Segments of one level merged into one of the next, made while the writer goes on (the
/// segments never change, and only one merge of an organization is made at a time) and
/// applied in one of its transactions.
pub(crate) struct Merge {
    org: i64,
    level: i64,
    replaced: Vec<Span>,
    merged: Encoded,
}

impl Merge {
    /// The oldest run of segments due to merge, merged; `None` when none is due, or when
    /// `stop` says to stop before it is made.
    pub(crate) fn due(c: &Connection, org: i64, stop: &dyn Fn() -> bool) -> Result<Option<Self>> {
        let all = segments(c, org)?;
        let levels: Vec<i64> = all.iter().map(|s| s.level).collect();
        let Some((from, level)) = to_merge(&levels) else {
            return Ok(None);
        };
        let replaced = all[from..(from + MERGE).min(all.len())].to_vec();
        let mut merged = PostingsSegment::default();
        for s in &replaced {
            if stop() {
                return Ok(None);
            }
            merged.extend(read(c, org, s)?)?;
        }
        Ok(Encoded::of(&merged).map(|merged| Self {
            org,
            level,
            replaced,
            merged,
        }))
    }

    /// Replaces the segments merged by their merge; false, changing nothing, if they are no
    /// longer all there as they were.
    pub(crate) fn apply(&self, c: &Connection) -> Result<bool> {
        let now = segments(c, self.org)?;
        if !self.replaced.iter().all(|s| now.contains(s)) {
            return Ok(false);
        }
        for s in &self.replaced {
            delete(c, self.org, s)?;
        }
        insert(c, self.org, self.level, &self.merged)?;
        Ok(true)
    }

    pub(crate) fn org(&self) -> i64 {
        self.org
    }
}

/// Indexes the organization's entries that no segment holds yet, writing a segment every
/// `flush_at` entries, if given; returns the rest, the tail. At start (on a store written before
/// postings, for every entry), and read-only, without writing, for a store no writer keeps.
pub(crate) fn catch_up(
    c: &Connection,
    bodies: &Unpacker,
    org: i64,
    flush_at: Option<u64>,
) -> Result<MemoryIndex> {
    let mut tail = MemoryIndex::after(covered(c, org)?);
    let mut stmt = c.prepare_cached(
        "select body, hash from entries where org = ?1 and seq > ?2 order by seq limit 10000",
    )?;
    let mut done = 0u64;
    loop {
        let rows: Vec<(Stored, Vec<u8>)> = stmt
            .query_map(params![org, tail.last()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if rows.is_empty() {
            break;
        }
        for (Stored(body), hash) in rows {
            let entry = super::bodies::entry(c, bodies, org, &body, &hash)?;
            tail.add(&EntryTerms::of_entry(&entry));
            if flush_at.is_some_and(|n| tail.count() >= n) {
                flush(c, org, &tail)?;
                tail = MemoryIndex::after(tail.last());
            }
            done += 1;
            if done.is_multiple_of(1_000_000) {
                tracing::info!(org, entries = done, "indexing entries into postings");
            }
        }
    }
    Ok(tail)
}

/// What the organization's segments hold, term by term, digested with `key` (for the fsck).
pub(crate) fn digest(c: &Connection, org: i64, key: u64) -> Result<crate::StoredPostings> {
    let tx = c.unchecked_transaction()?;
    let mut out = crate::StoredPostings::default();
    let mut terms: BTreeMap<(u8, String), (u64, u128)> = BTreeMap::new();
    // Pruned entries' postings stay in their segments; the entries no longer say them.
    let gone = super::pruning::of(&tx, org)?;
    let mut stamps =
        tx.prepare_cached("select times from segment_times where org = ?1 and segment = ?2")?;
    for s in segments(&tx, org)? {
        if s.first != out.covered + 1 || s.last < s.first {
            out.problem.get_or_insert(format!(
                "a segment holds sequences {} to {} after one that ends at {}",
                s.first, s.last, out.covered
            ));
        }
        out.covered = out.covered.max(s.last);
        let read = each_term(&tx, org, &s, |kind, value, set| {
            let (n, d) = terms.entry((kind, value)).or_default();
            for seq in set.iter().filter(|seq| !gone.contains(*seq)) {
                *n += 1;
                *d += crate::posting_digest(u64::from(seq), key);
            }
        });
        if let Err(e) = read {
            out.problem.get_or_insert(format!(
                "the sets of the segment of sequences {} to {} are unreadable ({e})",
                s.first, s.last
            ));
        }
        let blob: Vec<u8> = stamps.query_row(params![org, s.id], |r| r.get(0))?;
        let times = decode_times(&blob).unwrap_or_else(|e| {
            out.problem.get_or_insert(format!(
                "the timestamps of the segment of sequences {} to {} are unreadable ({e})",
                s.first, s.last
            ));
            Vec::new()
        });
        if times.len() as u64 != s.last - s.first + 1 {
            out.problem.get_or_insert(format!(
                "the segment of sequences {} to {} holds {} timestamps",
                s.first,
                s.last,
                times.len()
            ));
        }
        for (i, ts) in times.into_iter().enumerate() {
            let seq = s.first + i as u64;
            if !gone.contains(seq as u32) {
                out.timestamps += crate::timestamp_digest(seq, ts, key);
            }
        }
    }
    out.terms = terms
        .into_iter()
        .filter(|(_, (entries, _))| *entries > 0)
        .map(|((kind, value), (entries, digest))| crate::IndexedWord {
            word: Term::from_key(kind, &value)
                .map_or_else(|| format!("{kind}:{value}"), |t| format!("{t:?}")),
            entries,
            digest,
        })
        .collect();
    Ok(out)
}

/// Brings every organization's postings up to its entries (all of them, the first time a store
/// written before postings opens) and fills the tails.
pub(crate) fn index_all(conn: &mut Connection, tails: &Tails) -> Result<()> {
    let orgs: Vec<i64> = conn
        .prepare("select ord from organizations")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for org in orgs {
        let tx = conn.transaction()?;
        let tail = catch_up(&tx, &Unpacker::default(), org, Some(tails.flush))?;
        tx.commit()?;
        tails.set(org, tail);
    }
    Ok(())
}
