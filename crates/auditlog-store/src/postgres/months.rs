//! What pruning leaves stored on PostgreSQL, removed after a pass's steps (`settle`). Entries
//! are kept a month to a partition, so a past month whose every entry is pruned is detached and
//! dropped whole, its leaves kept, and no row of it is ever rewritten. Pruned entries of a month
//! that will be wholly pruned within the caller's horizon wait for that; the rest, in months
//! that keep entries, are emptied row by row.
//!
//! Whether a month is wholly pruned is found from the index (its entries are those dated in
//! it) and then confirmed row by row from the table itself before anything is dropped: rows
//! arriving meanwhile have higher sequences than any seen (an organization's sequences grow in
//! commit order), so under the table's lock a probe per organization finds them.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::time::{Duration, Instant};

use deadpool_postgres::GenericClient;
use roaring::RoaringBitmap;
use tokio_postgres::error::SqlState;
use tokio_postgres::IsolationLevel;

use super::pruning::{awaiting, lock, of, set_awaiting};
use super::schema::{month_now, month_start_micros, Month};
use super::segments::covered;
use super::PostgresStore;
use crate::pruning::{runs, Settled};
use crate::{Result, StoreError};

/// The advisory lock one server settles under at a time (the others wait, then find little
/// or nothing left). Taken for a transaction that stays open while settling, so that it holds
/// behind a transaction pooler too and goes with the connection if the server does.
const SETTLING_LOCK: i64 = 0x7365_7474_6c65;

/// At most this many rows emptied in one transaction.
const EMPTIED_PER_STEP: usize = 10_000;

/// A month's partition.
struct MonthTable {
    name: String,
    month: Month,
}

impl MonthTable {
    /// Its timestamps, `from..=to` in microseconds.
    fn dates(&self) -> Result<(i64, i64)> {
        Ok((
            month_start_micros(self.month)?,
            month_start_micros(self.month + 1)? - 1,
        ))
    }
}

/// What became of a month's pruned rows.
enum Fate {
    Dropped(HashMap<i64, RoaringBitmap>),
    /// They wait for the month to be dropped whole (its rows, by organization).
    Wait(Vec<(i64, RoaringBitmap)>),
    /// They are emptied now.
    Empty,
}

/// Removes what pruning left stored (see the module's comment); `soon` holds, per organization
/// (by ordinal), what its policy will prune `within` the caller's horizon.
pub(crate) async fn settle(
    store: &PostgresStore,
    soon: &HashMap<i64, &RoaringBitmap>,
    within: Duration,
) -> Result<Settled> {
    let mut client = store.pool.get().await?;
    let held = client.transaction().await?;
    held.execute("select pg_advisory_xact_lock($1)", &[&SETTLING_LOCK])
        .await?;
    let settled = settle_locked(store, (soon, within)).await;
    held.commit().await?;
    settled
}

async fn settle_locked(
    store: &PostgresStore,
    (soon, within): (&HashMap<i64, &RoaringBitmap>, Duration),
) -> Result<Settled> {
    let client = store.pool.get().await?;
    let mut left: HashMap<i64, RoaringBitmap> = HashMap::new();
    for row in client
        .query(
            "select org, awaiting from pruned where awaiting is not null",
            &[],
        )
        .await?
    {
        let set = crate::pruning::decode(Some(row.get::<_, &[u8]>(1)))?;
        if !set.is_empty() {
            left.insert(row.get(0), set);
        }
    }
    let mut settled = Settled::default();
    if left.is_empty() {
        return Ok(settled);
    }
    let mut waiting: HashMap<i64, RoaringBitmap> = HashMap::new();
    let mut known = Known::new();
    for table in month_tables(&client).await? {
        // A month that cannot be settled now (an error) has its pruned rows emptied below,
        // which is always right; the others go on.
        let fate = match fate(store, &client, (&table, &mut known), &left, (soon, within)).await {
            Ok(fate) => fate,
            Err(e) => {
                tracing::error!(partition = %table.name, error = %e, "retention: cannot settle the month; its pruned rows are emptied");
                Fate::Empty
            }
        };
        match fate {
            Fate::Dropped(gone) => {
                tracing::info!(partition = %table.name, "retention: every entry of the month pruned; its partition dropped, its leaves kept");
                settled.dropped.push(table.name);
                for (org, rows) in gone {
                    if let Some(set) = left.get_mut(&org) {
                        *set -= rows;
                    }
                }
            }
            Fate::Wait(here) => {
                for (org, dated) in here {
                    if let Some(set) = left.get(&org) {
                        *waiting.entry(org).or_default() |= set & &dated;
                    }
                }
            }
            Fate::Empty => {}
        }
    }
    for (org, set) in left {
        let wait = waiting.remove(&org).unwrap_or_default();
        settled.waiting += wait.len();
        let now = set - wait;
        empty_rows(store, org, &now).await?;
        settled.emptied += now.len();
    }
    Ok(settled)
}

/// An organization's pruned set and how far its segments reach, read once per settling.
type Known = HashMap<i64, (RoaringBitmap, u64)>;

/// What becomes of the pruned rows of `table`, given each organization's rows `left` to
/// settle: dropped with the month when every entry of it is pruned; waiting when the rest of
/// it will be pruned soon (`within`), for twice that at most; emptied otherwise. Entries not
/// yet sealed are never pruned, so one among the rest keeps the month from waiting (an
/// organization that writes little could keep it waiting for ever).
async fn fate(
    store: &PostgresStore,
    c: &deadpool_postgres::Client,
    (table, known): (&MonthTable, &mut Known),
    left: &HashMap<i64, RoaringBitmap>,
    (soon, within): (&HashMap<i64, &RoaringBitmap>, Duration),
) -> Result<Fate> {
    let orgs = organizations_in(c, &table.name).await?;
    if !orgs.iter().any(|o| left.contains_key(o)) {
        return Ok(Fate::Empty);
    }
    let (from, to) = table.dates()?;
    let (mut wholly, mut soon_enough) = (true, true);
    let mut here: Vec<(i64, RoaringBitmap)> = Vec::new();
    for &org in &orgs {
        let dated = store.postings.dated(org, from, to).await?;
        if let Entry::Vacant(slot) = known.entry(org) {
            slot.insert((of(c, org).await?, covered(&***c, org).await?));
        }
        let (pruned, sealed) = &known[&org];
        let kept = &dated - pruned;
        wholly &= kept.is_empty();
        soon_enough &= kept.is_empty()
            || (kept.max().is_some_and(|m| u64::from(m) <= *sealed)
                && soon.get(&org).is_some_and(|s| kept.is_subset(s)));
        here.push((org, dated));
    }
    let fate = if !wholly || table.month >= month_now() {
        if soon_enough {
            Fate::Wait(here)
        } else {
            Fate::Empty
        }
    } else {
        match drop_month(store, &table.name).await {
            Ok(Some(gone)) => Fate::Dropped(gone),
            // Kept from dropping (a lock not had in time, rows that just arrived, an error):
            // its rows wait for the next pass.
            Ok(None) => Fate::Wait(here),
            Err(e) => {
                tracing::error!(partition = %table.name, error = %e, "retention: cannot drop the month");
                Fate::Wait(here)
            }
        }
    };
    // However things turn out, no month's pruned rows wait much longer than the horizon.
    let mut since = store
        .waiting_since
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    Ok(match fate {
        Fate::Wait(_) => {
            let started = *since.entry(table.name.clone()).or_insert_with(Instant::now);
            if started.elapsed() >= within * 2 {
                since.remove(&table.name);
                Fate::Empty
            } else {
                fate
            }
        }
        _ => {
            since.remove(&table.name);
            fate
        }
    })
}

/// The partitions of the current month and those before it, oldest first.
async fn month_tables(c: &impl GenericClient) -> Result<Vec<MonthTable>> {
    let rows = c
        .query(
            "select c.relname::text from pg_inherits i
             join pg_class c on c.oid = i.inhrelid
             join pg_class p on p.oid = i.inhparent
             join pg_namespace n on n.oid = p.relnamespace
             where p.relname = 'entries' and n.nspname = current_schema()
               and c.relname ~ '^entries_y[0-9]{4}m[0-9]{2}$'
             order by 1",
            &[],
        )
        .await?;
    let now = month_now();
    Ok(rows
        .iter()
        .filter_map(|r| {
            let name: String = r.get(0);
            let (y, m) = (
                name[9..13].parse::<i32>().ok()?,
                name[14..16].parse::<i32>().ok()?,
            );
            let month = y * 12 + m - 1;
            (month <= now).then_some(MonthTable { name, month })
        })
        .collect())
}

/// The organizations with rows in the partition, one index probe each.
async fn organizations_in(c: &impl GenericClient, table: &str) -> Result<Vec<i64>> {
    let rows = c
        .query(
            &format!(
                "with recursive o(org) as (
                     select min(org) from {table}
                     union all
                     select (select min(org) from {table} where org > o.org) from o
                     where o.org is not null)
                 select org from o where org is not null"
            ),
            &[],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Drops the partition `table` if every row in it is pruned, its leaves copied to
/// `pruned_leaves` first, and takes its rows out of their organizations' `awaiting` sets; the
/// rows it held by organization, or `None` when it stays. The parent table is locked only for
/// a probe per organization and the detach.
async fn drop_month(
    store: &PostgresStore,
    table: &str,
) -> Result<Option<HashMap<i64, RoaringBitmap>>> {
    let mut client = store.pool.get().await?;
    let tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .start()
        .await?;
    let mut pruned = HashMap::new();
    for org in organizations_in(&tx, table).await? {
        pruned.insert(org, of(&tx, org).await?);
    }
    let mut rows: HashMap<i64, RoaringBitmap> = HashMap::new();
    let statement = tx.prepare(&format!("select org, seq from {table}")).await?;
    let portal = tx.bind(&statement, &[]).await?;
    loop {
        let part = tx.query_portal(&portal, 50_000).await?;
        if part.is_empty() {
            break;
        }
        for row in part {
            let (org, seq): (i64, i64) = (row.get(0), row.get(1));
            let seq = u32::try_from(seq)
                .map_err(|_| StoreError::Internal("a sequence past 2³²".into()))?;
            if !pruned.get(&org).is_some_and(|p| p.contains(seq)) {
                return Ok(None);
            }
            rows.entry(org).or_default().insert(seq);
        }
    }
    if rows.is_empty() {
        return Ok(None);
    }
    tx.execute(
        &format!(
            "insert into pruned_leaves (org, seq, id, hash)
             select org, seq, id, hash from {table} on conflict do nothing"
        ),
        &[],
    )
    .await?;
    tx.commit().await?;

    // Given up, the copied leaves stay: every reader lets a row win over its leaf, and the
    // next attempt finds them copied.
    Ok(detach(&mut client, table, &rows).await?.then_some(rows))
}

/// Under the parent's lock, waiting at most a second for it: unless rows reached the
/// partition since `rows` were read, detaches and drops it and takes `rows` out of the
/// `awaiting` sets. Whether it did.
async fn detach(
    client: &mut deadpool_postgres::Client,
    table: &str,
    rows: &HashMap<i64, RoaringBitmap>,
) -> Result<bool> {
    let (orgs, reached): (Vec<i64>, Vec<i64>) = rows
        .iter()
        .map(|(org, set)| (*org, i64::from(set.max().unwrap_or(0))))
        .unzip();
    let tx = client.transaction().await?;
    // The organizations' locks first (a pruning step holds one only briefly and never waits
    // for the table), then the table's, waiting for it at most a second.
    let mut orgs_in_order: Vec<i64> = rows.keys().copied().collect();
    orgs_in_order.sort_unstable();
    for org in &orgs_in_order {
        lock(&tx, *org).await?;
    }
    let locked = tx
        .batch_execute("set local lock_timeout = '1s'; lock table entries in access exclusive mode")
        .await;
    match locked {
        Err(e) if e.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) => return Ok(false),
        other => other?,
    }
    let arrived: bool = tx
        .query_one(
            &format!(
                "select exists(
                     select 1 from organizations o
                     left join unnest($1::bigint[], $2::bigint[]) as m(org, reach) on m.org = o.ord
                     cross join lateral (select 1 from {table} p
                                         where p.org = o.ord and p.seq > coalesce(m.reach, 0)
                                         limit 1) e)"
            ),
            &[&orgs, &reached],
        )
        .await?
        .get(0);
    if arrived {
        return Ok(false);
    }
    tx.batch_execute(&format!(
        "alter table entries detach partition {table}; drop table {table}"
    ))
    .await?;
    for org in &orgs_in_order {
        let left = awaiting(&tx, *org).await? - &rows[org];
        set_awaiting(&tx, *org, &left).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Empties the rows of these pruned entries of the organization, a bounded step at a time, and
/// takes them out of its `awaiting` set.
async fn empty_rows(store: &PostgresStore, org: i64, set: &RoaringBitmap) -> Result<()> {
    let sequences: Vec<u32> = set.iter().collect();
    for step in sequences.chunks(EMPTIED_PER_STEP) {
        let step: RoaringBitmap = step.iter().copied().collect();
        let (first, last): (Vec<i64>, Vec<i64>) = runs(&step)
            .into_iter()
            .map(|(a, b)| (i64::from(a), i64::from(b)))
            .unzip();
        let mut client = store.pool.get().await?;
        let tx = client.transaction().await?;
        lock(&tx, org).await?;
        tx.execute(
            "update entries e set body = null, packed = null
             from unnest($2::bigint[], $3::bigint[]) as r(first, last)
             where e.org = $1 and e.seq between r.first and r.last",
            &[&org, &first, &last],
        )
        .await?;
        let left = awaiting(&tx, org).await? - &step;
        set_awaiting(&tx, org, &left).await?;
        tx.commit().await?;
    }
    Ok(())
}
