//! The one place a backend is chosen: a store URL, `sqlite://PATH` or `postgres://…`, parsed
//! into a [`Location`], and [`open`] for it, as a server (migrating) or as an fsck (read-only).

use std::path::PathBuf;
use std::sync::Arc;

use crate::postgres::{self, PostgresStore};
use crate::sqlite::SqliteStore;
use crate::{Result, Store, StoreError};

/// Where a store lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Location {
    /// `sqlite://PATH` (a relative or absolute file path) or `postgres://…` /
    /// `postgresql://…`. A refusal never repeats the URL, which may hold a password.
    pub fn parse(url: &str) -> std::result::Result<Self, String> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err("sqlite:// needs a file path, e.g. sqlite://audit.db".into());
            }
            if path.contains('?') {
                return Err("sqlite://PATH takes a file path without query parameters".into());
            }
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_owned()));
        }
        // Only a scheme made of letters is repeated back.
        let scheme = url
            .split_once("://")
            .map(|(s, _)| s)
            .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric()));
        Err(match scheme {
            Some(s) => format!("must be sqlite://PATH or postgres://… (got a {s}:// URL)"),
            None => "must be sqlite://PATH or postgres://… (not a URL of either)".into(),
        })
    }

    /// For logs and messages: a PostgreSQL URL as parsed, without its password.
    pub fn describe(&self) -> String {
        match self {
            Self::Sqlite(path) => format!("sqlite://{}", path.display()),
            Self::Postgres(url) => postgres::Target::parse(url)
                .map_or_else(|_| "postgres://(invalid URL)".into(), |t| t.to_string()),
        }
    }
}

/// How to open a store.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenOptions {
    /// As an fsck: nothing created, migrated or written; a store that needs migrating is
    /// refused, naming the pending migrations.
    pub read_only: bool,
    /// PostgreSQL: start even when `fsync` or `synchronous_commit` is off.
    pub accept_losing_acknowledged_writes: bool,
}

/// Opens the store at `location`: for a server, creating and migrating it as needed.
pub async fn open(location: &Location, options: OpenOptions) -> Result<Arc<dyn Store>> {
    Ok(match (location, options.read_only) {
        (Location::Sqlite(path), false) => Arc::new(SqliteStore::open(path)?),
        (Location::Sqlite(path), true) => {
            if !path.is_file() {
                return Err(StoreError::Internal("no such database".into()));
            }
            Arc::new(SqliteStore::open_read_only(path)?)
        }
        (Location::Postgres(url), false) => {
            let options = postgres::Options {
                accept_losing_acknowledged_writes: options.accept_losing_acknowledged_writes,
            };
            Arc::new(PostgresStore::connect(url, options).await?)
        }
        (Location::Postgres(url), true) => Arc::new(PostgresStore::connect_read_only(url).await?),
    })
}
