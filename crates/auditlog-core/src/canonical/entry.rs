//! An entry's RFC 8785 bytes written straight from its fields: the keys of an entry are known
//! and ASCII, so their order is fixed here, and only what a client chose freely (metadata and
//! changed values) needs the general rules. Ingest computes these bytes for every entry, and the
//! general canonicalizer, which buffers and sorts every object, was the largest cost of a
//! request. Numbers that are not exact integers still go to it, as it formats them as
//! ECMAScript does; the tests compare both writers on every kind of value.

use std::io::Write;

use serde_json::{Map, Value};

use crate::entry::{ActorType, Change, Entry, Target};
use crate::timestamp::Timestamp;

/// Integers up to 2^53 print the same as ECMAScript prints them as doubles.
const EXACT: u64 = 1 << 53;

/// Where the values the writer assigns lie in an entry's bytes, each as `start..end`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spots {
    pub received_at: (usize, usize),
    pub sequence: (usize, usize),
    pub timestamp: (usize, usize),
}

pub(super) fn write(e: &Entry) -> Vec<u8> {
    write_marked(e).0
}

pub(super) fn write_marked(e: &Entry) -> (Vec<u8>, Spots) {
    let mut spots = Spots::default();
    let mut o = Vec::with_capacity(512);
    o.extend_from_slice(b"{\"action\":");
    string(&mut o, &e.action);
    o.extend_from_slice(b",\"actor_type\":");
    string(&mut o, actor_type(e.actor_type));
    o.extend_from_slice(b",\"changes\":");
    list(&mut o, &e.changes, change);
    o.extend_from_slice(b",\"department_id\":");
    optional(&mut o, e.department_id.as_deref());
    o.extend_from_slice(b",\"event\":");
    string(&mut o, &e.event);
    o.extend_from_slice(b",\"id\":");
    string(&mut o, &e.id);
    o.extend_from_slice(b",\"idempotency_key\":");
    optional(&mut o, e.idempotency_key.as_deref());
    o.extend_from_slice(b",\"metadata\":");
    object(&mut o, &e.metadata);
    o.extend_from_slice(b",\"organization_id\":");
    string(&mut o, &e.organization_id);
    o.extend_from_slice(b",\"received_at\":");
    let start = o.len();
    timestamp(&mut o, e.received_at);
    spots.received_at = (start, o.len());
    o.extend_from_slice(b",\"resource_id\":");
    string(&mut o, &e.resource_id);
    o.extend_from_slice(b",\"resource_name\":");
    optional(&mut o, e.resource_name.as_deref());
    o.extend_from_slice(b",\"resource_type\":");
    string(&mut o, &e.resource_type);
    o.extend_from_slice(b",\"sequence\":");
    let start = o.len();
    integer(&mut o, e.sequence);
    spots.sequence = (start, o.len());
    o.extend_from_slice(b",\"targets\":");
    list(&mut o, &e.targets, target);
    o.extend_from_slice(b",\"timestamp\":");
    let start = o.len();
    timestamp(&mut o, e.timestamp);
    spots.timestamp = (start, o.len());
    o.extend_from_slice(b",\"user_email\":");
    optional(&mut o, e.user_email.as_deref());
    o.extend_from_slice(b",\"user_id\":");
    string(&mut o, &e.user_id);
    o.extend_from_slice(b",\"user_name\":");
    optional(&mut o, e.user_name.as_deref());
    o.push(b'}');
    (o, spots)
}

fn actor_type(a: ActorType) -> &'static str {
    match a {
        ActorType::User => "user",
        ActorType::ApiKey => "api_key",
        ActorType::Service => "service",
        ActorType::System => "system",
    }
}

fn change(o: &mut Vec<u8>, c: &Change) {
    o.extend_from_slice(b"{\"field\":");
    string(o, &c.field);
    o.extend_from_slice(b",\"new_value\":");
    value(o, &c.new_value);
    o.extend_from_slice(b",\"old_value\":");
    value(o, &c.old_value);
    o.push(b'}');
}

fn target(o: &mut Vec<u8>, t: &Target) {
    o.extend_from_slice(b"{\"id\":");
    string(o, &t.id);
    o.extend_from_slice(b",\"name\":");
    optional(o, t.name.as_deref());
    o.extend_from_slice(b",\"type\":");
    string(o, &t.kind);
    o.push(b'}');
}

fn list<T>(o: &mut Vec<u8>, items: &[T], each: fn(&mut Vec<u8>, &T)) {
    o.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            o.push(b',');
        }
        each(o, item);
    }
    o.push(b']');
}

/// serde_json escapes strings exactly as RFC 8785 §3.2.2.2 asks: `"`, `\` and the control
/// characters, with the short forms where JSON has them and lowercase hex otherwise.
fn string(o: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *o, s).expect("writing to memory never fails");
}

fn optional(o: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(o, s),
        None => o.extend_from_slice(b"null"),
    }
}

fn integer(o: &mut Vec<u8>, n: u64) {
    if n <= EXACT {
        write!(o, "{n}").expect("writing to memory never fails");
    } else {
        o.extend(super::to_canonical_vec(&n));
    }
}

fn timestamp(o: &mut Vec<u8>, t: Timestamp) {
    write!(o, "\"{t}\"").expect("writing to memory never fails");
}

fn value(o: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => o.extend_from_slice(b"null"),
        Value::Bool(true) => o.extend_from_slice(b"true"),
        Value::Bool(false) => o.extend_from_slice(b"false"),
        Value::String(s) => string(o, s),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) if u <= EXACT => integer(o, u),
            (_, Some(i)) if i.unsigned_abs() <= EXACT => {
                write!(o, "{i}").expect("writing to memory never fails")
            }
            _ => o.extend(super::to_canonical_vec(n)),
        },
        Value::Array(items) => list(o, items, value),
        Value::Object(map) => object(o, map),
    }
}

/// Members in the order of their names' UTF-16 code units (RFC 8785 §3.2.3).
fn object(o: &mut Vec<u8>, map: &Map<String, Value>) {
    let mut members: Vec<(&String, &Value)> = map.iter().collect();
    if !members.iter().all(|(k, _)| k.is_ascii()) {
        members.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
    } else {
        members.sort_by(|a, b| a.0.cmp(b.0));
    }
    o.push(b'{');
    for (i, (k, v)) in members.into_iter().enumerate() {
        if i > 0 {
            o.push(b',');
        }
        string(o, k);
        o.push(b':');
        value(o, v);
    }
    o.push(b'}');
}
