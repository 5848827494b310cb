//! A small blocking HTTP client for the CLI commands, with the server's error shape decoded.
//! `https://` URLs are checked against Mozilla's roots and the platform's (which honour
//! `SSL_CERT_FILE`), plus any authority given with `--ca-cert`, by rustls: nothing to install.

use std::path::Path;

use reqwest::blocking::{Client, RequestBuilder, Response};
use serde_json::Value;

use crate::cli::ClientArgs;

/// The HTTP client of every command, trusting the authorities in `ca_cert` (PEM) as well.
pub fn http_client(ca_cert: Option<&Path>) -> Result<Client, String> {
    let mut builder = Client::builder()
        .use_rustls_tls()
        .timeout(std::time::Duration::from_secs(120));
    if let Some(file) = ca_cert {
        let pem = std::fs::read(file).map_err(|e| format!("--ca-cert {}: {e}", file.display()))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem)
            .map_err(|e| format!("--ca-cert {}: {}", file.display(), causes(&e)))?;
        if certs.is_empty() {
            return Err(format!(
                "--ca-cert {}: no certificate in it",
                file.display()
            ));
        }
        for cert in certs {
            builder = builder.add_root_certificate(cert);
        }
    }
    builder.build().map_err(|e| causes(&e))
}

/// Refuses a server URL that is not `http://` or `https://`, before any request.
pub fn check_url(url: &str) -> Result<(), String> {
    if url.starts_with("http://") || url.starts_with("https://") {
        Ok(())
    } else {
        Err("--url must start with http:// or https:// (e.g. http://127.0.0.1:8080)".into())
    }
}

/// Why a request failed, with a hint where the cause is a common mistake.
pub fn request_failed(e: &reqwest::Error) -> String {
    let why = causes(e);
    if why.contains("InvalidContentType") || why.contains("corrupt message") {
        format!("request failed: {why} (is the server speaking plain HTTP? then use http://)")
    } else {
        format!("request failed: {why}")
    }
}

/// An error with its causes: reqwest's own message for a refused certificate says only that
/// sending failed; its sources say why.
pub fn causes(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = cause.source();
    }
    out
}

pub struct Api {
    http: Client,
    args: ClientArgs,
}

impl Api {
    pub fn new(args: &ClientArgs) -> Result<Self, String> {
        check_url(&args.url)?;
        let http = http_client(args.ca_cert.as_deref())?;
        Ok(Self {
            http,
            args: args.clone(),
        })
    }

    /// `{url}/v1/organizations/{org}/{path}`.
    pub fn org_url(&self, path: &str) -> String {
        format!(
            "{}/v1/organizations/{}/{path}",
            self.args.url.trim_end_matches('/'),
            self.args.organization
        )
    }

    pub fn get(&self, url: &str) -> RequestBuilder {
        self.http.get(url).bearer_auth(&self.args.token)
    }

    pub fn post(&self, url: &str) -> RequestBuilder {
        self.http.post(url).bearer_auth(&self.args.token)
    }
}

/// The JSON body of a 2xx response, or the server's error message.
pub fn json_or_error(res: Result<Response, reqwest::Error>) -> Result<(u16, Value), String> {
    let res = res.map_err(|e| request_failed(&e))?;
    let status = res.status().as_u16();
    let body: Value = res
        .json()
        .map_err(|e| format!("HTTP {status}: unreadable response: {e}"))?;
    if (200..300).contains(&status) {
        return Ok((status, body));
    }
    let err = &body["error"];
    let mut msg = format!(
        "HTTP {status} {}: {}",
        err["code"].as_str().unwrap_or("error"),
        err["message"].as_str().unwrap_or("unknown error")
    );
    if let Some(param) = err["param"].as_str() {
        msg.push_str(&format!(" (param: {param})"));
    }
    Err(msg)
}
