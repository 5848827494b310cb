//! `GET /metrics`: who may read it, and what it counts.

use serde_json::json;

use crate::helpers::{entry, TestApp, ADMIN, METRICS};

async fn scrape(app: &TestApp, token: &str) -> String {
    let res = app.get("/metrics", token).await;
    assert_eq!(res.status(), 200);
    let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(kind.starts_with("text/plain; version=0.0.4"), "{kind}");
    res.text().await.unwrap()
}

/// The value of the sample named exactly `series` (name and labels), if present.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.parse().expect("a number"))
}

async fn metrics_are_for_the_admin_token_or_the_metrics_token_only() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_metrics").await;
    assert_eq!(
        app.client
            .get(app.url("/metrics"))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    let res = app.get("/metrics", &key).await;
    assert_eq!(res.status(), 403);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "insufficient_scope", "{body}");
    scrape(&app, ADMIN).await;
    scrape(&app, METRICS).await;
    let (status, body) = app.get_json("/metrics?verbose=1", METRICS).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("unknown_parameter"))
    );
    // The metrics token opens nothing else.
    assert_eq!(app.get("/v1/organizations", METRICS).await.status(), 401);
    app.stop().await;
}

async fn metrics_count_requests_by_route_template_and_entries_by_organization() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_metrics").await;
    let log = "/v1/organizations/org_metrics/audit-log";
    let batch = json!({"items": [entry(json!({})), entry(json!({})), entry(json!({}))]});
    assert_eq!(
        app.post(&format!("{log}/batch"), &key, &batch)
            .await
            .status(),
        201
    );
    let once = entry(json!({"idempotency_key": "k1"}));
    assert_eq!(app.post(log, &key, &once).await.status(), 201);
    assert_eq!(app.post(log, &key, &once).await.status(), 200);
    assert_eq!(app.get(log, &key).await.status(), 200);
    assert_eq!(app.get("/no/such/route", &key).await.status(), 404);
    // A method a client invents is not a label of its own.
    let invented = reqwest::Method::from_bytes(b"FOO1").unwrap();
    let res = app
        .client
        .request(invented, app.url("/no/such/route"))
        .send()
        .await;
    assert_eq!(res.unwrap().status(), 404);
    let (status, checkpoint) = app.get_json(&format!("{log}/checkpoint"), &key).await;
    assert_eq!(status, 200, "{checkpoint}");

    let text = scrape(&app, METRICS).await;
    let batch_route = "/v1/organizations/{organization_id}/audit-log/batch";
    let log_route = "/v1/organizations/{organization_id}/audit-log";
    let counted = |method: &str, route: &str, status: u16| {
        let series = format!(
            "auditlog_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}}"
        );
        sample(&text, &series)
    };
    assert_eq!(counted("POST", batch_route, 201), Some(1.0), "{text}");
    assert_eq!(counted("POST", log_route, 201), Some(1.0));
    assert_eq!(counted("POST", log_route, 200), Some(1.0));
    assert_eq!(counted("GET", log_route, 200), Some(1.0));
    assert_eq!(counted("GET", "unmatched", 404), Some(1.0));
    assert_eq!(counted("other", "unmatched", 404), Some(1.0));
    assert!(!text.contains("FOO1"));
    let timed = format!(
        "auditlog_http_request_duration_seconds_count{{method=\"GET\",route=\"{log_route}\"}}"
    );
    assert_eq!(sample(&text, &timed), Some(1.0), "{text}");
    // Paths asked for never become labels: only their routes' templates do.
    assert!(
        !text.contains("route=\"/v1/organizations/org_metrics"),
        "{text}"
    );

    // The repeat of an idempotent entry made nothing.
    let org = "{organization=\"org_metrics\"}";
    assert_eq!(
        sample(&text, &format!("auditlog_entries_ingested_total{org}")),
        Some(4.0)
    );
    // Beside the service's own two: the organization and the key created.
    let service = "{organization=\"_service\"}";
    let own = format!("auditlog_entries_ingested_total{service}");
    assert_eq!(sample(&text, &own), Some(2.0), "{text}");
    let written = sample(&text, "auditlog_store_entries_written_total");
    assert_eq!(written, Some(6.0));
    let commits = sample(&text, "auditlog_store_commit_seconds_count").unwrap();
    assert!(commits >= 2.0, "{text}");
    assert_eq!(sample(&text, "auditlog_store_rollbacks_total"), Some(0.0));

    assert_eq!(
        sample(&text, &format!("auditlog_checkpoint_tree_size{org}")),
        Some(4.0)
    );
    let signed = sample(
        &text,
        &format!("auditlog_checkpoint_signed_timestamp_seconds{org}"),
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!(
        signed.is_some_and(|t| (now - t).abs() < 60.0),
        "{signed:?} vs {now}"
    );
    app.stop().await;
}

auditlog_store::on_both_backends!(
    metrics_are_for_the_admin_token_or_the_metrics_token_only,
    metrics_count_requests_by_route_template_and_entries_by_organization,
);
