//! The run: for each backend, the server under test, the load and the query suite, the engine's
//! bare limit, then the peer; rows printed as a table and written as JSON as each completes.

use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use crate::data::Dataset;
use crate::load::{Api, Latencies, Work};
use crate::server::Served;
use crate::storage::{self, Stored};
use crate::{cases, data, load, peer, raw, BenchArgs};

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

pub const DAY: i64 = 86_400_000_000;

/// Time one query case may take: a slow case is asked fewer times than `query_reps` (at least
/// twice), so that one that takes a minute per request cannot stretch a run by hours.
const QUERY_BUDGET: std::time::Duration = std::time::Duration::from_secs(30);

pub struct Plan {
    /// Sizes of the largest organization at which the query suite runs.
    pub stages: Vec<usize>,
    orgs: usize,
    /// Zipf exponent of organization sizes.
    zipf: f64,
    /// The peer's batches of 1000 (its bulk data is loaded with COPY: through its API a full
    /// load would take hours).
    peer_batch1000_events: usize,
    batch100_events: usize,
    single_events: usize,
    query_reps: usize,
    /// Pages of a cursor (or, for the peer, `next` link) walk at most.
    walk_pages: usize,
    /// The peer's repetitions and walk: each of its requests counts every matching row, which
    /// at 10 M entries takes seconds, so the full run asks it fewer times.
    peer_query_reps: usize,
    peer_walk_pages: usize,
    /// Where the entries' 300 days begin: 400 days ago, so that the whole run stays in the
    /// past (appended entries follow the largest organization's last) and in near-order.
    pub start: i64,
}

fn plan(args: &BenchArgs) -> Plan {
    let start = auditlog_core::Timestamp::now().micros() - 400 * DAY;
    let mut plan = if args.quick {
        Plan {
            stages: vec![20_000],
            orgs: 8,
            zipf: 1.1,
            peer_batch1000_events: 10_000,
            batch100_events: 10_000,
            single_events: 3_200,
            query_reps: 200,
            walk_pages: 1_000,
            // The peer's queries took 130 of the quick run's 217 s at 200 each (a slow day).
            peer_query_reps: 50,
            peer_walk_pages: 1_000,
            start,
        }
    } else {
        Plan {
            stages: vec![1_000_000, 10_000_000],
            orgs: 100,
            zipf: 2.0,
            peer_batch1000_events: 40_000,
            batch100_events: 100_000,
            single_events: 64_000,
            query_reps: 200,
            walk_pages: 10_000,
            peer_query_reps: 50,
            peer_walk_pages: 100,
            start,
        }
    };
    if let Some(largest) = args.largest {
        plan.stages = vec![largest];
    }
    plan
}

impl Plan {
    fn dataset(&self) -> Dataset {
        Dataset::new(
            *self.stages.last().unwrap_or(&1),
            self.orgs,
            self.zipf,
            self.start,
        )
    }
}

/// The directory `--keep` names: created if need be, and empty, so no earlier store is mixed in.
fn kept_dir(dir: &std::path::Path) -> Result<std::path::PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if entries.next().is_some() {
        return Err(format!(
            "{}: --keep needs an empty directory",
            dir.display()
        ));
    }
    Ok(dir.to_owned())
}

pub fn run(args: BenchArgs) -> Result<(), String> {
    let plan = plan(&args);
    let started = Instant::now();
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let mut rows: Vec<Row> = Vec::new();
    let backends: Vec<&str> = match args.backend.as_str() {
        "both" => vec!["sqlite", "postgres"],
        one => vec![one],
    };
    for &backend in &backends {
        let temporary = tempfile::tempdir().map_err(|e| e.to_string())?;
        let dir = match &args.keep {
            Some(kept) if backend == "sqlite" => kept_dir(kept)?,
            _ => temporary.path().to_owned(),
        };
        let url = match backend {
            "sqlite" => format!("sqlite://{}", dir.join("bench.db").display()),
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
        let served = Served::start(&url, &dir)?;
        let stored = match backend {
            "sqlite" => Stored::Sqlite(&dir),
            _ => Stored::Postgres(&url),
        };
        let mut out = runtime.block_on(run_backend(backend, &served, &plan, stored))?;
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
            "sqlite" => raw::sqlite(&dir, &bodies)?,
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
            .filter(|r| r.section == "ingest" && r.unit == "events/s")
            .map(|r| row(backend, "vs limit", &r.name, r.value / rate, "× limit"))
            .collect();
        out.extend(ratios);
        rows.extend(out);
        // A full run takes hours: what is measured so far is kept, and shown, as it completes.
        write_json(&args.json, &rows)?;
        eprintln!(
            "   {backend} done after {:.0} s; results so far in {}",
            started.elapsed().as_secs_f64(),
            args.json.display()
        );
    }
    match (&args.postgres_url, args.no_peer) {
        (Some(url), false) => {
            if backends.contains(&"postgres") {
                runtime.block_on(storage::drop_ours(url))?;
            }
            eprintln!("== django-auditlog (peer)");
            let peer = runtime.block_on(run_peer(url, &plan))?;
            rows.extend(versus_peer(&rows, &peer));
            rows.extend(peer);
        }
        (None, false) => eprintln!("skipping the peer: it runs on PostgreSQL (--postgres-url)"),
        _ => {}
    }
    rows.push(row(
        "all",
        "run",
        "wall-clock time of the whole run",
        started.elapsed().as_secs_f64(),
        "s",
    ));
    print(&rows);
    write_json(&args.json, &rows)?;
    eprintln!("wrote {}", args.json.display());
    Ok(())
}

fn write_json(path: &std::path::Path, rows: &[Row]) -> Result<(), String> {
    let json = serde_json::to_string_pretty(rows).map_err(|e| e.to_string())?;
    std::fs::write(path, json).map_err(|e| format!("{}: {e}", path.display()))
}

/// Each of auditlog's figures against the peer's same measure: how many times faster (p50 for
/// queries, events/s for ingest).
fn versus_peer(ours: &[Row], peer: &[Row]) -> Vec<Row> {
    let mut out = Vec::new();
    for p in peer {
        for o in ours.iter().filter(|o| o.section == p.section) {
            let ratio = match p.section.as_str() {
                "ingest" if o.name.starts_with(&p.name) => o.value / p.value,
                s if s.starts_with("query") && o.name == p.name => p.value / o.value,
                _ => continue,
            };
            out.push(row(
                &o.backend,
                &format!("vs peer {}", p.section),
                &p.name,
                ratio,
                "× peer",
            ));
        }
    }
    out
}

pub fn row(backend: &str, section: &str, name: &str, value: f64, unit: &str) -> Row {
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

/// Entries generated before each timed stretch of a load: generating them while the clients
/// send would take the cores the server is measured on. About 200 MB of requests.
const WINDOW: usize = 500_000;

/// Loads a dataset's growth to `stage` through the batch API from 4 clients, in windows
/// generated ahead of their sending; returns the rate over the sending time, the requests'
/// latencies, and the entries' size as NDJSON (one line each).
async fn load_stage(
    base: &str,
    data: &mut Dataset,
    stage: usize,
    keys: &[Arc<String>],
) -> Result<(f64, Latencies, u64), String> {
    let mut growth = data.grow_to(stage);
    let (mut events, mut secs, mut raw) = (0usize, 0f64, 0u64);
    let mut latencies = Vec::new();
    loop {
        let (mut window, mut n) = (Vec::new(), 0);
        while n < WINDOW {
            let Some((org, items)) = growth.next() else {
                break;
            };
            let (work, bytes) = Work::new(format!("bench-{org}"), keys[org].clone(), &items, false);
            raw += bytes;
            n += work.events;
            window.push(work);
        }
        if window.is_empty() {
            break;
        }
        let (rate, lat) = load::ingest(base, Api::Auditlog, load::queued(window), 4).await?;
        events += n;
        secs += n as f64 / rate;
        latencies.extend(lat.0);
    }
    Ok((
        events as f64 / secs.max(f64::EPSILON),
        Latencies(latencies),
        raw,
    ))
}

/// Appended work for the largest organization, a millisecond apart (its loaded entries end 100
/// days ago): `events` entries in batches of `size` (1 = single events).
fn appended(data: &mut Dataset, key: &Arc<String>, events: usize, size: usize) -> Vec<Work> {
    (0..events / size)
        .map(|_| {
            let items: Vec<_> = (0..size).map(|_| data.append(1000)).collect();
            Work::new("bench-0".into(), key.clone(), &items, size == 1).0
        })
        .collect()
}

async fn run_backend(
    backend: &str,
    served: &Served,
    plan: &Plan,
    store: Stored<'_>,
) -> Result<Vec<Row>, String> {
    let postgres = match store {
        Stored::Postgres(url) => Some(url),
        Stored::Sqlite(_) => None,
    };
    let http = reqwest::Client::new();
    let base = served.base.as_str();
    let mut rows = Vec::new();
    let mut keys = Vec::new();
    for i in 0..plan.orgs {
        keys.push(Arc::new(
            load::create_org(&http, base, &format!("bench-{i}")).await?,
        ));
    }
    let mut data = plan.dataset();
    let (mut entries, mut raw_bytes) = (0u64, 0u64);
    for &stage in &plan.stages {
        let events = data.grow_to(stage).count as u64;
        eprintln!("   loading {events} entries (largest organization: {stage})");
        let cpu = served.cpu_seconds();
        let (rate, lat, raw) = load_stage(base, &mut data, stage, &keys).await?;
        let load_cpu = cpu_per_event(backend, served, cpu, events, &format!("load to {stage}"));
        (entries, raw_bytes) = (entries + events, raw_bytes + raw);
        if let Some(url) = postgres {
            storage::vacuum(
                url,
                &["entries", "segments", "segment_blocks", "tree_nodes"],
            )
            .await?;
        }
        rows.push(timed(
            backend,
            "ingest",
            &format!("batches of 1000, 4 clients (load to {stage})"),
            rate,
            "events/s",
            &lat,
            None,
        ));
        rows.extend(load_cpu);
        rows.extend(storage::disk(backend, store, stage, entries, raw_bytes).await?);
        rows.extend(queries(backend, Api::Auditlog, &http, base, &keys[0], stage, plan).await?);
    }
    let work = appended(&mut data, &keys[0], plan.batch100_events, 100);
    let cpu = served.cpu_seconds();
    let (rate, lat) = load::ingest(base, Api::Auditlog, load::queued(work), 8).await?;
    let batch_cpu = cpu_per_event(
        backend,
        served,
        cpu,
        plan.batch100_events as u64,
        "batches of 100",
    );
    rows.push(timed(
        backend,
        "ingest",
        "batches of 100, 8 clients",
        rate,
        "events/s",
        &lat,
        None,
    ));
    rows.extend(batch_cpu);
    let work = appended(&mut data, &keys[0], plan.single_events, 1);
    let cpu = served.cpu_seconds();
    let (rate, lat) = load::ingest(base, Api::Auditlog, load::queued(work), 64).await?;
    let single_cpu = cpu_per_event(
        backend,
        served,
        cpu,
        plan.single_events as u64,
        "single events",
    );
    rows.push(timed(
        backend,
        "ingest",
        "single events, 64 clients",
        rate,
        "events/s",
        &lat,
        None,
    ));
    rows.extend(single_cpu);
    Ok(rows)
}

/// The server's CPU time per event since `before` (none where `/proc` cannot tell).
fn cpu_per_event(
    backend: &str,
    served: &Served,
    before: Option<f64>,
    events: u64,
    what: &str,
) -> Option<Row> {
    let spent = served.cpu_seconds()? - before?;
    Some(row(
        backend,
        "ingest",
        &format!("server CPU per event, {what}"),
        spent * 1e6 / events.max(1) as f64,
        "µs/event",
    ))
}

/// The peer on the same rows: bulk-loaded stage by stage and queried with the equivalent
/// filters, then ingest through its API.
async fn run_peer(url: &str, plan: &Plan) -> Result<Vec<Row>, String> {
    let name = "django-auditlog";
    let peer = peer::Peer::start(url).await?;
    let http = reqwest::Client::new();
    let mut rows = Vec::new();
    let mut data = plan.dataset();
    let key = Arc::new(String::new());
    for &stage in &plan.stages {
        let started = Instant::now();
        let n = peer.load(&mut data, stage)?;
        let secs = started.elapsed().as_secs_f64();
        eprintln!("   loaded {n} rows with COPY in {secs:.0} s (largest organization: {stage})");
        rows.push(row(
            name,
            "load",
            &format!("COPY through the peer's mapping (load to {stage})"),
            n as f64 / secs,
            "rows/s",
        ));
        rows.extend(queries(name, Api::Peer, &http, &peer.base, &key, stage, plan).await?);
    }
    for (events, size, clients, label) in [
        (
            plan.peer_batch1000_events,
            1000,
            4,
            "batches of 1000, 4 clients",
        ),
        (plan.batch100_events, 100, 8, "batches of 100, 8 clients"),
        (plan.single_events, 1, 64, "single events, 64 clients"),
    ] {
        // The peer is far slower; a tenth of the events gives a steady figure in reasonable time.
        let events = if size == 1000 { events } else { events / 10 };
        let work = appended(&mut data, &key, events, size);
        let (rate, lat) = load::ingest(&peer.base, Api::Peer, load::queued(work), clients).await?;
        rows.push(timed(name, "ingest", label, rate, "events/s", &lat, None));
    }
    Ok(rows)
}

async fn queries(
    backend: &str,
    api: Api,
    http: &reqwest::Client,
    base: &str,
    key: &str,
    stage: usize,
    plan: &Plan,
) -> Result<Vec<Row>, String> {
    let section = format!("query @ {stage}");
    let mut rows = Vec::new();
    let mut suite = cases::singles(base, plan, stage);
    if matches!(api, Api::Auditlog) {
        suite.extend(cases::combinations(base, plan, stage));
    }
    for case in suite {
        let url = match api {
            Api::Auditlog => case.url,
            Api::Peer => match case.peer {
                Some(url) => url,
                None => continue,
            },
        };
        let reps = match api {
            Api::Auditlog => plan.query_reps,
            Api::Peer => plan.peer_query_reps,
        };
        let (lat, total) = load::query(http, &url, key, reps, QUERY_BUDGET).await?;
        rows.push(timed(
            backend,
            &section,
            &case.name,
            lat.percentile(0.5),
            "ms p50",
            &lat,
            total,
        ));
    }
    let walk = match api {
        Api::Auditlog => {
            format!("{base}/v1/organizations/bench-0/audit-log?entity_type=assistant&limit=100")
        }
        Api::Peer => format!("{base}/api/orgs/bench-0/logs?entity_type=assistant&limit=100"),
    };
    let pages = match api {
        Api::Auditlog => plan.walk_pages,
        Api::Peer => plan.peer_walk_pages,
    };
    let (seen, lat) = load::walk(http, &walk, key, pages).await?;
    rows.push(timed(
        backend,
        &section,
        "page walk (entity_type, 100/page)",
        lat.percentile(0.5),
        "ms p50",
        &lat,
        Some(seen),
    ));
    Ok(rows)
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
