//! How a segment's sets are stored, the same for every backend: its terms in key order, cut
//! into blocks of consecutive terms of one kind, each block one row keyed by its first value
//! and naming its last.
//! A row per term made most of an entry's write cost: most terms of a segment are an actor's,
//! a resource's or a rare word's, each holding one or two sequences, and a row's own cost in a
//! B-tree is many times those few bytes. A term is found by the block whose first value is the
//! greatest not above it, read only when its last value is not below the term either.
//!
//! A block is a series of terms, each: the bytes its value shares with the previous value's
//! (LEB128), the length of the rest and the rest, the length of its set and the set
//! ([`super::codec::encode_set`]).

use std::collections::BTreeMap;

use roaring::RoaringBitmap;

use super::codec::{decode_set, encode_set, put, take};
use crate::{Result, StoreError};

/// Terms a block holds at most.
const TERMS: usize = 64;
/// Bytes after which a block ends.
const BYTES: usize = 4096;
/// A set of this many bytes or more is a block of its own, so that reading a term near it
/// never reads it too.
const ALONE: usize = 1024;

/// A block as stored: the kind of its terms, its first and last terms' values and the encoded
/// terms. A term is in the block whose `first..=last` holds it, if in any.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: u8,
    pub first: String,
    pub last: String,
    pub bytes: Vec<u8>,
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Internal(format!("corrupt postings block: {what}"))
}

/// A segment's sets as blocks, in key order.
pub fn encode(sets: &BTreeMap<(u8, String), RoaringBitmap>) -> Vec<Block> {
    encode_sorted(
        sets.iter()
            .map(|((kind, value), set)| (*kind, value.as_str(), set)),
    )
}

/// Sets given in key order (kind, then value) as blocks.
pub fn encode_sorted<'a>(
    sets: impl IntoIterator<Item = (u8, &'a str, &'a RoaringBitmap)>,
) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let (mut terms, mut closed) = (0, true);
    for (kind, value, set) in sets {
        let set = encode_set(set);
        let alone = set.len() >= ALONE;
        let open = !closed
            && !alone
            && out
                .last()
                .is_some_and(|b| b.kind == kind && terms < TERMS && b.bytes.len() < BYTES);
        if !open {
            out.push(Block {
                kind,
                first: value.to_owned(),
                last: String::new(),
                bytes: Vec::new(),
            });
            terms = 0;
        }
        let block = out.last_mut().expect("a block was just pushed");
        let shared = block
            .last
            .bytes()
            .zip(value.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        put(&mut block.bytes, shared as u64);
        put(&mut block.bytes, (value.len() - shared) as u64);
        block.bytes.extend_from_slice(&value.as_bytes()[shared..]);
        put(&mut block.bytes, set.len() as u64);
        block.bytes.extend_from_slice(&set);
        block.last.clear();
        block.last.push_str(value);
        terms += 1;
        closed = alone;
    }
    out
}

/// Reads a block's terms in order: each value (as bytes) and its encoded set.
pub struct Terms<'a> {
    bytes: &'a [u8],
    at: usize,
    value: Vec<u8>,
}

impl<'a> Terms<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            at: 0,
            value: Vec::new(),
        }
    }

    fn slice(&mut self, len: u64) -> Result<&'a [u8]> {
        let end = usize::try_from(len)
            .ok()
            .and_then(|n| self.at.checked_add(n))
            .filter(|end| *end <= self.bytes.len())
            .ok_or_else(|| corrupt("truncated"))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// The next term's encoded set, its value then in [`Terms::value`]; `None` at the end.
    pub fn next_set(&mut self) -> Result<Option<&'a [u8]>> {
        if self.at == self.bytes.len() {
            return Ok(None);
        }
        let shared = take(self.bytes, &mut self.at)?;
        let shared = usize::try_from(shared)
            .ok()
            .filter(|s| *s <= self.value.len())
            .ok_or_else(|| corrupt("a value shares more than the previous one holds"))?;
        let rest = take(self.bytes, &mut self.at)?;
        let rest = self.slice(rest)?;
        self.value.truncate(shared);
        self.value.extend_from_slice(rest);
        let len = take(self.bytes, &mut self.at)?;
        Ok(Some(self.slice(len)?))
    }

    /// The value of the term [`Terms::next_set`] last returned.
    pub fn value(&self) -> &[u8] {
        &self.value
    }

    /// That value as text.
    pub fn text(&self) -> Result<&str> {
        std::str::from_utf8(&self.value).map_err(|_| corrupt("a value is not UTF-8"))
    }
}

/// The set of `value` in a block, if the block holds it.
pub fn find(bytes: &[u8], value: &str) -> Result<Option<RoaringBitmap>> {
    let mut terms = Terms::new(bytes);
    while let Some(set) = terms.next_set()? {
        match terms.value().cmp(value.as_bytes()) {
            std::cmp::Ordering::Less => {}
            std::cmp::Ordering::Equal => return decode_set(set).map(Some),
            std::cmp::Ordering::Greater => return Ok(None),
        }
    }
    Ok(None)
}

/// Every term of a block as (value, set), checking that the block begins with `first`, ends
/// with `last` and its values ascend.
pub fn decode(first: &str, last: &str, bytes: &[u8]) -> Result<Vec<(String, RoaringBitmap)>> {
    let mut terms = Terms::new(bytes);
    let mut out: Vec<(String, RoaringBitmap)> = Vec::new();
    while let Some(set) = terms.next_set()? {
        let value = terms.text()?.to_owned();
        match out.last() {
            None if value != first => return Err(corrupt("its key is not its first value")),
            Some((prev, _)) if *prev >= value => return Err(corrupt("values out of order")),
            _ => {}
        }
        out.push((value, decode_set(set)?));
    }
    match out.last() {
        None => Err(corrupt("empty")),
        Some((value, _)) if value != last => Err(corrupt("its last value is not the one named")),
        _ => Ok(out),
    }
}

/// Unions into `out` the sets of a block's terms that start with `prefix`; returns whether the
/// block holds a term past them (so no later block holds any).
pub fn prefixed(bytes: &[u8], prefix: &str, out: &mut RoaringBitmap) -> Result<bool> {
    let mut terms = Terms::new(bytes);
    while let Some(set) = terms.next_set()? {
        if terms.value().starts_with(prefix.as_bytes()) {
            *out |= decode_set(set)?;
        } else if terms.value() > prefix.as_bytes() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Appends a block's values, in order, to `out`.
pub fn values(bytes: &[u8], out: &mut Vec<String>) -> Result<()> {
    let mut terms = Terms::new(bytes);
    while terms.next_set()?.is_some() {
        out.push(terms.text()?.to_owned());
    }
    Ok(())
}

/// Calls `each` with every term of a block, in order: its value and its set.
pub fn each(bytes: &[u8], mut each: impl FnMut(&str, RoaringBitmap)) -> Result<()> {
    let mut terms = Terms::new(bytes);
    while let Some(set) = terms.next_set()? {
        let set = decode_set(set)?;
        each(terms.text()?, set);
    }
    Ok(())
}

/// Decodes a segment's blocks read in key order (kind, then first value), checking each
/// against the block before it.
#[derive(Default)]
pub struct InOrder {
    before: Option<(u8, String)>,
}

impl InOrder {
    /// The next block's terms, as [`decode`] gives them.
    pub fn decode(
        &mut self,
        kind: u8,
        first: &str,
        last: &str,
        bytes: &[u8],
    ) -> Result<Vec<(String, RoaringBitmap)>> {
        follows(
            self.before.as_ref().map(|(k, l)| (*k, l.as_str())),
            kind,
            first,
        )?;
        let terms = decode(first, last, bytes)?;
        self.before = Some((kind, last.to_owned()));
        Ok(terms)
    }
}

/// Checks that a block, read in key order, begins after the one before it ends (`before`, its
/// kind and last value): a term is looked up in one block only, so blocks that overlap would
/// hide terms from lookups while every term is still stored.
fn follows(before: Option<(u8, &str)>, kind: u8, first: &str) -> Result<()> {
    match before {
        Some((k, last)) if k == kind && last >= first => {
            Err(corrupt("it overlaps the block before it"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sets(terms: &[(u8, &str, &[u32])]) -> BTreeMap<(u8, String), RoaringBitmap> {
        terms
            .iter()
            .map(|(k, v, s)| ((*k, v.to_string()), s.iter().copied().collect()))
            .collect()
    }

    #[test]
    fn every_term_is_found_in_its_block_and_no_other_is() {
        let mut all: Vec<(u8, String, Vec<u32>)> = Vec::new();
        for i in 0..500u32 {
            all.push((3, format!("user_{i:04}"), vec![i, i + 7]));
            all.push((7, format!("wörd{i}"), vec![i]));
        }
        all.push((0, "big".into(), (0..200_000).step_by(3).collect()));
        all.push((0, "".into(), vec![1]));
        let sets: BTreeMap<_, RoaringBitmap> = all
            .iter()
            .map(|(k, v, s)| ((*k, v.clone()), s.iter().copied().collect()))
            .collect();
        let blocks = encode(&sets);
        assert!(blocks.len() < 40, "{} blocks", blocks.len());
        assert!(blocks
            .windows(2)
            .all(|w| (w[0].kind, &w[0].last) < (w[1].kind, &w[1].first)));
        let big = blocks.iter().find(|b| b.first == "big").unwrap();
        assert_eq!(big.last, "big", "a large set is a block of its own");
        for ((kind, value), set) in &sets {
            let at = blocks.partition_point(|b| (b.kind, b.first.as_str()) <= (*kind, value));
            let block = &blocks[at - 1];
            assert_eq!(find(&block.bytes, value).unwrap().as_ref(), Some(set));
            assert_eq!(find(&block.bytes, &format!("{value}~")).unwrap(), None);
        }
        let back: BTreeMap<_, _> = blocks
            .iter()
            .flat_map(|b| {
                decode(&b.first, &b.last, &b.bytes)
                    .unwrap()
                    .into_iter()
                    .map(|(v, s)| ((b.kind, v), s))
            })
            .collect();
        assert_eq!(back, sets);
    }

    #[test]
    fn damaged_blocks_are_errors_not_panics() {
        let block = &encode(&sets(&[(1, "abc", &[1]), (1, "abd", &[2, 3])]))[0];
        assert_eq!(decode("abc", "abd", &block.bytes).unwrap().len(), 2);
        assert!(decode("abd", "abd", &block.bytes).is_err());
        assert!(decode("abc", "abc", &block.bytes).is_err());
        assert!(decode("", "", &[]).is_err());
        for cut in 0..block.bytes.len() {
            let _ = decode("abc", "abd", &block.bytes[..cut]);
            let _ = find(&block.bytes[..cut], "abd");
        }
        // A value claiming to share more than the previous one holds.
        assert!(find(&[5, 1, b'a', 1, 0], "a").is_err());
        assert!(follows(Some((1, "abd")), 1, "abd").is_err());
        assert!(follows(Some((1, "abd")), 1, "abe").is_ok());
        assert!(follows(Some((1, "abd")), 2, "a").is_ok());
    }
}
