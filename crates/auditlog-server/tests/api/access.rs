//! Keys, scopes, admin operations and isolation between organizations.

use serde_json::{json, Value};

use crate::helpers::{entry, error_of, TestApp, ADMIN};

async fn a_missing_or_unknown_key_is_401_in_the_error_shape() {
    let app = TestApp::spawn().await;
    app.create_org("acme").await;
    let res = app
        .client
        .get(app.url("/v1/organizations/acme/audit-log"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    assert_eq!(res.headers()["www-authenticate"], "Bearer");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["type"], "authentication_error");
    let (status, body) = app
        .get_json("/v1/organizations/acme/audit-log", "alk_nope")
        .await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["type"], "authentication_error");
    let res = app
        .client
        .get(app.url("/v1/organizations/acme/audit-log"))
        .header("authorization", "Basic dXNlcjpwYXNz")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    app.stop().await;
}

async fn x_api_key_works_and_must_agree_with_authorization() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let other = app.key("acme", &["audit:read"]).await;
    let url = app.url("/v1/organizations/acme/audit-log");
    let res = app
        .client
        .get(&url)
        .header("x-api-key", &key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let res = app
        .client
        .get(&url)
        .header("x-api-key", &key)
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let res = app
        .client
        .get(&url)
        .header("x-api-key", &other)
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    app.stop().await;
}

async fn scopes_limit_what_a_key_may_do() {
    let app = TestApp::spawn().await;
    app.create_org("acme").await;
    let reader = app.key("acme", &["audit:read"]).await;
    let writer = app.key("acme", &["audit:write"]).await;
    let (status, body) = app
        .post_json(
            "/v1/organizations/acme/audit-log",
            &reader,
            &entry(json!({})),
        )
        .await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["type"], "permission_error");
    let (status, _) = app
        .post_json(
            "/v1/organizations/acme/audit-log",
            &writer,
            &entry(json!({})),
        )
        .await;
    assert_eq!(status, 201);
    for path in [
        "/v1/organizations/acme/audit-log",
        "/v1/acme/audit-logs",
        "/orgs/c/audit-logs",
        "/v1/assistants/asst_1/history",
    ] {
        let (status, body) = app.get_json(path, &writer).await;
        assert_eq!(status, 403, "{path}: {body}");
    }
    let (status, _) = app
        .get_json("/v1/organizations/acme/audit-log", &reader)
        .await;
    assert_eq!(status, 200);
    app.stop().await;
}

async fn only_the_admin_token_manages_organizations_and_keys() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (status, _) = app
        .post_json("/v1/organizations", &key, &json!({"name": "X"}))
        .await;
    assert_eq!(status, 403);
    let (status, _) = app
        .post_json(
            "/v1/organizations/acme/api-keys",
            &key,
            &json!({"name": "k", "scopes": ["audit:read"]}),
        )
        .await;
    assert_eq!(status, 403);
    let (status, _) = app.get_json("/v1/organizations/acme/api-keys", &key).await;
    assert_eq!(status, 403);
    let (status, body) = app.get_json("/v1/organizations/acme", &key).await;
    assert_eq!(status, 200, "a key may read its own organization: {body}");
    app.stop().await;
}

async fn organizations_are_created_with_given_or_generated_ids_and_conflict_on_reuse() {
    let app = TestApp::spawn().await;
    let (status, org) = app
        .post_json(
            "/v1/organizations",
            ADMIN,
            &json!({"id": "org_abc123", "name": "Acme"}),
        )
        .await;
    assert_eq!(status, 201);
    assert_eq!(
        (org["id"].as_str(), org["name"].as_str()),
        (Some("org_abc123"), Some("Acme"))
    );
    assert!(org["created_at"].is_string());
    let (status, body) = app
        .post_json(
            "/v1/organizations",
            ADMIN,
            &json!({"id": "org_abc123", "name": "Again"}),
        )
        .await;
    assert_eq!(status, 409);
    assert_eq!(body["error"]["type"], "conflict_error");
    let (status, generated) = app
        .post_json("/v1/organizations", ADMIN, &json!({"name": "Generated"}))
        .await;
    assert_eq!(status, 201);
    let id = generated["id"].as_str().unwrap();
    assert!(id.starts_with("org_") && id.len() == 30, "{id}");
    let (status, read) = app
        .get_json(&format!("/v1/organizations/{id}"), ADMIN)
        .await;
    assert_eq!((status, read), (200, generated));
    for (body, param) in [
        (json!({"id": "c", "name": "x"}), "id"),
        (json!({"id": "organizations", "name": "x"}), "id"),
        (json!({"id": "-bad", "name": "x"}), "id"),
        (json!({"id": "a".repeat(129), "name": "x"}), "id"),
        (json!({"id": "ok"}), "name"),
        (json!({"name": "x", "plan": "gold"}), "plan"),
    ] {
        let (status, err) = app.post_json("/v1/organizations", ADMIN, &body).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error_of(&err).1.as_deref(), Some(param), "{body}");
    }
    app.stop().await;
}

async fn keys_are_listed_without_secrets_and_revocation_takes_effect_at_once() {
    let app = TestApp::spawn().await;
    app.create_org("acme").await;
    let (status, created) = app
        .post_json(
            "/v1/organizations/acme/api-keys",
            ADMIN,
            &json!({"name": "ci", "scopes": ["audit:read", "audit:write"]}),
        )
        .await;
    assert_eq!(status, 201);
    let secret = created["key"].as_str().unwrap().to_owned();
    let key_id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["scopes"], json!(["audit:read", "audit:write"]));

    let (_, list) = app.get_json("/v1/organizations/acme/api-keys", ADMIN).await;
    assert_eq!(
        list["items"],
        json!([{"id": key_id, "name": "ci", "scopes": ["audit:read", "audit:write"], "created_at": created["created_at"]}])
    );
    assert!(!list.to_string().contains(&secret));

    let (status, _) = app
        .get_json("/v1/organizations/acme/audit-log", &secret)
        .await;
    assert_eq!(status, 200);
    let res = app
        .client
        .delete(app.url(&format!("/v1/organizations/acme/api-keys/{key_id}")))
        .bearer_auth(ADMIN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let (status, _) = app
        .get_json("/v1/organizations/acme/audit-log", &secret)
        .await;
    assert_eq!(status, 401);
    let res = app
        .client
        .delete(app.url(&format!("/v1/organizations/acme/api-keys/{key_id}")))
        .bearer_auth(ADMIN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let (_, list) = app.get_json("/v1/organizations/acme/api-keys", ADMIN).await;
    assert_eq!(list["items"], json!([]));

    for (body, param) in [
        (json!({"name": "x"}), "scopes"),
        (json!({"name": "x", "scopes": []}), "scopes"),
        (
            json!({"name": "x", "scopes": ["audit:delete"]}),
            "scopes[0]",
        ),
        (json!({"scopes": ["audit:read"]}), "name"),
    ] {
        let (status, err) = app
            .post_json("/v1/organizations/acme/api-keys", ADMIN, &body)
            .await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(error_of(&err).1.as_deref(), Some(param));
    }
    app.stop().await;
}

/// Every path that names an organization: another organization's must look exactly like a
/// nonexistent one.
async fn another_organization_is_indistinguishable_from_a_nonexistent_one() {
    let app = TestApp::spawn().await;
    let acme = app.org_with_key("acme").await;
    let globex = app.org_with_key("globex").await;
    let stored = app
        .ingest(
            "globex",
            &globex,
            vec![entry(json!({"resource_id": "asst_g"}))],
        )
        .await;
    let globex_entry = stored[0]["id"].as_str().unwrap().to_owned();

    let gets = [
        "/v1/organizations/{org}/audit-log",
        "/v1/organizations/{org}/audit-log?entity_type=assistant",
        "/v1/organizations/{org}/audit-log/{entry}",
        "/v1/organizations/{org}/audit-log/log_00000000000000000000000000",
        "/v1/{org}/audit-logs",
        "/orgs/{org}/audit-logs",
        "/v1/organizations/{org}",
        "/v1/organizations/{org}/api-keys",
        "/v1/assistants/asst_g/history?organization_id={org}",
    ];
    for template in gets {
        let answer = |org: &str| {
            template
                .replace("{org}", org)
                .replace("{entry}", &globex_entry)
        };
        let foreign = app.get_json(&answer("globex"), &acme).await;
        let missing = app.get_json(&answer("nobody"), &acme).await;
        assert_eq!(foreign.0, 404, "{template}: {}", foreign.1);
        assert_eq!(foreign, missing, "{template}");
    }
    let posts = [
        ("/v1/organizations/{org}/audit-log", entry(json!({}))),
        (
            "/v1/organizations/{org}/audit-log/batch",
            json!({"items": [entry(json!({}))]}),
        ),
        (
            "/v1/organizations/{org}/api-keys",
            json!({"name": "x", "scopes": ["audit:read"]}),
        ),
    ];
    for (template, body) in posts {
        let foreign = app
            .post_json(&template.replace("{org}", "globex"), &acme, &body)
            .await;
        let missing = app
            .post_json(&template.replace("{org}", "nobody"), &acme, &body)
            .await;
        assert_eq!(foreign.0, 404, "{template}");
        assert_eq!(foreign, missing, "{template}");
    }
    // Their entry id, asked for inside our own organization, is simply not there.
    let (status, body) = app
        .get_json(
            &format!("/v1/organizations/acme/audit-log/{globex_entry}"),
            &acme,
        )
        .await;
    assert_eq!(status, 404);
    assert_eq!(error_of(&body).0, "audit_log_not_found");
    // Their resource's history is not ours.
    let (status, _) = app.get_json("/v1/assistants/asst_g/history", &acme).await;
    assert_eq!(status, 404);
    // And nothing was written to globex.
    let (_, page) = app
        .get_json("/v1/organizations/globex/audit-log", &globex)
        .await;
    assert_eq!(page["total"], 1);
    app.stop().await;
}

async fn a_cursor_from_one_organization_is_refused_by_another() {
    let app = TestApp::spawn().await;
    let acme = app.org_with_key("acme").await;
    app.ingest("acme", &acme, (0..3).map(|_| entry(json!({}))).collect())
        .await;
    let (_, page) = app
        .get_json("/v1/organizations/acme/audit-log?limit=1", &acme)
        .await;
    let cursor = page["next_cursor"].as_str().unwrap().to_owned();
    let globex = app.org_with_key("globex").await;
    app.ingest(
        "globex",
        &globex,
        (0..3).map(|_| entry(json!({}))).collect(),
    )
    .await;
    let (status, body) = app
        .get_json(
            &format!("/v1/organizations/globex/audit-log?cursor={cursor}"),
            &globex,
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(error_of(&body).0, "invalid_cursor");
    app.stop().await;
}

async fn me_says_what_a_credential_is_and_the_admin_lists_organizations() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("globex").await;
    app.create_org("acme").await;
    let (status, me) = app.get_json("/v1/me", &key).await;
    assert_eq!(status, 200);
    assert_eq!(me["principal"], "api_key");
    assert_eq!(me["organization_id"], "globex");
    assert_eq!(me["scopes"], json!(["audit:read", "audit:write"]));
    assert!(me["key_id"].as_str().unwrap().starts_with("key_"));
    let (_, me) = app.get_json("/v1/me", ADMIN).await;
    assert_eq!(me["principal"], "admin");
    assert_eq!(me["organization_id"], Value::Null);
    let (status, _) = app.get_json("/v1/me", "nope").await;
    assert_eq!(status, 401);

    let (status, orgs) = app.get_json("/v1/organizations", ADMIN).await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = orgs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["acme", "globex"]);
    assert_eq!(orgs["items"][0]["name"], "Org acme");
    let (status, body) = app.get_json("/v1/organizations", &key).await;
    assert_eq!(status, 403);
    error_of(&body);
    app.stop().await;
}

auditlog_store::on_both_backends!(
    a_missing_or_unknown_key_is_401_in_the_error_shape,
    me_says_what_a_credential_is_and_the_admin_lists_organizations,
    x_api_key_works_and_must_agree_with_authorization,
    scopes_limit_what_a_key_may_do,
    only_the_admin_token_manages_organizations_and_keys,
    organizations_are_created_with_given_or_generated_ids_and_conflict_on_reuse,
    keys_are_listed_without_secrets_and_revocation_takes_effect_at_once,
    another_organization_is_indistinguishable_from_a_nonexistent_one,
    a_cursor_from_one_organization_is_refused_by_another,
);
