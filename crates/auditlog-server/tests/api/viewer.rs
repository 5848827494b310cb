//! Viewer tokens: issued by a read key for a browser, read-only, one organization, short-lived,
//! optionally pinned to a filter the holder cannot widen.

use serde_json::{json, Value};

use auditlog_core::note::NoteSigner;
use auditlog_core::Timestamp;
use auditlog_server::viewer::{Claims, Pin, TokenKey};

use crate::helpers::{entry, error_of, ids, TestApp, ADMIN};

const TOKENS: &str = "/v1/organizations/acme/viewer-tokens";
const LIST: &str = "/v1/organizations/acme/audit-log";

/// Acme with entries by two actors, and a read-only key; returns the app, the read key, the
/// key's id and the stored entries.
async fn seeded() -> (TestApp, String, String, Vec<Value>) {
    let app = TestApp::spawn().await;
    let writer = app.org_with_key("acme").await;
    let (status, created) = app
        .post_json(
            "/v1/organizations/acme/api-keys",
            ADMIN,
            &json!({"name": "portal", "scopes": ["audit:read"]}),
        )
        .await;
    assert_eq!(status, 201);
    let stored = app
        .ingest(
            "acme",
            &writer,
            vec![
                entry(json!({"user_id": "u_jane", "resource_id": "asst_1",
                             "timestamp": "2025-01-01T00:00:00Z"})),
                entry(
                    json!({"user_id": "u_john", "resource_id": "asst_2", "action": "deleted",
                             "timestamp": "2025-01-02T00:00:00Z"}),
                ),
                entry(
                    json!({"user_id": "u_jane", "resource_id": "asst_2", "action": "updated",
                             "timestamp": "2025-01-03T00:00:00Z"}),
                ),
            ],
        )
        .await;
    (
        app,
        created["key"].as_str().unwrap().to_owned(),
        created["id"].as_str().unwrap().to_owned(),
        stored,
    )
}

async fn issue(app: &TestApp, key: &str, body: Value) -> String {
    let (status, out) = app.post_json(TOKENS, key, &body).await;
    assert_eq!(status, 201, "{out}");
    out["token"].as_str().unwrap().to_owned()
}

async fn a_read_key_issues_a_viewer_token_that_reads_but_never_writes() {
    let (app, read, _, stored) = seeded().await;
    let (status, out) = app.post_json(TOKENS, &read, &json!({})).await;
    assert_eq!(status, 201, "{out}");
    let token = out["token"].as_str().unwrap();
    assert!(token.starts_with("alv_"));
    assert_eq!(out["url"], format!("/console/#token={token}"));
    assert_eq!(out["organization_id"], "acme");
    let expires = Timestamp::parse_rfc3339(out["expires_at"].as_str().unwrap()).unwrap();
    let in_an_hour = Timestamp::now().plus_seconds(3600);
    assert!(expires <= in_an_hour && expires > in_an_hour.plus_seconds(-60));

    let (status, page) = app.get_json(LIST, token).await;
    assert_eq!(status, 200);
    assert_eq!(page["total"], 3);
    let id = stored[1]["id"].as_str().unwrap();
    for path in [
        format!("{LIST}/{id}"),
        format!("{LIST}/{id}/receipt"),
        format!("{LIST}/checkpoint"),
        format!("{LIST}/export"),
        format!("{LIST}/facets?field=actor_id"),
        "/v1/acme/audit-logs".to_owned(),
        "/orgs/acme/audit-logs".to_owned(),
        "/v1/organizations/acme".to_owned(),
    ] {
        let res = app.get(&path, token).await;
        assert_eq!(res.status(), 200, "{path}");
    }
    let (status, body) = app.post_json(LIST, token, &entry(json!({}))).await;
    assert_eq!(status, 403, "{body}");
    error_of(&body);
    for (path, body) in [
        (TOKENS, json!({})),
        (
            "/v1/organizations/acme/api-keys",
            json!({"name": "x", "scopes": ["audit:read"]}),
        ),
    ] {
        let (status, _) = app.post_json(path, token, &body).await;
        assert_eq!(status, 403, "{path}");
    }
    let (status, _) = app.get_json("/v1/organizations/acme/api-keys", token).await;
    assert_eq!(status, 403);
    // Another organization is as absent as a nonexistent one.
    app.org_with_key("other").await;
    let (status, _) = app
        .get_json("/v1/organizations/other/audit-log", token)
        .await;
    assert_eq!(status, 404);
    // The admin token issues them too, for any organization.
    let admin_minted = issue(&app, ADMIN, json!({"ttl_seconds": 60})).await;
    let (status, _) = app.get_json(LIST, &admin_minted).await;
    assert_eq!(status, 200);
    app.stop().await;
}

async fn a_pinned_token_reads_only_within_its_filter_by_every_path() {
    let (app, read, _, stored) = seeded().await;
    let jane = issue(&app, &read, json!({"filter": {"actor_id": "u_jane"}})).await;
    let jane_ids = vec![
        stored[2]["id"].as_str().unwrap().to_owned(),
        stored[0]["id"].as_str().unwrap().to_owned(),
    ];
    let (_, me) = app.get_json("/v1/me", &jane).await;
    assert_eq!(me["principal"], "viewer_token");
    assert_eq!(me["organization_id"], "acme");
    assert_eq!(me["filter"], json!({"actor_id": "u_jane"}));
    let (status, page) = app.get_json(LIST, &jane).await;
    assert_eq!(status, 200);
    assert_eq!(ids(&page["items"]), jane_ids);
    assert_eq!(page["total"], 2);
    // Narrowing further is fine; asking for someone else is refused, not widened.
    let (_, page) = app
        .get_json(&format!("{LIST}?action_type=updated"), &jane)
        .await;
    assert_eq!(page["total"], 1);
    let (status, body) = app
        .get_json(&format!("{LIST}?actor_id=u_john"), &jane)
        .await;
    assert_eq!(status, 403, "{body}");
    let (_, page) = app.get_json("/v1/acme/audit-logs", &jane).await;
    assert_eq!(page["pagination"]["total"], 2, "{page}");
    let (_, facets) = app
        .get_json(&format!("{LIST}/facets?field=actor_id"), &jane)
        .await;
    assert_eq!(facets["values"], json!([{"value": "u_jane", "count": 2}]));
    let export = app
        .get(&format!("{LIST}/export"), &jane)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(export.lines().count(), 2);
    assert!(!export.contains("u_john"));
    // John's entry, by id and by receipt, is not there for this token.
    let john = stored[1]["id"].as_str().unwrap();
    for path in [format!("{LIST}/{john}"), format!("{LIST}/{john}/receipt")] {
        let (status, body) = app.get_json(&path, &jane).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(error_of(&body).0, "audit_log_not_found");
    }
    // A date pin intersects the request's dates.
    let early = issue(&app, &read, json!({"filter": {"to_date": "2025-01-02"}})).await;
    let (_, page) = app
        .get_json(&format!("{LIST}?from_date=2024-01-01"), &early)
        .await;
    assert_eq!(page["total"], 2);
    let (_, page) = app
        .get_json(&format!("{LIST}?to_date=2026-01-01"), &early)
        .await;
    assert_eq!(page["total"], 2);
    app.stop().await;
}

async fn expired_tampered_and_revoked_tokens_are_401() {
    let (app, read, read_id, _) = seeded().await;
    // The test app signs with this key (see helpers); a token minted with it but expired.
    let signer = NoteSigner::from_seed("auditlog.test", [7; 32]).unwrap();
    let key = TokenKey::derive(&signer.private_key_text());
    let expired = key.mint(&Claims {
        org: "acme".into(),
        key: Some(read_id.clone()),
        exp: Timestamp::now().micros() / 1_000_000 - 1,
        pin: Pin::default(),
    });
    let (status, body) = app.get_json(LIST, &expired).await;
    assert_eq!(status, 401);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("expired"));

    let token = issue(&app, &read, json!({"filter": {"actor_id": "u_jane"}})).await;
    let (payload, mac) = token.split_once('.').unwrap();
    let mut flipped = mac.to_owned().into_bytes();
    flipped[3] = if flipped[3] == b'A' { b'B' } else { b'A' };
    let widened = key.mint(&Claims {
        org: "acme".into(),
        key: Some(read_id.clone()),
        exp: Timestamp::now().micros() / 1_000_000 + 600,
        pin: Pin::default(),
    });
    let widened_payload = widened.split_once('.').unwrap().0;
    for bad in [
        format!("{payload}.{}", String::from_utf8(flipped).unwrap()),
        format!("{widened_payload}.{mac}"),
        format!("{payload}x.{mac}"),
        "alv_".to_owned(),
    ] {
        let (status, body) = app.get_json(LIST, &bad).await;
        assert_eq!(status, 401, "{bad}");
        error_of(&body);
    }
    let (status, _) = app.get_json(LIST, &token).await;
    assert_eq!(status, 200);
    let res = app
        .client
        .delete(app.url(&format!("/v1/organizations/acme/api-keys/{read_id}")))
        .bearer_auth(ADMIN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let (status, body) = app.get_json(LIST, &token).await;
    assert_eq!(status, 401);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("revoked"));
    app.stop().await;
}

async fn a_viewer_token_request_is_checked_like_any_body() {
    let (app, read, _, _) = seeded().await;
    for (body, param) in [
        (json!({"ttl_seconds": 0}), "ttl_seconds"),
        (json!({"ttl_seconds": 86_401}), "ttl_seconds"),
        (json!({"ttl_seconds": "3600"}), "ttl_seconds"),
        (json!({"filter": []}), "filter"),
        (json!({"filter": {"colour": "red"}}), "filter.colour"),
        (json!({"filter": {"actor_id": ""}}), "filter.actor_id"),
        (
            json!({"filter": {"entity_type": "Bad Type"}}),
            "filter.entity_type",
        ),
        (
            json!({"filter": {"from_date": "yesterday"}}),
            "filter.from_date",
        ),
        (
            json!({"filter": {"from_date": "2025-02-01", "to_date": "2025-01-01"}}),
            "filter.from_date",
        ),
        (json!({"scopes": ["audit:write"]}), "scopes"),
    ] {
        let (status, out) = app.post_json(TOKENS, &read, &body).await;
        assert_eq!(status, 400, "{body}: {out}");
        assert_eq!(error_of(&out).1.as_deref(), Some(param), "{body}");
    }
    let (status, out) = app
        .post_json(
            TOKENS,
            &read,
            &json!({"ttl_seconds": 86_400, "filter": {"target_id": "asst_2"}}),
        )
        .await;
    assert_eq!(status, 201, "{out}");
    assert_eq!(out["filter"], json!({"target_id": "asst_2"}));
    app.stop().await;
}

auditlog_store::on_both_backends!(
    a_read_key_issues_a_viewer_token_that_reads_but_never_writes,
    a_pinned_token_reads_only_within_its_filter_by_every_path,
    expired_tampered_and_revoked_tokens_are_401,
    a_viewer_token_request_is_checked_like_any_body,
);
