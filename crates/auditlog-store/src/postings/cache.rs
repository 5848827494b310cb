//! A bounded cache shared by a store's readers, for what sealed segments hold: decoded sets,
//! days and timestamps. What a run of sequences holds never changes, so an entry stays true for
//! as long as it is kept; past the budget the least recently used go first.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

pub(crate) struct Cache<K, V> {
    held: Mutex<Held<K, V>>,
    /// Most total weight kept (what `put` is told each value weighs, e.g. bytes).
    budget: usize,
}

struct Held<K, V> {
    by_key: HashMap<K, (u64, usize, V)>,
    clock: u64,
    weight: usize,
}

impl<K: Hash + Eq + Clone, V: Clone> Cache<K, V> {
    pub(crate) fn new(budget: usize) -> Self {
        Self {
            held: Mutex::new(Held {
                by_key: HashMap::new(),
                clock: 0,
                weight: 0,
            }),
            budget,
        }
    }

    pub(crate) fn get(&self, key: &K) -> Option<V> {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.clock += 1;
        let clock = held.clock;
        let (used, _, value) = held.by_key.get_mut(key)?;
        *used = clock;
        Some(value.clone())
    }

    pub(crate) fn put(&self, key: K, value: V, weight: usize) {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.clock += 1;
        let clock = held.clock;
        held.weight += weight;
        if let Some((_, old, _)) = held.by_key.insert(key, (clock, weight, value)) {
            held.weight -= old;
        }
        if held.weight <= self.budget {
            return;
        }
        // Evict the least recently used down to three quarters of the budget at once, so that
        // a full cache does not scan for every insert.
        let mut by_age: Vec<(u64, K)> = held
            .by_key
            .iter()
            .map(|(k, (used, _, _))| (*used, k.clone()))
            .collect();
        by_age.sort_unstable_by_key(|(used, _)| *used);
        for (_, k) in by_age {
            if held.weight <= self.budget / 4 * 3 {
                break;
            }
            if let Some((_, w, _)) = held.by_key.remove(&k) {
                held.weight -= w;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_least_recently_used_go_first_past_the_budget() {
        let cache: Cache<u32, u32> = Cache::new(100);
        for k in 0..10 {
            cache.put(k, k, 10);
        }
        assert_eq!(cache.get(&0), Some(0)); // now the most recent
        cache.put(10, 10, 10);
        assert_eq!(cache.get(&0), Some(0));
        assert_eq!(cache.get(&10), Some(10));
        assert_eq!(cache.get(&1), None);
        let kept = (0..=10).filter(|k| cache.get(k).is_some()).count();
        assert!(kept <= 8, "{kept}");
    }
}
