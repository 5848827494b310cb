//! Seed 000: `GET /v1/{organization_id}/audit-logs`, camelCase.

use serde_json::{json, Value};

use crate::helpers::{entry, error_of, TestApp};

async fn entries_render_in_camel_case_exactly_as_the_seed_shows() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_abc123").await;
    app.ingest(
        "org_abc123",
        &key,
        vec![entry(json!({
            "timestamp": "2025-01-20T10:30:00Z", "resource_type": "assistant", "resource_id": "asst_abc123",
            "resource_name": "Customer Support Bot", "action": "updated", "user_id": "uid_user123",
            "user_name": "John Doe", "user_email": "john@example.com",
            "changes": [
                {"field": "temperature", "old_value": 0.7, "new_value": 0.9},
                {"field": "tools.web_search", "old_value": false, "new_value": true},
            ],
            "metadata": {"ip_address": "192.168.1.1", "user_agent": "Mozilla/5.0", "source": "web_ui",
                         "custom_key": {"inner_key": 1}},
            "targets": [{"type": "workflow", "id": "wf_1", "name": "Flow"}],
        }))],
    )
    .await;

    let (status, body) = app
        .get_json("/v1/org_abc123/audit-logs?limit=20", &key)
        .await;

    assert_eq!(status, 200, "{body}");
    let log = &body["auditLogs"][0];
    for k in [
        "id",
        "organizationId",
        "sequence",
        "timestamp",
        "receivedAt",
        "action",
        "event",
        "resourceType",
        "resourceId",
        "resourceName",
        "userId",
        "userName",
        "userEmail",
        "actorType",
        "departmentId",
        "targets",
        "changes",
        "metadata",
        "idempotencyKey",
        "hash",
    ] {
        assert!(log.get(k).is_some(), "missing {k} in {log}");
    }
    assert!(log.get("resource_type").is_none());
    assert_eq!(log["timestamp"], "2025-01-20T10:30:00Z");
    assert_eq!(log["resourceName"], "Customer Support Bot");
    assert_eq!(log["departmentId"], Value::Null);
    assert_eq!(
        log["changes"],
        json!([
            {"field": "temperature", "oldValue": 0.7, "newValue": 0.9},
            {"field": "tools.webSearch", "oldValue": false, "newValue": true},
        ])
    );
    assert_eq!(
        log["metadata"],
        json!({"customKey": {"inner_key": 1}, "ipAddress": "192.168.1.1", "source": "web_ui", "userAgent": "Mozilla/5.0"})
    );
    assert_eq!(
        log["targets"],
        json!([{"type": "workflow", "id": "wf_1", "name": "Flow"}])
    );
    assert_eq!(
        body["pagination"],
        json!({"total": 1, "limit": 20, "offset": 0, "hasMore": false})
    );
    app.stop().await;
}

async fn filters_and_offset_paging_use_camel_case_names() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    app.ingest(
        "acme",
        &key,
        vec![
            entry(json!({"timestamp": "2025-01-10T00:00:00Z", "resource_type": "thread", "resource_id": "t1", "user_id": "a"})),
            entry(json!({"timestamp": "2025-01-11T00:00:00Z", "resource_type": "assistant", "resource_id": "x1", "action": "updated", "user_id": "b"})),
            entry(json!({"timestamp": "2025-01-12T00:00:00Z", "resource_type": "assistant", "resource_id": "x2", "action": "deleted", "user_id": "a"})),
            entry(json!({"timestamp": "2025-01-13T00:00:00Z", "resource_type": "assistant", "resource_id": "x1", "action": "deleted", "user_id": "a",
                         "targets": [{"type": "thread", "id": "t1"}]})),
        ],
    )
    .await;
    let cases: &[(&str, &[u64])] = &[
        ("resourceType=assistant", &[4, 3, 2]),
        ("resourceId=x1", &[4, 2]),
        ("resourceId=t1", &[1]),
        ("action=deleted", &[4, 3]),
        ("userId=a", &[4, 3, 1]),
        ("startDate=2025-01-11&endDate=2025-01-12", &[3, 2]),
        ("startDate=2025-01-11T12:00:00Z", &[4, 3]),
        ("resourceType=assistant&userId=a&action=deleted", &[4, 3]),
        ("limit=2&offset=1", &[3, 2]),
    ];
    for (query, want) in cases {
        let (status, body) = app
            .get_json(&format!("/v1/acme/audit-logs?{query}"), &key)
            .await;
        assert_eq!(status, 200, "{query}: {body}");
        let got: Vec<u64> = body["auditLogs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["sequence"].as_u64().unwrap())
            .collect();
        assert_eq!(got, *want, "{query}");
    }
    let (_, body) = app
        .get_json("/v1/acme/audit-logs?limit=2&offset=1", &key)
        .await;
    assert_eq!(
        body["pagination"],
        json!({"total": 4, "limit": 2, "offset": 1, "hasMore": true})
    );
    app.stop().await;
}

async fn bad_camel_case_parameters_are_400() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    for (query, param) in [
        ("resource_type=assistant", "resource_type"),
        ("limit=0", "limit"),
        ("offset=x", "offset"),
        ("startDate=2025-02-01&endDate=2025-01-01", "startDate"),
        ("endDate=soon", "endDate"),
        ("cursor=abc", "cursor"),
    ] {
        let (status, body) = app
            .get_json(&format!("/v1/acme/audit-logs?{query}"), &key)
            .await;
        assert_eq!(status, 400, "{query}");
        assert_eq!(error_of(&body).1.as_deref(), Some(param));
    }
    app.stop().await;
}

async fn an_unknown_organization_is_the_seed_404() {
    let app = TestApp::spawn().await;
    let (status, body) = app
        .get_json("/v1/org_nope/audit-logs", crate::helpers::ADMIN)
        .await;
    assert_eq!(status, 404);
    assert_eq!(
        body,
        json!({"error": {"message": "Organization not found", "type": "not_found_error", "code": "organization_not_found"}})
    );
    app.stop().await;
}

auditlog_store::on_both_backends!(
    entries_render_in_camel_case_exactly_as_the_seed_shows,
    filters_and_offset_paging_use_camel_case_names,
    bad_camel_case_parameters_are_400,
    an_unknown_organization_is_the_seed_404,
);
