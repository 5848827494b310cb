//! Streams on SQLite: the shared statements of `crate::streams`, written through the writer.

use async_trait::async_trait;
use rusqlite::{params_from_iter, Row};

use auditlog_core::{OrgId, Timestamp};

use super::SqliteStore;
use crate::streams::{self, Arg, StreamChange, StreamRecord, StreamStore};
use crate::{Result, StoreError};

fn record(r: &Row) -> rusqlite::Result<Option<StreamRecord>> {
    let org: String = r.get(0)?;
    let Some(org) = OrgId::stored(&org) else {
        return Ok(None);
    };
    Ok(Some(StreamRecord {
        org,
        id: r.get(1)?,
        config: r.get(2)?,
        paused: r.get(3)?,
        cursor: r.get::<_, i64>(4)? as u64,
        delivered_at: r.get::<_, Option<i64>>(5)?.map(Timestamp::from_micros),
        failures: r.get::<_, i64>(6)?.clamp(0, u32::MAX as i64) as u32,
        last_error: r.get(7)?,
        last_error_at: r.get::<_, Option<i64>>(8)?.map(Timestamp::from_micros),
        created_at: Timestamp::from_micros(r.get(9)?),
        last_batch: r.get::<_, i64>(10)? as u64,
        replays: r.get::<_, i64>(11)? as u64,
    }))
}

fn bind(arg: &Arg) -> rusqlite::types::Value {
    match arg {
        Arg::Int(n) => (*n).into(),
        Arg::Text(s) => s.clone().into(),
    }
}

fn one(c: &rusqlite::Connection, ord: i64, id: &str) -> Result<Option<StreamRecord>> {
    let sql = streams::select(streams::ONE);
    let mut stmt = c.prepare_cached(&sql)?;
    let mut rows = stmt.query_map(rusqlite::params![ord, id], record)?;
    Ok(rows.next().transpose()?.flatten())
}

#[async_trait]
impl StreamStore for SqliteStore {
    async fn create_stream(&self, stream: &StreamRecord) -> Result<()> {
        let ord = self
            .ordinal(&stream.org)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let s = stream.clone();
        let sql = streams::INSERT.replace("insert into", "insert or ignore into");
        self.write(move |tx| {
            let n = tx.execute(
                &sql,
                rusqlite::params![
                    ord,
                    s.id,
                    s.config,
                    s.cursor.min(i64::MAX as u64) as i64,
                    s.created_at.micros()
                ],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict);
            }
            Ok(())
        })
        .await
    }

    async fn streams(&self, org: Option<&OrgId>) -> Result<Vec<StreamRecord>> {
        let ord = match org {
            None => None,
            Some(org) => match self.ordinal(org).await? {
                None => return Ok(Vec::new()),
                some => some,
            },
        };
        self.read(move |c| {
            let mut stmt = c.prepare_cached(&streams::select(if ord.is_some() {
                streams::OF_ORG
            } else {
                ""
            }))?;
            let rows = match ord {
                Some(ord) => stmt.query_map([ord], record)?.collect::<Vec<_>>(),
                None => stmt.query_map([], record)?.collect::<Vec<_>>(),
            };
            let rows = rows.into_iter().collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows.into_iter().flatten().collect())
        })
        .await
    }

    async fn change_stream(
        &self,
        org: &OrgId,
        id: &str,
        change: StreamChange,
    ) -> Result<Option<StreamRecord>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(None);
        };
        let (set, args) = streams::update(&change);
        let sql = format!("update streams set {set}");
        let id = id.to_owned();
        self.write(move |tx| {
            let mut values = vec![ord.into(), id.clone().into()];
            values.extend(args.iter().map(bind));
            if tx.execute(&sql, params_from_iter(values))? == 0 {
                return Ok(None);
            }
            one(tx, ord, &id)
        })
        .await
    }

    async fn delete_stream(&self, org: &OrgId, id: &str) -> Result<bool> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(false);
        };
        let id = id.to_owned();
        self.write(move |tx| Ok(tx.execute(streams::DELETE, rusqlite::params![ord, id])? > 0))
            .await
    }
}
