//! Pruning under retention: the entries pruned leave every listing, total, facet and export
//! alike (the scan reads the entries themselves), reading one is `Pruned`, only entries sealed
//! into segments go, and the tree does not change.

use rand::rngs::StdRng;
use rand::SeedableRng;
use roaring::RoaringBitmap;

use auditlog_core::{Filter, OrgId, PageRequest, Timestamp};
use auditlog_store::testing::Backend;
use auditlog_store::{MarkerSigner, Organization, StoreError};

use crate::postings::{entry, same_listings, scan};

/// The guard of an organization with no policy and no hold.
fn unguarded() -> String {
    auditlog_store::pruning::guard(None, &[])
}

/// Creates the organization `org`.
async fn create(store: &dyn auditlog_store::Store, org: &OrgId) {
    let organization = Organization {
        id: org.clone(),
        name: org.as_str().into(),
        created_at: Timestamp::now(),
    };
    store.create_organization(&organization).await.unwrap();
}

/// A marker that says how many entries its step pruned.
fn marker() -> MarkerSigner {
    std::sync::Arc::new(|set: &RoaringBitmap, n: u64| format!("step {n}: {}", set.len()))
}

async fn pruned_entries_leave_every_listing_and_the_tree_stays_whole() {
    let backend = Backend::fresh().await;
    let org = OrgId::parse("acme").unwrap();
    let mut rng = StdRng::seed_from_u64(7);
    let mut clock = 1_600_000_000_000_000i64;
    let store = backend.open_with_small_segments(50).await;
    create(&*store, &org).await;
    let mut ids = Vec::new();
    // 21 batches of 12: segments of 60 seal the first 240, the last 12 stay in the tail.
    for _ in 0..21 {
        let batch = (0..12)
            .map(|_| {
                clock += 3_600_000_000;
                entry(&mut rng, clock)
            })
            .collect();
        for appended in store.append(&org, batch).await.unwrap() {
            ids.push(appended.entry().unwrap().id);
        }
    }
    let head = store.tree_head(&org).await.unwrap();
    let mut wanted: RoaringBitmap = (1..=60).collect();
    wanted.extend((61..=252).filter(|s| s % 7 == 0));
    let pruned = store
        .prune(&org, &wanted, marker(), &unguarded())
        .await
        .unwrap()
        .unwrap();
    assert!(pruned.is_subset(&wanted));
    assert!(pruned.contains(1) && pruned.contains(60) && pruned.contains(238));
    assert!(!pruned.contains(245), "an entry still in the tail waits");
    assert_eq!(store.pruned(&org).await.unwrap(), pruned);
    assert!(store
        .prune(&org, &wanted, marker(), &unguarded())
        .await
        .unwrap()
        .unwrap()
        .is_empty());
    let markers = store.prune_markers(&org).await.unwrap();
    assert_eq!(
        markers.len(),
        1,
        "a step that pruned nothing leaves no marker"
    );
    assert_eq!(
        (markers[0].number, markers[0].first, markers[0].last),
        (1, 1, pruned.max().unwrap() as u64)
    );
    assert_eq!(markers[0].note, format!("step 1: {}", pruned.len()));
    // A decision made before a hold was placed (or the policy changed) prunes nothing.
    let hold = auditlog_store::LegalHold {
        id: "hold_1".into(),
        name: "Case".into(),
        reason: "why".into(),
        filter: "{}".into(),
        created_at: Timestamp::now(),
        released_at: None,
    };
    store.create_hold(&org, &hold).await.unwrap();
    let late: RoaringBitmap = (61..=70).collect();
    assert_eq!(
        store
            .prune(&org, &late, marker(), &unguarded())
            .await
            .unwrap(),
        None
    );
    let held = auditlog_store::pruning::guard(None, &["hold_1".to_owned()]);
    assert!(store
        .prune(&org, &RoaringBitmap::new(), marker(), &held)
        .await
        .unwrap()
        .is_some());
    assert_eq!(store.pruned(&org).await.unwrap(), pruned);

    let reader = backend.open_read_only().await.unwrap();
    same_listings(&[&store, &reader], &org, 3).await;
    let kept = scan(&store, &org, &Filter::default()).await;
    assert_eq!(kept.len() as u64, 252 - pruned.len());
    assert!(kept.iter().all(|e| !pruned.contains(e.sequence as u32)));
    let page = PageRequest::Offset {
        offset: 0,
        limit: 10,
    };
    let all = store.list(&org, &Filter::default(), page).await.unwrap();
    assert_eq!(all.total, 252 - pruned.len());
    assert!(matches!(
        store.entry(&org, &ids[0]).await,
        Err(StoreError::Pruned)
    ));
    assert_eq!(
        store.entry(&org, &ids[60]).await.unwrap().unwrap().sequence,
        61
    );
    assert_eq!(store.tree_head(&org).await.unwrap(), head);

    // Reopened, with the tail rebuilt from the entries: the same.
    drop((store, reader));
    let store = backend.open_with_small_segments(50).await;
    let reader = backend.open_read_only().await.unwrap();
    same_listings(&[&store, &reader], &org, 4).await;
    // The last entries, once sealed, can go too.
    let more = (0..60)
        .map(|_| {
            clock += 3_600_000_000;
            entry(&mut rng, clock)
        })
        .collect();
    store.append(&org, more).await.unwrap();
    assert!(store
        .prune(&org, &wanted, marker(), &held)
        .await
        .unwrap()
        .unwrap()
        .contains(245));
    same_listings(&[&store, &reader], &org, 5).await;
}

async fn a_retention_policy_is_kept_replaced_and_removed() {
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    let org = OrgId::parse("acme").unwrap();
    create(&*store, &org).await;
    assert_eq!(store.retention(&org).await.unwrap(), None);
    let at = Timestamp::from_micros(1_700_000_000_000_000);
    for policy in [r#"{"days":30}"#, r#"{"days":365}"#] {
        store.set_retention(&org, Some(policy), at).await.unwrap();
        assert_eq!(
            store.retention(&org).await.unwrap(),
            Some((policy.to_owned(), at))
        );
    }
    assert_eq!(
        store.retention_policies().await.unwrap(),
        [(org.clone(), r#"{"days":365}"#.to_owned())]
    );
    store.set_retention(&org, None, at).await.unwrap();
    assert_eq!(store.retention(&org).await.unwrap(), None);
    assert!(store.retention_policies().await.unwrap().is_empty());
}

auditlog_store::on_both_backends!(
    pruned_entries_leave_every_listing_and_the_tree_stays_whole,
    a_retention_policy_is_kept_replaced_and_removed,
);

/// The rows of the storage's entries that hold no content (PostgreSQL).
async fn emptied_rows(backend: &Backend) -> String {
    let rows = backend
        .query_text(
            "",
            "select count(*) from entries where body is null and packed is null",
        )
        .await;
    rows[0][0].clone().unwrap()
}

/// The horizon the pruner looks ahead by default.
const MONTH: std::time::Duration = std::time::Duration::from_secs(31 * 86_400);

/// No soon-expiring entries anywhere.
fn nothing_soon() -> std::collections::HashMap<OrgId, RoaringBitmap> {
    Default::default()
}

/// 2024-03-10, in microseconds.
const MARCH_2024: i64 = 1_710_028_800_000_000;

/// A store sealing every 10 entries, with organization `acme` holding 30 entries of
/// 2024-03-10 (sequences 1 to 30) and 10 of now; with their ids.
async fn thirty_in_march_and_ten_now() -> (
    Backend,
    std::sync::Arc<dyn auditlog_store::Store>,
    OrgId,
    Vec<String>,
) {
    let backend = Backend::fresh().await;
    let store = backend.open_with_small_segments(10).await;
    let org = OrgId::parse("acme").unwrap();
    create(&*store, &org).await;
    let mut rng = StdRng::seed_from_u64(11);
    let mut ids = Vec::new();
    for at in [
        MARCH_2024,
        MARCH_2024 + 1,
        MARCH_2024 + 2,
        Timestamp::now().micros(),
    ] {
        let batch = (0..10).map(|i| entry(&mut rng, at + i)).collect();
        for a in store.append(&org, batch).await.unwrap() {
            ids.push(a.entry().unwrap().id);
        }
    }
    (backend, store, org, ids)
}

/// On PostgreSQL, a past month whose every entry was pruned loses its partition without a row
/// of it being rewritten; its leaves stay, so the tree, the fsck's rows and a pruned entry's
/// `Pruned` are as before, and an entry back-filled into that month later is kept like any
/// other.
#[tokio::test]
async fn on_postgres_a_wholly_pruned_month_is_dropped_without_emptying_a_row() {
    use auditlog_core::merkle::{covering, Frontier};
    use auditlog_store::testing::{run_on, Kind};
    run_on(Kind::Postgres, async {
        let (backend, store, org, ids) = thirty_in_march_and_ten_now().await;
        let head = store.tree_head(&org).await.unwrap();
        let old: RoaringBitmap = (1..=30).collect();
        assert_eq!(
            store
                .prune(&org, &old, marker(), &unguarded())
                .await
                .unwrap()
                .unwrap(),
            old
        );
        // Pruned, the rows are left as they are until their month goes, and no read has them.
        assert_eq!(emptied_rows(&backend).await, "0");
        assert_eq!(store.awaiting_erasure(&org).await.unwrap(), old);
        assert!(matches!(
            store.entry(&org, &ids[0]).await,
            Err(StoreError::Pruned)
        ));
        let exported = store
            .entries_by_sequence(&org, &Filter::default(), 0, 5)
            .await
            .unwrap();
        assert_eq!(
            exported.iter().map(|e| e.sequence).collect::<Vec<_>>(),
            (31..=35).collect::<Vec<_>>()
        );
        let settled = store.settle(&nothing_soon(), MONTH).await.unwrap();
        assert_eq!(settled.dropped, ["entries_y2024m03"]);
        assert_eq!((settled.emptied, settled.waiting), (0, 0));
        assert_eq!(emptied_rows(&backend).await, "0");
        assert!(store.awaiting_erasure(&org).await.unwrap().is_empty());
        assert_eq!(
            store.settle(&nothing_soon(), MONTH).await.unwrap(),
            Default::default()
        );

        assert_eq!(store.tree_head(&org).await.unwrap(), head);
        let positions = covering(0, 40);
        let mut rebuilt = Frontier::empty();
        for ((level, _), hash) in positions
            .iter()
            .zip(store.tree_nodes(&org, &positions).await.unwrap())
        {
            assert!(rebuilt.append_subtree(*level, hash));
        }
        assert_eq!(rebuilt.root(), head.root);
        let rows = store.raw_entries(&org, 0, 100).await.unwrap();
        assert_eq!(
            rows.iter().map(|r| r.sequence).collect::<Vec<_>>(),
            (1..=40).collect::<Vec<_>>()
        );
        assert!(rows[..30].iter().all(|r| r.body.as_deref() == Ok("")));
        assert!(matches!(
            store.entry(&org, &ids[0]).await,
            Err(StoreError::Pruned)
        ));
        let page = PageRequest::Offset {
            offset: 0,
            limit: 50,
        };
        assert_eq!(
            store
                .list(&org, &Filter::default(), page)
                .await
                .unwrap()
                .total,
            10
        );
        store
            .append(
                &org,
                vec![entry(
                    &mut StdRng::seed_from_u64(13),
                    MARCH_2024 + 5 * 86_400_000_000,
                )],
            )
            .await
            .unwrap();
        let listed = store.list(&org, &Filter::default(), page).await.unwrap();
        assert_eq!((listed.total, listed.entries.len()), (11, 11));
    })
    .await;
}

/// On PostgreSQL, pruned entries of a month that keeps others wait for the month to go whole
/// only while the rest of it expires soon; otherwise their rows are emptied one by one, and the
/// month still goes once all of it is pruned.
#[tokio::test]
async fn on_postgres_a_month_that_keeps_entries_has_its_pruned_rows_emptied_unless_it_expires_soon()
{
    use auditlog_store::testing::{run_on, Kind};
    run_on(Kind::Postgres, async {
        let (backend, store, org, ids) = thirty_in_march_and_ten_now().await;
        let first: RoaringBitmap = (1..=20).collect();
        store
            .prune(&org, &first, marker(), &unguarded())
            .await
            .unwrap()
            .unwrap();

        // The rest of March expires soon: its pruned entries wait, rows untouched.
        let soon = std::collections::HashMap::from([(org.clone(), (21..=30).collect())]);
        let settled = store.settle(&soon, MONTH).await.unwrap();
        assert_eq!(
            (settled.dropped.len(), settled.emptied, settled.waiting),
            (0, 0, 20)
        );
        assert_eq!(emptied_rows(&backend).await, "0");
        assert_eq!(store.awaiting_erasure(&org).await.unwrap(), first);

        // It does not: they are emptied now, and only they.
        let settled = store.settle(&nothing_soon(), MONTH).await.unwrap();
        assert_eq!(
            (settled.dropped.len(), settled.emptied, settled.waiting),
            (0, 20, 0)
        );
        assert_eq!(emptied_rows(&backend).await, "20");
        assert!(store.awaiting_erasure(&org).await.unwrap().is_empty());
        let rows = store.raw_entries(&org, 0, 100).await.unwrap();
        assert!(rows[..20].iter().all(|r| r.body.as_deref() == Ok("")));
        assert!(rows[20..].iter().all(|r| r.body.as_deref() != Ok("")));
        assert!(matches!(
            store.entry(&org, &ids[19]).await,
            Err(StoreError::Pruned)
        ));
        assert_eq!(
            store.entry(&org, &ids[20]).await.unwrap().unwrap().sequence,
            21
        );

        // Once the rest is pruned, the month goes whole.
        let rest: RoaringBitmap = (21..=30).collect();
        store
            .prune(&org, &rest, marker(), &unguarded())
            .await
            .unwrap()
            .unwrap();
        let settled = store.settle(&nothing_soon(), MONTH).await.unwrap();
        assert_eq!(settled.dropped, ["entries_y2024m03"]);
        assert_eq!(emptied_rows(&backend).await, "0");
        let rows = store.raw_entries(&org, 0, 100).await.unwrap();
        assert_eq!(rows.len(), 40);
        assert!(rows[..30].iter().all(|r| r.body.as_deref() == Ok("")));
        let page = PageRequest::Offset {
            offset: 0,
            limit: 50,
        };
        let listed = store.list(&org, &Filter::default(), page).await.unwrap();
        assert_eq!(listed.total, 10);
    })
    .await;
}

/// On PostgreSQL, a month two organizations share waits only on what both will prune soon, and
/// for twice the horizon at most; pruned entries outside the months' partitions (the default
/// one) are emptied at once.
#[tokio::test]
async fn on_postgres_a_shared_month_waits_on_every_organization_in_it_and_not_for_ever() {
    use auditlog_store::testing::{run_on, Kind};
    run_on(Kind::Postgres, async {
        let backend = Backend::fresh().await;
        let store = backend.open_with_small_segments(10).await;
        let (a, b) = (
            OrgId::parse("acme").unwrap(),
            OrgId::parse("bravo").unwrap(),
        );
        let mut rng = StdRng::seed_from_u64(14);
        // 1990-01-01: older than any month given a partition of its own.
        let long_ago = 631_152_000_000_000i64;
        for (org, dates) in [(&a, vec![MARCH_2024, long_ago]), (&b, vec![MARCH_2024])] {
            create(&*store, org).await;
            for at in dates {
                let batch = (0..10).map(|i| entry(&mut rng, at + i)).collect();
                store.append(org, batch).await.unwrap();
            }
        }
        let all: RoaringBitmap = (1..=20).collect();
        store
            .prune(&a, &all, marker(), &unguarded())
            .await
            .unwrap()
            .unwrap();
        let soon = std::collections::HashMap::from([
            (a.clone(), RoaringBitmap::new()),
            (b.clone(), (1..=10).collect()),
        ]);
        let settled = store.settle(&soon, MONTH).await.unwrap();
        assert_eq!(
            (settled.dropped.len(), settled.emptied, settled.waiting),
            (0, 10, 10)
        );
        assert_eq!(
            store.awaiting_erasure(&a).await.unwrap(),
            (1..=10).collect()
        );
        // Waited out (a horizon of nothing): emptied.
        let settled = store
            .settle(&soon, std::time::Duration::ZERO)
            .await
            .unwrap();
        assert_eq!((settled.emptied, settled.waiting), (10, 0));
        assert_eq!(emptied_rows(&backend).await, "20");
        // Once the other organization's entries there go too, the month goes whole.
        let march: RoaringBitmap = (1..=10).collect();
        store
            .prune(&b, &march, marker(), &unguarded())
            .await
            .unwrap()
            .unwrap();
        let settled = store.settle(&nothing_soon(), MONTH).await.unwrap();
        assert_eq!(settled.dropped, ["entries_y2024m03"]);
        assert_eq!(emptied_rows(&backend).await, "10");
        assert!(matches!(
            store.list(&b, &Filter::default(), PageRequest::Offset { offset: 0, limit: 5 }).await,
            Ok(page) if page.total == 0
        ));
    })
    .await;
}
