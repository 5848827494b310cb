//! The OpenAPI document against the router itself: every route `router()` declares is in the
//! document with its methods, and the document names no other.

use std::collections::BTreeSet;

use crate::helpers::TestApp;

/// `(METHOD, path)` of every route in the router's source (`.route("path", get(…).post(…))`).
fn routes_of_the_router() -> BTreeSet<(String, String)> {
    let source = include_str!("../../src/lib.rs");
    let mut out = BTreeSet::new();
    let mut rest = source;
    while let Some(at) = rest.find(".route(") {
        rest = &rest[at + ".route(".len()..];
        let open = rest.find('"').expect("a path");
        let close = open + 1 + rest[open + 1..].find('"').expect("a path's end");
        let path = &rest[open + 1..close];
        // The handlers: up to the parenthesis that closes `.route(`.
        let (mut depth, mut end) = (1, close);
        for (i, c) in rest[close..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = close + i;
                break;
            }
        }
        let handlers = &rest[close..end];
        for method in ["get", "post", "delete", "put", "patch"] {
            let called = handlers.match_indices(&format!("{method}(")).any(|(i, _)| {
                i == 0
                    || !handlers.as_bytes()[i - 1].is_ascii_alphanumeric()
                        && handlers.as_bytes()[i - 1] != b'_'
            });
            if called {
                out.insert((method.to_uppercase(), path.to_owned()));
            }
        }
        rest = &rest[end..];
    }
    out
}

#[tokio::test]
async fn the_document_names_every_route_of_the_router_and_no_other() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .get(app.url("/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let doc: serde_json::Value = res.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert((method.to_uppercase(), path.clone()));
        }
    }
    let routed = routes_of_the_router();
    assert!(routed.len() >= 30, "{routed:?}");
    let missing: Vec<_> = routed.difference(&documented).collect();
    let invented: Vec<_> = documented.difference(&routed).collect();
    assert!(missing.is_empty(), "routes the document lacks: {missing:?}");
    assert!(
        invented.is_empty(),
        "documented routes the router lacks: {invented:?}"
    );
    // Every operation has its own id (what a generated client names it).
    let mut ids = BTreeSet::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let id = op["operationId"].as_str().expect("an operationId");
            assert!(ids.insert(id.to_owned()), "{id} twice");
        }
    }
    // Every reference resolves.
    let text = doc.to_string();
    for reference in text.split("\"$ref\":\"").skip(1) {
        let target = &reference[..reference.find('"').unwrap()];
        let pointer = target.trim_start_matches('#');
        assert!(doc.pointer(pointer).is_some(), "{target} does not resolve");
    }
    app.stop().await;
}
