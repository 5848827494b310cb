//! Viewer tokens: short-lived, read-only bearer tokens for one organization, optionally pinned to
//! a filter, that a customer mints with a read key and hands to a browser (the embedded
//! console). A token is `alv_<payload>.<mac>`: the payload (base64url JSON) says which
//! organization, which key minted it, when it expires and what it is pinned to; the mac is
//! HMAC-SHA-256 under a key derived from the log's signing key, so every server sharing the
//! signing key accepts the tokens of the others and nothing else can forge one. A token dies
//! with the key that minted it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use auditlog_core::{Entry, Filter, OrgId, Timestamp};

use crate::error::{ApiError, Result};

pub const PREFIX: &str = "alv_";
pub const DEFAULT_TTL: u64 = 3600;
pub const MAX_TTL: u64 = 86_400;
pub const MIN_TTL: u64 = 60;

/// The filter a token is pinned to, in seed 002's vocabulary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_date: Option<Timestamp>,
}

impl Pin {
    pub fn is_empty(&self) -> bool {
        *self == Pin::default()
    }

    /// Narrows a request's filter to the pin: a pinned field the request leaves open is set,
    /// one it asks with another value is refused, and the dates are intersected.
    pub fn narrow(&self, filter: &mut Filter) -> Result<()> {
        let fields = [
            ("entity_type", &self.entity_type, &mut filter.resource_type),
            ("action_type", &self.action_type, &mut filter.action),
            ("actor_id", &self.actor_id, &mut filter.user_id),
            ("target_id", &self.target_id, &mut filter.target_id),
            (
                "department_id",
                &self.department_id,
                &mut filter.department_id,
            ),
        ];
        for (name, pinned, asked) in fields {
            let Some(pinned) = pinned else { continue };
            match asked {
                Some(v) if v != pinned => {
                    return Err(ApiError::Forbidden(format!(
                        "This viewer token only reads entries with {name} = {pinned}"
                    )))
                }
                _ => *asked = Some(pinned.clone()),
            }
        }
        if let Some(from) = self.from_date {
            filter.from = Some(filter.from.map_or(from, |f| f.max(from)));
        }
        if let Some(to) = self.to_date {
            filter.to = Some(filter.to.map_or(to, |t| t.min(to)));
        }
        Ok(())
    }

    /// Whether one entry is within the pin.
    pub fn admits(&self, e: &Entry) -> bool {
        let mut within = Filter::default();
        // An open filter takes every pinned value.
        self.narrow(&mut within).is_ok() && within.matches(e)
    }
}

/// What a token carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claims {
    /// The organization.
    pub org: String,
    /// The id of the key that minted it; `None` for the admin token.
    pub key: Option<String>,
    /// Expiry, Unix seconds.
    pub exp: i64,
    #[serde(default, skip_serializing_if = "Pin::is_empty")]
    pub pin: Pin,
}

/// The MAC key: derived from the signing key, for this use only.
pub struct TokenKey([u8; 32]);

impl TokenKey {
    pub fn derive(signing_key_text: &str) -> Self {
        let mut h = Sha256::new();
        h.update(b"auditlog viewer tokens v1\0");
        h.update(signing_key_text.as_bytes());
        TokenKey(h.finalize().into())
    }

    fn mac(&self, payload: &str) -> Hmac<Sha256> {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.0).expect("HMAC takes a key of any size");
        mac.update(PREFIX.as_bytes());
        mac.update(payload.as_bytes());
        mac
    }

    pub fn mint(&self, claims: &Claims) -> String {
        let json = serde_json::to_vec(claims).expect("claims serialize");
        let payload = URL_SAFE_NO_PAD.encode(json);
        let tag = self.mac(&payload).finalize().into_bytes();
        format!("{PREFIX}{payload}.{}", URL_SAFE_NO_PAD.encode(tag))
    }

    /// The claims of a token this key minted that has not expired.
    pub fn open(&self, token: &str, now: Timestamp) -> Result<(OrgId, Claims)> {
        let invalid = || ApiError::Unauthenticated("Invalid viewer token".into());
        let (payload, tag) = token
            .strip_prefix(PREFIX)
            .and_then(|t| t.split_once('.'))
            .ok_or_else(invalid)?;
        let tag = URL_SAFE_NO_PAD.decode(tag).map_err(|_| invalid())?;
        self.mac(payload)
            .verify_slice(&tag)
            .map_err(|_| invalid())?;
        let json = URL_SAFE_NO_PAD.decode(payload).map_err(|_| invalid())?;
        let claims: Claims = serde_json::from_slice(&json).map_err(|_| invalid())?;
        let org = OrgId::parse(&claims.org).ok_or_else(invalid)?;
        if claims.exp <= now.micros() / 1_000_000 {
            return Err(ApiError::Unauthenticated(
                "The viewer token has expired".into(),
            ));
        }
        Ok((org, claims))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: i64) -> Claims {
        Claims {
            org: "acme".into(),
            key: Some("key_1".into()),
            exp,
            pin: Pin {
                actor_id: Some("u1".into()),
                ..Pin::default()
            },
        }
    }

    #[test]
    fn a_token_opens_with_its_key_only_and_only_until_it_expires() {
        let key = TokenKey::derive("PRIVATE+KEY+a");
        let now = Timestamp::from_micros(1_000 * 1_000_000);
        let token = key.mint(&claims(2_000));
        assert_eq!(key.open(&token, now).unwrap().1, claims(2_000));
        assert!(TokenKey::derive("PRIVATE+KEY+b").open(&token, now).is_err());
        let late = Timestamp::from_micros(2_000 * 1_000_000);
        assert!(key.open(&token, late).is_err());
    }

    #[test]
    fn a_changed_payload_or_mac_is_refused() {
        let key = TokenKey::derive("k");
        let now = Timestamp::from_micros(0);
        let token = key.mint(&claims(10));
        let (payload, tag) = token.strip_prefix(PREFIX).unwrap().split_once('.').unwrap();
        let mut widened = claims(10);
        widened.pin = Pin::default();
        let forged_payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&widened).unwrap());
        for bad in [
            format!("{PREFIX}{forged_payload}.{tag}"),
            format!("{PREFIX}{payload}.{}", &tag[1..]),
            format!("{PREFIX}{payload}"),
            token.replace(PREFIX, "alk_"),
        ] {
            assert!(key.open(&bad, now).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_pin_fills_open_fields_refuses_others_and_intersects_dates() {
        let pin = Pin {
            actor_id: Some("u1".into()),
            from_date: Some(Timestamp::from_micros(100)),
            ..Pin::default()
        };
        let mut open = Filter::default();
        pin.narrow(&mut open).unwrap();
        assert_eq!(open.user_id.as_deref(), Some("u1"));
        assert_eq!(open.from, Some(Timestamp::from_micros(100)));
        let mut same = Filter {
            user_id: Some("u1".into()),
            from: Some(Timestamp::from_micros(50)),
            to: Some(Timestamp::from_micros(500)),
            ..Filter::default()
        };
        pin.narrow(&mut same).unwrap();
        assert_eq!(same.from, Some(Timestamp::from_micros(100)));
        assert_eq!(same.to, Some(Timestamp::from_micros(500)));
        let mut other = Filter {
            user_id: Some("u2".into()),
            ..Filter::default()
        };
        assert!(pin.narrow(&mut other).is_err());
    }
}
