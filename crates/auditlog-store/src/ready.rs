//! What a request does before a backend's one writer sees it, on the caller's thread, so that
//! the writer, which every write waits for, only assigns sequences and received times, splices
//! them into the bytes, hashes, packs and writes.

use std::sync::{Arc, Mutex};

use auditlog_core::{NewEntry, OrgId, Prepared, Timestamp};

use crate::postings::grouped::Grouped;
use crate::postings::EntryTerms;
use crate::{Result, StoreError};

/// A validated entry with its id, its canonical bytes around placeholders, and the index terms
/// it will have (their sequence and, for a defaulted timestamp, their day set by the writer).
#[derive(Debug, Clone)]
pub(crate) struct Ready {
    pub prepared: Prepared,
    pub terms: EntryTerms,
}

/// Makes each entry ready; ids are drawn under the generator's lock, in order, and the rest
/// is done outside it, so concurrent requests prepare side by side.
pub(crate) fn prepare(
    ids: &Mutex<ulid::Generator>,
    org: &OrgId,
    items: Vec<NewEntry>,
) -> Result<Vec<Ready>> {
    let ulids = {
        let mut ids = ids.lock().unwrap_or_else(|p| p.into_inner());
        (0..items.len())
            .map(|_| {
                ids.generate()
                    .map_err(|e| StoreError::Internal(e.to_string()))
            })
            .collect::<Result<Vec<_>>>()?
    };
    Ok(items
        .into_iter()
        .zip(ulids)
        .map(|(item, ulid)| {
            // A defaulted timestamp becomes the time the writer receives the entry: most
            // likely today, so its day term is most likely right already.
            let placeholder = item.timestamp.unwrap_or_else(Timestamp::now);
            let terms = EntryTerms::of_new(0, placeholder.micros(), &item);
            Ready {
                prepared: Prepared::new(item, entry_id(ulid), org.to_string()),
                terms,
            }
        })
        .collect())
}

/// `log_` and the ULID, written without the formatting machinery, which costs more per entry
/// than everything else an id takes.
fn entry_id(ulid: ulid::Ulid) -> String {
    let mut text = [0; ulid::ULID_LEN];
    let mut id = String::with_capacity(4 + ulid::ULID_LEN);
    id.push_str("log_");
    id.push_str(ulid.array_to_str(&mut text));
    id
}

/// A batch's terms grouped for the writer's tail (one entry gains nothing from it).
pub(crate) fn grouped(items: &[Ready]) -> Option<Arc<Grouped>> {
    (items.len() > 1).then(|| Arc::new(Grouped::of(items.iter().map(|r| &r.terms))))
}
