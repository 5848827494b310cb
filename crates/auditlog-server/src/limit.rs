//! Rate limits: token buckets per API key (with per-organization overrides), per client
//! address, and for failed authentications per address. Each server process counts on its own;
//! several servers behind one balancer each allow the full rate.
//!
//! Request limits are off unless the operator sets them, so no client that works today starts
//! failing. The failed-authentication limit is on by default: once an address has failed too
//! often, every authenticated request from it is refused until its bucket refills, so guessing
//! keys is slow, and each address that reaches the limit is logged.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use auditlog_core::OrgId;

use crate::error::ApiError;

/// A sustained rate with a burst of the same size: `n` requests per `per`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    pub n: u32,
    pub per: Duration,
}

impl Rate {
    /// Parses `N/s`, `N/min` or `N/h` (N ≥ 1).
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("{text:?} is not a rate: write N/s, N/min or N/h");
        let (n, unit) = text.trim().split_once('/').ok_or_else(bad)?;
        let n: u32 = n.trim().parse().map_err(|_| bad())?;
        let per = match unit.trim() {
            "s" => Duration::from_secs(1),
            "min" => Duration::from_secs(60),
            "h" => Duration::from_secs(3600),
            _ => return Err(bad()),
        };
        if n == 0 {
            return Err(bad());
        }
        Ok(Self { n, per })
    }
}

/// What the operator set.
#[derive(Debug, Clone)]
pub struct RateConfig {
    pub per_key: Option<Rate>,
    /// Overrides `per_key` for every key of these organizations.
    pub per_organization: HashMap<OrgId, Rate>,
    pub per_address: Option<Rate>,
    pub auth_failures: Option<Rate>,
}

impl Default for RateConfig {
    fn default() -> Self {
        Self {
            per_key: None,
            per_organization: HashMap::new(),
            per_address: None,
            auth_failures: Some(Rate {
                n: 30,
                per: Duration::from_secs(60),
            }),
        }
    }
}

/// Tokens and when they were counted, with the rate they refill at: one map holds buckets of
/// several rates (each organization's keys may have their own).
#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
    rate: Rate,
}

impl Bucket {
    fn refill(&mut self, now: Instant) {
        let per_sec = self.rate.n as f64 / self.rate.per.as_secs_f64();
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * per_sec).min(self.rate.n as f64);
        self.at = now;
    }

    fn full(&self) -> bool {
        self.tokens >= self.rate.n as f64
    }

    /// How long until the bucket holds a token again.
    fn wait(&self) -> Duration {
        let per_sec = self.rate.n as f64 / self.rate.per.as_secs_f64();
        Duration::from_secs_f64((1.0 - self.tokens).max(0.0) / per_sec)
    }
}

/// Buckets by key; a bucket that has refilled is the same as none, so those are dropped when
/// the map grows large (an attacker rotating addresses cannot grow it without bound).
struct Buckets<K> {
    map: Mutex<HashMap<K, Bucket>>,
}

const PRUNE_AT: usize = 100_000;

impl<K: std::hash::Hash + Eq + Clone> Buckets<K> {
    fn new() -> Self {
        Self {
            map: Mutex::new(HashMap::new()),
        }
    }

    /// Takes a token and says whether the bucket is empty now, or says how long until one is
    /// there.
    fn take(&self, key: &K, rate: Rate) -> Result<bool, Duration> {
        let now = Instant::now();
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= PRUNE_AT {
            map.retain(|_, b| {
                b.refill(now);
                !b.full()
            });
        }
        let bucket = map.entry(key.clone()).or_insert(Bucket {
            tokens: rate.n as f64,
            at: now,
            rate,
        });
        bucket.rate = rate;
        bucket.refill(now);
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(bucket.tokens < 1.0)
        } else {
            Err(bucket.wait())
        }
    }

    /// How long until the bucket holds a token, without taking one; `None` when it has one.
    fn empty_for(&self, key: &K) -> Option<Duration> {
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = map.get_mut(key)?;
        bucket.refill(Instant::now());
        (bucket.tokens < 1.0).then(|| bucket.wait())
    }
}

/// The limits of one server process.
pub struct RateLimiter {
    config: RateConfig,
    keys: Buckets<String>,
    addresses: Buckets<IpAddr>,
    failures: Buckets<IpAddr>,
}

impl Default for RateLimiter {
    fn default() -> Self {
        Self::new(RateConfig::default())
    }
}

impl RateLimiter {
    pub fn new(config: RateConfig) -> Self {
        Self {
            config,
            keys: Buckets::new(),
            addresses: Buckets::new(),
            failures: Buckets::new(),
        }
    }

    /// Before authenticating: refused while the address has failed too often.
    pub fn check_address(&self, address: Option<IpAddr>) -> Result<(), ApiError> {
        let (Some(address), Some(_)) = (address, self.config.auth_failures) else {
            return Ok(());
        };
        match self.failures.empty_for(&address) {
            Some(wait) => Err(ApiError::RateLimited {
                message: "Too many failed authentications from this address".into(),
                retry_after: wait,
            }),
            None => Ok(()),
        }
    }

    /// Counts a failed authentication; logs the address when it reaches the limit.
    pub fn failed(&self, address: Option<IpAddr>) {
        let (Some(address), Some(rate)) = (address, self.config.auth_failures) else {
            return;
        };
        tracing::info!(%address, "failed authentication");
        // Logged once, by the failure that empties the bucket.
        if self.failures.take(&address, rate) == Ok(true) {
            tracing::warn!(%address, limit = rate.n, per = ?rate.per, "failed authentications reached the limit: refusing this address until its bucket refills");
        }
    }

    /// After authenticating with an API key (or a viewer token, `key_id` `None`): the key's
    /// rate (its organization's, if set) and the address's.
    pub fn admit(
        &self,
        key_id: Option<&str>,
        org: &OrgId,
        address: Option<IpAddr>,
    ) -> Result<(), ApiError> {
        let rate = self
            .config
            .per_organization
            .get(org)
            .or(self.config.per_key.as_ref());
        if let (Some(key_id), Some(rate)) = (key_id, rate) {
            self.keys
                .take(&key_id.to_owned(), *rate)
                .map_err(|wait| ApiError::RateLimited {
                    message: "This API key is over its rate limit".into(),
                    retry_after: wait,
                })?;
        }
        if let (Some(address), Some(rate)) = (address, self.config.per_address) {
            self.addresses
                .take(&address, rate)
                .map_err(|wait| ApiError::RateLimited {
                    message: "This address is over its rate limit".into(),
                    retry_after: wait,
                })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse_with_their_unit() {
        assert_eq!(
            Rate::parse("30/min"),
            Ok(Rate {
                n: 30,
                per: Duration::from_secs(60)
            })
        );
        assert!(Rate::parse("0/s").is_err());
        assert!(Rate::parse("5").is_err());
        assert!(Rate::parse("5/day").is_err());
    }

    #[test]
    fn a_bucket_allows_its_burst_then_says_how_long_to_wait() {
        let buckets = Buckets::new();
        let rate = Rate {
            n: 3,
            per: Duration::from_secs(3),
        };
        for _ in 0..3 {
            assert!(buckets.take(&"k", rate).is_ok());
        }
        let wait = buckets.take(&"k", rate).unwrap_err();
        assert!(wait > Duration::from_millis(900) && wait <= Duration::from_secs(1));
        assert!(buckets.take(&"other", rate).is_ok());
    }
}
