//! `auditlog verify`: recompute an organization's Merkle tree from its entries and check it
//! against a signed checkpoint — from a running server, from an export, for one receipt, or from
//! storage itself. Exit status 0 only when everything checks; otherwise the first bad sequence
//! and what is wrong with it.

mod pruned;
mod storage;
mod walk;

use std::io::{BufRead, BufReader};
use std::path::Path;

use serde_json::Value;

use auditlog_core::merkle::{self, Hash};
use auditlog_core::note::{Checkpoint, NoteVerifier, TlogProof};

use crate::cli::VerifyArgs;
use pruned::check_pruned;
use walk::Walk;

/// What is wrong, and where.
#[derive(Debug)]
pub struct Failure {
    pub sequence: Option<u64>,
    pub problem: String,
}

impl Failure {
    pub fn at(sequence: u64, problem: impl Into<String>) -> Self {
        Self {
            sequence: Some(sequence),
            problem: problem.into(),
        }
    }

    pub fn general(problem: impl Into<String>) -> Self {
        Self {
            sequence: None,
            problem: problem.into(),
        }
    }
}

/// A mistake in how verify was called, reported as clap reports one (usage, exit status 2), so
/// that a script can tell it from a log that failed to verify (exit status 1).
pub fn usage(message: &str) -> ! {
    use clap::CommandFactory;
    let mut cli = crate::cli::Cli::command();
    let verify = cli
        .find_subcommand_mut("verify")
        .expect("verify is a subcommand")
        .clone();
    verify
        .bin_name("auditlog verify")
        .error(clap::error::ErrorKind::MissingRequiredArgument, message)
        .exit()
}

pub fn run(args: VerifyArgs) -> Result<(), String> {
    let modes = [
        args.receipt.is_some(),
        args.export.is_some(),
        args.database.is_some(),
    ];
    if modes.iter().filter(|m| **m).count() > 1 {
        usage("give one of --export, --receipt and --database");
    }
    let outcome = if args.receipt.is_some() {
        receipt(&args)
    } else if args.export.is_some() {
        offline(&args)
    } else if args.database.is_some() {
        storage::check(&args)
    } else if args.url.is_some() {
        server(&args)
    } else {
        usage("say what to verify: --url, --export, --receipt or --database");
    };
    match outcome {
        Ok(summary) => {
            println!("OK: {summary}");
            Ok(())
        }
        Err(Failure {
            sequence: Some(seq),
            problem,
        }) => Err(format!("verification failed at sequence {seq}: {problem}")),
        Err(Failure {
            sequence: None,
            problem,
        }) => Err(format!("verification failed: {problem}")),
    }
}

/// `--key` is a verifier key or a file holding one.
fn verifier(key: &str) -> Result<NoteVerifier, Failure> {
    NoteVerifier::parse(key.trim()).or_else(|_| {
        let text = std::fs::read_to_string(key)
            .map_err(|e| Failure::general(format!("--key {key}: {e}")))?;
        NoteVerifier::parse(text.trim()).map_err(|e| Failure::general(format!("--key {key}: {e}")))
    })
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure::general(format!("{}: {e}", path.display())))
}

/// Opens a signed checkpoint; its origin must be `<key name>/<organization>` when the
/// organization is known.
pub fn open_checkpoint(
    v: &NoteVerifier,
    note: &str,
    org: Option<&str>,
) -> Result<Checkpoint, Failure> {
    auditlog_client::open_checkpoint(v, note, org).map_err(failure)
}

/// A client error as a failure without a position.
fn failure(e: auditlog_client::Error) -> Failure {
    match e {
        auditlog_client::Error::Verification(problem) => Failure::general(problem),
        e => Failure::general(e.to_string()),
    }
}

fn b64(h: &Hash) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(h)
}

/// Checks an earlier checkpoint against the recomputed log: the log may only have grown.
/// Asks the server for a consistency proof between two sizes.
type ProofOf<'a> = &'a dyn Fn(u64, u64) -> Result<Vec<Hash>, Failure>;

/// Whether `old`'s tree is the first `old.size` entries of the one the walk recomputed (whose
/// root `new` signs): from the walk when it passed through that size, else — a size inside a
/// pruned stretch, crossed in whole subtrees — by a consistency proof from the server.
fn is_prefix(
    walk: &Walk,
    old: &Checkpoint,
    new: &Checkpoint,
    proof: Option<ProofOf>,
) -> Result<bool, Failure> {
    if let Some(root) = walk.root_at(old.size) {
        return Ok(root == old.root);
    }
    let Some(proof) = proof else {
        return Err(Failure::general(format!(
            "the checkpoint of size {} ends inside a pruned stretch: check it against the server (--url), which proves it by a consistency proof",
            old.size
        )));
    };
    let path = proof(old.size, new.size)?;
    Ok(merkle::verify_consistency(
        old.size, new.size, &old.root, &new.root, &path,
    ))
}

fn check_since(
    args: &VerifyArgs,
    v: &NoteVerifier,
    org: Option<&str>,
    walk: &Walk,
    current: &Checkpoint,
    proof: Option<ProofOf>,
) -> Result<(), Failure> {
    let Some(path) = &args.since else {
        return Ok(());
    };
    let old = open_checkpoint(v, &read(path)?, org)?;
    if old.size > current.size {
        return Err(Failure::at(
            current.size + 1,
            format!(
                "rollback: the saved checkpoint covers {} entries, the log now only {}",
                old.size, current.size
            ),
        ));
    }
    if !is_prefix(walk, &old, current, proof)? {
        return Err(Failure::general(format!(
            "inconsistent checkpoint: the first {} entries no longer produce the saved checkpoint's root (history was rewritten)",
            old.size
        )));
    }
    Ok(())
}

fn save(args: &VerifyArgs, note: &str) -> Result<(), Failure> {
    if let Some(path) = &args.save {
        std::fs::write(path, note)
            .map_err(|e| Failure::general(format!("{}: {e}", path.display())))?;
    }
    Ok(())
}

fn server(args: &VerifyArgs) -> Result<String, Failure> {
    let (Some(url), Some(org), Some(token)) = (&args.url, &args.organization, &args.token) else {
        usage("--url needs --organization and --token");
    };
    let client =
        crate::client::client(url, token, args.ca_cert.as_deref()).map_err(Failure::general)?;
    let runtime = crate::client::runtime().map_err(Failure::general)?;
    let log = client.organization(org.as_str());
    let v = match &args.key {
        Some(k) => verifier(k)?,
        None => {
            let served = runtime.block_on(client.signing_key()).map_err(failure)?;
            eprintln!("note: trusting the server's own key {served}; pin it with --key");
            verifier(&served)?
        }
    };
    let first_note = runtime.block_on(log.checkpoint_note()).map_err(failure)?;
    let first = open_checkpoint(&v, &first_note, Some(org))?;

    let mut wanted = vec![first.size];
    if let Some(path) = &args.since {
        if let Ok(old) = open_checkpoint(&v, &read(path)?, Some(org)) {
            wanted.push(old.size);
        }
    }
    let mut walk = Walk::new(&wanted, true);
    let mut export = runtime
        .block_on(log.export_with_pruned())
        .map_err(failure)?;
    while let Some(line) = runtime
        .block_on(export.next_line())
        .map_err(|e| Failure::general(format!("export interrupted: {e}")))?
    {
        walk.push_json(&line)?;
    }
    walk.finish()?;
    let count = walk.count();
    let consistency = |from, to| {
        runtime
            .block_on(log.consistency_proof(from, Some(to)))
            .map(|p| p.proof)
            .map_err(failure)
    };

    // The export may hold entries newer than the first checkpoint; a second checkpoint must
    // cover them, or they were never put in the tree.
    let (cp, note) = if count > first.size {
        let note = runtime.block_on(log.checkpoint_note()).map_err(failure)?;
        let second = open_checkpoint(&v, &note, Some(org))?;
        if second.size < count {
            return Err(Failure::at(
                second.size + 1,
                format!(
                    "inserted: stored but not in the signed tree, which has {} entries",
                    second.size
                ),
            ));
        }
        if second.size == count {
            if !is_prefix(&walk, &first, &second, Some(&consistency))? {
                return Err(locate(&walk, &first, consistency));
            }
            (second, note)
        } else {
            (first, first_note)
        }
    } else {
        (first, first_note)
    };
    if count < cp.size {
        return Err(Failure::at(
            count + 1,
            format!(
                "missing: the checkpoint covers {} entries but only {count} are stored",
                cp.size
            ),
        ));
    }
    if walk.root_at(cp.size) != Some(cp.root) {
        return Err(locate(&walk, &cp, consistency));
    }
    check_since(args, &v, Some(org), &walk, &cp, Some(&consistency))?;
    let pruned = check_pruned(&v, org, &walk)?;
    save(args, &note)?;
    Ok(format!(
        "{count} entries of {org} verified{pruned}; checkpoint size {}, root {}, signed by {}",
        cp.size,
        b64(&cp.root),
        v.name()
    ))
}

/// The recomputed root differs from the signed one: find the first entry that departs from the
/// signed tree by bisecting over consistency proofs (a prefix of the log is intact exactly when
/// its root is consistent with the checkpoint).
fn locate(
    walk: &Walk,
    cp: &Checkpoint,
    proof: impl Fn(u64, u64) -> Result<Vec<Hash>, Failure>,
) -> Failure {
    let intact = |k: u64| -> bool {
        k == 0
            || proof(k, cp.size)
                .map(|p| merkle::verify_consistency(k, cp.size, &walk.prefix_root(k), &cp.root, &p))
                .unwrap_or(false)
    };
    let (mut good, mut bad) = (0u64, cp.size);
    while bad - good > 1 {
        let mid = good + (bad - good) / 2;
        if intact(mid) {
            good = mid;
        } else {
            bad = mid;
        }
    }
    Failure::at(
        bad,
        "hash mismatch: the entry differs from the one in the signed tree",
    )
}

fn offline(args: &VerifyArgs) -> Result<String, Failure> {
    let (Some(export), Some(cp_path), Some(key)) = (&args.export, &args.checkpoint, &args.key)
    else {
        usage("--export needs --checkpoint and --key");
    };
    let v = verifier(key)?;
    let note = read(cp_path)?;
    let cp = open_checkpoint(&v, &note, None)?;
    let file = std::fs::File::open(export)
        .map_err(|e| Failure::general(format!("{}: {e}", export.display())))?;
    let mut walk = Walk::new(&[cp.size], false);
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| Failure::general(format!("{}: {e}", export.display())))?;
        walk.push_json(&line)?;
    }
    walk.finish()?;
    let org = walk.organization().unwrap_or_default().to_owned();
    open_checkpoint(&v, &note, Some(&org))?;
    let count = walk.count();
    if count < cp.size {
        return Err(Failure::at(
            count + 1,
            format!(
                "missing: the checkpoint covers {} entries but the export holds {count}",
                cp.size
            ),
        ));
    }
    if walk.root_at(cp.size) != Some(cp.root) {
        return Err(Failure::general(format!(
            "hash mismatch: the first {} entries do not produce the checkpoint's root",
            cp.size
        )));
    }
    check_since(args, &v, Some(&org), &walk, &cp, None)?;
    let pruned = check_pruned(&v, &org, &walk)?;
    Ok(format!(
        "{count} exported entries of {org} verified{pruned} against the checkpoint of size {} (root {})",
        cp.size,
        b64(&cp.root)
    ))
}

fn receipt(args: &VerifyArgs) -> Result<String, Failure> {
    let (Some(receipt), Some(entry), Some(key)) = (&args.receipt, &args.entry, &args.key) else {
        usage("--receipt needs --entry and --key");
    };
    let v = verifier(key)?;
    let proof = TlogProof::parse(&read(receipt)?).map_err(|e| Failure::general(e.to_string()))?;
    let entry_text = read(entry)?;
    let (sequence, leaf) = walk::leaf_of(&entry_text, None)?;
    let org = serde_json::from_str::<Value>(&entry_text)
        .ok()
        .and_then(|e| e["organization_id"].as_str().map(str::to_owned));
    let cp = open_checkpoint(&v, &proof.signed_checkpoint, org.as_deref())?;
    if proof.index + 1 != sequence {
        return Err(Failure::at(
            sequence,
            format!(
                "the receipt is for sequence {}, not this entry",
                proof.index + 1
            ),
        ));
    }
    if !merkle::verify_inclusion(proof.index, cp.size, &leaf, &proof.path, &cp.root) {
        return Err(Failure::at(
            sequence,
            "hash mismatch: the entry is not included in the signed tree",
        ));
    }
    Ok(format!(
        "entry {sequence} is included in the signed tree of size {} (root {})",
        cp.size,
        b64(&cp.root)
    ))
}
