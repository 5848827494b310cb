//! Retention: each organization's policy (`policy.rs`, set through `routes.rs`) and the
//! background task that prunes what it no longer keeps (`prune.rs`), in bounded steps that
//! each leave a marker signed by the log's key. See docs/retention.md.

pub mod export;
pub mod policy;
pub mod prune;
pub mod routes;

use std::time::Duration;

pub use prune::run;

/// How the pruner paces itself.
#[derive(Debug, Clone)]
pub struct RetentionOptions {
    /// How often every policy is applied.
    pub every: Duration,
    /// At most this many entries pruned in one step (one transaction and one marker).
    pub step: u64,
    /// The pause between two steps, so that appends are never kept waiting long.
    pub pause: Duration,
    /// How far ahead a month may wait to be wholly pruned: where entries are kept a month to a
    /// table (PostgreSQL), pruned entries of a month whose other entries all expire within this
    /// keep their rows until the whole month's table is dropped; the rest are emptied at once.
    pub month_wait: Duration,
}

impl Default for RetentionOptions {
    fn default() -> Self {
        Self {
            every: Duration::from_secs(60),
            step: 10_000,
            pause: Duration::from_millis(50),
            // The longest month: under one window, a month's first entries expire at most
            // this long before its last.
            month_wait: Duration::from_secs(31 * 86_400),
        }
    }
}
