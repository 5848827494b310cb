//! A listing from the postings: the page's sequences and exact total from `postings::query`
//! over the tail and the segments, then the page's entries by sequence.

use std::rc::Rc;
use std::sync::Arc;

use rusqlite::types::Value;
use rusqlite::Connection;

use auditlog_core::{Filter, PageRequest};

use super::row_to_entry;
use super::segments::Stored;
use crate::postings::{self, MemoryIndex};
use crate::{Page, Result, StoreError};

pub(crate) fn list(
    c: &Connection,
    org: i64,
    tail: Arc<MemoryIndex>,
    filter: &Filter,
    page: PageRequest,
) -> Result<Page> {
    // One read transaction: the segments as of one moment, no earlier than the tail taken.
    let tx = c.unchecked_transaction()?;
    let hits = postings::query(&Stored::open(&tx, org, tail)?, filter, page)?;
    let seqs: Vec<Value> = hits
        .sequences
        .iter()
        .map(|s| Value::Integer(*s as i64))
        .collect();
    let mut stmt = tx.prepare_cached(
        "select seq, body, hash from entries where org = ?1 and seq in rarray(?2)",
    )?;
    let mut rows: Vec<(u64, crate::Entry)> = stmt
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
    let mut entries = Vec::with_capacity(hits.sequences.len());
    for seq in &hits.sequences {
        let at = rows.iter().position(|(s, _)| s == seq).ok_or_else(|| {
            StoreError::Internal(format!("postings name entry {seq}, which is missing"))
        })?;
        entries.push(rows.swap_remove(at).1);
    }
    Ok(Page {
        entries,
        total: hits.total,
        has_more: hits.has_more,
    })
}
