//! Retention on PostgreSQL (see `crate::pruning`): policies, and pruning steps, each in one
//! transaction under a lock of the organization's own (servers pruning at once take turns;
//! appends never wait on it) that empties the bodies due, drops their idempotency keys, grows
//! the pruned set and stores the step's signed marker.

use async_trait::async_trait;
use deadpool_postgres::{GenericClient, Transaction};
use roaring::RoaringBitmap;

use auditlog_core::{Filter, OrgId, Timestamp};

use super::PostgresStore;
use crate::pruning::{decode, due, encode, guard, runs, MarkerSigner, PruneMarker, RetentionStore};
use crate::{Result, StoreError};

/// The first key of the advisory locks pruning takes; the second is the organization.
const PRUNING_LOCK: i32 = 0x7072_756e;

/// The organization's pruned set, as of `c`'s snapshot.
pub(crate) async fn of(c: &impl GenericClient, org: i64) -> Result<RoaringBitmap> {
    let statement = c
        .prepare_cached("select sequences from pruned where org = $1")
        .await?;
    let row = c.query_opt(&statement, &[&org]).await?;
    decode(row.as_ref().map(|r| r.get::<_, &[u8]>(0)))
}

/// Takes the organization's pruning lock for the rest of `tx`: steps, hold placements and
/// policy changes take it, so a step's guard stays true until it commits.
pub(crate) async fn lock(tx: &impl GenericClient, org: i64) -> Result<()> {
    tx.execute(
        "select pg_advisory_xact_lock($1, $2)",
        &[&PRUNING_LOCK, &(org as i32)],
    )
    .await?;
    Ok(())
}

/// One pruning step, inside `tx`; `None` when the guard no longer holds.
async fn step(
    tx: &Transaction<'_>,
    org: i64,
    wanted: &RoaringBitmap,
    sign: &MarkerSigner,
    expected: &str,
) -> Result<Option<RoaringBitmap>> {
    lock(tx, org).await?;
    let policy = tx
        .query_opt(
            "select policy from retention_policies where org = $1",
            &[&org],
        )
        .await?
        .map(|r| r.get::<_, String>(0));
    let holds: Vec<String> = tx
        .query(
            "select id from legal_holds where org = $1 and released_at is null",
            &[&org],
        )
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    if guard(policy.as_deref(), &holds) != expected {
        return Ok(None);
    }
    let sealed: i64 = tx
        .query_one(
            "select coalesce(max(last), 0) from segments where org = $1",
            &[&org],
        )
        .await?
        .get(0);
    let mut pruned = of(tx, org).await?;
    let now = due(wanted, &pruned, sealed as u64);
    let (Some(first), Some(last)) = (now.min(), now.max()) else {
        return Ok(Some(now));
    };
    for (from, to) in runs(&now) {
        let (from, to) = (i64::from(from), i64::from(to));
        tx.execute(
            "update entries set body = null, packed = null
             where org = $1 and seq between $2 and $3",
            &[&org, &from, &to],
        )
        .await?;
        tx.execute(
            "delete from idempotency_keys where org = $1 and seq between $2 and $3",
            &[&org, &from, &to],
        )
        .await?;
    }
    pruned |= &now;
    tx.execute(
        "insert into pruned (org, sequences, count) values ($1, $2, $3)
         on conflict (org) do update set sequences = excluded.sequences, count = excluded.count",
        &[&org, &encode(&pruned), &(pruned.len() as i64)],
    )
    .await?;
    let number: i64 = tx
        .query_one(
            "select coalesce(max(number), 0) + 1 from prune_markers where org = $1",
            &[&org],
        )
        .await?
        .get(0);
    tx.execute(
        "insert into prune_markers (org, number, first, last, count, note, created_at)
         values ($1, $2, $3, $4, $5, $6, $7)",
        &[
            &org,
            &number,
            &i64::from(first),
            &i64::from(last),
            &(now.len() as i64),
            &sign(&now, number as u64),
            &Timestamp::now().micros(),
        ],
    )
    .await?;
    Ok(Some(now))
}

/// The partitions of months before the current one, by name.
async fn past_months(c: &impl GenericClient) -> Result<Vec<String>> {
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
    let now = super::schema::month_now();
    Ok(rows
        .iter()
        .map(|r| r.get::<_, String>(0))
        .filter(|name| {
            let (y, m) = (name[9..13].parse::<i32>(), name[14..16].parse::<i32>());
            matches!((y, m), (Ok(y), Ok(m)) if y * 12 + m - 1 < now)
        })
        .collect())
}

/// Drops the partition `name` if every entry in it is pruned, its leaves copied to
/// `pruned_leaves` first. The parent table is locked only for a few index lookups and the
/// detach: the leaves are copied before, and what reached the partition since is found by
/// sequence (an organization's new entries always have higher ones) and by a partial index of
/// the entries kept.
async fn drop_if_pruned(store: &PostgresStore, name: &str) -> Result<bool> {
    let mut client = store.pool.get().await?;
    let kept =
        format!("select exists(select 1 from {name} where body is not null or packed is not null)");
    // Most months keep entries, and the scan stops at the first.
    if client.query_one(&kept, &[]).await?.get::<_, bool>(0) {
        return Ok(false);
    }
    // Empty but for rows that arrive from now on, so built at once; one a failed build left
    // invalid is built again, and a build kept waiting by old transactions gives up.
    let index = format!("{name}_kept");
    let invalid = client
        .query_opt(
            "select 1 from pg_index i join pg_class c on c.oid = i.indexrelid
             where c.relname = $1 and not i.indisvalid",
            &[&index],
        )
        .await?;
    if invalid.is_some() {
        client
            .batch_execute(&format!("drop index concurrently if exists {index}"))
            .await?;
    }
    client
        .batch_execute("set statement_timeout = '60s'")
        .await?;
    let built = client
        .batch_execute(&format!(
            "create index concurrently if not exists {index} on {name} (org, seq)
             where body is not null or packed is not null"
        ))
        .await;
    client.batch_execute("reset statement_timeout").await?;
    built?;
    let tx = client
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .start()
        .await?;
    if tx.query_one(&kept, &[]).await?.get::<_, bool>(0) {
        return Ok(false);
    }
    let reach = tx
        .query(
            &format!("select org, max(seq) from {name} group by org"),
            &[],
        )
        .await?;
    if reach.is_empty() {
        return Ok(false);
    }
    tx.execute(
        &format!(
            "insert into pruned_leaves (org, seq, id, hash)
             select org, seq, id, hash from {name} on conflict do nothing"
        ),
        &[],
    )
    .await?;
    tx.commit().await?;
    let (orgs, reached): (Vec<i64>, Vec<i64>) = reach
        .iter()
        .map(|r| (r.get::<_, i64>(0), r.get::<_, i64>(1)))
        .unzip();

    // Giving up, the copied leaves go: their rows stay.
    let forget =
        format!("delete from pruned_leaves l using {name} p where l.org = p.org and l.seq = p.seq");
    let tx = client.transaction().await?;
    tx.batch_execute("set local lock_timeout = '1s'").await?;
    let locked = tx
        .batch_execute("lock table entries in access exclusive mode")
        .await;
    let kept_meanwhile = match &locked {
        Ok(()) => tx.query_one(&kept, &[]).await?.get::<_, bool>(0),
        Err(_) => true,
    };
    if kept_meanwhile {
        tx.rollback().await?;
        client.batch_execute(&forget).await?;
        return match locked {
            Err(e) if e.code() != Some(&tokio_postgres::error::SqlState::LOCK_NOT_AVAILABLE) => {
                Err(e.into())
            }
            _ => Ok(false),
        };
    }
    tx.execute(
        &format!(
            "insert into pruned_leaves (org, seq, id, hash)
             select e.org, e.seq, e.id, e.hash from organizations o
             left join unnest($1::bigint[], $2::bigint[]) as m(org, reach) on m.org = o.ord
             cross join lateral (select org, seq, id, hash from {name} p
                                 where p.org = o.ord and p.seq > coalesce(m.reach, 0)) e
             on conflict do nothing"
        ),
        &[&orgs, &reached],
    )
    .await?;
    tx.batch_execute(&format!(
        "alter table entries detach partition {name}; drop table {name}"
    ))
    .await?;
    tx.commit().await?;
    Ok(true)
}

#[async_trait]
impl RetentionStore for PostgresStore {
    async fn drop_pruned_months(&self) -> Result<Vec<String>> {
        let client = self.pool.get().await?;
        let months = past_months(&client).await?;
        drop(client);
        let mut dropped = Vec::new();
        for name in months {
            if drop_if_pruned(self, &name).await? {
                tracing::info!(partition = %name, "retention: every entry of the month pruned; its partition dropped, its leaves kept");
                dropped.push(name);
            }
        }
        Ok(dropped)
    }

    async fn prune(
        &self,
        org: &OrgId,
        wanted: &RoaringBitmap,
        sign: MarkerSigner,
        guard: &str,
    ) -> Result<Option<RoaringBitmap>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Some(RoaringBitmap::new()));
        };
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let now = step(&tx, ord, wanted, &sign, guard).await?;
        tx.commit().await?;
        Ok(now)
    }

    async fn pruned(&self, org: &OrgId) -> Result<RoaringBitmap> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(RoaringBitmap::new());
        };
        let client = self.pool.get().await?;
        of(&client, ord).await
    }

    async fn matching(&self, org: &OrgId, filter: &Filter) -> Result<RoaringBitmap> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(RoaringBitmap::new());
        };
        self.postings.matching(ord, filter.clone()).await
    }

    async fn prune_markers(&self, org: &OrgId) -> Result<Vec<PruneMarker>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "select number, first, last, count, note, created_at from prune_markers
                 where org = $1 order by number",
                &[&ord],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| PruneMarker {
                number: r.get::<_, i64>(0) as u64,
                first: r.get::<_, i64>(1) as u64,
                last: r.get::<_, i64>(2) as u64,
                count: r.get::<_, i64>(3) as u64,
                note: r.get(4),
                created_at: Timestamp::from_micros(r.get(5)),
            })
            .collect())
    }

    async fn retention(&self, org: &OrgId) -> Result<Option<(String, Timestamp)>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(None);
        };
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "select policy, updated_at from retention_policies where org = $1",
                &[&ord],
            )
            .await?;
        Ok(row.map(|r| (r.get(0), Timestamp::from_micros(r.get(1)))))
    }

    async fn set_retention(&self, org: &OrgId, policy: Option<&str>, at: Timestamp) -> Result<()> {
        let ord = self
            .ordinal(org)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        lock(&tx, ord).await?;
        match policy {
            Some(p) => {
                tx.execute(
                    "insert into retention_policies (org, policy, updated_at)
                         values ($1, $2, $3)
                         on conflict (org) do update set policy = excluded.policy,
                                                         updated_at = excluded.updated_at",
                    &[&ord, &p, &at.micros()],
                )
                .await?
            }
            None => {
                tx.execute("delete from retention_policies where org = $1", &[&ord])
                    .await?
            }
        };
        tx.commit().await?;
        Ok(())
    }

    async fn retention_policies(&self) -> Result<Vec<(OrgId, String)>> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "select o.id, r.policy from retention_policies r
                 join organizations o on o.ord = r.org order by o.id",
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| Some((OrgId::stored(r.get(0))?, r.get(1))))
            .collect())
    }
}
