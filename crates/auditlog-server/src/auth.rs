//! Who is calling: the operator's admin token, an organization's API key, or a viewer token
//! one of them issued (`viewer`).
//!
//! Keys are looked up by the SHA-256 of the presented secret, so secrets are never stored. An
//! organization key that names another organization gets exactly the answer a nonexistent
//! organization gets.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use sha2::{Digest, Sha256};

use auditlog_core::{Entry, Filter, OrgId, Timestamp};
use auditlog_store::{ApiKey, NewApiKey, Organization};

use crate::error::{ApiError, Result};
use crate::viewer::{self, Pin};
use crate::AppState;

pub const SCOPE_READ: &str = "audit:read";
pub const SCOPE_WRITE: &str = "audit:write";
pub const SCOPES: &[&str] = &[SCOPE_READ, SCOPE_WRITE];
/// The `compatibility` a key may ask for: the official Aitronos Python SDK's wire types.
pub const SDK: &str = "aitronos-sdk";

#[derive(Debug, Clone)]
pub enum Principal {
    Admin,
    Key {
        org: OrgId,
        id: String,
        scopes: Vec<String>,
        /// The client whose wire types this key's reads get (`aitronos-sdk`), if any.
        compatibility: Option<String>,
    },
    /// A viewer token: reads one organization, within its pin.
    Viewer {
        org: OrgId,
        pin: Pin,
        /// The key that issued it; `None` when the admin token did.
        key: Option<String>,
    },
}

/// A fresh API key for `org` and its secret (`alk_` + 32 random bytes, base64url).
pub fn generate_key(org: OrgId, name: String, scopes: Vec<String>) -> (NewApiKey, String) {
    use base64::Engine;
    use rand::RngCore;
    let mut raw = [0u8; 32];
    rand::rng().fill_bytes(&mut raw);
    let secret = format!(
        "alk_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
    );
    let key = ApiKey {
        id: format!("key_{}", ulid::Ulid::new()),
        organization_id: org,
        name,
        scopes,
        created_at: auditlog_core::Timestamp::now(),
        compatibility: None,
    };
    let hash = secret_hash(&secret);
    (
        NewApiKey {
            key,
            secret_hash: hash,
        },
        secret,
    )
}

pub fn secret_hash(secret: &str) -> [u8; 32] {
    Sha256::digest(secret.as_bytes()).into()
}

pub(crate) fn presented_secret(headers: &HeaderMap) -> Result<String> {
    let text = |name: &str| -> Result<Option<String>> {
        match headers.get(name) {
            None => Ok(None),
            Some(v) => v
                .to_str()
                .map(|s| Some(s.trim().to_owned()))
                .map_err(|_| ApiError::Unauthenticated(format!("The {name} header is malformed"))),
        }
    };
    let bearer = match text("authorization")? {
        None => None,
        Some(v) => {
            let (scheme, token) = v.split_once(' ').unwrap_or((v.as_str(), ""));
            if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
                return Err(ApiError::Unauthenticated(
                    "The Authorization header must be `Bearer <key>`".into(),
                ));
            }
            Some(token.trim().to_owned())
        }
    };
    match (bearer, text("x-api-key")?) {
        (Some(a), Some(b)) if a != b => Err(ApiError::Unauthenticated(
            "Authorization and X-API-Key name different keys".into(),
        )),
        (Some(k), _) | (None, Some(k)) => Ok(k),
        (None, None) => Err(ApiError::Unauthenticated(
            "No API key provided: send `Authorization: Bearer <key>`".into(),
        )),
    }
}

impl FromRequestParts<AppState> for Principal {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        let address = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let secret = presented_secret(&parts.headers)?;
        state.rates.check_address(address)?;
        let principal = authenticate(state, &secret).await;
        match &principal {
            Err(ApiError::Unauthenticated(_)) => state.rates.failed(address),
            Ok(Principal::Key { org, id, .. }) => state.rates.admit(Some(id), org, address)?,
            Ok(Principal::Viewer { org, .. }) => state.rates.admit(None, org, address)?,
            _ => {}
        }
        principal
    }
}

async fn authenticate(state: &AppState, secret: &str) -> Result<Principal> {
    if secret.starts_with(viewer::PREFIX) {
        return viewer_principal(state, secret).await;
    }
    let hash = secret_hash(secret);
    if hash == state.admin_hash {
        return Ok(Principal::Admin);
    }
    match state.store.api_key_by_secret_hash(&hash).await? {
        Some(key) => Ok(Principal::Key {
            org: key.organization_id,
            id: key.id,
            scopes: key.scopes,
            compatibility: key.compatibility,
        }),
        None => Err(ApiError::Unauthenticated("Invalid API key".into())),
    }
}

/// A viewer token's principal, while the key that issued it stands.
async fn viewer_principal(state: &AppState, token: &str) -> Result<Principal> {
    let (org, claims) = state.token_key().open(token, Timestamp::now())?;
    if let Some(key) = &claims.key {
        let keys = state.store.api_keys(&org).await?;
        if !keys.iter().any(|k| k.id == *key) {
            return Err(ApiError::Unauthenticated(
                "The key that issued this viewer token was revoked".into(),
            ));
        }
    }
    Ok(Principal::Viewer {
        org,
        pin: claims.pin,
        key: claims.key,
    })
}

impl Principal {
    pub fn is_admin(&self) -> bool {
        matches!(self, Principal::Admin)
    }

    pub fn require_admin(&self) -> Result<()> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(ApiError::Forbidden(
                "Only the admin token may manage organizations and API keys".into(),
            ))
        }
    }

    /// A path's organization, for the admin token only: a key sees its own organization's
    /// management as forbidden ("Only the admin token may {what}"), any other as not found.
    pub async fn admin_organization(
        &self,
        state: &AppState,
        raw_id: &str,
        what: &str,
    ) -> Result<OrgId> {
        let org = self.organization(state, raw_id, None).await?;
        if !self.is_admin() {
            return Err(ApiError::Forbidden(format!(
                "Only the admin token may {what}"
            )));
        }
        Ok(org.id)
    }

    /// Resolves a path's organization for this caller: a foreign or invalid organization is
    /// "not found"; the caller's own organization without `scope` is forbidden. The service's
    /// own log is the admin's to read, and only the service writes it.
    pub async fn organization(
        &self,
        state: &AppState,
        raw_id: &str,
        scope: Option<&str>,
    ) -> Result<Organization> {
        // Only the admin may name the service's own organization.
        let id = match self {
            Principal::Admin => OrgId::stored(raw_id),
            _ => OrgId::parse(raw_id),
        }
        .ok_or_else(ApiError::organization_not_found)?;
        match self {
            Principal::Admin => {
                if id.is_service() && scope == Some(SCOPE_WRITE) {
                    return Err(ApiError::Forbidden(
                        "Only the service writes its own log".into(),
                    ));
                }
            }
            Principal::Key { org, scopes, .. } => {
                if *org != id {
                    return Err(ApiError::organization_not_found());
                }
                if let Some(scope) = scope {
                    if !scopes.iter().any(|s| s == scope) {
                        return Err(ApiError::Forbidden(format!(
                            "This API key lacks the `{scope}` scope"
                        )));
                    }
                }
            }
            Principal::Viewer { org, .. } => {
                if *org != id {
                    return Err(ApiError::organization_not_found());
                }
                if let Some(scope) = scope.filter(|s| *s != SCOPE_READ) {
                    return Err(ApiError::Forbidden(format!(
                        "A viewer token only reads; this needs the `{scope}` scope"
                    )));
                }
            }
        }
        state
            .store
            .organization(&id)
            .await?
            .ok_or_else(ApiError::organization_not_found)
    }

    /// Narrows a read's filter to what this caller may see (a viewer token's pin).
    pub fn narrow(&self, filter: &mut Filter) -> Result<()> {
        match self {
            Principal::Viewer { pin, .. } => pin.narrow(filter),
            _ => Ok(()),
        }
    }

    /// Whether this caller may see one entry of its organization.
    pub fn admits(&self, entry: &Entry) -> bool {
        match self {
            Principal::Viewer { pin, .. } => pin.admits(entry),
            _ => true,
        }
    }

    /// Whether this caller's reads use the official Aitronos SDK's wire types.
    pub fn wants_sdk_types(&self) -> bool {
        matches!(self, Principal::Key { compatibility: Some(c), .. } if c == SDK)
    }

    /// The pin of a viewer token, if this is one with a pin.
    pub fn pin(&self) -> Option<&Pin> {
        match self {
            Principal::Viewer { pin, .. } if !pin.is_empty() => Some(pin),
            _ => None,
        }
    }

    /// The caller key's own organization (`c`, history): the admin token must name one.
    pub async fn own_organization(
        &self,
        state: &AppState,
        admin_choice: Option<&str>,
        param: &str,
        scope: &str,
    ) -> Result<Organization> {
        match (self, admin_choice) {
            (Principal::Key { org, .. } | Principal::Viewer { org, .. }, None) => {
                let org = org.to_string();
                self.organization(state, &org, Some(scope)).await
            }
            (_, Some(id)) => self.organization(state, id, Some(scope)).await,
            (Principal::Admin, None) => Err(ApiError::invalid(
                "organization_required",
                param,
                format!("The admin token has no organization of its own: pass `{param}`"),
            )),
        }
    }
}
