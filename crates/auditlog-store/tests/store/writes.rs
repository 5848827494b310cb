use std::sync::Arc;

use serde_json::json;

use auditlog_core::validate::validate_entry;
use auditlog_core::{Filter, Limits, NewEntry, OrgId, PageRequest, Timestamp};
use auditlog_store::testing::Backend;
use auditlog_store::{ApiKey, NewApiKey, Organization, Store, StoreError};

fn new_entry(resource_id: &str, key: Option<&str>) -> NewEntry {
    let mut v = json!({"action": "created", "resource_type": "assistant", "resource_id": resource_id, "user_id": "u"});
    if let Some(k) = key {
        v["idempotency_key"] = json!(k);
    }
    validate_entry(v, "", &Limits::now()).unwrap()
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
            let e = a.entry().unwrap();
            by_org
                .entry(e.organization_id)
                .or_default()
                .push(e.sequence);
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
    assert_eq!(first[0].entry().unwrap(), again[0].entry().unwrap());
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
    assert_eq!(
        twice[0].entry().unwrap().sequence,
        twice[1].entry().unwrap().sequence
    );
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
        .entry()
        .unwrap();
    let read = store.entry(&a, &stored.id).await.unwrap().unwrap();
    assert_eq!(read, stored);
    let recomputed = hex::encode(auditlog_core::canonical::leaf_hash(&read.canonical_bytes()));
    assert_eq!(recomputed, read.hash);
}

/// Entries of some variety, as an organization's real ones have.
fn varied_entry(i: u64) -> NewEntry {
    let action = ["created", "updated", "deleted"][i as usize % 3];
    let resource_type = ["assistant", "workflow", "document"][i as usize % 7 % 3];
    let v = json!({"action": action, "resource_type": resource_type,
                   "resource_id": format!("res_{}", i * 7919 % 613),
                   "user_id": format!("user_{}", i % 41),
                   "resource_name": format!("Resource number {}", i % 613),
                   "metadata": {"ip": format!("10.0.{}.{}", i % 7, i % 251), "attempt": i % 5}});
    validate_entry(v, "", &Limits::now()).unwrap()
}

/// The average stored length of the bodies of sequences `from..=to`.
async fn stored_length(backend: &Backend, from: u64, to: u64) -> f64 {
    let rows = backend
        .query_text(
            &format!("select avg(length(body)) from entries where seq between {from} and {to}"),
            &format!("select avg(length(packed)) from entries where seq between {from} and {to}"),
        )
        .await;
    rows[0][0].as_deref().unwrap().parse().unwrap()
}

async fn bodies_are_packed_and_an_organization_past_2048_entries_gets_its_dictionary() {
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    let a = OrgId::parse("a").unwrap();
    store
        .create_organization(&Organization {
            id: a.clone(),
            name: "A".into(),
            created_at: Timestamp::now(),
        })
        .await
        .unwrap();
    // The first group past 2,048 entries starts training; a later one stores the dictionary
    // and packs its own entries and every later one with it.
    let mut appended = Vec::new();
    for batch in 0..3 {
        let items = (batch * 1000..batch * 1000 + 1000)
            .map(varied_entry)
            .collect();
        appended.extend(store.append(&a, items).await.unwrap());
    }
    let dictionaries = || {
        backend.query_text(
            "select org, id from dictionaries",
            "select org, id from dictionaries",
        )
    };
    let mut first_packed_with_it = None;
    for _ in 0..400 {
        let next = appended.len() as u64;
        appended.extend(store.append(&a, vec![varied_entry(next)]).await.unwrap());
        if !dictionaries().await.is_empty() {
            first_packed_with_it = Some(next + 1);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let first = first_packed_with_it.expect("a dictionary within 10 s");
    assert_eq!(dictionaries().await.len(), 1);
    let more = (first..first + 1000).map(varied_entry).collect();
    appended.extend(store.append(&a, more).await.unwrap());
    let unpacked = backend
        .query_text(
            "select count(*) from entries where typeof(body) <> 'blob'",
            "select count(*) from entries where packed is null or body is not null",
        )
        .await;
    assert_eq!(unpacked[0][0].as_deref(), Some("0"));
    let alone = stored_length(&backend, 1, first - 1).await;
    let with_dictionary = stored_length(&backend, first, first + 999).await;
    assert!(
        with_dictionary < alone * 0.7,
        "with its dictionary {with_dictionary} B, alone {alone} B"
    );

    // Read back identical, by this store and by another that loads the dictionary anew.
    drop(store);
    for store in [
        backend.open().await,
        backend.open_read_only().await.unwrap(),
    ] {
        let mut read = Vec::new();
        while read.len() < appended.len() {
            let after = read.len() as u64;
            read.extend(
                store
                    .entries_by_sequence(&a, &Filter::default(), after, 1000)
                    .await
                    .unwrap(),
            );
        }
        for (stored, read) in appended.iter().zip(&read) {
            assert_eq!(&stored.entry().unwrap(), read);
        }
        let raw = store.raw_entries(&a, first - 1, 1).await.unwrap();
        let body: serde_json::Value = serde_json::from_str(raw[0].body.as_ref().unwrap()).unwrap();
        assert_eq!(body["sequence"], first);
    }
}

/// A write that fails (a key whose id is taken) among concurrent appends: on SQLite they share
/// its group, which fails and runs again request by request; every append still succeeds.
async fn a_failing_write_does_not_fail_the_appends_written_with_it() {
    let (_dir, store) = store_with(&["a"]).await;
    let a = OrgId::parse("a").unwrap();
    let key = |secret: u8| NewApiKey {
        key: ApiKey {
            id: "key_same".into(),
            organization_id: a.clone(),
            name: "k".into(),
            scopes: vec!["audit:write".into()],
            created_at: Timestamp::now(),
            compatibility: None,
        },
        secret_hash: [secret; 32],
    };
    store.create_api_key(&key(1)).await.unwrap();
    let mut appends = Vec::new();
    for i in 0..64 {
        let store = store.clone();
        let a = a.clone();
        appends.push(tokio::spawn(async move {
            store
                .append(&a, vec![new_entry(&format!("r{i}"), None)])
                .await
        }));
    }
    let taken = store.create_api_key(&key(2)).await;
    assert!(taken.is_err(), "a second key with a taken id");
    let mut sequences = Vec::new();
    for append in appends {
        sequences.push(append.await.unwrap().unwrap()[0].entry().unwrap().sequence);
    }
    sequences.sort_unstable();
    assert_eq!(sequences, (1..=64).collect::<Vec<u64>>());
    assert_eq!(store.api_keys(&a).await.unwrap().len(), 1);
}

auditlog_store::on_both_backends!(
    a_failing_write_does_not_fail_the_appends_written_with_it,
    bodies_are_packed_and_an_organization_past_2048_entries_gets_its_dictionary,
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
            validate_entry(v, "", &Limits::now()).unwrap()
        };
        let old = Timestamp::parse_date("1996-05-01").unwrap();
        let ids: Vec<String> = store
            .append(&a, vec![dated("recent", two_years_ago), dated("old", old)])
            .await
            .unwrap()
            .into_iter()
            .map(|a| a.entry().unwrap().id)
            .collect();

        let client = auditlog_store::testing::connect_postgres(&url).await;
        let month = &two_years_ago.to_string()[..7].replace('-', "m");
        let placed = |id: &str| {
            let (client, id) = (&client, id.to_owned());
            async move {
                let sql = "select tableoid::regclass::text from entries where id = $1";
                client.query(sql, &[&id]).await.unwrap()[0].get::<_, String>(0)
            }
        };
        assert_eq!(placed(&ids[0]).await, format!("entries_y{month}"));
        assert_eq!(placed(&ids[1]).await, "entries_default");
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
        let entries = page.parsed().unwrap();
        let ids: Vec<&str> = entries.iter().map(|e| e.resource_id.as_str()).collect();
        assert_eq!(ids, ["recent", "old"]);
    })
    .await;
}
