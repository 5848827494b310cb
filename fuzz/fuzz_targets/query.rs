//! Query strings and cursors: any text is a filter or a 400 naming a parameter, and any token
//! is a position or a 400, never a panic.
#![no_main]

use auditlog_core::Filter;
use auditlog_server::cursor;
use auditlog_server::error::ApiError;
use auditlog_server::params::Params;
use auditlog_server::routes::search_log::seed002_filter;
use libfuzzer_sys::fuzz_target;

fn named(e: &ApiError) -> bool {
    matches!(e, ApiError::Invalid { param: Some(_), .. })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Params::parse(Some(text)) {
        Err(e) => assert!(named(&e)),
        Ok(mut params) => {
            let cursor = params.take("cursor");
            match seed002_filter(&mut params) {
                Err(e) => assert!(named(&e)),
                Ok(filter) => {
                    if let Some(token) = cursor {
                        if let Err(e) = cursor::decode(&token, "org_f", &filter, "cursor") {
                            assert!(named(&e));
                        }
                    }
                }
            }
        }
    }
    if let Err(e) = cursor::decode(text, "org_f", &Filter::default(), "cursor") {
        assert!(named(&e));
    }
});
