//! Listings by actor, resource or reference, by day (SQLite's postings walk days newest first):
//! every page, by offset or by cursor, and every total must equal the matching entries newest
//! first, across day edges, before 1970, and whatever order the entries arrived in.

use serde_json::json;

use auditlog_core::filter::Position;
use auditlog_core::validate::validate_entry;
use auditlog_core::{Filter, Limits, NewEntry, OrgId, PageRequest, Timestamp};
use auditlog_store::testing::Backend;
use auditlog_store::Organization;

const DAY: i64 = 86_400_000_000;

struct Row {
    ts: i64,
    user: &'static str,
    resource: (&'static str, &'static str),
    target: Option<(&'static str, &'static str)>,
}

/// Entries from 30 days before 1970 to 30 days after, many on the edges of days, in no order.
fn rows(seed: u64, n: usize) -> Vec<Row> {
    let mut x = seed;
    let mut next = move || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x >> 33
    };
    let resources = [
        ("assistant", "a1"),
        ("assistant", "a2"),
        ("thread", "a1"),
        ("thread", "t1"),
    ];
    let targets = [
        Some(("workflow", "w1")),
        Some(("assistant", "a2")),
        None,
        None,
    ];
    (0..n)
        .map(|_| {
            let day = (next() % 60) as i64 - 30;
            let ts = match next() % 4 {
                0 => day * DAY,
                1 => day * DAY - 1,
                _ => day * DAY + (next() % DAY as u64) as i64,
            };
            Row {
                ts,
                user: ["u1", "u2", "u3"][(next() % 3) as usize],
                resource: resources[(next() % 4) as usize],
                target: targets[(next() % 4) as usize],
            }
        })
        .collect()
}

fn new_entry(r: &Row) -> NewEntry {
    let mut v = json!({
        "timestamp": Timestamp::from_micros(r.ts).to_string(),
        "action": "updated",
        "resource_type": r.resource.0,
        "resource_id": r.resource.1,
        "user_id": r.user,
    });
    if let Some((kind, id)) = r.target {
        v["targets"] = json!([{"type": kind, "id": id}]);
    }
    validate_entry(v, "", &Limits::now()).unwrap()
}

fn matches(f: &Filter, r: &Row) -> bool {
    let touches = |kind: Option<&str>, id: &str| {
        std::iter::once(r.resource)
            .chain(r.target)
            .any(|(k, i)| i == id && kind.is_none_or(|kind| kind == k))
    };
    f.user_id.as_deref().is_none_or(|u| u == r.user)
        && f.resource_id.as_deref().is_none_or(|id| id == r.resource.1)
        && f.resource_type.as_deref().is_none_or(|t| t == r.resource.0)
        && f.target_id.as_deref().is_none_or(|id| touches(None, id))
        && f.typed_targets
            .iter()
            .all(|(kind, id)| touches(Some(kind), id))
        && f.from.is_none_or(|t| r.ts >= t.micros())
        && f.to.is_none_or(|t| r.ts <= t.micros())
}

async fn pages_and_totals_by_actor_resource_and_reference_equal_the_matching_entries() {
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    for id in ["a", "b"] {
        store
            .create_organization(&Organization {
                id: OrgId::parse(id).unwrap(),
                name: id.into(),
                created_at: Timestamp::now(),
            })
            .await
            .unwrap();
    }
    let (a, b) = (OrgId::parse("a").unwrap(), OrgId::parse("b").unwrap());
    let ours = rows(7, 400);
    // (ts, sequence) of each of our rows, in the order appended.
    let mut keys = Vec::new();
    for chunk in ours.chunks(45) {
        let appended = store
            .append(&a, chunk.iter().map(new_entry).collect())
            .await
            .unwrap();
        keys.extend(appended.iter().map(|x| {
            let e = x.entry().unwrap();
            (e.timestamp.micros(), e.sequence)
        }));
    }
    // Another organization's entries on the same days and values must never show.
    let theirs = rows(8, 120);
    store
        .append(&b, theirs.iter().map(new_entry).collect())
        .await
        .unwrap();

    let s = |v: &str| Some(v.to_owned());
    let values = [
        Filter {
            user_id: s("u2"),
            ..Filter::default()
        },
        Filter {
            resource_id: s("a1"),
            ..Filter::default()
        },
        Filter {
            resource_type: s("thread"),
            resource_id: s("a1"),
            ..Filter::default()
        },
        Filter {
            resource_id: s("a2"),
            user_id: s("u1"),
            ..Filter::default()
        },
        Filter {
            target_id: s("a2"),
            ..Filter::default()
        },
        Filter {
            typed_targets: vec![("workflow".into(), "w1".into())],
            ..Filter::default()
        },
        Filter {
            typed_targets: vec![
                ("assistant".into(), "a1".into()),
                ("workflow".into(), "w1".into()),
            ],
            user_id: s("u3"),
            ..Filter::default()
        },
        Filter {
            user_id: s("nobody"),
            ..Filter::default()
        },
    ];
    let t = |micros: i64| Some(Timestamp::from_micros(micros));
    let ranges = [
        (None, None),
        (t(-3 * DAY), t(12 * DAY - 1)),
        (t(-20 * DAY + 17), t(-DAY - 1)),
        (t(5 * DAY + 100), t(5 * DAY + 90_000_000)),
        (t(-DAY), t(-DAY)),
        (None, t(-7 * DAY + 3)),
    ];
    for value in &values {
        for (from, to) in ranges {
            let filter = Filter {
                from,
                to,
                ..value.clone()
            };
            let mut expected: Vec<(i64, u64)> = ours
                .iter()
                .zip(&keys)
                .filter(|(r, _)| matches(&filter, r))
                .map(|(_, k)| *k)
                .collect();
            expected.sort_by(|x, y| y.cmp(x));

            // A whole cursor walk, seven at a time.
            let mut walked = Vec::new();
            let mut page = PageRequest::Offset {
                offset: 0,
                limit: 7,
            };
            loop {
                let got = store.list(&a, &filter, page).await.unwrap();
                let entries = got.parsed().unwrap();
                assert_eq!(got.total, expected.len() as u64, "{filter:?}");
                walked.extend(entries.iter().map(|e| (e.timestamp.micros(), e.sequence)));
                let Some(last) = entries.last().filter(|_| got.has_more) else {
                    break;
                };
                page = PageRequest::After {
                    after: Position {
                        timestamp: last.timestamp,
                        sequence: last.sequence,
                    },
                    limit: 7,
                };
            }
            assert_eq!(walked, expected, "{filter:?}");

            // An offset page from the middle.
            let got = store
                .list(
                    &a,
                    &filter,
                    PageRequest::Offset {
                        offset: 5,
                        limit: 9,
                    },
                )
                .await
                .unwrap();
            let keys: Vec<(i64, u64)> = got
                .parsed()
                .unwrap()
                .iter()
                .map(|e| (e.timestamp.micros(), e.sequence))
                .collect();
            let want: Vec<(i64, u64)> = expected.iter().skip(5).take(9).copied().collect();
            assert_eq!(keys, want, "{filter:?}");
        }
    }
    // A resource's history exists only where it was recorded as the primary resource.
    assert!(store.resource_recorded(&a, "thread", "a1").await.unwrap());
    assert!(!store.resource_recorded(&a, "workflow", "w1").await.unwrap());
    assert!(!store.resource_recorded(&b, "thread", "zz").await.unwrap());
}

auditlog_store::on_both_backends!(
    pages_and_totals_by_actor_resource_and_reference_equal_the_matching_entries,
);

/// A store written before postings (SQLite schema version 11) lists the same once it opens:
/// migrations 0012 and 0013 run, and every entry it holds is indexed into postings.
#[tokio::test]
async fn a_store_written_before_postings_indexes_every_entry_when_it_opens() {
    use auditlog_store::sqlite::SqliteStore;
    use auditlog_store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let org = OrgId::parse("a").unwrap();
    let filters = [
        Filter {
            user_id: Some("u1".into()),
            ..Filter::default()
        },
        Filter {
            resource_type: Some("assistant".into()),
            resource_id: Some("a2".into()),
            ..Filter::default()
        },
        Filter {
            target_id: Some("w1".into()),
            from: Some(Timestamp::from_micros(-10 * DAY)),
            ..Filter::default()
        },
    ];
    let page = PageRequest::Offset {
        offset: 0,
        limit: 100,
    };
    let mut before = Vec::new();
    {
        let store = SqliteStore::open(&path).unwrap();
        store
            .create_organization(&Organization {
                id: org.clone(),
                name: "A".into(),
                created_at: Timestamp::now(),
            })
            .await
            .unwrap();
        store
            .append(&org, rows(3, 200).iter().map(new_entry).collect())
            .await
            .unwrap();
        for f in &filters {
            before.push(store.list(&org, f, page).await.unwrap());
        }
    }
    // Back to schema version 11: no postings, no record of 0012, 0013 and 0016.
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(
        "drop table segments; drop table segment_blocks; drop table segment_times;
         delete from auditlog_migrations
         where name in ('0012_segments', '0013_postings_only', '0016_term_blocks');
         pragma user_version = 11;",
    )
    .unwrap();
    drop(c);

    let store = SqliteStore::open(&path).unwrap();
    for (f, was) in filters.iter().zip(&before) {
        let now = store.list(&org, f, page).await.unwrap();
        assert!(!was.entries.is_empty(), "{f:?}");
        assert_eq!(now.entries, was.entries, "{f:?}");
        assert_eq!(now.total, was.total, "{f:?}");
    }
}
