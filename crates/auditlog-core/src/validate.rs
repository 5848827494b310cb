//! Client JSON → [`NewEntry`], with every rule of docs/api.md §1 and an error that names the field.

use std::fmt;
use std::net::IpAddr;

use serde_json::{Map, Value};

use crate::diff::diff;
use crate::entry::{ActorType, Change, NewEntry, Target};
use crate::ids::{is_valid_dotted_name, is_valid_id};
use crate::json::{check_numbers, Item, Members};
use crate::timestamp::Timestamp;

/// A rejected field: `param` is its path (`items[3].resource_id`), `message` says why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FieldError {
    pub param: String,
    pub message: String,
}

/// Bounds that depend on the moment of validation.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Latest acceptable `timestamp`.
    pub latest_timestamp: Timestamp,
}

impl Limits {
    /// Timestamps may lie at most five minutes in the future.
    pub fn now() -> Self {
        Self {
            latest_timestamp: Timestamp::now().plus_seconds(300),
        }
    }
}

pub const MAX_ENTRY_BYTES: usize = 64 * 1024;
pub const MAX_TARGETS: usize = 32;
const MAX_ID: usize = 128;
const MAX_IDEMPOTENCY_KEY: usize = 255;
const MAX_NAME: usize = 256;
const MAX_EMAIL: usize = 320;
const MAX_FIELD_PATH: usize = 512;

fn valid_field_path(path: &str) -> bool {
    !path.is_empty()
        && path.chars().count() <= MAX_FIELD_PATH
        && !path.chars().any(char::is_control)
}

fn field_path_message(path: &str) -> String {
    let shown: String = path.chars().take(40).collect();
    format!(
        "the change path {shown:?} is not 1–{MAX_FIELD_PATH} characters without control characters"
    )
}

const SERVER_ASSIGNED: &[&str] = &[
    "id",
    "organization_id",
    "sequence",
    "received_at",
    "event",
    "hash",
];

/// Validates one entry, taking its strings and objects as they are rather than copying them.
/// `prefix` is prepended to every `param` (`"items[3]."` in a batch).
pub fn validate_entry(value: Value, prefix: &str, limits: &Limits) -> Result<NewEntry, FieldError> {
    validate(value, Prefix::Text(prefix), limits)
}

/// [`validate_entry`] for an entry read as an [`Item`]: a request's body (`index` none), or the
/// item at `index` of a batch, its fields named `items[<index>].…`.
pub fn validate_item(
    item: Item,
    index: Option<usize>,
    limits: &Limits,
) -> Result<NewEntry, FieldError> {
    let prefix = index.map_or(Prefix::Text(""), Prefix::Item);
    validate_members(item, prefix, limits)
}

/// What comes before a field's name in an error's `param`, written out only for an error:
/// every entry of every batch passes through here.
#[derive(Clone, Copy)]
enum Prefix<'p> {
    Text(&'p str),
    Item(usize),
    /// A member of the parent, indexed when it is an array's item.
    Member(&'p Prefix<'p>, &'static str, Option<usize>),
}

impl fmt::Display for Prefix<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Prefix::Text(text) => f.write_str(text),
            Prefix::Item(i) => write!(f, "items[{i}]."),
            Prefix::Member(parent, name, None) => write!(f, "{parent}{name}."),
            Prefix::Member(parent, name, Some(i)) => write!(f, "{parent}{name}[{i}]."),
        }
    }
}

fn validate(value: Value, prefix: Prefix, limits: &Limits) -> Result<NewEntry, FieldError> {
    let item = match value {
        Value::Object(map) => Item::Object(Members::from(map)),
        other => Item::Other(other),
    };
    validate_members(item, prefix, limits)
}

fn validate_members(item: Item, prefix: Prefix, limits: &Limits) -> Result<NewEntry, FieldError> {
    let at = |field: &str| format!("{prefix}{field}");
    let err = |field: &str, message: String| FieldError {
        param: at(field),
        message,
    };
    let whole = || prefix.to_string().trim_end_matches('.').to_owned();
    let Item::Object(map) = item else {
        return Err(FieldError {
            param: whole(),
            message: "an entry must be a JSON object".into(),
        });
    };
    if map.longer_than(MAX_ENTRY_BYTES) {
        return Err(FieldError {
            param: whole(),
            message: format!("an entry may be at most {MAX_ENTRY_BYTES} bytes of JSON"),
        });
    }
    for key in map.keys() {
        if SERVER_ASSIGNED.contains(&key) {
            return Err(err(
                key,
                format!("`{key}` is assigned by the server and cannot be sent"),
            ));
        }
    }
    // Named after every known field is checked, as before fields were taken out of the map.
    let unknown = map.keys().find(|k| !KNOWN.contains(k)).map(str::to_owned);
    let mut r = Reader { map, prefix };

    let resource_type = r.required_str("resource_type")?;
    if !is_valid_dotted_name(&resource_type) {
        return Err(err("resource_type", dotted_message("resource_type")));
    }
    let mut action = r.required_str("action")?;
    if let Some(verb) = action
        .strip_prefix(resource_type.as_str())
        .and_then(|rest| rest.strip_prefix('.'))
    {
        action = verb.to_owned();
    }
    if !is_valid_dotted_name(&action) {
        return Err(err("action", dotted_message("action")));
    }
    let resource_id = r.required_id("resource_id", MAX_ID)?;
    let resource_name = r.optional_name("resource_name", MAX_NAME)?;
    let user_id = r.required_id("user_id", MAX_ID)?;
    let user_name = r.optional_name("user_name", MAX_NAME)?;
    let user_email = r.optional_name("user_email", MAX_EMAIL)?;
    let department_id = r.optional_id("department_id", MAX_ID)?;
    let idempotency_key = r.optional_id("idempotency_key", MAX_IDEMPOTENCY_KEY)?;

    let actor_type = match r.optional_str("actor_type")? {
        None => ActorType::default(),
        Some(s) => ActorType::parse(&s).ok_or_else(|| {
            err(
                "actor_type",
                "`actor_type` must be one of user, api_key, service, system".into(),
            )
        })?,
    };

    let timestamp = match r.optional_str("timestamp")? {
        None => None,
        Some(s) => {
            let ts = Timestamp::parse_rfc3339(&s).ok_or_else(|| {
                err(
                    "timestamp",
                    "`timestamp` must be an RFC 3339 date-time, e.g. 2025-01-20T10:30:00Z".into(),
                )
            })?;
            if ts > limits.latest_timestamp {
                return Err(err(
                    "timestamp",
                    "`timestamp` is more than 5 minutes in the future".into(),
                ));
            }
            Some(ts)
        }
    };

    let targets = r.targets()?;
    let metadata = r.metadata()?;
    let changes = r.changes()?;

    if let Some(unknown) = unknown {
        return Err(err(&unknown, format!("unknown field `{unknown}`")));
    }

    Ok(NewEntry {
        timestamp,
        action,
        resource_type,
        resource_id,
        resource_name,
        user_id,
        user_name,
        user_email,
        actor_type,
        department_id,
        targets,
        changes,
        metadata,
        idempotency_key,
    })
}

const KNOWN: &[&str] = &[
    "timestamp",
    "action",
    "resource_type",
    "resource_id",
    "resource_name",
    "user_id",
    "user_name",
    "user_email",
    "actor_type",
    "department_id",
    "targets",
    "changes",
    "before",
    "after",
    "metadata",
    "idempotency_key",
];

fn dotted_message(field: &str) -> String {
    format!(
        "`{field}` must be lowercase [a-z][a-z0-9_]* segments joined by '.', at most 64 characters"
    )
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A JSON object whose fields are taken out as they are validated: an entry's members, or a
/// map below them.
struct Reader<'p, M = Map<String, Value>> {
    map: M,
    prefix: Prefix<'p>,
}

trait Object {
    fn remove(&mut self, key: &str) -> Option<Value>;
    fn get(&self, key: &str) -> Option<&Value>;
}

impl Object for Map<String, Value> {
    fn remove(&mut self, key: &str) -> Option<Value> {
        Map::remove(self, key)
    }
    fn get(&self, key: &str) -> Option<&Value> {
        Map::get(self, key)
    }
}

impl Object for Members {
    fn remove(&mut self, key: &str) -> Option<Value> {
        Members::remove(self, key)
    }
    fn get(&self, key: &str) -> Option<&Value> {
        Members::get(self, key)
    }
}

impl<M: Object> Reader<'_, M> {
    fn error(&self, field: &str, message: String) -> FieldError {
        FieldError {
            param: format!("{}{field}", self.prefix),
            message,
        }
    }

    /// Explicit `null` means absent.
    fn take(&mut self, field: &str) -> Option<Value> {
        self.map.remove(field).filter(|v| !v.is_null())
    }

    fn is_set(&self, field: &str) -> bool {
        self.map.get(field).is_some_and(|v| !v.is_null())
    }

    fn optional_str(&mut self, field: &str) -> Result<Option<String>, FieldError> {
        match self.take(field) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.error(field, not_a(field, "a string", &other))),
        }
    }

    /// Like [`Self::optional_str`], leaving the field in place.
    fn peek_str(&self, field: &str) -> Result<Option<&str>, FieldError> {
        match self.map.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.error(field, not_a(field, "a string", other))),
        }
    }

    fn required_str(&mut self, field: &str) -> Result<String, FieldError> {
        self.optional_str(field)?
            .ok_or_else(|| self.error(field, format!("`{field}` is required")))
    }

    fn optional_id(&mut self, field: &str, max: usize) -> Result<Option<String>, FieldError> {
        let value = self.optional_str(field)?;
        if let Some(s) = &value {
            if !is_valid_id(s, max) {
                return Err(self.error(
                    field,
                    format!("`{field}` must be 1–{max} characters without control characters"),
                ));
            }
        }
        Ok(value)
    }

    fn required_id(&mut self, field: &str, max: usize) -> Result<String, FieldError> {
        self.optional_id(field, max)?
            .ok_or_else(|| self.error(field, format!("`{field}` is required")))
    }

    fn optional_name(&mut self, field: &str, max: usize) -> Result<Option<String>, FieldError> {
        let value = self.optional_str(field)?;
        if let Some(s) = &value {
            if s.chars().count() > max {
                return Err(self.error(field, format!("`{field}` may be at most {max} characters")));
            }
        }
        Ok(value)
    }

    /// An object, its numbers checked and normalized.
    fn optional_object(&mut self, field: &str) -> Result<Option<Map<String, Value>>, FieldError> {
        match self.take(field) {
            None => Ok(None),
            Some(mut v @ Value::Object(_)) => {
                check_numbers(&mut v, field).map_err(|path| self.error(&path, number_message()))?;
                match v {
                    Value::Object(m) => Ok(Some(m)),
                    _ => Ok(None),
                }
            }
            Some(other) => Err(self.error(field, not_a(field, "an object", &other))),
        }
    }

    fn optional_array(&mut self, field: &str) -> Result<Vec<Value>, FieldError> {
        match self.take(field) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => Ok(items),
            Some(other) => Err(self.error(field, not_a(field, "an array", &other))),
        }
    }

    fn targets(&mut self) -> Result<Vec<Target>, FieldError> {
        let items = self.optional_array("targets")?;
        if items.len() > MAX_TARGETS {
            return Err(self.error(
                "targets",
                format!("at most {MAX_TARGETS} targets are allowed"),
            ));
        }
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let Value::Object(map) = item else {
                    let field = format!("targets[{i}]");
                    return Err(self.error(&field, "a target must be an object".into()));
                };
                let mut r = Reader {
                    map,
                    prefix: Prefix::Member(&self.prefix, "targets", Some(i)),
                };
                if let Some(k) = r
                    .map
                    .keys()
                    .find(|k| !["type", "id", "name"].contains(&k.as_str()))
                {
                    return Err(r.error(k, format!("unknown field `{k}`")));
                }
                let kind = r.required_str("type")?;
                if !is_valid_dotted_name(&kind) {
                    return Err(r.error("type", dotted_message("type")));
                }
                Ok(Target {
                    kind,
                    id: r.required_id("id", MAX_ID)?,
                    name: r.optional_name("name", MAX_NAME)?,
                })
            })
            .collect()
    }

    fn metadata(&mut self) -> Result<Map<String, Value>, FieldError> {
        let Some(map) = self.optional_object("metadata")? else {
            return Ok(Map::new());
        };
        let r = Reader {
            map,
            prefix: Prefix::Member(&self.prefix, "metadata", None),
        };
        if let Some(ip) = r.peek_str("ip_address")? {
            if ip.parse::<IpAddr>().is_err() {
                return Err(r.error(
                    "ip_address",
                    "`ip_address` must be an IPv4 or IPv6 address".into(),
                ));
            }
        }
        if let Some(country) = r.peek_str("country")? {
            let ok = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
            if !ok {
                return Err(r.error(
                    "country",
                    "`country` must be an ISO 3166-1 alpha-2 code, e.g. DE".into(),
                ));
            }
        }
        r.peek_str("user_agent")?;
        r.peek_str("source")?;
        Ok(r.map)
    }

    fn changes(&mut self) -> Result<Vec<Change>, FieldError> {
        let before = self.optional_object("before")?;
        let after = self.optional_object("after")?;
        if self.is_set("changes") {
            let both = match (&before, &after) {
                (Some(_), _) => Some("before"),
                (None, Some(_)) => Some("after"),
                (None, None) => None,
            };
            if let Some(field) = both {
                return Err(self.error(
                    field,
                    "`changes` cannot be sent together with `before`/`after`".into(),
                ));
            }
            return self.explicit_changes();
        }
        if before.is_none() && after.is_none() {
            return Ok(Vec::new());
        }
        let empty = Map::new();
        let (before, after) = (
            before.as_ref().unwrap_or(&empty),
            after.as_ref().unwrap_or(&empty),
        );
        let changes = diff(before, after);
        // A derived change obeys the rules of a change sent as such.
        if let Some(bad) = changes.iter().find(|c| !valid_field_path(&c.field)) {
            let top = bad.field.split('.').next().unwrap_or_default();
            let side = if before.contains_key(top) {
                "before"
            } else {
                "after"
            };
            return Err(self.error(side, field_path_message(&bad.field)));
        }
        Ok(changes)
    }

    fn explicit_changes(&mut self) -> Result<Vec<Change>, FieldError> {
        let items = self.optional_array("changes")?;
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let Value::Object(map) = item else {
                    let field = format!("changes[{i}]");
                    return Err(self.error(&field, "a change must be an object".into()));
                };
                let mut r = Reader {
                    map,
                    prefix: Prefix::Member(&self.prefix, "changes", Some(i)),
                };
                if let Some(k) = r
                    .map
                    .keys()
                    .find(|k| !["field", "old_value", "new_value"].contains(&k.as_str()))
                {
                    return Err(r.error(k, format!("unknown field `{k}`")));
                }
                let path = r.required_str("field")?;
                if !valid_field_path(&path) {
                    return Err(r.error("field", field_path_message(&path)));
                }
                let mut old_value = r.map.remove("old_value").unwrap_or(Value::Null);
                let mut new_value = r.map.remove("new_value").unwrap_or(Value::Null);
                for (name, v) in [("old_value", &mut old_value), ("new_value", &mut new_value)] {
                    check_numbers(v, name).map_err(|p| r.error(&p, number_message()))?;
                }
                Ok(Change {
                    field: path,
                    old_value,
                    new_value,
                })
            })
            .collect()
    }
}

fn not_a(field: &str, expected: &str, got: &Value) -> String {
    format!("`{field}` must be {expected}, not {}", type_name(got))
}

fn number_message() -> String {
    "numbers must be I-JSON: integers within ±(2^53−1); send larger ones as strings".into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn limits() -> Limits {
        Limits {
            latest_timestamp: Timestamp::parse_rfc3339("2030-01-01T00:00:00Z").unwrap(),
        }
    }

    fn minimal() -> Value {
        json!({"action": "created", "resource_type": "assistant", "resource_id": "asst_1", "user_id": "u1"})
    }

    fn with(patch: Value) -> Value {
        let mut v = minimal();
        for (k, val) in patch.as_object().unwrap() {
            v[k] = val.clone();
        }
        v
    }

    fn param_of(v: Value) -> String {
        validate_entry(v, "items[3].", &limits()).unwrap_err().param
    }

    #[test]
    fn a_minimal_entry_takes_defaults() {
        let e = validate_entry(minimal(), "", &limits()).unwrap();
        assert_eq!(e.actor_type, ActorType::User);
        assert!(e.targets.is_empty() && e.changes.is_empty() && e.metadata.is_empty());
        assert_eq!(e.timestamp, None);
    }

    #[test]
    fn a_dotted_action_loses_its_resource_type_prefix() {
        let e =
            validate_entry(with(json!({"action": "assistant.updated"})), "", &limits()).unwrap();
        assert_eq!(e.action, "updated");
        let v = json!({"action": "sso.profile.sessions.revoked", "resource_type": "sso.profile",
                       "resource_id": "p1", "user_id": "u1"});
        assert_eq!(
            validate_entry(v, "", &limits()).unwrap().action,
            "sessions.revoked"
        );
    }

    #[test]
    fn missing_required_fields_are_named_with_the_batch_prefix() {
        let mut v = minimal();
        v.as_object_mut().unwrap().remove("resource_id");
        assert_eq!(param_of(v), "items[3].resource_id");
        assert_eq!(param_of(with(json!({"user_id": null}))), "items[3].user_id");
    }

    #[test]
    fn wrong_types_unknown_and_server_fields_are_rejected() {
        assert_eq!(param_of(with(json!({"user_id": 5}))), "items[3].user_id");
        assert_eq!(param_of(with(json!({"colour": "red"}))), "items[3].colour");
        assert_eq!(param_of(with(json!({"sequence": 1}))), "items[3].sequence");
        assert_eq!(param_of(with(json!({"hash": "00"}))), "items[3].hash");
        assert_eq!(param_of(with(json!({"targets": {}}))), "items[3].targets");
        assert_eq!(param_of(json!([1])), "items[3]");
    }

    #[test]
    fn formats_and_lengths_are_enforced() {
        assert_eq!(
            param_of(with(json!({"resource_type": "Assistant"}))),
            "items[3].resource_type"
        );
        assert_eq!(
            param_of(with(json!({"action": "do it"}))),
            "items[3].action"
        );
        assert_eq!(
            param_of(with(json!({"resource_id": ""}))),
            "items[3].resource_id"
        );
        assert_eq!(
            param_of(with(json!({"resource_id": "a\u{7}"}))),
            "items[3].resource_id"
        );
        assert_eq!(
            param_of(with(json!({"resource_name": "x".repeat(257)}))),
            "items[3].resource_name"
        );
        assert_eq!(
            param_of(with(json!({"user_email": "x".repeat(321)}))),
            "items[3].user_email"
        );
        assert_eq!(
            param_of(with(json!({"actor_type": "robot"}))),
            "items[3].actor_type"
        );
        assert_eq!(
            param_of(with(json!({"timestamp": "yesterday"}))),
            "items[3].timestamp"
        );
        assert_eq!(
            param_of(with(json!({"timestamp": "2031-01-01T00:00:00Z"}))),
            "items[3].timestamp"
        );
    }

    #[test]
    fn metadata_rules_name_the_nested_field() {
        assert_eq!(
            param_of(with(json!({"metadata": {"ip_address": "999.1.1.1"}}))),
            "items[3].metadata.ip_address"
        );
        assert_eq!(
            param_of(with(json!({"metadata": {"country": "Germany"}}))),
            "items[3].metadata.country"
        );
        assert_eq!(
            param_of(with(
                json!({"metadata": {"n": {"deep": 9007199254740992u64}}})
            )),
            "items[3].metadata.n.deep"
        );
        let ok = validate_entry(
            with(json!({"metadata": {"ip_address": "::1", "country": "DE"}})),
            "",
            &limits(),
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn targets_are_checked_and_capped() {
        assert_eq!(
            param_of(with(json!({"targets": [{"type": "member", "id": ""}]}))),
            "items[3].targets[0].id"
        );
        assert_eq!(
            param_of(with(
                json!({"targets": [{"type": "member", "id": "m", "x": 1}]})
            )),
            "items[3].targets[0].x"
        );
        let many: Vec<Value> = (0..33)
            .map(|i| json!({"type": "member", "id": format!("m{i}")}))
            .collect();
        assert_eq!(param_of(with(json!({"targets": many}))), "items[3].targets");
    }

    #[test]
    fn derived_changes_obey_the_rules_of_explicit_ones() {
        let long = "k".repeat(600);
        for (body, side) in [
            (
                json!({"before": {"a\nb": 1}, "after": {"a\nb": 2}}),
                "before",
            ),
            (json!({"after": {"": 1}}), "after"),
            (json!({"after": {"x": {"\u{0}": 1}}}), "after"),
            (json!({"before": {}, "after": {long.clone(): 1}}), "after"),
        ] {
            assert_eq!(param_of(with(body)), format!("items[3].{side}"));
        }
    }

    #[test]
    fn changes_are_computed_from_before_and_after() {
        let e = validate_entry(
            with(
                json!({"before": {"a": 1, "t": {"x": true}}, "after": {"a": 2, "t": {"x": true}}}),
            ),
            "",
            &limits(),
        )
        .unwrap();
        assert_eq!(e.changes.len(), 1);
        assert_eq!(e.changes[0].field, "a");
        assert_eq!(
            param_of(with(json!({"changes": [], "before": {}}))),
            "items[3].before"
        );
        assert_eq!(
            param_of(with(
                json!({"changes": [{"field": "a", "old_value": 9007199254740993u64}]})
            )),
            "items[3].changes[0].old_value"
        );
    }

    #[test]
    fn oversized_entries_are_rejected() {
        let big = with(json!({"metadata": {"blob": "x".repeat(MAX_ENTRY_BYTES)}}));
        assert_eq!(param_of(big), "items[3]");
        // At the limit exactly, counted as compact JSON with every escape written out.
        let sized = |escaped: usize, plain: usize| {
            let blob = "\n".repeat(escaped);
            with(json!({"metadata": {"blob": blob, "pad": "x".repeat(plain)}}))
        };
        let escaped = (MAX_ENTRY_BYTES - sized(0, 0).to_string().len()) / 4;
        let plain = MAX_ENTRY_BYTES - sized(escaped, 0).to_string().len();
        let at = |extra: usize| sized(escaped, plain + extra);
        assert_eq!(at(0).to_string().len(), MAX_ENTRY_BYTES);
        assert!(validate_entry(at(0), "", &limits()).is_ok());
        assert_eq!(param_of(at(1)), "items[3]");
    }
}
