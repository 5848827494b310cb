//! Every failure speaks the one error shape; no input produces a 5xx.

use serde_json::{json, Value};

use crate::helpers::{entry, error_of, TestApp};

const ONE: &str = "/v1/organizations/acme/audit-log";

async fn raw_post(
    app: &TestApp,
    key: &str,
    path: &str,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> (u16, Value) {
    let mut req = app.client.post(app.url(path)).bearer_auth(key).body(body);
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    crate::helpers::status_json(req.send().await.unwrap()).await
}

async fn malformed_json_is_400_invalid_json() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    for body in [
        &b"{"[..],
        b"",
        b"{\"a\":}",
        b"[1,2",
        b"\xff\xfe",
        b"{\"a\":1} trailing",
        b"NaN",
        b"\"\\ud800\"",
    ] {
        let (status, err) =
            raw_post(&app, &key, ONE, Some("application/json"), body.to_vec()).await;
        assert_eq!(status, 400, "{body:?}");
        assert_eq!(error_of(&err).0, "invalid_json");
    }
    let (status, err) = raw_post(&app, &key, ONE, Some("application/json"), b"[1]".to_vec()).await;
    assert_eq!(status, 400);
    assert_eq!(err["error"]["type"], "invalid_request_error");
    app.stop().await;
}

async fn a_wrong_or_missing_content_type_is_415() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let body = serde_json::to_vec(&entry(json!({}))).unwrap();
    for ct in [
        Some("text/plain"),
        None,
        Some("application/x-www-form-urlencoded"),
    ] {
        let (status, err) = raw_post(&app, &key, ONE, ct, body.clone()).await;
        assert_eq!(status, 415, "{ct:?}");
        assert_eq!(err["error"]["type"], "invalid_request_error");
    }
    let (status, _) = raw_post(
        &app,
        &key,
        ONE,
        Some("application/json; charset=utf-8"),
        body,
    )
    .await;
    assert_eq!(status, 201);
    app.stop().await;
}

async fn a_body_over_16_mib_is_413() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let mut body = b"{\"items\":[\"".to_vec();
    body.resize(17 * 1024 * 1024, b'x');
    body.extend_from_slice(b"\"]}");
    let (status, err) = raw_post(
        &app,
        &key,
        "/v1/organizations/acme/audit-log/batch",
        Some("application/json"),
        body,
    )
    .await;
    assert_eq!(status, 413);
    assert_eq!(error_of(&err).0, "payload_too_large");
    app.stop().await;
}

async fn an_entry_over_64_kib_is_400() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (status, err) = app
        .post_json(
            ONE,
            &key,
            &entry(json!({"metadata": {"blob": "x".repeat(70 * 1024)}})),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(err["error"]["type"], "invalid_request_error");
    app.stop().await;
}

async fn unknown_routes_are_404_and_wrong_methods_405_with_allow() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (status, body) = app.get_json("/v2/whatever", &key).await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["type"], "not_found_error");

    let res = app
        .client
        .delete(app.url(ONE))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 405);
    let allow = res.headers()["allow"].to_str().unwrap().to_owned();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    let body: Value = res.json().await.unwrap();
    assert_eq!(error_of(&body).0, "method_not_allowed");

    let res = app
        .client
        .put(app.url("/v1/organizations/acme/audit-log/log_x"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 405);
    app.stop().await;
}

async fn the_health_check_answers_without_a_key() {
    let app = TestApp::spawn().await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    app.stop().await;
}

/// A spray of hostile inputs: none may produce a 5xx, and the server keeps serving.
async fn hostile_inputs_never_produce_a_server_error() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let paths = [
        "/v1/organizations/acme/audit-log?limit=99999999999999999999999",
        "/v1/organizations/acme/audit-log?skip=18446744073709551615",
        "/v1/organizations/acme/audit-log?skip=9223372036854775807",
        "/v1/organizations/acme/audit-log?from_date=0000-01-01",
        "/v1/organizations/acme/audit-log?from_date=9999-12-31&to_date=9999-12-31",
        "/v1/organizations/acme/audit-log?search_term=%22%27%2A%28%29%3A%5E-NEAR",
        "/v1/organizations/acme/audit-log?search_term=OR%20AND%20NOT",
        "/v1/organizations/acme/audit-log?search_term=%F0%9F%98%80",
        "/v1/organizations/acme/audit-log?cursor=%00%00",
        "/v1/organizations/acme/audit-log?%zz=1",
        "/v1/organizations/acme/audit-log/%FF%FE",
        "/v1/organizations/%00/audit-log",
        "/v1/organizations/a%2Fb/audit-log",
        "/orgs/c/audit-logs?page=18446744073709551615&take=100",
        "/orgs/c/audit-logs?next=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "/v1/assistants/%20/history",
        "/v1/assistants/x%0Ay/history",
    ];
    for path in paths {
        let (status, body) = app.get_json(path, &key).await;
        assert!(status < 500, "{path} → {status} {body}");
    }
    let bodies = [
        json!(null),
        json!("string"),
        json!({"items": null}),
        entry(json!({"timestamp": "+275760-09-13T00:00:00Z"})),
        entry(json!({"timestamp": "0000-01-01T00:00:00Z"})),
        entry(json!({"targets": [null]})),
        entry(json!({"changes": [null]})),
        entry(json!({"metadata": {"ip_address": 7}})),
        entry(json!({"before": [1], "after": {}})),
        entry(json!({"resource_name": "\u{0}\u{1}\u{fffe}"})),
    ];
    for body in bodies {
        let (status, err) = app.post_json(ONE, &key, &body).await;
        assert!(status < 500, "{body} → {status} {err}");
    }
    let (status, _) = app.post_json(ONE, &key, &entry(json!({}))).await;
    assert_eq!(status, 201);
    app.stop().await;
}

/// On PostgreSQL, readiness follows the database: 503 while it refuses the server, ready again
/// once it is back. The server runs as a role of its own, which is shut out (no login, its
/// connections ended), so that the other tests' connections stay untouched.
#[tokio::test]
async fn readiness_is_refused_while_the_database_is_away_and_back_after() {
    use auditlog_store::testing::{connect_postgres, postgres_url, Backend};
    let Some(url) = postgres_url() else {
        return;
    };
    let admin = connect_postgres(&url).await;
    let role = format!("r_{}", ulid::Ulid::new().to_string().to_lowercase());
    admin
        .batch_execute(&format!(
            "create role {role} login; create schema {role} authorization {role}"
        ))
        .await
        .unwrap();
    let (scheme, rest) = url.split_once("://").unwrap();
    let rest = rest.split_once('@').map_or(rest, |(_, r)| r);
    let sep = if rest.contains('?') { '&' } else { '?' };
    let own = format!("{scheme}://{role}@{rest}{sep}options=-csearch_path%3D{role}");
    let app = TestApp::spawn_on(Backend::Postgres(own)).await;
    let ready = || async { app.client.get(app.url("/readyz")).send().await.unwrap() };
    assert_eq!(ready().await.status(), 200);

    let shut_out = format!(
        "alter role {role} nologin;
         select pg_terminate_backend(pid) from pg_stat_activity where usename = '{role}'"
    );
    admin.batch_execute(&shut_out).await.unwrap();
    let refused = ready().await;
    assert_eq!(refused.status(), 503);
    assert_eq!(refused.headers()["retry-after"], "1");
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_ready", "{body}");

    admin
        .batch_execute(&format!("alter role {role} login"))
        .await
        .unwrap();
    let mut back = false;
    for _ in 0..50 {
        if ready().await.status() == 200 {
            back = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(back, "ready again once the database is back");
    app.stop().await;
    let _ = admin.batch_execute(&shut_out).await;
    let _ = admin
        .batch_execute(&format!("drop owned by {role} cascade; drop role {role}"))
        .await;
}

auditlog_store::on_both_backends!(
    malformed_json_is_400_invalid_json,
    a_wrong_or_missing_content_type_is_415,
    a_body_over_16_mib_is_413,
    an_entry_over_64_kib_is_400,
    unknown_routes_are_404_and_wrong_methods_405_with_allow,
    the_health_check_answers_without_a_key,
    hostile_inputs_never_produce_a_server_error,
    readiness_answers_ready_when_the_database_answers,
);

/// Readiness asks the database, on each backend; liveness asks nothing.
async fn readiness_answers_ready_when_the_database_answers() {
    let app = TestApp::spawn().await;
    let res = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "ready");
    app.stop().await;
}
