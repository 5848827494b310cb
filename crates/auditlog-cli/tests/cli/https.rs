//! The client commands over `https://`: a real server behind a TLS proxy whose certificate a
//! private authority signed, trusted only when given with `--ca-cert`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use serde_json::json;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::rustls::{self, ServerConfig};
use tokio_rustls::TlsAcceptor;

use crate::{auditlog, setup_org, text, Server, ADMIN};

/// A TLS endpoint for `localhost` forwarding to a plain server; stops with its runtime.
struct Proxy {
    base: String,
    _runtime: tokio::runtime::Runtime,
}

/// A private authority's certificate, written to `dir/ca.pem`, and a server configuration
/// presenting a `localhost` certificate it signed.
fn private_authority(dir: &Path) -> (PathBuf, ServerConfig) {
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = CertifiedIssuer::self_signed(ca, KeyPair::generate().unwrap()).unwrap();
    let ca_file = dir.join("ca.pem");
    std::fs::write(&ca_file, ca.pem()).unwrap();

    let key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["localhost".to_owned()])
        .unwrap()
        .signed_by(&key, &ca)
        .unwrap();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let config = ServerConfig::builder_with_provider(Arc::new(
        #[allow(deprecated)]
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![CertificateDer::from(leaf.der().to_vec())], key)
    .unwrap();
    (ca_file, config)
}

fn start_proxy(config: ServerConfig, backend: SocketAddr) -> Proxy {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    runtime.spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                // A client that refuses the certificate ends its handshake: nothing to forward.
                let Ok(mut tls) = acceptor.accept(socket).await else {
                    return;
                };
                let Ok(mut plain) = tokio::net::TcpStream::connect(backend).await else {
                    return;
                };
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
            });
        }
    });
    Proxy {
        base: format!("https://localhost:{port}"),
        _runtime: runtime,
    }
}

#[test]
fn ingest_query_export_and_verify_work_over_https_with_a_private_authority() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("tls.db"), Some(ADMIN), &[]);
    let key = setup_org(&server.base, "acme");
    let backend: SocketAddr = server.base.trim_start_matches("http://").parse().unwrap();
    let (ca, config) = private_authority(dir.path());
    let proxy = start_proxy(config, backend);

    let events = dir.path().join("events.ndjson");
    let lines: Vec<String> = (0..3)
        .map(|i| {
            json!({"action": "created", "resource_type": "thread", "resource_id": format!("t{i}"), "user_id": "u1"})
                .to_string()
        })
        .collect();
    std::fs::write(&events, lines.join("\n")).unwrap();
    let client = |sub: &str| {
        let mut cmd = auditlog();
        cmd.arg(sub).args([
            "--url",
            &proxy.base,
            "--organization",
            "acme",
            "--token",
            &key,
            "--ca-cert",
            ca.to_str().unwrap(),
        ]);
        cmd
    };

    let out = client("ingest")
        .arg(&events)
        .arg("--quiet")
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("3 entries committed"), "{stdout}");

    let out = client("query").arg("--json").output().unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    let page: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(page["total"], 3);

    let out = client("export").output().unwrap();
    assert!(out.status.success(), "{}", text(&out).1);
    assert_eq!(text(&out).0.lines().count(), 3);

    let out = client("verify").output().unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.starts_with("OK"), "{stdout}");
    server.stop();
}

#[test]
fn an_https_server_signed_by_an_unknown_authority_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("tls.db"), Some(ADMIN), &[]);
    let key = setup_org(&server.base, "acme");
    let backend: SocketAddr = server.base.trim_start_matches("http://").parse().unwrap();
    let (_, config) = private_authority(dir.path());
    let proxy = start_proxy(config, backend);

    let out = auditlog()
        .args(["query", "--url", &proxy.base, "--organization", "acme"])
        .args(["--token", &key])
        .output()
        .unwrap();
    let (_, stderr) = text(&out);
    assert!(!out.status.success());
    assert!(stderr.contains("UnknownIssuer"), "{stderr}");

    let out = auditlog()
        .args(["verify", "--url", &proxy.base, "--organization", "acme"])
        .args(["--token", &key])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out).1.contains("UnknownIssuer"), "{}", text(&out).1);
    server.stop();
}
