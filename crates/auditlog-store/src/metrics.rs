//! What the writers measure of their own work, for the server's `/metrics`: each backend fills
//! one [`StoreMetrics`], and the server registers it beside its own.

use std::time::Duration;

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};

/// Shared handles: a clone records into the same metrics.
#[derive(Clone, Debug)]
pub struct StoreMetrics {
    /// From a group's first write to its durable commit (fsync on SQLite, the commit's answer
    /// on PostgreSQL).
    commit: Histogram,
    /// Requests in each committed group.
    group: Histogram,
    /// Entries made by the committed groups (idempotent repeats excluded).
    entries: Counter,
    /// Write transactions rolled back (a failed group's requests are then retried alone).
    failed: Counter,
}

impl Default for StoreMetrics {
    fn default() -> Self {
        Self {
            // 0.5 ms to about 4 s.
            commit: Histogram::new(exponential_buckets(0.0005, 2.0, 14)),
            // 1 to 512 requests, the largest group.
            group: Histogram::new(exponential_buckets(1.0, 2.0, 10)),
            entries: Counter::default(),
            failed: Counter::default(),
        }
    }
}

impl StoreMetrics {
    /// A group of `requests` that made `entries` entries committed after `took`.
    pub(crate) fn committed(&self, took: Duration, requests: usize, entries: u64) {
        self.commit.observe(took.as_secs_f64());
        self.group.observe(requests as f64);
        self.entries.inc_by(entries);
    }

    /// A write transaction failed and was rolled back.
    pub(crate) fn rolled_back(&self) {
        self.failed.inc();
    }

    /// Adds these metrics to `registry`, named `auditlog_store_*`.
    pub fn register(&self, registry: &mut Registry) {
        let store = registry.sub_registry_with_prefix("auditlog_store");
        store.register_with_unit(
            "commit",
            "Time from a write group's first write to its durable commit",
            Unit::Seconds,
            self.commit.clone(),
        );
        store.register(
            "group_requests",
            "Requests committed together in one transaction",
            self.group.clone(),
        );
        store.register(
            "entries_written",
            "Entries written by committed groups",
            self.entries.clone(),
        );
        store.register(
            "rollbacks",
            "Write transactions that failed and were rolled back",
            self.failed.clone(),
        );
    }
}
