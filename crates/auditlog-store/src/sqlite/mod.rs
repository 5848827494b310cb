//! The embedded store: one SQLite file in WAL mode with `synchronous=FULL`, one writer thread
//! doing group commit, and a pool of reader connections used from blocking tasks. Listings,
//! totals, searches and filtered exports come from the organization's posting lists
//! (`segments`); the entries table holds each entry once, with its hash and the Merkle tree.

mod append;
mod backup;
mod bodies;
mod check;
mod checkpoint;
mod guard;
mod holds;
mod listing;
mod merger;
mod open;
mod pruning;
mod schema;
mod segments;
mod stored;
mod streams;
mod tails;
mod tenants;
mod tree;
mod writer;

pub use backup::backup;

use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{Connection, OptionalExtension};

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

/// Idle reader connections kept open.
const MAX_IDLE_READERS: usize = 16;

pub struct SqliteStore {
    path: PathBuf,
    /// `None` when opened read-only.
    writer: Option<mpsc::Sender<writer::Work>>,
    /// Says when the writer thread has ended, after [`Store::close`].
    finished: Option<Arc<checkpoint::Finished>>,
    readers: Arc<Mutex<Vec<Connection>>>,
    /// Organizations never change or disappear, so their ordinals can be cached forever.
    orgs: Organizations,
    /// Keys found by their secret's hash: every request is authenticated, and a lookup on a
    /// reader connection cost a blocking task (single events: 5.8 k requests/s with it, 20 k
    /// without, on this machine). Exact because this process is the only one writing the file.
    keys: KeyCache,
    /// Entry ids: `log_` + a ULID, increasing within a millisecond.
    ids: Mutex<ulid::Generator>,
    /// Every organization's newest entries' postings (see `segments`).
    tails: Arc<segments::Tails>,
    /// What segments hold, decoded, shared by the readers.
    caches: Arc<crate::postings::stored::Caches>,
    /// The dictionaries the readers have unpacked bodies with.
    bodies: Arc<Unpacker>,
    metrics: StoreMetrics,
}

impl SqliteStore {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on a pooled reader connection in a blocking task.
    async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let pool = self.readers.clone();
        let path = self.path.clone();
        let read_only = self.writer.is_none();
        tokio::task::spawn_blocking(move || {
            let pooled = pool.lock().unwrap_or_else(|p| p.into_inner()).pop();
            let conn = match pooled {
                Some(c) => c,
                None => schema::open_reader(&path, read_only)?,
            };
            let out = f(&conn);
            let mut idle = pool.lock().unwrap_or_else(|p| p.into_inner());
            if idle.len() < MAX_IDLE_READERS {
                idle.push(conn);
            }
            out
        })
        .await
        .map_err(|e| StoreError::Internal(e.to_string()))?
    }

    async fn write<T, F>(&self, mut f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnMut(&rusqlite::Transaction) -> Result<T> + Send + 'static,
    {
        writer::call(self.writer()?, 1, move |_, tx| f(tx)).await
    }

    fn writer(&self) -> Result<&mpsc::Sender<writer::Work>> {
        self.writer.as_ref().ok_or(StoreError::ReadOnly)
    }

    /// The organization's newest entries' postings, as the writer keeps them; `None` in a
    /// read-only store, which reads them from the entries in its read transaction instead.
    /// What a listing of the organization reads besides its connection.
    fn source(&self, ord: i64) -> listing::Source {
        // A store without a writer has no tails: a listing reads its tail from the entries.
        let tail = self.writer.as_ref().map(|_| {
            self.tails
                .get(ord)
                .unwrap_or_else(|| Arc::new(crate::postings::MemoryIndex::after(0)))
        });
        listing::Source {
            org: ord,
            tail,
            caches: self.caches.clone(),
            bodies: self.bodies.clone(),
        }
    }

    /// The organization's ordinal, from cache or storage.
    async fn ordinal(&self, org: &OrgId) -> Result<Option<i64>> {
        Ok(self.lookup_org(org).await?.map(|(ord, _)| ord))
    }

    async fn lookup_org(&self, org: &OrgId) -> Result<Option<(i64, Organization)>> {
        self.orgs
            .get_or_load(org, || {
                let id = org.clone();
                self.read(move |c| {
                    c.query_row(
                        "select ord, name, created_at from organizations where id = ?1",
                        [id.as_str()],
                        |r| {
                            Ok((
                                r.get::<_, i64>(0)?,
                                Organization {
                                    id: id.clone(),
                                    name: r.get(1)?,
                                    created_at: Timestamp::from_micros(r.get(2)?),
                                },
                            ))
                        },
                    )
                    .optional()
                    .map_err(StoreError::from)
                })
            })
            .await
    }
}

#[async_trait]
impl Store for SqliteStore {
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
        let ready = Arc::new(crate::ready::prepare(&self.ids, org, items)?);
        let grouped = crate::ready::grouped(&ready);
        let shared = ready.clone();
        let appended = writer::call(self.writer()?, ready.len(), move |state, tx| {
            append::append(state, tx, ord, &shared, grouped.as_ref())
        })
        .await?;
        // Dropped here rather than on the writer's thread, which every write waits for (the
        // writer drops its handle before answering).
        drop(ready);
        Ok(appended)
    }

    async fn close(&self) {
        let (Some(writer), Some(finished)) = (&self.writer, &self.finished) else {
            return;
        };
        writer::close(writer);
        let finished = finished.clone();
        let ended =
            tokio::task::spawn_blocking(move || finished.wait(std::time::Duration::from_secs(30)))
                .await;
        if !matches!(ended, Ok(true)) {
            tracing::warn!("the writer did not finish within 30 s of closing the store");
        }
    }

    async fn entry(&self, org: &OrgId, id: &str) -> Result<Option<Entry>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(None);
        };
        let (id, bodies) = (id.to_owned(), self.bodies.clone());
        self.read(move |c| bodies::by_id(c, &bodies, ord, &id))
            .await
    }

    #[tracing::instrument(skip_all, fields(org = %org))]
    async fn list(&self, org: &OrgId, filter: &Filter, page: PageRequest) -> Result<Page> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Page::default());
        };
        let (filter, src) = (filter.clone(), self.source(ord));
        self.read(move |c| listing::list(c, &src, &filter, page))
            .await
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
        let (filter, src) = (filter.clone(), self.source(ord));
        self.read(move |c| listing::facet(c, &src, &filter, field))
            .await
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
        let src = self.source(ord);
        self.read(move |c| listing::any(c, &src, &filter)).await
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
            let (filter, src) = (filter.clone(), self.source(ord));
            return self
                .read(move |c| listing::in_sequence(c, &src, &filter, after, limit))
                .await;
        }
        // Without a filter, every stored row in order, read from the entries themselves: this
        // is what an export and so a verifier see, and it must not depend on an index.
        let bodies = self.bodies.clone();
        self.read(move |c| bodies::in_order(c, &bodies, ord, after, limit))
            .await
    }

    async fn raw_entries(&self, org: &OrgId, after: u64, limit: u32) -> Result<Vec<RawEntry>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        let bodies = self.bodies.clone();
        self.read(move |c| bodies::raw_in_order(c, &bodies, ord, after, limit))
            .await
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
        self.read(move |c| segments::digest(c, ord, key).map(Some))
            .await
    }

    async fn ping(&self) -> Result<()> {
        self.read(|c| Ok(c.query_row("select 1", [], |_| Ok(()))?))
            .await
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
        self.read(|c| Ok(check::integrity(c))).await
    }

    async fn checkpoints_ahead(&self) -> Result<Vec<crate::CheckpointAhead>> {
        self.read(check::checkpoints_ahead).await
    }

    async fn forget_checkpoints_above(&self, org: &OrgId, size: u64) -> Result<u64> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(0);
        };
        self.write(move |tx| check::forget_checkpoints_above(tx, ord, size))
            .await
    }

    async fn record_checkpoint(&self, org: &OrgId, checkpoint: &SignedCheckpoint) -> Result<()> {
        tree::record_checkpoint(self, org, checkpoint).await
    }
}
