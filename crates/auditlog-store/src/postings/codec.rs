//! How sets and timestamps are stored: a set of a few sequences as LEB128 deltas (most terms
//! of a segment, an actor's or a resource's, hold one or two), a larger one in roaring's
//! portable format with runs where they pay; timestamps as zigzag LEB128 deltas, since
//! neighbouring entries are close in time.

use roaring::RoaringBitmap;

use crate::{Result, StoreError};

/// Sets of at most this many sequences are stored as deltas.
const FEW: u64 = 8;
const DELTAS: u8 = 0;
const ROARING: u8 = 1;

fn corrupt(what: &str) -> StoreError {
    StoreError::Internal(format!("corrupt postings: {what}"))
}

pub(crate) fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(crate) fn take(bytes: &[u8], at: &mut usize) -> Result<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at).ok_or_else(|| corrupt("truncated number"))?;
        *at += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Ok(v);
        }
    }
    Err(corrupt("number too long"))
}

pub fn encode_set(set: &RoaringBitmap) -> Vec<u8> {
    if set.len() <= FEW {
        let mut out = vec![DELTAS];
        let mut prev = 0u64;
        for s in set {
            put(&mut out, u64::from(s) - prev);
            prev = u64::from(s);
        }
        return out;
    }
    let mut set = set.clone();
    set.optimize();
    let mut out = Vec::with_capacity(1 + set.serialized_size());
    out.push(ROARING);
    set.serialize_into(&mut out)
        .expect("writing to memory cannot fail");
    out
}

pub fn decode_set(bytes: &[u8]) -> Result<RoaringBitmap> {
    match bytes.first() {
        Some(&DELTAS) => {
            let mut at = 1;
            let mut prev = 0u64;
            let mut out = RoaringBitmap::new();
            while at < bytes.len() {
                prev += take(bytes, &mut at)?;
                out.insert(u32::try_from(prev).map_err(|_| corrupt("sequence too large"))?);
            }
            Ok(out)
        }
        Some(&ROARING) => {
            RoaringBitmap::deserialize_from(&bytes[1..]).map_err(|e| corrupt(&e.to_string()))
        }
        _ => Err(corrupt("unknown set format")),
    }
}

pub fn encode_times(times: &[i64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(times.len() * 4);
    let mut prev = 0i64;
    for &t in times {
        let d = t.wrapping_sub(prev);
        put(&mut out, ((d << 1) ^ (d >> 63)) as u64);
        prev = t;
    }
    out
}

pub fn decode_times(bytes: &[u8]) -> Result<Vec<i64>> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    let mut at = 0;
    let mut prev = 0i64;
    while at < bytes.len() {
        let z = take(bytes, &mut at)?;
        let d = ((z >> 1) as i64) ^ -((z & 1) as i64);
        prev = prev.wrapping_add(d);
        out.push(prev);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_of_every_size_and_shape_read_back_as_written() {
        let shapes: Vec<RoaringBitmap> = vec![
            RoaringBitmap::new(),
            [7u32].into_iter().collect(),
            [1u32, 2, 3, 200_000, u32::MAX].into_iter().collect(),
            (1..=9u32).collect(),
            (1..=100_000u32).collect(),
            (1..=1_000_000u32).step_by(3).collect(),
        ];
        for set in shapes {
            assert_eq!(decode_set(&encode_set(&set)).unwrap(), set);
        }
        assert!(decode_set(&[9]).is_err());
        assert!(decode_set(&[DELTAS, 0x80]).is_err());
    }

    #[test]
    fn timestamps_read_back_as_written_whatever_their_order() {
        let times = vec![
            1_700_000_000_000_000,
            1_700_000_000_000_001,
            1_600_000_000_000_000,
            i64::MIN,
            i64::MAX,
            0,
            -5,
        ];
        assert_eq!(decode_times(&encode_times(&times)).unwrap(), times);
        assert!(decode_times(&[0x80]).is_err());
    }
}
