//! PostgreSQL: several stateless servers share one database. Reads use a small connection
//! pool; appends go through one group-commit writer per process (see `writer`).

mod bodies;
mod check;
mod connect;
mod holds;
mod listing;
mod months;
mod open;
mod pruning;
mod rows;
mod schema;
mod segments;
mod stored;
mod streams;
mod tenants;
mod tls;
mod tree;
mod writer;

pub use connect::{Target, TlsMode};
pub use open::Options;

use std::sync::Arc;

use async_trait::async_trait;
use deadpool_postgres::Pool;
use tokio::sync::{mpsc, oneshot};

use auditlog_core::{Entry, Filter, NewEntry, OrgId, PageRequest, Timestamp};

use auditlog_core::merkle::Hash;

use crate::body::Unpacker;
use crate::keys::KeyCache;
use crate::metrics::StoreMetrics;
use crate::organizations::Organizations;
use crate::{
    ApiKey, Appended, FacetField, LegalHold, NewApiKey, Organization, Page, RawEntry, Result,
    SignedCheckpoint, Store, StoreError, TreeHead,
};

pub struct PostgresStore {
    pool: Pool,
    /// Listings, exports with filters and history's check, from the postings.
    postings: listing::Postings,
    /// `None` when connected read-only.
    writer: Option<mpsc::UnboundedSender<writer::Job>>,
    orgs: Organizations,
    /// Live keys, cached while this server hears every revocation (`listen_for_revocations`).
    keys: Arc<KeyCache>,
    /// Entry ids: `log_` + a ULID, increasing within a millisecond.
    ids: std::sync::Mutex<ulid::Generator>,
    /// The dictionaries the readers have unpacked bodies with.
    bodies: Arc<Unpacker>,
    metrics: StoreMetrics,
    /// The months whose pruned rows wait to go with the whole month, since when (`months.rs`).
    waiting_since: std::sync::Mutex<std::collections::HashMap<String, std::time::Instant>>,
}

impl PostgresStore {
    async fn lookup_org(&self, org: &OrgId) -> Result<Option<(i64, Organization)>> {
        self.orgs
            .get_or_load(org, || async {
                let client = self.pool.get().await?;
                let stmt = client
                    .prepare_cached("select ord, name, created_at from organizations where id = $1")
                    .await?;
                let row = client.query_opt(&stmt, &[&org.as_str()]).await?;
                Ok(row.map(|r| {
                    (
                        r.get::<_, i64>(0),
                        Organization {
                            id: org.clone(),
                            name: r.get(1),
                            created_at: Timestamp::from_micros(r.get(2)),
                        },
                    )
                }))
            })
            .await
    }

    async fn ordinal(&self, org: &OrgId) -> Result<Option<i64>> {
        Ok(self.lookup_org(org).await?.map(|(ord, _)| ord))
    }
}

#[async_trait]
impl Store for PostgresStore {
    async fn create_organization(&self, org: &Organization) -> Result<()> {
        tenants::create_organization(self, org).await
    }

    async fn organization(&self, id: &OrgId) -> Result<Option<Organization>> {
        Ok(self.lookup_org(id).await?.map(|(_, o)| o))
    }

    async fn organizations(&self) -> Result<Vec<Organization>> {
        tenants::organizations(self).await
    }

    async fn create_api_key(&self, key: &NewApiKey) -> Result<()> {
        tenants::create_api_key(self, key).await
    }

    async fn api_keys(&self, org: &OrgId) -> Result<Vec<ApiKey>> {
        tenants::api_keys(self, org).await
    }

    async fn revoke_api_key(&self, org: &OrgId, key_id: &str) -> Result<bool> {
        // PostgreSQL text cannot hold NUL, so no key has such an id.
        if key_id.contains('\0') {
            return Ok(false);
        }
        tenants::revoke_api_key(self, org, key_id).await
    }

    async fn api_key_by_secret_hash(&self, secret_hash: &[u8; 32]) -> Result<Option<ApiKey>> {
        tenants::api_key_by_secret_hash(self, secret_hash).await
    }

    async fn setting(&self, name: &str) -> Result<Option<String>> {
        tenants::setting(self, name).await
    }

    async fn insert_setting(&self, name: &str, value: &str) -> Result<bool> {
        tenants::insert_setting(self, name, value).await
    }

    async fn replace_setting(&self, name: &str, value: &str) -> Result<()> {
        tenants::replace_setting(self, name, value).await
    }

    #[tracing::instrument(skip_all, fields(org = %org, items = items.len()))]
    async fn append(&self, org: &OrgId, items: Vec<NewEntry>) -> Result<Vec<Appended>> {
        let ord = self
            .ordinal(org)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let items = crate::ready::prepare(&self.ids, org, items)?;
        let grouped = crate::ready::grouped(&items);
        let (reply, answer) = oneshot::channel();
        self.writer
            .as_ref()
            .ok_or(StoreError::ReadOnly)?
            .send(writer::Job {
                org: ord,
                items,
                grouped,
                reply,
            })
            .map_err(|_| StoreError::Internal("writer stopped".into()))?;
        answer
            .await
            .map_err(|_| StoreError::Internal("writer dropped the request".into()))?
    }

    async fn ping(&self) -> Result<()> {
        self.pool.get().await?.simple_query("select 1").await?;
        Ok(())
    }

    fn metrics(&self) -> &StoreMetrics {
        &self.metrics
    }

    async fn create_hold(&self, org: &OrgId, hold: &LegalHold) -> Result<()> {
        holds::create(self, org, hold).await
    }

    async fn holds(&self, org: &OrgId) -> Result<Vec<LegalHold>> {
        holds::all(self, org).await
    }

    async fn release_hold(
        &self,
        org: &OrgId,
        id: &str,
        at: Timestamp,
    ) -> Result<Option<LegalHold>> {
        holds::release(self, org, id, at).await
    }

    async fn standing_holds(&self) -> Result<Vec<(OrgId, u64)>> {
        holds::standing(self).await
    }

    async fn engine_check(&self) -> Result<crate::EngineCheck> {
        check::amcheck(&**self.pool.get().await?).await
    }

    async fn checkpoints_ahead(&self) -> Result<Vec<crate::CheckpointAhead>> {
        check::checkpoints_ahead(&**self.pool.get().await?).await
    }

    async fn forget_checkpoints_above(&self, org: &OrgId, size: u64) -> Result<u64> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(0);
        };
        let client = self.pool.get().await?;
        let n = client
            .execute(
                "delete from checkpoints where org = $1 and size > $2",
                &[&ord, &(size as i64)],
            )
            .await?;
        Ok(n)
    }

    async fn entry(&self, org: &OrgId, id: &str) -> Result<Option<Entry>> {
        // PostgreSQL text cannot hold NUL, so no entry has such an id.
        if id.contains('\0') {
            return Ok(None);
        }
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(None);
        };
        let client = self.pool.get().await?;
        bodies::by_id(&client, &self.bodies, ord, id).await
    }

    #[tracing::instrument(skip_all, fields(org = %org))]
    async fn list(&self, org: &OrgId, filter: &Filter, page: PageRequest) -> Result<Page> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Page::default());
        };
        self.postings.list(ord, filter.clone(), page).await
    }

    async fn facet(
        &self,
        org: &OrgId,
        filter: &Filter,
        field: FacetField,
    ) -> Result<Vec<(String, u64)>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        self.postings.facet(ord, filter.clone(), field).await
    }

    async fn resource_recorded(
        &self,
        org: &OrgId,
        resource_type: &str,
        resource_id: &str,
    ) -> Result<bool> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(false);
        };
        let filter = Filter {
            resource_type: Some(resource_type.to_owned()),
            resource_id: Some(resource_id.to_owned()),
            ..Filter::default()
        };
        self.postings.any(ord, filter).await
    }

    async fn entries_by_sequence(
        &self,
        org: &OrgId,
        filter: &Filter,
        after: u64,
        limit: u32,
    ) -> Result<Vec<Entry>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        if *filter != Filter::default() {
            return self
                .postings
                .in_sequence(ord, filter.clone(), after, limit)
                .await;
        }
        // Without a filter, every stored row in order, read from the entries themselves: this
        // is what an export and so a verifier see, and it must not depend on an index.
        let mut client = self.pool.get().await?;
        bodies::in_order(&mut client, &self.bodies, ord, after, limit).await
    }

    async fn raw_entries(&self, org: &OrgId, after: u64, limit: u32) -> Result<Vec<RawEntry>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        let client = self.pool.get().await?;
        bodies::raw_in_order(&client, &self.bodies, ord, after, limit).await
    }

    async fn tree_head(&self, org: &OrgId) -> Result<TreeHead> {
        tree::tree_head(self, org).await
    }

    async fn tree_nodes(&self, org: &OrgId, positions: &[(u32, u64)]) -> Result<Vec<Hash>> {
        tree::tree_nodes(self, org, positions).await
    }

    async fn latest_checkpoint(&self, org: &OrgId) -> Result<Option<SignedCheckpoint>> {
        tree::latest_checkpoint(self, org).await
    }

    async fn checkpoints(&self, org: &OrgId) -> Result<Vec<SignedCheckpoint>> {
        tree::checkpoints(self, org).await
    }

    async fn stored_postings(
        &self,
        org: &OrgId,
        key: u64,
    ) -> Result<Option<crate::StoredPostings>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(None);
        };
        let mut client = self.pool.get().await?;
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let out = segments::digest(&*tx, ord, key).await?;
        tx.commit().await?;
        Ok(Some(out))
    }

    async fn record_checkpoint(&self, org: &OrgId, checkpoint: &SignedCheckpoint) -> Result<()> {
        tree::record_checkpoint(self, org, checkpoint).await
    }
}
