//! The postings listing (SQLite's default) against the SQL listing a read-only store still
//! uses, on the same file: every page and total alike through segment flushes, merges, a
//! restart that rebuilds the tail, and timestamps far out of order.

use std::sync::Arc;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;

use auditlog_core::filter::Position;
use auditlog_core::validate::validate_entry;
use auditlog_core::{Filter, Limits, NewEntry, OrgId, PageRequest, Timestamp};
use auditlog_store::sqlite::SqliteStore;
use auditlog_store::{Organization, Store};

const HOUR: i64 = 3_600_000_000;

fn pick<'a>(rng: &mut StdRng, from: &[&'a str]) -> &'a str {
    from[rng.random_range(0..from.len())]
}

fn entry(rng: &mut StdRng, at: i64) -> NewEntry {
    let mut v = json!({
        "timestamp": Timestamp::from_micros(at).to_string(),
        "action": pick(rng, &["created", "updated", "deleted"]),
        "resource_type": pick(rng, &["thread", "assistant", "rule"]),
        "resource_id": pick(rng, &["r1", "r2", "r3", "r4"]),
        "resource_name": pick(rng, &["Support Bot", "Sales Bot", "Billing Desk"]),
        "user_id": pick(rng, &["u1", "u2", "u3"]),
        "user_email": pick(rng, &["ann@example.com", "bob@corp.io"]),
    });
    if rng.random_bool(0.6) {
        v["department_id"] = json!(pick(rng, &["d1", "d2"]));
    }
    if rng.random_bool(0.3) {
        v["targets"] = json!([{"type": "workflow", "id": pick(rng, &["w1", "w2", "r1"])}]);
    }
    validate_entry(&v, "", &Limits::now()).unwrap()
}

fn filter(rng: &mut StdRng, start: i64, span: i64) -> Filter {
    let maybe =
        |rng: &mut StdRng, v: &[&str]| rng.random_bool(0.35).then(|| pick(rng, v).to_owned());
    let mut f = Filter {
        resource_type: maybe(rng, &["thread", "assistant"]),
        action: maybe(rng, &["created", "updated"]),
        user_id: maybe(rng, &["u1", "u2"]),
        department_id: maybe(rng, &["d1", "d2"]),
        target_id: maybe(rng, &["r1", "w1"]),
        ..Filter::default()
    };
    if rng.random_bool(0.2) {
        f.search = vec![pick(rng, &["sup", "bot", "exam", "b"]).to_owned()];
    }
    if rng.random_bool(0.4) {
        let a = start + rng.random_range(0..span);
        let b = start + rng.random_range(0..span);
        f.from = Some(Timestamp::from_micros(a.min(b)));
        f.to = Some(Timestamp::from_micros(a.max(b)));
    }
    f
}

async fn same_listings(writer: &Arc<dyn Store>, reader: &Arc<dyn Store>, org: &OrgId, seed: u64) {
    let mut rng = StdRng::seed_from_u64(seed);
    let start = 1_600_000_000_000_000;
    for _ in 0..60 {
        let f = filter(&mut rng, start, 2000 * HOUR);
        let offset = [0u64, 5, 120][rng.random_range(0..3)];
        let page = PageRequest::Offset { offset, limit: 25 };
        let ours = writer.list(org, &f, page).await.unwrap();
        let sql = reader.list(org, &f, page).await.unwrap();
        let ids =
            |p: &auditlog_store::Page| p.entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            (ours.total, ours.has_more),
            (sql.total, sql.has_more),
            "{f:?}"
        );
        assert_eq!(ids(&ours), ids(&sql), "{f:?} offset {offset}");
        assert_eq!(ours.entries, sql.entries);
        if let Some(last) = ours.entries.last() {
            let after = Position {
                timestamp: last.timestamp,
                sequence: last.sequence,
            };
            let page = PageRequest::After { after, limit: 25 };
            let ours = writer.list(org, &f, page).await.unwrap();
            let sql = reader.list(org, &f, page).await.unwrap();
            assert_eq!(ids(&ours), ids(&sql), "{f:?} after {after:?}");
            assert_eq!(ours.has_more, sql.has_more);
        }
    }
}

#[tokio::test]
async fn postings_list_exactly_as_sql_through_flushes_merges_and_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.db");
    let org = OrgId::parse("acme").unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let mut clock = 1_600_000_000_000_000i64;
    {
        let store: Arc<dyn Store> =
            Arc::new(SqliteStore::open_with_small_segments(&path, 10).unwrap());
        store
            .create_organization(&Organization {
                id: org.clone(),
                name: "Acme".into(),
                created_at: Timestamp::now(),
            })
            .await
            .unwrap();
        let reader: Arc<dyn Store> = Arc::new(SqliteStore::open_read_only(&path).unwrap());
        // Batches and single entries, every tenth far back in time (a backfill).
        for round in 0..110 {
            let size = if round % 3 == 0 { 1 } else { 12 };
            let batch = (0..size)
                .map(|i| {
                    clock += rng.random_range(0..HOUR);
                    let at = if i % 10 == 0 {
                        clock - rng.random_range(0..1000) * HOUR
                    } else {
                        clock
                    };
                    entry(&mut rng, at)
                })
                .collect();
            store.append(&org, batch).await.unwrap();
            if round % 20 == 19 {
                same_listings(&store, &reader, &org, round).await;
            }
        }
    }
    // The entries went through every level of segments.
    let c = rusqlite::Connection::open(&path).unwrap();
    let (levels, segments): (i64, i64) = c
        .query_row("select max(level), count(*) from segments", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(levels, 2, "{segments} segments");
    drop(c);
    // Reopened (the tail rebuilt from the entries), with another segment size.
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open_with_small_segments(&path, 64).unwrap());
    let reader: Arc<dyn Store> = Arc::new(SqliteStore::open_read_only(&path).unwrap());
    same_listings(&store, &reader, &org, 7).await;
    let more = (0..90).map(|_| entry(&mut rng, clock)).collect();
    store.append(&org, more).await.unwrap();
    same_listings(&store, &reader, &org, 8).await;
}
