use std::sync::Arc;

use serde_json::json;

use auditlog_core::validate::validate_entry;
use auditlog_core::{Filter, Limits, NewEntry, OrgId, PageRequest, Timestamp};
use auditlog_store::testing::Backend;
use auditlog_store::{Organization, Store, StoreError};

fn new_entry(resource_id: &str, key: Option<&str>) -> NewEntry {
    let mut v = json!({"action": "created", "resource_type": "assistant", "resource_id": resource_id, "user_id": "u"});
    if let Some(k) = key {
        v["idempotency_key"] = json!(k);
    }
    validate_entry(&v, "", &Limits::now()).unwrap()
}

/// A fresh store of the current backend with these organizations; keep the backend alive.
async fn store_with(orgs: &[&str]) -> (Backend, Arc<dyn Store>) {
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    for id in orgs {
        store
            .create_organization(&Organization {
                id: OrgId::parse(id).unwrap(),
                name: id.to_string(),
                created_at: Timestamp::now(),
            })
            .await
            .unwrap();
    }
    (backend, store)
}

async fn concurrent_appends_get_gapless_sequences_per_organization() {
    let (_dir, store) = store_with(&["a", "b"]).await;
    let mut tasks = Vec::new();
    for i in 0..200 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let org = OrgId::parse(if i % 2 == 0 { "a" } else { "b" }).unwrap();
            store
                .append(
                    &org,
                    vec![new_entry(&format!("r{i}"), None), new_entry("x", None)],
                )
                .await
                .unwrap()
        }));
    }
    let mut by_org: std::collections::HashMap<String, Vec<u64>> = Default::default();
    for t in tasks {
        for a in t.await.unwrap() {
            by_org
                .entry(a.entry.organization_id.clone())
                .or_default()
                .push(a.entry.sequence);
        }
    }
    for seqs in by_org.values_mut() {
        seqs.sort_unstable();
        assert_eq!(*seqs, (1..=200).collect::<Vec<u64>>());
    }
}

async fn an_idempotency_key_is_unique_per_organization_only() {
    let (_dir, store) = store_with(&["a", "b"]).await;
    let a = OrgId::parse("a").unwrap();
    let b = OrgId::parse("b").unwrap();
    let first = store
        .append(&a, vec![new_entry("r", Some("k"))])
        .await
        .unwrap();
    let again = store
        .append(&a, vec![new_entry("other", Some("k"))])
        .await
        .unwrap();
    assert!(first[0].created && !again[0].created);
    assert_eq!(first[0].entry, again[0].entry);
    let in_b = store
        .append(&b, vec![new_entry("r", Some("k"))])
        .await
        .unwrap();
    assert!(in_b[0].created);
    // The same key twice inside one batch stores it once.
    let twice = store
        .append(
            &a,
            vec![new_entry("r", Some("k2")), new_entry("r", Some("k2"))],
        )
        .await
        .unwrap();
    assert_eq!((twice[0].created, twice[1].created), (true, false));
    assert_eq!(twice[0].entry.sequence, twice[1].entry.sequence);
}

async fn appending_to_an_unknown_organization_fails_cleanly() {
    let (_dir, store) = store_with(&[]).await;
    let err = store
        .append(&OrgId::parse("ghost").unwrap(), vec![new_entry("r", None)])
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::UnknownOrganization));
    let page = store
        .list(
            &OrgId::parse("ghost").unwrap(),
            &Filter::default(),
            PageRequest::Offset {
                offset: 0,
                limit: 10,
            },
        )
        .await
        .unwrap();
    assert_eq!(page.total, 0);
}

async fn stored_entries_read_back_identical_with_the_same_hash() {
    let (_dir, store) = store_with(&["a"]).await;
    let a = OrgId::parse("a").unwrap();
    let stored = store
        .append(&a, vec![new_entry("r", None)])
        .await
        .unwrap()
        .remove(0)
        .entry;
    let read = store.entry(&a, &stored.id).await.unwrap().unwrap();
    assert_eq!(read, stored);
    let recomputed = hex::encode(auditlog_core::canonical::leaf_hash(&read.canonical_bytes()));
    assert_eq!(recomputed, read.hash);
}

auditlog_store::on_both_backends!(
    concurrent_appends_get_gapless_sequences_per_organization,
    an_idempotency_key_is_unique_per_organization_only,
    appending_to_an_unknown_organization_fails_cleanly,
    stored_entries_read_back_identical_with_the_same_hash,
);

/// On PostgreSQL a back-filled history is split by month like live data: an entry of two years
/// ago lands in its month's partition, created on the way; one of 1996 (beyond the months that
/// get partitions) in the default partition.
#[tokio::test]
async fn on_postgres_back_dated_entries_land_in_their_months_partition() {
    use auditlog_store::testing::{fresh_postgres_url, run_on, Kind};
    run_on(Kind::Postgres, async {
        let url = fresh_postgres_url("").await.unwrap();
        let store = auditlog_store::postgres::PostgresStore::connect(&url, Default::default())
            .await
            .unwrap();
        let a = OrgId::parse("a").unwrap();
        store
            .create_organization(&Organization {
                id: a.clone(),
                name: "a".into(),
                created_at: Timestamp::now(),
            })
            .await
            .unwrap();
        let two_years_ago = Timestamp::now().plus_seconds(-2 * 365 * 86_400);
        let dated = |id: &str, t: Timestamp| {
            let v = json!({"timestamp": t.to_string(), "action": "created", "resource_type": "assistant",
                "resource_id": id, "user_id": "u"});
            validate_entry(&v, "", &Limits::now()).unwrap()
        };
        let old = Timestamp::parse_date("1996-05-01").unwrap();
        store
            .append(&a, vec![dated("recent", two_years_ago), dated("old", old)])
            .await
            .unwrap();

        let client = auditlog_store::testing::connect_postgres(&url).await;
        let month = &two_years_ago.to_string()[..7].replace('-', "m");
        let placed = |resource: &'static str| {
            let client = &client;
            async move {
                let sql = "select tableoid::regclass::text from entries where resource_id = $1";
                client.query(sql, &[&resource]).await.unwrap()[0].get::<_, String>(0)
            }
        };
        assert_eq!(placed("recent").await, format!("entries_y{month}"));
        assert_eq!(placed("old").await, "entries_default");
        // Both read back in order.
        let page = store
            .list(
                &a,
                &Filter::default(),
                PageRequest::Offset {
                    offset: 0,
                    limit: 10,
                },
            )
            .await
            .unwrap();
        let ids: Vec<&str> = page.entries.iter().map(|e| e.resource_id.as_str()).collect();
        assert_eq!(ids, ["recent", "old"]);
    })
    .await;
}
