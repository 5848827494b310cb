//! Test support shared by every crate's tests (feature `test-support`): a fresh store of either
//! backend, and [`on_both_backends!`](crate::on_both_backends), which turns each listed async
//! test into one test per backend. PostgreSQL tests use the database named by
//! `AUDITLOG_TEST_POSTGRES_URL`, each in a schema of its own so that runs never interfere.

use std::future::Future;
use std::io::Write;
use std::sync::{Arc, Once};

use tempfile::TempDir;

use crate::postgres::{Options, PostgresStore};
use crate::sqlite::SqliteStore;
use crate::Store;

pub const POSTGRES_URL_VAR: &str = "AUDITLOG_TEST_POSTGRES_URL";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

tokio::task_local! {
    static KIND: Kind;
}

/// Generates, for each listed `async fn`, one test per backend: `sqlite::name` and `postgres::name`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    $crate::testing::run_on($crate::testing::Kind::Sqlite, super::$name()).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    $crate::testing::run_on($crate::testing::Kind::Postgres, super::$name()).await
                }
            )*
        }
    };
}

/// Runs `test` with `kind` as its backend. Without `AUDITLOG_TEST_POSTGRES_URL` the PostgreSQL
/// variant is skipped, and says so once on the terminal (bypassing the test harness's capture).
pub async fn run_on(kind: Kind, test: impl Future<Output = ()>) {
    if kind == Kind::Postgres && postgres_url().is_none() {
        return;
    }
    KIND.scope(kind, test).await
}

/// The configured test database, or `None` after saying once that PostgreSQL tests are skipped.
pub fn postgres_url() -> Option<String> {
    let url = std::env::var(POSTGRES_URL_VAR)
        .ok()
        .filter(|s| !s.is_empty());
    if url.is_none() {
        static SAID: Once = Once::new();
        SAID.call_once(|| {
            let _ = writeln!(
                std::io::stderr(),
                "\nSKIPPED: the PostgreSQL variants of these tests (set {POSTGRES_URL_VAR} to run them)"
            );
        });
    }
    url
}

/// A URL to a new, empty schema of the test database (None when none is configured), with
/// `extra` appended to its connection options (e.g. `-csynchronous_commit%3Doff`).
pub async fn fresh_postgres_url(extra: &str) -> Option<String> {
    let url = postgres_url()?;
    let client = connect_postgres(&url).await;
    let schema = format!("t_{}", ulid::Ulid::new().to_string().to_lowercase());
    client
        .batch_execute(&format!("create schema {schema}"))
        .await
        .expect("create schema");
    let sep = if url.contains('?') { '&' } else { '?' };
    Some(format!("{url}{sep}options=-csearch_path%3D{schema}{extra}"))
}

/// A plain client of a test database (a URL from [`fresh_postgres_url`]), connected as the
/// store connects (TLS as the URL's `sslmode` says).
pub async fn connect_postgres(url: &str) -> tokio_postgres::Client {
    crate::postgres::Target::parse(url)
        .expect("a PostgreSQL URL")
        .connect()
        .await
        .expect("connect to the test database")
}

/// Where a test's data lives; outlives a server so that a restart finds it again.
#[derive(Clone)]
pub enum Backend {
    Sqlite(Arc<TempDir>),
    Postgres(String),
}

impl Backend {
    /// A fresh, empty store of the current test's kind.
    pub async fn fresh() -> Self {
        match KIND.try_with(|k| *k).unwrap_or(Kind::Sqlite) {
            Kind::Sqlite => Backend::Sqlite(Arc::new(tempfile::tempdir().expect("tempdir"))),
            Kind::Postgres => {
                Backend::Postgres(fresh_postgres_url("").await.expect("checked by run_on"))
            }
        }
    }

    /// Runs SQL on the storage itself, behind the store's back (the SQLite or the PostgreSQL
    /// statements, whichever this backend is): to take a store back to an older schema.
    pub async fn execute_batch(&self, sqlite: &str, postgres: &str) {
        match self {
            Backend::Sqlite(dir) => rusqlite::Connection::open(dir.path().join("audit.db"))
                .expect("open sqlite")
                .execute_batch(sqlite)
                .expect("sqlite statements"),
            Backend::Postgres(url) => connect_postgres(url)
                .await
                .batch_execute(postgres)
                .await
                .expect("postgres statements"),
        }
    }

    pub async fn open(&self) -> Arc<dyn Store> {
        self.try_open().await.expect("open the store")
    }

    /// Opens the store as a server does: migrating it.
    pub async fn try_open(&self) -> crate::Result<Arc<dyn Store>> {
        Ok(match self {
            Backend::Sqlite(dir) => Arc::new(SqliteStore::open(dir.path().join("audit.db"))?),
            Backend::Postgres(url) => {
                Arc::new(PostgresStore::connect(url, Options::default()).await?)
            }
        })
    }

    /// Opens the store writing a postings segment every `entries` entries (see
    /// `SqliteStore::open_with_small_segments`).
    pub async fn open_with_small_segments(&self, entries: u64) -> Arc<dyn Store> {
        match self {
            Backend::Sqlite(dir) => Arc::new(
                SqliteStore::open_with_small_segments(dir.path().join("audit.db"), entries)
                    .expect("open sqlite"),
            ),
            Backend::Postgres(url) => Arc::new(
                PostgresStore::connect_with_small_segments(url, entries)
                    .await
                    .expect("open postgres"),
            ),
        }
    }

    /// Opens the store as `verify --database` does: read-only.
    pub async fn open_read_only(&self) -> crate::Result<Arc<dyn Store>> {
        Ok(match self {
            Backend::Sqlite(dir) => {
                Arc::new(SqliteStore::open_read_only(dir.path().join("audit.db"))?)
            }
            Backend::Postgres(url) => Arc::new(PostgresStore::connect_read_only(url).await?),
        })
    }

    /// The rows of one query on the storage itself (the SQLite or the PostgreSQL statement),
    /// each row's columns as text.
    pub async fn query_text(&self, sqlite: &str, postgres: &str) -> Vec<Vec<Option<String>>> {
        match self {
            Backend::Sqlite(dir) => {
                let c = rusqlite::Connection::open(dir.path().join("audit.db")).expect("open");
                let mut stmt = c.prepare(sqlite).expect("sqlite statement");
                let n = stmt.column_count();
                stmt.query_map([], |r| {
                    (0..n)
                        .map(|i| {
                            r.get::<_, rusqlite::types::Value>(i).map(|v| match v {
                                rusqlite::types::Value::Null => None,
                                rusqlite::types::Value::Integer(i) => Some(i.to_string()),
                                rusqlite::types::Value::Real(f) => Some(f.to_string()),
                                rusqlite::types::Value::Text(t) => Some(t),
                                rusqlite::types::Value::Blob(b) => Some(hex::encode(b)),
                            })
                        })
                        .collect()
                })
                .expect("sqlite query")
                .collect::<rusqlite::Result<_>>()
                .expect("sqlite rows")
            }
            Backend::Postgres(url) => connect_postgres(url)
                .await
                .simple_query(postgres)
                .await
                .expect("postgres query")
                .iter()
                .filter_map(|m| match m {
                    tokio_postgres::SimpleQueryMessage::Row(r) => {
                        Some((0..r.len()).map(|i| r.get(i).map(str::to_owned)).collect())
                    }
                    _ => None,
                })
                .collect(),
        }
    }
}
