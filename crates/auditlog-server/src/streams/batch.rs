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

/// What one request may hold: items, and bytes of body (the checkpoint and the envelope are
/// kept within it by `ENVELOPE`).
pub fn limits(kind: Kind) -> (usize, usize) {
    match kind {
        Kind::Webhook => (500, (4 << 20) - ENVELOPE),
        // Splunk Cloud takes HEC requests of up to 1 MB.
        Kind::SplunkHec => (1000, 1_000_000 - ENVELOPE),
        // Datadog: at most 1,000 logs and 5 MB per request; one log is the checkpoint.
        Kind::Datadog => (999, 5_000_000 - ENVELOPE),
    }
}

/// Room left beside the items for the envelope and the checkpoint.
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
    /// How many times the stream was rewound: a replayed batch is a new message.
    pub replays: u64,
    pub after: u64,
    pub through: u64,
    pub checkpoint: &'a SignedCheckpoint,
}

impl Range<'_> {
    fn summary(&self) -> Value {
        json!({
            "organization_id": self.org.as_str(),
            "stream_id": self.stream,
            "after": self.after,
            "through": self.through,
            "checkpoint": {
                "tree_size": self.checkpoint.size,
                "root": b64(&self.checkpoint.root),
                "note": self.checkpoint.note,
            },
        })
    }
}

/// One entry as it stands in the destination's body, so that a batch is measured as sent.
pub fn item(kind: Kind, signer: &NoteSigner, org: &OrgId, stream: &str, entry: &Entry) -> Vec<u8> {
    let value = match kind {
        Kind::Webhook => return serde_json::to_vec(entry).unwrap_or_default(),
        Kind::SplunkHec => json!({
            "time": entry.timestamp.micros() as f64 / 1e6,
            "host": signer.name(),
            "source": "auditlog",
            "sourcetype": "auditlog:entry",
            "fields": {
                "organization_id": org.as_str(),
                "stream_id": stream,
                "sequence": entry.sequence.to_string(),
            },
            "event": entry,
        }),
        // The entry goes under `auditlog`, not as a JSON `message`: Datadog would take its
        // `timestamp` as the log's date, and it drops logs dated more than 18 hours back,
        // which a replay or a backlog sends.
        Kind::Datadog => json!({
            "ddsource": "auditlog",
            "service": "auditlog",
            "hostname": signer.name(),
            "ddtags": datadog_tags(org, stream),
            "message": format!("{} {} by {}", entry.event, entry.resource_id, entry.user_id),
            "sequence": entry.sequence,
            "auditlog": entry,
        }),
    };
    serde_json::to_vec(&value).unwrap_or_default()
}

fn datadog_tags(org: &OrgId, stream: &str) -> String {
    format!("organization_id:{},stream_id:{stream}", org.as_str())
}

/// The request for `items` (each made by [`item`]).
pub fn encode(
    destination: &Destination,
    signer: &NoteSigner,
    range: &Range,
    items: &[Vec<u8>],
) -> Request {
    match destination.kind {
        Kind::Webhook => webhook(destination, signer, range, items),
        Kind::SplunkHec => splunk(destination, signer, range, items),
        Kind::Datadog => datadog(destination, signer, range, items),
    }
}

/// `items` joined by `separator`.
fn joined(items: &[Vec<u8>], separator: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(items.iter().map(|i| i.len() + 1).sum());
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(separator);
        }
        out.extend_from_slice(item);
    }
    out
}

/// JSON batches signed the Standard Webhooks way: `webhook-signature` holds `v1,` + the
/// HMAC-SHA256 of `{id}.{timestamp}.{body}` under the secret, and `v1a,` + an Ed25519 signature
/// of the same bytes by the log's key. Those bytes hold no line break (JSON escapes them), and
/// a signed note is lines, so this signature can never pass for a checkpoint's. The id is the
/// batch's, so a retry repeats it and a replay does not.
fn webhook(
    destination: &Destination,
    signer: &NoteSigner,
    range: &Range,
    items: &[Vec<u8>],
) -> Request {
    let mut data = range.summary();
    data["entries"] = Value::Null;
    let envelope = json!({
        "type": "audit_log.batch",
        "timestamp": Timestamp::now().to_string(),
        "data": data,
    });
    let text = envelope.to_string();
    // The entries are spliced in where `null` stands, so their JSON is written once; the
    // envelope's keys keep their order, so it is the text's last `null`.
    let at = text.rfind("null").unwrap_or(text.len());
    let mut body = text.as_bytes()[..at].to_vec();
    body.push(b'[');
    body.extend_from_slice(&joined(items, b","));
    body.push(b']');
    body.extend_from_slice(&text.as_bytes()[(at + 4).min(text.len())..]);

    let id = format!(
        "msg_{}_{}_{}_{}",
        range.stream, range.replays, range.after, range.through
    );
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
/// `time`, then one `auditlog:checkpoint` event for the batch. The request channel is the
/// stream's, as tokens with indexer acknowledgement require.
fn splunk(
    destination: &Destination,
    signer: &NoteSigner,
    range: &Range,
    items: &[Vec<u8>],
) -> Request {
    let mut body = joined(items, b"\n");
    if !body.is_empty() {
        body.push(b'\n');
    }
    let checkpoint = json!({
        "time": Timestamp::now().micros() as f64 / 1e6,
        "host": signer.name(),
        "source": "auditlog",
        "sourcetype": "auditlog:checkpoint",
        "event": range.summary(),
    });
    body.extend_from_slice(checkpoint.to_string().as_bytes());
    body.push(b'\n');
    let token = destination.token.clone().unwrap_or_default();
    Request {
        body,
        headers: vec![
            ("content-type", "application/json".into()),
            ("authorization", format!("Splunk {token}")),
            ("x-splunk-request-channel", channel(range.stream)),
        ],
    }
}

/// A GUID of the stream's own, stable across restarts.
fn channel(stream: &str) -> String {
    use sha2::Digest;
    let h = hex::encode(&Sha256::digest(stream.as_bytes())[..16]);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// Datadog's logs intake (v2): a JSON array of logs, one per entry, then one log holding the
/// batch's range and checkpoint.
fn datadog(
    destination: &Destination,
    signer: &NoteSigner,
    range: &Range,
    items: &[Vec<u8>],
) -> Request {
    let checkpoint = json!({
        "ddsource": "auditlog",
        "service": "auditlog",
        "hostname": signer.name(),
        "ddtags": datadog_tags(range.org, range.stream),
        "message": format!("auditlog batch through sequence {}", range.through),
        "auditlog_batch": range.summary(),
    });
    let mut body = vec![b'['];
    body.extend_from_slice(&joined(items, b","));
    if !items.is_empty() {
        body.push(b',');
    }
    body.extend_from_slice(checkpoint.to_string().as_bytes());
    body.push(b']');
    let token = destination.token.clone().unwrap_or_default();
    Request {
        body,
        headers: vec![
            ("content-type", "application/json".into()),
            ("dd-api-key", token),
        ],
    }
}
