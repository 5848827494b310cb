//! Legal holds, one row each, released ones kept.

use rusqlite::{params, OptionalExtension, Row};

use auditlog_core::{OrgId, Timestamp};

use super::SqliteStore;
use crate::{LegalHold, Result, StoreError};

const COLUMNS: &str = "id, name, reason, filter, created_at, released_at";

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
