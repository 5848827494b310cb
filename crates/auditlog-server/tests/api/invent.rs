//! Seed 003: `GET /orgs/{org_id}/audit-logs`.

use serde_json::{json, Value};

use crate::helpers::{entry, error_of, TestApp, ADMIN};

async fn seeded() -> (TestApp, String) {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    app.ingest(
        "acme",
        &key,
        vec![
            entry(json!({"timestamp": "2025-05-01T09:00:00Z", "resource_type": "assistant", "resource_id": "asst_1",
                         "resource_name": "Helper", "action": "assistant.updated", "user_id": "u1", "user_name": "Ann",
                         "user_email": "ann@example.com",
                         "metadata": {"ip_address": "10.0.0.1", "user_agent": "UA", "source": "app", "country": "DE", "plan": "pro"},
                         "targets": [{"type": "workflow", "id": "wf_1", "name": "Flow"}]})),
            entry(json!({"timestamp": "2025-05-02T09:00:00Z", "resource_type": "member", "resource_id": "mem_1",
                         "action": "role_changed", "user_id": "u2",
                         "targets": [{"type": "assistant", "id": "asst_1", "name": "Helper"}, {"type": "connection", "id": "conn_1"}]})),
            entry(json!({"timestamp": "2025-05-03T09:00:00Z", "resource_type": "workflow", "resource_id": "wf_2",
                         "action": "created", "user_id": "u1"})),
        ],
    )
    .await;
    (app, key)
}

async fn c_means_the_callers_organization_and_entries_have_the_seed_shape() {
    let (app, key) = seeded().await;
    let res = app.get("/orgs/c/audit-logs", &key).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["x-total-count"], "3");
    assert!(res.headers().get("link").is_none());
    let body: Value = res.json().await.unwrap();
    let items = body.as_array().expect("a bare array");
    assert_eq!(items.len(), 3);
    let oldest = &items[2];
    assert_eq!(
        *oldest,
        json!({
            "id": oldest["id"], "action": "assistant.updated", "source": "app", "ip": "10.0.0.1",
            "country": "DE", "agent": "UA", "created_at": "2025-05-01T09:00:00Z",
            "actor": {"id": "u1", "name": "Ann", "email": "ann@example.com"},
            "user": {"id": "u1", "name": "Ann", "email": "ann@example.com"},
            "assistant": {"id": "asst_1", "name": "Helper"},
            "workflow": {"id": "wf_1", "name": "Flow"},
            "connection": null, "broadcast": null, "member": null,
            "org": {"id": "acme", "name": "Org acme"},
            "metadata": {"plan": "pro"},
        })
    );
    assert_eq!(items[1]["member"], json!({"id": "mem_1", "name": null}));
    assert_eq!(
        items[1]["assistant"],
        json!({"id": "asst_1", "name": "Helper"})
    );
    assert_eq!(
        items[1]["connection"],
        json!({"id": "conn_1", "name": null})
    );
    assert_eq!(items[1]["source"], Value::Null);
    app.stop().await;
}

async fn actions(app: &TestApp, key: &str, query: &str) -> Vec<String> {
    let (status, body) = app
        .get_json(&format!("/orgs/c/audit-logs?{query}"), key)
        .await;
    assert_eq!(status, 200, "{query}: {body}");
    body.as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

async fn filters_match_events_users_dates_and_affected_resources() {
    let (app, key) = seeded().await;
    assert_eq!(
        actions(&app, &key, "action=assistant.updated").await,
        ["assistant.updated"]
    );
    assert_eq!(actions(&app, &key, "action=ALL").await.len(), 3);
    assert_eq!(
        actions(&app, &key, "user_id=u1").await,
        ["workflow.created", "assistant.updated"]
    );
    assert_eq!(
        actions(&app, &key, "assistant_id=asst_1").await,
        ["member.role_changed", "assistant.updated"]
    );
    assert_eq!(
        actions(&app, &key, "workflow_id=wf_1").await,
        ["assistant.updated"]
    );
    assert_eq!(
        actions(&app, &key, "workflow_id=wf_2").await,
        ["workflow.created"]
    );
    assert_eq!(
        actions(&app, &key, "connection_id=conn_1").await,
        ["member.role_changed"]
    );
    assert_eq!(
        actions(&app, &key, "assistant_id=asst_1&connection_id=conn_1").await,
        ["member.role_changed"]
    );
    assert_eq!(
        actions(&app, &key, "assistant_id=asst_1&user_id=u1").await,
        ["assistant.updated"]
    );
    assert_eq!(
        actions(&app, &key, "from=2025-05-02&to=2025-05-02").await,
        ["member.role_changed"]
    );
    assert!(actions(&app, &key, "assistant_id=mem_1").await.is_empty());
    app.stop().await;
}

async fn page_and_take_page_and_next_tokens_walk_with_link_headers() {
    let (app, key) = seeded().await;
    assert_eq!(
        actions(&app, &key, "take=1&page=2").await,
        ["member.role_changed"]
    );
    assert!(actions(&app, &key, "take=2&page=3").await.is_empty());

    let mut seen = Vec::new();
    let mut path = "/orgs/c/audit-logs?take=1&user_id=u1".to_owned();
    loop {
        let res = app.get(&path, &key).await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["x-total-count"], "2");
        let link = res
            .headers()
            .get("link")
            .map(|v| v.to_str().unwrap().to_owned());
        let token = res
            .headers()
            .get("x-next-page-token")
            .map(|v| v.to_str().unwrap().to_owned());
        let body: Value = res.json().await.unwrap();
        seen.extend(
            body.as_array()
                .unwrap()
                .iter()
                .map(|e| e["action"].as_str().unwrap().to_owned()),
        );
        match (link, token) {
            (Some(link), Some(token)) => {
                assert!(link.ends_with("; rel=\"next\""), "{link}");
                assert!(link.contains(&format!("next={token}")), "{link}");
                assert!(
                    link.contains("user_id=u1") && link.contains("take=1"),
                    "{link}"
                );
                path = link
                    .trim_start_matches('<')
                    .split('>')
                    .next()
                    .unwrap()
                    .to_owned();
            }
            (None, None) => break,
            other => panic!("Link and X-Next-Page-Token must come together: {other:?}"),
        }
    }
    assert_eq!(seen, ["workflow.created", "assistant.updated"]);
    app.stop().await;
}

async fn the_org_may_be_named_and_the_admin_token_cannot_use_c() {
    let (app, key) = seeded().await;
    let (status, body) = app.get_json("/orgs/acme/audit-logs", &key).await;
    assert_eq!(status, 200);
    assert_eq!(body.as_array().unwrap().len(), 3);
    let (status, _) = app.get_json("/orgs/acme/audit-logs", ADMIN).await;
    assert_eq!(status, 200);
    let (status, body) = app.get_json("/orgs/c/audit-logs", ADMIN).await;
    assert_eq!(status, 400);
    assert_eq!(error_of(&body).1.as_deref(), Some("org_id"));
    app.stop().await;
}

async fn bad_invent_parameters_are_400() {
    let (app, key) = seeded().await;
    let long = format!("assistant_id={}", "a".repeat(129));
    for (query, param) in [
        ("action=updated", "action"),
        ("take=0", "take"),
        ("take=101", "take"),
        ("page=0", "page"),
        ("from=2025-05-03&to=2025-05-01", "from"),
        (long.as_str(), "assistant_id"),
        ("next=garbage", "next"),
        ("member_id=1", "member_id"),
    ] {
        let (status, body) = app
            .get_json(&format!("/orgs/c/audit-logs?{query}"), &key)
            .await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(error_of(&body).1.as_deref(), Some(param), "{query}");
    }
    app.stop().await;
}

auditlog_store::on_both_backends!(
    c_means_the_callers_organization_and_entries_have_the_seed_shape,
    filters_match_events_users_dates_and_affected_resources,
    page_and_take_page_and_next_tokens_walk_with_link_headers,
    the_org_may_be_named_and_the_admin_token_cannot_use_c,
    bad_invent_parameters_are_400,
);
