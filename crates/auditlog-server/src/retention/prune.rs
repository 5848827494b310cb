//! The pruner: every few seconds, for each organization with a policy, the entries past their
//! window that no standing legal hold keeps are pruned, a bounded step at a time.
//!
//! What is due is found through the postings: the organization's events (a facet), each with
//! its window, then the entries of each event dated before its cutoff (a listing by sequence,
//! which already leaves out what was pruned). Entries are dated by their own `timestamp`.

use std::sync::Arc;

use roaring::RoaringBitmap;
use serde_json::{Map, Value};

use auditlog_core::{Filter, OrgId, Timestamp};
use auditlog_store::{FacetField, MarkerSigner, StoreError};

use super::policy::{holds, Policy};
use crate::AppState;

const DAY_MICROS: i64 = 86_400_000_000;
/// Entries read at a time while looking for what is due.
const READ: u32 = 1000;

/// Applies every policy until shutdown begins.
pub async fn run(state: AppState) {
    let mut closing = state.closing.clone();
    loop {
        if let Err(e) = pass(&state).await {
            tracing::error!(error = %e, "retention: cannot apply the policies");
        }
        tokio::select! {
            _ = closing.wait() => break,
            _ = tokio::time::sleep(state.retention.every) => {}
        }
    }
}

/// One pass over every organization with a policy.
pub async fn pass(state: &AppState) -> Result<(), StoreError> {
    for (org, text) in state.store.retention_policies().await? {
        if state.closing.begun() {
            break;
        }
        let Ok(policy) = serde_json::from_str::<Policy>(&text) else {
            tracing::error!(%org, "retention: the stored policy does not parse; nothing pruned");
            continue;
        };
        if let Err(e) = apply(state, &org, &policy, &text).await {
            tracing::error!(%org, error = %e, "retention: pruning stopped");
        }
    }
    Ok(())
}

/// Prunes what `policy` no longer keeps of `org`'s entries.
async fn apply(
    state: &AppState,
    org: &OrgId,
    policy: &Policy,
    text: &str,
) -> Result<(), StoreError> {
    if policy.keeps_all() {
        return Ok(());
    }
    let kept: Vec<Map<String, Value>> = state
        .store
        .holds(org)
        .await?
        .into_iter()
        .filter(|h| h.released_at.is_none())
        .map(|h| serde_json::from_str(&h.filter).unwrap_or_default())
        .collect();
    let now = Timestamp::now().micros();
    let events = state
        .store
        .facet(org, &Filter::default(), FacetField::Event)
        .await?;
    let mut due = RoaringBitmap::new();
    let mut pruned = 0u64;
    for (event, _) in events {
        let Some(days) = policy.window(&event) else {
            continue;
        };
        let filter = Filter {
            event: Some(event),
            to: Some(Timestamp::from_micros(now - days as i64 * DAY_MICROS - 1)),
            ..Filter::default()
        };
        let mut after = 0;
        loop {
            let block = state
                .store
                .entries_by_sequence(org, &filter, after, READ)
                .await?;
            let Some(last) = block.last() else { break };
            after = last.sequence;
            for e in block.iter().filter(|e| !kept.iter().any(|h| holds(h, e))) {
                due.insert(e.sequence as u32);
            }
            if due.len() >= state.retention.step {
                pruned += step(state, org, &due, text).await?;
                due.clear();
                if state.closing.begun() {
                    return Ok(());
                }
                tokio::time::sleep(state.retention.pause).await;
            }
        }
    }
    if !due.is_empty() {
        pruned += step(state, org, &due, text).await?;
    }
    if pruned > 0 {
        tracing::info!(%org, pruned, "retention: entries pruned");
    }
    Ok(())
}

/// Prunes `due` in one step with its signed marker; returns how many entries went.
async fn step(
    state: &AppState,
    org: &OrgId,
    due: &RoaringBitmap,
    policy: &str,
) -> Result<u64, StoreError> {
    let head = state.store.tree_head(org).await?;
    let signer = state.signer.clone();
    let origin = format!("{}/{}", signer.name(), org.as_str());
    let policy = policy.to_owned();
    let sign: MarkerSigner = Arc::new(move |set: &RoaringBitmap, number: u64| {
        marker(&signer, &origin, number, set, &policy, head.size)
    });
    let pruned = state.store.prune(org, due, sign).await?;
    state.metrics.pruned(org, pruned.len());
    Ok(pruned.len())
}

/// A pruning step's signed note: which sequences went, under which policy, when the tree had
/// `size` entries.
pub fn marker(
    signer: &auditlog_core::note::NoteSigner,
    origin: &str,
    number: u64,
    set: &RoaringBitmap,
    policy: &str,
    size: u64,
) -> String {
    let runs: Vec<String> = auditlog_store::pruning::runs(set)
        .into_iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            }
        })
        .collect();
    let text = format!(
        "{origin} pruned\n{number}\n{}\nruns {}\npolicy {policy}\ntree {size}\nat {}\n",
        set.len(),
        runs.join(","),
        Timestamp::now()
    );
    signer
        .sign(&text)
        .expect("a marker's text is lines without control characters")
}
