//! The PostgreSQL writer: one task per server process, group commit, and a row lock per
//! organization that serialises sequence assignment across every process sharing the database.
//!
//! A group locks the `org_heads` rows of all organizations it writes, in ordinal order (so two
//! processes can never deadlock), assigns sequences to every job, writes each table once per
//! organization with a multi-row insert, advances the heads, and commits once. Because the lock is held until commit, sequences are gapless and in
//! commit order, and an idempotency key is checked and claimed atomically across processes.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};
use tokio_postgres::Client;

use super::Target;

use auditlog_core::canonical::leaf_hash;
use auditlog_core::merkle::Frontier;
use auditlog_core::{Received, StoredEntry, Timestamp};

use super::rows::{Rows, Statements, Then};
use super::schema::{ensure_months, month_of, partitioned_months, Month};
use super::{bodies, segments, tree};
use crate::body::Packer;
use crate::metrics::StoreMetrics;
use crate::postings::grouped::{Batch, Grouped};
use crate::postings::tails::Tails;
use crate::postings::{EntryTerms, MemoryIndex};
use crate::ready::Ready;
use crate::{Appended, Result, StoreError};

/// Most appends folded into one transaction, to bound the latency of the first.
const MAX_GROUP: usize = 256;

type Reply = oneshot::Sender<Result<Vec<Appended>>>;

/// What the writer keeps between transactions, all of it dropped on any failure.
#[derive(Default)]
struct State {
    statements: Statements,
    packer: Packer,
    /// The right edge of each organization's tree as this writer last committed it: still
    /// right for the next group while the head row says the next sequence is its size + 1
    /// (sequences only grow, each under that row's lock), which saves reading it back.
    frontiers: HashMap<i64, Frontier>,
    /// Kept through failures: it counts them.
    metrics: StoreMetrics,
}

impl State {
    fn forget(&mut self) {
        self.statements = Statements::default();
        self.packer.forget();
        self.frontiers.clear();
    }
}

pub(crate) struct Job {
    pub org: i64,
    pub items: Vec<Ready>,
    /// The items' terms grouped, for a batch (see `postings::grouped`).
    pub grouped: Option<Arc<Grouped>>,
    pub reply: Reply,
}

pub(crate) fn spawn(
    target: Target,
    client: Client,
    tails: Arc<Tails>,
    metrics: StoreMetrics,
) -> mpsc::UnboundedSender<Job> {
    let (tx, mut rx) = mpsc::unbounded_channel::<Job>();
    tokio::spawn(async move {
        let mut client = Some(client);
        let mut state = State {
            metrics,
            ..State::default()
        };
        // Months whose partitions this writer made sure of.
        let mut months = HashSet::new();
        while let Some(first) = rx.recv().await {
            let mut group = vec![first];
            while group.len() < MAX_GROUP {
                match rx.try_recv() {
                    Ok(job) => group.push(job),
                    Err(_) => break,
                }
            }
            if client.as_ref().is_none_or(Client::is_closed) {
                client = connect(&target).await;
                state.forget();
            }
            let Some(c) = client.as_mut() else {
                for job in group {
                    let _ = job
                        .reply
                        .send(Err(StoreError::Internal("database unreachable".into())));
                }
                continue;
            };
            ensure_back_dated_partitions(c, &mut months, &group).await;
            run_group(c, &mut state, group, &tails).await;
        }
    });
    tx
}

/// Back-dated entries get their month's partition before they are written, so that a
/// back-filled history is split by month like live data instead of filling the default
/// partition. Once per month and process; a failure leaves the rows to the default partition.
async fn ensure_back_dated_partitions(
    client: &mut Client,
    done: &mut HashSet<Month>,
    group: &[Job],
) {
    let partitioned = partitioned_months();
    let needed: BTreeSet<Month> = group
        .iter()
        .flat_map(|job| &job.items)
        .filter_map(|item| month_of(item.prepared.entry().timestamp.micros()))
        .filter(|m| partitioned.contains(m) && !done.contains(m))
        .collect();
    if needed.is_empty() {
        return;
    }
    if let Err(e) = ensure_months(client, needed.iter().copied()).await {
        tracing::warn!(error = %e, "could not create the partitions of back-dated entries");
    }
    done.extend(needed);
}

async fn connect(target: &Target) -> Option<Client> {
    match target.connect().await {
        Ok(client) => Some(client),
        Err(e) => {
            tracing::error!(error = %e, "writer cannot connect");
            None
        }
    }
}

/// One append waiting in a group: its organization, items and their grouped terms.
type Work = (i64, Vec<Ready>, Option<Arc<Grouped>>);

async fn run_group(client: &mut Client, state: &mut State, group: Vec<Job>, tails: &Tails) {
    let (replies, works): (Vec<Reply>, Vec<Work>) = group
        .into_iter()
        .map(|j| (j.reply, (j.org, j.items, j.grouped)))
        .unzip();
    if works.len() == 1 {
        let result = attempt(client, state, works, tails)
            .await
            .map(|mut outs| outs.remove(0));
        if let Some(reply) = replies.into_iter().next() {
            let _ = reply.send(result);
        }
        return;
    }
    // Jobs are validated before they get here, so a group fails only on a database error;
    // then each job is retried alone, so that one bad job cannot fail the others.
    match attempt(client, state, works.clone(), tails).await {
        Ok(outs) => {
            for (reply, out) in replies.into_iter().zip(outs) {
                let _ = reply.send(Ok(out));
            }
        }
        // Full or read-only storage fails every job alike: answer them all at once.
        Err(e) if e.is_storage_fault() => {
            for reply in replies {
                let _ = reply.send(Err(e.clone()));
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, jobs = works.len(), "group failed; retrying its jobs one by one");
            for (reply, work) in replies.into_iter().zip(works) {
                let result = attempt(client, state, vec![work], tails)
                    .await
                    .map(|mut outs| outs.remove(0));
                let _ = reply.send(result);
            }
        }
    }
}

/// Appends every job in one transaction: one lock per organization, one idempotency lookup
/// and one multi-row insert per table per organization, whatever the number of jobs.
async fn attempt(
    client: &mut Client,
    state: &mut State,
    works: Vec<Work>,
    tails: &Tails,
) -> Result<Vec<Vec<Appended>>> {
    let began = std::time::Instant::now();
    let requests = works.len();
    let result = attempt_once(client, state, works, tails).await;
    if let Ok(outs) = &result {
        let made = outs.iter().flatten().filter(|a| a.created).count();
        state
            .metrics
            .committed(began.elapsed(), requests, made as u64);
    } else {
        state.metrics.rolled_back();
        // The transaction is begun and ended by hand (so that both travel with other
        // statements): whatever failed, it ends here, if it had not (else PostgreSQL only
        // warns). Whatever was prepared or learned in it is found again.
        if !client.is_closed() {
            let _ = client.batch_execute("rollback").await;
        }
        state.forget();
    }
    result
}

async fn attempt_once(
    client: &mut Client,
    state: &mut State,
    works: Vec<Work>,
    tails: &Tails,
) -> Result<Vec<Vec<Appended>>> {
    let State {
        statements: st,
        packer,
        frontiers,
        ..
    } = state;
    let c: &Client = client;
    let orgs: Vec<i64> = works
        .iter()
        .map(|w| w.0)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let heads_sql =
        "select org, next_seq from org_heads where org = any($1) order by org for update";
    let heads_sql = st.get(c, heads_sql).await?;
    // Begin and lock in one round trip.
    let params: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&orgs];
    let (_, rows) = tokio::try_join!(
        biased;
        c.batch_execute("begin"),
        c.query(&heads_sql, &params),
    )?;
    let mut heads: HashMap<i64, i64> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
    let mut trees: HashMap<i64, Frontier> = HashMap::new();
    let mut replayable: HashMap<(i64, String), StoredEntry> = HashMap::new();
    for org in &orgs {
        let next = *heads.get(org).ok_or(StoreError::UnknownOrganization)?;
        let frontier = match frontiers.remove(org) {
            Some(f) if f.size() + 1 == next as u64 => f,
            _ => tree::load_frontier(c, *org).await?,
        };
        bodies::prepare(c, packer, *org, frontier.size()).await?;
        trees.insert(*org, frontier);
        let keys: Vec<&str> = works
            .iter()
            .filter(|w| w.0 == *org)
            .flat_map(|w| {
                w.1.iter()
                    .filter_map(|e| e.prepared.entry().idempotency_key.as_deref())
            })
            .collect();
        if !keys.is_empty() {
            for (key, entry) in by_idempotency_keys(c, st, packer, *org, &keys).await? {
                replayable.insert((*org, key), entry);
            }
        }
    }
    let received = Received::new(Timestamp::now());
    let received_at = received.at;
    let mut pending: BTreeMap<i64, Rows> = BTreeMap::new();
    // The postings of the entries written, by organization, for segments and the tails.
    let mut fresh: BTreeMap<i64, Vec<EntryTerms>> = BTreeMap::new();
    let mut runs: BTreeMap<i64, Vec<Batch>> = BTreeMap::new();
    let mut outs = Vec::with_capacity(works.len());
    for (org, items, grouped) in works {
        let mut next = *heads.get(&org).ok_or(StoreError::UnknownOrganization)?;
        let first = next as u64;
        // Whether the entries' postings are the grouped ones: every entry new, every day kept.
        let mut as_grouped = grouped.is_some();
        let frontier = trees.entry(org).or_insert_with(Frontier::empty);
        let rows = pending.entry(org).or_default();
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let Some(key) = &item.prepared.entry().idempotency_key {
                if let Some(existing) = replayable.get(&(org, key.clone())) {
                    out.push(Appended {
                        stored: existing.clone(),
                        created: false,
                    });
                    as_grouped = false;
                    continue;
                }
            }
            let sequence = next as u64;
            let body = item.prepared.bytes_at(sequence, &received);
            let leaf = leaf_hash(&body);
            let timestamp = item.prepared.timestamp(received_at).micros();
            let entry = item.prepared.entry();
            let packed = packer.pack(org, &body)?;
            rows.push(entry, (sequence, timestamp), leaf, packed, frontier);
            let stored = item.terms.stored_at(sequence, timestamp);
            as_grouped &= Arc::ptr_eq(&stored.terms, &item.terms.terms);
            fresh.entry(org).or_default().push(stored);
            let stored = StoredEntry::new(body, &leaf);
            if let Some(key) = &entry.idempotency_key {
                replayable.insert((org, key.clone()), stored.clone());
            }
            next += 1;
            out.push(Appended {
                stored,
                created: true,
            });
        }
        if let (true, Some(grouped)) = (as_grouped, grouped) {
            runs.entry(org).or_default().push(Batch { first, grouped });
        }
        heads.insert(org, next);
        outs.push(out);
    }
    // A segment is due only where the entries since the last one reach the flush size. This
    // server's tail, when the group follows it, begins no later than the last segment ends
    // (another server may have sealed past it, never short of it): when it shows none due,
    // the commit travels with the writes; otherwise the transaction stays open for sealing.
    let may_seal = fresh.iter().any(|(org, terms)| {
        let (Some(first), Some(last)) = (terms.first(), terms.last()) else {
            return false;
        };
        match tails.get(*org) {
            Some(t) if t.last() + 1 == first.sequence => last.sequence - t.base() >= tails.flush,
            _ => true,
        }
    });
    let writes: Vec<(&i64, &Rows)> = pending.iter().filter(|(_, r)| !r.seq.is_empty()).collect();
    let mut covered = HashMap::new();
    for (i, (org, rows)) in writes.iter().enumerate() {
        let tree = trees.get(org).ok_or(StoreError::UnknownOrganization)?;
        let next = heads.get(org).copied().unwrap_or(1);
        let then = match (may_seal, i + 1 == writes.len()) {
            (true, _) => Then::ReadCovered,
            (false, true) => Then::Commit,
            (false, false) => Then::Nothing,
        };
        if let Some(reach) = rows.write(c, st, **org, (next, tree), then).await? {
            covered.insert(**org, reach);
        }
    }
    let mut sealed = Vec::new();
    if may_seal || writes.is_empty() {
        // Holding the organizations' head rows, this writer alone may seal their postings.
        for (org, terms) in &fresh {
            let covered = match covered.get(org) {
                Some(c) => *c,
                None => segments::covered(c, *org).await?,
            };
            let tail = tails.get(*org);
            let fresh = (terms.as_slice(), tail.as_deref());
            if segments::flush_if_full(c, *org, fresh, tails.flush, covered).await? {
                sealed.push(*org);
            }
        }
        c.batch_execute("commit").await?;
    }
    frontiers.extend(trees);
    // Only now may this server's readers find the entries in its tails.
    for (org, terms) in &fresh {
        let last = terms.last().map_or(0, |e| e.sequence);
        if sealed.contains(org) {
            tails.set(*org, MemoryIndex::after(last));
        } else if !tails.extend_if_follows(*org, terms, runs.get(org).map_or(&[], Vec::as_slice)) {
            // Another server wrote in between: readers catch the tail up from the entries.
            tails.forget(*org);
        }
    }
    Ok(outs)
}

/// The stored entries of those idempotency keys that exist.
async fn by_idempotency_keys(
    tx: &Client,
    st: &mut Statements,
    packer: &Packer,
    org: i64,
    keys: &[&str],
) -> Result<Vec<(String, StoredEntry)>> {
    let sql = st
        .get(
            tx,
            "select e.body, e.packed, e.hash, k.key from idempotency_keys k
             join entries e on e.org = k.org and e.ts = k.ts and e.seq = k.seq
             where k.org = $1 and k.key = any($2)",
        )
        .await?;
    let rows = tx.query(&sql, &[&org, &keys]).await?;
    let entries = bodies::unparsed(tx, &packer.unpacker, org, &rows, 0).await?;
    Ok(rows.iter().map(|r| r.get(3)).zip(entries).collect())
}
