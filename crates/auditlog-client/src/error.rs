//! One error for every call: the server's own error shape when it answered with one, otherwise
//! what went wrong on the way.

use std::fmt;

/// The server's error body, `{"error": {"message", "type", "code", "param"?}}`, with the status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: u16,
    /// `invalid_request_error`, `authentication_error`, `permission_error`, `not_found_error`, …
    pub kind: String,
    /// A stable code such as `audit_log_not_found` or `invalid_value`.
    pub code: String,
    pub message: String,
    /// The parameter or field at fault, e.g. `items[3].resource_id`.
    pub param: Option<String>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {} {}: {}", self.status, self.code, self.message)?;
        if let Some(param) = &self.param {
            write!(f, " (param: {param})")?;
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The server refused the request and said why.
    #[error("{0}")]
    Api(ApiError),
    /// The request did not get an answer: connection, TLS, timeout.
    #[error("request failed: {}", causes(.0))]
    Request(#[source] reqwest::Error),
    /// The server answered with something this client cannot read.
    #[error("HTTP {status}: unreadable response: {detail}")]
    Response { status: u16, detail: String },
    /// A proof, checkpoint or entry that does not check out.
    #[error("verification failed: {0}")]
    Verification(String),
    /// The client was built with an unusable setting (URL, certificate).
    #[error("{0}")]
    Config(String),
}

impl Error {
    /// The server's error, when it gave one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api(e) => Some(e.status),
            Self::Response { status, .. } => Some(*status),
            _ => None,
        }
    }
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Self::Request(e)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error with its causes: reqwest's message for a refused certificate or a refused
/// connection says only that sending failed; its sources say why.
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
    if out.contains("InvalidContentType") || out.contains("corrupt message") {
        out.push_str(" (is the server speaking plain HTTP? then use http://)");
    }
    out
}

/// Turns a non-2xx response into [`Error::Api`], reading the error shape.
pub(crate) async fn check(res: reqwest::Response) -> Result<reqwest::Response> {
    let status = res.status().as_u16();
    if res.status().is_success() {
        return Ok(res);
    }
    let body = res.bytes().await?;
    let value: serde_json::Value = serde_json::from_slice(&body).map_err(|e| Error::Response {
        status,
        detail: format!(
            "{e}: {}",
            String::from_utf8_lossy(&body[..body.len().min(200)])
        ),
    })?;
    let err = &value["error"];
    let text = |k: &str| err[k].as_str().map(str::to_owned);
    match (text("code"), text("message")) {
        (Some(code), Some(message)) => Err(Error::Api(ApiError {
            status,
            kind: text("type").unwrap_or_default(),
            code,
            message,
            param: text("param"),
        })),
        _ => Err(Error::Response {
            status,
            detail: "no error object in the body".into(),
        }),
    }
}
