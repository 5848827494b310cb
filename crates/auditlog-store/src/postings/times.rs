//! A run of entries' timestamps in sequence order, with the running maximum by blocks.
//!
//! Clients choose timestamps, so sequence order is only roughly time order. A page of the
//! newest entries of a large set reads the set from its newest sequences down and may stop
//! once no older sequence can hold a later timestamp; the running maximum answers that for
//! any sequence in a few hundred reads, where a scan would read every older timestamp.

/// Timestamps per block of the running maximum.
const BLOCK: usize = 256;

#[derive(Debug, Default, Clone)]
pub struct Times {
    values: Vec<i64>,
    /// `maxima[b]`: the largest of `values[..(b + 1) * BLOCK]`.
    maxima: Vec<i64>,
}

impl Times {
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn values(&self) -> &[i64] {
        &self.values
    }

    pub fn get(&self, i: usize) -> Option<i64> {
        self.values.get(i).copied()
    }

    pub fn push(&mut self, ts: i64) {
        if self.values.len().is_multiple_of(BLOCK) {
            let before = self.maxima.last().copied().unwrap_or(i64::MIN);
            self.maxima.push(before.max(ts));
        } else if let Some(last) = self.maxima.last_mut() {
            *last = (*last).max(ts);
        }
        self.values.push(ts);
    }

    /// The largest of the first `i + 1` timestamps; `None` when there are none.
    pub fn max_through(&self, i: usize) -> Option<i64> {
        let i = i.min(self.values.len().checked_sub(1)?);
        let block = i / BLOCK;
        let before = match block {
            0 => i64::MIN,
            b => self.maxima[b - 1],
        };
        let within = self.values[block * BLOCK..=i].iter().copied().max();
        Some(within.map_or(before, |w| w.max(before)))
    }
}

impl From<Vec<i64>> for Times {
    fn from(values: Vec<i64>) -> Self {
        let mut times = Times {
            values: Vec::with_capacity(values.len()),
            maxima: Vec::with_capacity(values.len() / BLOCK + 1),
        };
        for ts in values {
            times.push(ts);
        }
        times
    }
}

impl Extend<i64> for Times {
    fn extend<I: IntoIterator<Item = i64>>(&mut self, iter: I) {
        for ts in iter {
            self.push(ts);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_running_maximum_is_the_largest_of_every_timestamp_up_to_there() {
        let values: Vec<i64> = (0..2000i64).map(|i| (i * 7919) % 1009 - 500).collect();
        let times = Times::from(values.clone());
        for i in [0, 1, 255, 256, 257, 511, 512, 1000, 1999, 5000] {
            let end = i.min(values.len() - 1);
            assert_eq!(
                times.max_through(i),
                values[..=end].iter().copied().max(),
                "{i}"
            );
        }
        assert_eq!(Times::default().max_through(0), None);
    }
}
