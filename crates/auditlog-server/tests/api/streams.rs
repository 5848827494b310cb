//! Streams: delivered to local receivers that check signatures and formats, through failures,
//! timeouts, pauses, replays and a restart, with the status and the service's log to show it.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

use auditlog_core::merkle::{Frontier, Hash};
use auditlog_core::note::{Checkpoint, NoteVerifier};

use crate::helpers::{entry, error_of, TestApp, ADMIN};
use crate::receiver::{Received, Receiver, Reply};

fn streams_of(org: &str) -> String {
    format!("/v1/organizations/{org}/streams")
}

async fn ingest_n(app: &TestApp, org: &str, key: &str, n: usize, kind: &str) {
    let items = (0..n)
        .map(|i| entry(json!({"resource_type": kind, "resource_id": format!("r_{i}")})))
        .collect();
    app.ingest(org, key, items).await;
}

/// The sequences a webhook's accepted batches carried, in the order they came.
fn webhook_sequences(accepted: &[Received]) -> Vec<u64> {
    accepted
        .iter()
        .flat_map(|r| {
            r.json()["data"]["entries"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["sequence"].as_u64().unwrap())
                .collect::<Vec<_>>()
        })
        .collect()
}

async fn create(app: &TestApp, org: &str, body: Value) -> Value {
    let (status, stream) = app.post_json(&streams_of(org), ADMIN, &body).await;
    assert_eq!(status, 201, "{stream}");
    stream
}

async fn status(app: &TestApp, org: &str, id: &str) -> Value {
    let (code, stream) = app
        .get_json(&format!("{}/{id}", streams_of(org)), ADMIN)
        .await;
    assert_eq!(code, 200, "{stream}");
    stream
}

/// Waits until the stream's cursor has reached `sequence`.
async fn wait_delivered(app: &TestApp, org: &str, id: &str, sequence: u64) {
    for _ in 0..400 {
        if status(app, org, id).await["last_delivered_sequence"] == sequence {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the stream never delivered through {sequence}");
}

async fn a_webhook_gets_every_entry_in_order_signed_both_ways_and_provably_complete() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_hook").await;
    ingest_n(&app, "org_hook", &key, 12, "assistant").await;
    let receiver = Receiver::start(&[]).await;
    let stream = create(
        &app,
        "org_hook",
        json!({"kind": "webhook", "url": format!("{}/hook", receiver.url), "from_sequence": 1}),
    )
    .await;
    let secret = stream["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_"), "{stream}");
    ingest_n(&app, "org_hook", &key, 8, "member").await;
    receiver
        .wait_for("20 entries", |r| webhook_sequences(r).len() >= 20)
        .await;
    let accepted = receiver.accepted();
    assert_eq!(webhook_sequences(&accepted), (1..=20).collect::<Vec<_>>());

    let verifier_text = app
        .get("/v1/signing-key", ADMIN)
        .await
        .text()
        .await
        .unwrap();
    let public = B64
        .decode(verifier_text.trim().rsplit('+').next().unwrap())
        .unwrap();
    let ed25519 = VerifyingKey::from_bytes(public[1..].try_into().unwrap()).unwrap();
    let hmac_key = B64.decode(secret.strip_prefix("whsec_").unwrap()).unwrap();
    let mut after = 0;
    for r in &accepted {
        assert_eq!(r.path, "/hook");
        assert_eq!(r.header("content-type"), "application/json");
        let (id, ts) = (r.header("webhook-id"), r.header("webhook-timestamp"));
        let mut signed = format!("{id}.{ts}.").into_bytes();
        signed.extend_from_slice(&r.body);
        let mut signatures = r.header("webhook-signature").split(' ');
        let mut mac = Hmac::<Sha256>::new_from_slice(&hmac_key).unwrap();
        mac.update(&signed);
        let v1 = signatures.next().unwrap().strip_prefix("v1,").unwrap();
        mac.verify_slice(&B64.decode(v1).unwrap())
            .expect("the HMAC verifies");
        let v1a = signatures.next().unwrap().strip_prefix("v1a,").unwrap();
        let signature = Signature::from_slice(&B64.decode(v1a).unwrap()).unwrap();
        ed25519
            .verify(&signed, &signature)
            .expect("the log's signature verifies");
        // Batches chain: each begins where the one before ended.
        let data = &r.json()["data"];
        assert_eq!(r.json()["type"], "audit_log.batch");
        assert_eq!(data["after"], after);
        after = data["through"].as_u64().unwrap();
        assert_eq!(data["stream_id"], stream["id"]);
    }
    assert_eq!(after, 20);

    // The last checkpoint is signed by the log and its root is the tree of the entries had.
    let last = accepted.last().unwrap().json();
    let checkpoint = &last["data"]["checkpoint"];
    let note = NoteVerifier::parse(&verifier_text).unwrap();
    let text = note.open(checkpoint["note"].as_str().unwrap()).unwrap();
    let signed = Checkpoint::parse(text).unwrap();
    let size = checkpoint["tree_size"].as_u64().unwrap();
    assert_eq!(signed.size, size);
    assert!((1..=20).contains(&size), "{checkpoint}");
    let mut tree = Frontier::empty();
    let leaves: Vec<Hash> = accepted
        .iter()
        .flat_map(|r| r.json()["data"]["entries"].as_array().unwrap().clone())
        .map(|e| {
            hex::decode(e["hash"].as_str().unwrap())
                .unwrap()
                .try_into()
                .unwrap()
        })
        .collect();
    for leaf in &leaves[..size as usize] {
        tree.append(*leaf, &mut Vec::new());
    }
    assert_eq!(tree.root(), signed.root);

    let s = status(&app, "org_hook", stream["id"].as_str().unwrap()).await;
    assert_eq!(
        (&s["state"], &s["last_delivered_sequence"], &s["lag"]),
        (&json!("active"), &json!(20), &json!(0)),
        "{s}"
    );
    assert!(s.get("secret").is_none(), "the secret is shown only once");
    let metrics = app.get("/metrics", ADMIN).await.text().await.unwrap();
    let sent = format!(
        "auditlog_stream_entries_sent_total{{organization=\"org_hook\",stream=\"{}\"}} 20",
        stream["id"].as_str().unwrap()
    );
    assert!(metrics.lines().any(|l| l == sent), "{metrics}");
    app.stop().await;
}

async fn splunk_and_datadog_get_their_formats_credentials_and_only_what_the_filter_matches() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_siem").await;
    let splunk = Receiver::start(&[]).await;
    let datadog = Receiver::start(&[]).await;
    create(
        &app,
        "org_siem",
        json!({"kind": "splunk_hec", "url": format!("{}/services/collector/event", splunk.url),
               "token": "hec-token-1", "filter": {"entity_type": "member"}}),
    )
    .await;
    // A bare host gets the intake's path.
    let dd = create(
        &app,
        "org_siem",
        json!({"kind": "datadog", "url": datadog.url, "token": "dd-key-1"}),
    )
    .await;
    assert_eq!(dd["url"], format!("{}/api/v2/logs", datadog.url));
    ingest_n(&app, "org_siem", &key, 5, "assistant").await;
    ingest_n(&app, "org_siem", &key, 4, "member").await;

    splunk
        .wait_for("the 4 member entries", |r| {
            r.iter()
                .map(|r| String::from_utf8_lossy(&r.body).lines().count() - 1)
                .sum::<usize>()
                >= 4
        })
        .await;
    let mut sequences = Vec::new();
    for r in splunk.accepted() {
        assert_eq!(r.path, "/services/collector/event");
        assert_eq!(r.header("authorization"), "Splunk hec-token-1");
        let events: Vec<Value> = String::from_utf8_lossy(&r.body)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let (checkpoint, entries) = events.split_last().unwrap();
        assert_eq!(checkpoint["sourcetype"], "auditlog:checkpoint");
        assert!(checkpoint["event"]["checkpoint"]["note"].is_string());
        for e in entries {
            assert_eq!(e["sourcetype"], "auditlog:entry");
            assert_eq!(e["event"]["resource_type"], "member");
            assert_eq!(e["fields"]["sequence"], e["event"]["sequence"].to_string());
            assert!(e["time"].as_f64().unwrap() > 1.7e9);
            sequences.push(e["event"]["sequence"].as_u64().unwrap());
        }
    }
    assert_eq!(sequences, [6, 7, 8, 9]);

    datadog
        .wait_for("9 entries", |r| {
            r.iter()
                .map(|r| r.json().as_array().unwrap().len() - 1)
                .sum::<usize>()
                >= 9
        })
        .await;
    let mut sequences = Vec::new();
    for r in datadog.accepted() {
        assert_eq!(r.path, "/api/v2/logs");
        assert_eq!(r.header("dd-api-key"), "dd-key-1");
        let logs = r.json();
        let logs = logs.as_array().unwrap();
        assert!(logs.len() <= 1000);
        let (checkpoint, entries) = logs.split_last().unwrap();
        assert!(checkpoint["auditlog_batch"]["checkpoint"]["tree_size"].is_u64());
        for log in entries {
            assert_eq!(log["ddsource"], "auditlog");
            let message: Value = serde_json::from_str(log["message"].as_str().unwrap()).unwrap();
            assert_eq!(message["sequence"], log["sequence"]);
            sequences.push(log["sequence"].as_u64().unwrap());
        }
    }
    assert_eq!(sequences, (1..=9).collect::<Vec<_>>());
    app.stop().await;
}

async fn a_failing_destination_backs_off_and_catches_up_without_slowing_another() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_flaky").await;
    let flaky = Receiver::start(&[
        Reply::Fail(500),
        Reply::Fail(503),
        Reply::Hang,
        Reply::Fail(500),
        Reply::Fail(502),
        Reply::Fail(500),
    ])
    .await;
    let healthy = Receiver::start(&[]).await;
    let bad = create(
        &app,
        "org_flaky",
        json!({"kind": "webhook", "url": flaky.url}),
    )
    .await;
    create(
        &app,
        "org_flaky",
        json!({"kind": "webhook", "url": healthy.url}),
    )
    .await;
    let id = bad["id"].as_str().unwrap().to_owned();
    ingest_n(&app, "org_flaky", &key, 10, "assistant").await;
    // The healthy destination has everything while the other still fails.
    healthy
        .wait_for("10 entries", |r| webhook_sequences(r).len() >= 10)
        .await;
    let mut s = status(&app, "org_flaky", &id).await;
    for _ in 0..100 {
        if s["state"] != "active" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        s = status(&app, "org_flaky", &id).await;
    }
    assert!(
        ["retrying", "failing"].contains(&s["state"].as_str().unwrap()),
        "{s}"
    );
    assert!(s["last_error"].as_str().unwrap().contains("HTTP 5"), "{s}");
    assert_eq!(s["last_delivered_sequence"], 0);

    ingest_n(&app, "org_flaky", &key, 5, "member").await;
    flaky
        .wait_for("15 entries", |r| webhook_sequences(r).len() >= 15)
        .await;
    assert_eq!(
        webhook_sequences(&flaky.accepted()),
        (1..=15).collect::<Vec<_>>()
    );
    assert!(flaky.attempts() >= 7, "every failure was retried");
    let s = status(&app, "org_flaky", &id).await;
    assert_eq!(
        (&s["state"], &s["consecutive_failures"]),
        (&json!("active"), &json!(0))
    );
    let metrics = app.get("/metrics", ADMIN).await.text().await.unwrap();
    let failed =
        format!("auditlog_stream_failures_total{{organization=\"org_flaky\",stream=\"{id}\"}} 6");
    assert!(metrics.lines().any(|l| l == failed), "{metrics}");
    app.stop().await;
}

async fn delivery_resumes_at_its_cursor_after_a_restart_and_obeys_pause_resume_and_replay() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_cursor").await;
    let receiver = Receiver::start(&[]).await;
    let stream = create(
        &app,
        "org_cursor",
        json!({"kind": "webhook", "url": receiver.url}),
    )
    .await;
    let id = stream["id"].as_str().unwrap().to_owned();
    let one = format!("{}/{id}", streams_of("org_cursor"));
    ingest_n(&app, "org_cursor", &key, 6, "assistant").await;
    receiver
        .wait_for("6 entries", |r| webhook_sequences(r).len() >= 6)
        .await;
    wait_delivered(&app, "org_cursor", &id, 6).await;

    let backend = app.stop().await;
    let app = TestApp::spawn_on(backend).await;
    ingest_n(&app, "org_cursor", &key, 3, "assistant").await;
    receiver
        .wait_for("9 entries", |r| webhook_sequences(r).len() >= 9)
        .await;
    assert_eq!(
        webhook_sequences(&receiver.accepted()),
        (1..=9).collect::<Vec<_>>(),
        "the restart resumed after the cursor"
    );

    let (code, paused) = app
        .post_json(&format!("{one}/pause"), ADMIN, &json!({}))
        .await;
    assert_eq!(
        (code, &paused["state"]),
        (200, &json!("paused")),
        "{paused}"
    );
    // A step begun before the pause may still finish; let it.
    tokio::time::sleep(Duration::from_millis(200)).await;
    ingest_n(&app, "org_cursor", &key, 2, "assistant").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(webhook_sequences(&receiver.accepted()).len(), 9);
    let s = status(&app, "org_cursor", &id).await;
    assert_eq!((&s["lag"], &s["tree_size"]), (&json!(2), &json!(11)), "{s}");

    let (code, _) = app
        .post_json(&format!("{one}/resume"), ADMIN, &json!({}))
        .await;
    assert_eq!(code, 200);
    receiver
        .wait_for("11 entries", |r| webhook_sequences(r).len() >= 11)
        .await;
    let (code, replayed) = app
        .post_json(
            &format!("{one}/replay"),
            ADMIN,
            &json!({"from_sequence": 4}),
        )
        .await;
    assert_eq!(
        (code, &replayed["last_delivered_sequence"]),
        (200, &json!(3))
    );
    receiver
        .wait_for("the replay", |r| webhook_sequences(r).len() >= 19)
        .await;
    let mut expected: Vec<u64> = (1..=11).collect();
    expected.extend(4..=11);
    assert_eq!(webhook_sequences(&receiver.accepted()), expected);

    let res = app
        .client
        .delete(app.url(&one))
        .bearer_auth(ADMIN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let (code, body) = app.get_json(&one, ADMIN).await;
    assert_eq!(
        (code, error_of(&body).0.as_str()),
        (404, "stream_not_found")
    );
    // Every change is in the service's log.
    let (_, log) = app
        .get_json(
            "/v1/organizations/_service/audit-log?entity_type=stream&target_id=org_cursor",
            ADMIN,
        )
        .await;
    let mut actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    actions.reverse();
    assert_eq!(
        actions,
        ["created", "paused", "resumed", "replayed", "deleted"]
    );
    app.stop().await;
}

async fn a_stream_is_refused_what_it_cannot_deliver_and_kept_from_keys() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_refuse").await;
    let path = streams_of("org_refuse");
    for (body, param) in [
        (
            json!({"kind": "webhook", "url": "http://example.com/hook"}),
            "url",
        ),
        (
            json!({"kind": "webhook", "url": "ftp://127.0.0.1/x"}),
            "url",
        ),
        (
            json!({"kind": "webhook", "url": "https://u:p@example.com/"}),
            "url",
        ),
        (
            json!({"kind": "kafka", "url": "https://example.com/"}),
            "kind",
        ),
        (
            json!({"kind": "splunk_hec", "url": "https://example.com/"}),
            "token",
        ),
        (
            json!({"kind": "webhook", "url": "https://example.com/", "secret": "plain"}),
            "secret",
        ),
        (
            json!({"kind": "datadog", "url": "https://example.com/", "token": "t",
                "filter": {"colour": "red"}}),
            "filter.colour",
        ),
        (
            json!({"kind": "datadog", "url": "https://example.com/", "token": "t",
                "filter": {"from_date": "yesterday"}}),
            "filter.from_date",
        ),
        (
            json!({"kind": "webhook", "url": "https://example.com/", "from_sequence": 2}),
            "from_sequence",
        ),
        (
            json!({"kind": "webhook", "url": "https://example.com/", "colour": 1}),
            "colour",
        ),
    ] {
        let (code, err) = app.post_json(&path, ADMIN, &body).await;
        assert_eq!(code, 400, "{body} → {err}");
        assert_eq!(error_of(&err).1.as_deref(), Some(param), "{body} → {err}");
    }
    // https anywhere, http to loopback; `localhost` and IPv6 loopback too.
    for url in [
        "https://siem.example.com/in",
        "http://localhost:9/x",
        "http://[::1]:9/x",
    ] {
        create(&app, "org_refuse", json!({"kind": "webhook", "url": url})).await;
    }
    let (code, _) = app
        .post_json(
            &path,
            &key,
            &json!({"kind": "webhook", "url": "https://example.com/"}),
        )
        .await;
    assert_eq!(code, 403);
    let (code, _) = app.get_json(&path, &key).await;
    assert_eq!(code, 403);
    let (code, list) = app.get_json(&path, ADMIN).await;
    assert_eq!((code, list["items"].as_array().unwrap().len()), (200, 3));
    let (code, body) = app
        .post_json(&format!("{path}/str_nope/pause"), ADMIN, &json!({}))
        .await;
    assert_eq!(
        (code, error_of(&body).0.as_str()),
        (404, "stream_not_found")
    );
    app.stop().await;
}

auditlog_store::on_both_backends!(
    a_webhook_gets_every_entry_in_order_signed_both_ways_and_provably_complete,
    splunk_and_datadog_get_their_formats_credentials_and_only_what_the_filter_matches,
    a_failing_destination_backs_off_and_catches_up_without_slowing_another,
    delivery_resumes_at_its_cursor_after_a_restart_and_obeys_pause_resume_and_replay,
    a_stream_is_refused_what_it_cannot_deliver_and_kept_from_keys,
);
