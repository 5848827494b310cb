//! A listing from the postings: the page's sequences and exact total from `postings::query`
//! over the tail and the segments, then the page's entries by sequence. Each runs in one read
//! transaction; a store without a writer (read-only) reads its tail from the entries in it.

use std::rc::Rc;
use std::sync::Arc;

use roaring::RoaringBitmap;
use rusqlite::types::Value;
use rusqlite::Connection;

use auditlog_core::{Entry, Filter, PageRequest, StoredEntry};

use super::bodies::{self, Stored};
use super::segments;
use super::stored::Segments;
use crate::body::Unpacker;
use crate::postings::stored::{Caches, Stored as Postings};
use crate::postings::{self, MemoryIndex};
use crate::{FacetField, Page, Result, StoreError};

/// What a listing of one organization reads besides its connection.
pub(crate) struct Source {
    pub org: i64,
    /// The writer's tail; `None` in a store without a writer, which reads it from the entries.
    pub tail: Option<Arc<MemoryIndex>>,
    pub caches: Arc<Caches>,
    pub bodies: Arc<Unpacker>,
}

/// The postings of one read transaction.
fn stored<'a>(tx: &'a Connection, src: &'a Source) -> Result<Postings<'a, Segments<'a>>> {
    let tail = match &src.tail {
        Some(tail) => tail.clone(),
        None => Arc::new(segments::catch_up(tx, &src.bodies, src.org, None)?),
    };
    let org = src.org;
    Postings::open(Segments { c: tx, org }, org, tail, &src.caches)
}

pub(crate) fn list(
    c: &Connection,
    src: &Source,
    filter: &Filter,
    page: PageRequest,
) -> Result<Page> {
    // One read transaction: the segments as of one moment, no earlier than the tail taken.
    let tx = c.unchecked_transaction()?;
    let hits = postings::query(&stored(&tx, src)?, filter, page)?;
    Ok(Page {
        entries: by_sequence(&tx, src, &hits.sequences)?,
        total: hits.total,
        has_more: hits.has_more,
    })
}

/// The entries matching `filter` after sequence `after`, in sequence order (an export's block).
pub(crate) fn in_sequence(
    c: &Connection,
    src: &Source,
    filter: &Filter,
    after: u64,
    limit: u32,
) -> Result<Vec<Entry>> {
    let tx = c.unchecked_transaction()?;
    let seqs = postings::in_sequence(&stored(&tx, src)?, filter, after, limit as usize)?;
    crate::parsed(&by_sequence(&tx, src, &seqs)?)
}

/// A facet's counts ([`postings::facet`]).
pub(crate) fn facet(
    c: &Connection,
    src: &Source,
    filter: &Filter,
    field: FacetField,
) -> Result<Vec<(String, u64)>> {
    let tx = c.unchecked_transaction()?;
    postings::facet(&stored(&tx, src)?, filter, field)
}

/// Every entry matching `filter`, as a set ([`postings::matching`]).
pub(crate) fn matching(c: &Connection, src: &Source, filter: &Filter) -> Result<RoaringBitmap> {
    let tx = c.unchecked_transaction()?;
    postings::matching(&stored(&tx, src)?, filter)
}

/// Whether any entry matches `filter`.
pub(crate) fn any(c: &Connection, src: &Source, filter: &Filter) -> Result<bool> {
    let tx = c.unchecked_transaction()?;
    Ok(!postings::in_sequence(&stored(&tx, src)?, filter, 0, 1)?.is_empty())
}

/// The entries of these sequences, in their order.
fn by_sequence(c: &Connection, src: &Source, sequences: &[u64]) -> Result<Vec<StoredEntry>> {
    let seqs: Vec<Value> = sequences
        .iter()
        .map(|s| Value::Integer(*s as i64))
        .collect();
    let mut stmt = c.prepare_cached(
        "select seq, body, hash from entries where org = ?1 and seq in rarray(?2)",
    )?;
    let mut rows: Vec<(u64, StoredEntry)> = stmt
        .query_map(rusqlite::params![src.org, Rc::new(seqs)], |r| {
            Ok((
                r.get::<_, u64>(0)?,
                r.get::<_, Stored>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })?
        .map(|row| {
            let (seq, Stored(body), hash) = row?;
            Ok((
                seq,
                bodies::unparsed(c, &src.bodies, src.org, &body, &hash)?,
            ))
        })
        .collect::<Result<_>>()?;
    let mut entries = Vec::with_capacity(sequences.len());
    for seq in sequences {
        let at = rows.iter().position(|(s, _)| s == seq).ok_or_else(|| {
            StoreError::Internal(format!("postings name entry {seq}, which is missing"))
        })?;
        entries.push(rows.swap_remove(at).1);
    }
    Ok(entries)
}
