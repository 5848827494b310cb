//! Searches: a search word's matches are the postings of every word it prefixes; pages and
//! totals equal the matching entries in newest-first order, and never another organization's.

use serde_json::json;

use auditlog_core::filter::Position;
use auditlog_core::validate::validate_entry;
use auditlog_core::{Filter, Limits, NewEntry, OrgId, PageRequest, Timestamp};
use auditlog_store::testing::Backend;
use auditlog_store::{Organization, Store};

/// More than the store sorts itself (2000), so a common word takes the time index.
const COMMON: usize = 2300;

const BASE: i64 = 1_700_000_000_000_000;

fn entry(i: usize, name: &str) -> NewEntry {
    typed_entry(i, name, "assistant")
}

fn typed_entry(i: usize, name: &str, resource_type: &str) -> NewEntry {
    // Several entries share a timestamp, so the sequence decides their order.
    let v = json!({
        "timestamp": Timestamp::from_micros(BASE + (i as i64 / 3) * 1_000_000).to_string(),
        "action": "updated",
        "resource_type": resource_type,
        "resource_id": format!("asst_{i}"),
        "resource_name": name,
        "user_id": "u1",
    });
    validate_entry(v, "", &Limits::now()).unwrap()
}

/// Entry `i` of an organization: every one is a "support" entry, every 97th also "rare".
fn name(i: usize) -> String {
    if i.is_multiple_of(97) {
        format!("Support rare widget {i}")
    } else {
        format!("Support bot {i}")
    }
}

async fn organization(store: &dyn Store, id: &str) -> OrgId {
    let org = OrgId::parse(id).unwrap();
    store
        .create_organization(&Organization {
            id: org.clone(),
            name: id.into(),
            created_at: Timestamp::now(),
        })
        .await
        .unwrap();
    org
}

/// Every page of `filter` by cursor and the total each page reports.
async fn walk(store: &dyn Store, org: &OrgId, filter: &Filter, limit: u32) -> (Vec<String>, u64) {
    let mut ids = Vec::new();
    let mut page = store
        .list(org, filter, PageRequest::Offset { offset: 0, limit })
        .await
        .unwrap();
    let total = page.total;
    loop {
        assert_eq!(page.total, total, "every page reports the same total");
        let entries = page.parsed().unwrap();
        ids.extend(entries.iter().map(|e| e.resource_id.clone()));
        assert!(
            ids.len() as u64 <= total,
            "the walk repeats entries: {filter:?}"
        );
        let Some(last) = entries.last().filter(|_| page.has_more) else {
            break;
        };
        let after = Position {
            timestamp: last.timestamp,
            sequence: last.sequence,
        };
        page = store
            .list(org, filter, PageRequest::After { after, limit })
            .await
            .unwrap();
    }
    (ids, total)
}

/// Organization "a" with `COMMON` entries, all "support", every 97th "rare"; organization "b"
/// with the same words, and more of the rare one.
async fn support_entries(store: &dyn Store) -> OrgId {
    let (a, b) = (
        organization(store, "a").await,
        organization(store, "b").await,
    );
    for chunk in (0..COMMON).collect::<Vec<_>>().chunks(500) {
        let batch = chunk.iter().map(|&i| entry(i, &name(i))).collect();
        store.append(&a, batch).await.unwrap();
    }
    let theirs = (0..300).map(|i| entry(i, "Support rare widget")).collect();
    store.append(&b, theirs).await.unwrap();
    a
}

/// The ids of entries `0..n` that `keep` selects, newest first.
fn newest_first(n: usize, keep: impl Fn(usize) -> bool) -> Vec<String> {
    (0..n)
        .rev()
        .filter(|&i| keep(i))
        .map(|i| format!("asst_{i}"))
        .collect()
}

fn at(s: i64) -> Option<Timestamp> {
    Some(Timestamp::from_micros(BASE + s * 1_000_000))
}

/// Searches of [`support_entries`] and the entries each matches.
fn support_searches() -> Vec<(&'static [&'static str], Filter, Vec<String>)> {
    let all = |keep: &dyn Fn(usize) -> bool| newest_first(COMMON, keep);
    vec![
        (&["rare"], Filter::default(), all(&|i| i.is_multiple_of(97))),
        (
            &["supp", "wid"],
            Filter::default(),
            all(&|i| i.is_multiple_of(97)),
        ),
        (&["support"], Filter::default(), all(&|_| true)),
        (&["nowhere"], Filter::default(), Vec::new()),
        // With other conditions too, checked on each match.
        (
            &["rare"],
            Filter {
                to: at(300),
                resource_type: Some("assistant".into()),
                ..Filter::default()
            },
            all(&|i| i.is_multiple_of(97) && i <= 902),
        ),
        (
            &["support"],
            Filter {
                from: at(600),
                ..Filter::default()
            },
            all(&|i| i >= 1800),
        ),
        (
            &["rare"],
            Filter {
                resource_type: Some("thread".into()),
                ..Filter::default()
            },
            Vec::new(),
        ),
    ]
}

/// Each search's pages by cursor, and a page deep inside it by offset, hold exactly the
/// expected entries newest first, with the exact total.
async fn assert_searches(
    store: &dyn Store,
    org: &OrgId,
    searches: Vec<(&[&str], Filter, Vec<String>)>,
    limit: u32,
) {
    for (words, others, expected) in searches {
        let filter = Filter {
            search: words.iter().map(|w| (*w).to_owned()).collect(),
            ..others
        };
        let (ids, total) = walk(store, org, &filter, limit).await;
        assert_eq!(total, expected.len() as u64, "{filter:?}");
        assert_eq!(ids, expected, "{filter:?}");

        let page = store
            .list(
                org,
                &filter,
                PageRequest::Offset {
                    offset: 7,
                    limit: 5,
                },
            )
            .await
            .unwrap();
        let deep: Vec<String> = page
            .parsed()
            .unwrap()
            .iter()
            .map(|e| e.resource_id.clone())
            .collect();
        let want: Vec<String> = expected.iter().skip(7).take(5).cloned().collect();
        assert_eq!(deep, want, "{filter:?} at offset 7");
        assert_eq!(page.has_more, expected.len() > 12, "{filter:?}");
    }
}

async fn search_pages_and_totals_equal_the_matching_entries_newest_first() {
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    let a = support_entries(&*store).await;
    assert_searches(&*store, &a, support_searches(), 40).await;
}

/// A search with many matches and a broad condition pages and counts every one.
async fn a_search_with_a_broad_condition_pages_and_counts_every_match() {
    const MANY: usize = 9600;
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    let a = organization(&*store, "a").await;
    let b = organization(&*store, "b").await;
    let name = |i: usize| match i % 4 {
        0 => format!("Common gadget {i}"),
        _ => format!("Plain gadget {i}"),
    };
    let thread = |i: usize| i.is_multiple_of(3);
    let kind = |i: usize| if thread(i) { "thread" } else { "assistant" };
    for chunk in (0..MANY).collect::<Vec<_>>().chunks(800) {
        let batch = chunk
            .iter()
            .map(|&i| typed_entry(i, &name(i), kind(i)))
            .collect();
        store.append(&a, batch).await.unwrap();
    }
    let theirs = (0..50).map(|i| entry(i, "Common gadget")).collect();
    store.append(&b, theirs).await.unwrap();

    let common =
        |keep: &dyn Fn(usize) -> bool| newest_first(MANY, |i| i.is_multiple_of(4) && keep(i));
    let typed = |t: &str| Filter {
        resource_type: Some(t.into()),
        ..Filter::default()
    };
    let searches: Vec<(&[&str], Filter, Vec<String>)> = vec![
        (&["common"], typed("assistant"), common(&|i| !thread(i))),
        (
            &["comm", "gadget"],
            Filter {
                action: Some("updated".into()),
                ..Filter::default()
            },
            common(&|_| true),
        ),
        (
            &["common"],
            Filter {
                from: at(2400),
                ..typed("assistant")
            },
            common(&|i| i >= 7200 && !thread(i)),
        ),
        (
            &["common"],
            Filter {
                user_id: Some("u1".into()),
                to: at(1000),
                ..Filter::default()
            },
            common(&|i| i <= 3002),
        ),
        (&["common"], typed("thread"), common(&thread)),
        // More matches of the type than are looked up one by one: the type's index walks.
        (
            &["gadget"],
            typed("assistant"),
            newest_first(MANY, |i| !thread(i)),
        ),
        (
            &["gad"],
            Filter {
                to: at(2000),
                ..typed("thread")
            },
            newest_first(MANY, |i| thread(i) && i <= 6002),
        ),
        (&["common"], typed("widget"), Vec::new()),
    ];
    assert_searches(&*store, &a, searches, 300).await;
}

/// Entry `i` of the prefix test: forty distinct `tag…` words, each on three entries.
fn tagged(i: usize) -> String {
    format!("Gadget tag{} zz", i % 40)
}

/// A search word finds every word it prefixes, however many: the union of their postings.
async fn a_search_word_matches_every_word_it_prefixes_however_many() {
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    let (a, b) = (
        organization(&*store, "a").await,
        organization(&*store, "b").await,
    );
    store
        .append(&a, (0..120).map(|i| entry(i, &tagged(i))).collect())
        .await
        .unwrap();
    // Words a prefix begins are one range of words in byte order, not a linguistic one.
    store
        .append(&a, vec![entry(120, "Mua"), entry(121, "Müller")])
        .await
        .unwrap();
    // Another organization's words never widen a search: `tag7` prefixes its `tag77`.
    store
        .append(&b, (0..5).map(|i| entry(i, "Gadget tag77 tag1x")).collect())
        .await
        .unwrap();
    let tag = |i: usize| format!("tag{}", i % 40);
    let newest_first = |keep: &dyn Fn(usize) -> bool| -> Vec<String> {
        (0..120)
            .rev()
            .filter(|&i| keep(i))
            .map(|i| format!("asst_{i}"))
            .collect()
    };
    let cases: [(&[&str], Vec<String>); 9] = [
        (&["mü"], vec!["asst_121".to_owned()]),
        (&["mu"], vec!["asst_120".to_owned()]),
        (&["tag"], newest_first(&|_| true)),
        (&["tag1"], newest_first(&|i| tag(i).starts_with("tag1"))),
        (
            &["gad", "tag3"],
            newest_first(&|i| tag(i).starts_with("tag3")),
        ),
        (&["tag7"], newest_first(&|i| tag(i) == "tag7")),
        (
            &["tag1", "zz"],
            newest_first(&|i| tag(i).starts_with("tag1")),
        ),
        (&["tag25"], newest_first(&|i| tag(i) == "tag25")),
        (&["tag40"], Vec::new()),
    ];
    for (words, expected) in cases {
        let filter = Filter {
            search: words.iter().map(|w| (*w).to_owned()).collect(),
            ..Filter::default()
        };
        let (ids, total) = walk(&*store, &a, &filter, 7).await;
        assert_eq!(total, expected.len() as u64, "{words:?}");
        assert_eq!(ids, expected, "{words:?}");
    }
    let theirs = Filter {
        search: vec!["tag1".into()],
        ..Filter::default()
    };
    let (ids, total) = walk(&*store, &b, &theirs, 50).await;
    assert_eq!((ids.len(), total), (5, 5));
}

auditlog_store::on_both_backends!(
    search_pages_and_totals_equal_the_matching_entries_newest_first,
    a_search_with_a_broad_condition_pages_and_counts_every_match,
    a_search_word_matches_every_word_it_prefixes_however_many,
);
