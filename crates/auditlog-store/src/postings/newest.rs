//! The newest entries of a set, in page order (`timestamp`, then `sequence`, descending).

use std::ops::Range;

use roaring::RoaringBitmap;

use super::Source;
use crate::Result;

/// Sequences a large set's newest are read in at a time.
const CHUNK: usize = 1024;

/// `(timestamp, sequence)` of the set's entries that pass `keep`, newest first.
pub(super) fn sorted(
    src: &impl Source,
    set: &RoaringBitmap,
    keep: impl Fn(i64, u32) -> bool,
) -> Result<Vec<(i64, u32)>> {
    Ok(newest_of(src, set, keep, 0..usize::MAX)?.0)
}

/// `(timestamp, sequence)` of the set's entries that pass `keep`, in sequence order.
pub(super) fn kept(
    src: &impl Source,
    set: &RoaringBitmap,
    keep: impl Fn(i64, u32) -> bool,
) -> Result<Vec<(i64, u32)>> {
    let seqs: Vec<u32> = set.iter().collect();
    let stamps = src.timestamps(&seqs)?;
    Ok(stamps
        .into_iter()
        .zip(seqs)
        .filter(|(ts, s)| keep(*ts, *s))
        .collect())
}

/// The set's entries that pass `keep` ranked `ranks` (0 the newest), newest first, and how
/// many pass — exactly when at most `ranks.end` do, else some number above it: a page needs
/// the few newest of a day's thousands, or a few at a depth, not all of them in order.
///
/// A large set is read from its newest sequences down, a chunk at a time, and reading stops
/// once the newest `k = ranks.end` are in hand and no older sequence can be later than the
/// `k`th: timestamps come from clients, but mostly in sequence order, so a busy day's page
/// reads a chunk or two of it, and a deep one a chunk past its depth.
pub(super) fn newest_of(
    src: &impl Source,
    set: &RoaringBitmap,
    keep: impl Fn(i64, u32) -> bool,
    ranks: Range<usize>,
) -> Result<(Vec<(i64, u32)>, usize)> {
    let k = ranks.end;
    // Only the ranks asked for are put in order: those before them are set apart unsorted.
    let newest_first = |mut out: Vec<(i64, u32)>| {
        if k < out.len() {
            out.select_nth_unstable_by(k, |a, b| b.cmp(a));
            out.truncate(k);
        }
        let from = ranks.start.min(out.len());
        if from > 0 && from < out.len() {
            out.select_nth_unstable_by(from, |a, b| b.cmp(a));
        }
        out.drain(..from);
        out.sort_unstable_by(|a, b| b.cmp(a));
        out
    };
    if set.len() <= 2 * CHUNK as u64 || k >= set.len() as usize {
        let out = kept(src, set, keep)?;
        let n = out.len();
        return Ok((newest_first(out), n));
    }
    let mut out: Vec<(i64, u32)> = Vec::with_capacity(CHUNK + 2 * k + 2);
    let mut passed = 0;
    // Checked once more than k are in hand, then each time another quarter of k (at least a
    // chunk) has been read: a deep page reads little past its k, and the checks, each linear
    // in k, cost no more than the reading overall.
    let mut check_at = k + 1;
    let mut sequences = set.iter().rev();
    loop {
        let chunk: Vec<u32> = sequences.by_ref().take(CHUNK).collect();
        let Some(&oldest) = chunk.last() else {
            return Ok((newest_first(out), passed));
        };
        for (ts, seq) in src.timestamps(&chunk)?.into_iter().zip(chunk) {
            if keep(ts, seq) {
                passed += 1;
                out.push((ts, seq));
            }
        }
        if out.len() >= check_at {
            // The k newest first, then one more, which says that more than k pass.
            out.select_nth_unstable_by(k, |a, b| b.cmp(a));
            out.truncate(k + 1);
            let kth = out[..k].iter().min().map_or(i64::MIN, |(ts, _)| *ts);
            // An older sequence with the same timestamp comes after the kth.
            if !src.later_before(oldest, kth)? {
                out.truncate(k);
                return Ok((newest_first(out), passed));
            }
            check_at = k + 1 + (k / 4).max(CHUNK);
        }
    }
}
