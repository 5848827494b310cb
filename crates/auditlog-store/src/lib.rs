//! Storage for organizations, API keys and audit entries, behind the one [`Store`] trait that
//! the server talks to. The embedded implementation is SQLite ([`sqlite::SqliteStore`]).
//!
//! The key decision: all writes go through a single writer that serialises sequence
//! assignment and commits whatever requests arrived together in one transaction (group
//! commit). Sequences stay gapless and in commit order, and a burst of concurrent requests
//! costs one fsync instead of one each. Reads run on a pool of separate connections.

pub mod body;
mod keys;
pub mod metrics;
pub mod migrations;
mod open;
mod organizations;
pub mod postgres;
pub mod postings;
pub mod pruning;
mod ready;
pub mod sqlite;
pub mod streams;
#[cfg(feature = "test-support")]
pub mod testing;
pub mod tree;

pub use open::{open, Location, OpenOptions};
pub use pruning::{MarkerSigner, PruneMarker, RetentionStore, Settled};
pub use streams::{StreamChange, StreamRecord, StreamStore};

use async_trait::async_trait;
use auditlog_core::merkle::Hash;
use auditlog_core::stored::Corrupt;
use auditlog_core::{Entry, Filter, NewEntry, OrgId, PageRequest, StoredEntry, Timestamp};

#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("already exists")]
    Conflict,
    #[error("unknown organization")]
    UnknownOrganization,
    #[error("storage failure: {0}")]
    Internal(String),
    /// The database is configured so that acknowledged writes could be lost.
    #[error("{0}")]
    Unsafe(String),
    /// The store's schema does not match this build's migrations (see [`migrations`]).
    #[error("{0}")]
    Schema(String),
    /// A write to a store opened read-only.
    #[error("the store is open read-only")]
    ReadOnly,
    /// The storage has no room for the write; nothing of it was stored.
    #[error("the storage is full")]
    StorageFull,
    /// The storage refuses writes (a read-only file system or database); nothing was stored.
    #[error("the storage is read-only")]
    StorageReadOnly,
    /// The entry was removed under the organization's retention policy: its sequence, id and
    /// leaf hash remain (the tree is whole), its content does not.
    #[error("the entry was removed under the retention policy")]
    Pruned,
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(e: tokio_postgres::Error) -> Self {
        use tokio_postgres::error::SqlState;
        match e.code() {
            Some(c) if *c == SqlState::DISK_FULL => return StoreError::StorageFull,
            Some(c) if *c == SqlState::READ_ONLY_SQL_TRANSACTION => {
                return StoreError::StorageReadOnly
            }
            _ => {}
        }
        // The bare error says only "db error"; the server's own message names the cause.
        StoreError::Internal(match e.as_db_error() {
            Some(db) => format!("{} ({})", db.message(), db.code().code()),
            None => e.to_string(),
        })
    }
}

impl From<deadpool_postgres::PoolError> for StoreError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        StoreError::Internal(e.to_string())
    }
}

impl From<Corrupt> for StoreError {
    fn from(e: Corrupt) -> Self {
        StoreError::Internal(e.to_string())
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::StorageFull,
            Some(ErrorCode::ReadOnly) => StoreError::StorageReadOnly,
            _ => StoreError::Internal(e.to_string()),
        }
    }
}

impl StoreError {
    /// Whether the storage itself refused, so that every other write would fail the same way.
    pub fn is_storage_fault(&self) -> bool {
        matches!(self, StoreError::StorageFull | StoreError::StorageReadOnly)
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    pub id: OrgId,
    pub name: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ApiKey {
    pub id: String,
    pub organization_id: OrgId,
    pub name: String,
    pub scopes: Vec<String>,
    pub created_at: Timestamp,
    /// The client whose wire types this key's reads get (`aitronos-sdk`), if any.
    pub compatibility: Option<String>,
}

/// A key to store; only the SHA-256 of its secret is kept.
#[derive(Debug, Clone)]
pub struct NewApiKey {
    pub key: ApiKey,
    pub secret_hash: [u8; 32],
}

/// One item of an append: the stored entry as its canonical bytes and leaf hash (what an
/// answer is written from, without building an [`Entry`]), and whether this call stored it
/// (false when an idempotency key replayed an earlier entry).
#[derive(Debug, Clone)]
pub struct Appended {
    pub stored: StoredEntry,
    pub created: bool,
}

impl Appended {
    /// The entry, parsed.
    pub fn entry(&self) -> Result<Entry> {
        Ok(self.stored.entry()?)
    }
}

/// An organization whose signed checkpoints cover more entries than the store holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckpointAhead {
    pub org: OrgId,
    /// The size of its latest signed checkpoint.
    pub signed: u64,
    /// The number of entries the store holds.
    pub held: u64,
}

/// What the database engine's own consistency check found.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineCheck {
    /// What was checked, e.g. "SQLite's integrity_check", or why nothing was.
    pub what: String,
    /// Whether a check ran at all (PostgreSQL's needs the amcheck extension).
    pub ran: bool,
    /// Each problem, as the engine words it; empty when all is well.
    pub problems: Vec<String>,
}

/// One page of a listing, newest first.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub entries: Vec<StoredEntry>,
    /// Exact number of entries matching the filter, regardless of paging.
    pub total: u64,
    pub has_more: bool,
}

impl Page {
    /// The page's entries, parsed.
    pub fn parsed(&self) -> Result<Vec<Entry>> {
        parsed(&self.entries)
    }
}

pub(crate) fn parsed(entries: &[StoredEntry]) -> Result<Vec<Entry>> {
    Ok(entries
        .iter()
        .map(StoredEntry::entry)
        .collect::<std::result::Result<_, _>>()?)
}

/// The current size and root of an organization's Merkle tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TreeHead {
    pub size: u64,
    pub root: Hash,
}

/// A checkpoint the server signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedCheckpoint {
    pub size: u64,
    pub root: Hash,
    /// The whole signed note.
    pub note: String,
}

/// A legal hold: while it stands, the entries its filter matches are kept whatever the
/// retention. Released holds are kept too, with when they were released.
#[derive(Debug, Clone, PartialEq)]
pub struct LegalHold {
    /// `hold_` + a ULID.
    pub id: String,
    pub name: String,
    pub reason: String,
    /// The hold's filter as JSON, validated by the caller (`{}` holds everything).
    pub filter: String,
    pub created_at: Timestamp,
    pub released_at: Option<Timestamp>,
}

/// An entry row as stored, unparsed: what an integrity check reads.
#[derive(Debug, Clone)]
pub struct RawEntry {
    pub sequence: u64,
    /// The body's JSON, unpacked, or why it could not be.
    pub body: std::result::Result<String, String>,
    pub hash: Vec<u8>,
}

/// Every method on tenant data names its organization, and none reads across organizations;
/// only the lookups that find the organization (a key by its secret's hash) and the service's
/// settings name none.
#[async_trait]
pub trait Store: StreamStore + RetentionStore + Send + Sync + 'static {
    /// Finishes the writes queued so far and lets go of the storage (on SQLite: copies the WAL
    /// into the database file and releases the file's lock). Writes after it fail.
    async fn close(&self) {}

    /// Fails with [`StoreError::Conflict`] when the id is taken.
    async fn create_organization(&self, org: &Organization) -> Result<()>;
    async fn organization(&self, id: &OrgId) -> Result<Option<Organization>>;
    /// Every organization, by id (the admin's view; names no tenant data).
    async fn organizations(&self) -> Result<Vec<Organization>>;

    async fn create_api_key(&self, key: &NewApiKey) -> Result<()>;
    /// Keys that are not revoked, oldest first.
    async fn api_keys(&self, org: &OrgId) -> Result<Vec<ApiKey>>;
    /// Returns false when no such unrevoked key exists in the organization.
    async fn revoke_api_key(&self, org: &OrgId, key_id: &str) -> Result<bool>;
    /// The unrevoked key whose secret hashes to `secret_hash`.
    async fn api_key_by_secret_hash(&self, secret_hash: &[u8; 32]) -> Result<Option<ApiKey>>;

    async fn setting(&self, name: &str) -> Result<Option<String>>;
    /// Stores a setting unless it exists; returns whether this call stored it (so that servers
    /// starting together agree on one value).
    async fn insert_setting(&self, name: &str, value: &str) -> Result<bool>;
    /// Stores a setting, replacing its value if it exists.
    async fn replace_setting(&self, name: &str, value: &str) -> Result<()>;

    /// Stores all items atomically, in order, with gapless sequences; an item whose
    /// idempotency key was seen before yields the original entry instead.
    async fn append(&self, org: &OrgId, items: Vec<NewEntry>) -> Result<Vec<Appended>>;
    async fn entry(&self, org: &OrgId, id: &str) -> Result<Option<Entry>>;
    async fn list(&self, org: &OrgId, filter: &Filter, page: PageRequest) -> Result<Page>;
    /// How many entries matching `filter` hold each value of `field`, most first.
    async fn facet(
        &self,
        org: &OrgId,
        filter: &Filter,
        field: FacetField,
    ) -> Result<Vec<(String, u64)>>;
    /// Whether the organization has ever recorded this resource as an entry's primary resource.
    async fn resource_recorded(
        &self,
        org: &OrgId,
        resource_type: &str,
        resource_id: &str,
    ) -> Result<bool>;

    /// Entries matching `filter` with a sequence above `after`, in sequence order.
    async fn entries_by_sequence(
        &self,
        org: &OrgId,
        filter: &Filter,
        after: u64,
        limit: u32,
    ) -> Result<Vec<Entry>>;
    /// Stored rows with a sequence above `after`, in sequence order, unparsed.
    async fn raw_entries(&self, org: &OrgId, after: u64, limit: u32) -> Result<Vec<RawEntry>>;

    /// The tree's size and root (size 0 and the empty root before the first entry).
    async fn tree_head(&self, org: &OrgId) -> Result<TreeHead>;
    /// Stored complete subtrees at `(level, index)` positions, in the order asked; a missing
    /// node is an error (the tree is damaged).
    async fn tree_nodes(&self, org: &OrgId, positions: &[(u32, u64)]) -> Result<Vec<Hash>>;
    /// The largest signed checkpoint.
    async fn latest_checkpoint(&self, org: &OrgId) -> Result<Option<SignedCheckpoint>>;
    /// Signed checkpoints, smallest first.
    async fn checkpoints(&self, org: &OrgId) -> Result<Vec<SignedCheckpoint>>;
    /// Records a signed checkpoint (a second one of the same size is ignored).
    async fn record_checkpoint(&self, org: &OrgId, checkpoint: &SignedCheckpoint) -> Result<()>;
    /// What the organization's stored postings hold, read from them (not from the entries);
    /// `None` where the store keeps none. `key` seeds the digests.
    async fn stored_postings(&self, org: &OrgId, key: u64) -> Result<Option<StoredPostings>>;
    /// The database engine's own check of its files and indexes (the fsck's first step).
    async fn engine_check(&self) -> Result<EngineCheck>;
    /// Whether the database answers a query now (a store opens only once its migrations are
    /// applied, so an open store that answers is ready).
    async fn ping(&self) -> Result<()>;
    /// Records a new hold.
    async fn create_hold(&self, org: &OrgId, hold: &LegalHold) -> Result<()>;
    /// Every hold of the organization, standing and released, oldest first.
    async fn holds(&self, org: &OrgId) -> Result<Vec<LegalHold>>;
    /// Releases a standing hold at `at`; returns the hold as it now is (a hold released before
    /// keeps its time), or `None` if the organization has no such hold.
    async fn release_hold(&self, org: &OrgId, id: &str, at: Timestamp)
        -> Result<Option<LegalHold>>;
    /// How many holds stand in each organization that has any.
    async fn standing_holds(&self) -> Result<Vec<(OrgId, u64)>>;
    /// What the writer measured of its groups, for `/metrics`.
    fn metrics(&self) -> &metrics::StoreMetrics;
    /// Organizations whose latest signed checkpoint covers more entries than the store holds:
    /// entries were lost behind the server's back (a lost WAL, an older copy restored).
    async fn checkpoints_ahead(&self) -> Result<Vec<CheckpointAhead>>;
    /// Forgets an organization's checkpoints above `size`, once the operator accepted that the
    /// entries past it are lost; returns how many were forgotten.
    async fn forget_checkpoints_above(&self, org: &OrgId, size: u64) -> Result<u64>;
}

/// A field whose values a facet counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetField {
    ResourceType,
    Action,
    /// `{resource_type}.{action}`.
    Event,
    UserId,
    DepartmentId,
    /// The primary resource's id.
    ResourceId,
    /// The primary resource's or any target's id, as the `target_id` filter matches them.
    TargetId,
}

/// An organization's stored postings, term by term, for the fsck.
#[derive(Debug, Clone, Default)]
pub struct StoredPostings {
    /// The stored postings hold sequences 1 through this; later entries are indexed at start.
    pub covered: u64,
    /// Every term the postings hold (`postings::Term`'s debug form), with how many entries and
    /// a digest of which (as [`IndexedWord`]).
    pub terms: Vec<IndexedWord>,
    /// The sum of [`timestamp_digest`] over the held timestamps.
    pub timestamps: u128,
    /// Why the stored runs of sequences do not line up from 1 to `covered`, if they do not.
    pub problem: Option<String>,
}

/// One entry's share of a timestamps digest: its sequence and timestamp together.
pub fn timestamp_digest(sequence: u64, timestamp: i64, key: u64) -> u128 {
    posting_digest(sequence ^ (timestamp as u64).rotate_left(23), key)
}

/// One term of an index (a posting list): how many entries it finds, and a digest of which —
/// the sum of [`posting_digest`] over their sequences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedWord {
    pub word: String,
    pub entries: u64,
    pub digest: u128,
}

/// A prime below 2³¹, so that `(sequence mod P) × key` fits a signed 64-bit integer in SQL.
pub const DIGEST_PRIME: u64 = 2_147_483_647;

/// One entry's share of a word's digest: `sequence × key mod P`. With a key drawn at random for
/// each check, two different sets of sequences of the same size sum alike only by rare chance,
/// so a posting moved from one entry to another shows, not only a lost or an added one.
pub fn posting_digest(sequence: u64, key: u64) -> u128 {
    ((sequence % DIGEST_PRIME) * (key % DIGEST_PRIME) % DIGEST_PRIME) as u128
}
