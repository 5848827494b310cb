//! Strict query strings: every parameter known, none repeated, every value well formed.

use std::collections::BTreeMap;

use auditlog_core::ids::{is_valid_dotted_name, is_valid_id};
use auditlog_core::Timestamp;

use crate::error::{ApiError, Result};

pub struct Params {
    values: BTreeMap<String, String>,
}

fn invalid(param: &str, message: String) -> ApiError {
    ApiError::invalid("invalid_parameter", param, message)
}

impl Params {
    pub fn parse(raw: Option<&str>) -> Result<Self> {
        let mut values = BTreeMap::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if values.insert(k.to_string(), v.to_string()).is_some() {
                return Err(invalid(
                    &k,
                    format!("parameter `{k}` is given more than once"),
                ));
            }
        }
        Ok(Self { values })
    }

    pub fn take(&mut self, name: &str) -> Option<String> {
        self.values.remove(name)
    }

    /// Fails on the first parameter nobody took.
    pub fn finish(self) -> Result<()> {
        match self.values.into_keys().next() {
            None => Ok(()),
            Some(k) => Err(ApiError::invalid(
                "unknown_parameter",
                k.clone(),
                format!("unknown query parameter `{k}`"),
            )),
        }
    }

    /// An opaque id: 1–128 characters, no control characters.
    pub fn id(&mut self, name: &str) -> Result<Option<String>> {
        match self.take(name) {
            Some(v) if !is_valid_id(&v, 128) => Err(invalid(
                name,
                format!("`{name}` must be 1–128 characters without control characters"),
            )),
            other => Ok(other),
        }
    }

    /// A `resource_type` / `action` shaped value.
    pub fn dotted(&mut self, name: &str) -> Result<Option<String>> {
        match self.take(name) {
            Some(v) if !is_valid_dotted_name(&v) => Err(invalid(
                name,
                format!("`{name}` must be lowercase [a-z][a-z0-9_]* segments joined by '.'"),
            )),
            other => Ok(other),
        }
    }

    pub fn integer(&mut self, name: &str, min: u64, max: u64) -> Result<Option<u64>> {
        let Some(v) = self.take(name) else {
            return Ok(None);
        };
        match v.parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) && v.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(Some(n))
            }
            _ => Err(invalid(
                name,
                format!("`{name}` must be an integer from {min} to {max}"),
            )),
        }
    }

    /// A date bound: `YYYY-MM-DD` or RFC 3339. A date-only upper bound means the end of that day.
    pub fn date(&mut self, name: &str, upper: bool) -> Result<Option<Timestamp>> {
        let Some(v) = self.take(name) else {
            return Ok(None);
        };
        Timestamp::parse_bound(&v, upper).map(Some).ok_or_else(|| {
            invalid(
                name,
                format!("`{name}` must be a date (YYYY-MM-DD) or an RFC 3339 date-time"),
            )
        })
    }
}

/// A start after the end is a 400 naming the start parameter.
pub fn check_range(filter: &auditlog_core::Filter, from_name: &str) -> Result<()> {
    if filter.range_is_valid() {
        Ok(())
    } else {
        Err(invalid(
            from_name,
            format!("`{from_name}` is after the end date"),
        ))
    }
}
