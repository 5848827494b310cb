//! The canonical audit entry (SPEC §1) and the validated input it is made from.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::timestamp::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ActorType {
    #[default]
    User,
    ApiKey,
    Service,
    System,
}

impl ActorType {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "user" => Some(Self::User),
            "api_key" => Some(Self::ApiKey),
            "service" => Some(Self::Service),
            "system" => Some(Self::System),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub field: String,
    pub old_value: Value,
    pub new_value: Value,
}

/// A validated entry as a client submitted it, before the server assigns its identity.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEntry {
    pub timestamp: Option<Timestamp>,
    pub action: String,
    pub resource_type: String,
    pub resource_id: String,
    pub resource_name: Option<String>,
    pub user_id: String,
    pub user_name: Option<String>,
    pub user_email: Option<String>,
    pub actor_type: ActorType,
    pub department_id: Option<String>,
    pub targets: Vec<Target>,
    pub changes: Vec<Change>,
    pub metadata: Map<String, Value>,
    pub idempotency_key: Option<String>,
}

/// A stored entry. Field order is the order clients read; the canonical bytes sort keys anyway.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub organization_id: String,
    pub sequence: u64,
    pub timestamp: Timestamp,
    pub received_at: Timestamp,
    pub action: String,
    pub event: String,
    pub resource_type: String,
    pub resource_id: String,
    pub resource_name: Option<String>,
    pub user_id: String,
    pub user_name: Option<String>,
    pub user_email: Option<String>,
    pub actor_type: ActorType,
    pub department_id: Option<String>,
    pub targets: Vec<Target>,
    pub changes: Vec<Change>,
    pub metadata: Map<String, Value>,
    pub idempotency_key: Option<String>,
    /// Hex leaf hash; not part of the canonical bytes, so absent from the stored body.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
}

impl Entry {
    /// Assigns the server's fields to a validated entry and computes its hash; returns the
    /// entry and its canonical bytes (what storage keeps).
    pub fn assemble(
        new: NewEntry,
        id: String,
        organization_id: String,
        sequence: u64,
        received_at: Timestamp,
    ) -> (Self, Vec<u8>) {
        let mut entry = Entry {
            id,
            organization_id,
            sequence,
            timestamp: new.timestamp.unwrap_or(received_at),
            received_at,
            event: format!("{}.{}", new.resource_type, new.action),
            action: new.action,
            resource_type: new.resource_type,
            resource_id: new.resource_id,
            resource_name: new.resource_name,
            user_id: new.user_id,
            user_name: new.user_name,
            user_email: new.user_email,
            actor_type: new.actor_type,
            department_id: new.department_id,
            targets: new.targets,
            changes: new.changes,
            metadata: new.metadata,
            idempotency_key: new.idempotency_key,
            hash: String::new(),
        };
        let bytes = entry.canonical_bytes();
        entry.hash = hex::encode(crate::canonical::leaf_hash(&bytes));
        (entry, bytes)
    }

    /// The RFC 8785 bytes of every §1 field except `hash` (SPEC §7).
    pub fn canonical_bytes(&self) -> Vec<u8> {
        crate::canonical::canonical_entry_bytes(self)
    }

    /// A metadata value as a string, when it is one.
    pub fn meta_str(&self, key: &str) -> Option<&str> {
        self.metadata.get(key).and_then(Value::as_str)
    }
}
