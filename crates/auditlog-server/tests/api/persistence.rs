//! What was acknowledged survives a restart.

use serde_json::json;

use crate::helpers::{entry, Backend, TestApp};

async fn entries_keys_sequences_and_idempotency_survive_a_restart() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (_, first) = app
        .post_json(
            "/v1/organizations/acme/audit-log",
            &key,
            &entry(json!({"idempotency_key": "once", "resource_name": "Support Bot"})),
        )
        .await;
    let backend = app.stop().await;

    let app = TestApp::spawn_on(backend).await;
    let (status, page) = app
        .get_json("/v1/organizations/acme/audit-log?search_term=support", &key)
        .await;
    assert_eq!(status, 200, "the key still works");
    assert_eq!(page["items"][0], first);

    let (status, replay) = app
        .post_json(
            "/v1/organizations/acme/audit-log",
            &key,
            &entry(json!({"idempotency_key": "once"})),
        )
        .await;
    assert_eq!((status, replay), (200, first));

    let (status, next) = app
        .post_json("/v1/organizations/acme/audit-log", &key, &entry(json!({})))
        .await;
    assert_eq!(status, 201);
    assert_eq!(next["sequence"], 2);
    app.stop().await;
}

async fn a_generated_admin_token_is_kept_only_as_a_hash_and_reused() {
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    let store = store.as_ref();
    let (hash, token) = auditlog_server::admin_token(store, None).await.unwrap();
    let token = token.expect("a token is generated on first start");
    assert_eq!(hash, auditlog_server::auth::secret_hash(&token));
    let stored = store.setting("admin_token_sha256").await.unwrap().unwrap();
    assert!(!stored.contains(&token));
    let (again, none) = auditlog_server::admin_token(store, None).await.unwrap();
    assert_eq!((again, none), (hash, None));
}

auditlog_store::on_both_backends!(
    entries_keys_sequences_and_idempotency_survive_a_restart,
    a_generated_admin_token_is_kept_only_as_a_hash_and_reused,
);
