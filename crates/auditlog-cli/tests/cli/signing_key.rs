//! Where `serve` keeps its checkpoint signing key, and the keys it refuses.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::{auditlog, Server, ADMIN};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Runs a `serve` that is expected to refuse to start; its exit status and standard error.
pub(crate) fn refused(mut cmd: Command) -> (bool, String) {
    let mut child = cmd
        .args(["--listen", "127.0.0.1:0"])
        .env("AUDITLOG_ADMIN_TOKEN", ADMIN)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("serve started although it should have refused");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_database_in_the_current_directory_keeps_its_signing_key_in_auditlog_data() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_url_with_env("sqlite://dev.db", Some(ADMIN), &[], &[], dir.path());
    server.stop();

    assert!(dir.path().join("dev.db").exists());
    assert!(
        !dir.path().join("signing-key").exists(),
        "no private key among the user's files"
    );
    let data = dir.path().join("auditlog-data");
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("signing-key")), 0o600);
}

#[test]
fn a_new_database_directory_is_created_for_its_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("var/lib/auditlog/audit.db");
    let server = Server::start_url(&format!("sqlite://{}", db.display()), Some(ADMIN), &[]);
    server.stop();

    let data = db.parent().unwrap();
    assert_eq!(mode(data), 0o700);
    assert_eq!(mode(&data.join("signing-key")), 0o600);
}

#[test]
fn serve_refuses_a_signing_key_that_others_can_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("audit.db");
    let url = format!("sqlite://{}", db.display());
    Server::start_url(&url, Some(ADMIN), &[]).stop();
    let key = dir.path().join("signing-key");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();

    let mut cmd = auditlog();
    cmd.args(["serve", "--database", &url]);
    let (ok, stderr) = refused(cmd);
    assert!(!ok);
    assert!(stderr.contains("signing-key"), "{stderr}");
    assert!(stderr.contains("chmod 600"), "{stderr}");

    // The same for a key named by AUDITLOG_SIGNING_KEY_FILE.
    let mut cmd = auditlog();
    cmd.args(["serve", "--database", &url])
        .env("AUDITLOG_SIGNING_KEY_FILE", &key);
    let (ok, stderr) = refused(cmd);
    assert!(!ok);
    assert!(stderr.contains("accessible to others"), "{stderr}");

    // Restricted again, it is accepted.
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    Server::start_url(&url, Some(ADMIN), &[]).stop();
}

#[test]
fn a_server_without_the_databases_signing_key_refuses_to_start_until_told_to_replace_it() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("audit.db").display());
    Server::start_url(&url, Some(ADMIN), &[]).stop();
    let key = dir.path().join("signing-key");
    let first = std::fs::read(&key).unwrap();

    // The key file is lost: the server neither starts nor makes a new key.
    std::fs::remove_file(&key).unwrap();
    let mut cmd = auditlog();
    cmd.args(["serve", "--database", &url]);
    let (ok, stderr) = refused(cmd);
    assert!(!ok);
    assert!(stderr.contains("has no key"), "{stderr}");
    assert!(stderr.contains("--replace-signing-key"), "{stderr}");
    assert!(!key.exists());

    // Told to, it signs with a new key from then on.
    Server::start_url(&url, Some(ADMIN), &["--replace-signing-key"]).stop();
    assert_ne!(std::fs::read(&key).unwrap(), first);
    Server::start_url(&url, Some(ADMIN), &[]).stop();

    // A server with any other key, the first one included, is refused now.
    std::fs::remove_file(&key).unwrap();
    std::fs::write(&key, &first).unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut cmd = auditlog();
    cmd.args(["serve", "--database", &url]);
    let (ok, stderr) = refused(cmd);
    assert!(!ok);
    assert!(stderr.contains("signed with key"), "{stderr}");
}

#[test]
fn serve_checks_its_configuration_before_it_creates_anything() {
    let dir = tempfile::tempdir().unwrap();
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let db = dir.path().join("audit.db");
    let out = auditlog()
        .args(["serve", "--demo", "--database"])
        .arg(format!("sqlite://{}", db.display()))
        .args(["--listen", &busy.local_addr().unwrap().to_string()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let (stdout, stderr) = crate::text(&out);
    assert!(stderr.contains("cannot listen on"), "{stderr}");
    assert!(
        !stdout.contains("admin token"),
        "no token shown once and lost: {stdout}"
    );
    assert!(!db.exists() && !dir.path().join("signing-key").exists());
}
