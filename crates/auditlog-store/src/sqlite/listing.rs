//! A listing from the postings: the page's sequences and exact total from `postings::query`
//! over the tail and the segments, then the page's entries by sequence. Each runs in one read
//! transaction; a store without a writer (read-only) reads its tail from the entries in it.

use std::rc::Rc;
use std::sync::Arc;

use rusqlite::types::Value;
use rusqlite::Connection;

use auditlog_core::{Entry, Filter, PageRequest};

use super::row_to_entry;
use super::segments;
use super::stored::Segments;
use crate::postings::stored::{Caches, Stored};
use crate::postings::{self, MemoryIndex};
use crate::{Page, Result, StoreError};

/// The postings of one read transaction: the writer's tail, or one read from the entries.
fn stored<'a>(
    tx: &'a Connection,
    org: i64,
    tail: Option<Arc<MemoryIndex>>,
    caches: &'a Caches,
) -> Result<Stored<'a, Segments<'a>>> {
    let tail = match tail {
        Some(tail) => tail,
        None => Arc::new(segments::catch_up(tx, org, None)?),
    };
    Stored::open(Segments { c: tx, org }, org, tail, caches)
}

pub(crate) fn list(
    c: &Connection,
    org: i64,
    tail: Option<Arc<MemoryIndex>>,
    caches: &Caches,
    filter: &Filter,
    page: PageRequest,
) -> Result<Page> {
    // One read transaction: the segments as of one moment, no earlier than the tail taken.
    let tx = c.unchecked_transaction()?;
    let hits = postings::query(&stored(&tx, org, tail, caches)?, filter, page)?;
    Ok(Page {
        entries: by_sequence(&tx, org, &hits.sequences)?,
        total: hits.total,
        has_more: hits.has_more,
    })
}

/// The entries matching `filter` after sequence `after`, in sequence order (an export's block).
pub(crate) fn in_sequence(
    c: &Connection,
    org: i64,
    tail: Option<Arc<MemoryIndex>>,
    caches: &Caches,
    filter: &Filter,
    after: u64,
    limit: u32,
) -> Result<Vec<Entry>> {
    let tx = c.unchecked_transaction()?;
    let src = stored(&tx, org, tail, caches)?;
    let seqs = postings::in_sequence(&src, filter, after, limit as usize)?;
    by_sequence(&tx, org, &seqs)
}

/// Whether any entry matches `filter`.
pub(crate) fn any(
    c: &Connection,
    org: i64,
    tail: Option<Arc<MemoryIndex>>,
    caches: &Caches,
    filter: &Filter,
) -> Result<bool> {
    let tx = c.unchecked_transaction()?;
    let src = stored(&tx, org, tail, caches)?;
    Ok(!postings::in_sequence(&src, filter, 0, 1)?.is_empty())
}

/// The entries of these sequences, in their order.
fn by_sequence(c: &Connection, org: i64, sequences: &[u64]) -> Result<Vec<Entry>> {
    let seqs: Vec<Value> = sequences
        .iter()
        .map(|s| Value::Integer(*s as i64))
        .collect();
    let mut stmt = c.prepare_cached(
        "select seq, body, hash from entries where org = ?1 and seq in rarray(?2)",
    )?;
    let mut rows: Vec<(u64, Entry)> = stmt
        .query_map(rusqlite::params![org, Rc::new(seqs)], |r| {
            Ok((
                r.get::<_, u64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })?
        .map(|row| {
            let (seq, body, hash) = row?;
            Ok((seq, row_to_entry(&body, &hash)?))
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
