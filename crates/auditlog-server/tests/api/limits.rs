//! The HTTP layer's bounds: sizes refused before they are read, timeouts, the connection cap
//! and a shutdown that ends whatever clients hold. Raw sockets, since a well-behaved client
//! cannot send what these tests send. The requests of the bad-input sweep are in `sweep.rs`.

use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use auditlog_server::extract::BodyLimits;
use auditlog_server::limit::{Rate, RateConfig};
use auditlog_server::ConnectionLimits;

use crate::helpers::{error_of, Backend, TestApp};

async fn app_with(limits: ConnectionLimits, bodies: BodyLimits) -> TestApp {
    app_rated(limits, bodies, RateConfig::default()).await
}

async fn app_rated(limits: ConnectionLimits, bodies: BodyLimits, rates: RateConfig) -> TestApp {
    TestApp::spawn_limited(Backend::fresh().await, "127.0.0.1:0", limits, bodies, rates).await
}

async fn connect(app: &TestApp) -> TcpStream {
    TcpStream::connect(app.base.trim_start_matches("http://"))
        .await
        .expect("connect")
}

/// Everything the server sends until it closes the connection (or `within` passes).
async fn read_all(stream: &mut TcpStream, within: Duration) -> String {
    let mut out = Vec::new();
    let _ = tokio::time::timeout(within, stream.read_to_end(&mut out)).await;
    String::from_utf8_lossy(&out).into_owned()
}

/// The status and JSON body of a raw HTTP/1.1 response.
fn parse(response: &str) -> (u16, Value) {
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response.split("\r\n\r\n").nth(1).unwrap_or("");
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

async fn a_declared_body_over_the_limit_is_refused_before_it_is_sent() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_huge").await;
    let mut stream = connect(&app).await;
    let head = format!(
        "POST /v1/organizations/org_huge/audit-log/batch HTTP/1.1\r\nHost: x\r\n\
         Authorization: Bearer {key}\r\nContent-Type: application/json\r\n\
         Content-Length: 100000000000\r\n\r\n{{\"items\": ["
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let started = Instant::now();
    let (status, body) = parse(&read_all(&mut stream, Duration::from_secs(5)).await);
    assert_eq!(status, 413);
    assert_eq!(error_of(&body).0, "payload_too_large");
    assert!(started.elapsed() < Duration::from_secs(2));
    app.stop().await;
}

async fn a_batch_of_tiny_items_stops_at_the_first_item_past_a_thousand() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_zeros").await;
    let body = format!("{{\"items\": [{}0]}}", "0,".repeat(2_000_000));
    let res = app
        .client
        .post(app.url("/v1/organizations/org_zeros/audit-log/batch"))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_eq!(
        error_of(&body),
        ("invalid_value".into(), Some("items".into()))
    );

    // One item of a million values is refused as too large, by its index.
    let huge = format!(
        "{{\"items\": [{{\"action\": \"created\", \"metadata\": {{\"n\": [{}0]}}}}]}}",
        "0,".repeat(1_000_000)
    );
    let res = app
        .client
        .post(app.url("/v1/organizations/org_zeros/audit-log/batch"))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body(huge.clone())
        .send()
        .await
        .unwrap();
    let body: Value = res.json().await.unwrap();
    assert_eq!(error_of(&body).1.as_deref(), Some("items[0]"));
    let res = app
        .client
        .post(app.url("/v1/organizations/org_zeros/audit-log"))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body(huge[11..huge.len() - 2].to_owned())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    app.stop().await;
}

async fn a_connection_that_sends_no_request_is_closed_after_the_header_timeout() {
    let limits = ConnectionLimits {
        header_timeout: Duration::from_secs(1),
        ..ConnectionLimits::default()
    };
    let app = app_with(limits, BodyLimits::default()).await;
    let mut silent = connect(&app).await;
    let mut half = connect(&app).await;
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    read_all(&mut silent, Duration::from_secs(10)).await;
    read_all(&mut half, Duration::from_secs(10)).await;
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(900), "{waited:?}");
    assert!(waited < Duration::from_secs(5), "{waited:?}");
    app.stop().await;
}

async fn a_body_that_stalls_is_answered_408_after_the_body_timeout() {
    let app = app_with(
        ConnectionLimits::default(),
        BodyLimits::new(Duration::from_secs(1), 0),
    )
    .await;
    let key = app.org_with_key("org_slow").await;
    let mut stream = connect(&app).await;
    let head = format!(
        "POST /v1/organizations/org_slow/audit-log HTTP/1.1\r\nHost: x\r\n\
         Authorization: Bearer {key}\r\nContent-Type: application/json\r\n\
         Content-Length: 100\r\n\r\n{{\"action\""
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let (status, body) = parse(&read_all(&mut stream, Duration::from_secs(5)).await);
    assert_eq!(status, 408);
    assert_eq!(error_of(&body).0, "request_timeout");
    app.stop().await;
}

async fn at_the_connection_cap_a_new_client_is_served_by_closing_the_quietest() {
    let limits = ConnectionLimits {
        max_connections: 8,
        ..ConnectionLimits::default()
    };
    let app = app_with(limits, BodyLimits::default()).await;
    let mut idle = Vec::new();
    for _ in 0..40 {
        idle.push(connect(&app).await);
    }
    let started = Instant::now();
    let res = tokio::time::timeout(
        Duration::from_secs(5),
        app.client.get(app.url("/healthz")).send(),
    )
    .await
    .expect("answered while idle connections fill the cap")
    .unwrap();
    assert_eq!(res.status(), 200);
    assert!(started.elapsed() < Duration::from_secs(1));
    // Most of the idle ones were closed to make room.
    let mut closed = 0;
    for stream in &mut idle {
        let mut byte = [0u8; 1];
        if let Ok(Ok(0)) =
            tokio::time::timeout(Duration::from_millis(50), stream.read(&mut byte)).await
        {
            closed += 1;
        }
    }
    assert!(closed >= 32, "{closed} closed");
    app.stop().await;
}

async fn shutdown_ends_within_its_grace_period_whatever_clients_hold() {
    let limits = ConnectionLimits {
        shutdown_grace: Duration::from_secs(1),
        ..ConnectionLimits::default()
    };
    let app = app_with(limits, BodyLimits::default()).await;
    let key = app.org_with_key("org_held").await;
    let mut held = Vec::new();
    for i in 0..5 {
        let mut stream = connect(&app).await;
        let partial = if i % 2 == 0 {
            "GET /healthz HTTP/1.1\r\nHost: x\r\n".to_owned()
        } else {
            format!(
                "POST /v1/organizations/org_held/audit-log HTTP/1.1\r\nHost: x\r\n\
                 Authorization: Bearer {key}\r\nContent-Type: application/json\r\n\
                 Content-Length: 1000\r\n\r\n{{"
            )
        };
        stream.write_all(partial.as_bytes()).await.unwrap();
        held.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    tokio::time::timeout(Duration::from_secs(10), app.stop())
        .await
        .expect("shutdown finished");
    assert!(started.elapsed() < Duration::from_secs(4));
}

async fn guessing_keys_from_one_address_is_refused_after_the_failure_limit() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_guess").await;
    let path = "/v1/organizations/org_guess/audit-log";
    for i in 0..30 {
        let (status, _) = app.get_json(path, &format!("alk_guess{i}")).await;
        assert_eq!(status, 401);
    }
    let res = app.get(path, "alk_guess_again").await;
    assert_eq!(res.status(), 429);
    let wait: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&wait), "{wait}");
    let body: Value = res.json().await.unwrap();
    assert_eq!(error_of(&body).0, "rate_limited");
    assert_eq!(body["error"]["type"], "rate_limit_error");
    // While it stands, the address is refused whatever it presents: a right guess too.
    assert_eq!(app.get(path, &key).await.status(), 429);
    // Requests without a credential are not guesses.
    assert_eq!(
        app.client.get(app.url(path)).send().await.unwrap().status(),
        401
    );
    app.stop().await;
}

async fn a_key_over_its_rate_is_429_and_another_organizations_override_applies_to_it() {
    let per_second = |n| Rate {
        n,
        per: Duration::from_secs(1),
    };
    let mut rates = RateConfig {
        per_key: Some(per_second(3)),
        ..RateConfig::default()
    };
    rates.per_organization.insert(
        auditlog_core::OrgId::parse("org_big").unwrap(),
        per_second(100),
    );
    let app = app_rated(ConnectionLimits::default(), BodyLimits::default(), rates).await;
    let small = app.org_with_key("org_small").await;
    let other = app.key("org_small", &["audit:read"]).await;
    let big = app.org_with_key("org_big").await;
    let list = |org: &str| format!("/v1/organizations/{org}/audit-log");

    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(app.get(&list("org_small"), &small).await.status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
    // Another key of the organization has its own bucket.
    assert_eq!(app.get(&list("org_small"), &other).await.status(), 200);
    for _ in 0..20 {
        assert_eq!(app.get(&list("org_big"), &big).await.status(), 200);
    }
    app.stop().await;
}

async fn a_uri_over_the_limit_is_414_and_a_bad_request_after_a_good_one_is_400_in_the_error_shape()
{
    // With the default head limit a URI that long is 431 first (see the sweep).
    let limits = ConnectionLimits {
        max_header_bytes: 128 * 1024,
        ..ConnectionLimits::default()
    };
    let app = app_with(limits, BodyLimits::default()).await;
    let mut stream = connect(&app).await;
    let long_uri = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(70_000));
    let _ = stream.write_all(long_uri.as_bytes()).await;
    let (status, body) = parse(&read_all(&mut stream, Duration::from_secs(5)).await);
    assert_eq!((status, error_of(&body).0.as_str()), (414, "uri_too_long"));

    // The replacement applies to any request on a connection, not just the first.
    let mut stream = connect(&app).await;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    // The whole first answer, however it arrives, before the next request.
    let mut first = Vec::new();
    while !first.ends_with(b"{\"status\":\"ok\"}") {
        let mut chunk = [0u8; 1024];
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "closed after {}", String::from_utf8_lossy(&first));
        first.extend_from_slice(&chunk[..n]);
    }
    assert!(first.starts_with(b"HTTP/1.1 200"));
    stream.write_all(b"BROKEN\r\n\r\n").await.unwrap();
    let (status, body) = parse(&read_all(&mut stream, Duration::from_secs(5)).await);
    assert_eq!(
        (status, error_of(&body).0.as_str()),
        (400, "malformed_request")
    );
    app.stop().await;
}

// Every row of issue 20's table about time and connections, on both backends: running out
// of descriptors once failed SQLite's own files.
auditlog_store::on_both_backends!(
    a_declared_body_over_the_limit_is_refused_before_it_is_sent,
    a_batch_of_tiny_items_stops_at_the_first_item_past_a_thousand,
    a_connection_that_sends_no_request_is_closed_after_the_header_timeout,
    a_body_that_stalls_is_answered_408_after_the_body_timeout,
    at_the_connection_cap_a_new_client_is_served_by_closing_the_quietest,
    shutdown_ends_within_its_grace_period_whatever_clients_hold,
    guessing_keys_from_one_address_is_refused_after_the_failure_limit,
    a_key_over_its_rate_is_429_and_another_organizations_override_applies_to_it,
    a_uri_over_the_limit_is_414_and_a_bad_request_after_a_good_one_is_400_in_the_error_shape,
);
