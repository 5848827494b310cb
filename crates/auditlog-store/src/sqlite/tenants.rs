//! Organizations, API keys and settings on SQLite.

use rusqlite::{params, OptionalExtension};

use auditlog_core::{OrgId, Timestamp};

use super::SqliteStore;
use crate::{ApiKey, NewApiKey, Organization, Result, StoreError};

fn key_from_row(r: &rusqlite::Row, org: &OrgId) -> rusqlite::Result<ApiKey> {
    let scopes: String = r.get(2)?;
    Ok(ApiKey {
        id: r.get(0)?,
        organization_id: org.clone(),
        name: r.get(1)?,
        scopes: scopes.split_whitespace().map(str::to_owned).collect(),
        created_at: Timestamp::from_micros(r.get(3)?),
        compatibility: r.get("compatibility")?,
    })
}

pub(super) async fn create_organization(store: &SqliteStore, org: &Organization) -> Result<()> {
    let org = org.clone();
    store
        .write(move |tx| {
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

pub(super) async fn create_api_key(store: &SqliteStore, key: &NewApiKey) -> Result<()> {
    let ord = store
        .ordinal(&key.key.organization_id)
        .await?
        .ok_or(StoreError::UnknownOrganization)?;
    let key = key.clone();
    store
        .write(move |tx| {
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
            if let Some(compatibility) = &key.key.compatibility {
                tx.execute(
                    "insert into api_key_options (org, key_id, compatibility) values (?1, ?2, ?3)",
                    params![ord, key.key.id, compatibility],
                )?;
            }
            Ok(())
        })
        .await
}

pub(super) async fn organizations(store: &SqliteStore) -> Result<Vec<Organization>> {
    store
        .read(|c| {
            let mut stmt =
                c.prepare_cached("select id, name, created_at from organizations order by id")?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?, r.get::<_, i64>(2)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, name, created_at) = row?;
                // An id the store holds was checked when it was created.
                if let Some(id) = OrgId::stored(&id) {
                    out.push(Organization {
                        id,
                        name,
                        created_at: Timestamp::from_micros(created_at),
                    });
                }
            }
            Ok(out)
        })
        .await
}

pub(super) async fn api_keys(store: &SqliteStore, org: &OrgId) -> Result<Vec<ApiKey>> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(Vec::new());
    };
    let org = org.clone();
    store
        .read(move |c| {
            let mut stmt = c.prepare_cached(
                "select k.id, k.name, k.scopes, k.created_at, x.compatibility from api_keys k
             left join api_key_options x on x.org = k.org and x.key_id = k.id
             where k.org = ?1 and k.revoked_at is null order by k.created_at, k.id",
            )?;
            let rows = stmt.query_map([ord], |r| key_from_row(r, &org))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
}

pub(super) async fn revoke_api_key(store: &SqliteStore, org: &OrgId, key_id: &str) -> Result<bool> {
    let Some(ord) = store.ordinal(org).await? else {
        return Ok(false);
    };
    let key_id = key_id.to_owned();
    let revoked = key_id.clone();
    let done = store
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
    store.keys.forget(&revoked);
    done
}

pub(super) async fn api_key_by_secret_hash(
    store: &SqliteStore,
    secret_hash: &[u8; 32],
) -> Result<Option<ApiKey>> {
    let generation = match store.keys.get(secret_hash) {
        Ok(key) => return Ok(Some(key)),
        Err(generation) => generation,
    };
    let hash = *secret_hash;
    let found = store
        .read(move |c| {
            let mut stmt = c.prepare_cached(
                "select k.id, k.name, k.scopes, k.created_at, o.id, x.compatibility from api_keys k
                 join organizations o on o.ord = k.org
                 left join api_key_options x on x.org = k.org and x.key_id = k.id
                 where k.secret_hash = ?1 and k.revoked_at is null",
            )?;
            let found = stmt
                .query_row([hash.as_slice()], |r| {
                    let org: String = r.get(4)?;
                    let org = OrgId::stored(&org).ok_or(rusqlite::Error::InvalidQuery)?;
                    key_from_row(r, &org)
                })
                .optional()?;
            Ok(found)
        })
        .await?;
    if let Some(key) = &found {
        store.keys.keep(hash, key, generation);
    }
    Ok(found)
}

pub(super) async fn setting(store: &SqliteStore, name: &str) -> Result<Option<String>> {
    let name = name.to_owned();
    store
        .read(move |c| {
            Ok(
                c.query_row("select value from settings where name = ?1", [name], |r| {
                    r.get(0)
                })
                .optional()?,
            )
        })
        .await
}

pub(super) async fn insert_setting(store: &SqliteStore, name: &str, value: &str) -> Result<bool> {
    let (name, value) = (name.to_owned(), value.to_owned());
    store
        .write(move |tx| {
            let n = tx.execute(
                "insert into settings (name, value) values (?1, ?2) on conflict (name) do nothing",
                params![name, value],
            )?;
            Ok(n == 1)
        })
        .await
}

pub(super) async fn replace_setting(store: &SqliteStore, name: &str, value: &str) -> Result<()> {
    let (name, value) = (name.to_owned(), value.to_owned());
    store
        .write(move |tx| {
            tx.execute(
                "insert into settings (name, value) values (?1, ?2)
             on conflict (name) do update set value = excluded.value",
                params![name, value],
            )?;
            Ok(())
        })
        .await
}
