//! The store reaches PostgreSQL over TLS as libpq would: `sslmode` and `sslrootcert` honoured.
//! Needs the local server set up with a certificate by `scripts/test`, which names the
//! authority that signed it in `AUDITLOG_TEST_POSTGRES_TLS_ROOT_CERT` (and an unrelated one in
//! `AUDITLOG_TEST_POSTGRES_TLS_OTHER_ROOT_CERT`); skipped without, except in CI.

use std::io::Write;

use auditlog_core::{OrgId, Timestamp};
use auditlog_store::postgres::{Options, PostgresStore, Target};
use auditlog_store::testing::{connect_postgres, fresh_postgres_url};
use auditlog_store::{Organization, Store};

struct Tls {
    /// A fresh schema of the test database, reached as `localhost` (the certificate's name).
    url: String,
    root: String,
    other_root: String,
}

async fn tls() -> Option<Tls> {
    let root = std::env::var("AUDITLOG_TEST_POSTGRES_TLS_ROOT_CERT").ok();
    let other_root = std::env::var("AUDITLOG_TEST_POSTGRES_TLS_OTHER_ROOT_CERT").ok();
    let url = fresh_postgres_url("").await;
    match (url, root, other_root) {
        (Some(url), Some(root), Some(other_root)) => Some(Tls {
            url: url.replacen("@127.0.0.1:", "@localhost:", 1),
            root,
            other_root,
        }),
        _ if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI must run the PostgreSQL TLS tests: scripts/test sets them up")
        }
        _ => {
            let _ = writeln!(
                std::io::stderr(),
                "\nSKIPPED: PostgreSQL over TLS (scripts/test sets up the local server's certificate)"
            );
            None
        }
    }
}

fn with(url: &str, params: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{params}")
}

/// Whether the server sees this session encrypted.
async fn encrypted(url: &str) -> bool {
    let client = connect_postgres(url).await;
    client
        .query_one(
            "select ssl from pg_stat_ssl where pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap()
        .get(0)
}

async fn refusal(url: &str) -> String {
    match Target::parse(url).unwrap().connect().await {
        Ok(_) => panic!("connected although the certificate should have been refused"),
        Err(e) => e.to_string(),
    }
}

#[tokio::test]
async fn verify_full_with_the_servers_root_certificate_connects_encrypted_and_the_store_works() {
    let Some(tls) = tls().await else { return };
    let url = with(
        &tls.url,
        &format!("sslmode=verify-full&sslrootcert={}", tls.root),
    );
    assert!(encrypted(&url).await);

    let store = PostgresStore::connect(&url, Options::default())
        .await
        .unwrap();
    let org = Organization {
        id: OrgId::parse("tls").unwrap(),
        name: "Over TLS".into(),
        created_at: Timestamp::now(),
    };
    store.create_organization(&org).await.unwrap();
    assert_eq!(
        store.organization(&org.id).await.unwrap().unwrap().name,
        "Over TLS"
    );
}

#[tokio::test]
async fn verify_full_refuses_a_server_whose_certificate_another_authority_signed() {
    let Some(tls) = tls().await else { return };
    let url = with(
        &tls.url,
        &format!("sslmode=verify-full&sslrootcert={}", tls.other_root),
    );
    let why = refusal(&url).await;
    assert!(why.contains("invalid peer certificate"), "{why}");
}

#[tokio::test]
async fn verify_full_checks_the_name_and_verify_ca_only_the_chain() {
    let Some(tls) = tls().await else { return };
    // The certificate names `localhost`, not the address.
    let by_address = tls.url.replacen("@localhost:", "@127.0.0.1:", 1);
    let full = with(
        &by_address,
        &format!("sslmode=verify-full&sslrootcert={}", tls.root),
    );
    let why = refusal(&full).await;
    assert!(why.contains("invalid peer certificate"), "{why}");

    let ca = with(
        &by_address,
        &format!("sslmode=verify-ca&sslrootcert={}", tls.root),
    );
    assert!(encrypted(&ca).await);
}

#[tokio::test]
async fn require_encrypts_without_verifying_and_disable_does_not_encrypt() {
    let Some(tls) = tls().await else { return };
    assert!(encrypted(&with(&tls.url, "sslmode=require")).await);
    assert!(!encrypted(&with(&tls.url, "sslmode=disable")).await);
}
