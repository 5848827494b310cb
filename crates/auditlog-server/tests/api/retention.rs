//! Retention: the admin sets a policy, the pruner removes what it no longer keeps in steps
//! that each leave a marker signed by the log's key, a legal hold keeps what it names, a pruned
//! entry answers 410, and the kept entries still prove their place in the tree.

use std::time::Duration;

use serde_json::{json, Value};

use auditlog_core::note::NoteVerifier;
use auditlog_core::Timestamp;

use crate::helpers::{entry, error_of, TestApp, ADMIN};

const DAY: i64 = 86_400_000_000;

fn retention_of(org: &str) -> String {
    format!("/v1/organizations/{org}/retention")
}

/// `n` entries of `kind`, `days` old, by `actor`.
fn aged(n: usize, kind: &str, days: i64, actor: &str) -> Vec<Value> {
    let at = Timestamp::from_micros(Timestamp::now().micros() - days * DAY);
    (0..n)
        .map(|i| {
            entry(
                json!({"resource_type": kind, "resource_id": format!("r_{i}"),
                         "user_id": actor, "timestamp": at.to_string()}),
            )
        })
        .collect()
}

async fn wait_pruned(app: &TestApp, org: &str, n: u64) -> Value {
    for _ in 0..200 {
        let (_, body) = app.get_json(&retention_of(org), ADMIN).await;
        if body["pruned_entries"] == n {
            return body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the pruner never pruned {n} entries");
}

async fn expired_entries_go_in_signed_steps_but_held_ones_stay() {
    let app = TestApp::spawn_with_small_segments(20).await;
    let org = "org_ret";
    let key = app.org_with_key(org).await;
    let log = format!("/v1/organizations/{org}/audit-log");
    // Oldest first, so that the newest are the ones the segments have not sealed yet.
    let members = app
        .ingest(org, &key, aged(25, "member", 3000, "uid_1"))
        .await;
    let held = app
        .ingest(org, &key, aged(5, "member", 3000, "uid_keep"))
        .await;
    let threads = app
        .ingest(org, &key, aged(30, "thread", 100, "uid_1"))
        .await;
    let fresh = app.ingest(org, &key, aged(30, "thread", 1, "uid_1")).await;

    // Two holds: everything one actor did, and one resource's member events.
    for filter in [
        json!({"actor_id": "uid_keep"}),
        json!({"resource_id": "r_7", "event_prefix": "member.", "to_date": "2099-12-31"}),
    ] {
        let (code, _) = app
            .post_json(
                &format!("/v1/organizations/{org}/holds"),
                ADMIN,
                &json!({"name": "Case 7", "reason": "litigation", "filter": filter}),
            )
            .await;
        assert_eq!(code, 201);
    }
    let policy = json!({"days": 30, "rules": [{"event_prefix": "member.", "days": 2555}]});
    let (code, set) = app.put_json(&retention_of(org), ADMIN, &policy).await;
    assert_eq!(code, 200, "{set}");
    assert_eq!(
        (&set["days"], &set["rules"]),
        (&policy["days"], &policy["rules"])
    );
    assert!(set["updated_at"].is_string());

    wait_pruned(&app, org, 54).await;
    let (_, page) = app.get_json(&format!("{log}?limit=100"), &key).await;
    let listed: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 36);
    for e in held.iter().chain(&fresh).chain([&members[7]]) {
        assert!(listed.contains(&e["id"].as_str().unwrap()));
    }
    for gone in [&members[0], &threads[29]] {
        let id = gone["id"].as_str().unwrap();
        for path in [format!("{log}/{id}"), format!("{log}/{id}/receipt")] {
            let (code, body) = app.get_json(&path, &key).await;
            assert_eq!(
                (code, error_of(&body).0.as_str()),
                (410, "entry_pruned"),
                "{path}"
            );
        }
    }
    let by_sequence = |s: u64| format!("{log}/proof/inclusion?sequence={s}");
    let (code, body) = app.get_json(&by_sequence(1), &key).await;
    assert_eq!((code, error_of(&body).0.as_str()), (410, "entry_pruned"));
    let (code, _) = app.get_json(&by_sequence(26), &key).await;
    assert_eq!(code, 200);
    // A kept entry still proves its place in the tree the pruned ones are in.
    let kept = held[0]["id"].as_str().unwrap();
    let res = app.get(&format!("{log}/{kept}/receipt"), &key).await;
    assert_eq!(res.status(), 200);

    // Every step left a marker signed by the log's key, naming what it pruned and why.
    let (code, markers) = app
        .get_json(&format!("{}/markers", retention_of(org)), ADMIN)
        .await;
    assert_eq!(code, 200, "{markers}");
    let verifier = app
        .get("/v1/signing-key", ADMIN)
        .await
        .text()
        .await
        .unwrap();
    let verifier = NoteVerifier::parse(verifier.trim()).unwrap();
    let mut total = 0;
    for m in markers["items"].as_array().unwrap() {
        let text = verifier.open(m["note"].as_str().unwrap()).unwrap();
        assert!(
            text.starts_with(&format!("auditlog.test/{org} pruned\n")),
            "{text}"
        );
        assert!(text.contains("\npolicy {\"days\":30,"), "{text}");
        total += m["count"].as_u64().unwrap();
    }
    assert_eq!(total, 54);
    let metrics = app.get("/metrics", ADMIN).await.text().await.unwrap();
    let line = format!("auditlog_retention_pruned_entries_total{{organization=\"{org}\"}} 54");
    assert!(metrics.lines().any(|l| l == line), "{metrics}");

    // Releasing a hold lets the pruner take what it alone kept.
    let (_, holds) = app
        .get_json(&format!("/v1/organizations/{org}/holds"), ADMIN)
        .await;
    let hold = holds["items"][0]["id"].as_str().unwrap().to_owned();
    app.post_json(
        &format!("/v1/organizations/{org}/holds/{hold}/release"),
        ADMIN,
        &json!({}),
    )
    .await;
    wait_pruned(&app, org, 59).await;
    app.stop().await;
}

async fn retention_is_the_admins_to_set_and_checked() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_pol").await;
    let other = app.org_with_key("org_pol_other").await;
    let path = retention_of("org_pol");
    let (code, unset) = app.get_json(&path, ADMIN).await;
    assert_eq!(code, 200);
    assert_eq!(
        (&unset["days"], &unset["rules"], &unset["pruned_entries"]),
        (&Value::Null, &json!([]), &json!(0))
    );
    for (body, param) in [
        (json!({"days": 0}), "days"),
        (json!({"days": 10, "keep": true}), "keep"),
        (
            json!({"rules": [{"event_prefix": "Member", "days": 5}]}),
            "rules[0].event_prefix",
        ),
    ] {
        let (code, err) = app.put_json(&path, ADMIN, &body).await;
        assert_eq!(code, 400, "{body} → {err}");
        assert_eq!(error_of(&err).1.as_deref(), Some(param), "{body} → {err}");
    }
    let (code, _) = app.put_json(&path, &key, &json!({"days": 5})).await;
    assert_eq!(code, 403);
    let (code, body) = app.get_json(&path, &other).await;
    assert_eq!(
        (code, error_of(&body).0.as_str()),
        (404, "organization_not_found")
    );
    // Nothing given keeps everything again.
    app.put_json(&path, ADMIN, &json!({"days": 400})).await;
    let (code, cleared) = app.put_json(&path, ADMIN, &json!({})).await;
    assert_eq!(
        (code, &cleared["days"], &cleared["updated_at"]),
        (200, &Value::Null, &Value::Null)
    );
    let (_, log) = app
        .get_json(
            "/v1/organizations/_service/audit-log?entity_type=retention&target_id=org_pol",
            ADMIN,
        )
        .await;
    assert_eq!(log["items"].as_array().unwrap().len(), 2, "{log}");
    app.stop().await;
}

auditlog_store::on_both_backends!(
    expired_entries_go_in_signed_steps_but_held_ones_stay,
    retention_is_the_admins_to_set_and_checked,
);
