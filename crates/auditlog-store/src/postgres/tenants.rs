//! Organizations, API keys and settings on PostgreSQL.

use tokio_postgres::Row;

use auditlog_core::{OrgId, Timestamp};

use super::PostgresStore;
use crate::{ApiKey, NewApiKey, Organization, Result, StoreError};

fn key_from_row(r: &Row, org: OrgId) -> ApiKey {
    let scopes: String = r.get(2);
    ApiKey {
        id: r.get(0),
        organization_id: org,
        name: r.get(1),
        scopes: scopes.split_whitespace().map(str::to_owned).collect(),
        created_at: Timestamp::from_micros(r.get(3)),
        compatibility: r.get("compatibility"),
    }
}

pub(super) async fn create_organization(store: &PostgresStore, org: &Organization) -> Result<()> {
    let mut client = store.pool.get().await?;
    let tx = client.transaction().await?;
    let row = tx
        .query_opt(
            "insert into organizations (id, name, created_at) values ($1, $2, $3)
             on conflict (id) do nothing returning ord",
            &[&org.id.as_str(), &org.name, &org.created_at.micros()],
        )
        .await?;
    let Some(row) = row else {
        return Err(StoreError::Conflict);
    };
    let ord: i64 = row.get(0);
    tx.execute(
        "insert into org_heads (org, next_seq) values ($1, 1)",
        &[&ord],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub(super) async fn create_api_key(store: &PostgresStore, key: &NewApiKey) -> Result<()> {
    let ord = store
        .ordinal(&key.key.organization_id)
        .await?
        .ok_or(StoreError::UnknownOrganization)?;
    let client = store.pool.get().await?;
    client
        .execute(
            // The key and its options in one statement: both or neither.
            "with k as (
                 insert into api_keys (id, org, name, scopes, secret_hash, created_at)
                 values ($1, $2, $3, $4, $5, $6) returning org, id)
             insert into api_key_options (org, key_id, compatibility)
             select org, id, $7 from k where $7::text is not null",
            &[
                &key.key.id,
                &ord,
                &key.key.name,
                &key.key.scopes.join(" "),
                &key.secret_hash.as_slice(),
                &key.key.created_at.micros(),
                &key.key.compatibility,
            ],
        )
        .await?;
    Ok(())
}

pub(super) async fn organizations(store: &PostgresStore) -> Result<Vec<Organization>> {
    let client = store.pool.get().await?;
    let rows = client
        .query(
            "select id, name, created_at from organizations order by id",
            &[],
        )
        .await?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            // An id the store holds was checked when it was created.
            Some(Organization {
                id: OrgId::stored(r.get::<_, &str>(0))?,
                name: r.get(1),
                created_at: Timestamp::from_micros(r.get(2)),
            })
        })
        .collect())
}

pub(super) async fn api_keys(store: &PostgresStore, org: &OrgId) -> Result<Vec<ApiKey>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(Vec::new());
    };
    let client = store.pool.get().await?;
    let rows = client
        .query(
            "select k.id, k.name, k.scopes, k.created_at, x.compatibility from api_keys k
             left join api_key_options x on x.org = k.org and x.key_id = k.id
             where k.org = $1 and k.revoked_at is null order by k.created_at, k.id",
            &[&ord],
        )
        .await?;
    Ok(rows.iter().map(|r| key_from_row(r, org.clone())).collect())
}

pub(super) async fn revoke_api_key(
    store: &PostgresStore,
    org: &OrgId,
    key_id: &str,
) -> Result<bool> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(false);
    };
    let client = store.pool.get().await?;
    // Every server listening hears of it once it commits, and drops the key from its cache.
    let done = client
        .query(
            "with revoked as (
                 update api_keys set revoked_at = $3
                 where org = $1 and id = $2 and revoked_at is null returning id)
             select pg_notify('auditlog_keys', id) from revoked",
            &[&ord, &key_id, &Timestamp::now().micros()],
        )
        .await
        .map(|rows| rows.len() == 1);
    // Whatever the outcome, forget the key: a failed write may still have committed.
    store.keys.forget(key_id);
    Ok(done?)
}

pub(super) async fn api_key_by_secret_hash(
    store: &PostgresStore,
    secret_hash: &[u8; 32],
) -> Result<Option<ApiKey>> {
    let generation = match store.keys.get(secret_hash) {
        Ok(key) => return Ok(Some(key)),
        Err(generation) => generation,
    };
    let client = store.pool.get().await?;
    let stmt = client
        .prepare_cached(
            "select k.id, k.name, k.scopes, k.created_at, o.id, x.compatibility from api_keys k
             join organizations o on o.ord = k.org
             left join api_key_options x on x.org = k.org and x.key_id = k.id
             where k.secret_hash = $1 and k.revoked_at is null",
        )
        .await?;
    let row = client.query_opt(&stmt, &[&secret_hash.as_slice()]).await?;
    let found = row.and_then(|r| {
        let org: String = r.get(4);
        OrgId::stored(&org).map(|org| key_from_row(&r, org))
    });
    if let Some(key) = &found {
        store.keys.keep(*secret_hash, key, generation);
    }
    Ok(found)
}

pub(super) async fn setting(store: &PostgresStore, name: &str) -> Result<Option<String>> {
    let client = store.pool.get().await?;
    let stmt = client
        .prepare_cached("select value from settings where name = $1")
        .await?;
    let row = client.query_opt(&stmt, &[&name]).await?;
    Ok(row.map(|r| r.get(0)))
}

pub(super) async fn insert_setting(store: &PostgresStore, name: &str, value: &str) -> Result<bool> {
    let client = store.pool.get().await?;
    let n = client
        .execute(
            "insert into settings (name, value) values ($1, $2) on conflict (name) do nothing",
            &[&name, &value],
        )
        .await?;
    Ok(n == 1)
}

pub(super) async fn replace_setting(store: &PostgresStore, name: &str, value: &str) -> Result<()> {
    let client = store.pool.get().await?;
    client
        .execute(
            "insert into settings (name, value) values ($1, $2)
             on conflict (name) do update set value = excluded.value",
            &[&name, &value],
        )
        .await?;
    Ok(())
}
