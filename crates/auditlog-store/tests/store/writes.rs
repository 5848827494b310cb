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
