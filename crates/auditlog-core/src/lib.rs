//! The audit entry and everything about it that needs no I/O: parsing client JSON strictly,
//! validating it into a [`NewEntry`], diffing `before`/`after`, rendering the camelCase dialect,
//! the canonical filter every read API is parsed into, and the RFC 8785 canonical bytes whose
//! RFC 6962 leaf hash makes each entry tamper-evident.
//!
//! The key decision: an entry is validated once, at the edge, into types that cannot hold an
//! invalid value, and its stored form *is* its canonical byte string. Every API dialect renders
//! from that one form, so what a client reads is exactly what was hashed.

pub mod canonical;
pub mod case;
pub mod diff;
pub mod entry;
pub mod filter;
pub mod ids;
pub mod json;
pub mod merkle;
pub mod note;
#[cfg(test)]
mod properties;
pub mod search;
pub mod stored;
pub mod timestamp;
pub mod validate;

pub use entry::{ActorType, Change, Entry, NewEntry, Prepared, Received, Target};
pub use filter::{Filter, PageRequest};
pub use ids::OrgId;
pub use stored::StoredEntry;
pub use timestamp::Timestamp;
pub use validate::{FieldError, Limits};
