//! The vendor's official Python SDK (`aitronos-sdk` from PyPI, unchanged) against the real app:
//! `sdk_check.py` makes its calls, and this compares what it got with the API's own answers.
//! `scripts/test` installs the SDK into a virtual environment and names its Python in
//! `AUDITLOG_TEST_SDK_PYTHON`; without it these tests say so and pass, except in CI.

use std::process::Command;

use serde_json::{json, Value};

use crate::helpers::{entry, error_of, python_with, TestApp, ADMIN};

fn sdk_python() -> Option<String> {
    python_with(
        "AUDITLOG_TEST_SDK_PYTHON",
        "aitronos",
        "the official SDK's tests",
    )
}

/// Acme's entries: an assistant's history (one with changes of every kind), two members.
async fn acme(app: &TestApp) -> Vec<Value> {
    let writer = app.org_with_key("acme").await;
    app.ingest(
        "acme",
        &writer,
        vec![
            entry(
                json!({"timestamp": "2025-01-01T10:00:00Z", "resource_id": "asst_1",
                         "user_id": "u1", "user_name": "Ann"}),
            ),
            entry(
                json!({"timestamp": "2025-01-02T10:00:00Z", "resource_id": "asst_1",
                         "action": "updated", "user_id": "u2",
                         "before": {"temperature": 0.7, "tools": {"search": false}, "name": "A",
                                    "tags": ["x"]},
                         "after": {"temperature": 0.9, "tools": {"search": true}, "name": "B",
                                   "tags": ["x", "y"]}}),
            ),
            entry(
                json!({"timestamp": "2025-01-03T10:00:00Z", "resource_type": "thread",
                         "resource_id": "th_1", "user_id": "u1", "user_email": "ann@example.com"}),
            ),
            entry(
                json!({"timestamp": "2025-01-04T10:00:00Z", "resource_id": "asst_2",
                         "user_id": "u2", "action": "updated"}),
            ),
        ],
    )
    .await
}

async fn sdk_key(app: &TestApp) -> String {
    let (status, created) = app
        .post_json(
            "/v1/organizations/acme/api-keys",
            ADMIN,
            &json!({"name": "sdk", "scopes": ["audit:read"], "compatibility": "aitronos-sdk"}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["compatibility"], "aitronos-sdk");
    created["key"].as_str().unwrap().to_owned()
}

fn ids(stored: &[Value], at: &[usize]) -> Value {
    json!(at
        .iter()
        .map(|i| stored[*i]["id"].clone())
        .collect::<Vec<_>>())
}

#[tokio::test]
async fn the_official_sdk_reads_history_and_change_logs_unchanged() {
    let Some(python) = sdk_python() else {
        return;
    };
    let app = TestApp::spawn().await;
    let stored = acme(&app).await;
    let key = sdk_key(&app).await;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/api/sdk_check.py");
    let base = app.base.clone();
    let output = tokio::task::spawn_blocking(move || {
        Command::new(python)
            .args([script, &base, &key, "acme", "asst_1", "u1"])
            .output()
            .expect("run the SDK")
    })
    .await
    .unwrap();
    assert!(
        output.status.success(),
        "the SDK failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let got: Value = serde_json::from_slice(&output.stdout).unwrap();

    // History: the SDK's model takes Unix seconds and non-null names.
    let h = &got["history"];
    assert_eq!(h["total"], 2);
    assert_eq!(h["ids"], ids(&stored, &[1, 0]));
    assert_eq!(h["types"], json!(["int"]));
    assert_eq!(h["timestamps"], json!([1_735_812_000, 1_735_725_600]));
    assert_eq!(h["user_names"], json!(["", "Ann"]));
    let fields: Vec<Value> = stored[1]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].clone())
        .collect();
    assert_eq!(fields.len(), 4);
    assert_eq!(h["changes"][0], json!(fields));
    assert_eq!(got["history_updated"], ids(&stored, &[1]));

    // Change logs: newest first, exact totals, skip/take, filters, one member's.
    assert_eq!(
        got["page"],
        json!({"total": 4, "skip": 1, "take": 2, "ids": ids(&stored, &[2, 1])})
    );
    let a = &got["assistants_updated"];
    assert_eq!(a["total"], 2);
    assert_eq!(a["ids"], ids(&stored, &[3, 1]));
    // A change's values as text: strings as they are, anything else as its JSON.
    let as_text: std::collections::BTreeMap<String, (Value, Value)> = a["changes"][1]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c[0].as_str().unwrap().to_owned(),
                (c[1].clone(), c[2].clone()),
            )
        })
        .collect();
    assert_eq!(as_text["name"], (json!("A"), json!("B")));
    assert_eq!(as_text["tags"], (json!("[\"x\"]"), json!("[\"x\",\"y\"]")));
    assert_eq!(as_text["temperature"], (json!("0.7"), json!("0.9")));
    assert_eq!(as_text["tools.search"], (json!("false"), json!("true")));
    assert_eq!(a["timestamps"][1], "2025-01-02T10:00:00+00:00");
    assert_eq!(
        got["dated"],
        json!({"total": 2, "ids": ids(&stored, &[2, 1])})
    );
    assert_eq!(
        got["member"],
        json!({"total": 2, "ids": ids(&stored, &[2, 0])})
    );
    app.stop().await;
}

async fn only_a_key_made_for_the_sdk_gets_its_wire_types() {
    let app = TestApp::spawn().await;
    let stored = acme(&app).await;
    let sdk = sdk_key(&app).await;
    let plain = app.key("acme", &["audit:read"]).await;
    let (_, theirs) = app.get_json("/v1/assistants/asst_1/history", &sdk).await;
    let (_, ours) = app.get_json("/v1/assistants/asst_1/history", &plain).await;
    assert_eq!(theirs["audit_logs"][1]["timestamp"], 1_735_725_600);
    assert_eq!(theirs["audit_logs"][0]["user_name"], "");
    assert_eq!(ours["audit_logs"][1]["timestamp"], stored[0]["timestamp"]);
    assert_eq!(ours["audit_logs"][0]["user_name"], Value::Null);
    assert_eq!(ours["audit_logs"][1], stored[0]);

    // The option shows in the key list, and only there where it was asked for.
    let (_, keys) = app.get_json("/v1/organizations/acme/api-keys", ADMIN).await;
    let options: Vec<Value> = keys["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.get("compatibility").cloned().unwrap_or(Value::Null))
        .collect();
    assert_eq!(options, [Value::Null, json!("aitronos-sdk"), Value::Null]);
    let (status, body) = app
        .post_json(
            "/v1/organizations/acme/api-keys",
            ADMIN,
            &json!({"name": "x", "scopes": ["audit:read"], "compatibility": "fern"}),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(error_of(&body).1.as_deref(), Some("compatibility"));
    app.stop().await;
}

async fn change_logs_are_checked_like_every_request_and_stay_in_their_organization() {
    let app = TestApp::spawn().await;
    acme(&app).await;
    let key = app.key("acme", &["audit:read"]).await;
    let path = "/v1/organizations/acme/dashboard/change-logs";
    for (body, param) in [
        (json!({"take": 101}), "take"),
        (json!({"take": 0}), "take"),
        (json!({"skip": -1}), "skip"),
        (json!({"start_date": "yesterday"}), "start_date"),
        (
            json!({"start_date": "2025-02-01", "end_date": "2025-01-01"}),
            "start_date",
        ),
        (json!({"resource_type": "Bad Type"}), "resource_type"),
        (json!({"colour": "red"}), "colour"),
    ] {
        let (status, out) = app.post_json(path, &key, &body).await;
        assert_eq!(status, 400, "{body}: {out}");
        assert_eq!(error_of(&out).1.as_deref(), Some(param), "{body}");
    }
    let (status, out) = app
        .post_json(
            path,
            &key,
            &json!({"skip": null, "take": null, "action": null}),
        )
        .await;
    assert_eq!(status, 200, "{out}");
    assert_eq!(out["total_count"], 4);
    assert_eq!(out["take"], 20);
    let other = app.org_with_key("globex").await;
    let (status, _) = app.post_json(path, &other, &json!({})).await;
    assert_eq!(status, 404);
    let (status, _) = app
        .post_json(
            "/v1/organizations/acme/users/u1/change-logs",
            &other,
            &json!({}),
        )
        .await;
    assert_eq!(status, 404);
    app.stop().await;
}

auditlog_store::on_both_backends!(
    only_a_key_made_for_the_sdk_gets_its_wire_types,
    change_logs_are_checked_like_every_request_and_stay_in_their_organization,
);
