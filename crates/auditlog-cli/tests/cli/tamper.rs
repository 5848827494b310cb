//! Tampering with storage directly — as someone with write access to the database would — is
//! detected by `auditlog verify`, which names the first bad sequence; a clean log never is.
//! Each case runs on SQLite and, when `AUDITLOG_TEST_POSTGRES_URL` is set, on PostgreSQL.

use std::path::PathBuf;

use auditlog_store::body::{Packer, Unpacker};
use auditlog_store::postings::segment::FLUSH;
use serde_json::{json, Value};

use crate::{auditlog, http, setup_org, text, Server, ADMIN};

const N: u64 = 20;

/// Direct access to the store under a server, bypassing it.
enum Db {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Db {
    fn url(&self) -> String {
        match self {
            Db::Sqlite(path) => format!("sqlite://{}", path.display()),
            Db::Postgres(url) => url.clone(),
        }
    }

    fn exec(&self, sql: &str) {
        match self {
            Db::Sqlite(path) => {
                let conn = rusqlite::Connection::open(path).unwrap();
                conn.execute_batch(sql).unwrap();
            }
            Db::Postgres(url) => {
                let rt = tokio::runtime::Runtime::new().unwrap();
                rt.block_on(async {
                    let client = auditlog_store::testing::connect_postgres(url).await;
                    client.batch_execute(sql).await.unwrap();
                });
            }
        }
    }

    /// The one value, bytes, that `sql` selects.
    fn bytes_of(&self, sql: &str) -> Vec<u8> {
        match self {
            Db::Sqlite(path) => {
                let conn = rusqlite::Connection::open(path).unwrap();
                conn.query_row(sql, [], |r| Ok(r.get_ref(0)?.as_bytes().unwrap().to_vec()))
                    .unwrap()
            }
            Db::Postgres(url) => {
                let rt = tokio::runtime::Runtime::new().unwrap();
                rt.block_on(async {
                    let client = auditlog_store::testing::connect_postgres(url).await;
                    client.query_one(sql, &[]).await.unwrap().get(0)
                })
            }
        }
    }

    /// The one number `sql` selects.
    fn count(&self, sql: &str) -> i64 {
        match self {
            Db::Sqlite(path) => {
                let conn = rusqlite::Connection::open(path).unwrap();
                conn.query_row(sql, [], |r| r.get(0)).unwrap()
            }
            Db::Postgres(url) => {
                let rt = tokio::runtime::Runtime::new().unwrap();
                rt.block_on(async {
                    let client = auditlog_store::testing::connect_postgres(url).await;
                    client.query_one(sql, &[]).await.unwrap().get(0)
                })
            }
        }
    }

    /// The stored body of the entry at `seq`: packed bytes, or the JSON text of an old row.
    fn stored_body(&self, seq: u64) -> Vec<u8> {
        let column = match self {
            Db::Sqlite(_) => "body",
            Db::Postgres(_) => "coalesce(packed, convert_to(body, 'UTF8'))",
        };
        self.bytes_of(&format!(
            "select {column} from entries where org = {ORG} and seq = {seq}"
        ))
    }

    /// Stores `bytes` as the packed body of the entry at `seq`.
    fn set_stored_body(&self, seq: u64, bytes: &[u8]) {
        let column = match self {
            Db::Sqlite(_) => "body",
            Db::Postgres(_) => "packed",
        };
        self.exec(&format!(
            "update entries set {column} = {} where org = {ORG} and seq = {seq}",
            self.bytes(&hex::encode(bytes))
        ));
    }

    /// A bytes literal in this database engine's SQL.
    fn bytes(&self, hex: &str) -> String {
        match self {
            Db::Sqlite(_) => format!("x'{hex}'"),
            Db::Postgres(_) => format!("decode('{hex}', 'hex')"),
        }
    }
}

const ORG: &str = "(select ord from organizations where id = 'acme')";

struct Log {
    db: Db,
    server: Option<Server>,
    key: String,
    dir: tempfile::TempDir,
}

impl Log {
    /// A server over a fresh store holding `N` entries, verified clean, with its checkpoint saved.
    fn new(postgres: bool) -> Option<Log> {
        let dir = tempfile::tempdir().unwrap();
        let db = if postgres {
            let rt = tokio::runtime::Runtime::new().unwrap();
            Db::Postgres(rt.block_on(auditlog_store::testing::fresh_postgres_url(""))?)
        } else {
            Db::Sqlite(dir.path().join("audit.db"))
        };
        let mut log = Log {
            server: None,
            key: String::new(),
            db,
            dir,
        };
        log.start();
        log.key = setup_org(&log.base(), "acme");
        log.append(1..=N);
        log.verify_ok();
        Some(log)
    }

    fn base(&self) -> String {
        self.server.as_ref().unwrap().base.clone()
    }

    fn start(&mut self) {
        // The signing key lives beside the SQLite file, or in ./auditlog-data for PostgreSQL:
        // either way inside this test's directory, and the same across restarts.
        let server =
            Server::start_url_with_env(&self.db.url(), Some(ADMIN), &[], &[], self.dir.path());
        self.server = Some(server);
    }

    fn restart(&mut self) {
        if let Some(s) = self.server.take() {
            assert!(s.stop().success());
        }
        self.start();
    }

    fn append(&self, range: std::ops::RangeInclusive<u64>) {
        let items: Vec<Value> = range
            .map(|i| json!({"action": "updated", "resource_type": "assistant", "resource_id": format!("r{i}"),
                             "user_id": "u1", "resource_name": format!("Bot {i}")}))
            .collect();
        let res = http()
            .post(format!(
                "{}/v1/organizations/acme/audit-log/batch",
                self.base()
            ))
            .bearer_auth(&self.key)
            .json(&json!({ "items": items }))
            .send()
            .unwrap();
        assert_eq!(res.status(), 201);
    }

    fn checkpoint_file(&self) -> PathBuf {
        self.dir.path().join("checkpoint.txt")
    }

    /// `auditlog verify` against the server, then against storage; both must agree.
    fn verify(&self, since: bool) -> (bool, String, bool, String) {
        let mut cmd = auditlog();
        cmd.args([
            "verify",
            "--url",
            &self.base(),
            "--organization",
            "acme",
            "--token",
            &self.key,
        ]);
        cmd.arg("--key").arg(self.verifier_key());
        if since {
            cmd.arg("--since").arg(self.checkpoint_file());
        } else {
            cmd.arg("--save").arg(self.checkpoint_file());
        }
        let out = cmd.output().unwrap();
        let (server_ok, server_says) = (out.status.success(), text(&out).1 + &text(&out).0);
        let out = auditlog()
            .args([
                "verify",
                "--database",
                &self.db.url(),
                "--organization",
                "acme",
            ])
            .arg("--key")
            .arg(self.verifier_key())
            .output()
            .unwrap();
        (
            server_ok,
            server_says,
            out.status.success(),
            text(&out).1 + &text(&out).0,
        )
    }

    fn verifier_key(&self) -> String {
        http()
            .get(format!("{}/v1/signing-key", self.base()))
            .send()
            .unwrap()
            .text()
            .unwrap()
            .trim()
            .to_owned()
    }

    fn verify_ok(&self) {
        let (server_ok, server_says, storage_ok, storage_says) = self.verify(false);
        assert!(server_ok, "a clean log was flagged: {server_says}");
        assert!(storage_ok, "clean storage was flagged: {storage_says}");
    }

    /// Both checks fail, naming `sequence` and `problem`.
    fn assert_detected(&self, sequence: u64, problem: &str) {
        let (server_ok, server_says, storage_ok, storage_says) = self.verify(true);
        let want = format!("at sequence {sequence}: {problem}");
        assert!(
            !server_ok && server_says.contains(&want),
            "server check: want {want:?}, got {server_says}"
        );
        assert!(
            !storage_ok && storage_says.contains(&want),
            "storage check: want {want:?}, got {storage_says}"
        );
    }
}

impl Drop for Log {
    fn drop(&mut self) {
        if let Some(s) = self.server.take() {
            s.stop();
        }
    }
}

fn on_both(case: fn(Log)) {
    case(Log::new(false).unwrap());
    if let Some(log) = Log::new(true) {
        case(log);
    }
}

#[test]
fn an_edited_stored_entry_is_a_hash_mismatch_at_that_sequence() {
    on_both(|log| {
        // Unpacked, edited and packed again, as someone who read the code would.
        let stored = log.db.stored_body(7);
        let json = Unpacker::default().unpack(1, &stored).unwrap();
        let edited = String::from_utf8(json).unwrap().replace("\"r7\"", "\"r8\"");
        let mut packer = Packer::default();
        log.db
            .set_stored_body(7, &packer.pack(1, edited.as_bytes()).unwrap());
        log.assert_detected(7, "hash mismatch");
    });
}

#[test]
fn a_flipped_byte_in_a_packed_body_is_a_hash_mismatch_at_that_sequence() {
    on_both(|log| {
        let mut stored = log.db.stored_body(7);
        let middle = stored.len() / 2;
        stored[middle] ^= 0x5a;
        log.db.set_stored_body(7, &stored);
        // The server cannot read the entry at all; the storage check names what is wrong.
        let (server_ok, server_says, storage_ok, storage_says) = log.verify(true);
        assert!(!server_ok, "server check: {server_says}");
        assert!(
            !storage_ok && storage_says.contains("at sequence 7: hash mismatch"),
            "storage check: {storage_says}"
        );
    });
}

#[test]
fn a_damaged_body_dictionary_is_a_hash_mismatch_at_the_first_entry_packed_with_it() {
    on_both(|log| {
        // Past 2,048 entries the organization's dictionary is trained; the group that stores
        // it packs its own entries with it.
        grow(&log, 3020);
        let trained = format!("select count(*) from dictionaries where org = {ORG}");
        let mut first = None;
        for seq in 3021..3400 {
            log.append(seq..=seq);
            if log.db.count(&trained) == 1 {
                first = Some(seq);
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        let first = first.expect("a dictionary within 10 s");
        log.append(first + 1..=first + 10);
        log.verify_ok();
        // Everything after its magic number and id inverted: its tables and its content.
        let mut dictionary = log.db.bytes_of(&format!(
            "select bytes from dictionaries where org = {ORG} and id = 1"
        ));
        dictionary[8..].iter_mut().for_each(|b| *b ^= 0xff);
        log.db.exec(&format!(
            "update dictionaries set bytes = {} where org = {ORG} and id = 1",
            log.db.bytes(&hex::encode(&dictionary))
        ));
        // The running server keeps the dictionary it loaded; the check of storage reads it anew.
        let (_, _, storage_ok, storage_says) = log.verify(true);
        assert!(
            !storage_ok && storage_says.contains(&format!("at sequence {first}: hash mismatch")),
            "storage check: {storage_says}"
        );
    });
}

#[test]
fn a_deleted_row_is_missing_at_its_sequence() {
    on_both(|log| {
        log.db.exec(&format!(
            "delete from entries where org = {ORG} and seq = 9"
        ));
        log.assert_detected(9, "missing");
    });
}

#[test]
fn an_inserted_row_is_reported_at_its_sequence() {
    on_both(|log| {
        // A well-formed entry with a correct hash, written behind the server's back.
        let export = auditlog()
            .args([
                "export",
                "--url",
                &log.base(),
                "--organization",
                "acme",
                "--token",
                &log.key,
            ])
            .output()
            .unwrap();
        let last: Value = serde_json::from_str(text(&export).0.lines().last().unwrap()).unwrap();
        let mut forged = last.clone();
        forged["sequence"] = json!(N + 1);
        forged["id"] = json!("log_01J0000000000000000000FAKE");
        forged.as_object_mut().unwrap().remove("hash");
        let body = String::from_utf8(auditlog_core::canonical::to_canonical_vec(&forged)).unwrap();
        let hash = hex::encode(auditlog_core::canonical::leaf_hash(body.as_bytes()));
        let ts = auditlog_core::Timestamp::parse_rfc3339(last["timestamp"].as_str().unwrap())
            .unwrap()
            .micros();
        log.db.exec(&format!(
            "insert into entries (org, seq, id, ts, resource_type, resource_id, action, event, user_id, body, hash)
             values ({ORG}, {}, 'log_01J0000000000000000000FAKE', {ts}, 'assistant', 'r21', 'updated',
                     'assistant.updated', 'u1', '{}', {})",
            N + 1,
            body.replace('\'', "''"),
            log.db.bytes(&hash)
        ));
        log.assert_detected(N + 1, "inserted");
    });
}

#[test]
fn two_swapped_sequences_are_out_of_order_at_the_first() {
    on_both(|log| {
        log.db.exec(&format!(
            "update entries set seq = -3 where org = {ORG} and seq = 3;
             update entries set seq = 3 where org = {ORG} and seq = 5;
             update entries set seq = 5 where org = {ORG} and seq = -3;"
        ));
        log.assert_detected(3, "out of order");
    });
}

#[test]
fn a_truncated_tail_is_missing_from_the_first_cut_sequence() {
    on_both(|log| {
        log.db.exec(&format!(
            "delete from entries where org = {ORG} and seq > 17"
        ));
        log.assert_detected(18, "missing");
    });
}

#[test]
fn a_restored_older_copy_is_a_rollback_past_the_saved_checkpoint() {
    on_both(|mut log| {
        // Snapshot the store at N entries, grow the log, save a checkpoint, then put the
        // snapshot back: every table is consistent again, only smaller.
        let snapshot = log.dir.path().join("snapshot.db");
        match &log.db {
            Db::Sqlite(_) => log
                .db
                .exec(&format!("vacuum into '{}'", snapshot.display())),
            Db::Postgres(_) => log.db.exec(
                "create table snap_entries as select * from entries;
                 create table snap_segments as select * from segments;
                 create table snap_segment_blocks as select * from segment_blocks;
                 create table snap_segment_times as select * from segment_times;
                 create table snap_nodes as select * from tree_nodes;
                 create table snap_trees as select * from trees;
                 create table snap_heads as select * from org_heads;
                 create table snap_checkpoints as select * from checkpoints;",
            ),
        }
        log.append(N + 1..=N + 10);
        log.verify_ok();
        match &log.db {
            Db::Sqlite(path) => {
                let path = path.clone();
                if let Some(s) = log.server.take() {
                    assert!(s.stop().success());
                }
                for suffix in ["-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
                std::fs::copy(&snapshot, &path).unwrap();
                log.start();
            }
            Db::Postgres(_) => {
                log.db.exec(
                    "delete from entries; insert into entries select * from snap_entries;
                     delete from segment_blocks; delete from segment_times; delete from segments;
                     insert into segments select * from snap_segments;
                     insert into segment_blocks select * from snap_segment_blocks;
                     insert into segment_times select * from snap_segment_times;
                     delete from tree_nodes; insert into tree_nodes select * from snap_nodes;
                     delete from trees; insert into trees select * from snap_trees;
                     delete from org_heads; insert into org_heads select * from snap_heads;
                     delete from checkpoints; insert into checkpoints select * from snap_checkpoints;",
                );
                log.restart();
            }
        }
        let (server_ok, server_says, _, _) = log.verify(true);
        assert!(!server_ok, "a rollback went unnoticed");
        assert!(
            server_says.contains(&format!("at sequence {}: rollback", N + 1)),
            "{server_says}"
        );
    });
}

#[test]
fn the_server_refuses_to_sign_a_tree_that_shrank_behind_its_back() {
    on_both(|log| {
        // Cut the tail and rewrite the tree head to match: storage is self-consistent again,
        // but smaller than a checkpoint the server already signed.
        log.db.exec(&format!(
            "delete from entries where org = {ORG} and seq > 10;
             update trees set size = 10 where org = {ORG};"
        ));
        let res = http()
            .get(format!(
                "{}/v1/organizations/acme/audit-log/checkpoint",
                log.base()
            ))
            .bearer_auth(&log.key)
            .send()
            .unwrap();
        assert_eq!(res.status(), 500);
        let body: Value = res.json().unwrap();
        assert_eq!(body["error"]["code"], "integrity_check_failed");
    });
}

#[test]
fn the_offline_walkthrough_verifies_an_export_and_a_receipt_and_catches_an_edited_export() {
    on_both(|log| {
        let dir = log.dir.path();
        let (export, checkpoint, key) = (
            dir.join("log.ndjson"),
            dir.join("checkpoint.note"),
            dir.join("key.txt"),
        );
        let out = auditlog()
            .args([
                "export",
                "--url",
                &log.base(),
                "--organization",
                "acme",
                "--token",
                &log.key,
                "--output",
            ])
            .arg(&export)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out).1);
        let note = http()
            .get(format!(
                "{}/v1/organizations/acme/audit-log/checkpoint",
                log.base()
            ))
            .bearer_auth(&log.key)
            .send()
            .unwrap()
            .text()
            .unwrap();
        std::fs::write(&checkpoint, note).unwrap();
        std::fs::write(&key, log.verifier_key()).unwrap();
        let offline = |file: &PathBuf| {
            auditlog()
                .args(["verify", "--export"])
                .arg(file)
                .arg("--checkpoint")
                .arg(&checkpoint)
                .arg("--key")
                .arg(&key)
                .output()
                .unwrap()
        };
        let out = offline(&export);
        assert!(out.status.success(), "{}", text(&out).1);
        assert!(text(&out).0.contains(&format!("{N} exported entries")));

        // One edited value in the export: caught offline, at its sequence.
        let edited = dir.join("edited.ndjson");
        let content = std::fs::read_to_string(&export)
            .unwrap()
            .replace("\"Bot 12\"", "\"Bot 13\"");
        std::fs::write(&edited, content).unwrap();
        let out = offline(&edited);
        assert!(!out.status.success());
        assert!(
            text(&out).1.contains("at sequence 12: hash mismatch"),
            "{}",
            text(&out).1
        );

        // A receipt for one entry, checked against that entry alone.
        let line = std::fs::read_to_string(&export)
            .unwrap()
            .lines()
            .nth(4)
            .unwrap()
            .to_owned();
        let entry: Value = serde_json::from_str(&line).unwrap();
        let receipt = http()
            .get(format!(
                "{}/v1/organizations/acme/audit-log/{}/receipt",
                log.base(),
                entry["id"].as_str().unwrap()
            ))
            .bearer_auth(&log.key)
            .send()
            .unwrap()
            .text()
            .unwrap();
        let (receipt_file, entry_file) = (dir.join("receipt.tlog-proof"), dir.join("entry.json"));
        std::fs::write(&receipt_file, receipt).unwrap();
        std::fs::write(&entry_file, &line).unwrap();
        let check = |entry: &PathBuf| {
            auditlog()
                .args(["verify", "--receipt"])
                .arg(&receipt_file)
                .arg("--entry")
                .arg(entry)
                .arg("--key")
                .arg(&key)
                .output()
                .unwrap()
        };
        let out = check(&entry_file);
        assert!(out.status.success(), "{}", text(&out).1);
        std::fs::write(&entry_file, line.replace("\"Bot 5\"", "\"Bot 6\"")).unwrap();
        assert!(!check(&entry_file).status.success());
    });
}

/// Appends entries from `N + 1` to `last` in batches of at most 1,000.
fn grow(log: &Log, last: u64) {
    let mut next = N + 1;
    while next <= last {
        let to = (next + 999).min(last);
        log.append(next..=to);
        next = to + 1;
    }
}

/// SQLite keeps postings in segments once `FLUSH` entries have arrived.
fn sqlite_log_with_a_segment() -> Log {
    let log = Log::new(false).unwrap();
    grow(&log, FLUSH + 104);
    log
}

#[test]
fn a_lost_term_of_the_postings_is_a_postings_mismatch_naming_the_term() {
    let log = sqlite_log_with_a_segment();
    let (_, _, storage_ok, storage_says) = log.verify(false);
    assert!(storage_ok, "clean: {storage_says}");
    assert!(
        storage_says.contains("postings consistent"),
        "{storage_says}"
    );

    // Every entry is by u1: without the segment's block of actors, a filter on u1 misses
    // a segment of them.
    log.db
        .exec("delete from segment_blocks where kind = 3 and first = 'u1'");
    let (server_ok, server_says, storage_ok, storage_says) = log.verify(true);
    assert!(server_ok, "the entries are intact: {server_says}");
    assert!(
        !storage_ok
            && storage_says.contains("postings mismatch")
            && storage_says.contains("User(\"u1\")"),
        "storage check: {storage_says}"
    );
}

#[test]
fn damaged_timestamps_of_the_postings_are_reported() {
    let log = sqlite_log_with_a_segment();
    log.db
        .exec("update segment_times set times = substr(times, 1, length(times) - 1)");
    let (_, _, storage_ok, storage_says) = log.verify(true);
    assert!(
        !storage_ok && storage_says.contains("postings out of line"),
        "storage check: {storage_says}"
    );
}

#[test]
fn a_block_of_the_postings_that_does_not_read_back_is_reported() {
    let log = sqlite_log_with_a_segment();
    // The block of actors names a last term it does not hold.
    log.db
        .exec("update segment_blocks set last = 'u2' where kind = 3 and first = 'u1'");
    let (server_ok, _, storage_ok, storage_says) = log.verify(true);
    assert!(server_ok);
    assert!(
        !storage_ok && storage_says.contains("unreadable"),
        "storage check: {storage_says}"
    );
}

#[test]
fn blocks_of_the_postings_that_overlap_are_reported() {
    let log = sqlite_log_with_a_segment();
    // A block of actors u0 and u2 before the block of u1: a lookup of u1 would find the
    // first, which ends after u1 without holding it.
    log.db.exec(
        "insert into segment_blocks
         select org, segment, kind, 'u0', 'u2', x'00027530020001010132020001'
         from segment_blocks where kind = 3 and first = 'u1'",
    );
    let (_, _, storage_ok, storage_says) = log.verify(true);
    assert!(
        !storage_ok && storage_says.contains("overlaps the block before it"),
        "storage check: {storage_says}"
    );
}

#[test]
fn a_damaged_index_page_is_reported_by_the_engines_own_check() {
    // N entries: the id index fits in its root page, a leaf whose cells fill its end.
    let mut log = Log::new(false).unwrap();
    log.verify_ok();
    if let Some(server) = log.server.take() {
        assert!(server.stop().success());
    }
    let Db::Sqlite(path) = &log.db else {
        unreachable!("a SQLite log")
    };
    // Flip 16 bytes in the cell area at the end of the id index's root page, as bit rot would:
    // the entries read in sequence order stay intact, lookups by id do not.
    let (root, page_size) = {
        let conn = rusqlite::Connection::open(path).unwrap();
        let root: i64 = conn
            .query_row(
                "select rootpage from sqlite_master where name = 'entries_by_id'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let page_size: i64 = conn
            .query_row("pragma page_size", [], |r| r.get(0))
            .unwrap();
        (root as usize, page_size as usize)
    };
    let mut bytes = std::fs::read(path).unwrap();
    let at = root * page_size - 100;
    for b in &mut bytes[at..at + 16] {
        *b ^= 0xa5;
    }
    std::fs::write(path, &bytes).unwrap();

    let out = auditlog()
        .args([
            "verify",
            "--database",
            &log.db.url(),
            "--organization",
            "acme",
        ])
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(!out.status.success(), "{stdout}");
    assert!(
        stderr.contains("the database is damaged: SQLite's integrity_check"),
        "{stderr}"
    );
}

#[test]
fn a_store_holding_fewer_entries_than_its_checkpoints_refuses_to_start_until_told() {
    on_both(|mut log| {
        log.verify_ok();
        if let Some(server) = log.server.take() {
            assert!(server.stop().success());
        }
        // Entries lost behind the server's back, after it signed a checkpoint covering them.
        log.db.exec(&format!(
            "delete from entries where org = {ORG} and seq > 10;
             update trees set size = 10 where org = {ORG};"
        ));
        let mut cmd = auditlog();
        cmd.args(["serve", "--database", &log.db.url()])
            .current_dir(log.dir.path());
        let (ok, stderr) = crate::signing_key::refused(cmd);
        assert!(!ok);
        assert!(
            stderr.contains("acme: a checkpoint covers 20 entries, the store holds 10"),
            "{stderr}"
        );
        assert!(stderr.contains("--accept-lost-entries"), "{stderr}");

        let url = log.db.url();
        let accepted = Server::start_url_with_env(
            &url,
            Some(ADMIN),
            &["--accept-lost-entries"],
            &[],
            log.dir.path(),
        );
        assert!(accepted.stop().success());
        // The checkpoints past the loss are forgotten: a plain start works again.
        Server::start_url_with_env(&url, Some(ADMIN), &[], &[], log.dir.path()).stop();
    });
}
