//! The cache of live API keys both backends share: every request authenticates, and a key
//! found is kept by its secret's hash until a revocation drops it — this process's own, or on
//! PostgreSQL another server's, announced with `NOTIFY` (the cache works only while this
//! server listens). Only keys found are kept, so unknown secrets cannot fill it.

use std::collections::HashMap;
use std::sync::RwLock;

use crate::ApiKey;

/// Most keys cached; past it the cache starts over (a lookup is only a query away).
const MAX_CACHED_KEYS: usize = 4096;

pub(crate) struct KeyCache(RwLock<Inner>);

struct Inner {
    /// Moved by every revocation, and whenever the cache is switched on or off: a lookup that
    /// began before (and may have read a revoked key as live) sees it moved and keeps nothing.
    generation: u64,
    live: HashMap<[u8; 32], ApiKey>,
    enabled: bool,
}

impl KeyCache {
    pub(crate) fn new(enabled: bool) -> Self {
        Self(RwLock::new(Inner {
            generation: 0,
            live: HashMap::new(),
            enabled,
        }))
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Inner> {
        self.0.write().unwrap_or_else(|p| p.into_inner())
    }

    /// The live key with this secret hash, if cached; else the generation a lookup begins at.
    pub(crate) fn get(&self, hash: &[u8; 32]) -> Result<ApiKey, u64> {
        let inner = self.0.read().unwrap_or_else(|p| p.into_inner());
        inner.live.get(hash).cloned().ok_or(inner.generation)
    }

    /// Keeps a key a lookup that began at `generation` found live, unless a revocation came
    /// in between or the cache is off.
    pub(crate) fn keep(&self, hash: [u8; 32], key: &ApiKey, generation: u64) {
        let mut inner = self.write();
        if inner.enabled && inner.generation == generation {
            if inner.live.len() >= MAX_CACHED_KEYS {
                inner.live.clear();
            }
            inner.live.insert(hash, key.clone());
        }
    }

    /// Drops the key with this id (revoked, or perhaps revoked).
    pub(crate) fn forget(&self, key_id: &str) {
        let mut inner = self.write();
        inner.generation += 1;
        inner.live.retain(|_, k| k.id != key_id);
    }

    /// Switches the cache on (revocations will be heard) or off (they may not be), empty.
    pub(crate) fn set_enabled(&self, enabled: bool) {
        let mut inner = self.write();
        inner.generation += 1;
        inner.live.clear();
        inner.enabled = enabled;
    }
}

#[cfg(test)]
mod tests {
    use auditlog_core::{OrgId, Timestamp};

    use super::*;

    fn key(id: &str) -> ApiKey {
        ApiKey {
            id: id.into(),
            organization_id: OrgId::parse("acme").unwrap(),
            name: "k".into(),
            scopes: vec![],
            created_at: Timestamp::from_micros(0),
            compatibility: None,
        }
    }

    #[test]
    fn a_lookup_that_a_revocation_overtook_keeps_nothing() {
        let cache = KeyCache::new(true);
        let began = cache.get(&[1; 32]).unwrap_err();
        cache.forget("k1");
        cache.keep([1; 32], &key("k1"), began);
        assert!(cache.get(&[1; 32]).is_err());
        let began = cache.get(&[1; 32]).unwrap_err();
        cache.keep([1; 32], &key("k1"), began);
        assert_eq!(cache.get(&[1; 32]).unwrap().id, "k1");
        cache.forget("k1");
        assert!(cache.get(&[1; 32]).is_err());
    }

    #[test]
    fn a_cache_that_is_off_keeps_nothing() {
        let cache = KeyCache::new(false);
        let began = cache.get(&[1; 32]).unwrap_err();
        cache.keep([1; 32], &key("k1"), began);
        assert!(cache.get(&[1; 32]).is_err());
        cache.set_enabled(true);
        cache.keep([1; 32], &key("k1"), began);
        assert!(
            cache.get(&[1; 32]).is_err(),
            "the lookup began before it was on"
        );
    }
}
