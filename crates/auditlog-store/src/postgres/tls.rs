//! TLS for PostgreSQL connections as libpq's `sslmode` means it: which parameters a URL gave,
//! the rustls client configuration they make, and the verifier that checks the chain and, for
//! `verify-full` only, the name.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};

use super::connect::{invalid, TlsMode};
use crate::Result;

#[derive(Default)]
pub(super) struct SslParams {
    pub mode: Option<String>,
    pub root_cert: Option<String>,
    pub cert: Option<String>,
    pub key: Option<String>,
}

impl SslParams {
    pub(super) fn mode(&self) -> Result<TlsMode> {
        Ok(match self.mode.as_deref() {
            Some("disable") => TlsMode::Disable,
            None | Some("allow" | "prefer") => TlsMode::Prefer,
            // As libpq: a given root certificate makes `require` check the chain.
            Some("require") if self.root_cert.is_some() => TlsMode::VerifyCa,
            Some("require") => TlsMode::Require,
            Some("verify-ca") => TlsMode::VerifyCa,
            Some("verify-full") => TlsMode::VerifyFull,
            Some(other) => {
                return Err(invalid(format!(
                    "sslmode {other:?} is none of disable, allow, prefer, require, verify-ca, verify-full"
                )))
            }
        })
    }

    /// Trusted roots: the `sslrootcert` file, or (absent or `system`) the platform's store and
    /// Mozilla's roots.
    fn roots(&self) -> Result<RootCertStore> {
        let mut roots = RootCertStore::empty();
        match self.root_cert.as_deref() {
            Some(file) if file != "system" => {
                for cert in CertificateDer::pem_file_iter(file)
                    .map_err(|e| invalid(format!("sslrootcert {file}: {e}")))?
                {
                    let cert = cert.map_err(|e| invalid(format!("sslrootcert {file}: {e}")))?;
                    roots
                        .add(cert)
                        .map_err(|e| invalid(format!("sslrootcert {file}: {e}")))?;
                }
                if roots.is_empty() {
                    return Err(invalid(format!("sslrootcert {file}: no certificate in it")));
                }
            }
            _ => {
                roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
                // A platform store that cannot be read leaves Mozilla's roots.
                let _ =
                    roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
            }
        }
        Ok(roots)
    }

    pub(super) fn client_config(&self, mode: TlsMode) -> Result<ClientConfig> {
        // ring, as reqwest's TLS uses: aws-lc-rs, the provider with post-quantum key exchange,
        // needs CMake and a long C build. PostgreSQL's own libpq offers no post-quantum
        // exchange either.
        #[allow(deprecated)]
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| invalid(e.to_string()))?;
        let builder = match mode {
            TlsMode::VerifyFull => builder.with_root_certificates(self.roots()?),
            TlsMode::VerifyCa => {
                // The chain alone proves nothing about which server it is when any public
                // authority may have signed it: libpq refuses this too.
                if matches!(self.root_cert.as_deref(), None | Some("system")) {
                    return Err(invalid(
                        "sslmode=verify-ca needs sslrootcert=FILE, the authority that signed the \
                         server's certificate (with public authorities use verify-full)"
                            .into(),
                    ));
                }
                let chain = WebPkiServerVerifier::builder_with_provider(
                    Arc::new(self.roots()?),
                    provider.clone(),
                )
                .build()
                .map_err(|e| invalid(e.to_string()))?;
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(Verifier {
                        chain: Some(chain),
                        provider,
                    }))
            }
            TlsMode::Disable | TlsMode::Prefer | TlsMode::Require => builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(Verifier {
                    chain: None,
                    provider,
                })),
        };
        match (&self.cert, &self.key) {
            (None, None) => Ok(builder.with_no_client_auth()),
            (Some(cert), Some(key)) => {
                let certs = CertificateDer::pem_file_iter(cert)
                    .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
                    .map_err(|e| invalid(format!("sslcert {cert}: {e}")))?;
                let key = PrivateKeyDer::from_pem_file(key)
                    .map_err(|e| invalid(format!("sslkey {key}: {e}")))?;
                builder
                    .with_client_auth_cert(certs, key)
                    .map_err(|e| invalid(format!("sslcert/sslkey: {e}")))
            }
            _ => Err(invalid("sslcert and sslkey go together".into())),
        }
    }
}

/// The server verification of `prefer`, `require` (none: the handshake is still checked) and
/// `verify-ca` (the chain, not the name).
#[derive(Debug)]
struct Verifier {
    chain: Option<Arc<WebPkiServerVerifier>>,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        // The name is checked after the chain: a wrong name means the chain was good.
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}
