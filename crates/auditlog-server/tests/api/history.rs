//! Seed 001: `GET /v1/{collection}/{id}/history`.

use serde_json::json;

use crate::helpers::{entry, error_of, TestApp, ADMIN};

async fn history_lists_one_resources_entries_in_snake_case() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    app.ingest(
        "acme",
        &key,
        vec![
            entry(json!({"timestamp": "2025-01-15T14:22:00Z", "resource_id": "asst_abc123", "action": "created", "user_id": "uid_user123"})),
            entry(json!({"timestamp": "2025-01-20T10:30:00Z", "resource_id": "asst_abc123", "action": "updated", "user_id": "uid_user123",
                         "changes": [{"field": "tools.web_search", "old_value": false, "new_value": true}]})),
            entry(json!({"timestamp": "2025-01-21T10:30:00Z", "resource_id": "asst_other", "action": "updated", "user_id": "uid_user123"})),
            entry(json!({"timestamp": "2025-01-22T10:30:00Z", "resource_type": "thread", "resource_id": "asst_abc123", "user_id": "u"})),
        ],
    )
    .await;

    let (status, body) = app
        .get_json("/v1/assistants/asst_abc123/history", &key)
        .await;

    assert_eq!(status, 200, "{body}");
    let logs = body["audit_logs"].as_array().unwrap();
    assert_eq!(logs.len(), 2);
    assert_eq!(logs[0]["action"], "updated");
    assert_eq!(logs[0]["changes"][0]["field"], "tools.web_search");
    assert_eq!(logs[0]["changes"][0]["old_value"], false);
    assert_eq!(logs[1]["action"], "created");
    assert_eq!(
        body["pagination"],
        json!({"total": 2, "limit": 50, "offset": 0, "has_more": false})
    );
    app.stop().await;
}

async fn history_filters_by_action_user_and_dates_and_pages() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let items = (1..=5)
        .map(|d| {
            entry(json!({"timestamp": format!("2025-03-0{d}T12:00:00Z"), "resource_type": "thread", "resource_id": "thread_1",
                         "action": if d % 2 == 0 { "updated" } else { "created" }, "user_id": format!("u{}", d % 2)}))
        })
        .collect();
    app.ingest("acme", &key, items).await;
    for (query, total, first_day) in [
        ("action=updated", 2, "04"),
        ("user_id=u1", 3, "05"),
        ("start_date=2025-03-02&end_date=2025-03-03", 2, "03"),
        ("limit=1&offset=1", 5, "04"),
    ] {
        let (status, body) = app
            .get_json(&format!("/v1/threads/thread_1/history?{query}"), &key)
            .await;
        assert_eq!(status, 200, "{query}");
        assert_eq!(body["pagination"]["total"], total, "{query}");
        assert_eq!(
            body["audit_logs"][0]["timestamp"],
            format!("2025-03-{first_day}T12:00:00Z"),
            "{query}"
        );
    }
    let (_, body) = app
        .get_json("/v1/threads/thread_1/history?limit=2", &key)
        .await;
    assert_eq!(body["pagination"]["has_more"], true);
    app.stop().await;
}

async fn every_collection_maps_to_its_type_and_404s_with_its_own_code() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let collections = [
        (
            "assistants",
            "assistant",
            "assistant_not_found",
            "Assistant not found",
        ),
        ("threads", "thread", "thread_not_found", "Thread not found"),
        (
            "vector-stores",
            "vector_store",
            "vector_store_not_found",
            "Vector store not found",
        ),
        ("rules", "rule", "rule_not_found", "Rule not found"),
        (
            "mcp-configurations",
            "mcp_configuration",
            "mcp_configuration_not_found",
            "MCP configuration not found",
        ),
    ];
    for (path, kind, code, message) in collections {
        let (status, body) = app
            .get_json(&format!("/v1/{path}/res_1/history"), &key)
            .await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(
            body,
            json!({"error": {"message": message, "type": "not_found_error", "code": code}})
        );

        app.ingest(
            "acme",
            &key,
            vec![entry(
                json!({"resource_type": kind, "resource_id": "res_1"}),
            )],
        )
        .await;
        let (status, body) = app
            .get_json(&format!("/v1/{path}/res_1/history"), &key)
            .await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(body["pagination"]["total"], 1, "{path}");
        assert_eq!(body["audit_logs"][0]["resource_type"], kind);
    }
    let (status, _) = app.get_json("/v1/widgets/res_1/history", &key).await;
    assert_eq!(status, 404);
    app.stop().await;
}

async fn a_resource_seen_only_as_a_target_is_not_recorded() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    app.ingest("acme", &key, vec![entry(json!({"resource_type": "workflow", "resource_id": "wf", "targets": [{"type": "assistant", "id": "asst_t"}]}))]).await;
    let (status, body) = app.get_json("/v1/assistants/asst_t/history", &key).await;
    assert_eq!(status, 404);
    assert_eq!(error_of(&body).0, "assistant_not_found");
    app.stop().await;
}

async fn a_recorded_resource_with_no_matching_entries_is_an_empty_page() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    app.ingest("acme", &key, vec![entry(json!({"resource_id": "asst_1"}))])
        .await;
    let (status, body) = app
        .get_json("/v1/assistants/asst_1/history?action=deleted", &key)
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["audit_logs"], json!([]));
    app.stop().await;
}

async fn the_admin_token_names_the_organization_and_keys_see_only_their_own() {
    let app = TestApp::spawn().await;
    let acme = app.org_with_key("acme").await;
    let globex = app.org_with_key("globex").await;
    app.ingest(
        "globex",
        &globex,
        vec![entry(json!({"resource_id": "asst_g"}))],
    )
    .await;

    let (status, body) = app.get_json("/v1/assistants/asst_g/history", ADMIN).await;
    assert_eq!(status, 400);
    assert_eq!(error_of(&body).1.as_deref(), Some("organization_id"));
    let (status, _) = app
        .get_json(
            "/v1/assistants/asst_g/history?organization_id=globex",
            ADMIN,
        )
        .await;
    assert_eq!(status, 200);

    let (status, body) = app.get_json("/v1/assistants/asst_g/history", &acme).await;
    assert_eq!(status, 404);
    assert_eq!(error_of(&body).0, "assistant_not_found");
    let (status, body) = app
        .get_json(
            "/v1/assistants/asst_g/history?organization_id=globex",
            &acme,
        )
        .await;
    assert_eq!(status, 404);
    assert_eq!(error_of(&body).0, "organization_not_found");
    let (status, _) = app
        .get_json("/v1/assistants/asst_g/history?organization_id=acme", &acme)
        .await;
    assert_eq!(status, 404);
    app.stop().await;
}

async fn bad_history_parameters_are_400() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    app.ingest("acme", &key, vec![entry(json!({"resource_id": "asst_1"}))])
        .await;
    for (query, param) in [
        ("limit=1000", "limit"),
        ("offset=-3", "offset"),
        ("start_date=x", "start_date"),
        ("userId=a", "userId"),
    ] {
        let (status, body) = app
            .get_json(&format!("/v1/assistants/asst_1/history?{query}"), &key)
            .await;
        assert_eq!(status, 400, "{query}");
        assert_eq!(error_of(&body).1.as_deref(), Some(param));
    }
    app.stop().await;
}

auditlog_store::on_both_backends!(
    history_lists_one_resources_entries_in_snake_case,
    history_filters_by_action_user_and_dates_and_pages,
    every_collection_maps_to_its_type_and_404s_with_its_own_code,
    a_resource_seen_only_as_a_target_is_not_recorded,
    a_recorded_resource_with_no_matching_entries_is_an_empty_page,
    the_admin_token_names_the_organization_and_keys_see_only_their_own,
    bad_history_parameters_are_400,
);
