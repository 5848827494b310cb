//! A retention policy, as the API takes it and the pruner applies it, and what a legal hold
//! keeps, as filters.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use auditlog_core::{Filter, Timestamp};

use crate::error::{ApiError, Result};
use crate::routes::holds::is_event_prefix;

/// The longest window a policy may name: a century.
pub const MAX_DAYS: u64 = 36_500;
/// At most this many rules per policy.
pub const MAX_RULES: usize = 100;

/// How long an organization's entries are kept, by the start of their event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Days an entry no rule names is kept; `None`: forever.
    pub days: Option<u64>,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub event_prefix: String,
    pub days: u64,
}

fn invalid(param: &str, message: impl Into<String>) -> ApiError {
    ApiError::invalid("invalid_value", param, message)
}

fn days_of(v: &Value, param: &str) -> Result<u64> {
    v.as_u64()
        .filter(|d| (1..=MAX_DAYS).contains(d))
        .ok_or_else(|| {
            invalid(
                param,
                format!("`{param}` must be a whole number of days from 1 to {MAX_DAYS}"),
            )
        })
}

impl Policy {
    /// The policy of a `PUT …/retention` body: `days` (or null) and `rules`.
    pub fn from_body(body: &Map<String, Value>) -> Result<Self> {
        let days = match body.get("days") {
            None | Some(Value::Null) => None,
            Some(v) => Some(days_of(v, "days")?),
        };
        let mut rules: Vec<Rule> = Vec::new();
        match body.get("rules") {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) if items.len() <= MAX_RULES => {
                for (i, item) in items.iter().enumerate() {
                    rules.push(Self::rule(item, i)?);
                    let prefix = &rules[rules.len() - 1].event_prefix;
                    if rules[..rules.len() - 1]
                        .iter()
                        .any(|r| &r.event_prefix == prefix)
                    {
                        return Err(invalid(
                            &format!("rules[{i}].event_prefix"),
                            format!("`{prefix}` has a rule already"),
                        ));
                    }
                }
            }
            Some(_) => {
                return Err(invalid(
                    "rules",
                    format!("`rules` must be an array of at most {MAX_RULES} rules"),
                ))
            }
        }
        Ok(Self { days, rules })
    }

    fn rule(item: &Value, i: usize) -> Result<Rule> {
        let Some(obj) = item.as_object() else {
            return Err(invalid(
                &format!("rules[{i}]"),
                "a rule is an object: {\"event_prefix\": \"member.\", \"days\": 2555}",
            ));
        };
        if let Some(unknown) = obj
            .keys()
            .find(|k| !["event_prefix", "days"].contains(&k.as_str()))
        {
            return Err(invalid(
                &format!("rules[{i}].{unknown}"),
                format!("unknown field `{unknown}`: a rule has `event_prefix` and `days`"),
            ));
        }
        let prefix = obj
            .get("event_prefix")
            .and_then(Value::as_str)
            .filter(|p| is_event_prefix(p))
            .ok_or_else(|| {
                invalid(
                    &format!("rules[{i}].event_prefix"),
                    "`event_prefix` must be the start of an event: [a-z][a-z0-9_.]*, at most 64 characters (e.g. `member.`)",
                )
            })?;
        let days = days_of(
            obj.get("days").unwrap_or(&Value::Null),
            &format!("rules[{i}].days"),
        )?;
        Ok(Rule {
            event_prefix: prefix.to_owned(),
            days,
        })
    }

    /// Whether the policy keeps everything forever.
    pub fn keeps_all(&self) -> bool {
        self.days.is_none() && self.rules.is_empty()
    }

    /// How many days entries of `event` are kept: the longest rule whose prefix it starts
    /// with, else `days`; `None`: forever.
    pub fn window(&self, event: &str) -> Option<u64> {
        self.rules
            .iter()
            .filter(|r| event.starts_with(&r.event_prefix))
            .max_by_key(|r| r.event_prefix.len())
            .map_or(self.days, |r| Some(r.days))
    }
}

/// The filters that together match what a standing legal hold's filter (as stored: see
/// `routes::holds`) keeps, given the organization's events: one per event its `event_prefix`
/// names (none when it names none), or one. Its `resource_id` is the entry's resource or a
/// target, as `target_id` is.
pub fn hold_filters(filter: &Map<String, Value>, events: &[String]) -> Vec<Filter> {
    let text = |name: &str| filter.get(name).and_then(Value::as_str).map(str::to_owned);
    let bound = |name: &str| {
        filter
            .get(name)
            .and_then(Value::as_str)
            .and_then(|t| Timestamp::parse_bound(t, false))
    };
    let base = Filter {
        user_id: text("actor_id"),
        target_id: text("resource_id"),
        from: bound("from_date"),
        to: bound("to_date"),
        ..Filter::default()
    };
    match text("event_prefix") {
        None => vec![base],
        Some(prefix) => events
            .iter()
            .filter(|e| e.starts_with(&prefix))
            .map(|e| Filter {
                event: Some(e.clone()),
                ..base.clone()
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn policy(v: Value) -> Result<Policy> {
        Policy::from_body(v.as_object().unwrap())
    }

    #[test]
    fn the_longest_matching_rule_sets_the_window() {
        let p = policy(json!({"days": 365, "rules": [
            {"event_prefix": "member.", "days": 2555},
            {"event_prefix": "member.removed", "days": 30}]}))
        .unwrap();
        assert_eq!(p.window("member.added"), Some(2555));
        assert_eq!(p.window("member.removed"), Some(30));
        assert_eq!(p.window("thread.accessed"), Some(365));
        let forever = policy(json!({"rules": [{"event_prefix": "thread.", "days": 90}]})).unwrap();
        assert_eq!(forever.window("member.added"), None);
        assert!(policy(json!({})).unwrap().keeps_all());
    }

    #[test]
    fn a_hold_is_one_filter_per_event_its_prefix_names() {
        let events = ["member.added", "member.removed", "thread.created"].map(String::from);
        let hold = json!({"actor_id": "u1", "resource_id": "r1", "event_prefix": "member.",
                          "from_date": "2026-01-01T00:00:00Z"});
        let filters = hold_filters(hold.as_object().unwrap(), &events);
        let named: Vec<_> = filters
            .iter()
            .map(|f| f.event.as_deref().unwrap())
            .collect();
        assert_eq!(named, ["member.added", "member.removed"]);
        assert!(filters.iter().all(|f| f.user_id.as_deref() == Some("u1")
            && f.target_id.as_deref() == Some("r1")
            && f.from.is_some()
            && f.to.is_none()));
        let none = json!({"event_prefix": "billing."});
        assert!(hold_filters(none.as_object().unwrap(), &events).is_empty());
        assert_eq!(hold_filters(&Map::new(), &events), [Filter::default()]);
    }

    #[test]
    fn a_bad_policy_names_what_is_wrong() {
        for (body, param) in [
            (json!({"days": 0}), "days"),
            (json!({"days": 36501}), "days"),
            (json!({"days": "365"}), "days"),
            (json!({"rules": {}}), "rules"),
            (
                json!({"rules": [{"event_prefix": "Member.", "days": 1}]}),
                "rules[0].event_prefix",
            ),
            (
                json!({"rules": [{"event_prefix": "a.", "days": 1}, {"event_prefix": "a.", "days": 2}]}),
                "rules[1].event_prefix",
            ),
            (
                json!({"rules": [{"event_prefix": "a.", "days": 1.5}]}),
                "rules[0].days",
            ),
            (
                json!({"rules": [{"event_prefix": "a.", "days": 1, "why": 1}]}),
                "rules[0].why",
            ),
        ] {
            match policy(body.clone()) {
                Err(ApiError::Invalid { param: Some(p), .. }) => assert_eq!(p, param, "{body}"),
                other => panic!("{body}: {other:?}"),
            }
        }
    }
}
