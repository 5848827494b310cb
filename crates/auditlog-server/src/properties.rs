//! Property tests of what arrives in a URL: any query string and any cursor is answered with a
//! value or a 400 naming the parameter, never a panic, and a cursor only ever opens the listing
//! it was issued for.

use proptest::prelude::*;

use auditlog_core::{Entry, Filter, Timestamp};

use crate::cursor;
use crate::error::ApiError;
use crate::params::Params;
use crate::routes::search_log::seed002_filter;

fn entry(timestamp: i64, sequence: u64) -> Entry {
    serde_json::from_value(serde_json::json!({
        "id": "log_01JAAAAAAAAAAAAAAAAAAAAAAA", "organization_id": "org_a", "sequence": sequence,
        "timestamp": Timestamp::from_micros(timestamp).to_string(),
        "received_at": Timestamp::from_micros(timestamp).to_string(),
        "action": "created", "event": "doc.created", "resource_type": "doc", "resource_id": "d",
        "resource_name": null, "user_id": "u", "user_name": null, "user_email": null,
        "actor_type": "user", "department_id": null, "targets": [], "changes": [],
        "metadata": {}, "idempotency_key": null
    }))
    .unwrap()
}

fn named(e: &ApiError) -> bool {
    matches!(e, ApiError::Invalid { param: Some(_), .. })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_query_string_is_a_filter_or_a_400_naming_a_parameter(raw in "\\PC{0,60}|[a-z_=&%0-9]{0,60}") {
        match Params::parse(Some(&raw)) {
            Err(e) => prop_assert!(named(&e)),
            Ok(mut p) => {
                if let Err(e) = seed002_filter(&mut p) {
                    prop_assert!(named(&e));
                }
            }
        }
    }

    #[test]
    fn any_cursor_is_a_position_only_where_it_was_issued(
        token in "[A-Za-z0-9_-]{0,40}",
        timestamp in 0i64..1 << 52,
        sequence in 1u64..1 << 40,
    ) {
        let filter = Filter::default();
        if let Err(e) = cursor::decode(&token, "org_a", &filter, "cursor") {
            prop_assert!(named(&e));
        }
        let issued = cursor::encode("org_a", &filter, &entry(timestamp, sequence));
        let position = cursor::decode(&issued, "org_a", &filter, "cursor").unwrap();
        prop_assert_eq!((position.timestamp.micros(), position.sequence), (timestamp, sequence));
        prop_assert!(cursor::decode(&issued, "org_b", &filter, "cursor").is_err());
        let other = Filter { resource_type: Some("doc".into()), ..Filter::default() };
        prop_assert!(cursor::decode(&issued, "org_a", &other, "cursor").is_err());
    }
}
