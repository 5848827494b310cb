//! Legal holds, one row each, released ones kept.

use tokio_postgres::Row;

use auditlog_core::{OrgId, Timestamp};

use super::PostgresStore;
use crate::{LegalHold, Result, StoreError};

const COLUMNS: &str = "id, name, reason, filter, created_at, released_at";

fn hold_from_row(r: &Row) -> LegalHold {
    LegalHold {
        id: r.get(0),
        name: r.get(1),
        reason: r.get(2),
        filter: r.get(3),
        created_at: Timestamp::from_micros(r.get(4)),
        released_at: r.get::<_, Option<i64>>(5).map(Timestamp::from_micros),
    }
}

pub(super) async fn create(store: &PostgresStore, org: &OrgId, hold: &LegalHold) -> Result<()> {
    let ord = store
        .ordinal(org)
        .await?
        .ok_or(StoreError::UnknownOrganization)?;
    let mut client = store.pool.get().await?;
    // Under the organization's pruning lock: a step that decided without this hold has
    // committed, or will see it and stop.
    let tx = client.transaction().await?;
    super::pruning::lock(&tx, ord).await?;
    tx.execute(
        "insert into legal_holds (org, id, name, reason, filter, created_at)
             values ($1, $2, $3, $4, $5, $6)",
        &[
            &ord,
            &hold.id,
            &hold.name,
            &hold.reason,
            &hold.filter,
            &hold.created_at.micros(),
        ],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub(super) async fn all(store: &PostgresStore, org: &OrgId) -> Result<Vec<LegalHold>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(Vec::new());
    };
    let client = store.pool.get().await?;
    let rows = client
        .query(
            &format!("select {COLUMNS} from legal_holds where org = $1 order by created_at, id"),
            &[&ord],
        )
        .await?;
    Ok(rows.iter().map(hold_from_row).collect())
}

pub(super) async fn release(
    store: &PostgresStore,
    org: &OrgId,
    id: &str,
    at: Timestamp,
) -> Result<Option<LegalHold>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(None);
    };
    let client = store.pool.get().await?;
    // One statement: the release, then the row as it is after it (released now or before).
    let row = client
        .query_opt(
            &format!(
                "with released as (
                     update legal_holds set released_at = $3
                     where org = $1 and id = $2 and released_at is null
                     returning {COLUMNS})
                 select {COLUMNS} from released
                 union all
                 select {COLUMNS} from legal_holds
                 where org = $1 and id = $2 and not exists (select 1 from released)"
            ),
            &[&ord, &id, &at.micros()],
        )
        .await?;
    Ok(row.as_ref().map(hold_from_row))
}

pub(super) async fn standing(store: &PostgresStore) -> Result<Vec<(OrgId, u64)>> {
    let client = store.pool.get().await?;
    let rows = client
        .query(
            "select o.id, count(*) from legal_holds h
             join organizations o on o.ord = h.org
             where h.released_at is null group by o.id order by o.id",
            &[],
        )
        .await?;
    Ok(rows
        .iter()
        .filter_map(|r| Some((OrgId::stored(r.get(0))?, r.get::<_, i64>(1) as u64)))
        .collect())
}
