//! Retention on SQLite (see `crate::pruning`): policies, and pruning steps on the writer, each
//! in one transaction that empties the bodies due, grows the organization's pruned set and
//! stores the step's signed marker.

use async_trait::async_trait;
use roaring::RoaringBitmap;
use rusqlite::{params, Connection, OptionalExtension};

use auditlog_core::{Filter, OrgId, Timestamp};

use super::SqliteStore;
use crate::pruning::{decode, due, encode, guard, runs, MarkerSigner, PruneMarker, RetentionStore};
use crate::{Result, StoreError};

/// The organization's pruned set, as of `c`'s transaction.
pub(crate) fn of(c: &Connection, org: i64) -> Result<RoaringBitmap> {
    let stored: Option<Vec<u8>> = c
        .prepare_cached("select sequences from pruned where org = ?1")?
        .query_row([org], |r| r.get(0))
        .optional()?;
    decode(stored.as_deref())
}

/// The guard of the organization's policy and standing holds, as of `c`'s transaction.
fn current_guard(c: &Connection, org: i64) -> Result<String> {
    let policy: Option<String> = c
        .prepare_cached("select policy from retention_policies where org = ?1")?
        .query_row([org], |r| r.get(0))
        .optional()?;
    let holds = c
        .prepare_cached("select id from legal_holds where org = ?1 and released_at is null")?
        .query_map([org], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(guard(policy.as_deref(), &holds))
}

/// One pruning step, inside the writer's transaction (which every hold and policy change goes
/// through too); `None` when the guard no longer holds.
fn step(
    tx: &Connection,
    org: i64,
    wanted: &RoaringBitmap,
    sign: &MarkerSigner,
    expected: &str,
) -> Result<Option<RoaringBitmap>> {
    if current_guard(tx, org)? != expected {
        return Ok(None);
    }
    let sealed: i64 = tx.query_row(
        "select coalesce(max(last), 0) from segments where org = ?1",
        [org],
        |r| r.get(0),
    )?;
    let mut pruned = of(tx, org)?;
    let now = due(wanted, &pruned, sealed as u64);
    let (Some(first), Some(last)) = (now.min(), now.max()) else {
        return Ok(Some(now));
    };
    // Runs of sequences, one statement each: a prefix is one range.
    let mut empty = tx.prepare_cached(
        "update entries set body = x'', idempotency_key = null
         where org = ?1 and seq between ?2 and ?3",
    )?;
    for (from, to) in runs(&now) {
        empty.execute(params![org, from, to])?;
    }
    pruned |= &now;
    tx.prepare_cached(
        "insert into pruned (org, sequences, count) values (?1, ?2, ?3)
         on conflict (org) do update set sequences = excluded.sequences, count = excluded.count",
    )?
    .execute(params![org, encode(&pruned), pruned.len() as i64])?;
    let number: i64 = tx.query_row(
        "select coalesce(max(number), 0) + 1 from prune_markers where org = ?1",
        [org],
        |r| r.get(0),
    )?;
    tx.prepare_cached(
        "insert into prune_markers (org, number, first, last, count, note, created_at)
         values (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        org,
        number,
        first,
        last,
        now.len() as i64,
        sign(&now, number as u64),
        Timestamp::now().micros()
    ])?;
    Ok(Some(now))
}

#[async_trait]
impl RetentionStore for SqliteStore {
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
        let (wanted, guard) = (wanted.clone(), guard.to_owned());
        self.write(move |tx| step(tx, ord, &wanted, &sign, &guard))
            .await
    }

    async fn pruned(&self, org: &OrgId) -> Result<RoaringBitmap> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(RoaringBitmap::new());
        };
        self.read(move |c| of(c, ord)).await
    }

    async fn matching(&self, org: &OrgId, filter: &Filter) -> Result<RoaringBitmap> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(RoaringBitmap::new());
        };
        let (filter, src) = (filter.clone(), self.source(ord));
        self.read(move |c| super::listing::matching(c, &src, &filter))
            .await
    }

    async fn prune_markers(&self, org: &OrgId) -> Result<Vec<PruneMarker>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        self.read(move |c| {
            let mut stmt = c.prepare_cached(
                "select number, first, last, count, note, created_at from prune_markers
                 where org = ?1 order by number",
            )?;
            let rows = stmt.query_map([ord], |r| {
                Ok(PruneMarker {
                    number: r.get::<_, i64>(0)? as u64,
                    first: r.get::<_, i64>(1)? as u64,
                    last: r.get::<_, i64>(2)? as u64,
                    count: r.get::<_, i64>(3)? as u64,
                    note: r.get(4)?,
                    created_at: Timestamp::from_micros(r.get(5)?),
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn retention(&self, org: &OrgId) -> Result<Option<(String, Timestamp)>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(None);
        };
        self.read(move |c| {
            Ok(c.prepare_cached(
                "select policy, updated_at from retention_policies where org = ?1",
            )?
            .query_row([ord], |r| {
                Ok((r.get(0)?, Timestamp::from_micros(r.get(1)?)))
            })
            .optional()?)
        })
        .await
    }

    async fn set_retention(&self, org: &OrgId, policy: Option<&str>, at: Timestamp) -> Result<()> {
        let ord = self
            .ordinal(org)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let policy = policy.map(str::to_owned);
        self.write(move |tx| {
            match &policy {
                Some(p) => tx.execute(
                    "insert into retention_policies (org, policy, updated_at) values (?1, ?2, ?3)
                     on conflict (org) do update set policy = excluded.policy,
                                                     updated_at = excluded.updated_at",
                    params![ord, p, at.micros()],
                )?,
                None => tx.execute("delete from retention_policies where org = ?1", [ord])?,
            };
            Ok(())
        })
        .await
    }

    async fn retention_policies(&self) -> Result<Vec<(OrgId, String)>> {
        self.read(|c| {
            let mut stmt = c.prepare_cached(
                "select o.id, r.policy from retention_policies r
                 join organizations o on o.ord = r.org order by o.id",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
            let mut out = Vec::new();
            for row in rows {
                let (id, policy) = row?;
                if let Some(org) = OrgId::stored(&id) {
                    out.push((org, policy));
                }
            }
            Ok(out)
        })
        .await
    }
}
