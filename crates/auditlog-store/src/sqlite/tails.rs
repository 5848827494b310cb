//! The writer's upkeep of the postings tails after a group: rebuilding a tail found out of
//! step with the entries, and writing a full one as a segment.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{Connection, Transaction};

use super::segments::{self, Tails};
use crate::body::Unpacker;
use crate::postings::{EntryTerms, MemoryIndex};
use crate::{Result, StoreError};

/// Writes the organization's tail as a segment, in a transaction of its own, once it holds
/// enough entries, and begins a new one: the segment is made from the tail's sets as they are.
/// Segments only derive from the entries: when this fails, the tail stays, to be sealed after
/// a later group.
pub(super) fn seal_if_full(
    conn: &mut Connection,
    tails: &Tails,
    org: i64,
    merges_due: &mut Vec<i64>,
) {
    let Some(tail) = tails.get(org).filter(|t| t.count() >= tails.flush) else {
        return;
    };
    let sealed = conn.transaction().map_err(StoreError::from).and_then(|tx| {
        let due = segments::seal(&tx, org, &tail)?;
        tx.commit()?;
        Ok(due)
    });
    match sealed {
        Ok(due) => {
            // The segment holds the tail's entries now; readers that took the tail before
            // still find them in it.
            tails.set(org, MemoryIndex::after(tail.last()));
            if due {
                merges_due.push(org);
            }
        }
        Err(e) => tracing::warn!(org, error = %e, "writing a postings segment failed"),
    }
}

/// Rebuilds from the entries, the group's included, each tail that does not end where the
/// group begins (never expected); returns the tails rebuilt.
pub(super) fn rebuild_stale(
    tx: &Transaction,
    tails: &Tails,
    postings: &BTreeMap<i64, Vec<EntryTerms>>,
) -> Result<HashMap<i64, MemoryIndex>> {
    let mut after = HashMap::new();
    for (&org, entries) in postings {
        let Some(first) = entries.first() else {
            continue;
        };
        let tail = tails.get(org);
        let follows = tail
            .as_ref()
            .map_or(first.sequence == segments::covered(tx, org)? + 1, |t| {
                t.last() + 1 == first.sequence
            });
        if !follows {
            tracing::warn!(
                org,
                "postings tail out of step with the entries; rebuilding it"
            );
            let bodies = Unpacker::default();
            let tail = segments::catch_up(tx, &bodies, org, Some(tails.flush))?;
            after.insert(org, tail);
        }
    }
    Ok(after)
}
