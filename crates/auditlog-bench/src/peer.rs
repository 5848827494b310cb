//! The peer: what a team would otherwise build — django-auditlog's entry (extended through
//! `AUDITLOG_LOGENTRY_MODEL` with a tenant column) behind Django REST framework, under gunicorn,
//! on the same PostgreSQL. The harness installs it from PyPI into a cached virtual environment.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::data::Dataset;

const REQUIREMENTS: &str = include_str!("peer/requirements.txt");

/// The peer's Django project, written to a temporary directory at start.
const FILES: &[(&str, &str)] = &[
    ("manage.py", include_str!("peer/manage.py")),
    ("settings.py", include_str!("peer/settings.py")),
    ("peer/__init__.py", ""),
    ("peer/models.py", include_str!("peer/models.py")),
    ("peer/rows.py", include_str!("peer/rows.py")),
    ("peer/views.py", include_str!("peer/views.py")),
    ("peer/urls.py", include_str!("peer/urls.py")),
    ("peer/migrations/__init__.py", ""),
    ("peer/management/__init__.py", ""),
    ("peer/management/commands/__init__.py", ""),
    (
        "peer/management/commands/bench_load.py",
        include_str!("peer/bench_load.py"),
    ),
];

/// gunicorn's recommended worker count for two cores (2 × cores + 1).
const WORKERS: &str = "5";

pub struct Peer {
    child: Child,
    pub base: String,
    dir: tempfile::TempDir,
    venv: PathBuf,
    env: Vec<(String, String)>,
}

impl Peer {
    /// Installs (once) and starts the peer on a fresh `peer` schema of `database`.
    pub async fn start(database: &str) -> Result<Self, String> {
        let venv = venv()?;
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        for (path, text) in FILES {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().expect("a file has a parent"))
                .map_err(|e| e.to_string())?;
            std::fs::write(&path, text).map_err(|e| e.to_string())?;
        }
        let env = connection_env(database)?;
        let client = crate::postgres(database).await?;
        client
            .batch_execute("drop schema if exists peer cascade; create schema peer")
            .await
            .map_err(|e| e.to_string())?;
        let manage = |args: &[&str]| -> Result<(), String> {
            run(Command::new(venv.join("bin/python"))
                .arg("manage.py")
                .args(args)
                .current_dir(dir.path())
                .envs(env.iter().cloned()))
        };
        manage(&["makemigrations", "peer", "-v", "0"])?;
        manage(&["migrate", "-v", "0"])?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new(venv.join("bin/gunicorn"))
            .args(["--workers", WORKERS, "--log-level", "warning", "--bind"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("--pythonpath")
            .arg(dir.path())
            .arg("django.core.wsgi:get_wsgi_application()")
            .current_dir(dir.path())
            .envs(env.iter().cloned())
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start gunicorn: {e}"))?;
        let peer = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            dir,
            venv,
            env,
        };
        peer.wait_until_up().await?;
        Ok(peer)
    }

    async fn wait_until_up(&self) -> Result<(), String> {
        let http = reqwest::Client::new();
        let started = Instant::now();
        loop {
            let res = http
                .get(format!("{}/api/orgs/x/logs", self.base))
                .send()
                .await;
            if res.is_ok_and(|r| r.status().is_success()) {
                return Ok(());
            }
            if started.elapsed() > Duration::from_secs(60) {
                return Err("the peer did not come up within 60 s".into());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Bulk-loads the dataset's growth to `stage` with COPY through the peer's own mapping, so
    /// the peer is queried on the same rows as auditlog. Returns rows loaded.
    pub fn load(&self, data: &mut Dataset, stage: usize) -> Result<usize, String> {
        let mut child = Command::new(self.venv.join("bin/python"))
            .args(["manage.py", "bench_load"])
            .current_dir(self.dir.path())
            .envs(self.env.iter().cloned())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        let mut stdin = std::io::BufWriter::new(child.stdin.take().ok_or("no stdin")?);
        let mut n = 0;
        for (org, batch) in data.grow_to(stage) {
            for e in batch {
                let line = json!({"o": format!("bench-{org}"), "e": e});
                writeln!(stdin, "{line}").map_err(|e| format!("the peer's loader: {e}"))?;
                n += 1;
            }
        }
        drop(stdin);
        let status = child.wait().map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("the peer's loader failed: {status}"));
        }
        Ok(n)
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        // gunicorn's master stops its workers on TERM.
        crate::server::terminate(&mut self.child);
    }
}

/// The virtual environment, created and filled from PyPI on first use, then reused (keyed by
/// the pinned requirements).
fn venv() -> Result<PathBuf, String> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))
        .ok_or("neither XDG_CACHE_HOME nor HOME is set")?;
    let hash = REQUIREMENTS.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    let venv = base.join(format!("auditlog/bench-peer-{hash:016x}"));
    let done = venv.join("installed");
    if done.exists() {
        return Ok(venv);
    }
    eprintln!(
        "   installing the peer (django-auditlog + DRF) into {}",
        venv.display()
    );
    run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    let req = venv.join("requirements.txt");
    std::fs::write(&req, REQUIREMENTS).map_err(|e| e.to_string())?;
    run(Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
        .arg(&req))?;
    std::fs::write(&done, "").map_err(|e| e.to_string())?;
    Ok(venv)
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{cmd:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Django's connection settings from a PostgreSQL URL.
fn connection_env(url: &str) -> Result<Vec<(String, String)>, String> {
    let target = auditlog_store::postgres::Target::parse(url).map_err(|e| e.to_string())?;
    let config = target.config();
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
        _ => "127.0.0.1".to_owned(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let mut env = vec![
        ("PEER_PGHOST".to_owned(), host),
        ("PEER_PGPORT".to_owned(), port.to_string()),
        (
            "PEER_PGDATABASE".to_owned(),
            config.get_dbname().unwrap_or("postgres").to_owned(),
        ),
        (
            "PEER_PGUSER".to_owned(),
            config.get_user().unwrap_or("postgres").to_owned(),
        ),
        ("DJANGO_SETTINGS_MODULE".to_owned(), "settings".to_owned()),
    ];
    if let Some(p) = config.get_password() {
        env.push((
            "PEER_PGPASSWORD".to_owned(),
            String::from_utf8_lossy(p).into_owned(),
        ));
    }
    Ok(env)
}
