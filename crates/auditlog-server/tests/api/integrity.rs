//! The integrity endpoints: signing key, checkpoints, proofs, receipts and the export.

use base64::Engine;
use serde_json::{json, Value};

use auditlog_core::merkle::{self, Hash};
use auditlog_core::note::{Checkpoint, NoteVerifier, TlogProof};

use crate::helpers::{entry, error_of, TestApp};

const BASE: &str = "/v1/organizations/acme/audit-log";

async fn text(app: &TestApp, path: &str, key: &str) -> (u16, String) {
    let res = app.get(path, key).await;
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn verifier(app: &TestApp) -> NoteVerifier {
    let res = app
        .client
        .get(app.url("/v1/signing-key"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    NoteVerifier::parse(&res.text().await.unwrap()).unwrap()
}

fn hash(hex_str: &str) -> Hash {
    let mut out = [0u8; 32];
    hex::decode_to_slice(hex_str, &mut out).unwrap();
    out
}

fn hashes(v: &Value) -> Vec<Hash> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| hash(h.as_str().unwrap()))
        .collect()
}

/// An organization with `n` entries; returns the key and the entries' leaf hashes in order.
async fn log_of(app: &TestApp, n: usize) -> (String, Vec<Hash>) {
    let key = app.org_with_key("acme").await;
    let mut leaves = Vec::new();
    for chunk in (0..n).collect::<Vec<_>>().chunks(7) {
        let items = chunk
            .iter()
            .map(|i| entry(json!({"resource_id": format!("r{i}")})))
            .collect();
        for e in app.ingest("acme", &key, items).await {
            leaves.push(hash(e["hash"].as_str().unwrap()));
        }
    }
    (key, leaves)
}

fn naive_root(leaves: &[Hash]) -> Hash {
    let levels = merkle::complete_subtrees(leaves);
    let mut node = |l: u32, i: u64| Ok::<_, ()>(levels[l as usize][i as usize]);
    merkle::root(leaves.len() as u64, &mut node).unwrap()
}

async fn the_checkpoint_is_a_signed_note_over_the_tree_of_entry_hashes() {
    let app = TestApp::spawn().await;
    let (key, leaves) = log_of(&app, 23).await;
    let v = verifier(&app).await;
    let (status, note) = text(&app, &format!("{BASE}/checkpoint"), &key).await;
    assert_eq!(status, 200);
    let cp = Checkpoint::parse(v.open(&note).unwrap()).unwrap();
    assert_eq!(cp.origin, format!("{}/acme", v.name()));
    assert_eq!(cp.size, 23);
    assert_eq!(cp.root, naive_root(&leaves));
    // Unchanged log, same checkpoint; a longer log, a new one.
    assert_eq!(
        text(&app, &format!("{BASE}/checkpoint"), &key).await.1,
        note
    );
    app.ingest("acme", &key, vec![entry(json!({}))]).await;
    let (_, newer) = text(&app, &format!("{BASE}/checkpoint"), &key).await;
    assert_eq!(Checkpoint::parse(v.open(&newer).unwrap()).unwrap().size, 24);
    app.stop().await;
}

async fn an_empty_log_has_a_signed_checkpoint_of_size_zero() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let v = verifier(&app).await;
    let (_, note) = text(&app, &format!("{BASE}/checkpoint"), &key).await;
    let cp = Checkpoint::parse(v.open(&note).unwrap()).unwrap();
    assert_eq!((cp.size, cp.root), (0, merkle::empty_root()));
    app.stop().await;
}

async fn inclusion_proofs_verify_for_every_entry_at_every_size() {
    let app = TestApp::spawn().await;
    let (key, leaves) = log_of(&app, 13).await;
    for size in 1..=13u64 {
        let root = naive_root(&leaves[..size as usize]);
        for seq in 1..=size {
            let (status, body) = app
                .get_json(
                    &format!("{BASE}/proof/inclusion?sequence={seq}&tree_size={size}"),
                    &key,
                )
                .await;
            assert_eq!(status, 200, "{body}");
            assert_eq!(body["leaf_index"], seq - 1);
            let leaf = hash(body["leaf_hash"].as_str().unwrap());
            assert_eq!(leaf, leaves[seq as usize - 1]);
            assert!(merkle::verify_inclusion(
                seq - 1,
                size,
                &leaf,
                &hashes(&body["proof"]),
                &root
            ));
        }
    }
    app.stop().await;
}

async fn consistency_proofs_verify_between_every_pair_of_sizes() {
    let app = TestApp::spawn().await;
    let (key, leaves) = log_of(&app, 11).await;
    for to in 1..=11u64 {
        for from in 1..=to {
            let (status, body) = app
                .get_json(
                    &format!("{BASE}/proof/consistency?from={from}&to={to}"),
                    &key,
                )
                .await;
            assert_eq!(status, 200, "{body}");
            assert_eq!(
                (body["from"].as_u64(), body["to"].as_u64()),
                (Some(from), Some(to))
            );
            let (a, b) = (
                naive_root(&leaves[..from as usize]),
                naive_root(&leaves[..to as usize]),
            );
            assert!(
                merkle::verify_consistency(from, to, &a, &b, &hashes(&body["proof"])),
                "{from} → {to}"
            );
        }
    }
    app.stop().await;
}

async fn bad_proof_parameters_are_400_and_other_organizations_404() {
    let app = TestApp::spawn().await;
    let (key, _) = log_of(&app, 5).await;
    let cases = [
        ("proof/inclusion?sequence=0&tree_size=5", "sequence"),
        ("proof/inclusion?tree_size=5", "sequence"),
        ("proof/inclusion?sequence=6&tree_size=5", "sequence"),
        ("proof/inclusion?sequence=1&tree_size=6", "tree_size"),
        ("proof/inclusion?sequence=x", "sequence"),
        ("proof/inclusion?sequence=1&extra=1", "extra"),
        ("proof/consistency?from=0&to=5", "from"),
        ("proof/consistency?from=4&to=3", "from"),
        ("proof/consistency?from=1&to=9", "to"),
        ("proof/consistency?to=3", "from"),
        ("export?format=xml", "format"),
        ("export?entity_type=Bad", "entity_type"),
    ];
    for (query, param) in cases {
        let (status, body) = app.get_json(&format!("{BASE}/{query}"), &key).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(error_of(&body).1.as_deref(), Some(param), "{query}");
    }
    let other = app.org_with_key("globex").await;
    for path in [
        "checkpoint",
        "proof/inclusion?sequence=1",
        "proof/consistency?from=1",
        "export",
    ] {
        let foreign = app.get_json(&format!("{BASE}/{path}"), &other).await;
        let missing = app
            .get_json(
                &format!("/v1/organizations/nobody/audit-log/{path}"),
                &other,
            )
            .await;
        assert_eq!(foreign.0, 404, "{path}");
        assert_eq!(foreign, missing, "{path}");
    }
    app.stop().await;
}

async fn a_receipt_proves_its_entry_offline() {
    let app = TestApp::spawn().await;
    let (key, _) = log_of(&app, 9).await;
    let v = verifier(&app).await;
    let (_, page) = app.get_json(&format!("{BASE}?limit=100"), &key).await;
    for e in page["items"].as_array().unwrap() {
        let (status, receipt) = text(
            &app,
            &format!("{BASE}/{}/receipt", e["id"].as_str().unwrap()),
            &key,
        )
        .await;
        assert_eq!(status, 200);
        let proof = TlogProof::parse(&receipt).unwrap();
        let cp = Checkpoint::parse(v.open(&proof.signed_checkpoint).unwrap()).unwrap();
        let mut body = e.clone();
        body.as_object_mut().unwrap().remove("hash");
        let leaf = merkle::leaf_hash(&serde_json_canonicalizer::to_vec(&body).unwrap());
        assert_eq!(proof.index + 1, e["sequence"].as_u64().unwrap());
        assert!(merkle::verify_inclusion(
            proof.index,
            cp.size,
            &leaf,
            &proof.path,
            &cp.root
        ));
    }
    let (status, _) = text(
        &app,
        &format!("{BASE}/log_00000000000000000000000000/receipt"),
        &key,
    )
    .await;
    assert_eq!(status, 404);
    app.stop().await;
}

async fn the_export_streams_every_matching_entry_in_sequence_order() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    // More than one export page, with timestamps out of sequence order.
    for batch in 0..3 {
        let items = (0..1000)
            .map(|i| {
                let n = batch * 1000 + i;
                let day = 1 + (n * 7) % 28;
                entry(json!({"timestamp": format!("2025-02-{day:02}T00:00:00Z"),
                             "resource_type": if n % 3 == 0 { "thread" } else { "assistant" }}))
            })
            .collect();
        app.ingest("acme", &key, items).await;
    }
    let res = app.get(&format!("{BASE}/export?format=ndjson"), &key).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/x-ndjson");
    let body = res.text().await.unwrap();
    let seqs: Vec<u64> = body
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["sequence"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(seqs, (1..=3000).collect::<Vec<_>>());

    let threads = app
        .get(
            &format!("{BASE}/export?entity_type=thread&from_date=2025-02-10"),
            &key,
        )
        .await
        .text()
        .await
        .unwrap();
    let (_, listed) = app
        .get_json(
            &format!("{BASE}?entity_type=thread&from_date=2025-02-10&limit=1"),
            &key,
        )
        .await;
    let lines: Vec<Value> = threads
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len() as u64, listed["total"].as_u64().unwrap());
    assert!(lines
        .windows(2)
        .all(|w| w[0]["sequence"].as_u64() < w[1]["sequence"].as_u64()));
    assert!(lines.iter().all(|e| e["resource_type"] == "thread"));
    app.stop().await;
}

async fn the_csv_export_quotes_as_rfc_4180_says_and_neutralizes_formulas() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let empty = app.get(&format!("{BASE}/export?format=csv"), &key).await;
    assert_eq!(empty.status(), 200);
    let columns = auditlog_server::routes::export::CSV_COLUMNS.join(",");
    assert_eq!(empty.text().await.unwrap(), format!("{columns}\r\n"));

    let stored = app
        .ingest(
            "acme",
            &key,
            vec![
                entry(json!({"resource_name": "=HYPERLINK(\"http://evil\")",
                             "user_name": "Doe, \"Jo\"\nSecond line", "user_email": "@sum",
                             "department_id": "-1+1",
                             "metadata": {"ip_address": "10.0.0.1", "country": "DE", "n": 1},
                             "targets": [{"type": "member", "id": "m1"}],
                             "before": {"a": 1}, "after": {"a": 2}})),
                entry(json!({"resource_type": "thread", "user_name": "Plain"})),
            ],
        )
        .await;
    let res = app.get(&format!("{BASE}/export?format=csv"), &key).await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-type"],
        "text/csv; charset=utf-8; header=present"
    );
    assert_eq!(
        res.headers()["content-disposition"],
        "attachment; filename=\"audit-log-acme.csv\""
    );
    let body = res.text().await.unwrap();
    assert!(body.ends_with("\r\n"));
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header.join(","), columns);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let cell = |row: usize, name: &str| -> String {
        let at = header.iter().position(|h| h == name).unwrap();
        rows[row][at].to_owned()
    };
    assert_eq!(cell(0, "sequence"), "1");
    assert_eq!(cell(0, "id"), stored[0]["id"]);
    assert_eq!(cell(0, "resource_name"), "'=HYPERLINK(\"http://evil\")");
    assert_eq!(cell(0, "user_name"), "Doe, \"Jo\"\nSecond line");
    assert_eq!(cell(0, "user_email"), "'@sum");
    assert_eq!(cell(0, "department_id"), "'-1+1");
    assert_eq!(cell(0, "ip_address"), "10.0.0.1");
    assert_eq!(cell(0, "country"), "DE");
    assert_eq!(cell(0, "event"), "assistant.created");
    assert_eq!(cell(0, "hash"), stored[0]["hash"]);
    let targets: Value = serde_json::from_str(&cell(0, "targets")).unwrap();
    assert_eq!(targets, stored[0]["targets"]);
    let changes: Value = serde_json::from_str(&cell(0, "changes")).unwrap();
    assert_eq!(changes, stored[0]["changes"]);
    assert_eq!(cell(1, "resource_name"), "");
    let threads = app
        .get(
            &format!("{BASE}/export?format=csv&entity_type=thread"),
            &key,
        )
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(threads.lines().count(), 2, "{threads}");
    app.stop().await;
}

async fn the_verifier_key_is_in_note_format() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .get(app.url("/v1/signing-key"))
        .send()
        .await
        .unwrap();
    let key = res.text().await.unwrap();
    let parts: Vec<&str> = key.trim().splitn(3, '+').collect();
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[1].len(), 8);
    let raw = base64::engine::general_purpose::STANDARD
        .decode(parts[2])
        .unwrap();
    assert_eq!((raw.len(), raw[0]), (33, 1));
    app.stop().await;
}

auditlog_store::on_both_backends!(
    the_checkpoint_is_a_signed_note_over_the_tree_of_entry_hashes,
    an_empty_log_has_a_signed_checkpoint_of_size_zero,
    inclusion_proofs_verify_for_every_entry_at_every_size,
    consistency_proofs_verify_between_every_pair_of_sizes,
    bad_proof_parameters_are_400_and_other_organizations_404,
    a_receipt_proves_its_entry_offline,
    the_export_streams_every_matching_entry_in_sequence_order,
    the_csv_export_quotes_as_rfc_4180_says_and_neutralizes_formulas,
    the_verifier_key_is_in_note_format,
);
