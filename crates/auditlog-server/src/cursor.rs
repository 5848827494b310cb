//! Opaque keyset cursors. A cursor carries the position of the last entry returned and a
//! fingerprint of the organization and filter it was issued for, so it cannot be replayed
//! against another organization or other filters (that is a 400 that reveals nothing).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use auditlog_core::filter::Position;
use auditlog_core::{Entry, Filter, Timestamp};

use crate::error::ApiError;

const VERSION: u8 = 1;

pub fn encode(org: &str, filter: &Filter, last: &Entry) -> String {
    let mut bytes = Vec::with_capacity(25);
    bytes.push(VERSION);
    bytes.extend_from_slice(&filter.fingerprint(org));
    bytes.extend_from_slice(&last.timestamp.micros().to_be_bytes());
    bytes.extend_from_slice(&last.sequence.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn decode(token: &str, org: &str, filter: &Filter, param: &str) -> Result<Position, ApiError> {
    let invalid = || {
        ApiError::invalid(
            "invalid_cursor",
            param,
            format!("`{param}` is not a cursor issued for this listing and these filters"),
        )
    };
    let bytes = URL_SAFE_NO_PAD.decode(token).map_err(|_| invalid())?;
    if bytes.len() != 25 || bytes[0] != VERSION || bytes[1..9] != filter.fingerprint(org) {
        return Err(invalid());
    }
    let ts = i64::from_be_bytes(bytes[9..17].try_into().map_err(|_| invalid())?);
    let seq = u64::from_be_bytes(bytes[17..25].try_into().map_err(|_| invalid())?);
    Ok(Position {
        timestamp: Timestamp::from_micros(ts),
        sequence: seq,
    })
}
