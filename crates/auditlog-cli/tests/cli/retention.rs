//! `auditlog verify` on a log the pruner has pruned: from the server, from an export and from
//! storage, every kept entry is checked against the tree, the pruned stretches are reported as
//! such, and a stretch no signed marker records is caught.

use std::time::Duration;

use serde_json::{json, Value};

use crate::{auditlog, http, setup_org, text, Server, ADMIN};

const DAY: i64 = 86_400_000_000;

fn ingest(base: &str, key: &str, n: usize, days_old: i64) {
    ingest_as(base, key, "assistant", n, days_old);
}

fn ingest_as(base: &str, key: &str, resource_type: &str, n: usize, days_old: i64) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_micros() as i64;
    let at = auditlog_core::Timestamp::from_micros(now - days_old * DAY).to_string();
    let items: Vec<Value> = (0..n)
        .map(|i| {
            json!({"action": "updated", "resource_type": resource_type,
                        "resource_id": format!("r{i}"), "user_id": "u1", "timestamp": at})
        })
        .collect();
    let res = http()
        .post(format!("{base}/v1/organizations/acme/audit-log/batch"))
        .bearer_auth(key)
        .json(&json!({ "items": items }))
        .send()
        .unwrap();
    assert_eq!(res.status(), 201);
}

/// Waits for the pruner to have pruned `n` entries of `acme`.
fn wait_until_pruned(base: &str, n: u64) {
    let retention = format!("{base}/v1/organizations/acme/retention");
    let mut pruned = 0;
    for _ in 0..100 {
        let body: Value = http()
            .get(&retention)
            .bearer_auth(ADMIN)
            .send()
            .unwrap()
            .json()
            .unwrap();
        pruned = body["pruned_entries"].as_u64().unwrap();
        if pruned == n {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(pruned, n);
}

/// The server's public signing key, for `verify --key`.
fn signing_key(base: &str) -> String {
    let key = http()
        .get(format!("{base}/v1/signing-key"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    key.trim().to_owned()
}

fn verify(args: &[&str]) -> (bool, String) {
    let out = auditlog().arg("verify").args(args).output().unwrap();
    (out.status.success(), text(&out).0 + &text(&out).1)
}

#[test]
fn verify_checks_a_pruned_log_and_reports_what_was_pruned() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("audit.db");
    let url = format!("sqlite://{}", db.display());
    let start = || {
        Server::start_url_with_env(
            &url,
            Some(ADMIN),
            &["--retention-every", "1"],
            &[],
            dir.path(),
        )
    };
    let server = start();
    let key = setup_org(&server.base, "acme");
    ingest(&server.base, &key, 35, 400);
    // A checkpoint a reader saved then: its size will fall inside the pruned stretch.
    let early = dir.path().join("early.txt");
    let note = http()
        .get(format!(
            "{}/v1/organizations/acme/audit-log/checkpoint",
            server.base
        ))
        .bearer_auth(&key)
        .send()
        .unwrap()
        .text()
        .unwrap();
    std::fs::write(&early, note).unwrap();
    ingest(&server.base, &key, 5, 400);
    ingest(&server.base, &key, 10, 1);
    let policy = http()
        .put(format!("{}/v1/organizations/acme/retention", server.base))
        .bearer_auth(ADMIN)
        .json(&json!({"days": 365}))
        .send()
        .unwrap();
    assert_eq!(policy.status(), 200);
    assert!(server.stop().success());
    // Entries are pruned once sealed into a segment: a store opened with small segments seals
    // what it holds, as a busy one would with its own.
    drop(auditlog_store::sqlite::SqliteStore::open_with_small_segments(&db, 8).unwrap());

    let server = start();
    wait_until_pruned(&server.base, 40);
    let verifier = &signing_key(&server.base);

    let (ok, says) = verify(&[
        "--since",
        early.to_str().unwrap(),
        "--url",
        &server.base,
        "--organization",
        "acme",
        "--token",
        &key,
        "--key",
        verifier,
    ]);
    assert!(ok, "{says}");
    assert!(
        says.contains(
            "50 entries of acme verified (40 of them pruned under retention, in 1 stretch(es)"
        ),
        "{says}"
    );

    // An export made for verifying by `auditlog export --include-pruned`, checked offline.
    let (export_file, checkpoint_file) =
        (dir.path().join("export.ndjson"), dir.path().join("cp.txt"));
    let out = auditlog()
        .args([
            "export",
            "--url",
            &server.base,
            "--organization",
            "acme",
            "--token",
            &key,
        ])
        .arg("--include-pruned")
        .arg("--output")
        .arg(&export_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{:?}", text(&out));
    let export = std::fs::read_to_string(&export_file).unwrap();
    let checkpoint = http()
        .get(format!(
            "{}/v1/organizations/acme/audit-log/checkpoint",
            server.base
        ))
        .bearer_auth(&key)
        .send()
        .unwrap()
        .text()
        .unwrap();
    std::fs::write(&checkpoint_file, &checkpoint).unwrap();
    let files = [
        "--export",
        export_file.to_str().unwrap(),
        "--checkpoint",
        checkpoint_file.to_str().unwrap(),
        "--key",
        verifier,
    ];
    let (ok, says) = verify(&files);
    assert!(ok, "{says}");
    assert!(says.contains("40 of them pruned"), "{says}");
    // Without the markers, the pruned stretch is unaccounted for.
    let unsigned: String = export
        .lines()
        .filter(|l| !l.starts_with("{\"prune_marker\""))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&export_file, unsigned).unwrap();
    let (ok, says) = verify(&files);
    assert!(
        !ok && says.contains(
            "at sequence 1: missing: given as pruned, but no signed pruning marker records it"
        ),
        "{says}"
    );

    assert!(server.stop().success());
    let (ok, says) = verify(&[
        "--database",
        &url,
        "--organization",
        "acme",
        "--key",
        verifier,
    ]);
    assert!(ok, "{says}");
    assert!(says.contains("(40 pruned under retention"), "{says}");
    // Offline, a saved checkpoint inside the pruned stretch cannot be proved: said so.
    let mut since = files.to_vec();
    since.extend(["--since", early.to_str().unwrap()]);
    let (ok, says) = verify(&since);
    assert!(
        !ok && says.contains("ends inside a pruned stretch"),
        "{says}"
    );
    // Storage whose pruning no signed marker records does not pass as pruned.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute("delete from prune_markers", [])
        .unwrap();
    let (ok, says) = verify(&[
        "--database",
        &url,
        "--organization",
        "acme",
        "--key",
        verifier,
    ]);
    assert!(
        !ok && says.contains(
            "at sequence 1: missing: given as pruned, but no signed pruning marker records it"
        ),
        "{says}"
    );
}

/// On PostgreSQL, pruned entries of a month whose other entries expire within weeks keep their
/// rows until the month's partition can be dropped whole; meanwhile no read has them and every
/// `verify` passes, storage's included.
#[test]
fn on_postgres_verify_passes_while_pruned_rows_wait_for_their_month() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let Some(url) = rt.block_on(auditlog_store::testing::fresh_postgres_url("")) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let start = || {
        Server::start_url_with_env(
            &url,
            Some(ADMIN),
            &["--retention-every", "1"],
            &[],
            dir.path(),
        )
    };
    let server = start();
    let key = setup_org(&server.base, "acme");
    ingest(&server.base, &key, 20, 375);
    ingest_as(&server.base, &key, "member", 5, 375);
    put_policy(
        &server.base,
        json!({"days": 365, "rules": [{"event_prefix": "member.", "days": 380}]}),
    );
    assert!(server.stop().success());
    rt.block_on(async {
        auditlog_store::postgres::PostgresStore::connect_with_small_segments(&url, 8)
            .await
            .unwrap();
    });

    let server = start();
    wait_until_pruned(&server.base, 20);
    // A pass or two later, the pruned rows still hold their content: the month's other
    // entries expire in five days.
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(rt.block_on(emptied_rows(&url)), 0);
    let listed: Value = http()
        .get(format!(
            "{}/v1/organizations/acme/audit-log?limit=50",
            server.base
        ))
        .bearer_auth(&key)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(listed["total"], 5, "{listed}");
    let verifier = signing_key(&server.base);
    let (ok, says) = verify(&[
        "--url",
        &server.base,
        "--organization",
        "acme",
        "--token",
        &key,
        "--key",
        &verifier,
    ]);
    assert!(ok && says.contains("20 of them pruned"), "{says}");
    assert!(server.stop().success());
    let (ok, says) = verify_storage(&url, &verifier);
    assert!(ok, "{says}");
    assert!(says.contains("(20 pruned under retention"), "{says}");

    // Members' events kept 500 days: the month no longer expires soon, so its pruned rows
    // are emptied, and storage still verifies.
    let server = start();
    put_policy(
        &server.base,
        json!({"days": 365, "rules": [{"event_prefix": "member.", "days": 500}]}),
    );
    let mut emptied = 0;
    for _ in 0..100 {
        emptied = rt.block_on(emptied_rows(&url));
        if emptied == 20 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(emptied, 20);
    assert!(server.stop().success());
    let (ok, says) = verify_storage(&url, &verifier);
    assert!(ok && says.contains("(20 pruned under retention"), "{says}");
}

/// The rows of a PostgreSQL store's entries that hold no content.
async fn emptied_rows(url: &str) -> i64 {
    let client = auditlog_store::testing::connect_postgres(url).await;
    client
        .query_one(
            "select count(*) from entries where body is null and packed is null",
            &[],
        )
        .await
        .unwrap()
        .get(0)
}

fn put_policy(base: &str, policy: Value) {
    let res = http()
        .put(format!("{base}/v1/organizations/acme/retention"))
        .bearer_auth(ADMIN)
        .json(&policy)
        .send()
        .unwrap();
    assert_eq!(res.status(), 200);
}

/// `auditlog verify --database` of `acme`, with the log's key.
fn verify_storage(url: &str, key: &str) -> (bool, String) {
    verify(&["--database", url, "--organization", "acme", "--key", key])
}
