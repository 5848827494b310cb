//! Opening the file: as a server (locked, checked, migrated, postings brought up to the
//! entries, the writer started) or read-only, as an fsck.

use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};

use rusqlite::Connection;

use super::{guard, schema, segments, writer, SqliteStore};
use crate::keys::KeyCache;
use crate::metrics::StoreMetrics;
use crate::organizations::Organizations;
use crate::{Result, StoreError};

impl SqliteStore {
    /// Opens (creating if needed) the database file and applies pending migrations.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        Self::open_with(path, segments::Tails::default())
    }

    /// Opens the store writing a postings segment every `entries` entries instead of thousands,
    /// so that tests reach flushes and merges with few entries.
    #[cfg(feature = "test-support")]
    pub fn open_with_small_segments(path: impl AsRef<Path>, entries: u64) -> Result<Self> {
        Self::open_with(path, segments::Tails::with_flush(entries))
    }

    fn open_with(path: impl AsRef<Path>, tails: segments::Tails) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        guard::refuse_empty(&path)?;
        let lock = guard::lock(&path)?;
        let mut conn = Connection::open(&path)?;
        guard::refuse_foreign(&conn, &path)?;
        schema::configure(&conn)?;
        schema::migrate(&mut conn)?;
        let tails = Arc::new(tails);
        segments::index_all(&mut conn, &tails)?;
        let metrics = StoreMetrics::default();
        let (writer, finished) =
            writer::spawn(conn, path.clone(), tails.clone(), lock, metrics.clone())
                .map_err(|e| StoreError::Internal(e.to_string()))?;
        let mut store = Self::with_writer(path, Some(writer));
        store.metrics = metrics;
        store.tails = tails;
        store.finished = Some(finished);
        Ok(store)
    }

    /// Opens an existing database file for reading only, as an fsck must: nothing is created,
    /// migrated or written, and there is no writer thread. A store that needs migrating is
    /// refused, naming the pending migrations.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let conn = schema::open_reader(&path, true)?;
        schema::check_migrated(&conn)?;
        Ok(Self::with_writer(path, None))
    }

    fn with_writer(path: PathBuf, writer: Option<mpsc::Sender<writer::Work>>) -> Self {
        Self {
            path,
            writer,
            finished: None,
            readers: Arc::new(Mutex::new(Vec::new())),
            orgs: Organizations::default(),
            keys: KeyCache::new(true),
            ids: Mutex::new(ulid::Generator::new()),
            tails: Arc::default(),
            caches: Arc::default(),
            bodies: Arc::default(),
            metrics: StoreMetrics::default(),
        }
    }
}
