//! What a stream delivers to, checked once at the edge and stored as JSON: the kind, the URL,
//! the credential the destination wants, and the seed-002 filter entries must match.

use std::net::IpAddr;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use reqwest::Url;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use auditlog_core::Filter;

use crate::error::{ApiError, Result};
use crate::params::{check_range, Params};
use crate::routes::search_log::seed002_filter;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Webhook,
    SplunkHec,
    Datadog,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Webhook => "webhook",
            Kind::SplunkHec => "splunk_hec",
            Kind::Datadog => "datadog",
        }
    }

    /// The path a bare `https://host` is given: where each service takes events.
    fn default_path(self) -> Option<&'static str> {
        match self {
            Kind::Webhook => None,
            Kind::SplunkHec => Some("/services/collector/event"),
            Kind::Datadog => Some("/api/v2/logs"),
        }
    }
}

/// A stream's destination as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Destination {
    pub kind: Kind,
    pub url: String,
    /// The webhook's signing secret, `whsec_` + base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Splunk's HEC token or Datadog's API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The seed-002 filter, as given (strings by parameter name).
    #[serde(default)]
    pub filter: Map<String, Value>,
}

fn invalid(param: &str, message: impl Into<String>) -> ApiError {
    ApiError::invalid("invalid_value", param, message)
}

impl Destination {
    /// Checks a stream's body fields (`kind`, `url`, `secret`, `token`, `filter`); a webhook
    /// given no secret gets a new one.
    pub fn from_body(body: &Map<String, Value>) -> Result<Self> {
        let kind = match body.get("kind").and_then(Value::as_str) {
            Some("webhook") => Kind::Webhook,
            Some("splunk_hec") => Kind::SplunkHec,
            Some("datadog") => Kind::Datadog,
            _ => {
                return Err(invalid(
                    "kind",
                    "`kind` is required: `webhook`, `splunk_hec` or `datadog`",
                ))
            }
        };
        let url = url_of(kind, body.get("url"))?;
        let text = |name: &str| -> Result<Option<String>> {
            match body.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s))
                    if !s.is_empty()
                        && s.len() <= 512
                        && s.bytes().all(|b| b.is_ascii_graphic()) =>
                {
                    Ok(Some(s.clone()))
                }
                Some(_) => Err(invalid(
                    name,
                    format!("`{name}` must be 1–512 printable ASCII characters"),
                )),
            }
        };
        let (secret, token) = (text("secret")?, text("token")?);
        let (secret, token) = match kind {
            Kind::Webhook => {
                if token.is_some() {
                    return Err(invalid(
                        "token",
                        "a webhook is signed with `secret`, not `token`",
                    ));
                }
                (Some(webhook_secret(secret)?), None)
            }
            Kind::SplunkHec | Kind::Datadog => {
                if secret.is_some() {
                    return Err(invalid(
                        "secret",
                        format!("a `{}` stream takes `token`, not `secret`", kind.as_str()),
                    ));
                }
                let Some(token) = token else {
                    return Err(invalid(
                        "token",
                        format!(
                            "`token` is required for `{}`: {}",
                            kind.as_str(),
                            match kind {
                                Kind::SplunkHec => "the HTTP Event Collector token",
                                _ => "the Datadog API key",
                            }
                        ),
                    ));
                };
                (None, Some(token))
            }
        };
        let filter = match body.get("filter") {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(f)) => f.clone(),
            Some(_) => return Err(invalid("filter", "`filter` must be an object")),
        };
        let destination = Self {
            kind,
            url,
            secret,
            token,
            filter,
        };
        destination.entry_filter()?;
        Ok(destination)
    }

    /// The filter entries must match, parsed as the seed-002 query parameters are (errors name
    /// `filter.<parameter>`).
    pub fn entry_filter(&self) -> Result<Filter> {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in &self.filter {
            match value {
                Value::String(s) => query.append_pair(name, s),
                _ => {
                    return Err(invalid(
                        &format!("filter.{name}"),
                        format!("`filter.{name}` must be a string"),
                    ))
                }
            };
        }
        let query = query.finish();
        let parse = || -> Result<Filter> {
            let mut p = Params::parse(Some(&query))?;
            let filter = seed002_filter(&mut p)?;
            p.finish()?;
            check_range(&filter, "from_date")?;
            Ok(filter)
        };
        parse().map_err(|e| match e {
            ApiError::Invalid {
                code,
                message,
                param: Some(param),
            } => ApiError::Invalid {
                code,
                message,
                param: Some(format!("filter.{param}")),
            },
            other => other,
        })
    }

    /// The key the webhook's HMAC is made with: the secret's bytes after `whsec_`.
    pub fn hmac_key(&self) -> Vec<u8> {
        self.secret
            .as_deref()
            .and_then(|s| s.strip_prefix("whsec_"))
            .and_then(|s| B64.decode(s).ok())
            .unwrap_or_default()
    }
}

/// `https://` anywhere, `http://` only to this machine (a local receiver or a forwarder); a bare
/// host gets the service's usual path.
fn url_of(kind: Kind, value: Option<&Value>) -> Result<String> {
    let message = "`url` is required: an https:// URL, or http:// to a loopback address";
    let text = value
        .and_then(Value::as_str)
        .ok_or_else(|| invalid("url", message))?;
    let mut url = Url::parse(text)
        .ok()
        .filter(|_| text.len() <= 2048)
        .ok_or_else(|| invalid("url", message))?;
    let host = url.host_str().ok_or_else(|| invalid("url", message))?;
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => return Err(invalid("url", message)),
    }
    if !url.username().is_empty() || url.password().is_some() || url.fragment().is_some() {
        return Err(invalid(
            "url",
            "`url` may not hold a user name, a password or a fragment: give credentials as `secret` or `token`",
        ));
    }
    if let (Some(path), "/") = (kind.default_path(), url.path()) {
        url.set_path(path);
    }
    Ok(url.to_string())
}

/// The webhook's secret: as given (`whsec_` + base64 of 24–64 bytes), or new.
fn webhook_secret(given: Option<String>) -> Result<String> {
    let Some(secret) = given else {
        use rand::RngCore;
        let mut raw = [0u8; 32];
        rand::rng().fill_bytes(&mut raw);
        return Ok(format!("whsec_{}", B64.encode(raw)));
    };
    let ok = secret
        .strip_prefix("whsec_")
        .and_then(|s| B64.decode(s).ok())
        .is_some_and(|k| (24..=64).contains(&k.len()));
    if ok {
        Ok(secret)
    } else {
        Err(invalid(
            "secret",
            "`secret` must be `whsec_` followed by the base64 of 24–64 random bytes (or left out, and one is made)",
        ))
    }
}
