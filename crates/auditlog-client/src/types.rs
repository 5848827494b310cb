//! What goes over the wire: the entry a client sends, the filters it reads with, and the pages
//! it gets back. Stored entries are [`auditlog_core::Entry`], the very type the server renders.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use auditlog_core::{ActorType, Change, Entry, Target, Timestamp};

/// An entry to record. The server validates it and answers a 400 naming the field at fault;
/// `id`, `sequence`, `hash` and the other server-assigned fields cannot be set.
///
/// ```
/// use auditlog_client::NewEntry;
/// use serde_json::json;
///
/// let entry = NewEntry::new("updated", "assistant", "asst_42", "user_7")
///     .resource_name("Support Bot")
///     .user_name("Ada Lovelace")
///     .before(json!({"temperature": 0.2}))
///     .after(json!({"temperature": 0.7}))
///     .metadata("ip_address", "203.0.113.9")
///     .idempotency_key("req_01J9");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    pub action: String,
    pub resource_type: String,
    pub resource_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    pub user_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_type: Option<ActorType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department_id: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    /// Explicit changes; leave empty and set `before`/`after` to have the server diff them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Value>,
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub metadata: Map<String, Value>,
    /// Makes a retry safe: the same key in the same organization returns the first entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
}

impl NewEntry {
    /// An entry with its required fields: what was done (`action`), to what (`resource_type`,
    /// `resource_id`) and by whom (`user_id`).
    pub fn new(
        action: impl Into<String>,
        resource_type: impl Into<String>,
        resource_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            timestamp: None,
            action: action.into(),
            resource_type: resource_type.into(),
            resource_id: resource_id.into(),
            resource_name: None,
            user_id: user_id.into(),
            user_name: None,
            user_email: None,
            actor_type: None,
            department_id: None,
            targets: Vec::new(),
            changes: Vec::new(),
            before: None,
            after: None,
            metadata: Map::new(),
            idempotency_key: None,
        }
    }

    /// When the action happened (default: when the server receives it).
    pub fn timestamp(mut self, at: Timestamp) -> Self {
        self.timestamp = Some(at);
        self
    }

    pub fn resource_name(mut self, name: impl Into<String>) -> Self {
        self.resource_name = Some(name.into());
        self
    }

    pub fn user_name(mut self, name: impl Into<String>) -> Self {
        self.user_name = Some(name.into());
        self
    }

    pub fn user_email(mut self, email: impl Into<String>) -> Self {
        self.user_email = Some(email.into());
        self
    }

    pub fn actor_type(mut self, kind: ActorType) -> Self {
        self.actor_type = Some(kind);
        self
    }

    pub fn department_id(mut self, id: impl Into<String>) -> Self {
        self.department_id = Some(id.into());
        self
    }

    /// Another entity the action affected, e.g. the workflow an assistant belongs to.
    pub fn target(
        mut self,
        kind: impl Into<String>,
        id: impl Into<String>,
        name: Option<String>,
    ) -> Self {
        self.targets.push(Target {
            kind: kind.into(),
            id: id.into(),
            name,
        });
        self
    }

    pub fn change(mut self, field: impl Into<String>, old_value: Value, new_value: Value) -> Self {
        self.changes.push(Change {
            field: field.into(),
            old_value,
            new_value,
        });
        self
    }

    /// The resource before the action; with [`NewEntry::after`], the server computes `changes`.
    pub fn before(mut self, state: Value) -> Self {
        self.before = Some(state);
        self
    }

    pub fn after(mut self, state: Value) -> Self {
        self.after = Some(state);
        self
    }

    /// `ip_address`, `user_agent`, `source`, `country`, or any key of your own.
    pub fn metadata(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.metadata.insert(key.into(), value.into());
        self
    }

    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }
}

/// What a write returned: the stored entries, and whether the server stored anything new
/// (`false` when every entry replayed an earlier idempotency key).
#[derive(Debug, Clone, PartialEq)]
pub struct Stored<T> {
    pub value: T,
    pub created: bool,
}

/// The seed-002 filters, shared by listing, facets and export. Every filter given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub entity_type: Option<String>,
    pub action_type: Option<String>,
    pub actor_id: Option<String>,
    /// The primary resource id or any target's id.
    pub target_id: Option<String>,
    pub department_id: Option<String>,
    /// Inclusive: `YYYY-MM-DD` or RFC 3339.
    pub from_date: Option<String>,
    /// Inclusive: `YYYY-MM-DD` (the whole day) or RFC 3339.
    pub to_date: Option<String>,
    /// Words that must each prefix a word of the resource name, user name or email.
    pub search_term: Option<String>,
}

macro_rules! setters {
    ($($name:ident),*) => {
        $(
            pub fn $name(mut self, value: impl Into<String>) -> Self {
                self.$name = Some(value.into());
                self
            }
        )*
    };
}

impl Filters {
    pub fn new() -> Self {
        Self::default()
    }

    setters!(
        entity_type,
        action_type,
        actor_id,
        target_id,
        department_id,
        from_date,
        to_date,
        search_term
    );

    /// The filters given, as query parameters.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        [
            ("entity_type", &self.entity_type),
            ("action_type", &self.action_type),
            ("actor_id", &self.actor_id),
            ("target_id", &self.target_id),
            ("department_id", &self.department_id),
            ("from_date", &self.from_date),
            ("to_date", &self.to_date),
            ("search_term", &self.search_term),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.clone().map(|v| (k, v)))
        .collect()
    }
}

/// Where a page starts: after `skip` matching entries, or at a `next_cursor` (which stays
/// fast at any depth).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    pub limit: u32,
    pub skip: u64,
    pub cursor: Option<String>,
}

impl Paging {
    /// The first page of `limit` entries (1–100).
    pub fn first(limit: u32) -> Self {
        Self {
            limit,
            skip: 0,
            cursor: None,
        }
    }

    pub fn skip(mut self, skip: u64) -> Self {
        self.skip = skip;
        self
    }

    pub fn cursor(mut self, cursor: impl Into<String>) -> Self {
        self.cursor = Some(cursor.into());
        self
    }

    pub(crate) fn params(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![("limit", self.limit.to_string())];
        if self.skip > 0 {
            out.push(("skip", self.skip.to_string()));
        }
        if let Some(cursor) = &self.cursor {
            out.push(("cursor", cursor.clone()));
        }
        out
    }
}

impl Default for Paging {
    fn default() -> Self {
        Self::first(50)
    }
}

/// One page of the listing, newest first, with the exact number of matching entries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub items: Vec<Entry>,
    pub total: u64,
    pub skip: u64,
    pub limit: u32,
    pub has_more: bool,
    /// Pass to [`Paging::cursor`] for the next page.
    pub next_cursor: Option<String>,
}

/// A field whose values can be counted with [`crate::Log::facets`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetField {
    EntityType,
    ActionType,
    /// The dotted `{resource_type}.{action}`.
    Event,
    ActorId,
    /// The primary resource only.
    ResourceId,
    /// The primary resource or any target.
    TargetId,
    DepartmentId,
}

impl FacetField {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EntityType => "entity_type",
            Self::ActionType => "action_type",
            Self::Event => "event",
            Self::ActorId => "actor_id",
            Self::ResourceId => "resource_id",
            Self::TargetId => "target_id",
            Self::DepartmentId => "department_id",
        }
    }
}

/// The values a field takes among the entries the filters match, most frequent first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub field: String,
    pub values: Vec<FacetValue>,
    /// Whether values beyond the limit were left out.
    pub has_more: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}
