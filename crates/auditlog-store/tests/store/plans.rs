//! Every listing is served by an index in newest-first order: no full scan of the entries
//! table, no sort of an organization's entries, and counts from the same index.

use auditlog_core::{Filter, OrgId, Timestamp};
use auditlog_store::{Organization, Store};

fn filters() -> Vec<(&'static str, Filter)> {
    let s = |v: &str| Some(v.to_owned());
    let day = Timestamp::parse_date("2025-01-01");
    vec![
        ("no filter", Filter::default()),
        (
            "resource_type",
            Filter {
                resource_type: s("assistant"),
                ..Filter::default()
            },
        ),
        (
            "resource_id",
            Filter {
                resource_id: s("asst_1"),
                ..Filter::default()
            },
        ),
        (
            "action",
            Filter {
                action: s("updated"),
                ..Filter::default()
            },
        ),
        (
            "event",
            Filter {
                event: s("assistant.updated"),
                ..Filter::default()
            },
        ),
        (
            "user_id",
            Filter {
                user_id: s("u1"),
                ..Filter::default()
            },
        ),
        (
            "department_id",
            Filter {
                department_id: s("d1"),
                ..Filter::default()
            },
        ),
        (
            "date range",
            Filter {
                from: day,
                to: day.map(Timestamp::end_of_day),
                ..Filter::default()
            },
        ),
        (
            "target_id",
            Filter {
                target_id: s("asst_1"),
                ..Filter::default()
            },
        ),
        (
            "two typed targets",
            Filter {
                typed_targets: vec![
                    ("assistant".into(), "a".into()),
                    ("workflow".into(), "w".into()),
                ],
                ..Filter::default()
            },
        ),
        (
            "type + action + dates",
            Filter {
                resource_type: s("role"),
                action: s("assigned"),
                from: day,
                ..Filter::default()
            },
        ),
        (
            "resource history",
            Filter {
                resource_type: s("thread"),
                resource_id: s("thre_1"),
                ..Filter::default()
            },
        ),
        (
            "history",
            Filter {
                resource_type: s("assistant"),
                resource_id: s("asst_1"),
                user_id: s("u1"),
                ..Filter::default()
            },
        ),
    ]
}

/// On PostgreSQL every listing has an index path: with sequential scans disabled, no plan falls
/// back to one (a `Seq Scan` would mean a query with no index to serve it).
#[tokio::test]
async fn on_postgres_every_listing_query_has_an_index_path() {
    use auditlog_store::testing::{fresh_postgres_url, run_on, Kind};
    run_on(Kind::Postgres, async {
        let url = fresh_postgres_url("%20-cenable_seqscan%3Doff")
            .await
            .unwrap();
        let store = auditlog_store::postgres::PostgresStore::connect(&url, Default::default())
            .await
            .unwrap();
        let org = OrgId::parse("acme").unwrap();
        store
            .create_organization(&Organization {
                id: org.clone(),
                name: "Acme".into(),
                created_at: Timestamp::now(),
            })
            .await
            .unwrap();
        let mut all = filters();
        all.push((
            "search",
            Filter {
                search: vec!["supp".into(), "bot".into()],
                ..Filter::default()
            },
        ));
        for (name, filter) in all {
            let plans = store.explain(&org, &filter).await.unwrap();
            println!("{name}\n  page:\n{}\n  count:\n{}", plans[0], plans[1]);
            for plan in &plans {
                assert!(!plan.contains("Seq Scan"), "{name}: {plan}");
            }
        }
    })
    .await;
}
