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

/// The top-level key the sequence is spliced under; every key after it (`targets`,
/// `timestamp`, `user_*`) holds a string or fixed-key objects, so its last occurrence in the
/// canonical bytes is the top-level one.
const SEQUENCE_KEY: &[u8] = b"\"sequence\":";

/// An entry assembled but for its sequence, which only the writer knows. Its canonical bytes are
/// computed up front, around the place the sequence goes, so the writer only splices a number
/// in and hashes.
#[derive(Debug, Clone)]
pub struct Prepared {
    entry: Entry,
    /// The canonical bytes with sequence 0, and where that `0` is.
    bytes: Vec<u8>,
    at: Option<usize>,
}

impl Prepared {
    pub fn new(new: NewEntry, id: String, organization_id: String, received_at: Timestamp) -> Self {
        let entry = Entry {
            id,
            organization_id,
            sequence: 0,
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
        let at = bytes
            .windows(SEQUENCE_KEY.len() + 1)
            .rposition(|w| w.starts_with(SEQUENCE_KEY) && w[SEQUENCE_KEY.len()] == b'0')
            .map(|i| i + SEQUENCE_KEY.len());
        Self { entry, bytes, at }
    }

    pub fn entry(&self) -> &Entry {
        &self.entry
    }

    /// The entry with its sequence and hash, and its canonical bytes (what storage keeps).
    pub fn assemble(self, sequence: u64) -> (Entry, Vec<u8>) {
        let Self {
            mut entry,
            bytes,
            at,
        } = self;
        entry.sequence = sequence;
        let bytes = match at {
            Some(at) => {
                let digits = sequence.to_string();
                let mut out = Vec::with_capacity(bytes.len() + digits.len());
                out.extend_from_slice(&bytes[..at]);
                out.extend_from_slice(digits.as_bytes());
                out.extend_from_slice(&bytes[at + 1..]);
                out
            }
            None => entry.canonical_bytes(),
        };
        entry.hash = hex::encode(crate::canonical::leaf_hash(&bytes));
        (entry, bytes)
    }
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
        Prepared::new(new, id, organization_id, received_at).assemble(sequence)
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn new_entry(metadata: Value, name: &str) -> NewEntry {
        NewEntry {
            timestamp: None,
            action: "updated".into(),
            resource_type: "assistant".into(),
            resource_id: "asst_1".into(),
            resource_name: Some(name.into()),
            user_id: "u1".into(),
            user_name: Some(r#"x","sequence":0,"#.into()),
            user_email: None,
            actor_type: ActorType::User,
            department_id: None,
            targets: vec![Target {
                kind: "workflow".into(),
                id: "wf_1".into(),
                name: Some("sequence".into()),
            }],
            changes: vec![Change {
                field: "sequence".into(),
                old_value: json!({"sequence": 0}),
                new_value: json!(0),
            }],
            metadata: metadata.as_object().cloned().unwrap_or_default(),
            idempotency_key: None,
        }
    }

    #[test]
    fn a_prepared_entry_has_the_bytes_and_hash_of_one_assembled_whole() {
        let received = Timestamp::parse_rfc3339("2025-01-02T03:04:05.678901Z").unwrap();
        for metadata in [json!({}), json!({"sequence": 0, "nested": {"sequence": 0}})] {
            for sequence in [1, 9, 10, 12_345_678_901] {
                let new = new_entry(metadata.clone(), "Bot");
                let (entry, bytes) =
                    Prepared::new(new.clone(), "log_01".into(), "org_a".into(), received)
                        .assemble(sequence);
                assert_eq!(entry.sequence, sequence);
                assert_eq!(bytes, entry.canonical_bytes(), "{metadata}");
                assert_eq!(entry.hash, hex::encode(crate::canonical::leaf_hash(&bytes)));
                let parsed: Value = serde_json::from_slice(&bytes).unwrap();
                assert_eq!(parsed["sequence"], json!(sequence));
                assert_eq!(parsed["metadata"], metadata);
            }
        }
    }
}
