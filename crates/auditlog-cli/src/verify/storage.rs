//! `verify --database`: an fsck of storage itself — every entry row against its canonical bytes
//! and stored hash, the sequence order, every stored tree node, the tree head and every signed
//! checkpoint, and the postings the store derives from the entries (every term and the
//! timestamps) — reading storage directly, not through a server.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde_json::Value;

use auditlog_core::canonical::{leaf_hash, to_canonical_vec};
use auditlog_core::merkle::{Frontier, Hash};
use auditlog_core::{Entry, OrgId};
use auditlog_store::postings::EntryTerms;
use auditlog_store::{posting_digest, timestamp_digest, IndexedWord, Location, OpenOptions, Store};

use super::{open_checkpoint, verifier, Failure};
use crate::cli::VerifyArgs;

const PAGE: u32 = 2000;

/// A word's entries: how many, and the digest of their sequences.
type Postings = (u64, u128);

pub fn check(args: &VerifyArgs) -> Result<String, Failure> {
    let runtime = tokio::runtime::Runtime::new().map_err(|e| Failure::general(e.to_string()))?;
    runtime.block_on(check_async(args))
}

/// Opens the store read-only: an fsck neither migrates nor writes, and a store that needs
/// migrating is reported rather than migrated.
async fn open(url: &str) -> Result<Arc<dyn Store>, Failure> {
    let location = crate::serve::location(Some(url)).map_err(Failure::general)?;
    if let Location::Sqlite(path) = &location {
        if !path.is_file() {
            return Err(Failure::general(format!(
                "{}: no such database",
                path.display()
            )));
        }
    }
    let options = OpenOptions {
        read_only: true,
        ..OpenOptions::default()
    };
    auditlog_store::open(&location, options)
        .await
        .map_err(|e| match &location {
            Location::Sqlite(path) => Failure::general(format!("{}: {e}", path.display())),
            Location::Postgres(_) => Failure::general(e.to_string()),
        })
}

fn problem(e: impl std::fmt::Display) -> Failure {
    Failure::general(e.to_string())
}

async fn check_async(args: &VerifyArgs) -> Result<String, Failure> {
    let (Some(url), Some(org)) = (&args.database, &args.organization) else {
        super::usage("--database needs --organization");
    };
    let org_id = OrgId::stored(org).ok_or_else(|| Failure::general("invalid organization id"))?;
    let store = open(url).await?;
    if store
        .organization(&org_id)
        .await
        .map_err(problem)?
        .is_none()
    {
        return Err(Failure::general(format!(
            "organization {org} is not in this database"
        )));
    }
    let engine = store.engine_check().await.map_err(problem)?;
    if !engine.problems.is_empty() {
        let shown: Vec<&str> = engine
            .problems
            .iter()
            .take(10)
            .map(String::as_str)
            .collect();
        return Err(Failure::general(format!(
            "the database is damaged: {} reports {} problem(s): {}",
            engine.what,
            engine.problems.len(),
            shown.join("; ")
        )));
    }
    let head = store.tree_head(&org_id).await.map_err(problem)?;
    let pruned = store.pruned(&org_id).await.map_err(problem)?;
    // Pruned entries whose rows are still to be emptied (PostgreSQL's, waiting for their
    // month's table to be dropped whole): their content is checked like any entry's.
    let awaiting = store.awaiting_erasure(&org_id).await.map_err(problem)?;
    let checkpoints = store.checkpoints(&org_id).await.map_err(problem)?;
    let mut roots: HashMap<u64, Hash> = HashMap::new();

    let mut frontier = Frontier::empty();
    // Per word: the entries holding it, and the digest of their sequences.
    let digest_key = random_key();
    // The stored postings (SQLite's segments), and what the entries they cover make.
    let stored = store
        .stored_postings(&org_id, digest_key)
        .await
        .map_err(problem)?;
    if let Some(problem) = stored.as_ref().and_then(|s| s.problem.clone()) {
        return Err(Failure::general(format!("postings out of line: {problem}")));
    }
    let covered = stored.as_ref().map_or(0, |s| s.covered);
    let mut terms: BTreeMap<String, Postings> = BTreeMap::new();
    let mut timestamps = 0u128;
    let mut after = 0u64;
    loop {
        let rows = store
            .raw_entries(&org_id, after, PAGE)
            .await
            .map_err(problem)?;
        if rows.is_empty() {
            break;
        }
        let mut nodes: Vec<(u32, u64, Hash)> = Vec::new();
        for row in &rows {
            let expected = frontier.size() + 1;
            if row.sequence > expected {
                return Err(Failure::at(
                    expected,
                    format!("missing: the next stored entry is {}", row.sequence),
                ));
            }
            if row.sequence > head.size {
                return Err(Failure::at(
                    row.sequence,
                    format!(
                        "inserted: stored but not in the tree, which has {} entries",
                        head.size
                    ),
                ));
            }
            if row.sequence < expected {
                return Err(Failure::at(
                    row.sequence,
                    "inserted: a second row holds this sequence",
                ));
            }
            let is_pruned = pruned.contains(row.sequence as u32);
            let emptied = matches!(row.body.as_deref(), Ok(""));
            if is_pruned && !emptied && !awaiting.contains(row.sequence as u32) {
                return Err(Failure::at(
                    row.sequence,
                    "pruned, yet the row still holds content",
                ));
            }
            let leaf = if is_pruned && emptied {
                // Pruned under retention: no content to check; its leaf hash is checked by
                // the tree nodes and the signed checkpoints above it.
                Hash::try_from(row.hash.as_slice()).map_err(|_| {
                    Failure::at(
                        row.sequence,
                        "hash mismatch: the stored hash is not 32 bytes",
                    )
                })?
            } else {
                let text = row.body.as_deref().map_err(|e| {
                    Failure::at(
                        row.sequence,
                        format!("hash mismatch: stored content is {e}"),
                    )
                })?;
                let body: Value = serde_json::from_str(text).map_err(|e| {
                    Failure::at(
                        row.sequence,
                        format!("hash mismatch: stored content is not JSON ({e})"),
                    )
                })?;
                if body.get("sequence").and_then(Value::as_u64) != Some(row.sequence) {
                    return Err(Failure::at(
                        row.sequence,
                        format!(
                            "out of order: the row holds the entry of sequence {}",
                            body["sequence"]
                        ),
                    ));
                }
                let leaf = leaf_hash(&to_canonical_vec(&body));
                if row.hash.as_slice() != leaf.as_slice() {
                    return Err(Failure::at(
                        row.sequence,
                        "hash mismatch: the stored content does not match its hash",
                    ));
                }
                let entry: Entry = serde_json::from_value(body)
                    .map_err(|e| Failure::at(row.sequence, format!("not an entry: {e}")))?;
                let share = posting_digest(row.sequence, digest_key);
                // The stored postings leave the pruned out.
                if row.sequence <= covered && !is_pruned {
                    for term in EntryTerms::of_entry(&entry).terms.iter() {
                        add_posting(&mut terms, format!("{term:?}"), share);
                    }
                    timestamps +=
                        timestamp_digest(row.sequence, entry.timestamp.micros(), digest_key);
                }
                leaf
            };
            frontier.append(leaf, &mut nodes);
            if checkpoints.iter().any(|c| c.size == frontier.size()) {
                roots.insert(frontier.size(), frontier.root());
            }
        }
        // Every subtree these leaves complete must be stored exactly as recomputed (the lowest
        // levels are not stored: the store computes them from the very leaves checked here).
        nodes.retain(|(level, _, _)| auditlog_store::tree::is_stored(*level));
        if nodes.is_empty() {
            after = rows.last().map_or(after, |r| r.sequence);
            continue;
        }
        let positions: Vec<(u32, u64)> = nodes.iter().map(|(l, i, _)| (*l, *i)).collect();
        let stored = store.tree_nodes(&org_id, &positions).await;
        let stored = match stored {
            Ok(s) => s,
            Err(_) => {
                let (level, idx, _) = nodes[0];
                return Err(Failure::at(
                    (idx << level) + 1,
                    "missing: the tree has no node for this entry",
                ));
            }
        };
        for ((level, idx, want), got) in nodes.iter().zip(stored) {
            if *want != got {
                return Err(Failure::at(
                    (idx << level) + 1,
                    format!(
                        "hash mismatch: stored tree node ({level}, {idx}) differs from the entries"
                    ),
                ));
            }
        }
        after = rows.last().map_or(after, |r| r.sequence);
    }

    let count = frontier.size();
    if count > head.size {
        return Err(Failure::at(
            head.size + 1,
            format!(
                "inserted: the tree has {} entries, storage {count}",
                head.size
            ),
        ));
    }
    if count < head.size {
        return Err(Failure::at(
            count + 1,
            format!(
                "missing: the tree has {} entries, storage {count}",
                head.size
            ),
        ));
    }
    if frontier.root() != head.root {
        return Err(Failure::general(
            "hash mismatch: the stored tree head's root differs from the entries",
        ));
    }
    let key = args.key.as_deref().map(verifier).transpose()?;
    for cp in &checkpoints {
        if cp.size > count {
            return Err(Failure::at(
                count + 1,
                format!("missing: a checkpoint was signed for {} entries", cp.size),
            ));
        }
        let root = if cp.size == 0 {
            auditlog_core::merkle::empty_root()
        } else {
            roots.get(&cp.size).copied().unwrap_or(head.root)
        };
        if cp.root != root {
            return Err(Failure::general(format!(
                "inconsistent checkpoint: the one signed at size {} does not match the entries",
                cp.size
            )));
        }
        if let Some(v) = &key {
            let signed = open_checkpoint(v, &cp.note, Some(org))?;
            if signed.size != cp.size || signed.root != cp.root {
                return Err(Failure::general(format!(
                    "bad signature: the stored checkpoint of size {} says otherwise",
                    cp.size
                )));
            }
        }
    }
    let mut kept = Vec::new();
    if let Some(stored) = stored {
        if stored.covered > count {
            return Err(Failure::at(
                count + 1,
                format!(
                    "postings out of line: they hold sequences through {}, storage {count} entries",
                    stored.covered
                ),
            ));
        }
        check_index("postings", "term", str::to_owned, terms, stored.terms)?;
        if stored.timestamps != timestamps {
            return Err(Failure::general(
                "postings mismatch: the stored timestamps differ from the entries', so pages \
                 would be out of order or dates miss entries",
            ));
        }
        kept.push("postings");
    }
    let kept = match kept.split_last() {
        Some((last, [])) => format!(", {last} consistent"),
        Some((last, rest)) => format!(", {} and {last} consistent", rest.join(", ")),
        None => String::new(),
    };
    let engine = if engine.ran {
        format!("{}: nothing wrong", engine.what)
    } else {
        engine.what
    };
    // A pruned row's content cannot be checked, only that the log's key signed its pruning.
    let pruned = if pruned.is_empty() {
        String::new()
    } else {
        let Some(v) = &key else {
            return Err(Failure::general(
                "the log has pruned entries: give --key to check them against the signed pruning markers",
            ));
        };
        let markers: Vec<String> = store
            .prune_markers(&org_id)
            .await
            .map_err(problem)?
            .into_iter()
            .map(|m| m.note)
            .collect();
        let stretches: Vec<(u64, u64)> = auditlog_store::pruning::runs(&pruned)
            .into_iter()
            .map(|(a, b)| (u64::from(a), u64::from(b)))
            .collect();
        super::pruned::check_stretches(v, org, &markers, &stretches)?;
        format!(" ({} pruned under retention, each recorded by a signed marker: content gone, hashes kept)", pruned.len())
    };
    Ok(format!(
        "storage of {org}: {count} entries{pruned}, every tree node, {} signed checkpoints{kept}; {engine}",
        checkpoints.len(),
    ))
}

/// Counts one more entry holding `term`, with its share of the digest.
fn add_posting(postings: &mut BTreeMap<String, Postings>, term: String, share: u128) {
    let (n, digest) = postings.entry(term).or_default();
    *n += 1;
    *digest += share;
}

/// A key no one could have chosen in advance, so that no tampering can be made to digest alike.
fn random_key() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let key = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    1 + key % (auditlog_store::DIGEST_PRIME - 1)
}

/// The postings must find, for every term, exactly the entries that hold it: a lost posting
/// hides an entry from searches and filters on it, an added one shows an entry that does not
/// hold it.
fn check_index(
    index: &str,
    term: &str,
    name: impl Fn(&str) -> String,
    mut words: BTreeMap<String, Postings>,
    indexed: Vec<IndexedWord>,
) -> Result<(), Failure> {
    let mut wrong: BTreeMap<String, (Postings, Postings)> = BTreeMap::new();
    for w in indexed {
        let want = words.remove(&w.word).unwrap_or_default();
        if (w.entries, w.digest) != want {
            wrong.insert(w.word, ((w.entries, w.digest), want));
        }
    }
    wrong.extend(words.into_iter().map(|(w, want)| (w, ((0, 0), want))));
    let Some((word, ((found, _), (holding, _)))) = wrong.first_key_value() else {
        return Ok(());
    };
    let word = name(word);
    let what = if found < holding {
        format!("the index finds {found} entries for {term} {word} where {holding} hold it, so searches or filters on it would miss some")
    } else if found > holding {
        format!("the index finds {found} entries for {term} {word} where {holding} hold it, so searches or filters on it would show entries without it")
    } else {
        format!("the index files {term} {word} under other entries than the {holding} that hold it")
    };
    Err(Failure::general(format!(
        "{index} mismatch: {} {term}s differ from the entries; {what}",
        wrong.len()
    )))
}
