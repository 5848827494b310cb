//! The strict JSON parser and the batch reader: any bytes are a value or an error, and a value
//! canonicalizes to bytes that parse back to the same canonical bytes.
#![no_main]

use auditlog_core::canonical::to_canonical_vec;
use auditlog_core::json::{parse_items, parse_strict, MAX_VALUES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(value) = parse_strict(data) {
        let bytes = to_canonical_vec(&value);
        let again = parse_strict(&bytes).expect("canonical bytes parse");
        assert_eq!(to_canonical_vec(&again), bytes);
    }
    let mut count = 0;
    let read = parse_items(data, 1000, MAX_VALUES, |i, _| {
        assert_eq!(i, count);
        count += 1;
        Ok::<(), ()>(())
    });
    if let Ok(n) = read {
        assert!((1..=1000).contains(&n) && n == count);
    }
});
