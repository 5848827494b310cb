//! An organization's postings on PostgreSQL (migration 0009), shared by every server of the
//! database: sealed segments in tables, written by whichever server's writer holds the
//! organization's head row when its entries since the last segment reach
//! [`FLUSH`](crate::postings::segment::FLUSH); the newer entries are each server's tail, caught
//! up from the entries table by sequence before a listing.

use std::collections::BTreeMap;

use tokio_postgres::{GenericClient, Row};

use crate::body::Unpacker;
use crate::postings::blocks;
use crate::postings::codec::{decode_times, encode_times};
use crate::postings::segment::{to_merge, Segment as PostingsSegment};
use crate::postings::stored::Span;
use crate::postings::{EntryTerms, MemoryIndex, Term};
use crate::Result;

/// An organization's segments, in sequence order.
pub(crate) const SEGMENTS: &str =
    "select id, first, last, level::bigint from segments where org = $1 order by first";

pub(crate) async fn segments(c: &impl GenericClient, org: i64) -> Result<Vec<Span>> {
    Ok(spans_of(&c.query(SEGMENTS, &[&org]).await?))
}

pub(crate) fn spans_of(rows: &[Row]) -> Vec<Span> {
    rows.iter()
        .map(|r| Span {
            id: r.get(0),
            first: r.get::<_, i64>(1) as u64,
            last: r.get::<_, i64>(2) as u64,
            level: r.get(3),
        })
        .collect()
}

/// The last sequence the organization's segments hold (0 without any).
pub(crate) const COVERED: &str =
    "select coalesce(max(last), 0)::bigint from segments where org = $1";

pub(crate) async fn covered(c: &impl GenericClient, org: i64) -> Result<u64> {
    let row = c.query_one(COVERED, &[&org]).await?;
    Ok(row.get::<_, i64>(0) as u64)
}

/// The postings of the organization's entries with sequences in `after + 1 ..= last`, read
/// from the entries themselves.
pub(crate) async fn entries_after(
    c: &impl GenericClient,
    bodies: &Unpacker,
    org: i64,
    after: u64,
    last: u64,
) -> Result<MemoryIndex> {
    let mut tail = MemoryIndex::after(after);
    while tail.last() < last {
        let rows = c
            .query(
                "select body, packed, hash from entries where org = $1 and seq > $2 and seq <= $3
                 order by seq limit 10000",
                &[&org, &(tail.last() as i64), &(last as i64)],
            )
            .await?;
        if rows.is_empty() {
            break;
        }
        for entry in super::bodies::entries(c, bodies, org, &rows, 0).await? {
            tail.add(&EntryTerms::of_entry(&entry));
        }
    }
    Ok(tail)
}

async fn write(
    c: &impl GenericClient,
    org: i64,
    level: i64,
    segment: &PostingsSegment,
) -> Result<()> {
    if segment.is_empty() {
        return Ok(());
    }
    let id: i64 = c
        .query_one(
            "select coalesce(max(id), 0)::bigint + 1 from segments where org = $1",
            &[&org],
        )
        .await?
        .get(0);
    c.execute(
        "insert into segments (org, id, first, last, level) values ($1, $2, $3, $4, $5)",
        &[
            &org,
            &id,
            &(segment.first as i64),
            &(segment.last() as i64),
            &(level as i32),
        ],
    )
    .await?;
    let blocks = blocks::encode(&segment.sets);
    let kinds: Vec<i16> = blocks.iter().map(|b| i16::from(b.kind)).collect();
    let firsts: Vec<&str> = blocks.iter().map(|b| b.first.as_str()).collect();
    let lasts: Vec<&str> = blocks.iter().map(|b| b.last.as_str()).collect();
    let terms: Vec<&[u8]> = blocks.iter().map(|b| b.bytes.as_slice()).collect();
    c.execute(
        "insert into segment_blocks (org, segment, kind, first, last, terms)
         select $1, $2, k, f, l, t
         from unnest($3::smallint[], $4::text[], $5::text[], $6::bytea[]) as b (k, f, l, t)",
        &[&org, &id, &kinds, &firsts, &lasts, &terms],
    )
    .await?;
    c.execute(
        "insert into segment_times (org, segment, times) values ($1, $2, $3)",
        &[&org, &id, &encode_times(&segment.times)],
    )
    .await?;
    Ok(())
}

pub(crate) async fn read(c: &impl GenericClient, org: i64, s: &Span) -> Result<PostingsSegment> {
    let mut out = PostingsSegment {
        first: s.first,
        ..PostingsSegment::default()
    };
    let rows = c
        .query(
            "select kind, first, last, terms from segment_blocks where org = $1 and segment = $2
             order by kind, first",
            &[&org, &s.id],
        )
        .await?;
    let mut blocks = blocks::InOrder::default();
    for r in &rows {
        let kind = r.get::<_, i16>(0) as u8;
        for (value, set) in blocks.decode(kind, r.get(1), r.get(2), r.get::<_, &[u8]>(3))? {
            out.sets.insert((kind, value), set);
        }
    }
    let times = c
        .query_one(
            "select times from segment_times where org = $1 and segment = $2",
            &[&org, &s.id],
        )
        .await?;
    out.times = decode_times(times.get::<_, &[u8]>(0))?;
    Ok(out)
}

/// Called by a writer holding the organization's head row, after writing its entries through
/// `last` (whose postings are `fresh`, the group's own), with `covered` read in the same
/// transaction: when the entries since the last segment reach `flush`, writes them as a
/// segment and merges what became full. The entries before the group come from `tail` when it
/// holds exactly them (this server wrote them), or else from the entries themselves. Returns
/// whether it wrote one.
pub(crate) async fn flush_if_full(
    c: &impl GenericClient,
    org: i64,
    (fresh, tail): (&[EntryTerms], Option<&MemoryIndex>),
    flush: u64,
    covered: u64,
) -> Result<bool> {
    let Some(first) = fresh.first() else {
        return Ok(false);
    };
    let last = fresh.last().map_or(first.sequence, |e| e.sequence);
    if last.saturating_sub(covered) < flush {
        return Ok(false);
    }
    let segment = match tail.filter(|t| t.base() == covered && t.last() + 1 == first.sequence) {
        Some(tail) => PostingsSegment::of(tail, fresh)?,
        None => {
            // Its own unpacker: the writer's transaction may hold a dictionary not yet committed.
            let bodies = Unpacker::default();
            let before = entries_after(c, &bodies, org, covered, first.sequence - 1).await?;
            PostingsSegment::of(&before, fresh)?
        }
    };
    write(c, org, 0, &segment).await?;
    merge_full(c, org).await?;
    Ok(true)
}

/// For a writer holding the organization's head row (or the start-up catch-up): seals up to 16
/// segments' worth of entries that no segment holds yet, when there are at least `flush` of
/// them; returns whether it did. A database written before postings catches up this way.
pub(crate) async fn seal_backlog(c: &impl GenericClient, org: i64, flush: u64) -> Result<bool> {
    let covered = covered(c, org).await?;
    let head = c
        .query_opt("select size from trees where org = $1", &[&org])
        .await?
        .map_or(0, |r| r.get::<_, i64>(0) as u64);
    if head.saturating_sub(covered) < flush {
        return Ok(false);
    }
    let until = head.min(covered + 16 * flush);
    let part = entries_after(c, &Unpacker::default(), org, covered, until).await?;
    write(c, org, 0, &PostingsSegment::of(&part, &[])?).await?;
    merge_full(c, org).await?;
    Ok(true)
}

/// Merges full levels, as `postings::segment` says.
async fn merge_full(c: &impl GenericClient, org: i64) -> Result<()> {
    loop {
        let all = segments(c, org).await?;
        let levels: Vec<i64> = all.iter().map(|s| s.level).collect();
        let Some((from, level)) = to_merge(&levels) else {
            return Ok(());
        };
        let mut merged = PostingsSegment::default();
        for s in &all[from..] {
            merged.extend(read(c, org, s).await?)?;
        }
        let ids: Vec<i64> = all[from..].iter().map(|s| s.id).collect();
        for table in ["segment_blocks", "segment_times"] {
            c.execute(
                &format!("delete from {table} where org = $1 and segment = any($2)"),
                &[&org, &ids],
            )
            .await?;
        }
        c.execute(
            "delete from segments where org = $1 and id = any($2)",
            &[&org, &ids],
        )
        .await?;
        write(c, org, level, &merged).await?;
    }
}

/// What the organization's segments hold, term by term, digested with `key` (for the fsck).
pub(crate) async fn digest(
    c: &impl GenericClient,
    org: i64,
    key: u64,
) -> Result<crate::StoredPostings> {
    let mut out = crate::StoredPostings::default();
    let mut terms: BTreeMap<(u8, String), (u64, u128)> = BTreeMap::new();
    // Pruned entries' postings stay in their segments; the entries no longer say them.
    let gone = c
        .query_opt("select sequences from pruned where org = $1", &[&org])
        .await?;
    let gone = crate::pruning::decode(gone.as_ref().map(|r| r.get::<_, &[u8]>(0)))?;
    for s in segments(c, org).await? {
        if s.first != out.covered + 1 || s.last < s.first {
            out.problem.get_or_insert(format!(
                "a segment holds sequences {} to {} after one that ends at {}",
                s.first, s.last, out.covered
            ));
        }
        out.covered = out.covered.max(s.last);
        let segment = match read(c, org, &s).await {
            Ok(segment) => segment,
            Err(e) => {
                out.problem.get_or_insert(format!(
                    "the segment of sequences {} to {} is unreadable ({e})",
                    s.first, s.last
                ));
                continue;
            }
        };
        if segment.times.len() as u64 != s.last - s.first + 1 {
            out.problem.get_or_insert(format!(
                "the segment of sequences {} to {} holds {} timestamps",
                s.first,
                s.last,
                segment.times.len()
            ));
        }
        for (k, set) in segment.sets {
            let (n, d) = terms.entry(k).or_default();
            for seq in set.iter().filter(|seq| !gone.contains(*seq)) {
                *n += 1;
                *d += crate::posting_digest(u64::from(seq), key);
            }
        }
        for (i, ts) in segment.times.into_iter().enumerate() {
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
