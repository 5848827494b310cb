//! The console in a real browser: headless Chromium driven through WebDriver (Debian's
//! `chromium` and `chromium-driver`). Without `chromedriver` these tests say so and pass, except
//! in CI (`CI=true`), where a missing browser is a failure.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use auditlog_core::note::NoteSigner;
use auditlog_core::Timestamp;
use auditlog_server::viewer::{Claims, Pin, TokenKey};

use crate::helpers::{entry, TestApp};

/// A browser session and the chromedriver this test started.
struct Browser {
    client: Client,
    driver: Driver,
}

/// The chromedriver process, stopped by its process id when dropped — also when a test fails
/// before it closes the session.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn chromedriver() -> Option<String> {
    let path =
        std::env::var("AUDITLOG_TEST_CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let found = Command::new(&path)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return Some(path);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "chromedriver is missing, and CI must run the browser tests"
    );
    eprintln!("\nSKIPPED: the console's browser tests (no chromedriver; install chromium-driver)");
    None
}

impl Browser {
    async fn start() -> Option<Browser> {
        Self::start_with(None).await
    }

    /// A browser that saves downloads in `downloads`, when given.
    async fn start_with(downloads: Option<&std::path::Path>) -> Option<Browser> {
        let path = chromedriver()?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Driver(
            Command::new(path)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start chromedriver"),
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let mut options = json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--window-size=1280,900"]});
        if std::path::Path::new("/usr/bin/chromium").exists() {
            options["binary"] = json!("/usr/bin/chromium");
        }
        if let Some(dir) = downloads {
            options["prefs"] = json!({"download.default_directory": dir,
                                      "download.prompt_for_download": false});
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), options);
        // chromedriver speaks plain HTTP on the loopback: no TLS needed.
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a browser session");
        Some(Browser { client, driver })
    }

    async fn stop(self) {
        let _ = self.client.close().await;
        drop(self.driver);
    }

    /// Evaluates `script` (a function body) in the page.
    async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect(script)
    }

    /// Waits until `script` returns something truthy, and returns it.
    async fn until(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let v = self.js(script).await;
            let truthy =
                !matches!(&v, Value::Null | Value::Bool(false)) && v != json!("") && v != json!(0);
            if truthy {
                return v;
            }
            if Instant::now() > deadline {
                let status = self
                    .js("return document.getElementById('status').textContent")
                    .await;
                panic!("timed out waiting for {what} (status: {status})");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn total(&self) -> String {
        self.until(
            "a total",
            "const t = document.getElementById('total').textContent; \
             return document.getElementById('status').textContent === '' && t",
        )
        .await
        .as_str()
        .unwrap()
        .to_owned()
    }

    async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .expect(css)
            .click()
            .await
            .expect(css);
    }

    async fn type_in(&self, css: &str, text: &str) {
        let field = self.client.find(Locator::Css(css)).await.expect(css);
        field.clear().await.expect(css);
        field.send_keys(text).await.expect(css);
    }

    async fn url(&self) -> String {
        self.client.current_url().await.unwrap().to_string()
    }

    /// Opens the console signed in with `credential`, kept as a pasted key is.
    async fn signed_in(&self, app: &TestApp, credential: &str) {
        self.client.goto(&app.url("/console/")).await.unwrap();
        self.js(&format!(
            "sessionStorage.setItem('auditlog.credential', {}); location.reload()",
            json!(credential)
        ))
        .await;
    }

    /// The open entry's proof badge once it has settled, as `class: text`.
    async fn proof(&self) -> Value {
        self.until(
            "the proof",
            "const p = document.querySelector('#detail .proof'); \
             return p && p.className !== 'proof' && p.className + ': ' + p.textContent",
        )
        .await
    }
}

const XSS: &str = "<img src=x onerror=\"document.title='owned'\">";

/// Acme with entries of two actors and types, one with a diff and one named like markup.
async fn acme(app: &TestApp) -> (String, Vec<Value>) {
    let key = app.org_with_key("acme").await;
    let stored = app
        .ingest(
            "acme",
            &key,
            vec![
                entry(
                    json!({"timestamp": "2025-01-01T10:00:00Z", "user_id": "u_jane",
                             "user_name": "Jane", "resource_type": "thread",
                             "metadata": {"source": "api", "country": "DE"}}),
                ),
                entry(
                    json!({"timestamp": "2025-01-02T10:00:00Z", "user_id": "u_john",
                             "resource_type": "assistant", "resource_name": XSS}),
                ),
                entry(
                    json!({"timestamp": "2025-01-03T10:00:00Z", "user_id": "u_jane",
                             "resource_type": "assistant", "action": "updated",
                             "before": {"model": "small", "limits": {"tokens": 1000}},
                             "after": {"model": "large", "limits": {"tokens": 4000}}}),
                ),
            ],
        )
        .await;
    (key, stored)
}

#[tokio::test]
async fn a_key_signs_in_and_the_log_shows_entries_as_text_with_a_diff_and_a_proof() {
    let Some(b) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (key, stored) = acme(&app).await;
    b.client.goto(&app.url("/console/")).await.unwrap();
    b.until(
        "the sign-in form",
        "return !document.getElementById('sign-in').hidden",
    )
    .await;
    // By keyboard: the key field has the focus, and Enter signs in.
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("credential")
    );
    b.type_in("#credential", &format!("{key}\u{E007}")).await;
    assert_eq!(b.total().await, "3 entries");
    assert!(
        !b.url().await.contains(&key),
        "the key stays out of the URL"
    );
    let kept = b
        .js("return sessionStorage.getItem('auditlog.credential')")
        .await;
    assert_eq!(kept, json!(key));
    // The markup-like name is shown as text and never becomes an element.
    let shown = b
        .js("return [...document.querySelectorAll('#rows td')].map(t => t.textContent).join('|')")
        .await;
    assert!(shown.as_str().unwrap().contains(XSS), "{shown}");
    assert_eq!(
        b.js("return document.querySelectorAll('#rows img').length")
            .await,
        json!(0)
    );
    assert_ne!(b.js("return document.title").await, json!("owned"));

    // The newest entry, with its diff and its proof checked in the browser.
    let id = stored[2]["id"].as_str().unwrap();
    b.click(&format!("#rows a[data-id='{id}']")).await;
    let badge = b.proof().await;
    assert!(
        badge
            .as_str()
            .unwrap()
            .starts_with("proof ok: Verified in this browser"),
        "{badge}"
    );
    assert!(b.url().await.contains(&format!("entry={id}")));
    let diff = b
        .js("return [...document.querySelectorAll('#detail .diff tbody tr')].map(r => r.textContent)")
        .await;
    let rows: Vec<&str> = diff
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        rows.iter()
            .any(|r| r.contains("model") && r.contains("small") && r.contains("large")),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("limits.tokens") && r.contains("1000") && r.contains("4000")),
        "{rows:?}"
    );
    // A verifier key whose base64 holds '+' (as about half of them do) still parses.
    use base64::Engine;
    let data =
        base64::engine::general_purpose::STANDARD.encode([[1u8].as_slice(), &[0xfb; 32]].concat());
    assert!(data.contains('+'));
    let parsed = b
        .js(&format!(
            "return import('/console/proof.js').then(m => m.parseVerifierKey({}).id)",
            json!(format!("log+0123abcd+{data}"))
        ))
        .await;
    assert_eq!(parsed, json!("0123abcd"));
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn filters_facets_links_and_history_reproduce_each_view() {
    let Some(b) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (key, stored) = acme(&app).await;
    b.signed_in(&app, &key).await;
    assert_eq!(b.total().await, "3 entries");
    // The type menu offers the organization's types with their counts.
    let options = b
        .until(
            "the type facets",
            "const o = [...document.querySelectorAll('select[name=entity_type] option')].map(o => o.textContent); \
             return o.length > 1 && o",
        )
        .await;
    assert_eq!(options, json!(["Any", "assistant (2)", "thread (1)"]));
    b.js(
        "const s = document.querySelector('select[name=entity_type]'); s.value = 'assistant'; \
          s.dispatchEvent(new Event('change'))",
    )
    .await;
    b.until(
        "the filtered URL",
        "return location.search.includes('entity_type=assistant')",
    )
    .await;
    assert_eq!(b.total().await, "2 entries");
    b.type_in("input[name=actor_id]", "u_jane").await;
    b.click("#filters button[type=submit]").await;
    b.until(
        "the actor in the URL",
        "return location.search.includes('actor_id=u_jane')",
    )
    .await;
    assert_eq!(b.total().await, "1 entry");
    let filtered = b.url().await;

    // Back and forward move between the views.
    b.client.back().await.unwrap();
    b.until(
        "the previous view",
        "return !location.search.includes('actor_id')",
    )
    .await;
    assert_eq!(b.total().await, "2 entries");
    b.client.forward().await.unwrap();
    b.until(
        "the next view",
        "return location.search.includes('actor_id=u_jane')",
    )
    .await;
    assert_eq!(b.total().await, "1 entry");

    // A link with the filters and an open entry reproduces the view after a reload.
    let id = stored[2]["id"].as_str().unwrap();
    b.client
        .goto(&format!("{filtered}&entry={id}"))
        .await
        .unwrap();
    assert_eq!(b.total().await, "1 entry");
    let title = b
        .until(
            "the entry",
            "const h = document.getElementById('detail-title'); return h && h.textContent",
        )
        .await;
    assert_eq!(title, json!("assistant.updated"));
    assert_eq!(
        b.js("return document.querySelector('input[name=actor_id]').value")
            .await,
        json!("u_jane")
    );
    // Search narrows too.
    b.client
        .goto(&app.url("/console/?search_term=jane"))
        .await
        .unwrap();
    assert_eq!(b.total().await, "1 entry");
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn a_viewer_token_signs_in_from_the_fragment_and_cannot_widen_its_pin() {
    let Some(b) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (key, _) = acme(&app).await;
    let (_, minted) = app
        .post_json(
            "/v1/organizations/acme/viewer-tokens",
            &key,
            &json!({"filter": {"actor_id": "u_jane"}}),
        )
        .await;
    let url = minted["url"].as_str().unwrap();
    b.client.goto(&app.url(url)).await.unwrap();
    assert_eq!(b.total().await, "2 entries");
    assert!(!b.url().await.contains("token"), "the token leaves the URL");
    assert_eq!(
        b.js("return document.querySelector('input[name=actor_id]').disabled")
            .await,
        json!(true)
    );
    let pinned = b
        .js("return document.getElementById('pinned').textContent")
        .await;
    assert!(pinned.as_str().unwrap().contains("actor_id = u_jane"));
    // Editing the URL to ask for someone else is refused by the server.
    b.client
        .goto(&app.url("/console/?actor_id=u_john"))
        .await
        .unwrap();
    let status = b
        .until(
            "the refusal",
            "const s = document.getElementById('status'); return s.classList.contains('bad') && s.textContent",
        )
        .await;
    assert!(
        status
            .as_str()
            .unwrap()
            .contains("only reads entries with actor_id = u_jane"),
        "{status}"
    );

    // An expired token signs the reader out with the reason.
    let signer = NoteSigner::from_seed("auditlog.test", [7; 32]).unwrap();
    let expired = TokenKey::derive(&signer.private_key_text()).mint(&Claims {
        org: "acme".into(),
        key: None,
        exp: Timestamp::now().micros() / 1_000_000 - 5,
        pin: Pin::default(),
    });
    b.client
        .goto(&app.url(&format!("/console/#token={expired}")))
        .await
        .unwrap();
    let reason = b
        .until(
            "the sign-in form with a reason",
            "const e = document.getElementById('sign-in-error'); return !e.hidden && e.textContent",
        )
        .await;
    assert!(reason.as_str().unwrap().contains("expired"), "{reason}");
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn a_tampered_entry_fails_its_proof_and_the_live_tail_shows_new_entries() {
    let Some(b) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (key, stored) = acme(&app).await;
    b.signed_in(&app, &key).await;
    assert_eq!(b.total().await, "3 entries");
    // Whatever answers the entry's request changes one field on the way.
    b.js("const real = window.fetch; window.fetch = async (url, opts) => { \
            const res = await real(url, opts); \
            if (!/audit-log\\/log_[^/?]+$/.test(String(url))) return res; \
            const e = await res.json(); e.user_id = 'someone_else'; \
            return new Response(JSON.stringify(e), {status: 200, headers: {'content-type': 'application/json'}}); }")
        .await;
    let id = stored[0]["id"].as_str().unwrap();
    b.click(&format!("#rows a[data-id='{id}']")).await;
    let badge = b.proof().await;
    assert_eq!(
        badge,
        json!("proof bad: Verification failed: the entry does not match its hash")
    );

    // Live: an entry written while the reader watches appears at the top.
    b.click("#live").await;
    b.until(
        "the tail",
        "return document.getElementById('status').textContent.startsWith('Live')",
    )
    .await;
    let written = app
        .ingest(
            "acme",
            &key,
            vec![entry(json!({"resource_name": "Written live"}))],
        )
        .await;
    let new_id = written[0]["id"].as_str().unwrap();
    let top = b
        .until(
            "the new entry",
            "const r = document.querySelector('#rows tr'); return r && r.classList.contains('fresh') && r.dataset.id",
        )
        .await;
    assert_eq!(top, json!(new_id));
    assert_eq!(
        b.js("return document.getElementById('total').textContent")
            .await,
        json!("4 entries")
    );
    b.stop().await;
    app.stop().await;
}

/// Waits for a finished download named `name` in `dir` and returns its text.
async fn downloaded(dir: &std::path::Path, name: &str) -> String {
    let path = dir.join(name);
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Ok(text) = std::fs::read_to_string(&path) {
            if !text.is_empty() {
                return text;
            }
        }
        assert!(Instant::now() < deadline, "no download {name}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn every_filter_pages_through_all_entries_and_both_downloads_hold_them() {
    let downloads = tempfile::tempdir().unwrap();
    let Some(b) = Browser::start_with(Some(downloads.path())).await else {
        return;
    };
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let items: Vec<Value> = (0..120)
        .map(|i| {
            let kind = ["thread", "assistant", "rule"][i % 3];
            let mut e = entry(json!({
                "timestamp": format!("2025-03-{:02}T12:00:00Z", 1 + i % 28),
                "resource_type": kind,
                "resource_id": format!("r{}", i % 7),
                "user_id": format!("u{}", i % 5),
            }));
            if i % 4 == 0 {
                e["department_id"] = json!("dept_a");
            }
            if i % 6 == 0 {
                e["targets"] = json!([{"type": "member", "id": "m1"}]);
            }
            e
        })
        .collect();
    app.ingest("acme", &key, items).await;
    b.signed_in(&app, &key).await;
    assert_eq!(b.total().await, "120 entries");

    // Each filter the console offers, against the API's own total.
    let api_total = |query: &'static str| {
        let (app, key) = (&app, &key);
        async move {
            let (_, page) = app
                .get_json(&format!("/v1/organizations/acme/audit-log?{query}"), key)
                .await;
            let n = page["total"].as_u64().unwrap();
            format!("{n} {}", if n == 1 { "entry" } else { "entries" })
        }
    };
    for (field, value, query) in [
        ("target_id", "m1", "target_id=m1"),
        ("department_id", "dept_a", "department_id=dept_a"),
        ("actor_id", "u3", "actor_id=u3"),
    ] {
        b.click("#clear").await;
        b.until("the cleared view", "return location.search === ''")
            .await;
        b.type_in(&format!("input[name={field}]"), value).await;
        b.click("#filters button[type=submit]").await;
        b.until(
            "the filter in the URL",
            &format!("return location.search.includes('{query}')"),
        )
        .await;
        assert_eq!(b.total().await, api_total(query).await, "{field}");
    }
    b.click("#clear").await;
    b.until("the cleared view", "return location.search === ''")
        .await;
    b.js("const f = document.getElementById('filters'); f.elements.range.value = 'custom'; \
          f.elements.range.dispatchEvent(new Event('change')); \
          f.elements.from.value = '2025-03-03T00:00:00'; f.elements.to.value = '2025-03-05T23:59:59'; \
          f.requestSubmit()")
        .await;
    b.until(
        "the custom range",
        "return location.search.includes('range=custom')",
    )
    .await;
    let local = b
        .js("return [new Date('2025-03-03T00:00:00').toISOString(), new Date('2025-03-05T23:59:59').toISOString()]")
        .await;
    let (from, to) = (local[0].as_str().unwrap(), local[1].as_str().unwrap());
    let (_, page) = app
        .get_json(
            &format!("/v1/organizations/acme/audit-log?from_date={from}&to_date={to}"),
            &key,
        )
        .await;
    let n = page["total"].as_u64().unwrap();
    assert!(n > 0);
    assert_eq!(b.total().await, format!("{n} entries"));

    // Paging: all 120, each once, 50 at a time.
    b.click("#clear").await;
    b.until("the cleared view", "return location.search === ''")
        .await;
    assert_eq!(b.total().await, "120 entries");
    assert_eq!(
        b.js("return document.querySelectorAll('#rows tr').length")
            .await,
        json!(50)
    );
    for want in [100, 120] {
        b.js("document.getElementById('more').click()").await;
        b.until(
            "the next page",
            &format!("return document.querySelectorAll('#rows tr').length === {want}"),
        )
        .await;
    }
    let distinct = b
        .js("return new Set([...document.querySelectorAll('#rows tr')].map(r => r.dataset.id)).size")
        .await;
    assert_eq!(distinct, json!(120));
    assert_eq!(
        b.js("return document.getElementById('more').hidden").await,
        json!(true)
    );

    // Both exports of the current (unfiltered) view.
    b.click("#export-csv").await;
    let csv = downloaded(downloads.path(), "audit-log-acme.csv").await;
    assert!(csv.starts_with("sequence,id,timestamp"));
    assert_eq!(csv.lines().count(), 121);
    b.click("#export-ndjson").await;
    let ndjson = downloaded(downloads.path(), "audit-log-acme.ndjson").await;
    assert_eq!(ndjson.lines().count(), 120);
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn the_live_tail_resumes_after_the_server_restarts_with_no_entry_lost_or_repeated() {
    let Some(b) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn().await;
    let addr = app.base.trim_start_matches("http://").to_owned();
    let key = app.org_with_key("acme").await;
    app.ingest("acme", &key, vec![entry(json!({}))]).await;
    b.signed_in(&app, &key).await;
    assert_eq!(b.total().await, "1 entry");
    b.click("#live").await;
    b.until(
        "the tail",
        "return document.getElementById('status').textContent.startsWith('Live')",
    )
    .await;
    let first = app.ingest("acme", &key, vec![entry(json!({}))]).await;
    b.until(
        "the first live entry",
        &format!(
            "return document.querySelector('#rows tr').dataset.id === {}",
            first[0]["id"]
        ),
    )
    .await;

    // The server stops (the stream ends) and comes back on the same address; entries written
    // before the console reconnects reach it once each.
    let backend = app.stop().await;
    let app = TestApp::spawn_at(backend, &addr).await;
    let more = app
        .ingest("acme", &key, vec![entry(json!({})), entry(json!({}))])
        .await;
    let ids = b
        .until(
            "the entries written while the tail was away",
            "const r = [...document.querySelectorAll('#rows tr')].map(r => r.dataset.id); \
             return r.length >= 4 && r",
        )
        .await;
    let want = json!([more[1]["id"], more[0]["id"], first[0]["id"]]);
    assert_eq!(json!(ids.as_array().unwrap()[..3]), want);
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        b.js("return document.querySelectorAll('#rows tr').length")
            .await,
        json!(4)
    );
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn the_admin_picks_an_organization_and_a_narrow_screen_needs_no_sideways_scrolling() {
    let Some(b) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn().await;
    acme(&app).await;
    let globex = app.org_with_key("globex").await;
    app.ingest("globex", &globex, vec![entry(json!({"action": "deleted"}))])
        .await;
    b.signed_in(&app, crate::helpers::ADMIN).await;
    // The first organization by id, then the other from the picker.
    assert_eq!(b.total().await, "3 entries");
    let orgs = b
        .js("return [...document.querySelectorAll('#org option')].map(o => o.value)")
        .await;
    assert_eq!(orgs, json!(["acme", "globex", "_service"]));
    b.js("const s = document.getElementById('org'); s.value = 'globex'; s.dispatchEvent(new Event('change'))")
        .await;
    b.until(
        "globex in the URL",
        "return location.search.includes('org=globex')",
    )
    .await;
    assert_eq!(b.total().await, "1 entry");
    // The service's own log is the picker's last choice.
    b.js("const s = document.getElementById('org'); s.value = '_service'; s.dispatchEvent(new Event('change'))")
        .await;
    b.until(
        "_service in the URL",
        "return location.search.includes('org=_service')",
    )
    .await;
    let (_, service) = app
        .get_json(
            "/v1/organizations/_service/audit-log",
            crate::helpers::ADMIN,
        )
        .await;
    let shown = format!("{} entries", service["total"]);
    assert_eq!(b.total().await, shown);
    // The action menu, from the organization's own actions.
    b.client.goto(&app.url("/console/?org=acme")).await.unwrap();
    assert_eq!(b.total().await, "3 entries");
    let actions = b
        .until(
            "the action facets",
            "const o = [...document.querySelectorAll('select[name=action_type] option')].map(o => o.textContent); \
             return o.length > 1 && o",
        )
        .await;
    assert_eq!(actions, json!(["Any", "created (2)", "updated (1)"]));
    b.js(
        "const s = document.querySelector('select[name=action_type]'); s.value = 'updated'; \
          s.dispatchEvent(new Event('change'))",
    )
    .await;
    b.until(
        "the action in the URL",
        "return location.search.includes('action_type=updated')",
    )
    .await;
    assert_eq!(b.total().await, "1 entry");
    // An organization that does not exist says so.
    b.client
        .goto(&app.url("/console/?org=nobody"))
        .await
        .unwrap();
    let status = b
        .until(
            "the error",
            "const s = document.getElementById('status'); return s.classList.contains('bad') && s.textContent",
        )
        .await;
    assert_eq!(status, json!("Organization not found"));
    // 375 px wide: the page fits without scrolling sideways.
    b.client.set_window_size(375, 800).await.unwrap();
    b.client.goto(&app.url("/console/?org=acme")).await.unwrap();
    assert_eq!(b.total().await, "3 entries");
    let widths = b
        .js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        .await;
    assert!(widths[0].as_u64() <= widths[1].as_u64(), "{widths}");
    b.stop().await;
    app.stop().await;
}
