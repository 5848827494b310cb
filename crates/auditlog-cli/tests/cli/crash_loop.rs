//! The crash loop: a server killed (SIGKILL) at a random moment while clients send single
//! entries and batches at once, restarted, killed again — 20 times on SQLite and 5 on
//! PostgreSQL (`AUDITLOG_TEST_CRASH_CYCLES=N` for N and N / 4). Afterwards every acknowledged
//! entry is stored exactly once, the sequences are gapless, and storage verifies.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};

use crate::{auditlog, http, setup_org, text, Server, ADMIN};

const SINGLE_WRITERS: usize = 4;
const BATCH: usize = 50;

fn cycles() -> u32 {
    std::env::var("AUDITLOG_TEST_CRASH_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20)
}

fn entry(id: &str) -> Value {
    json!({"action": "created", "resource_type": "doc", "resource_id": id, "user_id": "u1",
           "resource_name": "Crash loop document"})
}

/// Writes until the server dies under it; records each id it was told is stored.
fn writer(
    base: String,
    key: String,
    name: String,
    batch: bool,
    acked: Arc<Mutex<HashSet<String>>>,
) {
    for n in 0.. {
        let ids: Vec<String> = if batch {
            (0..BATCH).map(|i| format!("{name}-{n}-{i}")).collect()
        } else {
            vec![format!("{name}-{n}")]
        };
        let request = if batch {
            let items: Vec<Value> = ids.iter().map(|id| entry(id)).collect();
            http()
                .post(format!("{base}/v1/organizations/acme/audit-log/batch"))
                .json(&json!({ "items": items }))
        } else {
            http()
                .post(format!("{base}/v1/organizations/acme/audit-log"))
                .json(&entry(&ids[0]))
        };
        match request.bearer_auth(&key).send() {
            Ok(res) if res.status() == 201 => acked.lock().unwrap().extend(ids),
            _ => return,
        }
    }
}

fn crash_loop(url: &str, cycles: u32) {
    let acked = Arc::new(Mutex::new(HashSet::new()));
    let mut key = None;
    for cycle in 0..cycles {
        let server = Server::start_url(url, Some(ADMIN), &[]);
        let key = key
            .get_or_insert_with(|| setup_org(&server.base, "acme"))
            .clone();
        let writers: Vec<_> = (0..=SINGLE_WRITERS)
            .map(|w| {
                let (base, key, acked) = (server.base.clone(), key.clone(), acked.clone());
                let name = format!("c{cycle}w{w}");
                let batch = w == SINGLE_WRITERS;
                std::thread::spawn(move || writer(base, key, name, batch, acked))
            })
            .collect();
        std::thread::sleep(Duration::from_millis(rand::random_range(50..400)));
        drop(server); // SIGKILL, mid-write
        for w in writers {
            w.join().unwrap();
        }
    }

    let server = Server::start_url(url, Some(ADMIN), &[]);
    let export = http()
        .get(format!(
            "{}/v1/organizations/acme/audit-log/export?format=ndjson",
            server.base
        ))
        .bearer_auth(key.as_ref().unwrap())
        .send()
        .unwrap()
        .text()
        .unwrap();
    server.stop();
    let mut stored = HashSet::new();
    for (i, line) in export.lines().enumerate() {
        let e: Value = serde_json::from_str(line).unwrap();
        assert_eq!(e["sequence"], i as u64 + 1, "gapless, in order");
        let id = e["resource_id"].as_str().unwrap().to_owned();
        assert!(stored.insert(id.clone()), "{id} stored twice");
    }
    let acked = acked.lock().unwrap();
    let lost: Vec<&String> = acked.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    // A write may commit with its answer lost to the kill: at most the ones in flight.
    let unacked = stored.len() - acked.len();
    let in_flight = cycles as usize * (SINGLE_WRITERS + BATCH);
    assert!(unacked <= in_flight, "{unacked} stored without an answer");
    assert!(
        acked.len() > cycles as usize,
        "the writers got writes in: {}",
        acked.len()
    );

    let out = auditlog()
        .args(["verify", "--database", url, "--organization", "acme"])
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
}

#[test]
fn sqlite_loses_no_acknowledged_entry_over_a_crash_loop() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("audit.db").display());
    crash_loop(&url, cycles());
}

#[test]
fn postgres_loses_no_acknowledged_entry_over_a_crash_loop() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let Some(url) = rt.block_on(auditlog_store::testing::fresh_postgres_url("")) else {
        return;
    };
    crash_loop(&url, (cycles() / 4).max(1));
}
