//! Plain SQL migrations applied at start under an advisory lock (so several servers starting at
//! once apply each exactly once), the durability check, and monthly partitions created ahead.

use time::OffsetDateTime;
use tokio_postgres::{Client, GenericClient};

use crate::migrations::{self, Applied, POSTGRES};
use crate::{Result, StoreError};

/// Arbitrary constant naming auditlog's migration lock.
const MIGRATION_LOCK: i64 = 0x6175_6469_746c_6f67;

/// Months of partitions kept ready beyond the current one.
const MONTHS_AHEAD: i32 = 3;

/// What the database has applied. `to_jsonb` reads the checksum column of a record from before
/// checksums were kept as null rather than failing.
async fn applied(client: &impl GenericClient) -> Result<Vec<Applied>> {
    let exists: Option<String> = client
        .query_one("select to_regclass('auditlog_migrations')::text", &[])
        .await?
        .get(0);
    if exists.is_none() {
        return Ok(Vec::new());
    }
    let rows = client
        .query(
            "select name, to_jsonb(m) ->> 'checksum' from auditlog_migrations m order by name",
            &[],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| Applied {
            name: r.get(0),
            checksum: r.get(1),
        })
        .collect())
}

/// Applies pending migrations in one transaction under the migration lock, each recorded with
/// its checksum; refuses a database whose applied migrations differ from the shipped ones.
pub(crate) async fn migrate(client: &mut Client) -> Result<()> {
    let tx = client.transaction().await?;
    tx.execute("select pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    let plan = migrations::plan(POSTGRES, &applied(&tx).await?)?;
    tx.batch_execute(
        "create table if not exists auditlog_migrations (name text primary key, applied_at timestamptz not null default now());
         alter table auditlog_migrations add column if not exists checksum text",
    )
    .await?;
    for migration in &plan.unrecorded {
        tx.execute(
            "update auditlog_migrations set checksum = $2 where name = $1",
            &[&migration.name, &migration.checksum()],
        )
        .await?;
    }
    for migration in &plan.pending {
        tx.batch_execute(migration.sql).await?;
        tx.execute(
            "insert into auditlog_migrations (name, checksum) values ($1, $2)",
            &[&migration.name, &migration.checksum()],
        )
        .await?;
        tracing::info!(migration = migration.name, "applied migration");
    }
    tx.commit().await?;
    Ok(())
}

/// For a database opened read-only: fails, naming them, when migrations are pending, and when
/// an applied one differs from the shipped file.
pub(crate) async fn check_migrated(client: &Client) -> Result<()> {
    let plan = migrations::plan(POSTGRES, &applied(client).await?)?;
    if plan.pending.is_empty() {
        Ok(())
    } else {
        Err(migrations::needs_migrating(&plan.pending))
    }
}

/// Refuses a server that would acknowledge writes it can lose.
pub(crate) async fn check_durability(client: &Client, allow_unsafe: bool) -> Result<()> {
    let fsync: String = client
        .query_one("select current_setting('fsync')", &[])
        .await?
        .get(0);
    let sync: String = client
        .query_one("select current_setting('synchronous_commit')", &[])
        .await?
        .get(0);
    let unsafe_settings: Vec<String> = [("fsync", fsync), ("synchronous_commit", sync)]
        .into_iter()
        .filter(|(_, v)| v == "off")
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let autovacuum: String = client
        .query_one("select current_setting('autovacuum')", &[])
        .await?
        .get(0);
    if autovacuum == "off" {
        // Not a durability risk, but without it the planner has no statistics and every
        // index-only count fetches the rows: totals of a busy actor took 1.1 s instead of 6 ms
        // at 1 M entries.
        tracing::warn!(
            "PostgreSQL runs with autovacuum=off: listings slow down as entries accumulate; \
             turn it on, or run VACUUM (ANALYZE) regularly"
        );
    }
    if unsafe_settings.is_empty() {
        return Ok(());
    }
    let what = unsafe_settings.join(", ");
    if allow_unsafe {
        tracing::warn!(settings = %what, "PostgreSQL may lose acknowledged writes on a crash; continuing as asked");
        return Ok(());
    }
    Err(StoreError::Unsafe(format!(
        "PostgreSQL runs with {what}: an acknowledged write could be lost on a crash. \
         Turn it on, or start with --accept-losing-acknowledged-writes to run anyway"
    )))
}

/// A calendar month as a count of months since year 0 (`year * 12 + month - 1`).
pub(crate) type Month = i32;

/// Entries further back than this many months get no partition of their own: a back-filled
/// history of recent years is split by month like live data, while a stray ancient timestamp
/// lands in the default partition rather than creating a table.
const MONTHS_BACK: Month = 120;

pub(crate) fn month_now() -> Month {
    let now = OffsetDateTime::now_utc();
    now.year() * 12 + now.month() as i32 - 1
}

/// The months that get partitions of their own, as of now.
pub(crate) fn partitioned_months() -> std::ops::RangeInclusive<Month> {
    let now = month_now();
    now - MONTHS_BACK..=now + MONTHS_AHEAD
}

/// The month of a timestamp in microseconds.
pub(crate) fn month_of(micros: i64) -> Option<Month> {
    let t = OffsetDateTime::from_unix_timestamp_nanos(micros as i128 * 1000).ok()?;
    Some(t.year() * 12 + t.month() as i32 - 1)
}

/// Creates the current month's partitions and the next few, if missing.
pub(crate) async fn ensure_partitions(client: &mut Client) -> Result<()> {
    let now = month_now();
    ensure_months(client, now..=now + MONTHS_AHEAD).await
}

/// Creates the partitions of these months, if missing, under the migration lock (servers
/// starting together would otherwise race to create the same table).
pub(crate) async fn ensure_months(
    client: &mut Client,
    months: impl IntoIterator<Item = Month>,
) -> Result<()> {
    let tx = client.transaction().await?;
    tx.execute("select pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    for m in months {
        let (year, month) = (m.div_euclid(12), m.rem_euclid(12) + 1);
        let (from, to) = (month_start_micros(m)?, month_start_micros(m + 1)?);
        for table in ["entries"] {
            let sql = format!(
                "create table if not exists {table}_y{year:04}m{month:02} partition of {table}
                 for values from ({from}) to ({to})"
            );
            // A default partition already holding rows of that month blocks creation; those
            // rows stay correct where they are, so that is a warning, not a failure.
            tx.batch_execute("savepoint partition").await?;
            match tx.batch_execute(&sql).await {
                Ok(()) => tx.batch_execute("release savepoint partition").await?,
                Err(e) => {
                    tx.batch_execute("rollback to savepoint partition").await?;
                    tracing::warn!(table, year, month, error = %crate::StoreError::from(e), "could not create partition");
                }
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

pub(crate) fn month_start_micros(m: Month) -> Result<i64> {
    let (year, month) = (m.div_euclid(12), m.rem_euclid(12) + 1);
    let month =
        time::Month::try_from(month as u8).map_err(|e| StoreError::Internal(e.to_string()))?;
    let date = time::Date::from_calendar_date(year, month, 1)
        .map_err(|e| StoreError::Internal(e.to_string()))?;
    Ok((date.midnight().assume_utc().unix_timestamp_nanos() / 1000) as i64)
}
