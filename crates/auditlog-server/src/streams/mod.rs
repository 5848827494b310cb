//! Streams: an organization's entries delivered to a SIEM or a webhook, in sequence order, at
//! least once, each batch with a signed checkpoint so the receiver can prove it has everything.
//!
//! - `destination`: what a stream is (kind, URL, credentials, filter), checked at the edge;
//! - `routes`: the admin's API over streams;
//! - `deliver`: one task per stream, holding the stream's lease, with backoff and a breaker;
//! - `batch`: each destination's wire format and limits.

mod batch;
mod deliver;
mod destination;
pub mod routes;

use std::time::Duration;

pub use deliver::run;
pub use destination::{Destination, Kind};

/// How delivery paces itself. The defaults suit production; tests shorten them.
#[derive(Debug, Clone)]
pub struct StreamOptions {
    /// How often the server looks for streams to deliver (new, resumed, or left by a server
    /// that stopped).
    pub scan: Duration,
    /// How often a stream that has sent everything looks for new entries.
    pub poll: Duration,
    /// How long one request to a destination may take.
    pub timeout: Duration,
    /// The wait after the first failure; it doubles with each failure after it.
    pub backoff: Duration,
    /// The longest wait; once the breaker opens, every attempt waits this long.
    pub max_backoff: Duration,
    /// How long a server's claim on a stream lasts without renewal.
    pub lease: Duration,
    /// How old a batch's signed checkpoint may be before a newer one is signed.
    pub checkpoint_age: Duration,
}

impl Default for StreamOptions {
    fn default() -> Self {
        Self {
            scan: Duration::from_secs(2),
            poll: Duration::from_millis(500),
            timeout: Duration::from_secs(10),
            backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(300),
            lease: Duration::from_secs(30),
            checkpoint_age: Duration::from_secs(10),
        }
    }
}

/// Consecutive failures after which the breaker opens: attempts then wait the longest backoff.
pub const BREAKER: u32 = 5;

/// The wait before the attempt that follows `failures` consecutive failures, before jitter.
pub fn backoff(options: &StreamOptions, failures: u32) -> Duration {
    if failures == 0 {
        return Duration::ZERO;
    }
    if failures >= BREAKER {
        return options.max_backoff;
    }
    options
        .backoff
        .saturating_mul(1 << (failures - 1))
        .min(options.max_backoff)
}

/// A stream's state as its status shows it.
pub fn state_name(paused: bool, failures: u32) -> &'static str {
    match (paused, failures) {
        (true, _) => "paused",
        (false, 0) => "active",
        (false, n) if n < BREAKER => "retrying",
        _ => "failing",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_until_the_breaker_opens_then_waits_the_longest() {
        let o = StreamOptions::default();
        let waits: Vec<u64> = (0..=6).map(|n| backoff(&o, n).as_secs()).collect();
        assert_eq!(waits, [0, 1, 2, 4, 8, 300, 300]);
        assert_eq!(state_name(false, 4), "retrying");
        assert_eq!(state_name(false, 5), "failing");
        assert_eq!(state_name(true, 9), "paused");
    }
}
