//! Retention on PostgreSQL (see `crate::pruning`): policies, and pruning steps, each in one
//! transaction under a lock of the organization's own (servers pruning at once take turns;
//! appends never wait on it) that grows the pruned set, drops the idempotency keys and stores
//! the step's signed marker. A step touches no entry: what the entries held goes afterwards,
//! by month where it can (`months.rs`), and until then they wait in the `awaiting` set, which
//! every read of rows leaves out as it leaves out the pruned.

use std::collections::HashMap;

use async_trait::async_trait;
use deadpool_postgres::{GenericClient, Transaction};
use roaring::RoaringBitmap;

use auditlog_core::{Filter, OrgId, Timestamp};

use super::PostgresStore;
use crate::pruning::{
    decode, due, encode, guard, MarkerSigner, PruneMarker, RetentionStore, Settled,
};
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

/// The organization's pruned entries whose rows still hold their content, as of `c`'s snapshot.
pub(crate) async fn awaiting(c: &impl GenericClient, org: i64) -> Result<RoaringBitmap> {
    let statement = c
        .prepare_cached("select awaiting from pruned where org = $1")
        .await?;
    let row = c.query_opt(&statement, &[&org]).await?;
    decode(row.as_ref().and_then(|r| r.get::<_, Option<&[u8]>>(0)))
}

/// Stores the organization's `awaiting` set; run under its pruning lock ([`lock`]).
pub(crate) async fn set_awaiting(
    tx: &impl GenericClient,
    org: i64,
    set: &RoaringBitmap,
) -> Result<()> {
    let stored = (!set.is_empty()).then(|| encode(set));
    tx.execute(
        "update pruned set awaiting = $2 where org = $1",
        &[&org, &stored],
    )
    .await?;
    Ok(())
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
    // Their rows stay as they are for now (see `months.rs`); an idempotency key must not
    // answer with a pruned entry.
    let sequences: Vec<i64> = now.iter().map(i64::from).collect();
    tx.execute(
        "delete from idempotency_keys where org = $1 and seq = any($2)",
        &[&org, &sequences],
    )
    .await?;
    let awaiting = awaiting(tx, org).await? | &now;
    pruned |= &now;
    tx.execute(
        "insert into pruned (org, sequences, count, awaiting) values ($1, $2, $3, $4)
         on conflict (org) do update set sequences = excluded.sequences, count = excluded.count,
                                         awaiting = excluded.awaiting",
        &[
            &org,
            &encode(&pruned),
            &(pruned.len() as i64),
            &encode(&awaiting),
        ],
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

#[async_trait]
impl RetentionStore for PostgresStore {
    async fn settle(
        &self,
        soon: &HashMap<OrgId, RoaringBitmap>,
        within: std::time::Duration,
    ) -> Result<Settled> {
        let mut by_ordinal = HashMap::new();
        for (org, set) in soon {
            if let Some(ord) = self.ordinal(org).await? {
                by_ordinal.insert(ord, set);
            }
        }
        super::months::settle(self, &by_ordinal, within).await
    }

    async fn awaiting_erasure(&self, org: &OrgId) -> Result<RoaringBitmap> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(RoaringBitmap::new());
        };
        let client = self.pool.get().await?;
        awaiting(&client, ord).await
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
