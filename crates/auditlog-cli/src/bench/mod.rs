//! `auditlog bench`: a reproducible benchmark of ingest and queries through the real HTTP API on
//! both backends, next to the storage engines' bare limits on the same rows. Prints a table and
//! writes JSON. `--quick` finishes in a few minutes; the default is the full run.

mod data;
mod load;
mod raw;
mod server;

use std::sync::Arc;

use serde::Serialize;

use crate::cli::BenchArgs;
use load::{Latencies, Work};
use server::Served;

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub backend: String,
    pub section: String,
    pub name: String,
    pub value: f64,
    pub unit: String,
    pub p50_ms: Option<f64>,
    pub p99_ms: Option<f64>,
    pub total: Option<u64>,
}

struct Plan {
    /// Sizes of the largest organization at which the query suite runs.
    stages: Vec<usize>,
    orgs: usize,
    batch100_events: usize,
    single_events: usize,
    query_reps: usize,
}

fn plan(quick: bool) -> Plan {
    if quick {
        Plan {
            stages: vec![20_000],
            orgs: 8,
            batch100_events: 10_000,
            single_events: 3_200,
            query_reps: 200,
        }
    } else {
        Plan {
            stages: vec![1_000_000, 10_000_000],
            orgs: 100,
            batch100_events: 100_000,
            single_events: 64_000,
            query_reps: 200,
        }
    }
}

pub fn run(args: BenchArgs) -> Result<(), String> {
    let mut plan = plan(args.quick);
    if let Some(largest) = args.largest {
        plan.stages = vec![largest];
    }
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let mut rows: Vec<Row> = Vec::new();
    let backends: Vec<&str> = match args.backend.as_str() {
        "both" => vec!["sqlite", "postgres"],
        one => vec![one],
    };
    for backend in backends {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let url = match backend {
            "sqlite" => format!("sqlite://{}", dir.path().join("bench.db").display()),
            "postgres" => {
                match &args.postgres_url {
                    Some(u) => u.clone(),
                    None => {
                        eprintln!("skipping PostgreSQL: pass --postgres-url (an empty database it may fill)");
                        continue;
                    }
                }
            }
            other => return Err(format!("unknown backend {other:?}")),
        };
        eprintln!("== {backend}");
        let served = Served::start(&url, dir.path())?;
        let mut out = runtime.block_on(run_backend(backend, &served, &plan))?;
        if let Some(rss) = served.rss_mib() {
            out.push(row(
                backend,
                "memory",
                "server RSS after the run",
                rss,
                "MiB",
            ));
        }
        drop(served);
        let bodies = runtime.block_on(sample_bodies(plan.stages[0].min(200_000)));
        let rate = match backend {
            "sqlite" => raw::sqlite(dir.path(), &bodies)?,
            _ => runtime.block_on(raw::postgres(&url, &bodies))?,
        };
        let name = if backend == "sqlite" {
            "bare batched inserts (WAL, synchronous=FULL, 1000/commit)"
        } else {
            "COPY into an unindexed table"
        };
        out.push(row(backend, "limit", name, rate, "rows/s"));
        // Each ingest figure as a share of the engine's bare limit on the same rows.
        let ratios: Vec<Row> = out
            .iter()
            .filter(|r| r.section == "ingest")
            .map(|r| row(backend, "vs limit", &r.name, r.value / rate, "× limit"))
            .collect();
        out.extend(ratios);
        rows.extend(out);
    }
    print(&rows);
    let json = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
    std::fs::write(&args.json, json).map_err(|e| format!("{}: {e}", args.json.display()))?;
    eprintln!("wrote {}", args.json.display());
    Ok(())
}

fn row(backend: &str, section: &str, name: &str, value: f64, unit: &str) -> Row {
    Row {
        backend: backend.into(),
        section: section.into(),
        name: name.into(),
        value,
        unit: unit.into(),
        p50_ms: None,
        p99_ms: None,
        total: None,
    }
}

fn timed(
    backend: &str,
    section: &str,
    name: &str,
    value: f64,
    unit: &str,
    lat: &Latencies,
    total: Option<u64>,
) -> Row {
    Row {
        p50_ms: Some(lat.percentile(0.5)),
        p99_ms: Some(lat.percentile(0.99)),
        total,
        ..row(backend, section, name, value, unit)
    }
}

/// Canonical bodies of generated entries, for the bare-insert limits.
async fn sample_bodies(n: usize) -> Vec<String> {
    let mut g = data::Generator::new(99, 1_760_000_000_000_000);
    (0..n).map(|_| g.entry(1_000_000).to_string()).collect()
}

async fn run_backend(backend: &str, served: &Served, plan: &Plan) -> Result<Vec<Row>, String> {
    let http = reqwest::Client::new();
    let base = served.base.as_str();
    let mut rows = Vec::new();
    let mut keys = Vec::new();
    for i in 0..plan.orgs {
        keys.push(Arc::new(
            load::create_org(&http, base, &format!("bench-{i}")).await?,
        ));
    }
    // Each organization's entries spread evenly over the 300 days that end 100 days ago, so
    // the whole run stays in the past and in near-order.
    let largest_final = *plan.stages.last().unwrap_or(&1);
    let shares = data::org_sizes(1_000_000, plan.orgs);
    let finals: Vec<usize> = shares
        .iter()
        .map(|s| (*s as f64 / shares[0] as f64 * largest_final as f64).max(1.0) as usize)
        .collect();
    let span = 300 * 86_400_000_000i64;
    let start = auditlog_core::Timestamp::now().micros() - 400 * 86_400_000_000;
    let steps: Vec<i64> = finals.iter().map(|f| (span / *f as i64).max(1)).collect();
    let mut gens: Vec<data::Generator> = (0..plan.orgs)
        .map(|i| data::Generator::new(i as u64, start))
        .collect();
    let mut loaded = vec![0usize; plan.orgs];
    for &stage in &plan.stages {
        let mut work = Vec::new();
        for (i, fin) in finals.iter().enumerate() {
            let target = (*fin as f64 * stage as f64 / largest_final as f64) as usize;
            while loaded[i] < target {
                let n = 1000.min(target - loaded[i]);
                let items = (0..n).map(|_| gens[i].entry(steps[i])).collect();
                work.push(Work {
                    org: format!("bench-{i}"),
                    key: keys[i].clone(),
                    items,
                    single: false,
                });
                loaded[i] += n;
            }
        }
        let events: usize = work.iter().map(|w| w.items.len()).sum();
        eprintln!("   loading {events} entries (largest organization: {stage})");
        let (rate, lat) = load::ingest(base, work, 4).await?;
        rows.push(timed(
            backend,
            "ingest",
            &format!("batches of 1000, 4 clients (load to {stage})"),
            rate,
            "events/s",
            &lat,
            None,
        ));
        rows.extend(queries(backend, &http, base, &keys[0], stage, plan.query_reps).await?);
    }
    // Smaller batches and single events, appended to the largest organization a millisecond
    // apart (its loaded entries end 100 days ago).
    let step = 1000;
    let work: Vec<Work> = (0..plan.batch100_events / 100)
        .map(|_| Work {
            org: "bench-0".into(),
            key: keys[0].clone(),
            items: (0..100).map(|_| gens[0].entry(step)).collect(),
            single: false,
        })
        .collect();
    let (rate, lat) = load::ingest(base, work, 8).await?;
    rows.push(timed(
        backend,
        "ingest",
        "batches of 100, 8 clients",
        rate,
        "events/s",
        &lat,
        None,
    ));
    let work: Vec<Work> = (0..plan.single_events)
        .map(|_| Work {
            org: "bench-0".into(),
            key: keys[0].clone(),
            items: vec![gens[0].entry(step)],
            single: true,
        })
        .collect();
    let (rate, lat) = load::ingest(base, work, 64).await?;
    rows.push(timed(
        backend,
        "ingest",
        "single events, 64 clients",
        rate,
        "events/s",
        &lat,
        None,
    ));
    Ok(rows)
}

async fn queries(
    backend: &str,
    http: &reqwest::Client,
    base: &str,
    key: &str,
    stage: usize,
    reps: usize,
) -> Result<Vec<Row>, String> {
    let org = "bench-0";
    let list = format!("{base}/v1/organizations/{org}/audit-log");
    let cases: Vec<(&str, String)> = vec![
        ("page of 50, no filter", format!("{list}?limit=50")),
        ("entity_type", format!("{list}?entity_type=assistant")),
        ("action_type", format!("{list}?action_type=updated")),
        ("actor_id", format!("{list}?actor_id=uid_7")),
        ("target_id", format!("{list}?target_id=wf_42")),
        ("department_id", format!("{list}?department_id=dept_5")),
        (
            "date range (one day)",
            format!("{list}?from_date={d}&to_date={d}", d = day_of(stage)),
        ),
        (
            "entity_type + action_type",
            format!("{list}?entity_type=thread&action_type=updated"),
        ),
        (
            "actor_id + date range",
            format!("{list}?actor_id=uid_3&from_date={}", day_of(stage)),
        ),
        ("search_term", format!("{list}?search_term=sara%20bill")),
        (
            "search_term + entity_type",
            format!("{list}?search_term=support&entity_type=assistant"),
        ),
        ("deep skip (10000)", format!("{list}?skip=10000")),
        (
            "seed 000 camelCase",
            format!("{base}/v1/{org}/audit-logs?resourceType=workflow"),
        ),
        (
            "seed 001 history",
            format!("{base}/v1/threads/thre_1/history"),
        ),
        (
            "seed 003 assistant_id",
            format!("{base}/orgs/c/audit-logs?assistant_id=assi_17&take=50"),
        ),
    ];
    let mut rows = Vec::new();
    for (name, url) in cases {
        let (lat, total) = load::query(http, &url, key, reps).await?;
        rows.push(timed(
            backend,
            &format!("query @ {stage}"),
            name,
            lat.percentile(0.5),
            "ms p50",
            &lat,
            total,
        ));
    }
    let (seen, lat) = load::cursor_walk(
        http,
        &format!("{list}?entity_type=assistant&limit=100"),
        key,
    )
    .await?;
    rows.push(timed(
        backend,
        &format!("query @ {stage}"),
        "cursor walk (entity_type, 100/page)",
        lat.percentile(0.5),
        "ms p50",
        &lat,
        Some(seen),
    ));
    Ok(rows)
}

/// A day inside the loaded range, for the date filters.
fn day_of(_stage: usize) -> String {
    let t = auditlog_core::Timestamp::now().micros() - 300 * 86_400_000_000;
    auditlog_core::Timestamp::from_micros(t).to_string()[..10].to_owned()
}

fn print(rows: &[Row]) {
    println!(
        "{:<9} {:<16} {:<58} {:>12} {:<9} {:>9} {:>9} {:>10}",
        "backend", "section", "measure", "value", "unit", "p50 ms", "p99 ms", "total"
    );
    for r in rows {
        let f = |v: Option<f64>| v.map_or("-".to_owned(), |v| format!("{v:.2}"));
        println!(
            "{:<9} {:<16} {:<58} {:>12} {:<9} {:>9} {:>9} {:>10}",
            r.backend,
            r.section,
            r.name,
            if r.value < 10.0 {
                format!("{:.3}", r.value)
            } else {
                format!("{:.1}", r.value)
            },
            r.unit,
            f(r.p50_ms),
            f(r.p99_ms),
            r.total.map_or("-".to_owned(), |t| t.to_string())
        );
    }
}
