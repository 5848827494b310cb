//! The web console: how it is served (this file), and what it does in a real browser
//! (`console_browser`).

use crate::helpers::TestApp;

#[tokio::test]
async fn the_console_is_served_compressed_with_a_strict_policy() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .get(app.url("/console/"))
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let h = res.headers().clone();
    assert_eq!(h["content-type"], "text/html; charset=utf-8");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "no-referrer");
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.ends_with("frame-ancestors 'none'"), "{csp}");
    // reqwest is built without gzip, so the body arrives as sent: compressed.
    assert_eq!(h["content-encoding"], "gzip");
    let compressed = res.bytes().await.unwrap().len();

    let plain = app.client.get(app.url("/console/")).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let etag = plain.headers()["etag"].clone();
    let html = plain.text().await.unwrap();
    assert!(html.contains("<script type=\"module\" src=\"app.js\"></script>"));
    assert!(!html.contains("<script>"), "no inline script");
    assert!(compressed < html.len());
    let again = app
        .client
        .get(app.url("/console/"))
        .header("If-None-Match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    for (path, kind) in [
        ("/console/app.js", "text/javascript; charset=utf-8"),
        ("/console/proof.js", "text/javascript; charset=utf-8"),
        ("/console/style.css", "text/css; charset=utf-8"),
    ] {
        let res = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["content-type"], kind, "{path}");
    }
    let missing = app
        .client
        .get(app.url("/console/nope.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    let bare = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url("/console"))
        .send()
        .await
        .unwrap();
    assert_eq!(bare.status(), 308);
    assert_eq!(bare.headers()["location"], "/console/");
    assert!(auditlog_server::console::assets_bytes() <= 150 * 1024);
    app.stop().await;
}

#[test]
fn frame_ancestors_take_sources_and_refuse_anything_that_could_end_the_directive() {
    use auditlog_server::console::ConsoleOptions;
    let ok = ConsoleOptions::with_frame_ancestors(" 'self'  https://app.example.com ").unwrap();
    assert_eq!(ok.frame_ancestors, "'self' https://app.example.com");
    for bad in [
        "",
        "'self'; script-src *",
        "a,b",
        "https://x\u{1}",
        "https://bücher.example",
    ] {
        assert!(
            ConsoleOptions::with_frame_ancestors(bad).is_err(),
            "{bad:?}"
        );
    }
}
