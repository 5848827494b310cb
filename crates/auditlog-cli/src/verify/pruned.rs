//! A pruned log's stretches against its signed pruning markers: each stretch an export gives
//! as pruned must be one the log's key signed for, or it is an entry missing.

use auditlog_core::note::NoteVerifier;

use super::walk::Walk;
use super::Failure;

/// Checks that every pruned stretch the walk met is recorded by a pruning marker the log's key
/// signed for this organization, and says what was pruned.
pub fn check_pruned(v: &NoteVerifier, org: &str, walk: &Walk) -> Result<String, Failure> {
    check_stretches(v, org, &walk.markers, &walk.pruned)
}

/// Checks that every stretch, `(first, last)` sequences, is recorded by one of `markers`
/// signed by `v` for `org`, and says what was pruned.
pub fn check_stretches(
    v: &NoteVerifier,
    org: &str,
    markers: &[String],
    stretches: &[(u64, u64)],
) -> Result<String, Failure> {
    if stretches.is_empty() {
        return Ok(String::new());
    }
    let heading = format!("{}/{org} pruned", v.name());
    let mut signed: Vec<(u64, u64)> = Vec::new();
    for note in markers {
        let text = v
            .open(note)
            .map_err(|e| Failure::general(format!("bad signature: a pruning marker ({e})")))?;
        if text.lines().next() != Some(heading.as_str()) {
            return Err(Failure::general(
                "a pruning marker of another log or organization",
            ));
        }
        let runs = text
            .lines()
            .find_map(|l| l.strip_prefix("runs "))
            .ok_or_else(|| Failure::general("a pruning marker without its runs"))?;
        for run in runs.split(',') {
            let (a, b) = run.split_once('-').unwrap_or((run, run));
            match (a.parse::<u64>(), b.parse::<u64>()) {
                (Ok(a), Ok(b)) if a <= b => signed.push((a, b)),
                _ => return Err(Failure::general("a pruning marker with unreadable runs")),
            }
        }
    }
    signed.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::new();
    for (a, b) in signed {
        match merged.last_mut() {
            Some((_, end)) if a <= *end + 1 => *end = (*end).max(b),
            _ => merged.push((a, b)),
        }
    }
    let mut total = 0;
    for &(from, through) in stretches {
        let covered = merged.iter().any(|&(a, b)| a <= from && through <= b);
        if !covered {
            let first = (from..=through)
                .find(|s| !merged.iter().any(|&(a, b)| a <= *s && *s <= b))
                .unwrap_or(from);
            return Err(Failure::at(
                first,
                "missing: given as pruned, but no signed pruning marker records it",
            ));
        }
        total += through - from + 1;
    }
    Ok(format!(
        " ({total} of them pruned under retention, in {} stretch(es), each recorded by a signed marker)",
        stretches.len()
    ))
}
