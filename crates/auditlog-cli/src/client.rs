//! A small blocking HTTP client for the CLI commands, with the server's error shape decoded.

use reqwest::blocking::{Client, RequestBuilder, Response};
use serde_json::Value;

use crate::cli::ClientArgs;

pub struct Api {
    http: Client,
    args: ClientArgs,
}

impl Api {
    pub fn new(args: &ClientArgs) -> Result<Self, String> {
        let http = Client::builder()
            .timeout(std::time::Duration::from_secs(120))
            .build()
            .map_err(|e| e.to_string())?;
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
    let res = res.map_err(|e| format!("request failed: {e}"))?;
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
