//! The embedded store: one SQLite file in WAL mode with `synchronous=FULL`, one writer thread
//! doing group commit, and a pool of reader connections used from blocking tasks. Listings,
//! totals, searches and filtered exports come from the organization's posting lists
//! (`segments`); the entries table holds each entry once, with its hash and the Merkle tree.

mod bodies;
mod listing;
mod schema;
mod segments;
mod stored;
mod tree;
mod writer;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex, RwLock};

use async_trait::async_trait;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

use auditlog_core::{Entry, Filter, NewEntry, OrgId, PageRequest, Timestamp};

use auditlog_core::merkle::{empty_root, Hash};

use self::bodies::Stored;
use crate::body::Unpacker;

use crate::{
    ApiKey, Appended, NewApiKey, Organization, Page, RawEntry, Result, SignedCheckpoint, Store,
    StoreError, TreeHead,
};

/// Idle reader connections kept open.
const MAX_IDLE_READERS: usize = 16;

pub struct SqliteStore {
    path: PathBuf,
    /// `None` when opened read-only.
    writer: Option<mpsc::Sender<writer::Work>>,
    readers: Arc<Mutex<Vec<Connection>>>,
    /// Organizations never change or disappear, so their ordinals can be cached forever.
    orgs: RwLock<HashMap<OrgId, (i64, Organization)>>,
    /// Keys found by their secret's hash: every request is authenticated, and a lookup on a
    /// reader connection cost a blocking task (single events: 5.8 k requests/s with it, 20 k
    /// without, on this machine). Exact because this process is the only one writing the file.
    keys: RwLock<KeyCache>,
    /// Entry ids: `log_` + a ULID, increasing within a millisecond.
    ids: Mutex<ulid::Generator>,
    /// Every organization's newest entries' postings (see `segments`).
    tails: Arc<segments::Tails>,
    /// What segments hold, decoded, shared by the readers.
    caches: Arc<crate::postings::stored::Caches>,
    /// The dictionaries the readers have unpacked bodies with.
    bodies: Arc<Unpacker>,
}

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
        let mut conn = Connection::open(&path)?;
        schema::configure(&conn)?;
        schema::migrate(&mut conn)?;
        let tails = Arc::new(tails);
        index_postings(&mut conn, &tails)?;
        let writer = writer::spawn(conn, path.clone(), tails.clone())
            .map_err(|e| StoreError::Internal(e.to_string()))?;
        let mut store = Self::with_writer(path, Some(writer));
        store.tails = tails;
        Ok(store)
    }

    /// Opens an existing database file for reading only, as an fsck must: nothing is created,
    /// migrated or written, and there is no writer thread. A store that needs migrating is
    /// refused, naming the pending migrations.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let conn = open_reader(&path, true)?;
        schema::check_migrated(&conn)?;
        Ok(Self::with_writer(path, None))
    }

    fn with_writer(path: PathBuf, writer: Option<mpsc::Sender<writer::Work>>) -> Self {
        Self {
            path,
            writer,
            readers: Arc::new(Mutex::new(Vec::new())),
            orgs: RwLock::new(HashMap::new()),
            keys: RwLock::new(KeyCache::default()),
            ids: Mutex::new(ulid::Generator::new()),
            tails: Arc::default(),
            caches: Arc::default(),
            bodies: Arc::default(),
        }
    }

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
                None => open_reader(&path, read_only)?,
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

    async fn write<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&rusqlite::Transaction) -> Result<T> + Send + 'static,
    {
        writer::call(self.writer()?, move |_, tx| f(tx)).await
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
        if let Some(hit) = self.orgs.read().unwrap_or_else(|p| p.into_inner()).get(org) {
            return Ok(Some(hit.clone()));
        }
        let id = org.clone();
        let found = self
            .read(move |c| {
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
            .await?;
        if let Some(hit) = &found {
            self.orgs
                .write()
                .unwrap_or_else(|p| p.into_inner())
                .insert(org.clone(), hit.clone());
        }
        Ok(found)
    }
}

/// Brings every organization's postings up to its entries (all of them, the first time a store
/// written before postings opens) and fills the tails.
fn index_postings(conn: &mut Connection, tails: &segments::Tails) -> Result<()> {
    let orgs: Vec<i64> = conn
        .prepare("select ord from organizations")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for org in orgs {
        let tx = conn.transaction()?;
        let tail = segments::catch_up(&tx, &Unpacker::default(), org, Some(tails.flush))?;
        tx.commit()?;
        tails.set(org, tail);
    }
    Ok(())
}

/// Most keys cached; past it the cache starts over (a lookup is only a query away).
const MAX_CACHED_KEYS: usize = 4096;

/// Live keys by their secret's hash. Only keys found are kept, so unknown secrets cannot fill
/// it. A revocation removes its key and bumps `generation`; a lookup that began before it (and
/// may have read the key as live) sees the generation moved and keeps nothing.
#[derive(Default)]
struct KeyCache {
    generation: u64,
    live: HashMap<[u8; 32], ApiKey>,
}

/// A connection for queries. In a read-only store it is opened read-only, so that closing it
/// never checkpoints the WAL into the database file, as the last read-write connection does.
fn open_reader(path: &Path, read_only: bool) -> Result<Connection> {
    let access = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    };
    let conn = Connection::open_with_flags(path, access | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "query_only", "on")?;
    conn.pragma_update(None, "cache_size", -8192)?;
    // `rarray`: a page's sequences bound as one array.
    rusqlite::vtab::array::load_module(&conn)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}

fn key_from_row(r: &rusqlite::Row, org: &OrgId) -> rusqlite::Result<ApiKey> {
    let scopes: String = r.get(2)?;
    Ok(ApiKey {
        id: r.get(0)?,
        organization_id: org.clone(),
        name: r.get(1)?,
        scopes: scopes.split_whitespace().map(str::to_owned).collect(),
        created_at: Timestamp::from_micros(r.get(3)?),
    })
}

#[async_trait]
impl Store for SqliteStore {
    async fn create_organization(&self, org: &Organization) -> Result<()> {
        let org = org.clone();
        self.write(move |tx| {
            // A taken id is an answer, not a failure: failing would roll back the whole group.
            let inserted = tx.execute(
                "insert into organizations (id, name, created_at) values (?1, ?2, ?3)
                 on conflict (id) do nothing",
                params![org.id.as_str(), org.name, org.created_at.micros()],
            )?;
            Ok(inserted == 1)
        })
        .await?
        .then_some(())
        .ok_or(StoreError::Conflict)
    }

    async fn organization(&self, id: &OrgId) -> Result<Option<Organization>> {
        Ok(self.lookup_org(id).await?.map(|(_, o)| o))
    }

    async fn create_api_key(&self, key: &NewApiKey) -> Result<()> {
        let ord = self
            .ordinal(&key.key.organization_id)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let key = key.clone();
        self.write(move |tx| {
            tx.execute(
                "insert into api_keys (id, org, name, scopes, secret_hash, created_at)
                 values (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    key.key.id,
                    ord,
                    key.key.name,
                    key.key.scopes.join(" "),
                    key.secret_hash.as_slice(),
                    key.key.created_at.micros()
                ],
            )?;
            Ok(())
        })
        .await
    }

    async fn api_keys(&self, org: &OrgId) -> Result<Vec<ApiKey>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        let org = org.clone();
        self.read(move |c| {
            let mut stmt = c.prepare_cached(
                "select id, name, scopes, created_at from api_keys
                 where org = ?1 and revoked_at is null order by created_at, id",
            )?;
            let rows = stmt.query_map([ord], |r| key_from_row(r, &org))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    async fn revoke_api_key(&self, org: &OrgId, key_id: &str) -> Result<bool> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(false);
        };
        let key_id = key_id.to_owned();
        let revoked = key_id.clone();
        let done = self
            .write(move |tx| {
                let n = tx.execute(
                    "update api_keys set revoked_at = ?3
                     where org = ?1 and id = ?2 and revoked_at is null",
                    params![ord, key_id, Timestamp::now().micros()],
                )?;
                Ok(n == 1)
            })
            .await;
        // Whatever the outcome, forget the key: a failed write may still have committed.
        let mut cache = self.keys.write().unwrap_or_else(|p| p.into_inner());
        cache.generation += 1;
        cache.live.retain(|_, k| k.id != revoked);
        drop(cache);
        done
    }

    async fn api_key_by_secret_hash(&self, secret_hash: &[u8; 32]) -> Result<Option<ApiKey>> {
        let generation = {
            let cache = self.keys.read().unwrap_or_else(|p| p.into_inner());
            if let Some(key) = cache.live.get(secret_hash) {
                return Ok(Some(key.clone()));
            }
            cache.generation
        };
        let hash = *secret_hash;
        let found = self
            .read(move |c| {
                let mut stmt = c.prepare_cached(
                    "select k.id, k.name, k.scopes, k.created_at, o.id from api_keys k
                     join organizations o on o.ord = k.org
                     where k.secret_hash = ?1 and k.revoked_at is null",
                )?;
                let found = stmt
                    .query_row([hash.as_slice()], |r| {
                        let org: String = r.get(4)?;
                        let org = OrgId::parse(&org).ok_or(rusqlite::Error::InvalidQuery)?;
                        key_from_row(r, &org)
                    })
                    .optional()?;
                Ok(found)
            })
            .await?;
        if let Some(key) = &found {
            let mut cache = self.keys.write().unwrap_or_else(|p| p.into_inner());
            if cache.generation == generation {
                if cache.live.len() >= MAX_CACHED_KEYS {
                    cache.live.clear();
                }
                cache.live.insert(hash, key.clone());
            }
        }
        Ok(found)
    }

    async fn setting(&self, name: &str) -> Result<Option<String>> {
        let name = name.to_owned();
        self.read(move |c| {
            Ok(
                c.query_row("select value from settings where name = ?1", [name], |r| {
                    r.get(0)
                })
                .optional()?,
            )
        })
        .await
    }

    async fn insert_setting(&self, name: &str, value: &str) -> Result<bool> {
        let (name, value) = (name.to_owned(), value.to_owned());
        self.write(move |tx| {
            let n = tx.execute(
                "insert into settings (name, value) values (?1, ?2) on conflict (name) do nothing",
                params![name, value],
            )?;
            Ok(n == 1)
        })
        .await
    }

    async fn replace_setting(&self, name: &str, value: &str) -> Result<()> {
        let (name, value) = (name.to_owned(), value.to_owned());
        self.write(move |tx| {
            tx.execute(
                "insert into settings (name, value) values (?1, ?2)
                 on conflict (name) do update set value = excluded.value",
                params![name, value],
            )?;
            Ok(())
        })
        .await
    }

    #[tracing::instrument(skip_all, fields(org = %org, items = items.len()))]
    async fn append(&self, org: &OrgId, items: Vec<NewEntry>) -> Result<Vec<Appended>> {
        let ord = self
            .ordinal(org)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let prepared = crate::prepare(&self.ids, org, items)?;
        writer::call(self.writer()?, move |state, tx| {
            writer::append(state, tx, ord, prepared)
        })
        .await
    }

    async fn entry(&self, org: &OrgId, id: &str) -> Result<Option<Entry>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(None);
        };
        let (id, bodies) = (id.to_owned(), self.bodies.clone());
        self.read(move |c| {
            let row = c
                .prepare_cached("select body, hash from entries where id = ?1 and org = ?2")?
                .query_row(params![id, ord], |r| {
                    Ok((r.get::<_, Stored>(0)?, r.get::<_, Vec<u8>>(1)?))
                })
                .optional()?;
            row.map(|(Stored(body), hash)| bodies::entry(c, &bodies, ord, &body, &hash))
                .transpose()
        })
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
        self.read(move |c| {
            let mut stmt = c.prepare_cached(
                "select body, hash from entries where org = ?1 and seq > ?2 order by seq limit ?3",
            )?;
            let rows = stmt.query_map(params![ord, after as i64, limit], |r| {
                Ok((r.get::<_, Stored>(0)?, r.get::<_, Vec<u8>>(1)?))
            })?;
            rows.map(|row| {
                let (Stored(body), hash) = row?;
                bodies::entry(c, &bodies, ord, &body, &hash)
            })
            .collect()
        })
        .await
    }

    async fn raw_entries(&self, org: &OrgId, after: u64, limit: u32) -> Result<Vec<RawEntry>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        let bodies = self.bodies.clone();
        self.read(move |c| {
            let mut stmt = c.prepare_cached(
                "select seq, body, hash from entries where org = ?1 and seq > ?2 order by seq limit ?3",
            )?;
            let rows = stmt.query_map(params![ord, after as i64, limit], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, Stored>(1)?, r.get(2)?))
            })?;
            rows.map(|row| {
                let (sequence, Stored(body), hash) = row?;
                Ok(RawEntry {
                    sequence: sequence as u64,
                    body: bodies::unpack(c, &bodies, ord, &body)?,
                    hash,
                })
            })
            .collect()
        })
        .await
    }

    async fn tree_head(&self, org: &OrgId) -> Result<TreeHead> {
        let empty = TreeHead {
            size: 0,
            root: empty_root(),
        };
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(empty);
        };
        self.read(move |c| {
            let row = c
                .prepare_cached("select size, root from trees where org = ?1")?
                .query_row([ord], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
                })
                .optional()?;
            match row {
                None => Ok(empty),
                Some((size, root)) => Ok(TreeHead {
                    size: size as u64,
                    root: to_hash(&root)?,
                }),
            }
        })
        .await
    }

    async fn tree_nodes(&self, org: &OrgId, positions: &[(u32, u64)]) -> Result<Vec<Hash>> {
        let ord = self
            .ordinal(org)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let positions = positions.to_vec();
        self.read(move |c| {
            positions
                .iter()
                .map(|(level, idx)| tree::node(c, ord, *level, *idx))
                .collect()
        })
        .await
    }

    async fn latest_checkpoint(&self, org: &OrgId) -> Result<Option<SignedCheckpoint>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(None);
        };
        self.read(move |c| {
            let mut stmt = c.prepare_cached(
                "select size, root, note from checkpoints where org = ?1 order by size desc limit 1",
            )?;
            let mut rows = stmt.query_map([ord], checkpoint_from_row)?;
            rows.next().transpose()?.transpose()
        })
        .await
    }

    async fn checkpoints(&self, org: &OrgId) -> Result<Vec<SignedCheckpoint>> {
        let Some(ord) = self.ordinal(org).await? else {
            return Ok(Vec::new());
        };
        self.read(move |c| {
            let mut stmt = c.prepare_cached(
                "select size, root, note from checkpoints where org = ?1 order by size",
            )?;
            let rows = stmt.query_map([ord], checkpoint_from_row)?;
            rows.map(|r| r?).collect()
        })
        .await
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

    async fn record_checkpoint(&self, org: &OrgId, checkpoint: &SignedCheckpoint) -> Result<()> {
        let ord = self
            .ordinal(org)
            .await?
            .ok_or(StoreError::UnknownOrganization)?;
        let cp = checkpoint.clone();
        self.write(move |tx| {
            tx.execute(
                "insert into checkpoints (org, size, root, note, created_at) values (?1, ?2, ?3, ?4, ?5)
                 on conflict (org, size) do nothing",
                params![ord, cp.size as i64, cp.root.as_slice(), cp.note, Timestamp::now().micros()],
            )?;
            Ok(())
        })
        .await
    }
}

fn to_hash(bytes: &[u8]) -> Result<Hash> {
    <Hash>::try_from(bytes).map_err(|_| StoreError::Internal("stored hash is not 32 bytes".into()))
}

fn checkpoint_from_row(r: &rusqlite::Row) -> rusqlite::Result<Result<SignedCheckpoint>> {
    let size: i64 = r.get(0)?;
    let root: Vec<u8> = r.get(1)?;
    let note: String = r.get(2)?;
    Ok(to_hash(&root).map(|root| SignedCheckpoint {
        size: size as u64,
        root,
        note,
    }))
}
