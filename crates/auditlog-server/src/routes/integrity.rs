//! Tamper evidence over HTTP: the verifier key, signed checkpoints, inclusion and consistency
//! proofs and self-contained receipts (the export a verifier recomputes the tree from is in
//! `export`).
//!
//! The server never signs two checkpoints inconsistent with each other: before signing a new
//! tree head it proves the head consistent with the largest checkpoint it signed before (from
//! the stored tree), and refuses if storage was rolled back or rewritten.

use std::collections::HashMap;

use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use serde_json::{json, Value};

use auditlog_core::merkle::{self, Hash};
use auditlog_core::note::{Checkpoint, TlogProof};
use auditlog_core::OrgId;
use auditlog_store::{Organization, SignedCheckpoint, TreeHead};

use crate::auth::{Principal, SCOPE_READ};
use crate::error::{ApiError, Result};
use crate::extract::PathParams;
use crate::params::Params;
use crate::AppState;

const TEXT: &str = "text/plain; charset=utf-8";

pub async fn signing_key(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, TEXT)],
        format!("{}\n", state.signer.verifier_key()),
    )
        .into_response()
}

/// Runs a proof computation over stored subtrees, fetched in one batch.
async fn with_nodes<T>(
    state: &AppState,
    org: &OrgId,
    compute: impl Fn(
        &mut dyn FnMut(u32, u64) -> std::result::Result<Hash, ()>,
    ) -> std::result::Result<T, ()>,
) -> Result<T> {
    let wanted = merkle::nodes_read_by(&compute)
        .map_err(|()| ApiError::Internal("dry run failed".into()))?;
    let hashes = state.store.tree_nodes(org, &wanted).await?;
    let found: HashMap<(u32, u64), Hash> = wanted.into_iter().zip(hashes).collect();
    compute(&mut |l, i| found.get(&(l, i)).copied().ok_or(()))
        .map_err(|()| ApiError::Internal("tree node missing".into()))
}

/// The signed checkpoint of the current tree head, signing (and recording) it if new.
pub async fn current_checkpoint(state: &AppState, org: &Organization) -> Result<SignedCheckpoint> {
    let head: TreeHead = state.store.tree_head(&org.id).await?;
    if let Some(previous) = state.store.latest_checkpoint(&org.id).await? {
        if previous.size == head.size && previous.root == head.root {
            return Ok(previous);
        }
        let consistent = previous.size < head.size
            && (previous.size == 0 || {
                let (from, to) = (previous.size, head.size);
                let proof = with_nodes(state, &org.id, |node| {
                    merkle::consistency_proof(from, to, &mut |l, i| node(l, i))
                })
                .await?;
                merkle::verify_consistency(from, to, &previous.root, &head.root, &proof)
            });
        if !consistent {
            tracing::error!(
                org = %org.id, signed_size = previous.size, stored_size = head.size,
                "stored tree is inconsistent with a checkpoint signed earlier: refusing to sign"
            );
            return Err(ApiError::IntegrityFailure);
        }
    }
    let checkpoint = Checkpoint {
        origin: format!("{}/{}", state.signer.name(), org.id),
        size: head.size,
        root: head.root,
    };
    let note = state
        .signer
        .sign(&checkpoint.to_text())
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let signed = SignedCheckpoint {
        size: head.size,
        root: head.root,
        note,
    };
    state.store.record_checkpoint(&org.id, &signed).await?;
    state.metrics.signed(&org.id, signed.size);
    Ok(signed)
}

pub async fn checkpoint(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    Params::parse(query.as_deref())?.finish()?;
    let signed = current_checkpoint(&state, &org).await?;
    Ok((
        [
            (header::CONTENT_TYPE, TEXT),
            (header::CACHE_CONTROL, "no-store"),
        ],
        signed.note,
    )
        .into_response())
}

fn hexes(hashes: &[Hash]) -> Vec<String> {
    hashes.iter().map(hex::encode).collect()
}

fn size_error(param: &str, message: String) -> ApiError {
    ApiError::invalid("invalid_parameter", param, message)
}

/// The query of a proof request: a required lower position and an upper one that defaults
/// to the tree's size, with `lower ≤ upper ≤ tree size`.
async fn positions(
    state: &AppState,
    org: &Organization,
    query: Option<&str>,
    lower: &'static str,
    upper: &'static str,
) -> Result<(u64, u64)> {
    let mut p = Params::parse(query)?;
    let low = p
        .integer(lower, 1, i64::MAX as u64)?
        .ok_or_else(|| size_error(lower, format!("`{lower}` is required")))?;
    let high = p.integer(upper, 1, i64::MAX as u64)?;
    p.finish()?;
    let head = state.store.tree_head(&org.id).await?;
    let high = high.unwrap_or(head.size);
    if high > head.size {
        return Err(size_error(
            upper,
            format!("`{upper}` exceeds the tree's size, {}", head.size),
        ));
    }
    if low > high {
        return Err(size_error(
            lower,
            format!("`{lower}` must not exceed `{upper}` ({high})"),
        ));
    }
    Ok((low, high))
}

pub async fn inclusion(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    let (sequence, size) =
        positions(&state, &org, query.as_deref(), "sequence", "tree_size").await?;
    // A pruned entry is gone by its sequence as by its id (its hash stays in the tree, which
    // proofs of the entries kept use).
    let pruned = state.store.pruned(&org.id).await?;
    if u32::try_from(sequence).is_ok_and(|s| pruned.contains(s)) {
        return Err(ApiError::Pruned);
    }
    let index = sequence - 1;
    let (leaf, proof) = with_nodes(&state, &org.id, |node| {
        let leaf = node(0, index)?;
        Ok((
            leaf,
            merkle::inclusion_proof(index, size, &mut |l, i| node(l, i))?,
        ))
    })
    .await?;
    Ok(Json(json!({
        "sequence": sequence,
        "leaf_index": index,
        "tree_size": size,
        "leaf_hash": hex::encode(leaf),
        "proof": hexes(&proof),
    })))
}

pub async fn consistency(
    principal: Principal,
    State(state): State<AppState>,
    PathParams(org_id): PathParams<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    let (from, to) = positions(&state, &org, query.as_deref(), "from", "to").await?;
    let proof = with_nodes(&state, &org.id, |node| {
        merkle::consistency_proof(from, to, &mut |l, i| node(l, i))
    })
    .await?;
    Ok(Json(
        json!({"from": from, "to": to, "proof": hexes(&proof)}),
    ))
}

pub async fn receipt(
    principal: Principal,
    State(state): State<AppState>,
    PathParams((org_id, id)): PathParams<(String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let org = principal
        .organization(&state, &org_id, Some(SCOPE_READ))
        .await?;
    Params::parse(query.as_deref())?.finish()?;
    let entry = state
        .store
        .entry(&org.id, &id)
        .await?
        .filter(|e| principal.admits(e))
        .ok_or_else(|| ApiError::not_found("audit_log_not_found", "Audit log entry not found"))?;
    let signed = current_checkpoint(&state, &org).await?;
    let index = entry.sequence - 1;
    let size = signed.size;
    let path = with_nodes(&state, &org.id, |node| {
        merkle::inclusion_proof(index, size, &mut |l, i| node(l, i))
    })
    .await?;
    let proof = TlogProof {
        index,
        path,
        signed_checkpoint: signed.note,
    };
    Ok(([(header::CONTENT_TYPE, TEXT)], proof.to_text()).into_response())
}

/// Base64 of a hash, as checkpoints write it (for tests and clients).
pub fn b64(hash: &Hash) -> String {
    base64::engine::general_purpose::STANDARD.encode(hash)
}
