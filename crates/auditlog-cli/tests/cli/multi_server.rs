//! Several `auditlog serve` processes on one PostgreSQL database (skipped, and said so, when
//! `AUDITLOG_TEST_POSTGRES_URL` is not set).

use std::collections::HashSet;

use serde_json::{json, Value};

use crate::{auditlog, http, setup_org, text, Server, ADMIN};

fn fresh_url(extra: &str) -> Option<String> {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(auditlog_store::testing::fresh_postgres_url(extra))
}

fn entry(resource: &str, key: &str) -> Value {
    json!({"action": "updated", "resource_type": "assistant", "resource_id": resource,
           "user_id": "u1", "idempotency_key": key})
}

#[test]
fn two_servers_on_one_database_keep_sequences_gapless_in_commit_order_and_share_idempotency() {
    let Some(url) = fresh_url("") else { return };
    // Both start at once on an empty schema: migrations must apply exactly once.
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(|| Server::start_url(&url, Some(ADMIN), &[]));
        let b = s.spawn(|| Server::start_url(&url, Some(ADMIN), &[]));
        (a.join().unwrap(), b.join().unwrap())
    });
    let key = setup_org(&a.base, "shared");
    let bases = [a.base.clone(), b.base.clone()];

    // Eight clients, four per server. Clients 2k and 2k+1 hit different servers with the same
    // idempotency keys at the same time, so each key must be stored exactly once.
    std::thread::scope(|s| {
        for client in 0..8 {
            let (base, key) = (&bases[client % 2], &key);
            s.spawn(move || {
                let pair = client / 2;
                for i in 0..30 {
                    let res = if i % 5 == 0 {
                        let items: Vec<Value> = (0..10)
                            .map(|j| {
                                entry(&format!("r{pair}-{i}-{j}"), &format!("p{pair}-{i}-{j}"))
                            })
                            .collect();
                        http()
                            .post(format!("{base}/v1/organizations/shared/audit-log/batch"))
                            .bearer_auth(key)
                            .json(&json!({ "items": items }))
                            .send()
                    } else {
                        http()
                            .post(format!("{base}/v1/organizations/shared/audit-log"))
                            .bearer_auth(key)
                            .json(&entry(&format!("r{pair}-{i}"), &format!("p{pair}-{i}")))
                            .send()
                    };
                    let status = res.unwrap().status().as_u16();
                    assert!(status == 200 || status == 201, "got {status}");
                }
            });
        }
    });

    // Four pairs × (6 batches × 10 + 24 singles) distinct keys.
    let expected = 4 * (6 * 10 + 24);
    let mut entries: Vec<Value> = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut url = format!("{}/v1/organizations/shared/audit-log?limit=100", bases[1]);
        if let Some(c) = &cursor {
            url.push_str(&format!("&cursor={c}"));
        }
        let page: Value = http()
            .get(url)
            .bearer_auth(&key)
            .send()
            .unwrap()
            .json()
            .unwrap();
        assert_eq!(page["total"], expected);
        entries.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert_eq!(entries.len(), expected);
    let ids: HashSet<&str> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    let keys: HashSet<&str> = entries
        .iter()
        .map(|e| e["idempotency_key"].as_str().unwrap())
        .collect();
    assert_eq!(
        (ids.len(), keys.len()),
        (expected, expected),
        "no duplicates"
    );

    entries.sort_by_key(|e| e["sequence"].as_u64().unwrap());
    let seqs: Vec<u64> = entries
        .iter()
        .map(|e| e["sequence"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, (1..=expected as u64).collect::<Vec<_>>(), "gapless");
    // Commit order: each sequence was assigned while holding the organization's lock, after
    // the previous one committed, so it was received no earlier.
    let received = |e: &Value| {
        auditlog_core::Timestamp::parse_rfc3339(e["received_at"].as_str().unwrap()).unwrap()
    };
    for pair in entries.windows(2) {
        assert!(
            received(&pair[0]) <= received(&pair[1]),
            "sequence order differs from commit order: {} then {}",
            pair[0],
            pair[1]
        );
    }
    assert!(a.stop().success());
    assert!(b.stop().success());
}

#[test]
fn serve_refuses_a_database_that_can_lose_acknowledged_writes_unless_told_to_accept_it() {
    let Some(url) = fresh_url("%20-csynchronous_commit%3Doff") else {
        return;
    };
    let cwd = tempfile::tempdir().unwrap();
    let out = auditlog()
        .args(["serve", "--listen", "127.0.0.1:0", "--database", &url])
        .env("AUDITLOG_ADMIN_TOKEN", ADMIN)
        .current_dir(cwd.path())
        .output()
        .unwrap();
    let (_, stderr) = text(&out);
    assert!(!out.status.success());
    assert!(
        !cwd.path().join("auditlog-data").exists(),
        "a server that refuses its database leaves no signing key behind"
    );
    assert!(
        stderr.contains("synchronous_commit=off")
            && stderr.contains("--accept-losing-acknowledged-writes"),
        "{stderr}"
    );
    let server = Server::start_url(&url, Some(ADMIN), &["--accept-losing-acknowledged-writes"]);
    assert!(server.stop().success());
}

#[test]
fn the_database_password_never_appears_in_output() {
    let Some(url) = fresh_url("") else { return };
    // Same server, with a password in the URL's user part and as a parameter (trust
    // authentication ignores it).
    let in_user = if url.contains('@') {
        url.replacen('@', ":hunter2-secret@", 1)
    } else {
        url.replacen("://", "://postgres:hunter2-secret@", 1)
    };
    let sep = if url.contains('?') { '&' } else { '?' };
    let as_parameter = format!("{url}{sep}password=hunter2-secret");
    for url in [in_user, as_parameter] {
        let server = Server::start_url(&url, Some(ADMIN), &[]);
        let printed = server.banner.join("\n") + &server.listening_line;
        assert!(!printed.contains("hunter2-secret"), "{printed}");
        assert!(printed.contains("(database postgres://"), "{printed}");
        assert!(server.stop().success());
    }
}

#[test]
fn a_key_revoked_through_one_server_is_refused_by_the_other_that_had_cached_it() {
    let Some(url) = fresh_url("") else { return };
    let a = Server::start_url(&url, Some(ADMIN), &[]);
    let b = Server::start_url(&url, Some(ADMIN), &[]);
    let key = setup_org(&a.base, "revoking");
    let status = |base: &str| {
        http()
            .get(format!("{base}/v1/organizations/revoking/audit-log"))
            .bearer_auth(&key)
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    // Both servers have found the key live (and cached it).
    for _ in 0..3 {
        assert_eq!(status(&a.base), 200);
        assert_eq!(status(&b.base), 200);
    }
    let keys: Value = http()
        .get(format!("{}/v1/organizations/revoking/api-keys", a.base))
        .bearer_auth(ADMIN)
        .send()
        .unwrap()
        .json()
        .unwrap();
    let id = keys["items"][0]["id"].as_str().unwrap().to_owned();
    let revoked = http()
        .delete(format!(
            "{}/v1/organizations/revoking/api-keys/{id}",
            a.base
        ))
        .bearer_auth(ADMIN)
        .send()
        .unwrap()
        .status();
    assert!(revoked.is_success(), "revoke: {revoked}");
    assert_eq!(
        status(&a.base),
        401,
        "the revoking server refuses it at once"
    );
    // The other hears of it when the revocation commits: within moments, not at its restart.
    let heard = std::time::Instant::now();
    while status(&b.base) != 401 {
        assert!(
            heard.elapsed().as_secs() < 5,
            "the other server still takes the key"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
