//! SQLite's listing from postings against a plain scan of the stored entries (read back in
//! sequence order, filtered and sorted here): every page and total alike through segment
//! flushes, merges, a restart that rebuilds the tail, a read-only store that reads its tail
//! from the entries, and timestamps far out of order; and every facet's counts alike.

use std::collections::BTreeMap;
use std::sync::Arc;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;

use auditlog_core::filter::Position;
use auditlog_core::validate::validate_entry;
use auditlog_core::{Entry, Filter, Limits, NewEntry, OrgId, PageRequest, Timestamp};
use auditlog_store::testing::Backend;
use auditlog_store::{FacetField, Organization, Store};

const HOUR: i64 = 3_600_000_000;
const DAY: i64 = 24 * HOUR;

fn pick<'a>(rng: &mut StdRng, from: &[&'a str]) -> &'a str {
    from[rng.random_range(0..from.len())]
}

pub(crate) fn entry(rng: &mut StdRng, at: i64) -> NewEntry {
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
    validate_entry(v, "", &Limits::now()).unwrap()
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
        resource_id: rng
            .random_bool(0.1)
            .then(|| pick(rng, &["r1", "r2"]).to_owned()),
        event: rng
            .random_bool(0.1)
            .then(|| pick(rng, &["thread.updated", "rule.created"]).to_owned()),
        ..Filter::default()
    };
    if rng.random_bool(0.15) {
        f.typed_targets
            .push(("workflow".into(), pick(rng, &["w1", "r1"]).to_owned()));
    }
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

/// Whether an entry meets the filter, as docs/api.md §3 defines each condition.
fn meets(e: &Entry, f: &Filter) -> bool {
    let words = e.search_words();
    let refs = || {
        std::iter::once((e.resource_type.as_str(), e.resource_id.as_str()))
            .chain(e.targets.iter().map(|t| (t.kind.as_str(), t.id.as_str())))
    };
    f.resource_type
        .as_ref()
        .is_none_or(|v| *v == e.resource_type)
        && f.resource_id.as_ref().is_none_or(|v| *v == e.resource_id)
        && f.action.as_ref().is_none_or(|v| *v == e.action)
        && f.event.as_ref().is_none_or(|v| *v == e.event)
        && f.user_id.as_ref().is_none_or(|v| *v == e.user_id)
        && f.department_id
            .as_ref()
            .is_none_or(|v| Some(v) == e.department_id.as_ref())
        && f.target_id
            .as_ref()
            .is_none_or(|v| refs().any(|(_, id)| id == v))
        && f.typed_targets
            .iter()
            .all(|(t, id)| refs().any(|r| r == (t.as_str(), id.as_str())))
        && f.search
            .iter()
            .all(|p| words.iter().any(|w| w.starts_with(p.as_str())))
        && f.from.is_none_or(|t| e.timestamp >= t)
        && f.to.is_none_or(|t| e.timestamp <= t)
}

/// Every stored entry meeting the filter, newest first: read in sequence order from the entries
/// themselves (an unfiltered export), never from the postings.
pub(crate) async fn scan(store: &Arc<dyn Store>, org: &OrgId, f: &Filter) -> Vec<Entry> {
    let mut all = Vec::new();
    loop {
        let after = all.last().map_or(0, |e: &Entry| e.sequence);
        let block = store
            .entries_by_sequence(org, &Filter::default(), after, 1000)
            .await
            .unwrap();
        if block.is_empty() {
            break;
        }
        all.extend(block);
    }
    all.retain(|e| meets(e, f));
    all.sort_by_key(|e| std::cmp::Reverse((e.timestamp, e.sequence)));
    all
}

/// A facet's counts over the scanned entries, most first, then by value.
fn facet_of(entries: &[Entry], field: FacetField) -> Vec<(String, u64)> {
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for e in entries {
        let mut values: Vec<&str> = match field {
            FacetField::ResourceType => vec![&e.resource_type],
            FacetField::Action => vec![&e.action],
            FacetField::Event => vec![&e.event],
            FacetField::UserId => vec![&e.user_id],
            FacetField::DepartmentId => e.department_id.as_deref().into_iter().collect(),
            FacetField::ResourceId => vec![&e.resource_id],
            FacetField::TargetId => std::iter::once(e.resource_id.as_str())
                .chain(e.targets.iter().map(|t| t.id.as_str()))
                .collect(),
        };
        values.sort_unstable();
        values.dedup();
        for v in values {
            *counts.entry(v.to_owned()).or_default() += 1;
        }
    }
    let mut out: Vec<(String, u64)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

const FIELDS: [FacetField; 7] = [
    FacetField::ResourceType,
    FacetField::Action,
    FacetField::Event,
    FacetField::UserId,
    FacetField::DepartmentId,
    FacetField::ResourceId,
    FacetField::TargetId,
];

pub(crate) async fn same_listings(stores: &[&Arc<dyn Store>], org: &OrgId, seed: u64) {
    same_listings_within(stores, org, seed, 2000 * HOUR).await
}

/// Random filters, their dates within `span` of the entries' first day.
async fn same_listings_within(stores: &[&Arc<dyn Store>], org: &OrgId, seed: u64, span: i64) {
    let mut rng = StdRng::seed_from_u64(seed);
    let start = 1_600_000_000_000_000;
    for _ in 0..60 {
        let f = filter(&mut rng, start, span);
        let want = scan(stores[0], org, &f).await;
        let field = FIELDS[rng.random_range(0..FIELDS.len())];
        let counts = facet_of(&want, field);
        for store in stores {
            let got = store.facet(org, &f, field).await.unwrap();
            assert_eq!(got, counts, "facet {field:?} of {f:?}");
        }
        let offset = [0u64, 5, 120][rng.random_range(0..3)];
        let page = PageRequest::Offset { offset, limit: 25 };
        let expected: Vec<&Entry> = want.iter().skip(offset as usize).take(25).collect();
        for store in stores {
            let got = store.list(org, &f, page).await.unwrap();
            let entries = got.parsed().unwrap();
            assert_eq!(got.total, want.len() as u64, "{f:?}");
            assert_eq!(
                entries.iter().collect::<Vec<_>>(),
                expected,
                "{f:?} offset {offset}"
            );
            assert_eq!(got.has_more, want.len() > offset as usize + 25, "{f:?}");
            if let Some(last) = entries.last() {
                let after = Position {
                    timestamp: last.timestamp,
                    sequence: last.sequence,
                };
                let next = store
                    .list(org, &f, PageRequest::After { after, limit: 25 })
                    .await
                    .unwrap();
                let at = offset as usize + entries.len();
                let expected: Vec<&Entry> = want.iter().skip(at).take(25).collect();
                assert_eq!(
                    next.parsed().unwrap().iter().collect::<Vec<_>>(),
                    expected,
                    "{f:?} after {after:?}"
                );
                assert_eq!(next.has_more, want.len() > at + 25);
            }
        }
    }
}

async fn postings_list_exactly_as_a_scan_through_flushes_merges_restarts_and_read_only() {
    let backend = Backend::fresh().await;
    let org = OrgId::parse("acme").unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let mut clock = 1_600_000_000_000_000i64;
    {
        let store = backend.open_with_small_segments(10).await;
        create(&store, &org).await;
        let reader = backend.open_read_only().await.unwrap();
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
                same_listings(&[&store, &reader], &org, round).await;
            }
        }
    }
    // The entries went through every level of segments.
    let levels = backend
        .query_text(
            "select max(level), count(*) from segments",
            "select max(level), count(*) from segments",
        )
        .await;
    let top = auditlog_store::postings::segment::TOP.to_string();
    assert_eq!(levels[0][0].as_deref(), Some(top.as_str()), "{levels:?}");
    // Reopened (the tail rebuilt from the entries), with another segment size.
    let store = backend.open_with_small_segments(64).await;
    let reader = backend.open_read_only().await.unwrap();
    same_listings(&[&store, &reader], &org, 7).await;
    let more = (0..90).map(|_| entry(&mut rng, clock)).collect();
    store.append(&org, more).await.unwrap();
    same_listings(&[&store, &reader], &org, 8).await;
}

/// Thousands of entries an hour, some of them late: a page reads a busy day's newest
/// sequences first and stops once no older one can be later, across the tail and segments.
async fn busy_days_list_exactly_as_a_scan_across_segments() {
    let backend = Backend::fresh().await;
    let org = OrgId::parse("busy").unwrap();
    let mut rng = StdRng::seed_from_u64(9);
    let mut clock = 1_600_000_000_000_000i64;
    let store = backend.open_with_small_segments(500).await;
    create(&store, &org).await;
    for _ in 0..30 {
        let batch = (0..300)
            .map(|i| {
                clock += rng.random_range(0..2_000_000);
                // Backfills from days back, late entries, and clients whose clock runs ahead.
                let at = match i % 10 {
                    0 => clock - rng.random_range(0..50) * HOUR,
                    3 | 7 => clock - rng.random_range(0..600_000_000),
                    5 => clock + rng.random_range(0..HOUR),
                    _ => clock,
                };
                entry(&mut rng, at)
            })
            .collect();
        store.append(&org, batch).await.unwrap();
    }
    let reader = backend.open_read_only().await.unwrap();
    same_listings_within(&[&store, &reader], &org, 3, 4 * HOUR).await;
}

async fn create(store: &Arc<dyn Store>, org: &OrgId) {
    let organization = Organization {
        id: org.clone(),
        name: org.to_string(),
        created_at: Timestamp::now(),
    };
    store.create_organization(&organization).await.unwrap();
}

/// A fresh store that seals a segment every 10 entries, with the organization `acme`.
async fn small_segments_store() -> (Backend, OrgId, Arc<dyn Store>) {
    let backend = Backend::fresh().await;
    let org = OrgId::parse("acme").unwrap();
    let store = backend.open_with_small_segments(10).await;
    create(&store, &org).await;
    (backend, org, store)
}

/// The highest level of the store's segments.
async fn top_level(backend: &Backend) -> Option<String> {
    let levels = backend
        .query_text(
            "select max(level) from segments",
            "select max(level)::text from segments",
        )
        .await;
    levels[0][0].clone()
}

/// Segments merge while the store stays open and idle after its writes (on SQLite on a
/// thread of its own, the merge applied by the writer between groups or when idle), and every
/// listing stays exact, before and after.
async fn segments_merge_while_the_store_stays_open() {
    use auditlog_store::postings::segment::{MERGE, TOP};
    let (backend, org, store) = small_segments_store().await;
    let mut rng = StdRng::seed_from_u64(11);
    let mut clock = 1_600_000_000_000_000i64;
    for _ in 0..MERGE + 2 {
        let batch = (0..12)
            .map(|_| {
                clock += rng.random_range(0..HOUR);
                entry(&mut rng, clock)
            })
            .collect();
        store.append(&org, batch).await.unwrap();
    }
    same_listings(&[&store], &org, 12).await;
    let top = Some(TOP.to_string());
    let mut level = None;
    for _ in 0..100 {
        level = top_level(&backend).await;
        if level == top {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(level, top, "no merge within 10 s");
    same_listings(&[&store], &org, 13).await;
}

/// A store closed right behind the write that made a merge due is left merged.
async fn a_store_closed_right_after_a_merge_became_due_is_left_merged() {
    use auditlog_store::postings::segment::{MERGE, TOP};
    let (backend, org, store) = small_segments_store().await;
    let mut rng = StdRng::seed_from_u64(12);
    let batch = |rng: &mut StdRng| {
        (0..10)
            .map(|i| entry(rng, 1_600_000_000_000_000 + i))
            .collect()
    };
    for _ in 0..MERGE - 1 {
        store.append(&org, batch(&mut rng)).await.unwrap();
    }
    // The last segment's write and the close, queued together.
    let (written, ()) = tokio::join!(store.append(&org, batch(&mut rng)), store.close());
    written.unwrap();
    assert_eq!(top_level(&backend).await, Some(TOP.to_string()));
}

/// Dated totals count a segment wholly inside the range by the sequences it holds and the
/// rest day by day; totals and pages stay those of a scan, for ranges cut within a day, of
/// whole days, open at either end and within one segment.
async fn date_ranges_over_whole_segments_list_exactly_as_a_scan() {
    let (_backend, org, store) = small_segments_store().await;
    let mut rng = StdRng::seed_from_u64(21);
    let start = 1_600_000_000_000_000i64;
    let entries: Vec<NewEntry> = (0..150)
        .map(|i| entry(&mut rng, start + i * 2 * HOUR))
        .collect();
    for batch in entries.chunks(7) {
        store.append(&org, batch.to_vec()).await.unwrap();
    }
    let at = |hours: i64| Some(Timestamp::from_micros(start + hours * HOUR));
    let day = |d: i64| Timestamp::from_micros((start / DAY + d) * DAY);
    let whole_days = (
        Some(day(2)),
        Some(Timestamp::from_micros(day(9).micros() - 1)),
    );
    for (from, to) in [
        (at(35), at(251)),
        whole_days,
        (at(48), None),
        (None, at(200)),
        (at(-5), at(400)),
        (at(49), at(53)),
    ] {
        for user_id in [None, Some("u1".to_owned())] {
            let f = Filter {
                from,
                to,
                user_id,
                ..Filter::default()
            };
            let want = scan(&store, &org, &f).await;
            let page = PageRequest::Offset {
                offset: 3,
                limit: 20,
            };
            let got = store.list(&org, &f, page).await.unwrap();
            assert_eq!(got.total, want.len() as u64, "{f:?}");
            let seqs: Vec<u64> = got.parsed().unwrap().iter().map(|e| e.sequence).collect();
            let expected: Vec<u64> = want.iter().skip(3).take(20).map(|e| e.sequence).collect();
            assert_eq!(seqs, expected, "{f:?}");
        }
    }
}

auditlog_store::on_both_backends!(
    date_ranges_over_whole_segments_list_exactly_as_a_scan,
    postings_list_exactly_as_a_scan_through_flushes_merges_restarts_and_read_only,
    a_store_closed_right_after_a_merge_became_due_is_left_merged,
    busy_days_list_exactly_as_a_scan_across_segments,
    segments_merge_while_the_store_stays_open,
);

/// Two servers on one PostgreSQL database write the same organization in turns, each sealing
/// segments that hold the other's entries, and each lists exactly what a scan finds.
#[tokio::test]
async fn on_postgres_two_servers_writing_in_turns_list_exactly_as_a_scan() {
    use auditlog_store::testing::{run_on, Kind};
    run_on(Kind::Postgres, async {
        let backend = Backend::fresh().await;
        let org = OrgId::parse("acme").unwrap();
        let a = backend.open_with_small_segments(10).await;
        let b = backend.open_with_small_segments(10).await;
        a.create_organization(&Organization {
            id: org.clone(),
            name: "Acme".into(),
            created_at: Timestamp::now(),
        })
        .await
        .unwrap();
        let mut rng = StdRng::seed_from_u64(5);
        let mut clock = 1_600_000_000_000_000i64;
        for round in 0..40 {
            let writer = if round % 2 == 0 { &a } else { &b };
            let batch = (0..rng.random_range(1..9))
                .map(|_| {
                    clock += rng.random_range(0..HOUR);
                    entry(&mut rng, clock)
                })
                .collect();
            writer.append(&org, batch).await.unwrap();
            if round % 10 == 9 {
                same_listings(&[&a, &b], &org, round).await;
            }
        }
    })
    .await
}
