//! The canonical audit entry (docs/api.md §1) and the validated input it is made from.

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
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::ApiKey => "api_key",
            Self::Service => "service",
            Self::System => "system",
        }
    }

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

/// An entry assembled but for what only the writer knows: its sequence and the time it was
/// received (in commit order, so assigned by the writer too), and the timestamp when that
/// defaults to the received time. Its canonical bytes are computed up front around
/// placeholders for those, so the writer only splices them in and hashes.
#[derive(Debug, Clone)]
pub struct Prepared {
    entry: Entry,
    timestamp_defaulted: bool,
    /// The canonical bytes with the placeholders, and where each placeholder lies, in order.
    bytes: Vec<u8>,
    holes: Vec<(usize, usize, Hole)>,
}

#[derive(Debug, Clone, Copy)]
enum Hole {
    Sequence,
    Received,
}

/// The time a writer received a group of entries, with its JSON text written once for all of
/// them rather than once per entry on the writer's thread.
#[derive(Debug, Clone)]
pub struct Received {
    pub at: Timestamp,
    quoted: String,
}

impl Received {
    pub fn new(at: Timestamp) -> Self {
        Self {
            at,
            quoted: format!("\"{at}\""),
        }
    }
}

impl Prepared {
    pub fn new(new: NewEntry, id: String, organization_id: String) -> Self {
        let placeholder = Timestamp::from_micros(0);
        let timestamp_defaulted = new.timestamp.is_none();
        let entry = Entry {
            id,
            organization_id,
            sequence: 0,
            timestamp: new.timestamp.unwrap_or(placeholder),
            received_at: placeholder,
            event: [new.resource_type.as_str(), ".", &new.action].concat(),
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
        let (bytes, spots) = crate::canonical::canonical_entry_bytes_marked(&entry);
        let hole = |(at, end): (usize, usize), kind| (at, end - at, kind);
        let mut holes = vec![
            hole(spots.received_at, Hole::Received),
            hole(spots.sequence, Hole::Sequence),
        ];
        if timestamp_defaulted {
            holes.push(hole(spots.timestamp, Hole::Received));
        }
        holes.sort_by_key(|(at, _, _)| *at);
        Self {
            entry,
            timestamp_defaulted,
            bytes,
            holes,
        }
    }

    pub fn entry(&self) -> &Entry {
        &self.entry
    }

    /// The entry's timestamp once received at `received_at`.
    pub fn timestamp(&self, received_at: Timestamp) -> Timestamp {
        if self.timestamp_defaulted {
            received_at
        } else {
            self.entry.timestamp
        }
    }

    /// The canonical bytes the entry has with this sequence and received time (what storage
    /// keeps, and what its leaf hash is of).
    pub fn bytes_at(&self, sequence: u64, received: &Received) -> Vec<u8> {
        let mut digits = itoa::Buffer::new();
        let digits = digits.format(sequence);
        let time = &received.quoted;
        let mut out = Vec::with_capacity(self.bytes.len() + 32);
        let mut last = 0;
        for &(at, len, kind) in &self.holes {
            out.extend_from_slice(&self.bytes[last..at]);
            out.extend_from_slice(match kind {
                Hole::Sequence => digits.as_bytes(),
                Hole::Received => time.as_bytes(),
            });
            last = at + len;
        }
        out.extend_from_slice(&self.bytes[last..]);
        out
    }

    /// The stored entry, given what the writer assigned and the leaf hash of its bytes.
    pub fn finish(self, sequence: u64, received_at: Timestamp, leaf: &[u8; 32]) -> Entry {
        let timestamp = self.timestamp(received_at);
        Entry {
            sequence,
            received_at,
            timestamp,
            hash: hex::encode(leaf),
            ..self.entry
        }
    }

    /// The entry with its sequence, received time and hash, and its canonical bytes.
    pub fn assemble(self, sequence: u64, received_at: Timestamp) -> (Entry, Vec<u8>) {
        let bytes = self.bytes_at(sequence, &Received::new(received_at));
        let leaf = crate::canonical::leaf_hash(&bytes);
        (self.finish(sequence, received_at, &leaf), bytes)
    }
}

impl Entry {
    /// The RFC 8785 bytes of every §1 field except `hash` (docs/api.md §7).
    pub fn canonical_bytes(&self) -> Vec<u8> {
        crate::canonical::canonical_entry_bytes(self)
    }

    /// A metadata value as a string, when it is one.
    pub fn meta_str(&self, key: &str) -> Option<&str> {
        self.metadata.get(key).and_then(Value::as_str)
    }

    /// The distinct words `search_term` finds this entry by: those of its resource's name and
    /// its actor's name and email.
    pub fn search_words(&self) -> Vec<String> {
        crate::search::entry_words([
            self.resource_name.as_deref(),
            self.user_name.as_deref(),
            self.user_email.as_deref(),
        ])
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
        let whole = Timestamp::parse_rfc3339("2025-01-02T03:04:05Z").unwrap();
        let given = Timestamp::parse_rfc3339("2024-06-30T23:59:59.5Z").unwrap();
        for metadata in [
            json!({}),
            json!({"sequence": 0, "received_at": "1970-01-01T00:00:00Z", "timestamp": "1970-01-01T00:00:00Z"}),
        ] {
            for timestamp in [None, Some(given)] {
                for (sequence, received_at) in
                    [(1, received), (9, whole), (12_345_678_901, received)]
                {
                    let mut new = new_entry(metadata.clone(), "Bot");
                    new.timestamp = timestamp;
                    let prepared = Prepared::new(new, "log_01".into(), "org_a".into());
                    let (entry, bytes) = prepared.assemble(sequence, received_at);
                    assert_eq!(entry.sequence, sequence);
                    assert_eq!(entry.received_at, received_at);
                    assert_eq!(entry.timestamp, timestamp.unwrap_or(received_at));
                    assert_eq!(bytes, entry.canonical_bytes(), "{metadata}");
                    assert_eq!(entry.hash, hex::encode(crate::canonical::leaf_hash(&bytes)));
                    let parsed: Value = serde_json::from_slice(&bytes).unwrap();
                    assert_eq!(parsed["sequence"], json!(sequence));
                    assert_eq!(parsed["metadata"], metadata);
                }
            }
        }
    }
}
