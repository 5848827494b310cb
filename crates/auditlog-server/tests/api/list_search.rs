//! Seed 002: `GET /v1/organizations/{organization_id}/audit-log`, its filters and paging.

use serde_json::{json, Value};

use crate::helpers::{entry, error_of, ids, TestApp};

const LIST: &str = "/v1/organizations/acme/audit-log";

/// Seven entries with distinct values for every filter, oldest first.
async fn seeded() -> (TestApp, String, Vec<Value>) {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let items = vec![
        entry(
            json!({"timestamp": "2025-01-01T00:00:00Z", "resource_type": "role", "resource_id": "role_1",
                     "action": "assigned", "user_id": "u_jane", "user_name": "Jane Smith",
                     "user_email": "jane@example.com", "department_id": "dept_a",
                     "targets": [{"type": "member", "id": "mem_9", "name": "Max"}]}),
        ),
        entry(
            json!({"timestamp": "2025-01-15T10:00:00Z", "resource_type": "assistant", "resource_id": "asst_abc",
                     "resource_name": "Customer Support Bot", "action": "updated", "user_id": "u_john",
                     "user_name": "John Doe", "user_email": "john@example.com"}),
        ),
        entry(
            json!({"timestamp": "2025-01-15T23:59:59.999999Z", "resource_type": "assistant", "resource_id": "asst_abc",
                     "resource_name": "Customer Support Bot", "action": "deleted", "user_id": "u_jane",
                     "user_name": "Jane Smith", "user_email": "jane@example.com", "department_id": "dept_b"}),
        ),
        entry(
            json!({"timestamp": "2025-01-16T00:00:00Z", "resource_type": "department", "resource_id": "dept_b",
                     "resource_name": "Über Support", "action": "created", "user_id": "u_john",
                     "user_name": "John Doe", "user_email": "john@example.com", "department_id": "dept_b"}),
        ),
        entry(
            json!({"timestamp": "2025-02-01T08:00:00Z", "resource_type": "user", "resource_id": "u_max",
                     "resource_name": "Max Mustermann", "action": "invited", "user_id": "u_jane",
                     "user_email": "jane@corp.example.org",
                     "targets": [{"type": "assistant", "id": "asst_abc"}]}),
        ),
        // Two entries with the same timestamp: the later sequence comes first.
        entry(
            json!({"timestamp": "2025-03-01T00:00:00Z", "resource_type": "role", "resource_id": "role_2",
                     "action": "created", "user_id": "u_admin"}),
        ),
        entry(
            json!({"timestamp": "2025-03-01T00:00:00Z", "resource_type": "role", "resource_id": "role_3",
                     "action": "created", "user_id": "u_admin"}),
        ),
    ];
    let stored = app.ingest("acme", &key, items).await;
    (app, key, stored)
}

fn seqs(page: &Value) -> Vec<u64> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["sequence"].as_u64().unwrap())
        .collect()
}

async fn seqs_for(app: &TestApp, key: &str, query: &str) -> (Vec<u64>, u64) {
    let (status, page) = app.get_json(&format!("{LIST}?{query}"), key).await;
    assert_eq!(status, 200, "{query}: {page}");
    (seqs(&page), page["total"].as_u64().unwrap())
}

async fn entries_come_newest_first_with_sequence_breaking_ties() {
    let (app, key, _) = seeded().await;
    let (status, page) = app.get_json(LIST, &key).await;
    assert_eq!(status, 200);
    assert_eq!(seqs(&page), [7, 6, 5, 4, 3, 2, 1]);
    assert_eq!(page["total"], 7);
    assert_eq!(page["skip"], 0);
    assert_eq!(page["limit"], 50);
    assert_eq!(page["has_more"], false);
    assert_eq!(page["next_cursor"], Value::Null);
    app.stop().await;
}

async fn each_filter_narrows_the_list_and_the_exact_total() {
    let (app, key, _) = seeded().await;
    let cases: &[(&str, &[u64])] = &[
        ("entity_type=assistant", &[3, 2]),
        ("action_type=created", &[7, 6, 4]),
        ("actor_id=u_jane", &[5, 3, 1]),
        ("target_id=asst_abc", &[5, 3, 2]),
        ("target_id=mem_9", &[1]),
        ("department_id=dept_b", &[4, 3]),
        ("from_date=2025-01-15&to_date=2025-01-15", &[3, 2]),
        ("from_date=2025-01-16", &[7, 6, 5, 4]),
        ("to_date=2025-01-15T10:00:00Z", &[2, 1]),
        (
            "from_date=2025-01-15T10:00:00.000001Z&to_date=2025-02-01",
            &[5, 4, 3],
        ),
        ("entity_type=assistant&actor_id=u_jane", &[3]),
        (
            "entity_type=role&action_type=created&from_date=2025-02-01",
            &[7, 6],
        ),
        ("target_id=asst_abc&actor_id=u_john", &[2]),
        ("entity_type=nothing", &[]),
    ];
    for (query, want) in cases {
        let (got, total) = seqs_for(&app, &key, query).await;
        assert_eq!(got, *want, "{query}");
        assert_eq!(total, want.len() as u64, "{query}");
    }
    app.stop().await;
}

async fn search_term_matches_word_prefixes_of_names_and_emails_case_insensitively() {
    let (app, key, _) = seeded().await;
    let cases: &[(&str, &[u64])] = &[
        ("supp%20bot", &[3, 2]),
        ("SUPPORT", &[4, 3, 2]),
        ("example.com", &[4, 3, 2, 1]),
        ("john%40example.com", &[4, 2]),
        ("jane", &[5, 3, 1]),
        ("corp", &[5]),
        ("%C3%BCber", &[4]),
        ("must", &[5]),
        ("upport", &[]),
        ("bot%20jane", &[3]),
        ("zzz", &[]),
    ];
    for (term, want) in cases {
        let (got, total) = seqs_for(&app, &key, &format!("search_term={term}")).await;
        assert_eq!(got, *want, "search_term={term}");
        assert_eq!(total, want.len() as u64);
    }
    let (got, _) = seqs_for(&app, &key, "search_term=support&entity_type=department").await;
    assert_eq!(got, [4]);
    let (got, _) = seqs_for(&app, &key, "search_term=").await;
    assert_eq!(got.len(), 7, "an empty search term filters nothing");
    app.stop().await;
}

async fn search_never_finds_another_organizations_entries() {
    let (app, key, _) = seeded().await;
    let other = app.org_with_key("globex").await;
    app.ingest(
        "globex",
        &other,
        vec![entry(
            json!({"resource_name": "Customer Support Bot", "user_email": "spy@example.com"}),
        )],
    )
    .await;
    let (got, total) = seqs_for(&app, &key, "search_term=spy").await;
    assert_eq!((got, total), (vec![], 0));
    let (_, page) = app
        .get_json(
            "/v1/organizations/globex/audit-log?search_term=support",
            &other,
        )
        .await;
    assert_eq!(page["total"], 1);
    app.stop().await;
}

async fn skip_and_limit_page_through_with_has_more() {
    let (app, key, _) = seeded().await;
    let (_, page) = app.get_json(&format!("{LIST}?limit=3&skip=2"), &key).await;
    assert_eq!(seqs(&page), [5, 4, 3]);
    assert_eq!(
        (page["total"].as_u64(), page["has_more"].as_bool()),
        (Some(7), Some(true))
    );
    assert_eq!(
        (page["skip"].as_u64(), page["limit"].as_u64()),
        (Some(2), Some(3))
    );
    let (_, last) = app.get_json(&format!("{LIST}?limit=3&skip=6"), &key).await;
    assert_eq!(seqs(&last), [1]);
    assert_eq!(last["has_more"], false);
    let (_, past) = app.get_json(&format!("{LIST}?skip=100"), &key).await;
    assert_eq!((seqs(&past), past["total"].as_u64()), (vec![], Some(7)));
    app.stop().await;
}

async fn a_cursor_walk_visits_every_matching_entry_exactly_once() {
    let (app, key, _) = seeded().await;
    let mut seen = Vec::new();
    let mut path = format!("{LIST}?limit=2&entity_type=role");
    loop {
        let (status, page) = app.get_json(&path, &key).await;
        assert_eq!(status, 200, "{page}");
        assert_eq!(page["total"], 3);
        seen.extend(seqs(&page));
        match page["next_cursor"].as_str() {
            Some(c) => {
                assert_eq!(page["has_more"], true);
                path = format!("{LIST}?limit=2&entity_type=role&cursor={c}");
            }
            None => break,
        }
    }
    assert_eq!(seen, [7, 6, 1]);
    app.stop().await;
}

async fn a_cursor_is_refused_with_other_filters_with_skip_or_when_forged() {
    let (app, key, _) = seeded().await;
    let (_, page) = app.get_json(&format!("{LIST}?limit=2"), &key).await;
    let cursor = page["next_cursor"].as_str().unwrap().to_owned();
    for query in [
        format!("cursor={cursor}&entity_type=role"),
        format!("cursor={cursor}&skip=2"),
        "cursor=not-a-cursor".to_owned(),
        format!("cursor={}A", cursor),
    ] {
        let (status, body) = app.get_json(&format!("{LIST}?{query}"), &key).await;
        assert_eq!(status, 400, "{query}");
        let (_, param) = error_of(&body);
        assert!(
            param.as_deref() == Some("cursor") || param.as_deref() == Some("skip"),
            "{body}"
        );
    }
    let (status, _) = app
        .get_json(&format!("{LIST}?cursor={cursor}&limit=5"), &key)
        .await;
    assert_eq!(status, 200, "a different limit is fine");
    app.stop().await;
}

async fn malformed_unknown_and_repeated_parameters_are_400_naming_the_parameter() {
    let (app, key, _) = seeded().await;
    let cases = [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("skip=-1", "skip"),
        ("skip=1.5", "skip"),
        ("from_date=2025-13-01", "from_date"),
        ("to_date=yesterday", "to_date"),
        ("from_date=2025-02-01&to_date=2025-01-01", "from_date"),
        ("entity_type=Role", "entity_type"),
        ("actor_id=", "actor_id"),
        ("sort=asc", "sort"),
        ("limit=5&limit=6", "limit"),
    ];
    for (query, param) in cases {
        let (status, body) = app.get_json(&format!("{LIST}?{query}"), &key).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(error_of(&body).1.as_deref(), Some(param), "{query}");
    }
    let long = "a".repeat(257);
    let (status, _) = app
        .get_json(&format!("{LIST}?search_term={long}"), &key)
        .await;
    assert_eq!(status, 400);
    app.stop().await;
}

async fn listing_an_empty_organization_is_an_empty_page() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let (status, page) = app.get_json(LIST, &key).await;
    assert_eq!(status, 200);
    assert_eq!(
        page,
        json!({"items": [], "total": 0, "skip": 0, "limit": 50, "has_more": false, "next_cursor": null})
    );
    assert!(ids(&page["items"]).is_empty());
    app.stop().await;
}

const FACETS: &str = "/v1/organizations/acme/audit-log/facets";

/// `(value, count)` pairs of a facets answer.
fn facet_values(body: &Value) -> Vec<(String, u64)> {
    body["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["value"].as_str().unwrap().to_owned(),
                v["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

async fn facets_count_each_value_among_the_entries_the_other_filters_match() {
    let (app, key, _) = seeded().await;
    let pairs = |v: &[(&str, u64)]| -> Vec<(String, u64)> {
        v.iter().map(|(s, n)| (s.to_string(), *n)).collect()
    };
    let cases: &[(&str, &[(&str, u64)])] = &[
        (
            "field=entity_type",
            &[
                ("role", 3),
                ("assistant", 2),
                ("department", 1),
                ("user", 1),
            ],
        ),
        (
            "field=resource_type&actor_id=u_jane",
            &[("assistant", 1), ("role", 1), ("user", 1)],
        ),
        (
            "field=action_type&entity_type=role",
            &[("created", 2), ("assigned", 1)],
        ),
        (
            "field=actor_id&from_date=2025-01-15&to_date=2025-01-16",
            &[("u_john", 2), ("u_jane", 1)],
        ),
        ("field=department_id", &[("dept_b", 2), ("dept_a", 1)]),
        (
            "field=target_id&actor_id=u_jane",
            &[("asst_abc", 2), ("mem_9", 1), ("role_1", 1), ("u_max", 1)],
        ),
        (
            "field=event&search_term=support",
            &[
                ("assistant.deleted", 1),
                ("assistant.updated", 1),
                ("department.created", 1),
            ],
        ),
        ("field=user_id&entity_type=nothing", &[]),
    ];
    for (query, want) in cases {
        let (status, body) = app.get_json(&format!("{FACETS}?{query}"), &key).await;
        assert_eq!(status, 200, "{query}: {body}");
        assert_eq!(facet_values(&body), pairs(want), "{query}");
        assert_eq!(body["has_more"], false, "{query}");
        let field = query
            .split('&')
            .next()
            .unwrap()
            .trim_start_matches("field=");
        assert_eq!(body["field"], field);
    }
    let (status, body) = app
        .get_json(&format!("{FACETS}?field=entity_type&limit=1"), &key)
        .await;
    assert_eq!(status, 200);
    assert_eq!(facet_values(&body), pairs(&[("role", 3)]));
    assert_eq!(body["has_more"], true);
    for (query, param) in [
        ("", "field"),
        ("field=colour", "field"),
        ("field=entity_type&limit=0", "limit"),
        ("field=entity_type&colour=red", "colour"),
        (
            "field=entity_type&from_date=2025-02-01&to_date=2025-01-01",
            "from_date",
        ),
    ] {
        let (status, body) = app.get_json(&format!("{FACETS}?{query}"), &key).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(error_of(&body).1.as_deref(), Some(param), "{query}");
    }
    let other = app.org_with_key("other").await;
    let (status, _) = app
        .get_json(&format!("{FACETS}?field=entity_type"), &other)
        .await;
    assert_eq!(status, 404);
    app.stop().await;
}

auditlog_store::on_both_backends!(
    entries_come_newest_first_with_sequence_breaking_ties,
    facets_count_each_value_among_the_entries_the_other_filters_match,
    each_filter_narrows_the_list_and_the_exact_total,
    search_term_matches_word_prefixes_of_names_and_emails_case_insensitively,
    search_never_finds_another_organizations_entries,
    skip_and_limit_page_through_with_has_more,
    a_cursor_walk_visits_every_matching_entry_exactly_once,
    a_cursor_is_refused_with_other_filters_with_skip_or_when_forged,
    malformed_unknown_and_repeated_parameters_are_400_naming_the_parameter,
    listing_an_empty_organization_is_an_empty_page,
);
