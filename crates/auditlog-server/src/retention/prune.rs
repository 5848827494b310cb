//! The pruner: every minute, for each organization with a policy, the entries past their
//! window that no standing legal hold keeps are pruned, a bounded step at a time.
//!
//! What is due is found from the index alone, as sets: the organization's events (a facet),
//! each with its cutoff, minus what each hold's filter matches. Entries are dated by their own
//! `timestamp`.

use std::collections::HashMap;
use std::sync::Arc;

use roaring::RoaringBitmap;
use serde_json::{Map, Value};

use auditlog_core::{Filter, OrgId, Timestamp};
use auditlog_store::{FacetField, MarkerSigner, StoreError};

use super::policy::{hold_filters, Policy};
use crate::AppState;

const DAY_MICROS: i64 = 86_400_000_000;

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

/// One pass over every organization with a policy, then what the pruning left stored is
/// removed (`RetentionStore::settle`: on PostgreSQL, by month where it can).
pub async fn pass(state: &AppState) -> Result<(), StoreError> {
    let mut soon = HashMap::new();
    for (org, text) in state.store.retention_policies().await? {
        if state.closing.begun() {
            return Ok(());
        }
        let Ok(policy) = serde_json::from_str::<Policy>(&text) else {
            tracing::error!(%org, "retention: the stored policy does not parse; nothing pruned");
            continue;
        };
        match apply(state, &org, &policy, &text).await {
            Ok(due) => {
                soon.insert(org, due);
            }
            Err(e) => tracing::error!(%org, error = %e, "retention: pruning stopped"),
        }
    }
    if state.closing.begun() {
        return Ok(());
    }
    let settled = state
        .store
        .settle(&soon, state.retention.month_wait)
        .await?;
    if settled.emptied > 0 || settled.waiting > 0 {
        tracing::info!(
            emptied = settled.emptied,
            waiting = settled.waiting,
            "retention: pruned entries emptied row by row, and those waiting for their month to go whole"
        );
    }
    Ok(())
}

/// Prunes what `policy` no longer keeps of `org`'s entries; returns what it will no longer
/// keep within `RetentionOptions::month_wait`, for `settle`.
async fn apply(
    state: &AppState,
    org: &OrgId,
    policy: &Policy,
    text: &str,
) -> Result<RoaringBitmap, StoreError> {
    if policy.keeps_all() {
        return Ok(RoaringBitmap::new());
    }
    let store = &state.store;
    let events: Vec<String> = store
        .facet(org, &Filter::default(), FacetField::Event)
        .await?
        .into_iter()
        .map(|(event, _)| event)
        .collect();
    let now = Timestamp::now().micros();
    let ahead = i64::try_from(state.retention.month_wait.as_micros()).unwrap_or(i64::MAX);
    let (mut due, mut soon) = (RoaringBitmap::new(), RoaringBitmap::new());
    for event in &events {
        let Some(days) = policy.window(event) else {
            continue;
        };
        let cutoff = now - days as i64 * DAY_MICROS - 1;
        let expired = |to: i64| Filter {
            event: Some(event.clone()),
            to: Some(Timestamp::from_micros(to)),
            ..Filter::default()
        };
        due |= store.matching(org, &expired(cutoff)).await?;
        soon |= store
            .matching(org, &expired(cutoff.saturating_add(ahead)))
            .await?;
    }
    if soon.is_empty() {
        return Ok(soon);
    }
    let mut standing = Vec::new();
    for hold in store.holds(org).await? {
        if hold.released_at.is_some() {
            continue;
        }
        let filter: Map<String, Value> = serde_json::from_str(&hold.filter).unwrap_or_default();
        for kept in hold_filters(&filter, &events) {
            let held = store.matching(org, &kept).await?;
            due -= &held;
            soon -= held;
        }
        standing.push(hold.id);
    }
    // Each step prunes only if the policy and the standing holds are still these.
    let guard = auditlog_store::pruning::guard(Some(text), &standing);
    let mut pruned = 0;
    let mut steps = due.iter().peekable();
    while steps.peek().is_some() {
        let set: RoaringBitmap = steps.by_ref().take(state.retention.step as usize).collect();
        match step(state, org, &set, text, &guard).await? {
            Some(n) => pruned += n,
            None => {
                tracing::info!(%org, "retention: the policy or a hold changed; the next pass decides again");
                // Nor is what it will prune soon known: nothing waits on it this pass.
                soon.clear();
                break;
            }
        }
        if state.closing.begun() {
            break;
        }
        if steps.peek().is_some() {
            tokio::time::sleep(state.retention.pause).await;
        }
    }
    if pruned > 0 {
        tracing::info!(%org, pruned, "retention: entries pruned");
    }
    Ok(soon)
}

/// Prunes `due` in one step with its signed marker; returns how many entries went, or `None`
/// when `guard` no longer holds.
async fn step(
    state: &AppState,
    org: &OrgId,
    due: &RoaringBitmap,
    policy: &str,
    guard: &str,
) -> Result<Option<u64>, StoreError> {
    let head = state.store.tree_head(org).await?;
    let signer = state.signer.clone();
    let origin = format!("{}/{}", signer.name(), org.as_str());
    let policy = policy.to_owned();
    let sign: MarkerSigner = Arc::new(move |set: &RoaringBitmap, number: u64| {
        marker(&signer, &origin, number, set, &policy, head.size)
    });
    let Some(pruned) = state.store.prune(org, due, sign, guard).await? else {
        return Ok(None);
    };
    state.metrics.pruned(org, pruned.len());
    Ok(Some(pruned.len()))
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
