//! The bad-input sweep: every hostile or clumsy request of issue 20's table, and their
//! neighbours, sent through HTTP to one server on each backend. Each is answered with the one
//! error shape, the status and code the docs promise, and the parameter at fault; none is a
//! 5xx; and the server goes on serving afterwards.
//!
//! Rows of that table that are about time and connections rather than a request (idle and
//! slow connections, shutdown with half-sent requests, guessing keys) are in `limits.rs`; those about the
//! storage under a server (a damaged page, a lost WAL, an empty or foreign file, two servers on
//! one file, a full or read-only disk) are in the CLI's `tamper`, `storage_guard` and `faults`
//! tests, since they need a real process and real files.

use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{error_of, TestApp, ADMIN};

const ORG: &str = "org_sweep";
const ONE: &str = "/v1/organizations/org_sweep/audit-log";
const BATCH: &str = "/v1/organizations/org_sweep/audit-log/batch";

/// Who a request presents.
#[derive(Clone, Copy)]
enum As {
    Writer,
    Admin,
}

/// One request of the sweep and what it must be answered.
struct Case {
    row: &'static str,
    request: Request,
    status: u16,
    code: &'static str,
    param: Option<&'static str>,
}

enum Request {
    /// A well-formed HTTP request, sent with an HTTP client.
    Http {
        method: &'static str,
        path: String,
        who: As,
        body: Option<Vec<u8>>,
    },
    /// Bytes on a socket of their own.
    Raw(Vec<u8>),
}

fn post(path: &str, body: impl Into<Vec<u8>>) -> Request {
    Request::Http {
        method: "POST",
        path: path.to_owned(),
        who: As::Writer,
        body: Some(body.into()),
    }
}

fn admin_post(path: &str, body: Value) -> Request {
    Request::Http {
        method: "POST",
        path: path.to_owned(),
        who: As::Admin,
        body: Some(body.to_string().into_bytes()),
    }
}

fn get(path: String) -> Request {
    Request::Http {
        method: "GET",
        path,
        who: As::Writer,
        body: None,
    }
}

fn entry(fields: Value) -> Vec<u8> {
    let mut e =
        json!({"action": "updated", "resource_type": "doc", "resource_id": "d1", "user_id": "u1"});
    for (k, v) in fields.as_object().unwrap() {
        e[k] = v.clone();
    }
    e.to_string().into_bytes()
}

fn cases() -> Vec<Case> {
    let case = |row, request, status, code, param| Case {
        row,
        request,
        status,
        code,
        param,
    };
    let keys = format!("/v1/organizations/{ORG}/api-keys");
    let long_key = "k".repeat(600);
    vec![
        // Row 3: bodies whose size or shape would take memory while being parsed.
        case(
            "3: a 16 MB batch of zeros",
            post(
                BATCH,
                format!("{{\"items\":[{}0]}}", "0,".repeat(7_999_000)),
            ),
            400,
            "invalid_value",
            Some("items"),
        ),
        case(
            "3: an entry nested 100,000 deep",
            post(
                ONE,
                format!(
                    "{{\"action\":\"a\",\"metadata\":{{\"n\":{}{}}}}}",
                    "[".repeat(100_000),
                    "]".repeat(100_000)
                ),
            ),
            400,
            "invalid_json",
            None,
        ),
        case(
            "3: an entry over 64 KiB",
            post(
                ONE,
                entry(json!({"metadata": {"blob": "x".repeat(70_000)}})),
            ),
            400,
            "invalid_value",
            None,
        ),
        case(
            "3: a body over 16 MiB",
            post(ONE, vec![b' '; 17 * 1024 * 1024]),
            413,
            "payload_too_large",
            None,
        ),
        // Row 4: a declared length far past the limit, and no body to speak of.
        case(
            "4: Content-Length 100,000,000,000",
            Request::Raw(
                format!(
                    "POST {BATCH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
                     Content-Length: 100000000000\r\n\r\n{{\"items\": ["
                )
                .into_bytes(),
            ),
            413,
            "payload_too_large",
            None,
        ),
        // Row 5: NUL, which PostgreSQL cannot store, in ids and names.
        case(
            "5: NUL in an entry id",
            get(format!("{ONE}/log_%00")),
            404,
            "audit_log_not_found",
            None,
        ),
        case(
            "5: NUL in a receipt's entry id",
            get(format!("{ONE}/log_%00/receipt")),
            404,
            "audit_log_not_found",
            None,
        ),
        case(
            "5: NUL in an assistant id",
            get("/v1/assistants/asst_%00/history".to_owned()),
            404,
            "assistant_not_found",
            None,
        ),
        case(
            "5: NUL in a key id to revoke",
            Request::Http {
                method: "DELETE",
                path: format!("{keys}/key_%00"),
                who: As::Admin,
                body: None,
            },
            404,
            "api_key_not_found",
            None,
        ),
        case(
            "5: NUL in an organization name",
            admin_post("/v1/organizations", json!({"name": "a\u{0}b"})),
            400,
            "invalid_value",
            Some("name"),
        ),
        case(
            "5: NUL in a key name",
            admin_post(&keys, json!({"name": "k\u{0}", "scopes": ["audit:read"]})),
            400,
            "invalid_value",
            Some("name"),
        ),
        case(
            "5: NUL in a filter",
            get(format!("{ONE}?actor_id=u%00")),
            400,
            "invalid_parameter",
            Some("actor_id"),
        ),
        // Every admin name and scope list has a limit.
        case(
            "5: an organization name of 1,000 characters",
            admin_post("/v1/organizations", json!({"name": "n".repeat(1000)})),
            400,
            "invalid_value",
            Some("name"),
        ),
        case(
            "5: a key name of 1,000 characters",
            admin_post(
                &keys,
                json!({"name": "n".repeat(1000), "scopes": ["audit:read"]}),
            ),
            400,
            "invalid_value",
            Some("name"),
        ),
        // Scopes are two known values, repeats folded: a list cannot grow what is stored.
        case(
            "5: a scope the server does not know",
            admin_post(
                &keys,
                json!({"name": "k", "scopes": ["audit:read", "x".repeat(1000)]}),
            ),
            400,
            "invalid_value",
            Some("scopes[1]"),
        ),
        // Row 10: changes derived from before/after obey the rules of explicit ones.
        case(
            "10: a derived field with a newline",
            post(
                ONE,
                entry(json!({"before": {"a\nb": 1}, "after": {"a\nb": 2}})),
            ),
            400,
            "invalid_value",
            Some("before"),
        ),
        case(
            "10: an empty derived field",
            post(ONE, entry(json!({"after": {"": 1}}))),
            400,
            "invalid_value",
            Some("after"),
        ),
        case(
            "10: a NUL derived field",
            post(ONE, entry(json!({"after": {"x": {"\u{0}": 1}}}))),
            400,
            "invalid_value",
            Some("after"),
        ),
        case(
            "10: a derived field of 600 characters",
            post(ONE, entry(json!({"before": {}, "after": {long_key: 1}}))),
            400,
            "invalid_value",
            Some("after"),
        ),
        // Row 11: what the HTTP layer refuses before the application sees it.
        case(
            "11: no request line",
            Request::Raw(b"GARBAGE\r\n\r\n".to_vec()),
            400,
            "malformed_request",
            None,
        ),
        case(
            "11: a space in a header name",
            Request::Raw(b"GET /healthz HTTP/1.1\r\nBad Header: x\r\n\r\n".to_vec()),
            400,
            "malformed_request",
            None,
        ),
        case(
            "11: HTTP/7.1",
            Request::Raw(b"GET /healthz HTTP/7.1\r\n\r\n".to_vec()),
            400,
            "malformed_request",
            None,
        ),
        case(
            "11: a head of 100 KB",
            Request::Raw(
                format!("GET / HTTP/1.1\r\nX-Pad: {}\r\n\r\n", "p".repeat(100_000)).into_bytes(),
            ),
            431,
            "header_too_large",
            None,
        ),
        case(
            "11: a URI of 70 KB",
            Request::Raw(format!("GET /{} HTTP/1.1\r\n\r\n", "u".repeat(70_000)).into_bytes()),
            431,
            "header_too_large",
            None,
        ),
    ]
}

/// The status and body of a raw request's answer.
async fn send_raw(app: &TestApp, bytes: &[u8]) -> (u16, Value) {
    let mut stream = TcpStream::connect(app.base.trim_start_matches("http://"))
        .await
        .unwrap();
    // The server may answer and close before it has read everything.
    let _ = stream.write_all(bytes).await;
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut out)).await;
    let text = String::from_utf8_lossy(&out);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

async fn send(app: &TestApp, key: &str, request: Request) -> (u16, Value) {
    let (method, path, who, body) = match request {
        Request::Raw(bytes) => return send_raw(app, &bytes).await,
        Request::Http {
            method,
            path,
            who,
            body,
        } => (method, path, who, body),
    };
    let token = match who {
        As::Writer => key,
        As::Admin => ADMIN,
    };
    let mut req = app
        .client
        .request(method.parse().unwrap(), app.url(&path))
        .bearer_auth(token);
    if let Some(body) = body {
        req = req.header("content-type", "application/json").body(body);
    }
    let res = req.send().await.expect("an answer");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// Issue 20's table, row by row: the one error shape, the promised status, code and parameter.
async fn every_bad_request_of_the_hardening_table_is_refused_in_the_error_shape() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key(ORG).await;
    for Case {
        row,
        request,
        status,
        code,
        param,
    } in cases()
    {
        let (got, body) = send(&app, &key, request).await;
        assert_eq!(got, status, "row {row}: {body}");
        let (got_code, got_param) = error_of(&body);
        assert_eq!(got_code, code, "row {row}: {body}");
        if param.is_some() {
            assert_eq!(got_param.as_deref(), param, "row {row}: {body}");
        }
    }

    // Row 11: an HTTP/2 client is told, in HTTP/2, to use HTTP/1.1.
    let mut stream = TcpStream::connect(app.base.trim_start_matches("http://"))
        .await
        .unwrap();
    stream
        .write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
        .await
        .unwrap();
    // The server reads on until the client closes, so that its answer is not lost to a reset.
    stream.shutdown().await.unwrap();
    let mut frames = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut frames)).await;
    assert_eq!(frames.get(12), Some(&7), "a GOAWAY frame follows SETTINGS");
    assert_eq!(frames.get(25), Some(&0xd), "HTTP_1_1_REQUIRED");

    // Nothing above was stored, and the server still takes a good entry.
    let (status, page) = app.get_json(&format!("{ONE}?limit=1"), &key).await;
    assert_eq!((status, &page["total"]), (200, &json!(0)), "{page}");
    // Entries are stored as bytes on both backends, so NUL in an entry's text is kept as sent.
    let nul: Value = serde_json::from_slice(&entry(json!({"resource_name": "a\u{0}b"}))).unwrap();
    let (status, stored) = app.post_json(ONE, &key, &nul).await;
    assert_eq!(status, 201, "{stored}");
    let id = stored["id"].as_str().unwrap();
    let (_, read) = app.get_json(&format!("{ONE}/{id}"), &key).await;
    assert_eq!(read["resource_name"], "a\u{0}b");

    app.stop().await;
}

auditlog_store::on_both_backends!(
    every_bad_request_of_the_hardening_table_is_refused_in_the_error_shape
);
