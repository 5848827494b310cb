//! The index against a plain scan of the same entries: random entries with out-of-order
//! timestamps, random combinations of filters, offset and cursor pages.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use auditlog_core::filter::Position;
use auditlog_core::{Filter, PageRequest, Timestamp};

use super::*;

const HOUR: i64 = 3_600_000_000;

fn pick<'a>(rng: &mut StdRng, from: &'a [&'a str]) -> &'a str {
    from[rng.random_range(0..from.len())]
}

fn entries(rng: &mut StdRng, n: u64) -> Vec<EntryTerms> {
    entries_every(rng, n, 3 * HOUR)
}

/// Entries `0..step` apart, with backfills and shared moments as in [`entries`].
fn entries_every(rng: &mut StdRng, n: u64, step: i64) -> Vec<EntryTerms> {
    let mut clock = 1_700_000_000_000_000i64;
    (1..=n)
        .map(|seq| {
            clock += rng.random_range(0..step);
            // Every tenth entry is a backfill from up to a month earlier; some share a moment.
            let ts = if seq % 10 == 0 {
                clock - rng.random_range(0..720) * HOUR
            } else if seq % 7 == 0 {
                clock - clock % HOUR
            } else {
                clock
            };
            let kind = pick(rng, &["thread", "assistant", "rule"]);
            let action = pick(rng, &["created", "updated", "deleted"]);
            let user = pick(rng, &["u1", "u2", "u3", "u4"]);
            let resource = pick(rng, &["r1", "r2", "r3", "r4", "r5"]);
            let department = rng.random_bool(0.7).then(|| pick(rng, &["d1", "d2"]));
            let target = rng
                .random_bool(0.3)
                .then(|| ("workflow", pick(rng, &["r1", "w1", "w2"])));
            let name = pick(
                rng,
                &["Support Bot", "Sales Bot", "Billing Desk", "Supper Club"],
            );
            let fields = Fields {
                kind,
                action,
                user,
                department,
                resource,
                words: auditlog_core::search::entry_words([Some(name)]),
            };
            EntryTerms::new(seq, ts, fields, target.into_iter())
        })
        .collect()
}

fn random_filter(rng: &mut StdRng, entries: &[EntryTerms]) -> Filter {
    let mut f = Filter::default();
    let maybe =
        |rng: &mut StdRng, v: &[&str]| rng.random_bool(0.35).then(|| pick(rng, v).to_owned());
    f.resource_type = maybe(rng, &["thread", "assistant", "rule", "nope"]);
    f.action = maybe(rng, &["created", "updated", "deleted"]);
    if rng.random_bool(0.1) {
        f.event = Some(format!("{}.updated", pick(rng, &["thread", "rule"])));
    }
    f.user_id = maybe(rng, &["u1", "u2", "u3", "u4"]);
    f.department_id = maybe(rng, &["d1", "d2"]);
    f.resource_id = maybe(rng, &["r1", "r2"]);
    f.target_id = maybe(rng, &["r1", "w1", "r3"]);
    if rng.random_bool(0.15) {
        f.typed_targets
            .push(("workflow".into(), pick(rng, &["w1", "r1"]).into()));
    }
    if rng.random_bool(0.3) {
        f.search = vec![pick(rng, &["sup", "bot", "s", "desk", "x"]).to_owned()];
    }
    if rng.random_bool(0.4) {
        let a = entries[rng.random_range(0..entries.len())].timestamp;
        let b = entries[rng.random_range(0..entries.len())].timestamp;
        let (lo, hi) = (a.min(b), a.max(b));
        if rng.random_bool(0.8) {
            f.from = Some(Timestamp::from_micros(lo));
        }
        if rng.random_bool(0.8) {
            f.to = Some(Timestamp::from_micros(hi));
        }
    }
    f
}

/// The filter applied to every entry in turn, sorted newest first.
fn scan(entries: &[EntryTerms], f: &Filter) -> Vec<(i64, u64)> {
    let has = |e: &EntryTerms, t: Term| e.terms.contains(&t);
    let mut out: Vec<(i64, u64)> = entries
        .iter()
        .filter(|e| {
            f.resource_type
                .clone()
                .is_none_or(|v| has(e, Term::Type(v)))
                && f.action.clone().is_none_or(|v| has(e, Term::Action(v)))
                && f.event.clone().is_none_or(|v| has(e, Term::Event(v)))
                && f.user_id.clone().is_none_or(|v| has(e, Term::User(v)))
                && f.department_id
                    .clone()
                    .is_none_or(|v| has(e, Term::Department(v)))
                && f.resource_id
                    .clone()
                    .is_none_or(|v| has(e, Term::Resource(v)))
                && f.target_id
                    .clone()
                    .is_none_or(|v| has(e, Term::Ref(String::new(), v)))
                && f.typed_targets
                    .iter()
                    .all(|(t, id)| has(e, Term::Ref(t.clone(), id.clone())))
                && f.search.iter().all(|p| {
                    e.terms
                        .iter()
                        .any(|t| matches!(t, Term::Word(w) if w.starts_with(p.as_str())))
                })
                && f.from.is_none_or(|t| e.timestamp >= t.micros())
                && f.to.is_none_or(|t| e.timestamp <= t.micros())
        })
        .map(|e| (e.timestamp, e.sequence))
        .collect();
    out.sort_unstable_by(|a, b| b.cmp(a));
    out
}

#[test]
fn every_combination_of_filters_pages_and_counts_exactly_as_a_scan_does() {
    let mut rng = StdRng::seed_from_u64(7);
    // Sparse days, then busy ones (thousands an hour), whose pages read a day's newest
    // entries first and stop early.
    for (n, step) in [
        (1u64, 3 * HOUR),
        (40, 3 * HOUR),
        (3000, 3 * HOUR),
        (12_000, 3 * HOUR),
        (12_000, 2_000_000),
    ] {
        let entries = entries_every(&mut rng, n, step);
        let mut index = MemoryIndex::default();
        for e in &entries {
            index.add(e);
        }
        for _ in 0..300 {
            let filter = random_filter(&mut rng, &entries);
            let expected = scan(&entries, &filter);
            let limit = [1u32, 7, 50][rng.random_range(0..3)];
            let offset = [0u64, 3, 60, 5000][rng.random_range(0..4)];
            let hits = query(&index, &filter, PageRequest::Offset { offset, limit }).unwrap();
            let want: Vec<u64> = expected
                .iter()
                .skip(offset as usize)
                .take(limit as usize)
                .map(|(_, s)| *s)
                .collect();
            assert_eq!(hits.total, expected.len() as u64, "{filter:?}");
            assert_eq!(
                hits.sequences, want,
                "{filter:?} offset {offset} limit {limit}"
            );
            let more = expected.len() > offset as usize + want.len();
            assert_eq!(
                hits.has_more, more,
                "{filter:?} offset {offset} limit {limit}"
            );

            // Walking by cursor from the first page visits the same entries in the same order.
            let mut walked = Vec::new();
            let mut page = PageRequest::Offset { offset: 0, limit };
            loop {
                let hits = query(&index, &filter, page).unwrap();
                assert_eq!(hits.total, expected.len() as u64);
                walked.extend(hits.sequences.iter().copied());
                let Some(&last) = hits.sequences.last() else {
                    break;
                };
                if !hits.has_more {
                    break;
                }
                let after = Position {
                    timestamp: Timestamp::from_micros(index.timestamp(last).unwrap()),
                    sequence: last,
                };
                page = PageRequest::After { after, limit };
                if walked.len() > 400 {
                    break;
                }
            }
            let want: Vec<u64> = expected
                .iter()
                .take(walked.len())
                .map(|(_, s)| *s)
                .collect();
            assert_eq!(walked, want, "{filter:?} by cursor, limit {limit}");
        }
    }
}

#[test]
fn a_filter_naming_an_unknown_value_matches_nothing() {
    let mut index = MemoryIndex::default();
    let mut rng = StdRng::seed_from_u64(1);
    for e in entries(&mut rng, 10) {
        index.add(&e);
    }
    let filter = Filter {
        user_id: Some("nobody".into()),
        ..Filter::default()
    };
    let page = PageRequest::Offset {
        offset: 0,
        limit: 50,
    };
    let hits = query(&index, &filter, page).unwrap();
    assert_eq!(
        (hits.total, hits.sequences.len(), hits.has_more),
        (0, 0, false)
    );
}

#[test]
fn an_export_block_lists_exactly_the_matching_entries_after_a_sequence_in_order() {
    let mut rng = StdRng::seed_from_u64(11);
    let entries = entries(&mut rng, 6000);
    let mut index = MemoryIndex::default();
    for e in &entries {
        index.add(e);
    }
    for _ in 0..200 {
        let filter = random_filter(&mut rng, &entries);
        let mut expected: Vec<u64> = scan(&entries, &filter)
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        expected.sort_unstable();
        let after = [0u64, 17, 3000, 6000][rng.random_range(0..4)];
        let limit = [1usize, 40, 5000][rng.random_range(0..3)];
        let want: Vec<u64> = expected
            .into_iter()
            .filter(|s| *s > after)
            .take(limit)
            .collect();
        assert_eq!(
            in_sequence(&index, &filter, after, limit).unwrap(),
            want,
            "{filter:?}"
        );
    }
}

#[test]
fn every_term_reads_back_from_its_stored_key_which_no_database_refuses() {
    let terms = [
        Term::Type("api_key.secret".into()),
        Term::Ref(String::new(), "x:y".into()),
        Term::Ref("workflow".into(), "w:1".into()),
        Term::Day(-719_162),
        Term::Day(20_000),
        Term::Word("müller".into()),
        Term::Department("d 1".into()),
    ];
    for t in terms {
        let (kind, value) = t.key();
        assert!(!value.contains('\0'), "{t:?}");
        assert_eq!(Term::from_key(kind, &value), Some(t));
    }
    // Days sort as their keys do.
    assert!(Term::day_key(-3) < Term::day_key(2));
}

#[test]
fn terms_made_before_the_writer_match_those_of_the_stored_entry() {
    use auditlog_core::{ActorType, NewEntry, Prepared, Target};
    for given in [None, Some(Timestamp::from_micros(1_600_000_000_000_000))] {
        let new = NewEntry {
            timestamp: given,
            action: "updated".into(),
            resource_type: "assistant".into(),
            resource_id: "asst_1".into(),
            resource_name: Some("Support Bot".into()),
            user_id: "u1".into(),
            user_name: Some("Ada Lovelace".into()),
            user_email: Some("ada@example.com".into()),
            actor_type: ActorType::User,
            department_id: Some("d1".into()),
            targets: vec![Target {
                kind: "workflow".into(),
                id: "wf_1".into(),
                name: None,
            }],
            changes: Vec::new(),
            metadata: Default::default(),
            idempotency_key: None,
        };
        let early = EntryTerms::of_new(0, given.map_or(0, |t| t.micros()), &new);
        let received = Timestamp::from_micros(1_765_000_000_123_456);
        let (entry, _) = Prepared::new(new, "log_1".into(), "org".into()).assemble(42, received);
        let late = early.stored_at(42, entry.timestamp.micros());
        let stored = EntryTerms::of_entry(&entry);
        assert_eq!(
            (late.sequence, late.timestamp, late.terms),
            (stored.sequence, stored.timestamp, stored.terms)
        );
    }
}

#[test]
fn batches_added_by_their_grouped_terms_index_as_their_entries_one_by_one() {
    let mut rng = StdRng::seed_from_u64(5);
    let all = entries(&mut rng, 3000);
    let mut one_by_one = MemoryIndex::after(0);
    for e in &all {
        one_by_one.add(e);
    }
    // Groups of batches of any size, most of them grouped, as the writer hands them over; a
    // batch named by a grouping that does not line up with the entries is added one by one.
    let tails = tails::Tails::default();
    let mut at = 0;
    while at < all.len() {
        let group_end = (at + rng.random_range(1..900)).min(all.len());
        let mut runs = Vec::new();
        let mut batch_at = at;
        while batch_at < group_end {
            let end = (batch_at + rng.random_range(1..300)).min(group_end);
            let batch = &all[batch_at..end];
            if rng.random_bool(0.7) {
                runs.push(grouped::Batch {
                    first: batch[0].sequence,
                    grouped: Arc::new(grouped::Grouped::of(batch.iter())),
                });
            }
            batch_at = end;
        }
        runs.push(grouped::Batch {
            first: all[group_end - 1].sequence,
            grouped: Arc::new(grouped::Grouped::of(all[at..group_end].iter())),
        });
        tails.extend(1, &all[at..group_end], &runs);
        at = group_end;
    }
    let tail = tails.get(1).expect("a tail");
    assert_eq!(tail.sorted_sets(), one_by_one.sorted_sets());
    assert_eq!(tail.all_timestamps(), one_by_one.all_timestamps());
    for prefix in ["s", "su", "supper", "b", "x"] {
        assert_eq!(
            tail.prefixed(prefix).unwrap(),
            one_by_one.prefixed(prefix).unwrap()
        );
    }
}
