//! One request's entries, written in the writer's transaction: sequence, canonical bytes, leaf
//! hash, packed body, the tree's new nodes, and the postings the group hands to the tail.

use std::sync::Arc;

use rusqlite::{params, OptionalExtension, Transaction};

use auditlog_core::canonical::leaf_hash;
use auditlog_core::merkle::Hash;
use auditlog_core::{Entry, Received, StoredEntry, Timestamp};

use super::bodies::{self, Stored};
use super::tree;
use super::writer::WriterState;
use crate::body::Unpacker;
use crate::postings::grouped::{Batch, Grouped};
use crate::ready::Ready;
use crate::{Appended, Result};

/// Appends `items` for one organization inside the current transaction. They come ready (see
/// [`crate::ready`]): here each gets its sequence and received time, spliced into its bytes, and
/// its leaf hash; the caller builds the stored entries from what this returns.
pub(crate) fn append(
    state: &mut WriterState,
    tx: &Transaction,
    org: i64,
    items: &[Ready],
    grouped: Option<&Arc<Grouped>>,
) -> Result<Vec<Appended>> {
    let received = Received::new(Timestamp::now());
    let received_at = received.at;
    let mut frontier = match state.frontiers.remove(&org) {
        Some(f) => f,
        None => tree::load_frontier(tx, org)?,
    };
    bodies::prepare(tx, &mut state.packer, org, frontier.size())?;
    let mut nodes: Vec<(u32, u64, Hash)> = Vec::new();
    let mut out = Vec::with_capacity(items.len());
    let first = frontier.size() + 1;
    // Whether the entries' postings are the grouped ones: every entry new, every day kept.
    let mut as_grouped = grouped.is_some();
    for item in items {
        let entry = item.prepared.entry();
        if let Some(key) = &entry.idempotency_key {
            if let Some(existing) = by_idempotency_key(tx, &state.packer.unpacker, org, key)? {
                out.push(Appended {
                    stored: existing,
                    created: false,
                });
                as_grouped = false;
                continue;
            }
        }
        let sequence = frontier.size() + 1;
        let body = item.prepared.bytes_at(sequence, &received);
        let leaf = leaf_hash(&body);
        insert(
            tx,
            org,
            sequence,
            entry,
            &leaf,
            &state.packer.pack(org, &body)?,
        )?;
        let timestamp = item.prepared.timestamp(received_at).micros();
        let stored = item.terms.stored_at(sequence, timestamp);
        as_grouped &= Arc::ptr_eq(&stored.terms, &item.terms.terms);
        state.postings.entry(org).or_default().push(stored);
        frontier.append(leaf, &mut nodes);
        out.push(Appended {
            stored: StoredEntry::new(body, &leaf),
            created: true,
        });
    }
    tree::write_nodes(tx, org, &nodes)?;
    if let (true, Some(grouped)) = (as_grouped, grouped) {
        state.runs.entry(org).or_default().push(Batch {
            first,
            grouped: grouped.clone(),
        });
    }
    state.frontiers.insert(org, frontier);
    Ok(out)
}

fn by_idempotency_key(
    tx: &Transaction,
    bodies: &Unpacker,
    org: i64,
    key: &str,
) -> Result<Option<StoredEntry>> {
    let mut stmt = tx
        .prepare_cached("select body, hash from entries where org = ?1 and idempotency_key = ?2")?;
    let row = stmt
        .query_row(params![org, key], |r| {
            Ok((r.get::<_, Stored>(0)?, r.get::<_, Vec<u8>>(1)?))
        })
        .optional()?;
    row.map(|(Stored(body), hash)| bodies::unparsed(tx, bodies, org, &body, &hash))
        .transpose()
}

/// Stores the entry's packed body; the columns that copied its fields for the SQL listing
/// (migration 0014) stay empty.
fn insert(
    tx: &Transaction,
    org: i64,
    sequence: u64,
    e: &Entry,
    leaf: &[u8; 32],
    packed: &[u8],
) -> Result<()> {
    tx.prepare_cached(
        "insert into entries (org, seq, id, ts, resource_type, resource_id, action, event,
                              user_id, idempotency_key, body, hash)
         values (?1, ?2, ?3, 0, '', '', '', '', '', ?4, ?5, ?6)",
    )?
    .execute(params![
        org,
        sequence,
        e.id,
        e.idempotency_key,
        packed,
        leaf.as_slice()
    ])?;
    Ok(())
}
