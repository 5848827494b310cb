//! Every organization's tail: the postings of its newest entries, those no segment holds yet,
//! in memory, shared by a store's writer and readers (`Arc` snapshots: a reader keeps the one it
//! took while the writer moves on).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::grouped::Batch;
use super::segment::FLUSH;
use super::{EntryTerms, MemoryIndex};

/// Every organization's tail, by ordinal, and how many entries a tail holds before it is
/// written as a segment.
pub struct Tails {
    all: Mutex<HashMap<i64, Arc<MemoryIndex>>>,
    pub flush: u64,
}

impl Default for Tails {
    fn default() -> Self {
        Self::with_flush(FLUSH)
    }
}

impl Tails {
    pub fn with_flush(flush: u64) -> Self {
        Self {
            all: Mutex::default(),
            flush,
        }
    }

    pub fn get(&self, org: i64) -> Option<Arc<MemoryIndex>> {
        self.all
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&org)
            .cloned()
    }

    pub fn set(&self, org: i64, tail: MemoryIndex) {
        self.all
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(org, Arc::new(tail));
    }

    /// Adds committed entries to an organization's tail, copying it only if a reader holds it;
    /// the requests among them that `runs` names, by their grouped terms.
    pub fn extend(&self, org: i64, entries: &[EntryTerms], runs: &[Batch]) {
        let mut all = self.all.lock().unwrap_or_else(|p| p.into_inner());
        let first = entries.first().map_or(0, |e| e.sequence - 1);
        let tail = all
            .entry(org)
            .or_insert_with(|| Arc::new(MemoryIndex::after(first)));
        add(Arc::make_mut(tail), entries, runs);
    }
}

impl Tails {
    /// Adds committed entries that follow an organization's tail (as [`Tails::extend`] does);
    /// returns false, changing nothing, when they do not (another server wrote in between, or
    /// the tail is not known).
    pub fn extend_if_follows(&self, org: i64, entries: &[EntryTerms], runs: &[Batch]) -> bool {
        let mut all = self.all.lock().unwrap_or_else(|p| p.into_inner());
        let (Some(first), Some(tail)) = (entries.first(), all.get_mut(&org)) else {
            return false;
        };
        if tail.last() + 1 != first.sequence {
            return false;
        }
        add(Arc::make_mut(tail), entries, runs);
        true
    }

    /// Keeps `tail` as the organization's unless the one kept is at least as new.
    pub fn offer(&self, org: i64, tail: Arc<MemoryIndex>) {
        let mut all = self.all.lock().unwrap_or_else(|p| p.into_inner());
        let newer = all.get(&org).is_none_or(|t| {
            t.base() < tail.base() || (t.base() == tail.base() && t.last() < tail.last())
        });
        if newer {
            all.insert(org, tail);
        }
    }

    /// Forgets an organization's tail (it is rebuilt from storage when next needed).
    pub fn forget(&self, org: i64) {
        self.all
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&org);
    }
}

/// Adds entries to a tail, the requests among them that `runs` names by their grouped terms.
fn add(tail: &mut MemoryIndex, entries: &[EntryTerms], runs: &[Batch]) {
    let mut runs = runs.iter().peekable();
    let mut i = 0;
    while let Some(e) = entries.get(i) {
        while runs.next_if(|r| r.first < e.sequence).is_some() {}
        let run = runs
            .next_if(|r| r.first == e.sequence)
            .map(|r| &r.grouped)
            .filter(|g| {
                g.entries > 0
                    && entries
                        .get(i + g.entries - 1)
                        .is_some_and(|l| l.sequence == e.sequence + g.entries as u64 - 1)
            });
        match run {
            Some(grouped) => {
                tail.add_grouped(&entries[i..i + grouped.entries], grouped);
                i += grouped.entries;
            }
            None => {
                tail.add(e);
                i += 1;
            }
        }
    }
}
