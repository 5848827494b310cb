//! A SQLite store cannot be forked or emptied by a mistake: one server per file, no empty or
//! foreign file taken for a new store, and a database file that holds every entry after a
//! normal stop (so copying it alone loses nothing).

use serde_json::json;

use crate::signing_key::refused;
use crate::{auditlog, http, setup_org, Server, ADMIN};

fn serve_on(db: &std::path::Path) -> std::process::Command {
    let mut cmd = auditlog();
    cmd.args(["serve", "--database", &format!("sqlite://{}", db.display())]);
    cmd
}

#[test]
fn a_second_server_on_the_same_sqlite_file_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("audit.db");
    let first = Server::start(&db, Some(ADMIN), &[]);
    let (ok, stderr) = refused(serve_on(&db));
    assert!(!ok);
    assert!(
        stderr.contains("another process is using the store"),
        "{stderr}"
    );
    first.stop();
    // Once the first has stopped, the file is free again.
    Server::start(&db, Some(ADMIN), &[]).stop();
}

#[test]
fn an_empty_or_foreign_file_is_refused_rather_than_started_as_a_new_store() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let (ok, stderr) = refused(serve_on(&empty));
    assert!(!ok);
    assert!(stderr.contains("is an empty file"), "{stderr}");
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);

    let foreign = dir.path().join("foreign.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("create table invoices (id integer primary key)")
        .unwrap();
    let (ok, stderr) = refused(serve_on(&foreign));
    assert!(!ok);
    assert!(stderr.contains("of something else"), "{stderr}");
}

#[test]
fn after_a_normal_stop_the_database_file_alone_holds_every_entry() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("audit.db");
    let server = Server::start(&db, Some(ADMIN), &[]);
    let key = setup_org(&server.base, "org_copy");
    for batch in 0..5 {
        let items: Vec<_> = (0..200)
            .map(|i| json!({"action": "created", "resource_type": "doc", "resource_id": format!("d{batch}_{i}"), "user_id": "u1"}))
            .collect();
        let res = http()
            .post(format!(
                "{}/v1/organizations/org_copy/audit-log/batch",
                server.base
            ))
            .bearer_auth(&key)
            .json(&json!({ "items": items }))
            .send()
            .unwrap();
        assert_eq!(res.status(), 201);
    }
    assert!(server.stop().success());
    let wal = dir.path().join("audit.db-wal");
    let wal_len = std::fs::metadata(&wal).map_or(0, |m| m.len());
    assert_eq!(
        wal_len, 0,
        "the WAL was copied into the database at the stop"
    );

    // Copy the database file without its WAL, as a careless backup would.
    let copy = dir.path().join("copy.db");
    std::fs::copy(&db, &copy).unwrap();
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let count: i64 = conn
        .query_row(
            "select count(*) from entries
             where org = (select ord from organizations where id = 'org_copy')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(count, 1000);
}

#[test]
fn a_backup_taken_while_the_server_writes_restores_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("audit.db");
    let server = Server::start(&db, Some(ADMIN), &[]);
    let key = setup_org(&server.base, "org_backup");
    let base = server.base.clone();
    let writer = std::thread::spawn(move || {
        for batch in 0..20 {
            let items: Vec<_> = (0..100)
                .map(|i| json!({"action": "created", "resource_type": "doc", "resource_id": format!("d{batch}_{i}"), "user_id": "u1"}))
                .collect();
            let res = http()
                .post(format!(
                    "{base}/v1/organizations/org_backup/audit-log/batch"
                ))
                .bearer_auth(&key)
                .json(&json!({ "items": items }))
                .send()
                .unwrap();
            assert_eq!(res.status(), 201);
        }
    });
    std::thread::sleep(std::time::Duration::from_millis(100));
    let copy = dir.path().join("restored").join("audit.db");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    let out = auditlog()
        .args([
            "backup",
            "--database",
            &format!("sqlite://{}", db.display()),
        ])
        .args(["--output", copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{:?}", crate::text(&out));
    writer.join().unwrap();
    server.stop();

    // The copy is a consistent prefix of the log: it verifies, and a server starts on it.
    let url = format!("sqlite://{}", copy.display());
    let out = auditlog()
        .args(["verify", "--database", &url, "--organization", "org_backup"])
        .output()
        .unwrap();
    let (stdout, stderr) = crate::text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    std::fs::copy(
        dir.path().join("signing-key"),
        copy.with_file_name("signing-key"),
    )
    .unwrap();
    Server::start(&copy, Some(ADMIN), &[]).stop();

    let again = auditlog()
        .args([
            "backup",
            "--database",
            &url,
            "--output",
            copy.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!again.status.success(), "a backup never overwrites");
}
