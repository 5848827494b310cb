//! The one error shape, `{"error": {"message", "type", "code", "param"?}}`, and the single place
//! where every failure becomes an HTTP status.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use auditlog_core::stored::Corrupt;
use auditlog_core::FieldError;
use auditlog_store::StoreError;

#[derive(Debug)]
pub enum ApiError {
    /// 400: the request is wrong; `param` names the offending field or parameter.
    Invalid {
        code: &'static str,
        message: String,
        param: Option<String>,
    },
    Unauthenticated(String),
    Forbidden(String),
    NotFound {
        code: &'static str,
        message: String,
    },
    MethodNotAllowed,
    /// 410: the entry was removed under the organization's retention policy.
    Pruned,
    Conflict {
        code: &'static str,
        message: String,
    },
    PayloadTooLarge,
    UnsupportedMediaType,
    /// 408: the body did not arrive within the time allowed.
    BodyTimeout(u64),
    /// 503: too many large bodies are being received at once; retry after a moment.
    Busy,
    /// 429: over a rate limit; a token is there again after `retry_after`.
    RateLimited {
        message: String,
        retry_after: std::time::Duration,
    },
    /// 503: the storage has no room, or refuses writes; nothing was stored.
    StorageFull,
    StorageReadOnly,
    /// 503 from `/readyz`: why the server should not be sent requests now.
    NotReady(&'static str),
    /// 500: the cause is logged, never sent.
    Internal(String),
    /// 500: storage disagrees with a checkpoint already signed; nothing new is signed.
    IntegrityFailure,
}

pub type Result<T, E = ApiError> = std::result::Result<T, E>;

/// Logs a storage fault at most once every ten seconds, with how many requests it refused
/// since the last line: a full disk refuses every write, and a line per write would flood
/// the very disk that is full.
pub(crate) fn storage_fault(what: &'static str) {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Mutex;
    static REFUSED: AtomicU64 = AtomicU64::new(0);
    static LAST: Mutex<Option<std::time::Instant>> = Mutex::new(None);
    REFUSED.fetch_add(1, Ordering::Relaxed);
    let mut last = LAST.lock().unwrap_or_else(|p| p.into_inner());
    if last.is_none_or(|t| t.elapsed() >= std::time::Duration::from_secs(10)) {
        *last = Some(std::time::Instant::now());
        let refused = REFUSED.swap(0, Ordering::Relaxed);
        tracing::error!(refused, "{what}");
    }
}

impl ApiError {
    pub fn invalid(
        code: &'static str,
        param: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self::Invalid {
            code,
            message: message.into(),
            param: Some(param.into()),
        }
    }

    pub fn organization_not_found() -> Self {
        Self::NotFound {
            code: "organization_not_found",
            message: "Organization not found".into(),
        }
    }

    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self::NotFound {
            code,
            message: message.into(),
        }
    }
}

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> Self {
        Self::Invalid {
            code: "invalid_value",
            message: e.message,
            param: Some(e.param),
        }
    }
}

impl From<Corrupt> for ApiError {
    fn from(e: Corrupt) -> Self {
        StoreError::from(e).into()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::UnknownOrganization => Self::organization_not_found(),
            StoreError::Conflict => Self::Conflict {
                code: "conflict",
                message: "The resource already exists".into(),
            },
            StoreError::Internal(cause) | StoreError::Unsafe(cause) | StoreError::Schema(cause) => {
                Self::Internal(cause)
            }
            StoreError::ReadOnly => Self::Internal("the store is open read-only".into()),
            StoreError::StorageFull => Self::StorageFull,
            StoreError::StorageReadOnly => Self::StorageReadOnly,
            StoreError::Pruned => Self::Pruned,
        }
    }
}

/// The one error shape, for a response built here or one the HTTP layer writes itself.
pub(crate) fn error_body(
    kind: &str,
    code: &str,
    message: &str,
    param: Option<&str>,
) -> serde_json::Value {
    let mut error = json!({"message": message, "type": kind, "code": code});
    if let Some(param) = param {
        error["param"] = param.into();
    }
    json!({ "error": error })
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let retry_after = match &self {
            Self::RateLimited { retry_after, .. } => {
                Some(retry_after.as_secs_f64().ceil().max(1.0) as u64)
            }
            _ => None,
        };
        let (status, kind, code, message, param) = match self {
            Self::Invalid {
                code,
                message,
                param,
            } => (
                StatusCode::BAD_REQUEST,
                "invalid_request_error",
                code,
                message,
                param,
            ),
            Self::Unauthenticated(message) => (
                StatusCode::UNAUTHORIZED,
                "authentication_error",
                "invalid_api_key",
                message,
                None,
            ),
            Self::Forbidden(message) => (
                StatusCode::FORBIDDEN,
                "permission_error",
                "insufficient_scope",
                message,
                None,
            ),
            Self::NotFound { code, message } => (
                StatusCode::NOT_FOUND,
                "not_found_error",
                code,
                message,
                None,
            ),
            Self::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "invalid_request_error",
                "method_not_allowed",
                "This method is not allowed on this path".into(),
                None,
            ),
            Self::Pruned => (
                StatusCode::GONE,
                "not_found_error",
                "entry_pruned",
                "The entry was removed under the organization's retention policy; its hash \
                 remains in the tree"
                    .into(),
                None,
            ),
            Self::Conflict { code, message } => {
                (StatusCode::CONFLICT, "conflict_error", code, message, None)
            }
            Self::PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "invalid_request_error",
                "payload_too_large",
                "The request body is larger than 16 MiB".into(),
                None,
            ),
            Self::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "invalid_request_error",
                "unsupported_media_type",
                "The request body must be JSON, sent with Content-Type: application/json".into(),
                None,
            ),
            Self::BodyTimeout(secs) => (
                StatusCode::REQUEST_TIMEOUT,
                "invalid_request_error",
                "request_timeout",
                format!("The request body did not arrive within {secs} seconds"),
                None,
            ),
            Self::RateLimited { message, .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limit_error",
                "rate_limited",
                message,
                None,
            ),
            Self::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                "api_error",
                "server_busy",
                "The server is receiving too many large request bodies; retry shortly".into(),
                None,
            ),
            Self::StorageFull => {
                storage_fault("the storage is full: writes are refused until space is freed");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "api_error",
                    "storage_full",
                    "The server's storage is full; nothing was stored. Retry later".into(),
                    None,
                )
            }
            Self::StorageReadOnly => {
                storage_fault("the storage is read-only: writes are refused until it is writable");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "api_error",
                    "storage_read_only",
                    "The server's storage refuses writes; nothing was stored. Retry later".into(),
                    None,
                )
            }
            Self::NotReady(why) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "api_error",
                "not_ready",
                why.to_owned(),
                None,
            ),
            Self::Internal(cause) => {
                tracing::error!(%cause, "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "api_error",
                    "internal_error",
                    "The server failed to handle the request; it has been logged".into(),
                    None,
                )
            }
            Self::IntegrityFailure => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "api_error",
                "integrity_check_failed",
                "The stored log is inconsistent with a checkpoint this server signed earlier; \
                 no new checkpoint is signed"
                    .into(),
                None,
            ),
        };
        let body = error_body(kind, code, &message, param.as_deref());
        let mut res = (status, axum::Json(body)).into_response();
        let headers = res.headers_mut();
        match status {
            StatusCode::UNAUTHORIZED => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            StatusCode::TOO_MANY_REQUESTS => {
                let secs = retry_after.unwrap_or(1).to_string();
                if let Ok(value) = HeaderValue::from_str(&secs) {
                    headers.insert(header::RETRY_AFTER, value);
                }
            }
            StatusCode::SERVICE_UNAVAILABLE if code == "server_busy" || code == "not_ready" => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            }
            StatusCode::SERVICE_UNAVAILABLE => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
            }
            // The rest of the body is not read: the connection cannot carry another request.
            StatusCode::PAYLOAD_TOO_LARGE | StatusCode::REQUEST_TIMEOUT => {
                headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            _ => {}
        }
        res
    }
}
