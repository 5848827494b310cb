//! Legal holds, one row each, released ones kept.

use rusqlite::{params, OptionalExtension, Row};

use auditlog_core::{OrgId, Timestamp};

use super::SqliteStore;
use crate::{LegalHold, Result, StoreError};

const COLUMNS: &str = "id, name, reason, filter, created_at, released_at";
const STANDING: &str = "select o.id, count(*) from legal_holds h
     join organizations o on o.ord = h.org
     where h.released_at is null group by o.id order by o.id";

fn hold_from_row(r: &Row) -> rusqlite::Result<LegalHold> {
    Ok(LegalHold {
        id: r.get(0)?,
        name: r.get(1)?,
        reason: r.get(2)?,
        filter: r.get(3)?,
        created_at: Timestamp::from_micros(r.get(4)?),
        released_at: r.get::<_, Option<i64>>(5)?.map(Timestamp::from_micros),
    })
}

pub(super) async fn create(store: &SqliteStore, org: &OrgId, hold: &LegalHold) -> Result<()> {
    let ord = store
        .ordinal(org)
        .await?
        .ok_or(StoreError::UnknownOrganization)?;
    let hold = hold.clone();
    store
        .write(move |tx| {
            tx.execute(
                "insert into legal_holds (org, id, name, reason, filter, created_at)
                 values (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    ord,
                    hold.id,
                    hold.name,
                    hold.reason,
                    hold.filter,
                    hold.created_at.micros()
                ],
            )?;
            Ok(())
        })
        .await
}

pub(super) async fn all(store: &SqliteStore, org: &OrgId) -> Result<Vec<LegalHold>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(Vec::new());
    };
    store
        .read(move |c| {
            let mut stmt = c.prepare_cached(&format!(
                "select {COLUMNS} from legal_holds where org = ?1 order by created_at, id"
            ))?;
            let rows = stmt.query_map([ord], hold_from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
}

pub(super) async fn release(
    store: &SqliteStore,
    org: &OrgId,
    id: &str,
    at: Timestamp,
) -> Result<Option<LegalHold>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(None);
    };
    let id = id.to_owned();
    store
        .write(move |tx| {
            tx.execute(
                "update legal_holds set released_at = ?3
                 where org = ?1 and id = ?2 and released_at is null",
                params![ord, id, at.micros()],
            )?;
            Ok(tx
                .query_row(
                    &format!("select {COLUMNS} from legal_holds where org = ?1 and id = ?2"),
                    params![ord, id],
                    hold_from_row,
                )
                .optional()?)
        })
        .await
}

pub(super) async fn standing(store: &SqliteStore) -> Result<Vec<(OrgId, u64)>> {
    store
        .read(|c| {
            let mut stmt = c.prepare_cached(STANDING)?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
            let rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows
                .into_iter()
                .filter_map(|(id, n)| Some((OrgId::stored(&id)?, n as u64)))
                .collect())
        })
        .await
}
