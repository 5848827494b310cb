//! The CLI's connection to a server: the `auditlog-client` crate driven from a one-thread
//! runtime, since each command is a sequence of requests with nothing else to do meanwhile.
//! `https://` URLs are checked against Mozilla's roots and the platform's (which honour
//! `SSL_CERT_FILE`), plus any authority given with `--ca-cert`.

use std::future::Future;
use std::path::Path;

use auditlog_client::{Client, Log};
use tokio::runtime::Runtime;

use crate::cli::ClientArgs;

/// A client of `url` with `token`, trusting the authorities in `ca_cert` (PEM) as well.
pub fn client(url: &str, token: &str, ca_cert: Option<&Path>) -> Result<Client, String> {
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(
            "--url must start with http:// or https:// (e.g. http://127.0.0.1:8080)".into(),
        );
    }
    let mut builder = Client::builder(url, token);
    if let Some(file) = ca_cert {
        let pem = std::fs::read(file).map_err(|e| format!("--ca-cert {}: {e}", file.display()))?;
        builder = builder
            .ca_cert_pem(&pem)
            .map_err(|e| format!("--ca-cert {}: {e}", file.display()))?;
    }
    builder.build().map_err(|e| e.to_string())
}

pub fn runtime() -> Result<Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the client runtime: {e}"))
}

/// An organization's log on the server the flags name, and the runtime that drives requests.
pub struct Api {
    runtime: Runtime,
    pub log: Log,
}

impl Api {
    pub fn new(args: &ClientArgs) -> Result<Self, String> {
        let client = client(&args.url, &args.token, args.ca_cert.as_deref())?;
        Ok(Self {
            runtime: runtime()?,
            log: client.organization(&args.organization),
        })
    }

    /// Runs one request (or a few) to completion.
    pub fn wait<T>(
        &self,
        request: impl Future<Output = auditlog_client::Result<T>>,
    ) -> Result<T, String> {
        self.runtime.block_on(request).map_err(|e| e.to_string())
    }
}
