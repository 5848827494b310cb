//! Entry bodies at rest, shared by both backends. An entry's body is its canonical JSON; it is
//! stored packed: a tag byte, then one zstd frame. An organization's first entries are packed
//! on their own; once it has [`TRAIN_AFTER`] entries a zstd dictionary is trained on its newest
//! bodies (off the writer's thread), stored in `dictionaries` in the next group's transaction,
//! and every later body is packed against it. Audit entries of one organization repeat the
//! same keys, types, actions and ids, so a dictionary is where most of the saving comes from: a
//! body alone shares little with itself. Rows written before packing hold their JSON as text
//! and stay readable as they are.
//!
//! A frame names its dictionary by the id in its header, which zstd writes in as few bytes as
//! the id needs; so dictionaries get the small ids 1, 2, … of their organization rather than
//! the random 32-bit id training draws. Dictionaries never change once committed, which is what
//! lets readers cache them for good.

use std::collections::HashMap;
use std::sync::{mpsc, Arc, Mutex, RwLock};

use auditlog_core::StoredEntry;
use zstd::zstd_safe::{self, CCtx, CDict, DCtx, DDict};

use crate::{Result, StoreError};

/// First byte of a packed body. Canonical JSON starts with `{`, so the two never meet.
const PACKED: u8 = 0x01;
const LEVEL: i32 = 1;
/// An organization's entries before its dictionary is trained.
pub const TRAIN_AFTER: u64 = 2048;
/// Newest bodies a dictionary is trained on.
pub const SAMPLES: u32 = 2048;
const DICTIONARY_BYTES: usize = 16 << 10;
/// Largest body a frame may declare: bounds what a damaged frame can make a reader allocate.
const MAX_BODY: u64 = 16 << 20;

/// A dictionary as stored: its id within the organization and its bytes.
pub type Dictionary = (u32, Vec<u8>);

/// The id of an organization's first dictionary, the only one trained today.
const FIRST: u32 = 1;

/// Trains a dictionary on sample bodies; `None` when zstd finds too little to learn from (too
/// few or too uniform samples).
fn train(samples: &[Vec<u8>]) -> Option<Vec<u8>> {
    let mut dict = zstd::dict::from_samples(samples, DICTIONARY_BYTES).ok()?;
    // A zstd dictionary begins with its magic number and then its id, little-endian.
    dict.get_mut(4..8)?.copy_from_slice(&FIRST.to_le_bytes());
    (zstd_safe::get_dict_id_from_dict(&dict).map(u32::from) == Some(FIRST)).then_some(dict)
}

/// Trainings finished on the trainer's thread, by organization: a dictionary, or `None` when
/// there was too little to learn from.
type Finished = Arc<Mutex<HashMap<i64, Option<Vec<u8>>>>>;

/// The writer's side: packs bodies with each organization's newest dictionary, and trains an
/// organization's first one on a thread of its own, so that training (tens to hundreds of
/// milliseconds) never holds up a group.
pub struct Packer {
    cctx: CCtx<'static>,
    /// Per organization, once looked up: its newest dictionary, if it has one.
    dictionaries: HashMap<i64, Option<(u32, CDict<'static>)>>,
    /// Per organization in training: its size when training started.
    training: HashMap<i64, u64>,
    /// Per organization without a dictionary: its size when training last found nothing.
    tried: HashMap<i64, u64>,
    trainer: Option<mpsc::Sender<(i64, Vec<Vec<u8>>)>>,
    finished: Finished,
    /// Reads back what this writer packed, its own uncommitted dictionaries included.
    pub unpacker: Unpacker,
}

impl Default for Packer {
    fn default() -> Self {
        Self {
            cctx: CCtx::create(),
            dictionaries: HashMap::new(),
            training: HashMap::new(),
            tried: HashMap::new(),
            trainer: None,
            finished: Finished::default(),
            unpacker: Unpacker::default(),
        }
    }
}

impl Packer {
    /// Whether the organization's dictionary has been looked up since the last [`forget`].
    ///
    /// [`forget`]: Packer::forget
    pub fn knows(&self, org: i64) -> bool {
        self.dictionaries.contains_key(&org)
    }

    /// Records the organization's newest dictionary (or that it has none).
    ///
    /// A dictionary zstd cannot load (a damaged row) is not used: later bodies are packed
    /// without one, and those packed with it fail to unpack, naming it.
    pub fn learn(&mut self, org: i64, dictionary: Option<&Dictionary>) {
        let prepared = dictionary.and_then(|(id, bytes)| {
            self.unpacker.insert(org, *id, bytes);
            Some((*id, CDict::try_create(bytes, LEVEL)?))
        });
        self.dictionaries.insert(org, prepared);
    }

    /// Whether the organization, at this size, is due its dictionary: it has none, none is in
    /// training, and it has enough entries (and enough more since training last found nothing).
    pub fn due(&self, org: i64, size: u64) -> bool {
        matches!(self.dictionaries.get(&org), Some(None))
            && !self.training.contains_key(&org)
            && size >= TRAIN_AFTER
            && self
                .tried
                .get(&org)
                .is_none_or(|&at| size >= at + TRAIN_AFTER)
    }

    /// Trains the organization's first dictionary on these bodies, on the trainer's thread.
    pub fn start_training(&mut self, org: i64, size: u64, samples: Vec<Vec<u8>>) {
        let trainer = self.trainer.get_or_insert_with(|| {
            let (tx, rx) = mpsc::channel::<(i64, Vec<Vec<u8>>)>();
            let finished = self.finished.clone();
            // Ends when the packer, and with it the sender, is dropped.
            let spawned = std::thread::Builder::new()
                .name("auditlog-train".into())
                .spawn(move || {
                    for (org, samples) in rx {
                        let dictionary = train(&samples);
                        finished
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .insert(org, dictionary);
                    }
                });
            if let Err(e) = spawned {
                tracing::warn!(error = %e, "cannot start the dictionary trainer");
            }
            tx
        });
        if trainer.send((org, samples)).is_ok() {
            self.training.insert(org, size);
        }
    }

    /// The organization's dictionary, once its training finished with one; the caller stores
    /// it (if the organization still has none) and hands it to [`trained`](Packer::trained).
    pub fn finished(&mut self, org: i64) -> Option<Dictionary> {
        let result = self
            .finished
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&org)?;
        let started_at = self.training.remove(&org).unwrap_or_default();
        match result {
            Some(bytes) => Some((FIRST, bytes)),
            None => {
                self.tried.insert(org, started_at);
                None
            }
        }
    }

    /// Takes the dictionary just trained and stored for the organization.
    pub fn trained(&mut self, org: i64, dictionary: Dictionary) {
        tracing::info!(
            org,
            dictionary = dictionary.0,
            bytes = dictionary.1.len(),
            "trained a body dictionary"
        );
        self.learn(org, Some(&dictionary));
    }

    /// Drops every dictionary learned, after a rollback may have taken one away.
    pub fn forget(&mut self) {
        self.dictionaries.clear();
        self.unpacker = Unpacker::default();
    }

    pub fn pack(&mut self, org: i64, body: &[u8]) -> Result<Vec<u8>> {
        // The frame is written straight after the tag byte, into one allocation.
        let mut out = vec![0u8; 1 + zstd_safe::compress_bound(body.len())];
        out[0] = PACKED;
        let frame = &mut out[1..];
        let written = match self.dictionaries.get(&org) {
            Some(Some((_, dict))) => self.cctx.compress_using_cdict(frame, body, dict),
            _ => self.cctx.compress(frame, body, LEVEL),
        }
        .map_err(|code| {
            StoreError::Internal(format!(
                "packing a body: {}",
                zstd_safe::get_error_name(code)
            ))
        })?;
        out.truncate(1 + written);
        Ok(out)
    }
}

/// The readers' side: unpacks stored bodies, caching the dictionaries it loads.
#[derive(Default)]
pub struct Unpacker {
    dictionaries: RwLock<HashMap<(i64, u32), Arc<DDict<'static>>>>,
}

thread_local! {
    static DCTX: std::cell::RefCell<DCtx<'static>> = std::cell::RefCell::new(DCtx::create());
}

impl Unpacker {
    /// Caches a stored dictionary; one zstd cannot load is left out, so that the bodies
    /// needing it fail to unpack.
    pub fn insert(&self, org: i64, id: u32, bytes: &[u8]) {
        let Some(dict) = DDict::try_create(bytes) else {
            return;
        };
        let dict = Arc::new(dict);
        self.dictionaries
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert((org, id), dict);
    }

    fn cached(&self, org: i64, id: u32) -> Option<Arc<DDict<'static>>> {
        self.dictionaries
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&(org, id))
            .cloned()
    }

    /// The dictionary a stored body needs that is not cached yet, if any: what a reader loads
    /// before [`unpack`](Unpacker::unpack).
    pub fn missing(&self, org: i64, stored: &[u8]) -> Option<u32> {
        let id = dictionary_of(stored)?;
        self.cached(org, id).is_none().then_some(id)
    }

    /// The body's canonical JSON. Fails, naming the cause, on a body that is neither JSON text
    /// nor a frame this store can unpack (its dictionary must have been loaded).
    pub fn unpack(&self, org: i64, stored: &[u8]) -> std::result::Result<Vec<u8>, String> {
        let Some(frame) = stored.strip_prefix(&[PACKED]) else {
            return Ok(stored.to_vec());
        };
        let size = match zstd_safe::get_frame_content_size(frame) {
            Ok(Some(size)) if size <= MAX_BODY => size as usize,
            _ => return Err("a packed body with no valid size".into()),
        };
        let dict = match dictionary_of(stored) {
            Some(id) => Some(self.cached(org, id).ok_or_else(|| {
                format!("a packed body whose dictionary {id} is missing or damaged")
            })?),
            None => None,
        };
        let mut out = Vec::with_capacity(size);
        DCTX.with_borrow_mut(|dctx| match &dict {
            Some(dict) => dctx.decompress_using_ddict(&mut out, frame, dict),
            None => dctx.decompress(&mut out, frame),
        })
        .map_err(|code| {
            format!(
                "a packed body does not unpack: {}",
                zstd_safe::get_error_name(code)
            )
        })?;
        Ok(out)
    }

    /// Unpacks a stored body, leaving it unparsed.
    pub fn stored(&self, org: i64, stored: &[u8], hash: &[u8]) -> Result<StoredEntry> {
        // No body at all is an entry pruned under retention (`crate::pruning`).
        if stored.is_empty() {
            return Err(StoreError::Pruned);
        }
        let body = self
            .unpack(org, stored)
            .map_err(|e| StoreError::Internal(format!("corrupt entry: {e}")))?;
        Ok(StoredEntry::new(body, hash))
    }
}

/// The id of the dictionary a stored body was packed with, if it was packed with one.
fn dictionary_of(stored: &[u8]) -> Option<u32> {
    let frame = stored.strip_prefix(&[PACKED])?;
    zstd_safe::get_dict_id_from_frame(frame).map(u32::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(i: u64) -> Vec<u8> {
        format!(
            r#"{{"action":"updated","actor":{{"id":"user_{}","type":"user"}},"id":"log_{:026}","resource":{{"id":"doc_{}","type":"document"}},"sequence":{i}}}"#,
            i % 37,
            i * 7919,
            i % 101
        )
        .into_bytes()
    }

    #[test]
    fn a_packed_body_unpacks_to_its_bytes_with_or_without_a_dictionary() {
        let mut packer = Packer::default();
        packer.learn(1, None);
        let plain = packer.pack(1, &body(1)).unwrap();
        assert_eq!(packer.unpacker.unpack(1, &plain).unwrap(), body(1));

        let samples: Vec<Vec<u8>> = (0..3000).map(body).collect();
        let dict = train(&samples).expect("trains");
        packer.learn(1, Some(&(1, dict.clone())));
        let packed = packer.pack(1, &body(5000)).unwrap();
        assert!(packed.len() < plain.len());

        let readers = Unpacker::default();
        assert_eq!(readers.missing(1, &packed), Some(1));
        assert!(readers.unpack(1, &packed).is_err());
        readers.insert(1, 1, &dict);
        assert_eq!(readers.missing(1, &packed), None);
        assert_eq!(readers.unpack(1, &packed).unwrap(), body(5000));
        // Text written before packing reads as it is.
        assert_eq!(readers.unpack(1, &body(2)).unwrap(), body(2));
    }

    #[test]
    fn a_damaged_frame_is_an_error_not_a_panic() {
        let mut packer = Packer::default();
        let mut packed = packer.pack(1, &body(1)).unwrap();
        let n = packed.len();
        packed[n - 3] ^= 0xff;
        packed.truncate(n - 1);
        assert!(Packer::default().unpacker.unpack(1, &packed).is_err());
        assert!(Unpacker::default().unpack(1, &[PACKED, 0x28]).is_err());
    }
}
