//! Connecting a store: as a server (durability checked, migrations, partitions, postings
//! brought up to the entries, the writer and the revocation listener started) or as an fsck.

use std::sync::Arc;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};

use super::{listing, schema, segments, writer, PostgresStore, Target};
use crate::body::Unpacker;
use crate::keys::KeyCache;
use crate::metrics::StoreMetrics;
use crate::organizations::Organizations;
use crate::postings::tails::Tails;
use crate::{Result, StoreError};

/// Connections per server process for reads and small writes.
const POOL_SIZE: usize = 16;

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Start even when `fsync` or `synchronous_commit` is off.
    pub accept_losing_acknowledged_writes: bool,
}

impl PostgresStore {
    /// Connects, checks durability, applies migrations and prepares partitions.
    pub async fn connect(url: &str, options: Options) -> Result<Self> {
        Self::connect_with(url, options, Tails::default()).await
    }

    /// Connects writing a postings segment every `entries` entries instead of thousands, so
    /// that tests reach flushes and merges with few entries.
    #[cfg(feature = "test-support")]
    pub async fn connect_with_small_segments(url: &str, entries: u64) -> Result<Self> {
        Self::connect_with(url, Options::default(), Tails::with_flush(entries)).await
    }

    async fn connect_with(url: &str, options: Options, tails: Tails) -> Result<Self> {
        let target = Target::parse(url)?;
        let mut client = target.connect().await?;
        schema::check_durability(&client, options.accept_losing_acknowledged_writes).await?;
        schema::migrate(&mut client).await?;
        schema::ensure_partitions(&mut client).await?;
        index_postings(&mut client, tails.flush).await?;
        let pool = pool(&target)?;
        let tails = Arc::new(tails);
        let bodies = Arc::<Unpacker>::default();
        let metrics = StoreMetrics::default();

        let keys = Arc::new(KeyCache::new(false));
        tokio::spawn(listen_for_revocations(target.clone(), keys.clone()));
        let maintenance = pool.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(Duration::from_secs(3600));
            every.tick().await;
            loop {
                every.tick().await;
                if let Ok(mut client) = maintenance.get().await {
                    let _ = schema::ensure_partitions(&mut client).await;
                }
            }
        });
        Ok(Self {
            postings: listing::Postings {
                pool: pool.clone(),
                tails: tails.clone(),
                caches: Arc::default(),
                bodies: bodies.clone(),
            },
            pool,
            writer: Some(writer::spawn(target, client, tails, metrics.clone())),
            orgs: Organizations::default(),
            keys,
            ids: std::sync::Mutex::new(ulid::Generator::new()),
            bodies,
            metrics,
            waiting_since: Default::default(),
        })
    }

    /// Connects for reading only, as an fsck must: no migrations, no partitions, no writer, and
    /// every transaction read-only in PostgreSQL itself. A database that needs migrating is
    /// refused, naming the pending migrations.
    pub async fn connect_read_only(url: &str) -> Result<Self> {
        let target = Target::parse(url)?.with_options("-c default_transaction_read_only=on");
        let client = target.connect().await?;
        schema::check_migrated(&client).await?;
        let pool = pool(&target)?;
        let bodies = Arc::<Unpacker>::default();
        Ok(Self {
            postings: listing::Postings {
                pool: pool.clone(),
                tails: Arc::default(),
                caches: Arc::default(),
                bodies: bodies.clone(),
            },
            pool,
            writer: None,
            orgs: Organizations::default(),
            keys: Arc::new(KeyCache::new(false)),
            ids: std::sync::Mutex::new(ulid::Generator::new()),
            bodies,
            metrics: StoreMetrics::default(),
            waiting_since: Default::default(),
        })
    }
}

/// Keeps the key cache on while a connection listens for revocations (every server announces
/// its own with `NOTIFY`), and off while none does, reconnecting every second.
async fn listen_for_revocations(target: Target, keys: Arc<KeyCache>) {
    loop {
        let on = keys.clone();
        let heard = keys.clone();
        let outcome = target
            .listen(
                "auditlog_keys",
                move || on.set_enabled(true),
                move |key_id| heard.forget(key_id),
            )
            .await;
        keys.set_enabled(false);
        if let Err(e) = outcome {
            tracing::warn!(error = %e, "cannot listen for key revocations; keys are not cached");
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Brings every organization's postings up to its entries, a few segments per transaction
/// under the organization's head row (so that writers of other servers wait, not race): on a
/// database written before postings, every entry once, with progress in the log.
async fn index_postings(client: &mut tokio_postgres::Client, flush: u64) -> Result<()> {
    let orgs: Vec<i64> = client
        .query("select ord from organizations order by ord", &[])
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    for org in orgs {
        let mut rounds = 0u64;
        loop {
            let tx = client.transaction().await?;
            tx.execute("select 1 from org_heads where org = $1 for update", &[&org])
                .await?;
            let sealed = segments::seal_backlog(&tx, org, flush).await?;
            tx.commit().await?;
            if !sealed {
                break;
            }
            rounds += 1;
            if rounds.is_multiple_of(16) {
                tracing::info!(org, segments = rounds, "indexing entries into postings");
            }
        }
    }
    Ok(())
}

/// The connections for reads and small writes.
fn pool(target: &Target) -> Result<Pool> {
    let manager = Manager::from_config(
        target.config().clone(),
        target.tls(),
        ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        },
    );
    Pool::builder(manager)
        .max_size(POOL_SIZE)
        .wait_timeout(Some(Duration::from_secs(30)))
        .runtime(deadpool_postgres::Runtime::Tokio1)
        .build()
        .map_err(|e| StoreError::Internal(e.to_string()))
}
