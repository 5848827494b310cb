//! Extractors whose rejections speak our error shape.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{ApiError, Result};

/// Largest accepted request body.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// A JSON request body, checked for content type and size but not yet parsed, so that the
/// handler can authorize the organization before it says anything about the body.
pub struct RawJson(Bytes);

impl<S: Send + Sync> FromRequest<S> for RawJson {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self> {
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
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
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
        Ok(RawJson(bytes))
    }
}

impl RawJson {
    /// Parses strictly (no duplicate keys) into a JSON value.
    pub fn parse(&self) -> Result<Value> {
        auditlog_core::json::parse_strict(&self.0).map_err(|e| ApiError::Invalid {
            code: "invalid_json",
            message: format!("The request body is not valid JSON: {e}"),
            param: None,
        })
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
