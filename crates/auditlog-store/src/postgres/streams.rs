//! Streams on PostgreSQL: the shared statements of `crate::streams`, renumbered as `$N`.

use async_trait::async_trait;
use tokio_postgres::types::ToSql;
use tokio_postgres::Row;

use auditlog_core::{OrgId, Timestamp};

use super::PostgresStore;
use crate::streams::{self, Arg, StreamChange, StreamRecord, StreamStore};
use crate::{Result, StoreError};

fn record(r: &Row) -> Option<StreamRecord> {
    Some(StreamRecord {
        org: OrgId::stored(r.get(0))?,
        id: r.get(1),
        config: r.get(2),
        paused: r.get(3),
        cursor: r.get::<_, i64>(4) as u64,
        delivered_at: r.get::<_, Option<i64>>(5).map(Timestamp::from_micros),
        failures: r.get::<_, i64>(6).clamp(0, u32::MAX as i64) as u32,
        last_error: r.get(7),
        last_error_at: r.get::<_, Option<i64>>(8).map(Timestamp::from_micros),
        created_at: Timestamp::from_micros(r.get(9)),
        last_batch: r.get::<_, i64>(10) as u64,
        replays: r.get::<_, i64>(11) as u64,
    })
}

/// `?N` parameters as PostgreSQL writes them.
fn numbered(sql: &str) -> String {
    sql.replace('?', "$")
}

#[async_trait]
impl StreamStore for PostgresStore {
    async fn create_stream(&self, stream: &StreamRecord) -> Result<()> {
        let ord = self
            .ordinal(&stream.org)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let client = self.pool.get().await?;
        let sql = format!("{} on conflict do nothing", numbered(streams::INSERT));
        let cursor = stream.cursor.min(i64::MAX as u64) as i64;
        let n = client
            .execute(
                &sql,
                &[
                    &ord,
                    &stream.id,
                    &stream.config,
                    &cursor,
                    &stream.created_at.micros(),
                ],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::Conflict);
        }
        Ok(())
    }

    async fn streams(&self, org: Option<&OrgId>) -> Result<Vec<StreamRecord>> {
        let client = self.pool.get().await?;
        let rows = match org {
            None => client.query(&numbered(&streams::select("")), &[]).await?,
            Some(org) => {
                let Some(ord) = self.ordinal(org).await? else {
                    return Ok(Vec::new());
                };
                client
                    .query(&numbered(&streams::select(streams::OF_ORG)), &[&ord])
                    .await?
            }
        };
        Ok(rows.iter().filter_map(record).collect())
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
        let sql = numbered(&format!("update streams set {set} returning id"));
        let bound: Vec<Box<dyn ToSql + Sync + Send>> = args
            .into_iter()
            .map(|a| -> Box<dyn ToSql + Sync + Send> {
                match a {
                    Arg::Int(n) => Box::new(n),
                    Arg::Text(s) => Box::new(s),
                }
            })
            .collect();
        let mut params: Vec<&(dyn ToSql + Sync)> = vec![&ord, &id];
        params.extend(bound.iter().map(|b| b.as_ref() as &(dyn ToSql + Sync)));
        let client = self.pool.get().await?;
        if client.query_opt(&sql, &params).await?.is_none() {
            return Ok(None);
        }
        let sql = numbered(&streams::select(streams::ONE));
        let row = client.query_opt(&sql, &[&ord, &id]).await?;
        Ok(row.as_ref().and_then(record))
    }

    async fn delete_stream(&self, org: &OrgId, id: &str) -> Result<bool> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(false);
        };
        let client = self.pool.get().await?;
        Ok(client
            .execute(&numbered(streams::DELETE), &[&ord, &id])
            .await?
            > 0)
    }
}
