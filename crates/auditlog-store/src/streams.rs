//! Streams as stored: one row per destination with its delivery cursor, its failures and the
//! lease that lets one server at a time deliver it. The statements are shared by both backends
//! (written with `?N` parameters, which the PostgreSQL backend renumbers as `$N`).

use async_trait::async_trait;

use auditlog_core::{OrgId, Timestamp};

use crate::Result;

/// A stream as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamRecord {
    pub org: OrgId,
    /// `str_` + a ULID.
    pub id: String,
    /// The destination as JSON, validated by the caller.
    pub config: String,
    pub paused: bool,
    /// The sequence delivered through: every matching entry up to it was sent. Delivery
    /// resumes after it.
    pub cursor: u64,
    /// Where the last batch sent ended; the next begins after it (so batches chain, across
    /// stretches a filter left nothing to send from).
    pub last_batch: u64,
    /// How many times the stream was rewound.
    pub replays: u64,
    pub delivered_at: Option<Timestamp>,
    /// Failed attempts since the last delivery.
    pub failures: u32,
    pub last_error: Option<String>,
    pub last_error_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

/// A change to a stream. The delivery changes name the server that holds the stream's lease
/// and apply only while it does.
#[derive(Debug, Clone)]
pub enum StreamChange {
    Pause,
    Resume,
    /// Delivery starts again after `cursor`, with its failures forgotten.
    Rewind {
        cursor: u64,
    },
    /// Takes or renews the lease until `until`, unless another owner holds it past `now`.
    Claim {
        owner: String,
        now: Timestamp,
        until: Timestamp,
    },
    /// Gives the lease up.
    Release {
        owner: String,
    },
    /// Everything after `from` through `through` was delivered — by a batch the destination
    /// accepted (`sent`), or because nothing in it matched the filter. Applies only if the
    /// cursor is still `from` (a rewind meanwhile wins).
    Delivered {
        owner: String,
        from: u64,
        through: u64,
        at: Timestamp,
        sent: bool,
    },
    Failed {
        owner: String,
        error: String,
        at: Timestamp,
    },
}

/// A statement's argument, bound by each backend its own way.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Int(i64),
    Text(String),
}

/// The columns a stream is read from, `org` first as the organization's id.
pub(crate) const COLUMNS: &str = "o.id, s.id, s.config, s.paused, s.cursor, s.delivered_at, \
     s.failures, s.last_error, s.last_error_at, s.created_at, s.last_batch, s.replays";

/// Streams, narrowed by `filter` (a `where` clause over `s`, or nothing).
pub(crate) fn select(filter: &str) -> String {
    format!(
        "select {COLUMNS} from streams s join organizations o on o.ord = s.org {filter}
         order by s.org, s.created_at, s.id"
    )
}

pub(crate) const INSERT: &str =
    "insert into streams (org, id, config, paused, cursor, last_batch, created_at)
     values (?1, ?2, ?3, false, ?4, ?4, ?5)";

pub(crate) const OF_ORG: &str = "where s.org = ?1";
pub(crate) const ONE: &str = "where s.org = ?1 and s.id = ?2";

pub(crate) const DELETE: &str = "delete from streams where org = ?1 and id = ?2";

/// The update a change makes to the stream `?2` of the organization with ordinal `?1`, and
/// its further arguments (from `?3`); it returns the stream's id when it applied.
pub(crate) fn update(change: &StreamChange) -> (&'static str, Vec<Arg>) {
    let micros = |t: &Timestamp| Arg::Int(t.micros());
    let seq = |n: u64| Arg::Int(n.min(i64::MAX as u64) as i64);
    match change {
        StreamChange::Pause => ("paused = true where org = ?1 and id = ?2", vec![]),
        StreamChange::Resume => (
            "paused = false, failures = 0 where org = ?1 and id = ?2",
            vec![],
        ),
        StreamChange::Rewind { cursor } => (
            "cursor = ?3, last_batch = ?3, replays = replays + 1, failures = 0
             where org = ?1 and id = ?2",
            vec![seq(*cursor)],
        ),
        StreamChange::Claim { owner, now, until } => (
            "lease_owner = ?3, lease_until = ?5 where org = ?1 and id = ?2
             and (lease_owner is null or lease_owner = ?3 or lease_until < ?4)",
            vec![Arg::Text(owner.clone()), micros(now), micros(until)],
        ),
        StreamChange::Release { owner } => (
            "lease_owner = null, lease_until = null where org = ?1 and id = ?2
             and lease_owner = ?3",
            vec![Arg::Text(owner.clone())],
        ),
        StreamChange::Delivered {
            owner,
            from,
            through,
            at,
            sent: true,
        } => (
            "cursor = ?5, last_batch = ?5, delivered_at = ?6, failures = 0
             where org = ?1 and id = ?2 and lease_owner = ?3 and cursor = ?4",
            vec![
                Arg::Text(owner.clone()),
                seq(*from),
                seq(*through),
                micros(at),
            ],
        ),
        StreamChange::Delivered {
            owner,
            from,
            through,
            sent: false,
            ..
        } => (
            "cursor = ?5 where org = ?1 and id = ?2 and lease_owner = ?3 and cursor = ?4",
            vec![Arg::Text(owner.clone()), seq(*from), seq(*through)],
        ),
        StreamChange::Failed { owner, error, at } => (
            "failures = failures + 1, last_error = ?4, last_error_at = ?5
             where org = ?1 and id = ?2 and lease_owner = ?3",
            vec![
                Arg::Text(owner.clone()),
                Arg::Text(error.clone()),
                micros(at),
            ],
        ),
    }
}

/// Stream storage, part of every [`crate::Store`].
#[async_trait]
pub trait StreamStore {
    /// Fails with [`crate::StoreError::Conflict`] when the id is taken.
    async fn create_stream(&self, stream: &StreamRecord) -> Result<()>;
    /// The organization's streams, or every organization's, oldest first.
    async fn streams(&self, org: Option<&OrgId>) -> Result<Vec<StreamRecord>>;
    /// Applies a change; returns the stream as it now is, or `None` when there is no such
    /// stream or the change's condition did not hold.
    async fn change_stream(
        &self,
        org: &OrgId,
        id: &str,
        change: StreamChange,
    ) -> Result<Option<StreamRecord>>;
    /// Returns false when there was no such stream.
    async fn delete_stream(&self, org: &OrgId, id: &str) -> Result<bool>;
}
