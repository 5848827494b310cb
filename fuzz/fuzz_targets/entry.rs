//! Entry validation: any JSON is an entry or an error naming a field; a valid entry's spliced
//! canonical bytes (what the writer stores and hashes) equal its canonical bytes.
#![no_main]

use auditlog_core::entry::Prepared;
use auditlog_core::json::{parse_bounded, MAX_VALUES};
use auditlog_core::validate::validate_entry;
use auditlog_core::{Limits, Timestamp};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = parse_bounded(data, MAX_VALUES) else {
        return;
    };
    match validate_entry(value, "items[0].", &Limits::now()) {
        Err(e) => assert!(e.param.starts_with("items[0]")),
        Ok(entry) => {
            let prepared = Prepared::new(
                entry,
                "log_01JAAAAAAAAAAAAAAAAAAAAAAA".into(),
                "org_f".into(),
            );
            let (stored, bytes) =
                prepared.assemble(7, Timestamp::from_micros(1_700_000_000_000_000));
            assert_eq!(bytes, stored.canonical_bytes());
        }
    }
});
