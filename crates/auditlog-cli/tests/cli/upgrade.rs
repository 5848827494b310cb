//! A store written by the release before postings (2026-12-02, `351c542`) upgrades in place:
//! loaded from the dump that release left (`upgrade/store.*.sql`), the current server migrates
//! it at start and then gives every answer that release gave (`upgrade/answers.*.json`: status,
//! data headers and the SHA-256 of every body), before and after its entries are sealed into
//! segments; and both fscks find storage and log clean, checkpoints signed by the old key
//! included. `upgrade/make_fixture.py` wrote the fixture with that release.

use std::path::{Path, PathBuf};

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::{auditlog, http, text, Server};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli/upgrade")
        .join(name)
}

/// The headers recorded beside each body: those that carry data.
const DATA_HEADERS: [&str; 4] = ["content-type", "x-total-count", "link", "x-next-page-token"];

struct Recorded {
    admin: String,
    verifier: String,
    answers: Vec<Value>,
}

fn recorded(engine: &str) -> Recorded {
    let file = std::fs::read_to_string(fixture(&format!("answers.{engine}.json"))).unwrap();
    let v: Value = serde_json::from_str(&file).unwrap();
    Recorded {
        admin: v["admin_token"].as_str().unwrap().to_owned(),
        verifier: v["verifier_key"].as_str().unwrap().to_owned(),
        answers: v["answers"].as_array().unwrap().clone(),
    }
}

/// Every recorded request asked again; the differences, described.
fn differences(server: &Server, rec: &Recorded) -> Vec<String> {
    let mut out = Vec::new();
    for want in &rec.answers {
        let path = want["path"].as_str().unwrap();
        let res = http()
            .get(format!("{}{path}", server.base))
            .bearer_auth(&rec.admin)
            .send()
            .unwrap();
        let status = res.status().as_u16();
        let headers: serde_json::Map<String, Value> = DATA_HEADERS
            .iter()
            .filter_map(|h| {
                let v = res.headers().get(*h)?.to_str().ok()?;
                Some((h.to_string(), Value::from(v)))
            })
            .collect();
        let body = res.bytes().unwrap();
        let sha = hex::encode(Sha256::digest(&body));
        if status != want["status"] || Value::Object(headers.clone()) != want["headers"] {
            out.push(format!(
                "{path}: {status} {headers:?}, was {} {}",
                want["status"], want["headers"]
            ));
        } else if sha != want["sha256"] {
            let shown: String = String::from_utf8_lossy(&body).chars().take(1500).collect();
            out.push(format!(
                "{path}: another body ({} bytes, was {}): {shown}",
                body.len(),
                want["bytes"]
            ));
        }
    }
    out
}

fn assert_same_answers(server: &Server, rec: &Recorded, when: &str) {
    let diff = differences(server, rec);
    assert!(
        diff.is_empty(),
        "{when}: {} of {} answers differ from the release's:\n{}",
        diff.len(),
        rec.answers.len(),
        diff.join("\n")
    );
}

/// `auditlog verify` of storage and of the running server, for every organization with entries.
fn assert_verifies(url: &str, server: &Server, rec: &Recorded) {
    for org in ["acme", "globex"] {
        let out = auditlog()
            .args(["verify", "--database", url, "--organization", org])
            .args(["--key", &rec.verifier])
            .output()
            .unwrap();
        let (stdout, stderr) = text(&out);
        assert!(out.status.success(), "storage of {org}: {stdout}{stderr}");
        let out = auditlog()
            .args(["verify", "--url", &server.base, "--organization", org])
            .args(["--token", &rec.admin, "--key", &rec.verifier])
            .output()
            .unwrap();
        let (stdout, stderr) = text(&out);
        assert!(out.status.success(), "server for {org}: {stdout}{stderr}");
    }
}

fn upgrade(engine: &str, url: &str, dir: &Path, seal: impl FnOnce()) {
    let rec = recorded(engine);
    // A new signing key (the release's stays out of the fixture), kept in `dir` across restarts.
    let start = || Server::start_url_with_env(url, Some(&rec.admin), &[], &[], dir);
    // The first start migrates; the entries are read from the log into each server's tail.
    let server = start();
    assert_same_answers(&server, &rec, "after the upgrade");
    assert!(server.stop().success());
    let server = start();
    assert_verifies(url, &server, &rec);
    assert!(server.stop().success());

    // Sealed into segments (small ones, so that these few entries fill several and merge).
    seal();
    let server = start();
    assert_same_answers(&server, &rec, "with the entries in segments");
    assert_verifies(url, &server, &rec);
    assert!(server.stop().success());
}

#[test]
fn a_sqlite_store_of_the_release_before_postings_upgrades_and_answers_as_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.db");
    let dump = std::fs::read_to_string(fixture("store.sqlite.sql")).unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(&dump)
        .unwrap();
    let url = format!("sqlite://{}", path.display());
    upgrade("sqlite", &url, dir.path(), || {
        auditlog_store::sqlite::SqliteStore::open_with_small_segments(&path, 16).unwrap();
        let conn = rusqlite::Connection::open(&path).unwrap();
        let n: i64 = conn
            .query_row("select count(*) from segments", [], |r| r.get(0))
            .unwrap();
        assert!(n > 2, "{n} segments");
    });
}

#[test]
fn a_postgres_store_of_the_release_before_postings_upgrades_and_answers_as_it_did() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let Some(url) = rt.block_on(auditlog_store::testing::fresh_postgres_url("")) else {
        eprintln!("skipped: AUDITLOG_TEST_POSTGRES_URL is not set");
        return;
    };
    let dump = std::fs::read_to_string(fixture("store.postgres.sql")).unwrap();
    // The dump recreates the release's schema, which then takes the name of this test's own.
    let schema = url.rsplit("search_path%3D").next().unwrap().to_owned();
    rt.block_on(async {
        let client = auditlog_store::testing::connect_postgres(&url).await;
        client
            .batch_execute(&format!("drop schema {schema}"))
            .await
            .unwrap();
        client.batch_execute(&dump).await.unwrap();
        client
            .batch_execute(&format!("alter schema upgrade_fixture rename to {schema}"))
            .await
            .unwrap();
    });
    let dir = tempfile::tempdir().unwrap();
    upgrade("postgres", &url, dir.path(), || {
        rt.block_on(async {
            auditlog_store::postgres::PostgresStore::connect_with_small_segments(&url, 16)
                .await
                .unwrap();
            let client = auditlog_store::testing::connect_postgres(&url).await;
            let n: i64 = client
                .query_one("select count(*) from segments", &[])
                .await
                .unwrap()
                .get(0);
            assert!(n >= 2, "{n} segments");
        });
    });
}
