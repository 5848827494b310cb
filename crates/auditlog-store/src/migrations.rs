//! The shipped migrations of both backends and the one rule both runners follow: a migration,
//! once shipped, never changes. Each store records the SHA-256 of every migration it applied (in
//! `auditlog_migrations`), and a store whose record differs from the file this build ships
//! refuses to open, naming the file — an edited migration would leave stores that applied the
//! old text silently different from new ones. A change is a new migration.

use sha2::{Digest, Sha256};

use crate::StoreError;

/// One plain SQL migration, embedded in the binary.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// `0001_init`: the file's name without `.sql`, and the key of its record.
    pub name: &'static str,
    pub sql: &'static str,
    /// `sqlite` or `postgres`: the folder under `migrations/`.
    pub engine: &'static str,
}

impl Migration {
    /// Lowercase hex SHA-256 of the file's bytes.
    pub fn checksum(&self) -> String {
        hex::encode(Sha256::digest(self.sql.as_bytes()))
    }

    /// The file, as a person finds it in the repository.
    pub fn file(&self) -> String {
        format!("migrations/{}/{}.sql", self.engine, self.name)
    }
}

macro_rules! migrations {
    ($engine:literal: $($name:literal),* $(,)?) => {
        &[$(Migration {
            name: $name,
            sql: include_str!(concat!("../migrations/", $engine, "/", $name, ".sql")),
            engine: $engine,
        }),*]
    };
}

pub const SQLITE: &[Migration] = migrations!("sqlite":
    "0001_init",
    "0002_merkle",
    "0003_counts",
    "0004_history_index",
    "0005_day_first",
    "0006_actor_counts",
    "0007_resource_counts",
    "0008_search_words",
    "0009_target_counts",
    "0010_type_tokens",
    "0011_search_postings",
    "0012_segments",
    "0013_postings_only",
    "0014_packed_bodies",
    "0015_tree_from_level_4",
    "0016_term_blocks",
    "0017_key_options",
    "0018_legal_holds",
    "0019_streams",
    "0020_stream_batches",
    "0021_pruned",
);

pub const POSTGRES: &[Migration] = migrations!("postgres":
    "0001_init",
    "0002_merkle",
    "0003_counts",
    "0004_history_index",
    "0005_actor_counts",
    "0006_resource_counts",
    "0007_search_words",
    "0008_target_counts",
    "0009_segments",
    "0010_postings_only",
    "0011_packed_bodies",
    "0012_tree_from_level_4",
    "0013_term_blocks",
    "0014_key_options",
    "0015_legal_holds",
    "0016_streams",
    "0017_stream_batches",
    "0018_pruned",
    "0019_awaiting_erasure",
);

/// A migration a store recorded as applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub name: String,
    /// `None` for a migration applied before stores kept checksums.
    pub checksum: Option<String>,
}

/// What a store needs: the shipped migrations it has not applied, in order, and those it
/// applied before checksums were kept (whose checksums are to be recorded as shipped).
#[derive(Debug, Default)]
pub struct Plan {
    pub pending: Vec<Migration>,
    pub unrecorded: Vec<Migration>,
}

/// Checks a store's record against the shipped migrations.
pub fn plan(shipped: &[Migration], applied: &[Applied]) -> Result<Plan, StoreError> {
    let mut plan = Plan::default();
    for record in applied {
        let Some(migration) = shipped.iter().find(|m| m.name == record.name) else {
            return Err(StoreError::Schema(format!(
                "the store has applied migration {} that this build does not ship: it was \
                 written by a newer auditlog, which must be used to open it",
                record.name
            )));
        };
        match &record.checksum {
            None => plan.unrecorded.push(*migration),
            Some(recorded) if *recorded != migration.checksum() => {
                return Err(StoreError::Schema(format!(
                    "{} differs from the migration this store applied (recorded sha256 {recorded}, \
                     shipped {}): a shipped migration must never change; put the change in a new \
                     migration",
                    migration.file(),
                    migration.checksum()
                )));
            }
            Some(_) => {}
        }
    }
    plan.pending = shipped
        .iter()
        .filter(|m| !applied.iter().any(|a| a.name == m.name))
        .copied()
        .collect();
    Ok(plan)
}

/// The refusal of a store opened read-only that still needs migrating.
pub fn needs_migrating(pending: &[Migration]) -> StoreError {
    let names: Vec<&str> = pending.iter().map(|m| m.name).collect();
    StoreError::Schema(format!(
        "the store needs migrating ({} pending: {}); start `auditlog serve` on it once, which \
         migrates it, or check it with the auditlog release that wrote it",
        names.len(),
        names.join(", ")
    ))
}
