//! The `auditlog` binary end to end: a real `serve` process on port 0, driven by the real
//! `ingest` and `query` commands; and several `serve` processes sharing one PostgreSQL database.

mod crash;
mod crash_loop;
mod faults;
mod https;
mod multi_server;
mod retention;
mod signing_key;
mod storage_guard;
mod tamper;
mod upgrade;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

pub(crate) const ADMIN: &str = "cli-test-admin-token-0123456789";

pub(crate) fn auditlog() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_auditlog"));
    for (name, _) in std::env::vars() {
        if name.starts_with("AUDITLOG_") {
            cmd.env_remove(name);
        }
    }
    cmd
}

/// A running `auditlog serve`; killed on drop if the test did not stop it. Its log goes to the
/// test's stderr when `AUDITLOG_TEST_SERVER_LOG` is set.
pub(crate) struct Server {
    child: Child,
    pub(crate) base: String,
    lines: mpsc::Receiver<String>,
    /// Everything printed to stdout before the listening line.
    pub(crate) banner: Vec<String>,
    /// The listening line itself.
    pub(crate) listening_line: String,
}

impl Server {
    pub(crate) fn start(db: &Path, admin: Option<&str>, extra: &[&str]) -> Server {
        Self::start_url(&format!("sqlite://{}", db.display()), admin, extra)
    }

    pub(crate) fn start_url(url: &str, admin: Option<&str>, extra: &[&str]) -> Server {
        Self::start_url_with_env(url, admin, extra, &[], &std::env::temp_dir())
    }

    /// `cwd` is where a server without `AUDITLOG_SIGNING_KEY_FILE` keeps its key.
    pub(crate) fn start_url_with_env(
        url: &str,
        admin: Option<&str>,
        extra: &[&str],
        env: &[(&str, &str)],
        cwd: &Path,
    ) -> Server {
        let mut cmd = auditlog();
        cmd.envs(env.iter().copied());
        // A PostgreSQL server keeps its signing key in ./auditlog-data: keep that out of the tree.
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--database", url])
            .args(extra)
            .current_dir(if cwd.is_dir() { cwd } else { Path::new(".") })
            .stdout(Stdio::piped())
            .stderr(if std::env::var_os("AUDITLOG_TEST_SERVER_LOG").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            });
        if let Some(token) = admin {
            cmd.env("AUDITLOG_ADMIN_TOKEN", token);
        }
        let mut child = cmd.spawn().expect("spawn auditlog serve");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        // From here on, Drop ends the process if anything below fails.
        let mut server = Server {
            child,
            base: String::new(),
            lines: rx,
            banner: Vec::new(),
            listening_line: String::new(),
        };
        loop {
            let line = server
                .lines
                .recv_timeout(Duration::from_secs(30))
                .expect("server printed its address");
            if let Some(rest) = line.strip_prefix("auditlog listening on ") {
                server.base = rest.split_whitespace().next().unwrap().to_owned();
                server.listening_line = line.clone();
                return server;
            }
            server.banner.push(line);
        }
    }

    /// SIGTERM, then wait for a clean exit.
    pub(crate) fn stop(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(sent.success());
        for _ in 0..100 {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("server did not stop within 10 s of SIGTERM");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        while self.lines.try_recv().is_ok() {}
    }
}

pub(crate) fn http() -> reqwest::blocking::Client {
    reqwest::blocking::Client::new()
}

pub(crate) fn setup_org(base: &str, org: &str) -> String {
    let res = http()
        .post(format!("{base}/v1/organizations"))
        .bearer_auth(ADMIN)
        .json(&json!({"id": org, "name": "CLI Org"}))
        .send()
        .unwrap();
    assert_eq!(res.status(), 201);
    let res: Value = http()
        .post(format!("{base}/v1/organizations/{org}/api-keys"))
        .bearer_auth(ADMIN)
        .json(&json!({"name": "cli", "scopes": ["audit:read", "audit:write"]}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    res["key"].as_str().unwrap().to_owned()
}

fn client_cmd(sub: &str, server: &Server, org: &str, key: &str) -> Command {
    let mut cmd = auditlog();
    cmd.arg(sub)
        .args(["--url", &server.base, "--organization", org, "--token", key]);
    cmd
}

pub(crate) fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn ingest_then_query_round_trips_through_a_real_server_which_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("cli.db"), Some(ADMIN), &[]);
    let key = setup_org(&server.base, "acme");

    let file = dir.path().join("events.ndjson");
    let mut f = std::fs::File::create(&file).unwrap();
    for i in 0..1200 {
        let kind = if i % 3 == 0 { "assistant" } else { "thread" };
        let line = json!({"action": "created", "resource_type": kind, "resource_id": format!("r{i}"),
                          "user_id": "u1", "resource_name": format!("Resource {i}"), "idempotency_key": format!("line-{i}")});
        writeln!(f, "{line}").unwrap();
        if i == 10 {
            writeln!(f).unwrap();
        }
    }
    drop(f);

    let out = client_cmd("ingest", &server, "acme", &key)
        .arg(&file)
        .arg("--quiet")
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("1200 entries committed"), "{stdout}");

    // Re-running is safe: every line replays by its idempotency key.
    let out = client_cmd("ingest", &server, "acme", &key)
        .arg(&file)
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        text(&out)
            .0
            .contains("1200 of them in batches that only replayed"),
        "{}",
        text(&out).0
    );

    let out = client_cmd("query", &server, "acme", &key)
        .args([
            "--entity-type",
            "assistant",
            "--limit",
            "100",
            "--all",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out).1);
    let pages: Vec<Value> = text(&out)
        .0
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(pages.len(), 4);
    assert_eq!(
        pages
            .iter()
            .map(|p| p["items"].as_array().unwrap().len())
            .sum::<usize>(),
        400
    );
    assert!(pages.iter().all(|p| p["total"] == 400));

    let out = client_cmd("query", &server, "acme", &key)
        .args(["--search-term", "resource 119", "--limit", "5"])
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.starts_with("TIME"), "{stdout}");
    assert!(
        stdout.contains("Resource 1199") && stdout.contains("thread.created"),
        "{stdout}"
    );
    assert!(
        stderr.contains("5 of 11 entries") && stderr.contains("--cursor"),
        "{stderr}"
    );

    let status = server.stop();
    assert!(status.success(), "graceful shutdown exits 0, got {status}");
}

#[test]
fn ingest_names_the_input_line_of_a_rejected_entry() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("cli.db"), Some(ADMIN), &[]);
    let key = setup_org(&server.base, "acme");
    let input = [
        json!({"action": "created", "resource_type": "thread", "resource_id": "t1", "user_id": "u"}).to_string(),
        json!({"action": "created", "resource_type": "thread", "resource_id": "t2", "user_id": "u"}).to_string(),
        json!({"action": "created", "resource_type": "thread", "resource_id": "", "user_id": "u"}).to_string(),
    ]
    .join("\n");
    let mut child = client_cmd("ingest", &server, "acme", &key)
        .args(["-", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let (_, stderr) = text(&out);
    assert!(!out.status.success());
    assert!(
        stderr.contains("line 3") && stderr.contains("items[2].resource_id"),
        "{stderr}"
    );

    let bad_json = dir.path().join("bad.ndjson");
    std::fs::write(&bad_json, "{\"action\":\n").unwrap();
    let out = client_cmd("ingest", &server, "acme", &key)
        .arg(&bad_json)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).1.contains("line 1: invalid JSON"),
        "{}",
        text(&out).1
    );
    server.stop();
}

#[test]
fn demo_mode_prints_a_read_key_that_reads_all_four_seed_apis() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("demo.db"), Some(ADMIN), &["--demo"]);
    let key_line = server
        .banner
        .iter()
        .position(|l| l.contains("Read key"))
        .expect("read key printed");
    let key = server.banner[key_line + 1].trim().to_owned();
    let get = |path: &str| -> (u16, Value) {
        let res = http()
            .get(format!("{}{path}", server.base))
            .bearer_auth(&key)
            .send()
            .unwrap();
        (res.status().as_u16(), res.json().unwrap())
    };
    let (status, page) = get("/v1/organizations/org_demo/audit-log?limit=5");
    assert_eq!(status, 200);
    assert!(page["total"].as_u64().unwrap() >= 200, "{page}");
    let (status, page) = get("/v1/org_demo/audit-logs?resourceType=assistant");
    assert_eq!(status, 200);
    assert!(page["pagination"]["total"].as_u64().unwrap() > 0);
    let (status, page) = get("/v1/assistants/asst_abc123/history");
    assert_eq!(status, 200, "{page}");
    let (status, page) = get("/orgs/c/audit-logs?take=3");
    assert_eq!(status, 200);
    assert_eq!(page.as_array().unwrap().len(), 3);
    let (status, _) = get("/v1/organizations/org_demo/audit-log?search_term=support%20bot");
    assert_eq!(status, 200);
    server.stop();

    // A second demo start keeps the data and does not duplicate it.
    let again = Server::start(&dir.path().join("demo.db"), Some(ADMIN), &["--demo"]);
    let res: Value = http()
        .get(format!(
            "{}/v1/organizations/org_demo/audit-log?limit=1",
            again.base
        ))
        .bearer_auth(ADMIN)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(res["total"], 300);
    again.stop();
}

#[test]
fn a_generated_admin_token_and_the_signing_key_are_created_once_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("admin.db");
    let server = Server::start(&db, None, &[]);
    let at = server
        .banner
        .iter()
        .position(|l| l.contains("Generated admin token"))
        .expect("token printed");
    let token = server.banner[at + 1].trim().to_owned();
    let res = http()
        .post(format!("{}/v1/organizations", server.base))
        .bearer_auth(&token)
        .json(&json!({"name": "X"}))
        .send()
        .unwrap();
    assert_eq!(res.status(), 201);
    server.stop();
    // The checkpoint signing key was created beside the database, readable by its owner only.
    let key_file = dir.path().join("signing-key");
    let text_key = std::fs::read_to_string(&key_file).unwrap();
    assert!(text_key.starts_with("PRIVATE+KEY+auditlog+"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = Server::start(&db, None, &[]);
    let served = http()
        .get(format!("{}/v1/signing-key", again.base))
        .send()
        .unwrap()
        .text()
        .unwrap();
    let signer = auditlog_core::note::NoteSigner::parse(&text_key).unwrap();
    assert_eq!(
        served.trim(),
        signer.verifier_key(),
        "the same key is used after a restart"
    );
    assert!(!again
        .banner
        .iter()
        .any(|l| l.contains("Generated admin token")));
    let res = http()
        .post(format!("{}/v1/organizations", again.base))
        .bearer_auth(&token)
        .json(&json!({"name": "Y"}))
        .send()
        .unwrap();
    assert_eq!(res.status(), 201);
    again.stop();
}

#[test]
fn serve_refuses_an_unsupported_database_url_with_a_clear_message() {
    let out = auditlog()
        .args(["serve", "--database", "mysql://x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).1.contains("sqlite://PATH or postgres:"),
        "{}",
        text(&out).1
    );
}
