//! A client generated from `/openapi.json` by a generator nobody here wrote
//! (openapi-python-client; `scripts/test` generates it on every run and names the Python it is
//! installed in with `AUDITLOG_TEST_CLIENT_PYTHON`) lists, filters and pages the log.

use std::process::Command;

use serde_json::{json, Value};

use crate::helpers::{entry, python_with, TestApp};

fn client_python() -> Option<String> {
    python_with(
        "AUDITLOG_TEST_CLIENT_PYTHON",
        "auditlog_client",
        "the generated client's test",
    )
}

#[tokio::test]
async fn a_generated_client_lists_filters_and_pages_the_log() {
    let Some(python) = client_python() else {
        return;
    };
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let items: Vec<Value> = (0..7)
        .map(|i| {
            entry(
                json!({"resource_type": if i % 2 == 0 { "assistant" } else { "thread" },
                         "timestamp": format!("2025-01-0{}T00:00:00Z", i + 1)}),
            )
        })
        .collect();
    let stored = app.ingest("acme", &key, items).await;
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/api/generated_client_check.py"
    );
    let base = app.base.clone();
    let output = tokio::task::spawn_blocking(move || {
        Command::new(python)
            .args([script, &base, &key, "acme"])
            .output()
            .expect("run the generated client")
    })
    .await
    .unwrap();
    assert!(
        output.status.success(),
        "the generated client failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let got: Value = serde_json::from_slice(&output.stdout).unwrap();
    let assistants: Vec<Value> = [6, 4, 2, 0]
        .iter()
        .map(|i| stored[*i]["id"].clone())
        .collect();
    assert_eq!(got["total"], 4);
    assert_eq!(got["first_page"], json!(assistants[..2]));
    assert_eq!(got["walked"], json!(assistants));
    assert_eq!(got["facets"], json!([["assistant", 4], ["thread", 3]]));
    app.stop().await;
}
