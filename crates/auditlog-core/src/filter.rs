//! The one canonical filter every read dialect parses into, and the page it asks for.

use serde::Serialize;

use crate::entry::Entry;
use crate::timestamp::Timestamp;

/// All conditions are ANDed. Each dialect fills the fields it exposes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Filter {
    pub resource_type: Option<String>,
    /// The primary resource's id.
    pub resource_id: Option<String>,
    /// The verb (`updated`).
    pub action: Option<String>,
    /// The dotted event (`assistant.updated`).
    pub event: Option<String>,
    pub user_id: Option<String>,
    pub department_id: Option<String>,
    /// Matches the primary resource id or any target id.
    pub target_id: Option<String>,
    /// `(type, id)` pairs that must each match the primary resource or a target of that type.
    pub typed_targets: Vec<(String, String)>,
    /// Inclusive bounds.
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
    /// Lowercase words, each a prefix of some indexed word.
    pub search: Vec<String>,
}

impl Filter {
    /// A short digest binding a cursor to the organization and filter it was issued for.
    pub fn fingerprint(&self, organization_id: &str) -> [u8; 8] {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        h.update(organization_id.as_bytes());
        h.update([0]);
        h.update(serde_json::to_vec(self).unwrap_or_default());
        let digest = h.finalize();
        let mut out = [0u8; 8];
        out.copy_from_slice(&digest[..8]);
        out
    }

    /// Whether one entry meets every condition, as the indexes answer it (docs/api.md §3).
    pub fn matches(&self, e: &Entry) -> bool {
        let eq = |want: &Option<String>, have: &str| want.as_deref().is_none_or(|w| w == have);
        let refs = || {
            std::iter::once((e.resource_type.as_str(), e.resource_id.as_str()))
                .chain(e.targets.iter().map(|t| (t.kind.as_str(), t.id.as_str())))
        };
        eq(&self.resource_type, &e.resource_type)
            && eq(&self.resource_id, &e.resource_id)
            && eq(&self.action, &e.action)
            && eq(&self.event, &e.event)
            && eq(&self.user_id, &e.user_id)
            && self
                .department_id
                .as_deref()
                .is_none_or(|d| e.department_id.as_deref() == Some(d))
            && self
                .target_id
                .as_deref()
                .is_none_or(|id| refs().any(|(_, r)| r == id))
            && self
                .typed_targets
                .iter()
                .all(|(t, id)| refs().any(|r| r == (t.as_str(), id.as_str())))
            && self.from.is_none_or(|f| e.timestamp >= f)
            && self.to.is_none_or(|t| e.timestamp <= t)
            && (self.search.is_empty() || {
                let words = e.search_words();
                self.search
                    .iter()
                    .all(|p| words.iter().any(|w| w.starts_with(p.as_str())))
            })
    }

    /// Whether the date bounds can match anything.
    pub fn range_is_valid(&self) -> bool {
        match (self.from, self.to) {
            (Some(f), Some(t)) => f <= t,
            _ => true,
        }
    }
}

/// A position in newest-first order: the last entry a page returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub timestamp: Timestamp,
    pub sequence: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageRequest {
    Offset { offset: u64, limit: u32 },
    After { after: Position, limit: u32 },
}

impl PageRequest {
    pub fn limit(&self) -> u32 {
        match self {
            Self::Offset { limit, .. } | Self::After { limit, .. } => *limit,
        }
    }
}
