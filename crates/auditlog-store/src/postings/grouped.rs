//! A request's postings by term: each distinct term of its entries once, with where in the
//! request the entries holding it are. Built on the request's own thread, beside its other
//! preparation, so that the writer, which every write waits for, adds a batch to a tail with
//! one lookup per distinct term instead of one per term of every entry (most terms of a batch
//! repeat: its types, actions, days, busy actors and common words).

use std::collections::HashMap;

use super::{EntryTerms, Term};

#[derive(Debug, Default)]
pub struct Grouped {
    /// Each term, as where it first appears: the entry's position in the request and the
    /// term's among the entry's terms.
    firsts: Vec<(u32, u32)>,
    /// The positions, ascending, of the entries holding the `t`-th term:
    /// `positions[starts[t]..starts[t + 1]]`.
    starts: Vec<u32>,
    positions: Vec<u32>,
    /// How many entries it was built from.
    pub entries: usize,
}

impl Grouped {
    pub fn of<'a>(entries: impl ExactSizeIterator<Item = &'a EntryTerms>) -> Self {
        let n = entries.len();
        let mut at: HashMap<&Term, u32, foldhash::fast::RandomState> =
            HashMap::with_capacity_and_hasher(n * 8, Default::default());
        let mut firsts = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        // (the term's number, the entry's position) of every term of every entry.
        let mut held: Vec<(u32, u32)> = Vec::with_capacity(n * 16);
        for (i, e) in entries.enumerate() {
            let i = u32::try_from(i).expect("a request holds fewer than 2^32 entries");
            for (j, term) in e.terms.iter().enumerate() {
                let t = *at.entry(term).or_insert_with(|| {
                    firsts.push((i, j as u32));
                    counts.push(0);
                    (firsts.len() - 1) as u32
                });
                counts[t as usize] += 1;
                held.push((t, i));
            }
        }
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut sum = 0;
        starts.push(0);
        for c in &counts {
            sum += c;
            starts.push(sum);
        }
        // Entries come in order, so each term's positions fill in ascending.
        let mut next = starts.clone();
        let mut positions = vec![0; held.len()];
        for (t, i) in held {
            positions[next[t as usize] as usize] = i;
            next[t as usize] += 1;
        }
        Self {
            firsts,
            starts,
            positions,
            entries: n,
        }
    }

    /// Each term, as where it first appears (entry, term), with the positions of the entries
    /// holding it.
    pub fn terms(&self) -> impl Iterator<Item = ((u32, u32), &[u32])> {
        self.firsts.iter().enumerate().map(|(t, first)| {
            let (from, to) = (self.starts[t] as usize, self.starts[t + 1] as usize);
            (*first, &self.positions[from..to])
        })
    }
}

/// A request's entries as the writer stored them, consecutive from `first`, whose terms are
/// the ones `grouped` holds.
#[derive(Debug, Clone)]
pub struct Batch {
    pub first: u64,
    pub grouped: std::sync::Arc<Grouped>,
}
