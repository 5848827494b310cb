use futures_util::TryStreamExt;

use auditlog_client::{Entry, Error, FacetField, Filters, Log, NewEntry, Paging};

use crate::App;

/// 23 entries: actors `user_0`…`user_2` in turn, every third one on a thread.
async fn seeded(app: &App, org: &str) -> (Log, Vec<Entry>) {
    let log = app.log(org).await;
    let entries: Vec<NewEntry> = (0..23)
        .map(|i| {
            let kind = if i % 3 == 0 { "thread" } else { "assistant" };
            NewEntry::new(
                "updated",
                kind,
                format!("res_{i}"),
                format!("user_{}", i % 3),
            )
            .resource_name(format!("Resource number {i}"))
        })
        .collect();
    let stored = log.record_batch(&entries).await.unwrap().value;
    (log, stored)
}

#[tokio::test]
async fn pages_follow_cursors_through_every_match_once_newest_first() {
    let app = App::spawn().await;
    let (log, stored) = seeded(&app, "org_pages").await;
    let filters = Filters::new().entity_type("assistant");
    let expected: Vec<u64> = stored
        .iter()
        .rev()
        .filter(|e| e.resource_type == "assistant")
        .map(|e| e.sequence)
        .collect();
    assert_eq!(expected.len(), 15);

    let mut pages = log.pages(filters.clone(), 4);
    let mut seen = Vec::new();
    let mut count = 0;
    while let Some(page) = pages.next().await.unwrap() {
        assert_eq!(page.total, 15);
        seen.extend(page.items.iter().map(|e| e.sequence));
        count += 1;
    }
    assert_eq!(count, 4);
    assert_eq!(seen, expected);
    assert!(pages.next().await.unwrap().is_none());

    let streamed: Vec<Entry> = log.entries(filters, 6).try_collect().await.unwrap();
    let streamed: Vec<u64> = streamed.iter().map(|e| e.sequence).collect();
    assert_eq!(streamed, expected);
    app.stop().await;
}

#[tokio::test]
async fn a_page_combines_filters_and_skips_as_asked() {
    let app = App::spawn().await;
    let (log, _) = seeded(&app, "org_filters").await;
    let filters = Filters::new()
        .actor_id("user_1")
        .entity_type("assistant")
        .search_term("resource num");
    let page = log.list(&filters, &Paging::first(3).skip(2)).await.unwrap();
    assert_eq!(page.total, 8);
    assert_eq!(page.skip, 2);
    assert_eq!(page.items.len(), 3);
    assert!(page.has_more);
    assert!(page.items.iter().all(|e| e.user_id == "user_1"));

    let bad = log
        .list(&Filters::new().from_date("yesterday"), &Paging::first(3))
        .await
        .unwrap_err();
    assert_eq!(bad.api().unwrap().param.as_deref(), Some("from_date"));
    app.stop().await;
}

#[tokio::test]
async fn facets_count_each_value_under_the_other_filters() {
    let app = App::spawn().await;
    let (log, _) = seeded(&app, "org_facets").await;
    let facets = log
        .facets(
            FacetField::ActorId,
            &Filters::new().entity_type("thread"),
            10,
        )
        .await
        .unwrap();
    assert_eq!(facets.field, "actor_id");
    let counts: Vec<(String, u64)> = facets
        .values
        .into_iter()
        .map(|v| (v.value, v.count))
        .collect();
    assert_eq!(counts, [("user_0".to_owned(), 8)]);
    assert!(!facets.has_more);
    app.stop().await;
}

#[tokio::test]
async fn an_export_streams_every_match_in_sequence_order() {
    let app = App::spawn().await;
    let (log, stored) = seeded(&app, "org_export").await;
    let mut export = log
        .export(&Filters::new().actor_id("user_2"))
        .await
        .unwrap();
    let mut exported = Vec::new();
    while let Some(entry) = export.next_entry().await.unwrap() {
        exported.push(entry);
    }
    let expected: Vec<Entry> = stored
        .into_iter()
        .filter(|e| e.user_id == "user_2")
        .collect();
    assert_eq!(exported, expected);

    let mut raw = log.export(&Filters::new()).await.unwrap();
    let mut bytes = Vec::new();
    while let Some(chunk) = raw.chunk().await.unwrap() {
        bytes.extend_from_slice(&chunk);
    }
    assert_eq!(bytes.iter().filter(|&&b| b == b'\n').count(), 23);
    app.stop().await;
}

#[tokio::test]
async fn an_entry_id_that_would_name_another_route_is_refused() {
    let app = App::spawn().await;
    let (log, _) = seeded(&app, "org_ids").await;
    assert!(matches!(log.entry("..").await, Err(Error::Config(_))));
    let missing = log.entry("log_x/receipt").await.unwrap_err();
    assert_eq!(missing.api().unwrap().code, "audit_log_not_found");
    app.stop().await;
}
