//! `--index-prototype N`: the posting-list index (`auditlog_store::postings`) alone, in memory,
//! on the harness's largest organization grown to N entries: how fast it takes entries, how
//! much it holds, and how fast it answers the query suite, single filters and combinations,
//! with exact totals. No HTTP, no storage: the figures bound what a store built on it can do.

use std::time::{Duration, Instant};

use auditlog_core::filter::Position;
use auditlog_core::validate::validate_entry;
use auditlog_core::{Filter, Limits, PageRequest, Timestamp};
use auditlog_store::postings::{query, EntryTerms, MemoryIndex};

use crate::data::Generator;
use crate::load::Latencies;
use crate::run::DAY;

const REPS: usize = 200;

fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The seed-002 filters with the harness's values (see `cases.rs`), by name.
fn filters(middle: i64) -> Vec<(&'static str, Filter)> {
    let day = |t: i64| t - t.rem_euclid(DAY);
    let f = Filter::default;
    vec![
        (
            "entity_type",
            Filter {
                resource_type: Some("thread".into()),
                ..f()
            },
        ),
        (
            "action_type",
            Filter {
                action: Some("updated".into()),
                ..f()
            },
        ),
        (
            "actor_id",
            Filter {
                user_id: Some("uid_7".into()),
                ..f()
            },
        ),
        (
            "target_id",
            Filter {
                target_id: Some("wf_42".into()),
                ..f()
            },
        ),
        (
            "department_id",
            Filter {
                department_id: Some("dept_5".into()),
                ..f()
            },
        ),
        (
            "dates",
            Filter {
                from: Some(Timestamp::from_micros(day(middle - 15 * DAY))),
                to: Some(Timestamp::from_micros(day(middle + 15 * DAY) + DAY - 1)),
                ..f()
            },
        ),
        (
            "search_term",
            Filter {
                search: vec!["support".into()],
                ..f()
            },
        ),
    ]
}

/// Every condition of both filters.
fn and(a: &Filter, b: &Filter) -> Filter {
    Filter {
        resource_type: a.resource_type.clone().or(b.resource_type.clone()),
        resource_id: a.resource_id.clone().or(b.resource_id.clone()),
        action: a.action.clone().or(b.action.clone()),
        event: a.event.clone().or(b.event.clone()),
        user_id: a.user_id.clone().or(b.user_id.clone()),
        department_id: a.department_id.clone().or(b.department_id.clone()),
        target_id: a.target_id.clone().or(b.target_id.clone()),
        typed_targets: [a.typed_targets.clone(), b.typed_targets.clone()].concat(),
        from: a.from.or(b.from),
        to: a.to.or(b.to),
        search: [a.search.clone(), b.search.clone()].concat(),
    }
}

fn suite(middle: i64) -> Vec<(String, Filter, u64)> {
    let one = filters(middle);
    let day = middle - middle.rem_euclid(DAY);
    let mut out: Vec<(String, Filter, u64)> = vec![("no filter".into(), Filter::default(), 0)];
    for (name, f) in &one {
        out.push((name.to_string(), f.clone(), 0));
    }
    out.push((
        "one day".into(),
        Filter {
            from: Some(Timestamp::from_micros(day)),
            to: Some(Timestamp::from_micros(day + DAY - 1)),
            ..Filter::default()
        },
        0,
    ));
    out.push(("deep skip (10000)".into(), Filter::default(), 10_000));
    out.push((
        "search_term (two words)".into(),
        Filter {
            search: vec!["sara".into(), "bill".into()],
            ..Filter::default()
        },
        0,
    ));
    for a in 0..one.len() {
        for b in a + 1..one.len() {
            out.push((
                format!("{} + {}", one[a].0, one[b].0),
                and(&one[a].1, &one[b].1),
                0,
            ));
        }
    }
    for set in [[0, 1, 2], [2, 3, 5], [6, 0, 2], [4, 1, 5]] {
        let name = set.map(|i| one[i].0).join(" + ");
        let filter = set
            .iter()
            .fold(Filter::default(), |acc, &i| and(&acc, &one[i].1));
        out.push((name, filter, 0));
    }
    let all = one
        .iter()
        .fold(Filter::default(), |acc, (_, f)| and(&acc, f));
    out.push(("all seven".into(), all, 0));
    out
}

pub fn run(entries: usize) -> Result<(), String> {
    let start = auditlog_core::Timestamp::now().micros() - 400 * DAY;
    let step = (300 * DAY / entries.max(1) as i64).max(1);
    let mut generator = Generator::new(0, start);
    let limits = Limits::now();
    let rss_before = rss_mib();
    let mut index = MemoryIndex::default();
    let mut indexing = Duration::ZERO;
    let mut raw_bytes = 0u64;
    for seq in 1..=entries as u64 {
        let json = generator.entry(step);
        raw_bytes += json.to_string().len() as u64 + 1;
        let entry = validate_entry(json, "", &limits).map_err(|e| format!("{e:?}"))?;
        let ts = entry.timestamp.map_or(0, |t| t.micros());
        let t = Instant::now();
        index.add(&EntryTerms::of_new(seq, ts, &entry));
        indexing += t.elapsed();
    }
    println!(
        "index of {entries} entries ({:.0} bytes of NDJSON each): {:.0} entries/s to index, \
         {} terms, {:.1} bytes/entry serialized, process RSS +{:.0} MiB",
        raw_bytes as f64 / entries as f64,
        entries as f64 / indexing.as_secs_f64(),
        index.term_count(),
        index.size_bytes() as f64 / entries as f64,
        rss_mib() - rss_before
    );
    println!(
        "{:<58} {:>10} {:>10} {:>10}",
        "query (page of 50, exact total)", "p50 ms", "p99 ms", "total"
    );
    let middle = start + 150 * DAY;
    for (name, filter, offset) in suite(middle) {
        let mut lat = Vec::with_capacity(REPS);
        let mut total = 0;
        for _ in 0..REPS {
            let t = Instant::now();
            let hits = query(&index, &filter, PageRequest::Offset { offset, limit: 50 })
                .map_err(|e| e.to_string())?;
            lat.push(t.elapsed());
            total = hits.total;
        }
        let lat = Latencies(lat);
        println!(
            "{name:<58} {:>10.3} {:>10.3} {total:>10}",
            lat.percentile(0.5),
            lat.percentile(0.99)
        );
    }
    // A cursor walk, 100 entries a page, as the harness's.
    let filter = Filter {
        resource_type: Some("assistant".into()),
        ..Filter::default()
    };
    let mut page = PageRequest::Offset {
        offset: 0,
        limit: 100,
    };
    let mut lat = Vec::new();
    while lat.len() < 1000 {
        let t = Instant::now();
        let hits = query(&index, &filter, page).map_err(|e| e.to_string())?;
        lat.push(t.elapsed());
        let (Some(&last), true) = (hits.sequences.last(), hits.has_more) else {
            break;
        };
        let timestamp = index.timestamp(last).map(Timestamp::from_micros);
        let Some(timestamp) = timestamp else { break };
        page = PageRequest::After {
            after: Position {
                timestamp,
                sequence: last,
            },
            limit: 100,
        };
    }
    let lat = Latencies(lat);
    println!(
        "{:<58} {:>10.3} {:>10.3} {:>10}",
        "cursor walk (entity_type, 100/page)",
        lat.percentile(0.5),
        lat.percentile(0.99),
        lat.0.len()
    );
    Ok(())
}
