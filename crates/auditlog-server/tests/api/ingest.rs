use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::helpers::{entry, error_of, TestApp};

const ONE: &str = "/v1/organizations/acme/audit-log";
const BATCH: &str = "/v1/organizations/acme/audit-log/batch";

async fn posting_an_entry_returns_201_with_every_server_assigned_field() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;

    let (status, e) = app.post_json(ONE, &key, &entry(json!({}))).await;

    assert_eq!(status, 201, "{e}");
    let id = e["id"].as_str().unwrap();
    assert!(id.starts_with("log_") && id.len() == 30, "{id}");
    assert_eq!(e["organization_id"], "acme");
    assert_eq!(e["sequence"], 1);
    assert_eq!(e["event"], "assistant.created");
    assert_eq!(e["actor_type"], "user");
    assert_eq!(e["timestamp"], e["received_at"]);
    assert_eq!(e["targets"], json!([]));
    assert_eq!(e["changes"], json!([]));
    assert_eq!(e["metadata"], json!({}));
    for absent in [
        "resource_name",
        "user_name",
        "user_email",
        "department_id",
        "idempotency_key",
    ] {
        assert_eq!(e[absent], Value::Null, "{absent} must render as null");
    }
    assert_eq!(e["hash"].as_str().unwrap().len(), 64);
    app.stop().await;
}

async fn the_hash_is_the_rfc6962_leaf_hash_of_the_canonical_entry_as_returned() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (_, e) = app
        .post_json(
            ONE,
            &key,
            &entry(
                json!({"metadata": {"z": 1.0, "a": "é€😀", "n": [3.25, -0.0]}, "user_name": "Zoë"}),
            ),
        )
        .await;

    let mut without_hash = e.clone();
    let hash = without_hash
        .as_object_mut()
        .unwrap()
        .remove("hash")
        .unwrap();
    let canonical = serde_json_canonicalizer::to_vec(&without_hash).unwrap();
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(&canonical);
    assert_eq!(hash.as_str().unwrap(), hex::encode(h.finalize()));

    // Reading it back yields byte-identical JSON values and the same hash.
    let (_, read) = app
        .get_json(&format!("{ONE}/{}", e["id"].as_str().unwrap()), &key)
        .await;
    assert_eq!(read, e);
    app.stop().await;
}

async fn a_dotted_action_is_split_into_the_verb_and_the_event() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (_, e) = app
        .post_json(
            ONE,
            &key,
            &entry(
                json!({"resource_type": "sso.profile", "action": "sso.profile.sessions.revoked"}),
            ),
        )
        .await;
    assert_eq!(e["action"], "sessions.revoked");
    assert_eq!(e["event"], "sso.profile.sessions.revoked");
    app.stop().await;
}

async fn changes_are_computed_from_before_and_after_sorted_by_path() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (status, e) = app
        .post_json(
            ONE,
            &key,
            &entry(json!({
                "action": "updated",
                "before": {"temperature": 0.7, "tools": {"web_search": false}, "gone": 1},
                "after": {"temperature": 0.9, "tools": {"web_search": true}, "new": [1, 2]},
            })),
        )
        .await;
    assert_eq!(status, 201, "{e}");
    assert_eq!(
        e["changes"],
        json!([
            {"field": "gone", "old_value": 1, "new_value": null},
            {"field": "new", "old_value": null, "new_value": [1, 2]},
            {"field": "temperature", "old_value": 0.7, "new_value": 0.9},
            {"field": "tools.web_search", "old_value": false, "new_value": true},
        ])
    );
    app.stop().await;
}

async fn i_json_values_round_trip_exactly() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let values = json!({
        "max": 9007199254740991i64, "min": -9007199254740991i64, "third": 0.3333333333333333,
        "tiny": 5e-324, "text": "line\nbreak \u{0} nul \"quoted\" 日本語 😀",
        "nested": {"a": [true, false, null, {"b": []}]}, "empty": {},
    });
    let (status, e) = app
        .post_json(
            ONE,
            &key,
            &entry(
                json!({"changes": [{"field": "config", "old_value": values, "new_value": "x"}],
                          "metadata": {"values": values}}),
            ),
        )
        .await;
    assert_eq!(status, 201, "{e}");
    let (_, read) = app
        .get_json(&format!("{ONE}/{}", e["id"].as_str().unwrap()), &key)
        .await;
    assert_eq!(read["metadata"]["values"], values);
    assert_eq!(read["changes"][0]["old_value"], values);
    app.stop().await;
}

async fn integers_beyond_two_to_the_53_and_duplicate_keys_are_rejected() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (status, body) = app
        .post_json(
            ONE,
            &key,
            &entry(json!({"metadata": {"count": 9007199254740992u64}})),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(error_of(&body).1.as_deref(), Some("metadata.count"));

    let res = app
        .client
        .post(app.url(ONE))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body(r#"{"action":"created","action":"deleted","resource_type":"a","resource_id":"1","user_id":"u"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_eq!(error_of(&body).0, "invalid_json");
    app.stop().await;
}

async fn every_validation_rule_names_its_field() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let cases = [
        (json!({"resource_id": null}), "resource_id"),
        (json!({"user_id": ""}), "user_id"),
        (json!({"resource_type": "Assistant"}), "resource_type"),
        (json!({"action": "Created!"}), "action"),
        (json!({"resource_id": "x".repeat(129)}), "resource_id"),
        (json!({"resource_name": "x".repeat(257)}), "resource_name"),
        (json!({"user_email": "x".repeat(321)}), "user_email"),
        (json!({"actor_type": "robot"}), "actor_type"),
        (
            json!({"metadata": {"ip_address": "not-an-ip"}}),
            "metadata.ip_address",
        ),
        (json!({"metadata": {"country": "usa"}}), "metadata.country"),
        (json!({"metadata": "x"}), "metadata"),
        (json!({"targets": [{"type": "member"}]}), "targets[0].id"),
        (json!({"changes": [{"old_value": 1}]}), "changes[0].field"),
        (json!({"changes": [], "after": {}}), "after"),
        (json!({"timestamp": "2999-01-01T00:00:00Z"}), "timestamp"),
        (json!({"timestamp": "last tuesday"}), "timestamp"),
        (json!({"id": "log_x"}), "id"),
        (json!({"sequence": 7}), "sequence"),
        (json!({"hash": "ab"}), "hash"),
        (json!({"organization_id": "acme"}), "organization_id"),
        (json!({"colour": "red"}), "colour"),
        (json!({"user_id": 42}), "user_id"),
    ];
    for (patch, param) in cases {
        let (status, body) = app.post_json(ONE, &key, &entry(patch.clone())).await;
        assert_eq!(status, 400, "{patch} → {body}");
        assert_eq!(
            error_of(&body).1.as_deref(),
            Some(param),
            "{patch} → {body}"
        );
        assert_eq!(body["error"]["type"], "invalid_request_error");
    }
    let (status, _) = app.get_json("/v1/organizations/acme/audit-log", &key).await;
    assert_eq!(status, 200);
    app.stop().await;
}

async fn timestamps_are_converted_to_utc_and_truncated_to_microseconds() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (_, e) = app
        .post_json(
            ONE,
            &key,
            &entry(json!({"timestamp": "2025-01-20T12:30:00.1234567+02:00"})),
        )
        .await;
    assert_eq!(e["timestamp"], "2025-01-20T10:30:00.123456Z");
    app.stop().await;
}

async fn a_batch_is_atomic_and_names_the_bad_item() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let mut items: Vec<Value> = (0..5)
        .map(|i| entry(json!({"resource_id": format!("r{i}")})))
        .collect();
    items[3]["resource_id"] = json!("");

    let (status, body) = app.post_json(BATCH, &key, &json!({ "items": items })).await;

    assert_eq!(status, 400);
    assert_eq!(error_of(&body).1.as_deref(), Some("items[3].resource_id"));
    let (_, list) = app.get_json("/v1/organizations/acme/audit-log", &key).await;
    assert_eq!(list["total"], 0);

    items[3]["resource_id"] = json!("r3");
    let (status, body) = app.post_json(BATCH, &key, &json!({ "items": items })).await;
    assert_eq!(status, 201);
    let seqs: Vec<u64> = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["sequence"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, [1, 2, 3, 4, 5]);
    app.stop().await;
}

async fn batches_must_hold_one_to_a_thousand_items_in_an_items_array() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let too_many: Vec<Value> = (0..1001).map(|_| entry(json!({}))).collect();
    for body in [
        json!({"items": []}),
        json!({"items": too_many}),
        json!({}),
        json!({"items": {}}),
        json!([1]),
    ] {
        let (status, err) = app.post_json(BATCH, &key, &body).await;
        assert_eq!(status, 400, "{err}");
        assert_eq!(error_of(&err).1.as_deref(), Some("items"));
    }
    let (status, err) = app
        .post_json(
            BATCH,
            &key,
            &json!({"items": [entry(json!({}))], "extra": 1}),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(error_of(&err).1.as_deref(), Some("extra"));
    let thousand: Vec<Value> = (0..1000).map(|_| entry(json!({}))).collect();
    let (status, _) = app
        .post_json(BATCH, &key, &json!({ "items": thousand }))
        .await;
    assert_eq!(status, 201);
    app.stop().await;
}

async fn a_repeated_idempotency_key_returns_the_original_entry_with_200() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let first = entry(json!({"idempotency_key": "evt-1", "resource_name": "first"}));
    let (s1, e1) = app.post_json(ONE, &key, &first).await;
    let retry = entry(json!({"idempotency_key": "evt-1", "resource_name": "second"}));
    let (s2, e2) = app.post_json(ONE, &key, &retry).await;
    assert_eq!((s1, s2), (201, 200));
    assert_eq!(e1, e2);

    // The header works the same way, and must agree with the body.
    let send = |k: &'static str, body: Value| {
        app.client
            .post(app.url(ONE))
            .bearer_auth(&key)
            .header("Idempotency-Key", k)
            .json(&body)
            .send()
    };
    let r1 = send("hdr-1", entry(json!({}))).await.unwrap();
    assert_eq!(r1.status(), 201);
    let h1: Value = r1.json().await.unwrap();
    let r2 = send("hdr-1", entry(json!({}))).await.unwrap();
    assert_eq!(r2.status(), 200);
    assert_eq!(r2.json::<Value>().await.unwrap(), h1);
    assert_eq!(h1["idempotency_key"], "hdr-1");
    let r3 = send("hdr-2", entry(json!({"idempotency_key": "other"})))
        .await
        .unwrap();
    assert_eq!(r3.status(), 400);

    let (_, list) = app.get_json("/v1/organizations/acme/audit-log", &key).await;
    assert_eq!(list["total"], 2);
    app.stop().await;
}

async fn a_replayed_batch_answers_200_and_a_partly_new_one_201() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let items = json!({"items": [entry(json!({"idempotency_key": "a"})), entry(json!({"idempotency_key": "b"}))]});
    let (s1, b1) = app.post_json(BATCH, &key, &items).await;
    let (s2, b2) = app.post_json(BATCH, &key, &items).await;
    assert_eq!((s1, s2), (201, 200));
    assert_eq!(b1, b2);
    let more = json!({"items": [entry(json!({"idempotency_key": "a"})), entry(json!({"idempotency_key": "c"}))]});
    let (s3, b3) = app.post_json(BATCH, &key, &more).await;
    assert_eq!(s3, 201);
    assert_eq!(b3["items"][0], b1["items"][0]);
    assert_eq!(b3["items"][1]["sequence"], 3);

    // A batch-level Idempotency-Key header replays the whole batch.
    let send = || {
        app.client
            .post(app.url(BATCH))
            .bearer_auth(&key)
            .header("Idempotency-Key", "batch-7")
            .json(&json!({"items": [entry(json!({})), entry(json!({}))]}))
            .send()
    };
    let first = send().await.unwrap();
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let again = send().await.unwrap();
    assert_eq!(again.status(), 200);
    assert_eq!(again.json::<Value>().await.unwrap(), first);
    app.stop().await;
}

async fn sequences_stay_gapless_and_unique_under_concurrent_writers() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let mut tasks = Vec::new();
    for w in 0..16 {
        let (client, url, batch_url, key) = (
            app.client.clone(),
            app.url(ONE),
            app.url(BATCH),
            key.clone(),
        );
        tasks.push(tokio::spawn(async move {
            for i in 0..10 {
                let res = if i % 3 == 0 {
                    let items: Vec<Value> = (0..5)
                        .map(|j| entry(json!({"resource_id": format!("w{w}-{i}-{j}")})))
                        .collect();
                    client
                        .post(&batch_url)
                        .bearer_auth(&key)
                        .json(&json!({ "items": items }))
                        .send()
                        .await
                } else {
                    client
                        .post(&url)
                        .bearer_auth(&key)
                        .json(&entry(json!({"resource_id": format!("w{w}-{i}")})))
                        .send()
                        .await
                };
                assert_eq!(res.unwrap().status(), 201);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    // 16 writers × (4 batches of 5 + 6 singles) = 416 entries.
    let mut seqs = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/v1/organizations/acme/audit-log?limit=100&cursor={c}"),
            None => "/v1/organizations/acme/audit-log?limit=100".to_owned(),
        };
        let (_, page) = app.get_json(&path, &key).await;
        assert_eq!(page["total"], 416);
        seqs.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["sequence"].as_u64().unwrap()),
        );
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=416).collect::<Vec<u64>>());
    app.stop().await;
}

async fn an_entry_is_read_back_by_id_and_an_unknown_id_is_404() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (_, e) = app.post_json(ONE, &key, &entry(json!({}))).await;
    let (status, read) = app
        .get_json(&format!("{ONE}/{}", e["id"].as_str().unwrap()), &key)
        .await;
    assert_eq!((status, read), (200, e));
    let (status, body) = app
        .get_json(&format!("{ONE}/log_00000000000000000000000000"), &key)
        .await;
    assert_eq!(status, 404);
    assert_eq!(error_of(&body).0, "audit_log_not_found");
    app.stop().await;
}

async fn a_write_is_answered_with_the_bytes_a_read_of_it_returns() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let odd = json!({
        "metadata": {"z": 1.5, "a": {"y": [1e-7, -0.0, 10], "b": "é\u{1}"}, "m": null},
        "targets": [{"type": "workflow", "id": "wf_1", "name": "Flow"}],
        "idempotency_key": "k-1",
    });
    let read = |body: String| {
        let id = serde_json::from_str::<Value>(&body).unwrap()["id"].clone();
        let app = &app;
        let key = &key;
        async move {
            let res = app
                .get(&format!("{ONE}/{}", id.as_str().unwrap()), key)
                .await;
            res.text().await.unwrap()
        }
    };

    let res = app.post(ONE, &key, &entry(odd.clone())).await;
    assert_eq!(res.status(), 201);
    let written = res.text().await.unwrap();
    assert_eq!(written, read(written.clone()).await);
    let replay = app.post(ONE, &key, &entry(odd)).await;
    assert_eq!(replay.status(), 200);
    assert_eq!(replay.text().await.unwrap(), written);

    let items = json!({"items": [entry(json!({"metadata": {"b": 2, "a": 1}})), entry(json!({}))]});
    let res = app.post(BATCH, &key, &items).await;
    assert_eq!(res.status(), 201);
    let batch: Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
    for item in batch["items"].as_array().unwrap() {
        let one = serde_json::to_string(item).unwrap();
        assert_eq!(one, read(one.clone()).await);
    }
    app.stop().await;
}

auditlog_store::on_both_backends!(
    posting_an_entry_returns_201_with_every_server_assigned_field,
    the_hash_is_the_rfc6962_leaf_hash_of_the_canonical_entry_as_returned,
    a_dotted_action_is_split_into_the_verb_and_the_event,
    changes_are_computed_from_before_and_after_sorted_by_path,
    i_json_values_round_trip_exactly,
    integers_beyond_two_to_the_53_and_duplicate_keys_are_rejected,
    every_validation_rule_names_its_field,
    timestamps_are_converted_to_utc_and_truncated_to_microseconds,
    a_batch_is_atomic_and_names_the_bad_item,
    batches_must_hold_one_to_a_thousand_items_in_an_items_array,
    a_repeated_idempotency_key_returns_the_original_entry_with_200,
    a_replayed_batch_answers_200_and_a_partly_new_one_201,
    sequences_stay_gapless_and_unique_under_concurrent_writers,
    an_entry_is_read_back_by_id_and_an_unknown_id_is_404,
    a_write_is_answered_with_the_bytes_a_read_of_it_returns,
);
