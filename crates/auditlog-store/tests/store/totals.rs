//! Exact totals: whatever path a total takes (the postings' cardinality, or with dates a sum over
//! the range's days, edge days entry by entry), it equals the number of matching entries.

use serde_json::json;

use auditlog_core::validate::validate_entry;
use auditlog_core::{Filter, Limits, NewEntry, OrgId, PageRequest, Timestamp};
use auditlog_store::testing::Backend;
use auditlog_store::{Organization, Store};

const DAY: i64 = 86_400_000_000;

struct Row {
    ts: i64,
    resource_type: &'static str,
    action: &'static str,
    department: Option<&'static str>,
    user: &'static str,
    resource: &'static str,
    targets: &'static [(&'static str, &'static str)],
}

/// Targets that are the primary resource too, or share its id but not its type, or repeat.
const TARGETS: [&[(&str, &str)]; 5] = [
    &[],
    &[("workflow", "r1")],
    &[("thread", "r2")],
    &[("assistant", "r1"), ("assistant", "r1")],
    &[("workflow", "w1"), ("thread", "r1")],
];

/// Entries from 40 days before 1970 to 60 days after, many of them on the edges of days.
fn rows(seed: u64, n: usize) -> Vec<Row> {
    let mut x = seed;
    let mut next = move || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x >> 33
    };
    (0..n)
        .map(|_| {
            let day = (next() % 100) as i64 - 40;
            let ts = match next() % 4 {
                0 => day * DAY,
                1 => day * DAY - 1,
                _ => day * DAY + (next() % DAY as u64) as i64,
            };
            Row {
                ts,
                resource_type: ["assistant", "thread", "workflow"][(next() % 3) as usize],
                action: ["created", "updated", "deleted"][(next() % 3) as usize],
                department: [Some("dept_1"), Some("dept_2"), None][(next() % 3) as usize],
                user: ["u1", "u2"][(next() % 2) as usize],
                resource: ["r1", "r2"][(next() % 2) as usize],
                targets: TARGETS[(next() % 5) as usize],
            }
        })
        .collect()
}

fn new_entry(r: &Row) -> NewEntry {
    let mut v = json!({
        "timestamp": Timestamp::from_micros(r.ts).to_string(),
        "action": r.action,
        "resource_type": r.resource_type,
        "resource_id": r.resource,
        "user_id": r.user,
    });
    if let Some(d) = r.department {
        v["department_id"] = json!(d);
    }
    if !r.targets.is_empty() {
        let targets: Vec<_> = r
            .targets
            .iter()
            .map(|(kind, id)| json!({"type": kind, "id": id}))
            .collect();
        v["targets"] = json!(targets);
    }
    validate_entry(v, "", &Limits::now()).unwrap()
}

fn matches(f: &Filter, r: &Row) -> bool {
    f.resource_type
        .as_deref()
        .is_none_or(|t| t == r.resource_type)
        && f.action.as_deref().is_none_or(|a| a == r.action)
        && f.event
            .as_deref()
            .is_none_or(|e| e == format!("{}.{}", r.resource_type, r.action))
        && f.department_id
            .as_deref()
            .is_none_or(|d| Some(d) == r.department)
        && f.user_id.as_deref().is_none_or(|u| u == r.user)
        && f.resource_id.as_deref().is_none_or(|id| id == r.resource)
        && f.target_id
            .as_deref()
            .is_none_or(|id| id == r.resource || r.targets.iter().any(|t| t.1 == id))
        && f.typed_targets.iter().all(|(kind, id)| {
            (kind == r.resource_type && id == r.resource)
                || r.targets.iter().any(|t| t.0 == kind && t.1 == id)
        })
        && f.from.is_none_or(|t| r.ts >= t.micros())
        && f.to.is_none_or(|t| r.ts <= t.micros())
}

/// The total a page of `filter` reports equals the number of `rows` it matches.
async fn assert_total(store: &dyn Store, org: &OrgId, filter: &Filter, rows: &[Row]) {
    let expected = rows.iter().filter(|r| matches(filter, r)).count() as u64;
    let page = PageRequest::Offset {
        offset: 0,
        limit: 1,
    };
    let total = store.list(org, filter, page).await.unwrap().total;
    assert_eq!(total, expected, "{filter:?}");
}

async fn totals_equal_the_matching_entries_for_every_counted_filter_and_range() {
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
    let ours = rows(1, 600);
    for chunk in ours.chunks(70) {
        store
            .append(&a, chunk.iter().map(new_entry).collect())
            .await
            .unwrap();
    }
    // Another organization's entries on the same days and values must not count.
    let theirs = rows(2, 150);
    store
        .append(&b, theirs.iter().map(new_entry).collect())
        .await
        .unwrap();

    let values = [
        Filter::default(),
        Filter {
            resource_type: Some("thread".into()),
            ..Filter::default()
        },
        Filter {
            action: Some("updated".into()),
            ..Filter::default()
        },
        Filter {
            event: Some("workflow.deleted".into()),
            ..Filter::default()
        },
        Filter {
            resource_type: Some("assistant".into()),
            action: Some("created".into()),
            ..Filter::default()
        },
        Filter {
            department_id: Some("dept_2".into()),
            ..Filter::default()
        },
        Filter {
            user_id: Some("u2".into()),
            ..Filter::default()
        },
        Filter {
            resource_id: Some("r2".into()),
            ..Filter::default()
        },
        // A resource's history: its type and id.
        Filter {
            resource_type: Some("thread".into()),
            resource_id: Some("r1".into()),
            ..Filter::default()
        },
        // A reference: as the primary resource or a target, once per entry.
        Filter {
            target_id: Some("r1".into()),
            ..Filter::default()
        },
        Filter {
            target_id: Some("w1".into()),
            ..Filter::default()
        },
        Filter {
            typed_targets: vec![("assistant".into(), "r1".into())],
            ..Filter::default()
        },
        Filter {
            typed_targets: vec![("thread".into(), "r2".into())],
            ..Filter::default()
        },
        Filter {
            typed_targets: vec![("workflow".into(), "r1".into())],
            ..Filter::default()
        },
        // Not counted: two different values.
        Filter {
            typed_targets: vec![("workflow".into(), "w1".into())],
            user_id: Some("u1".into()),
            ..Filter::default()
        },
        Filter {
            user_id: Some("u1".into()),
            action: Some("deleted".into()),
            ..Filter::default()
        },
        Filter {
            resource_type: Some("thread".into()),
            department_id: Some("dept_1".into()),
            ..Filter::default()
        },
    ];
    let t = |micros: i64| Some(Timestamp::from_micros(micros));
    let ranges = [
        (None, None),
        (t(-3 * DAY), t(20 * DAY - 1)),
        (t(-3 * DAY + 17), t(20 * DAY + 5)),
        (t(-35 * DAY), None),
        (None, t(-DAY - 1)),
        (t(5 * DAY + 100), t(5 * DAY + 90_000_000)),
        (t(7 * DAY), t(7 * DAY)),
        (t(-40 * DAY), t(64 * DAY - 1)),
        (t(31 * DAY + 1), t(33 * DAY - 2)),
    ];
    for value in &values {
        for (from, to) in ranges {
            let filter = Filter {
                from,
                to,
                ..value.clone()
            };
            assert_total(&*store, &a, &filter, &ours).await;
        }
    }
}

auditlog_store::on_both_backends!(
    totals_equal_the_matching_entries_for_every_counted_filter_and_range
);
