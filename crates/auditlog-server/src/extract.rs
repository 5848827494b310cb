//! Extractors whose rejections speak our error shape.

use auditlog_core::json::Item;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use serde::de::DeserializeOwned;
use serde_json::Value;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::{ApiError, Result};
use crate::AppState;

/// Largest accepted request body.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// How request bodies are bounded in time and in memory.
#[derive(Clone, Debug)]
pub struct BodyLimits {
    /// Longest time to receive a whole body, waiting for memory to handle it included.
    pub timeout: Duration,
    /// Memory for handling bodies, shared by every request, in KiB: a body is charged
    /// [`BODY_MEMORY_FACTOR`] times its declared length (or the largest allowed, when it does
    /// not declare one) before it is read, and holds it until its answer is made.
    memory: Arc<Semaphore>,
}

/// What handling a body takes in memory, as a multiple of its size: the body, the validated
/// entries, their canonical bytes and the answer that repeats them.
pub const BODY_MEMORY_FACTOR: usize = 4;

impl BodyLimits {
    /// `memory_bytes` is raised to what the largest body takes, so that one always fits.
    pub fn new(timeout: Duration, memory_bytes: usize) -> Self {
        let kib = memory_bytes.max(BODY_MEMORY_FACTOR * MAX_BODY_BYTES) / 1024;
        Self {
            timeout,
            memory: Arc::new(Semaphore::new(kib)),
        }
    }
}

impl Default for BodyLimits {
    fn default() -> Self {
        Self::new(Duration::from_secs(60), BODY_MEMORY_FACTOR * MAX_BODY_BYTES)
    }
}

/// A JSON request body, checked for content type and size but not yet parsed, so that the
/// handler can authorize the organization before it says anything about the body. It holds
/// its charge of the body memory until dropped.
pub struct RawJson {
    bytes: Bytes,
    _memory: OwnedSemaphorePermit,
}

impl FromRequest<AppState> for RawJson {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|mime| {
                let mime = mime.trim().to_ascii_lowercase();
                mime == "application/json"
                    || (mime.starts_with("application/") && mime.ends_with("+json"))
            })
            .unwrap_or(false);
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let declared = declared_length(req.headers())?;
        let limits = &state.bodies;
        let deadline = tokio::time::Instant::now() + limits.timeout;
        let charge = BODY_MEMORY_FACTOR * declared.unwrap_or(MAX_BODY_BYTES);
        let kib = charge.div_ceil(1024).max(1) as u32;
        let permit =
            tokio::time::timeout_at(deadline, limits.memory.clone().acquire_many_owned(kib))
                .await
                .map_err(|_| ApiError::Busy)?
                .map_err(|_| ApiError::Internal("the body memory semaphore is closed".into()))?;
        let read = tokio::time::timeout_at(deadline, Bytes::from_request(req, state))
            .await
            .map_err(|_| ApiError::BodyTimeout(limits.timeout.as_secs()))?;
        let bytes = read.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::Invalid {
                    code: "invalid_body",
                    message: "The request body could not be read".into(),
                    param: None,
                }
            }
        })?;
        Ok(RawJson {
            bytes,
            _memory: permit,
        })
    }
}

/// The body length the request declares; over the limit is 413 before a byte of it is read.
pub fn declared_length(headers: &HeaderMap) -> Result<Option<usize>> {
    let Some(value) = headers.get(header::CONTENT_LENGTH) else {
        return Ok(None);
    };
    let length = value
        .to_str()
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .ok_or_else(|| {
            ApiError::invalid(
                "invalid_header",
                "Content-Length",
                "Content-Length is not a number",
            )
        })?;
    if length > MAX_BODY_BYTES as u64 {
        return Err(ApiError::PayloadTooLarge);
    }
    Ok(Some(length as usize))
}

/// Refuses a declared body over the limit on any route, before the handler runs.
pub async fn refuse_oversized(
    req: Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    match declared_length(req.headers()) {
        Err(e) => e.into_response(),
        Ok(_) => next.run(req).await,
    }
}

impl RawJson {
    /// Parses strictly (no duplicate keys) into a JSON value.
    pub fn parse(&self) -> Result<Value> {
        auditlog_core::json::parse_strict(&self.bytes).map_err(|e| Self::invalid_json(&e))
    }

    /// An entry's body, read as an [`Item`] (see [`RawJson::parse`]), refusing a body of more
    /// than `max_values` JSON values while it is read (`Err(None)`), before it builds a tree
    /// far larger than the body.
    pub fn parse_item_bounded(&self, max_values: usize) -> Result<Item, Option<ApiError>> {
        use auditlog_core::json::{parse_item_bounded, BoundedError};
        parse_item_bounded(&self.bytes, max_values).map_err(|e| match e {
            BoundedError::Json(e) => Some(Self::invalid_json(&e)),
            BoundedError::TooManyValues => None,
        })
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn invalid_json(e: &serde_json::Error) -> ApiError {
        ApiError::Invalid {
            code: "invalid_json",
            message: format!("The request body is not valid JSON: {e}"),
            param: None,
        }
    }
}

/// Path parameters; a path that cannot be decoded is simply not found.
pub struct PathParams<T>(pub T);

impl<T, S> FromRequestParts<S> for PathParams<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| PathParams(p.0))
            .map_err(|_| ApiError::not_found("not_found", "No such resource"))
    }
}

/// A JSON number that is a whole non-negative number, as JSON Schema's `integer` means it:
/// `60` and `60.0` alike.
pub fn whole_number(v: &Value) -> Option<u64> {
    v.as_u64().or_else(|| {
        v.as_f64()
            .filter(|f| {
                f.fract() == 0.0 && *f >= 0.0 && *f <= auditlog_core::json::MAX_SAFE_INTEGER as f64
            })
            .map(|f| f as u64)
    })
}
