//! Proofs, checked on the client's side: nothing here trusts the server beyond what a pinned
//! verifier key and the Merkle tree's arithmetic (RFC 6962) establish.

use serde::Deserialize;

use auditlog_core::canonical::{canonical_entry_bytes, leaf_hash};
use auditlog_core::merkle::{self, Hash};
use auditlog_core::note::{Checkpoint, NoteVerifier, TlogProof};
use auditlog_core::Entry;

use crate::{Error, Log, Result};

/// The hashes that prove an entry is the `sequence`th leaf of the tree of `tree_size` entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InclusionProof {
    pub sequence: u64,
    pub tree_size: u64,
    pub leaf_hash: Hash,
    pub proof: Vec<Hash>,
}

impl InclusionProof {
    /// Whether the proof leads from its leaf to `checkpoint`'s root.
    pub fn verify(&self, checkpoint: &Checkpoint) -> bool {
        self.tree_size == checkpoint.size
            && self.sequence >= 1
            && merkle::verify_inclusion(
                self.sequence - 1,
                self.tree_size,
                &self.leaf_hash,
                &self.proof,
                &checkpoint.root,
            )
    }
}

/// The hashes that prove the tree of `to` entries extends the tree of `from` entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsistencyProof {
    pub from: u64,
    pub to: u64,
    pub proof: Vec<Hash>,
}

impl ConsistencyProof {
    /// Whether `newer` only appended to `older`.
    pub fn verify(&self, older: &Checkpoint, newer: &Checkpoint) -> bool {
        self.from == older.size
            && self.to == newer.size
            && merkle::verify_consistency(self.from, self.to, &older.root, &newer.root, &self.proof)
    }
}

#[derive(Deserialize)]
struct InclusionBody {
    sequence: u64,
    tree_size: u64,
    leaf_hash: String,
    proof: Vec<String>,
}

#[derive(Deserialize)]
struct ConsistencyBody {
    from: u64,
    to: u64,
    proof: Vec<String>,
}

/// Opens a signed checkpoint with `verifier`; its origin must be `<key name>/<organization>`
/// when the organization is given, so a checkpoint of another log cannot stand in.
pub fn open_checkpoint(
    verifier: &NoteVerifier,
    note: &str,
    organization: Option<&str>,
) -> Result<Checkpoint> {
    let text = verifier
        .open(note)
        .map_err(|e| Error::Verification(format!("bad signature on checkpoint: {e}")))?;
    let checkpoint = Checkpoint::parse(text).map_err(|e| Error::Verification(e.to_string()))?;
    if let Some(org) = organization {
        let want = format!("{}/{org}", verifier.name());
        if checkpoint.origin != want {
            return Err(Error::Verification(format!(
                "checkpoint is for log {:?}, not {want:?}",
                checkpoint.origin
            )));
        }
    }
    Ok(checkpoint)
}

/// The leaf hash of an entry, recomputed from its content; fails when the entry carries a
/// `hash` that does not match it.
pub fn entry_leaf(entry: &Entry) -> Result<Hash> {
    let leaf = leaf_hash(&canonical_entry_bytes(entry));
    if !entry.hash.is_empty() && entry.hash != hex::encode(leaf) {
        return Err(Error::Verification(format!(
            "entry {} (sequence {}): its content does not match its hash",
            entry.id, entry.sequence
        )));
    }
    Ok(leaf)
}

fn hashes(hex_hashes: &[String]) -> Result<Vec<Hash>> {
    hex_hashes.iter().map(|h| hash(h)).collect()
}

fn hash(text: &str) -> Result<Hash> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out).map_err(|_| Error::Response {
        status: 200,
        detail: format!("not a hash: {text:?}"),
    })?;
    Ok(out)
}

impl Log {
    /// The current signed checkpoint as the server sent it (a C2SP signed note).
    pub async fn checkpoint_note(&self) -> Result<String> {
        let request = self.client.get(&self.path("audit-log/checkpoint"));
        Ok(self.client.send(request).await?.text().await?)
    }

    /// The current checkpoint, its signature checked with `verifier`.
    pub async fn checkpoint(&self, verifier: &NoteVerifier) -> Result<Checkpoint> {
        open_checkpoint(verifier, &self.checkpoint_note().await?, Some(&self.org))
    }

    /// The receipt of one entry (a C2SP tlog-proof): its inclusion path and the signed
    /// checkpoint it leads to. Keep it beside the entry to prove it later, even offline.
    pub async fn receipt(&self, id: &str) -> Result<String> {
        let request = self.client.get(&self.entry_path(id, "/receipt")?);
        Ok(self.client.send(request).await?.text().await?)
    }

    /// Proves `entry` is in this log as it stands: recomputes its hash from its content,
    /// fetches its receipt, checks the checkpoint's signature with `verifier` and the path
    /// from the entry to the checkpoint's root. Returns the checkpoint it is included in.
    pub async fn verify_entry(&self, entry: &Entry, verifier: &NoteVerifier) -> Result<Checkpoint> {
        let leaf = entry_leaf(entry)?;
        let receipt = self.receipt(&entry.id).await?;
        verify_receipt(&receipt, entry.sequence, &leaf, verifier, Some(&self.org))
    }

    /// The inclusion proof of the `sequence`th entry in the tree of `tree_size` entries (the
    /// current tree when `None`).
    pub async fn inclusion_proof(
        &self,
        sequence: u64,
        tree_size: Option<u64>,
    ) -> Result<InclusionProof> {
        let mut params = vec![("sequence", sequence.to_string())];
        if let Some(size) = tree_size {
            params.push(("tree_size", size.to_string()));
        }
        let body: InclusionBody = self
            .client
            .json(
                self.client
                    .get(&self.path("audit-log/proof/inclusion"))
                    .query(&params),
            )
            .await?;
        Ok(InclusionProof {
            sequence: body.sequence,
            tree_size: body.tree_size,
            leaf_hash: hash(&body.leaf_hash)?,
            proof: hashes(&body.proof)?,
        })
    }

    /// The consistency proof from the tree of `from` entries to the tree of `to` entries (the
    /// current tree when `None`).
    pub async fn consistency_proof(&self, from: u64, to: Option<u64>) -> Result<ConsistencyProof> {
        let mut params = vec![("from", from.to_string())];
        if let Some(to) = to {
            params.push(("to", to.to_string()));
        }
        let body: ConsistencyBody = self
            .client
            .json(
                self.client
                    .get(&self.path("audit-log/proof/consistency"))
                    .query(&params),
            )
            .await?;
        Ok(ConsistencyProof {
            from: body.from,
            to: body.to,
            proof: hashes(&body.proof)?,
        })
    }

    /// Checks that `newer` extends `older`: the log only grew in between, nothing was changed
    /// or removed. Both must already be opened with the verifier key.
    pub async fn verify_extends(&self, older: &Checkpoint, newer: &Checkpoint) -> Result<()> {
        if older.size > newer.size {
            return Err(Error::Verification(format!(
                "rollback: the older checkpoint covers {} entries, the newer only {}",
                older.size, newer.size
            )));
        }
        if older.size == 0 || older.size == newer.size {
            return if older.size == 0 || older.root == newer.root {
                Ok(())
            } else {
                Err(Error::Verification(format!(
                    "two checkpoints of {} entries with different roots: the log forked",
                    older.size
                )))
            };
        }
        let proof = self.consistency_proof(older.size, Some(newer.size)).await?;
        if proof.verify(older, newer) {
            Ok(())
        } else {
            Err(Error::Verification(format!(
                "the tree of {} entries does not extend the tree of {}: history was rewritten",
                newer.size, older.size
            )))
        }
    }
}

/// Checks a receipt for the entry at `sequence` whose leaf hash is `leaf`: the checkpoint's
/// signature and origin, and the inclusion path. Works offline.
pub fn verify_receipt(
    receipt: &str,
    sequence: u64,
    leaf: &Hash,
    verifier: &NoteVerifier,
    organization: Option<&str>,
) -> Result<Checkpoint> {
    let proof = TlogProof::parse(receipt).map_err(|e| Error::Verification(e.to_string()))?;
    let checkpoint = open_checkpoint(verifier, &proof.signed_checkpoint, organization)?;
    if proof.index + 1 != sequence {
        return Err(Error::Verification(format!(
            "the receipt is for sequence {}, not {sequence}",
            proof.index + 1
        )));
    }
    if !merkle::verify_inclusion(
        proof.index,
        checkpoint.size,
        leaf,
        &proof.path,
        &checkpoint.root,
    ) {
        return Err(Error::Verification(format!(
            "sequence {sequence} is not included in the signed tree of {} entries",
            checkpoint.size
        )));
    }
    Ok(checkpoint)
}
