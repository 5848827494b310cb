//! A request's postings by term: each distinct term of its entries once, with where in the
//! request the entries holding it are. Built on the request's own thread, beside its other
//! preparation, so that the writer, which every write waits for, adds a batch to a tail with
//! one lookup per distinct term instead of one per term of every entry (most terms of a batch
//! repeat: its types, actions, days, busy actors and common words).

use std::collections::hash_map::Entry as Slot;
use std::collections::HashMap;

use super::{EntryTerms, Term};

#[derive(Debug, Default)]
pub struct Grouped {
    /// Each term with the positions, ascending, of the entries holding it.
    pub terms: Vec<(Term, Vec<u32>)>,
    /// How many entries it was built from.
    pub entries: usize,
}

impl Grouped {
    pub fn of<'a>(entries: impl IntoIterator<Item = &'a EntryTerms>) -> Self {
        let mut at: HashMap<&Term, usize, foldhash::fast::RandomState> = HashMap::default();
        let mut terms: Vec<(Term, Vec<u32>)> = Vec::new();
        let mut count = 0;
        for (i, e) in entries.into_iter().enumerate() {
            count += 1;
            let i = u32::try_from(i).expect("a request holds fewer than 2^32 entries");
            for term in e.terms.iter() {
                match at.entry(term) {
                    Slot::Occupied(slot) => terms[*slot.get()].1.push(i),
                    Slot::Vacant(slot) => {
                        slot.insert(terms.len());
                        terms.push((term.clone(), vec![i]));
                    }
                }
            }
        }
        Self {
            terms,
            entries: count,
        }
    }
}

/// A request's entries as the writer stored them, consecutive from `first`, whose terms are
/// the ones `grouped` holds.
#[derive(Debug, Clone)]
pub struct Batch {
    pub first: u64,
    pub grouped: std::sync::Arc<Grouped>,
}
