//! The web console at `/console/`: a few static files compiled into the binary (no build step,
//! nothing fetched from elsewhere), gzip-compressed once on first use, served with a strict
//! Content-Security-Policy. Everything it shows it reads through the public API with the key or
//! token the reader signed in with.

use std::io::Write;
use std::sync::LazyLock;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::extract::PathParams;
use crate::AppState;

/// How the console may be embedded.
#[derive(Debug, Clone)]
pub struct ConsoleOptions {
    /// The CSP `frame-ancestors` sources: `'none'` (the default) forbids framing.
    pub frame_ancestors: String,
}

impl Default for ConsoleOptions {
    fn default() -> Self {
        Self {
            frame_ancestors: "'none'".into(),
        }
    }
}

impl ConsoleOptions {
    /// Checks `AUDITLOG_CONSOLE_FRAME_ANCESTORS`-style text: space-separated sources, none of
    /// which could end the directive or start another.
    pub fn with_frame_ancestors(sources: &str) -> Result<Self, String> {
        let sources = sources.split_whitespace().collect::<Vec<_>>();
        let bad = sources.is_empty()
            || sources.iter().any(|s| {
                s.chars()
                    .any(|c| c == ';' || c == ',' || c.is_control() || !c.is_ascii())
            });
        if bad {
            return Err("AUDITLOG_CONSOLE_FRAME_ANCESTORS must be CSP sources separated by spaces, e.g. 'self' https://app.example.com".into());
        }
        Ok(Self {
            frame_ancestors: sources.join(" "),
        })
    }
}

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "index.html",
        content_type: "text/html; charset=utf-8",
        bytes: include_bytes!("../console/index.html"),
    },
    Asset {
        name: "app.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../console/app.js"),
    },
    Asset {
        name: "proof.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../console/proof.js"),
    },
    Asset {
        name: "style.css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../console/style.css"),
    },
];

/// An asset ready to send: its gzip form and its entity tag.
struct Ready {
    gzip: Vec<u8>,
    etag: HeaderValue,
}

static READY: LazyLock<Vec<Ready>> = LazyLock::new(|| {
    ASSETS
        .iter()
        .map(|a| {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            // Compressing into memory cannot fail.
            let _ = gz.write_all(a.bytes);
            let gzip = gz.finish().unwrap_or_default();
            let digest = Sha256::digest(a.bytes);
            let etag = HeaderValue::from_str(&format!("\"{}\"", hex::encode(&digest[..12])))
                .unwrap_or(HeaderValue::from_static("\"0\""));
            Ready { gzip, etag }
        })
        .collect()
});

/// `GET /console`: the console lives under `/console/`, where its relative links resolve.
pub async fn redirect() -> Response {
    (
        StatusCode::PERMANENT_REDIRECT,
        [(header::LOCATION, "/console/")],
    )
        .into_response()
}

/// `GET /console/`.
pub async fn index(State(state): State<AppState>, headers: HeaderMap) -> Response {
    serve(&state, &headers, "index.html")
}

/// `GET /console/{file}`.
pub async fn asset(
    State(state): State<AppState>,
    PathParams(file): PathParams<String>,
    headers: HeaderMap,
) -> Response {
    serve(&state, &headers, &file)
}

fn serve(state: &AppState, headers: &HeaderMap, name: &str) -> Response {
    let Some(at) = ASSETS.iter().position(|a| a.name == name) else {
        return ApiError::not_found("route_not_found", "No such route").into_response();
    };
    let (asset, ready) = (&ASSETS[at], &READY[at]);
    let csp = format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors {}",
        state.console.frame_ancestors
    );
    let mut res = if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|tag| tag == ready.etag)
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else if accepts_gzip(headers) {
        let mut res = ready.gzip.clone().into_response();
        res.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        res
    } else {
        asset.bytes.into_response()
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    h.insert(header::ETAG, ready.etag.clone());
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if let Ok(csp) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    res
}

fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .is_some_and(|q| q.trim().parse::<f32>() == Ok(0.0))
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

/// The assets' total size, uncompressed (the budget is 150 KB).
pub fn assets_bytes() -> usize {
    ASSETS.iter().map(|a| a.bytes.len()).sum()
}
