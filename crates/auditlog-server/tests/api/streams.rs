//! Streams' delivery: through failures, timeouts, pauses, replays, a restart and a second
//! server, with the status and the service's log to show it; and what a stream is refused.

use std::time::Duration;

use serde_json::json;

use crate::helpers::{error_of, TestApp, ADMIN};
use crate::receiver::{
    create, first_seen, ingest_n, status, streams_of, wait_delivered, webhook_sequences, Receiver,
    Reply,
};

async fn a_failing_destination_backs_off_and_catches_up_without_slowing_another() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_flaky").await;
    let flaky = Receiver::start(&[
        Reply::Fail(500),
        Reply::Fail(503),
        Reply::Hang,
        Reply::Fail(500),
        Reply::Fail(502),
        Reply::Fail(500),
    ])
    .await;
    let healthy = Receiver::start(&[]).await;
    let bad = create(
        &app,
        "org_flaky",
        json!({"kind": "webhook", "url": flaky.url}),
    )
    .await;
    create(
        &app,
        "org_flaky",
        json!({"kind": "webhook", "url": healthy.url}),
    )
    .await;
    let id = bad["id"].as_str().unwrap().to_owned();
    ingest_n(&app, "org_flaky", &key, 10, "assistant").await;
    // The healthy destination has everything while the other still fails.
    healthy
        .wait_for("10 entries", |r| webhook_sequences(r).len() >= 10)
        .await;
    let mut s = status(&app, "org_flaky", &id).await;
    for _ in 0..100 {
        if s["state"] != "active" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        s = status(&app, "org_flaky", &id).await;
    }
    assert!(
        ["retrying", "failing"].contains(&s["state"].as_str().unwrap()),
        "{s}"
    );
    let error = s["last_error"].as_str().unwrap();
    assert!(
        error.contains("HTTP 5") || error.contains("timed out"),
        "{s}"
    );

    ingest_n(&app, "org_flaky", &key, 5, "member").await;
    flaky
        .wait_for("15 entries", |r| webhook_sequences(r).len() >= 15)
        .await;
    assert_eq!(
        first_seen(webhook_sequences(&flaky.accepted())),
        (1..=15).collect::<Vec<_>>()
    );
    assert!(flaky.attempts() >= 7, "every failure was retried");
    let s = status(&app, "org_flaky", &id).await;
    assert_eq!(
        (&s["state"], &s["consecutive_failures"]),
        (&json!("active"), &json!(0))
    );
    let metrics = app.get("/metrics", ADMIN).await.text().await.unwrap();
    let failed =
        format!("auditlog_stream_failures_total{{organization=\"org_flaky\",stream=\"{id}\"}} ");
    let count: u64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix(&failed))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{metrics}"));
    assert!(count >= 6, "{count} failures counted");
    app.stop().await;
}

async fn delivery_resumes_at_its_cursor_after_a_restart_and_obeys_pause_resume_and_replay() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_cursor").await;
    let receiver = Receiver::start(&[]).await;
    let stream = create(
        &app,
        "org_cursor",
        json!({"kind": "webhook", "url": receiver.url}),
    )
    .await;
    let id = stream["id"].as_str().unwrap().to_owned();
    let one = format!("{}/{id}", streams_of("org_cursor"));
    ingest_n(&app, "org_cursor", &key, 6, "assistant").await;
    receiver
        .wait_for("6 entries", |r| webhook_sequences(r).len() >= 6)
        .await;
    wait_delivered(&app, "org_cursor", &id, 6).await;

    let backend = app.stop().await;
    let app = TestApp::spawn_on(backend).await;
    ingest_n(&app, "org_cursor", &key, 3, "assistant").await;
    receiver
        .wait_for("9 entries", |r| webhook_sequences(r).len() >= 9)
        .await;
    assert_eq!(
        webhook_sequences(&receiver.accepted()),
        (1..=9).collect::<Vec<_>>(),
        "the restart resumed after the cursor"
    );

    let (code, paused) = app
        .post_json(&format!("{one}/pause"), ADMIN, &json!({}))
        .await;
    assert_eq!(
        (code, &paused["state"]),
        (200, &json!("paused")),
        "{paused}"
    );
    // A step begun before the pause may still finish; let it.
    tokio::time::sleep(Duration::from_millis(200)).await;
    ingest_n(&app, "org_cursor", &key, 2, "assistant").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(webhook_sequences(&receiver.accepted()).len(), 9);
    let s = status(&app, "org_cursor", &id).await;
    assert_eq!((&s["lag"], &s["tree_size"]), (&json!(2), &json!(11)), "{s}");

    let (code, _) = app
        .post_json(&format!("{one}/resume"), ADMIN, &json!({}))
        .await;
    assert_eq!(code, 200);
    receiver
        .wait_for("11 entries", |r| webhook_sequences(r).len() >= 11)
        .await;
    let (code, replayed) = app
        .post_json(
            &format!("{one}/replay"),
            ADMIN,
            &json!({"from_sequence": 4}),
        )
        .await;
    assert_eq!(
        (code, &replayed["last_delivered_sequence"]),
        (200, &json!(3))
    );
    receiver
        .wait_for("the replay", |r| webhook_sequences(r).len() >= 19)
        .await;
    let mut expected: Vec<u64> = (1..=11).collect();
    expected.extend(4..=11);
    assert_eq!(webhook_sequences(&receiver.accepted()), expected);

    let res = app
        .client
        .delete(app.url(&one))
        .bearer_auth(ADMIN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let (code, body) = app.get_json(&one, ADMIN).await;
    assert_eq!(
        (code, error_of(&body).0.as_str()),
        (404, "stream_not_found")
    );
    // Every change is in the service's log.
    let (_, log) = app
        .get_json(
            "/v1/organizations/_service/audit-log?entity_type=stream&target_id=org_cursor",
            ADMIN,
        )
        .await;
    let mut actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    actions.reverse();
    assert_eq!(
        actions,
        ["created", "paused", "resumed", "replayed", "deleted"]
    );
    app.stop().await;
}

async fn a_stream_is_refused_what_it_cannot_deliver_and_kept_from_keys() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_refuse").await;
    let path = streams_of("org_refuse");
    for (body, param) in [
        (
            json!({"kind": "webhook", "url": "http://example.com/hook"}),
            "url",
        ),
        (
            json!({"kind": "webhook", "url": "ftp://127.0.0.1/x"}),
            "url",
        ),
        (
            json!({"kind": "webhook", "url": "https://u:p@example.com/"}),
            "url",
        ),
        (
            json!({"kind": "kafka", "url": "https://example.com/"}),
            "kind",
        ),
        (
            json!({"kind": "splunk_hec", "url": "https://example.com/"}),
            "token",
        ),
        (
            json!({"kind": "webhook", "url": "https://example.com/", "secret": "plain"}),
            "secret",
        ),
        (
            json!({"kind": "datadog", "url": "https://example.com/", "token": "t",
                "filter": {"colour": "red"}}),
            "filter.colour",
        ),
        (
            json!({"kind": "datadog", "url": "https://example.com/", "token": "t",
                "filter": {"from_date": "yesterday"}}),
            "filter.from_date",
        ),
        (
            json!({"kind": "webhook", "url": "https://example.com/", "from_sequence": 2}),
            "from_sequence",
        ),
        (
            json!({"kind": "webhook", "url": "https://example.com/", "colour": 1}),
            "colour",
        ),
    ] {
        let (code, err) = app.post_json(&path, ADMIN, &body).await;
        assert_eq!(code, 400, "{body} → {err}");
        assert_eq!(error_of(&err).1.as_deref(), Some(param), "{body} → {err}");
    }
    // https anywhere, http to loopback; `localhost` and IPv6 loopback too.
    for url in [
        "https://siem.example.com/in",
        "http://localhost:9/x",
        "http://[::1]:9/x",
    ] {
        create(&app, "org_refuse", json!({"kind": "webhook", "url": url})).await;
    }
    let (code, _) = app
        .post_json(
            &path,
            &key,
            &json!({"kind": "webhook", "url": "https://example.com/"}),
        )
        .await;
    assert_eq!(code, 403);
    let (code, _) = app.get_json(&path, &key).await;
    assert_eq!(code, 403);
    let (code, list) = app.get_json(&path, ADMIN).await;
    assert_eq!((code, list["items"].as_array().unwrap().len()), (200, 3));
    // Another organization's key does not learn the organization's streams exist.
    let other = app.org_with_key("org_refuse_other").await;
    let (code, body) = app.get_json(&path, &other).await;
    assert_eq!(
        (code, error_of(&body).0.as_str()),
        (404, "organization_not_found")
    );
    // A null secret is as good as none: one is made and shown once.
    let made = create(
        &app,
        "org_refuse",
        json!({"kind": "webhook", "url": "https://example.com/", "secret": null}),
    )
    .await;
    assert!(
        made["secret"].as_str().unwrap().starts_with("whsec_"),
        "{made}"
    );
    let (code, body) = app
        .post_json(&format!("{path}/str_nope/pause"), ADMIN, &json!({}))
        .await;
    assert_eq!(
        (code, error_of(&body).0.as_str()),
        (404, "stream_not_found")
    );
    app.stop().await;
}

/// Two servers on one PostgreSQL database: one delivers the stream at a time, and when it
/// stops the other takes over at the cursor — nothing sent twice, nothing skipped.
#[tokio::test]
async fn two_servers_on_one_database_deliver_a_stream_once_and_hand_it_over() {
    use auditlog_store::testing::{fresh_postgres_url, Backend};
    let Some(url) = fresh_postgres_url("").await else {
        return;
    };
    let first = TestApp::spawn_on(Backend::Postgres(url.clone())).await;
    let second = TestApp::spawn_on(Backend::Postgres(url)).await;
    let key = first.org_with_key("org_pair").await;
    let receiver = Receiver::start(&[]).await;
    let stream = create(
        &first,
        "org_pair",
        json!({"kind": "webhook", "url": receiver.url}),
    )
    .await;
    let id = stream["id"].as_str().unwrap().to_owned();
    for round in 0..4 {
        let app = if round % 2 == 0 { &first } else { &second };
        ingest_n(app, "org_pair", &key, 5, "assistant").await;
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    receiver
        .wait_for("20 entries", |r| webhook_sequences(r).len() >= 20)
        .await;
    wait_delivered(&second, "org_pair", &id, 20).await;
    first.stop().await;
    ingest_n(&second, "org_pair", &key, 5, "member").await;
    receiver
        .wait_for("25 entries", |r| webhook_sequences(r).len() >= 25)
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        webhook_sequences(&receiver.accepted()),
        (1..=25).collect::<Vec<_>>()
    );
    second.stop().await;
}

auditlog_store::on_both_backends!(
    a_failing_destination_backs_off_and_catches_up_without_slowing_another,
    delivery_resumes_at_its_cursor_after_a_restart_and_obeys_pause_resume_and_replay,
    a_stream_is_refused_what_it_cannot_deliver_and_kept_from_keys,
);
