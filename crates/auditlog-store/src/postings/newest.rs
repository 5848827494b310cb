//! The newest entries of a set, in page order (`timestamp`, then `sequence`, descending).

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
    Ok(newest_of(src, set, keep, usize::MAX)?.0)
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

/// The newest `k` of the set's entries that pass `keep`, newest first, and how many pass —
/// exactly when at most `k` do, else some number above `k`: a page needs the few newest of a
/// day's thousands, not all of them in order.
///
/// A large set is read from its newest sequences down, a chunk at a time, and reading stops
/// once `k` are in hand and no older sequence can be later than the `k`th: timestamps come
/// from clients, but mostly in sequence order, so a busy day's page reads a chunk or two of it.
pub(super) fn newest_of(
    src: &impl Source,
    set: &RoaringBitmap,
    keep: impl Fn(i64, u32) -> bool,
    k: usize,
) -> Result<(Vec<(i64, u32)>, usize)> {
    let newest_first = |mut out: Vec<(i64, u32)>| {
        if k < out.len() {
            out.select_nth_unstable_by(k, |a, b| b.cmp(a));
            out.truncate(k);
        }
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
        // Checked once twice the page is in hand, so that a deep page (k near the set's size)
        // selects in linear time overall, not once per chunk.
        if out.len() > 2 * k + 1 {
            // The k newest first, then one more, which says that more than k pass.
            out.select_nth_unstable_by(k, |a, b| b.cmp(a));
            out.truncate(k + 1);
            let kth = out[..k].iter().min().map_or(i64::MIN, |(ts, _)| *ts);
            // An older sequence with the same timestamp comes after the kth.
            if !src.later_before(oldest, kth)? {
                out.truncate(k);
                return Ok((newest_first(out), passed));
            }
        }
    }
}
