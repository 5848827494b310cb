//! The service's own audit trail, in the reserved organization `_service`.

use serde_json::{json, Value};

use crate::helpers::{entry, TestApp, ADMIN};

const SERVICE_LOG: &str = "/v1/organizations/_service/audit-log";

async fn service_entries(app: &TestApp, query: &str) -> Vec<Value> {
    let (status, page) = app.get_json(&format!("{SERVICE_LOG}?{query}"), ADMIN).await;
    assert_eq!(status, 200, "{page}");
    page["items"].as_array().unwrap().clone()
}

async fn the_service_log_records_who_managed_organizations_keys_tokens_and_exports() {
    let app = TestApp::spawn().await;
    app.create_org("org_other").await;
    let key = app.org_with_key("org_watched").await;
    let (_, me) = app.get_json("/v1/me", &key).await;
    let key_id = me["key_id"].as_str().unwrap().to_owned();
    app.ingest("org_watched", &key, vec![entry(json!({}))])
        .await;
    let tokens = "/v1/organizations/org_watched/viewer-tokens";
    let (status, minted) = app
        .post_json(tokens, &key, &json!({"ttl_seconds": 600}))
        .await;
    assert_eq!(status, 201, "{minted}");
    let export = "/v1/organizations/org_watched/audit-log/export?format=csv";
    let res = app.get(export, &key).await;
    assert_eq!(res.status(), 200);
    // Recorded once its first block is read, so before the body ends.
    assert_eq!(
        res.text().await.unwrap().lines().count(),
        2,
        "a header and one entry"
    );
    let revoke = format!("/v1/organizations/org_watched/api-keys/{key_id}");
    let res = app
        .client
        .delete(app.url(&revoke))
        .bearer_auth(ADMIN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);

    let items = service_entries(&app, "target_id=org_watched").await;
    let events: Vec<(&str, &str)> = items
        .iter()
        .map(|e| (e["event"].as_str().unwrap(), e["user_id"].as_str().unwrap()))
        .collect();
    assert_eq!(
        events,
        [
            ("api_key.revoked", "admin"),
            ("audit_log.exported", key_id.as_str()),
            ("viewer_token.created", key_id.as_str()),
            ("api_key.created", "admin"),
            ("organization.created", "admin"),
        ]
    );
    for e in &items {
        assert_eq!(e["organization_id"], "_service");
        assert_eq!(
            e["targets"],
            json!([{"type": "organization", "id": "org_watched", "name": null}])
        );
        assert_eq!(e["metadata"]["source"], "system", "{e}");
        assert_eq!(e["metadata"]["ip_address"], "127.0.0.1", "{e}");
    }
    let (created, exported, minted_entry) = (&items[3], &items[1], &items[2]);
    assert_eq!(created["resource_id"], key_id.as_str());
    assert_eq!(created["actor_type"], "user");
    assert_eq!(
        created["metadata"]["scopes"],
        json!(["audit:read", "audit:write"])
    );
    assert_eq!(exported["actor_type"], "api_key");
    assert_eq!(exported["metadata"]["format"], "csv");
    assert_eq!(exported["metadata"]["query"], "format=csv");
    // A viewer token is a bearer credential: the log names it by a digest only.
    let token = minted["token"].as_str().unwrap();
    let named = minted_entry["resource_id"].as_str().unwrap();
    assert!(
        named.starts_with("vt_") && !token.contains(&named[3..]),
        "{named}"
    );
    assert!(!minted_entry.to_string().contains(token));

    // The other organization's creation is there too, and each customer's log holds only
    // what its application wrote.
    assert_eq!(service_entries(&app, "target_id=org_other").await.len(), 1);
    let (_, page) = app
        .get_json("/v1/organizations/org_watched/audit-log", ADMIN)
        .await;
    assert_eq!(page["total"], 1, "{page}");

    // The service's log is a log like any other, with signed checkpoints.
    let (status, checkpoint) = app
        .get_json(&format!("{SERVICE_LOG}/checkpoint"), ADMIN)
        .await;
    assert_eq!(status, 200, "{checkpoint}");
    let note = checkpoint.as_str().unwrap();
    let head: Vec<&str> = note.lines().take(2).collect();
    assert_eq!(head, ["auditlog.test/_service", "6"]);
    app.stop().await;
}

async fn only_the_admin_reads_the_service_log_and_only_the_service_writes_it() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_a").await;
    for path in [SERVICE_LOG, "/v1/organizations/_service"] {
        let res = app.get(path, &key).await;
        assert_eq!(res.status(), 404, "{path}");
    }
    let (status, body) = app.post_json(SERVICE_LOG, ADMIN, &entry(json!({}))).await;
    assert_eq!(status, 403, "{body}");
    let batch = json!({"items": [entry(json!({}))]});
    let (status, _) = app
        .post_json(&format!("{SERVICE_LOG}/batch"), ADMIN, &batch)
        .await;
    assert_eq!(status, 403);
    let keys = "/v1/organizations/_service/api-keys";
    let (status, body) = app
        .post_json(keys, ADMIN, &json!({"name": "x", "scopes": ["audit:read"]}))
        .await;
    assert_eq!(status, 403, "{body}");
    let tokens = "/v1/organizations/_service/viewer-tokens";
    let (status, _) = app.post_json(tokens, ADMIN, &json!({})).await;
    assert_eq!(status, 403);
    // No customer can take the name, and the admin's list holds customers only.
    let (status, body) = app
        .post_json(
            "/v1/organizations",
            ADMIN,
            &json!({"id": "_service", "name": "x"}),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    let (_, orgs) = app.get_json("/v1/organizations", ADMIN).await;
    let ids: Vec<&str> = orgs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["org_a"]);
    let (status, org) = app.get_json("/v1/organizations/_service", ADMIN).await;
    assert_eq!((status, org["id"].as_str()), (200, Some("_service")));
    app.stop().await;
}

auditlog_store::on_both_backends!(
    the_service_log_records_who_managed_organizations_keys_tokens_and_exports,
    only_the_admin_reads_the_service_log_and_only_the_service_writes_it,
);
