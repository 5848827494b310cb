//! Listings from the postings on PostgreSQL: in one repeatable-read, read-only transaction, the
//! organization's tail caught up to what that snapshot holds (other servers write too), then
//! `postings::query` over tail and segments, then the page's entries by sequence. The query
//! code is synchronous, so it runs in a blocking task that waits on each read.

use std::sync::Arc;

use deadpool_postgres::Pool;
use deadpool_postgres::Transaction;
use roaring::RoaringBitmap;
use tokio::runtime::Handle;
use tokio_postgres::IsolationLevel;

use auditlog_core::{Entry, Filter, PageRequest, StoredEntry};

use super::bodies;
use super::segments::{entries_after, spans_of, SEGMENTS};
use super::stored::Segments;
use crate::body::Unpacker;
use crate::postings::stored::Span;
use crate::postings::stored::{Caches, Stored};
use crate::postings::tails::Tails;
use crate::postings::{self, MemoryIndex};
use crate::{FacetField, Page, Result, StoreError};

/// Where a listing reads: the pool, the tails this server keeps and the shared caches.
#[derive(Clone)]
pub(crate) struct Postings {
    pub(crate) pool: Pool,
    pub(crate) tails: Arc<Tails>,
    pub(crate) caches: Arc<Caches>,
    pub(crate) bodies: Arc<Unpacker>,
}

impl Postings {
    /// Runs `f` over the organization's postings as of one snapshot.
    async fn read<T, F>(&self, org: i64, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Handle, &Transaction<'_>, &Stored<'_, Segments<'_>>, &Unpacker) -> Result<T>
            + Send
            + 'static,
    {
        let mut client = self.pool.get().await?;
        let (tails, caches) = (self.tails.clone(), self.caches.clone());
        let bodies = self.bodies.clone();
        let runtime = Handle::current();
        tokio::task::spawn_blocking(move || {
            let tx = runtime.block_on(
                client
                    .build_transaction()
                    .isolation_level(IsolationLevel::RepeatableRead)
                    .read_only(true)
                    .start(),
            )?;
            // The segments, the tree's size and the pruned set in one round trip; the last
            // segment's end is where the tail begins.
            let (spans, head, pruned) = runtime.block_on(async {
                tokio::try_join!(biased; spans(&tx, org), tree_size(&tx, org),
                    super::pruning::of(&tx, org))
            })?;
            let covered = spans.last().map_or(0, |s| s.last);
            let tail =
                runtime.block_on(current_tail(&tx, &bodies, org, &tails, (covered, head)))?;
            let reader = Segments {
                tx: &tx,
                runtime: runtime.clone(),
                org,
                spans,
                pruned,
            };
            let src = Stored::open(reader, org, tail, &caches)?;
            let out = f(&runtime, &tx, &src, &bodies)?;
            drop(src);
            // Read only, so ending it either way is the same; dropped, it ends without a
            // round trip (the rollback is sent ahead of the connection's next use).
            drop(tx);
            Ok(out)
        })
        .await
        .map_err(|e| StoreError::Internal(e.to_string()))?
    }

    pub(crate) async fn list(&self, org: i64, filter: Filter, page: PageRequest) -> Result<Page> {
        self.read(org, move |runtime, tx, src, bodies| {
            let hits = postings::query(src, &filter, page)?;
            Ok(Page {
                entries: runtime.block_on(by_sequence(tx, bodies, org, &hits.sequences))?,
                total: hits.total,
                has_more: hits.has_more,
            })
        })
        .await
    }

    /// The entries matching `filter` after sequence `after`, in sequence order.
    pub(crate) async fn in_sequence(
        &self,
        org: i64,
        filter: Filter,
        after: u64,
        limit: u32,
    ) -> Result<Vec<Entry>> {
        self.read(org, move |runtime, tx, src, bodies| {
            let seqs = postings::in_sequence(src, &filter, after, limit as usize)?;
            crate::parsed(&runtime.block_on(by_sequence(tx, bodies, org, &seqs))?)
        })
        .await
    }

    /// A facet's counts ([`postings::facet`]).
    pub(crate) async fn facet(
        &self,
        org: i64,
        filter: Filter,
        field: FacetField,
    ) -> Result<Vec<(String, u64)>> {
        self.read(org, move |_, _, src, _| {
            postings::facet(src, &filter, field)
        })
        .await
    }

    /// Every entry matching `filter`, as a set ([`postings::matching`]).
    pub(crate) async fn matching(&self, org: i64, filter: Filter) -> Result<RoaringBitmap> {
        self.read(org, move |_, _, src, _| postings::matching(src, &filter))
            .await
    }

    /// Every entry dated `from..=to`, pruned or not ([`postings::dated`]).
    pub(crate) async fn dated(&self, org: i64, from: i64, to: i64) -> Result<RoaringBitmap> {
        self.read(org, move |_, _, src, _| postings::dated(src, from, to))
            .await
    }

    /// Whether any entry matches `filter`.
    pub(crate) async fn any(&self, org: i64, filter: Filter) -> Result<bool> {
        self.read(org, move |_, _, src, _| {
            Ok(!postings::in_sequence(src, &filter, 0, 1)?.is_empty())
        })
        .await
    }
}

async fn spans(tx: &Transaction<'_>, org: i64) -> Result<Vec<Span>> {
    let statement = tx.prepare_cached(SEGMENTS).await?;
    Ok(spans_of(&tx.query(&statement, &[&org]).await?))
}

async fn tree_size(tx: &Transaction<'_>, org: i64) -> Result<u64> {
    let statement = tx
        .prepare_cached("select size from trees where org = $1")
        .await?;
    Ok(tx
        .query_opt(&statement, &[&org])
        .await?
        .map_or(0, |r| r.get::<_, i64>(0) as u64))
}

/// The organization's tail as of the transaction's snapshot: the entries past its segments
/// (`covered`) up to its tree's size (`head`). The tail this server keeps is used when it
/// matches, extended when the snapshot holds more, and rebuilt when segments moved past it;
/// the result is kept if newer.
async fn current_tail(
    tx: &Transaction<'_>,
    bodies: &Unpacker,
    org: i64,
    tails: &Tails,
    (covered, head): (u64, u64),
) -> Result<Arc<MemoryIndex>> {
    let kept = tails.get(org);
    let tail = match kept {
        Some(t) if t.base() == covered && t.last() == head => return Ok(t),
        Some(t) if t.base() == covered && t.last() < head => {
            let more = entries_after(&**tx, bodies, org, t.last(), head).await?;
            let mut grown = (*t).clone();
            grown.append(&more);
            Arc::new(grown)
        }
        _ => Arc::new(entries_after(&**tx, bodies, org, covered, head).await?),
    };
    tails.offer(org, tail.clone());
    Ok(tail)
}

/// The entries of these sequences, in their order.
async fn by_sequence(
    tx: &Transaction<'_>,
    bodies: &Unpacker,
    org: i64,
    sequences: &[u64],
) -> Result<Vec<StoredEntry>> {
    let seqs: Vec<i64> = sequences.iter().map(|s| *s as i64).collect();
    // One probe of the sequence index per entry and month: `seq = any($2)` let the planner,
    // on a month's table not yet analyzed, read all the organization's rows in it instead
    // (`limit 1` keeps the subquery from being flattened into a join planned the same way).
    let statement = tx
        .prepare_cached(
            "select e.body, e.packed, e.hash, e.seq from unnest($2::bigint[]) as s(seq)
             cross join lateral (select body, packed, hash, seq from entries
                                 where org = $1 and seq = s.seq limit 1) e",
        )
        .await?;
    let rows = tx.query(&statement, &[&org, &seqs]).await?;
    let entries = bodies::unparsed(&**tx, bodies, org, &rows, 0).await?;
    let mut found: std::collections::HashMap<u64, StoredEntry> = rows
        .iter()
        .map(|r| r.get::<_, i64>(3) as u64)
        .zip(entries)
        .collect();
    sequences
        .iter()
        .map(|s| {
            found.remove(s).ok_or_else(|| {
                StoreError::Internal(format!("postings name entry {s}, which is missing"))
            })
        })
        .collect()
}
