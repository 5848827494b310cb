//! The service's own audit trail: what the admin token and keys did to organizations, keys,
//! viewer tokens and exports, kept as entries of the reserved organization `_service` — hashed,
//! in its Merkle tree and readable by the admin through the same APIs as any log. Each entry
//! names the affected organization as a target of type `organization`, so that an operator
//! filters by customer with `target_id`; customers' own logs never hold these entries.
//!
//! An entry is written once its action succeeded. When it cannot be written (the storage
//! failing), the action stands and the failure is logged and counted: refusing an answer for
//! an action already done would mislead the caller.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use serde_json::{Map, Value};

use auditlog_core::entry::{ActorType, Change, Target};
use auditlog_core::{NewEntry, OrgId, Timestamp};
use auditlog_store::{Organization, StoreError};

use crate::auth::Principal;
use crate::AppState;

/// Where a request came from, for the entries it causes.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    ip: Option<IpAddr>,
    user_agent: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for Origin {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        Ok(Self {
            ip: parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
            user_agent: parts
                .headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().take(512).collect()),
        })
    }
}

/// One action on one organization.
pub struct Event {
    /// `organization`, `api_key`, `viewer_token`, `audit_log`, …
    pub resource_type: &'static str,
    pub action: &'static str,
    pub resource_id: String,
    pub resource_name: Option<String>,
    pub organization: OrgId,
    pub changes: Vec<Change>,
    /// Beside `source`, `ip_address` and `user_agent`.
    pub metadata: Map<String, Value>,
}

impl Event {
    pub fn new(
        resource_type: &'static str,
        action: &'static str,
        resource_id: impl Into<String>,
        organization: &OrgId,
    ) -> Self {
        Self {
            resource_type,
            action,
            resource_id: resource_id.into(),
            resource_name: None,
            organization: organization.clone(),
            changes: Vec::new(),
            metadata: Map::new(),
        }
    }

    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.resource_name = Some(name.into());
        self
    }

    pub fn with(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.metadata.insert(key.to_owned(), value.into());
        self
    }
}

/// Records `event` as done by `principal`, from `origin`.
pub async fn record(state: &AppState, principal: &Principal, origin: &Origin, event: Event) {
    let entry = entry_of(principal, origin, event);
    let service = OrgId::service();
    match state.store.append(&service, vec![entry]).await {
        Ok(_) => state.metrics.ingested(&service, 1),
        Err(e) => {
            state.metrics.service_log_failed();
            if e.is_storage_fault() {
                crate::error::storage_fault(
                    "the storage refuses writes: actions go unrecorded in the service's own log",
                );
            } else {
                tracing::error!(error = %e, "cannot record an action in the service's own log");
            }
        }
    }
}

/// Creates the service's organization unless it exists: once, as the server starts.
pub async fn ensure(state: &AppState) -> Result<(), StoreError> {
    let org = Organization {
        id: OrgId::service(),
        name: "auditlog service".into(),
        created_at: Timestamp::now(),
    };
    match state.store.create_organization(&org).await {
        Ok(()) | Err(StoreError::Conflict) => Ok(()),
        Err(e) => Err(e),
    }
}

fn entry_of(principal: &Principal, origin: &Origin, event: Event) -> NewEntry {
    // A viewer token acts for whoever issued it, and says so.
    let (user_id, actor_type, viewer) = match principal {
        Principal::Admin => ("admin".to_owned(), ActorType::User, false),
        Principal::Key { id, .. } => (id.clone(), ActorType::ApiKey, false),
        Principal::Viewer { key: Some(id), .. } => (id.clone(), ActorType::ApiKey, true),
        Principal::Viewer { key: None, .. } => ("admin".to_owned(), ActorType::User, true),
    };
    let mut metadata = Map::new();
    metadata.insert("source".into(), "system".into());
    if viewer {
        metadata.insert("credential".into(), "viewer_token".into());
    }
    if let Some(ip) = origin.ip {
        metadata.insert("ip_address".into(), ip.to_string().into());
    }
    if let Some(agent) = &origin.user_agent {
        metadata.insert("user_agent".into(), agent.clone().into());
    }
    metadata.extend(event.metadata);
    NewEntry {
        timestamp: None,
        action: event.action.to_owned(),
        resource_type: event.resource_type.to_owned(),
        resource_id: event.resource_id,
        resource_name: event.resource_name,
        user_id,
        user_name: None,
        user_email: None,
        actor_type,
        department_id: None,
        targets: vec![Target {
            kind: "organization".into(),
            id: event.organization.to_string(),
            name: None,
        }],
        changes: event.changes,
        metadata,
        idempotency_key: None,
    }
}
