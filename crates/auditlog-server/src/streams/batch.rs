//! Each destination's wire format and documented limits. Every batch states the range of the
//! log it covers (`after`, `through`: the sequences after which it begins and through which it
//! ends, so consecutive batches chain) and carries a signed checkpoint; every entry carries its
//! sequence.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

use auditlog_core::note::NoteSigner;
use auditlog_core::{Entry, OrgId, Timestamp};
use auditlog_store::SignedCheckpoint;

use super::destination::{Destination, Kind};
use crate::routes::integrity::b64;

/// What one request may hold: entries, and bytes of entries' JSON (the envelope's share is
/// kept out of it by `ENVELOPE`).
pub fn limits(kind: Kind) -> (usize, usize) {
    match kind {
        Kind::Webhook => (500, 4 << 20),
        // Splunk Cloud takes HEC requests of up to 1 MB.
        Kind::SplunkHec => (1000, 1_000_000 - ENVELOPE),
        // Datadog: at most 1,000 logs and 5 MB per request; one log is the checkpoint.
        Kind::Datadog => (999, 5_000_000 - ENVELOPE),
    }
}

/// Room left beside the entries for the envelope and the checkpoint.
pub const ENVELOPE: usize = 16 * 1024;

/// One batch, ready to send.
pub struct Request {
    pub body: Vec<u8>,
    pub headers: Vec<(&'static str, String)>,
}

/// What every batch says besides its entries.
pub struct Range<'a> {
    pub org: &'a OrgId,
    pub stream: &'a str,
    pub after: u64,
    pub through: u64,
    pub checkpoint: &'a SignedCheckpoint,
}

impl Range<'_> {
    fn checkpoint_json(&self) -> Value {
        json!({
            "tree_size": self.checkpoint.size,
            "root": b64(&self.checkpoint.root),
            "note": self.checkpoint.note,
        })
    }

    fn summary(&self) -> Value {
        json!({
            "organization_id": self.org.as_str(),
            "stream_id": self.stream,
            "after": self.after,
            "through": self.through,
            "checkpoint": self.checkpoint_json(),
        })
    }
}

/// The request for `entries` (each already serialized as the API shows it).
pub fn encode(
    destination: &Destination,
    signer: &NoteSigner,
    range: &Range,
    entries: &[(&Entry, Vec<u8>)],
) -> Request {
    match destination.kind {
        Kind::Webhook => webhook(destination, signer, range, entries),
        Kind::SplunkHec => splunk(destination, signer, range, entries),
        Kind::Datadog => datadog(destination, signer, range, entries),
    }
}

/// JSON batches signed the Standard Webhooks way: `webhook-signature` holds `v1,` + the
/// HMAC-SHA256 of `{id}.{timestamp}.{body}` under the secret, and `v1a,` + an Ed25519 signature
/// of the same bytes by the log's key. The id is the range's, so a retry repeats it.
fn webhook(
    destination: &Destination,
    signer: &NoteSigner,
    range: &Range,
    entries: &[(&Entry, Vec<u8>)],
) -> Request {
    let mut data = range.summary();
    let mut body = serde_json::to_vec(&json!({
        "type": "audit_log.batch",
        "timestamp": Timestamp::now().to_string(),
        "data": Value::Null,
    }))
    .unwrap_or_default();
    // Splice `data` in by hand so the entries' JSON is written once.
    body.truncate(body.len() - "null}".len());
    data["entries"] = json!([]);
    let mut data = serde_json::to_vec(&data).unwrap_or_default();
    data.truncate(data.len() - "[]}".len());
    body.extend_from_slice(&data);
    body.push(b'[');
    for (i, (_, json)) in entries.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(json);
    }
    body.extend_from_slice(b"]}}");

    let id = format!("msg_{}_{}_{}", range.stream, range.after, range.through);
    let timestamp = (Timestamp::now().micros() / 1_000_000).to_string();
    let mut signed = format!("{id}.{timestamp}.").into_bytes();
    signed.extend_from_slice(&body);
    let mut mac = Hmac::<Sha256>::new_from_slice(&destination.hmac_key())
        .expect("HMAC takes a key of any length");
    mac.update(&signed);
    let hmac = B64.encode(mac.finalize().into_bytes());
    let ed25519 = B64.encode(signer.sign_bytes(&signed));
    Request {
        body,
        headers: vec![
            ("content-type", "application/json".into()),
            ("webhook-id", id),
            ("webhook-timestamp", timestamp),
            ("webhook-signature", format!("v1,{hmac} v1a,{ed25519}")),
        ],
    }
}

/// Splunk's HTTP Event Collector: one JSON event per entry, the entry as `event`, its time as
/// `time`, then one `auditlog:checkpoint` event for the batch.
fn splunk(
    destination: &Destination,
    signer: &NoteSigner,
    range: &Range,
    entries: &[(&Entry, Vec<u8>)],
) -> Request {
    let mut body = Vec::new();
    for (entry, json) in entries {
        let mut head = serde_json::to_vec(&json!({
            "time": entry.timestamp.micros() as f64 / 1e6,
            "host": signer.name(),
            "source": "auditlog",
            "sourcetype": "auditlog:entry",
            "fields": {
                "organization_id": range.org.as_str(),
                "stream_id": range.stream,
                "sequence": entry.sequence.to_string(),
            },
            "event": Value::Null,
        }))
        .unwrap_or_default();
        head.truncate(head.len() - "null}".len());
        body.extend_from_slice(&head);
        body.extend_from_slice(json);
        body.extend_from_slice(b"}\n");
    }
    let checkpoint = json!({
        "time": Timestamp::now().micros() as f64 / 1e6,
        "host": signer.name(),
        "source": "auditlog",
        "sourcetype": "auditlog:checkpoint",
        "event": range.summary(),
    });
    serde_json::to_writer(&mut body, &checkpoint).unwrap_or_default();
    body.push(b'\n');
    let token = destination.token.clone().unwrap_or_default();
    Request {
        body,
        headers: vec![
            ("content-type", "application/json".into()),
            ("authorization", format!("Splunk {token}")),
        ],
    }
}

/// Datadog's logs intake (v2): a JSON array of logs, each entry's JSON as its `message` (which
/// Datadog parses into attributes), then one log holding the batch's checkpoint. No log carries
/// a `timestamp`: Datadog drops logs dated more than 18 hours back, and a replay sends older ones.
fn datadog(
    destination: &Destination,
    signer: &NoteSigner,
    range: &Range,
    entries: &[(&Entry, Vec<u8>)],
) -> Request {
    let tags = format!(
        "organization_id:{},stream_id:{}",
        range.org.as_str(),
        range.stream
    );
    let mut logs: Vec<Value> = entries
        .iter()
        .map(|(entry, json)| {
            json!({
                "ddsource": "auditlog",
                "service": "auditlog",
                "hostname": signer.name(),
                "ddtags": tags,
                "sequence": entry.sequence,
                "message": String::from_utf8_lossy(json),
            })
        })
        .collect();
    logs.push(json!({
        "ddsource": "auditlog",
        "service": "auditlog",
        "hostname": signer.name(),
        "ddtags": tags,
        "message": format!("auditlog batch through sequence {}", range.through),
        "auditlog_batch": range.summary(),
    }));
    let token = destination.token.clone().unwrap_or_default();
    Request {
        body: serde_json::to_vec(&logs).unwrap_or_default(),
        headers: vec![
            ("content-type", "application/json".into()),
            ("dd-api-key", token),
        ],
    }
}
