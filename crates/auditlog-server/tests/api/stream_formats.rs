//! What streams put on the wire: Standard Webhooks signatures (checked by us and by the
//! project's own library), the log's signature and checkpoint, Splunk HEC and Datadog formats,
//! and each destination's documented limits.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

use auditlog_core::merkle::{Frontier, Hash};
use auditlog_core::note::{Checkpoint, NoteVerifier};

use crate::helpers::{python_with, TestApp, ADMIN};
use crate::receiver::{
    create, first_seen, ingest_n, status, webhook_sequences, Received, Receiver, Reply,
};

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
            // The entry is an attribute, so its own timestamp does not date the log.
            assert_eq!(log["auditlog"]["sequence"], log["sequence"]);
            assert!(log["auditlog"]["timestamp"].is_string(), "{log}");
            assert!(log["message"].as_str().unwrap().contains(" by "), "{log}");
            sequences.push(log["sequence"].as_u64().unwrap());
        }
    }
    assert_eq!(sequences, (1..=9).collect::<Vec<_>>());
    app.stop().await;
}

async fn batches_keep_within_each_destination_limits_and_halve_after_a_413() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_bulk").await;
    for _ in 0..2 {
        ingest_n(&app, "org_bulk", &key, 750, "assistant").await;
    }
    // The first request (of 500 entries, the webhook's most) is refused as too large.
    let hook = Receiver::start(&[Reply::Fail(413)]).await;
    let datadog = Receiver::start(&[]).await;
    create(
        &app,
        "org_bulk",
        json!({"kind": "webhook", "url": hook.url, "from_sequence": 1}),
    )
    .await;
    create(
        &app,
        "org_bulk",
        json!({"kind": "datadog", "url": datadog.url, "token": "k", "from_sequence": 1}),
    )
    .await;
    hook.wait_for("1500 entries", |r| {
        first_seen(webhook_sequences(r)).len() >= 1500
    })
    .await;
    let accepted = hook.accepted();
    let sizes: Vec<usize> = accepted
        .iter()
        .map(|r| r.json()["data"]["entries"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes[0], 250, "halved after the 413: {sizes:?}");
    assert!(sizes.iter().all(|&n| n <= 250), "{sizes:?}");
    let mut after = 0;
    for r in &accepted {
        let data = &r.json()["data"];
        if data["after"] != after {
            // A batch sent again (its answer was lost) repeats its range.
            continue;
        }
        after = data["through"].as_u64().unwrap();
    }
    assert_eq!(after, 1500, "the batches chain from 0 to 1500");

    let entries_of = |r: &Received| r.json().as_array().unwrap().len() - 1;
    datadog
        .wait_for("1500 entries", |r| {
            r.iter().map(entries_of).sum::<usize>() >= 1500
        })
        .await;
    let sizes: Vec<usize> = datadog.accepted().iter().map(entries_of).collect();
    assert_eq!(
        sizes[0], 999,
        "1,000 logs at most, the checkpoint one of them"
    );
    assert!(sizes.iter().all(|&n| n <= 999), "{sizes:?}");
    for r in datadog.accepted() {
        assert!(r.body.len() <= 5_000_000);
    }
    app.stop().await;
}

/// The Standard Webhooks project's own Python library (`standardwebhooks`, which
/// `scripts/test` installs) accepts every batch's headers and body.
#[tokio::test]
async fn the_published_standard_webhooks_library_verifies_every_batch() {
    let Some(python) = python_with(
        "AUDITLOG_TEST_WEBHOOKS_PYTHON",
        "standardwebhooks",
        "the Standard Webhooks library's check",
    ) else {
        return;
    };
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_std").await;
    let receiver = Receiver::start(&[]).await;
    let stream = create(
        &app,
        "org_std",
        json!({"kind": "webhook", "url": receiver.url}),
    )
    .await;
    for _ in 0..3 {
        ingest_n(&app, "org_std", &key, 4, "assistant").await;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    receiver
        .wait_for("12 entries", |r| webhook_sequences(r).len() >= 12)
        .await;
    let requests: Vec<Value> = receiver
        .accepted()
        .iter()
        .map(|r| {
            let headers: serde_json::Map<String, Value> = r
                .headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_str().unwrap().into()))
                .collect();
            json!({"headers": headers, "body": B64.encode(&r.body)})
        })
        .collect();
    let script = r#"
import base64, json, sys
from standardwebhooks import Webhook
secret, requests = json.load(sys.stdin)
hook = Webhook(secret)
for r in requests:
    payload = hook.verify(base64.b64decode(r["body"]), r["headers"])
    print(len(payload["data"]["entries"]))
"#;
    let input = json!([stream["secret"], requests]).to_string();
    let output = tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let mut child = std::process::Command::new(python)
            .args(["-c", script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let verified: usize = stdout.lines().map(|n| n.parse::<usize>().unwrap()).sum();
    assert_eq!(verified, 12);
    app.stop().await;
}

auditlog_store::on_both_backends!(
    a_webhook_gets_every_entry_in_order_signed_both_ways_and_provably_complete,
    splunk_and_datadog_get_their_formats_credentials_and_only_what_the_filter_matches,
    batches_keep_within_each_destination_limits_and_halve_after_a_413,
);
