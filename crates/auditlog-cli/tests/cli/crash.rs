//! A server killed (SIGKILL) while it writes entries and their postings loses no acknowledged
//! entry, and storage, postings included, checks out after every restart: the log is the truth,
//! a segment commits with the entries that fill it, and the tail is rebuilt from the entries.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use auditlog_store::postings::segment::FLUSH;
use serde_json::{json, Value};

use crate::{auditlog, http, setup_org, text, Server, ADMIN};

#[test]
fn killing_the_server_mid_write_loses_no_acknowledged_entry_and_leaves_postings_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("audit.db").display());
    let mut key = None;
    let acknowledged = Arc::new(AtomicU64::new(0));
    for round in 0..5u64 {
        let server = Server::start_url(&url, Some(ADMIN), &[]);
        let key = key
            .get_or_insert_with(|| setup_org(&server.base, "acme"))
            .clone();
        let (base, acked) = (server.base.clone(), acknowledged.clone());
        // Batches of 500 until the server dies under them, ~1.5 segments a round.
        let writer = std::thread::spawn(move || {
            for batch in 0.. {
                let items: Vec<Value> = (0..500)
                    .map(|i| {
                        json!({"action": "updated", "resource_type": "thread",
                               "resource_id": format!("t{}", (batch * 500 + i) % 97),
                               "user_id": format!("u{}", i % 7), "resource_name": "Support Bot"})
                    })
                    .collect();
                let res = http()
                    .post(format!("{base}/v1/organizations/acme/audit-log/batch"))
                    .bearer_auth(&key)
                    .json(&json!({ "items": items }))
                    .send();
                match res {
                    Ok(r) if r.status() == 201 => {
                        acked.fetch_add(500, Ordering::SeqCst);
                    }
                    _ => return,
                }
            }
        });
        // Killed at a different point each round, once the rounds together wrote more than a
        // segment's worth: segments are written and merged under the kills.
        let written = (round + 1) * FLUSH / 4;
        let waited = std::time::Instant::now();
        while acknowledged.load(Ordering::SeqCst) < written && waited.elapsed().as_secs() < 120 {
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(150 * round));
        drop(server); // SIGKILL
        writer.join().unwrap();
    }

    let server = Server::start_url(&url, Some(ADMIN), &[]);
    let key = key.unwrap();
    let total = |query: &str| {
        let page: Value = http()
            .get(format!(
                "{}/v1/organizations/acme/audit-log?{query}",
                server.base
            ))
            .bearer_auth(&key)
            .send()
            .unwrap()
            .json()
            .unwrap();
        page["total"].as_u64().unwrap()
    };
    let all = total("limit=1");
    let acked = acknowledged.load(Ordering::SeqCst);
    assert!(
        acked > FLUSH,
        "the rounds wrote segments: {acked} acknowledged"
    );
    // A batch may commit with its answer lost to the kill: at most one per round more.
    assert!(
        all >= acked && all <= acked + 5 * 500,
        "{all} stored, {acked} acknowledged"
    );
    // The postings agree with the entries: every u3 entry found, by filter and by search.
    let by_actor = total("actor_id=u3");
    assert_eq!(all % 500, 0, "only whole batches");
    assert_eq!(by_actor, all / 500 * 71);
    assert_eq!(total("search_term=supp"), all);
    server.stop();

    let out = auditlog()
        .args(["verify", "--database", &url, "--organization", "acme"])
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("postings consistent"), "{stdout}");
}
