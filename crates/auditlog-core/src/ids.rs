//! Identifiers checked once at the edge.

use std::fmt;

/// Path words an organization id may not take, so that every route stays unambiguous.
const RESERVED_ORG_IDS: &[&str] = &[
    "c",
    "organizations",
    "assistants",
    "threads",
    "vector-stores",
    "rules",
    "mcp-configurations",
    "signing-key",
    "healthz",
    "orgs",
    "api-keys",
];

/// The reserved organization that holds the service's own audit trail.
pub const SERVICE_ORG_ID: &str = "_service";

/// An organization id: `[A-Za-z0-9][A-Za-z0-9_-]{0,127}`, not a reserved path word; or the
/// service's own, which only [`OrgId::service`] makes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgId(String);

impl OrgId {
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        let ok = !b.is_empty()
            && b.len() <= 128
            && b[0].is_ascii_alphanumeric()
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-')
            && !RESERVED_ORG_IDS.contains(&s);
        ok.then(|| Self(s.to_owned()))
    }

    /// An id as a store holds it: any valid id, or the service's own.
    pub fn stored(s: &str) -> Option<Self> {
        if s == SERVICE_ORG_ID {
            return Some(Self::service());
        }
        Self::parse(s)
    }

    /// The service's own log: outside the pattern, so no customer can take it.
    pub fn service() -> Self {
        Self(SERVICE_ORG_ID.to_owned())
    }

    pub fn is_service(&self) -> bool {
        self.0 == SERVICE_ORG_ID
    }

    /// A fresh `org_` + ULID id.
    pub fn generate() -> Self {
        Self(format!("org_{}", ulid::Ulid::new()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether `s` is a valid opaque id: 1–`max` characters, none of them a control character.
pub fn is_valid_id(s: &str, max: usize) -> bool {
    let n = s.chars().count();
    (1..=max).contains(&n) && !s.chars().any(char::is_control)
}

/// Whether `s` is a valid `resource_type` or `action`: lowercase `[a-z][a-z0-9_]*` segments
/// joined by `.`, at most 64 characters.
pub fn is_valid_dotted_name(s: &str) -> bool {
    s.len() <= 64
        && !s.is_empty()
        && s.split('.').all(|seg| {
            let b = seg.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_lowercase()
                && b.iter()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_ids_follow_the_pattern_and_avoid_reserved_words() {
        assert!(OrgId::parse("org_abc123").is_some());
        assert!(OrgId::parse("A-b_c").is_some());
        assert!(OrgId::parse("_abc").is_none());
        assert!(OrgId::parse("").is_none());
        assert!(OrgId::parse("c").is_none());
        assert!(OrgId::parse("organizations").is_none());
        assert!(OrgId::parse(&"a".repeat(129)).is_none());
        assert!(OrgId::parse(&"a".repeat(128)).is_some());
        assert!(OrgId::parse("a b").is_none());
    }

    #[test]
    fn dotted_names_are_lowercase_segments() {
        assert!(is_valid_dotted_name("sessions.revoked"));
        assert!(is_valid_dotted_name("role_changed"));
        assert!(!is_valid_dotted_name("Updated"));
        assert!(!is_valid_dotted_name("a..b"));
        assert!(!is_valid_dotted_name(".a"));
        assert!(!is_valid_dotted_name("1a"));
        assert!(!is_valid_dotted_name(&"a".repeat(65)));
    }

    #[test]
    fn ids_refuse_control_characters_and_overlong_values() {
        assert!(is_valid_id("asst_abc123", 128));
        assert!(!is_valid_id("", 128));
        assert!(!is_valid_id("a\nb", 128));
        assert!(is_valid_id(&"é".repeat(128), 128));
        assert!(!is_valid_id(&"é".repeat(129), 128));
    }
}
