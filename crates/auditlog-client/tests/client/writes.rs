use serde_json::json;

use auditlog_client::{Client, Error, Filters, NewEntry, Paging};

use crate::App;

#[tokio::test]
async fn a_recorded_entry_reads_back_by_id_with_its_changes_computed() {
    let app = App::spawn().await;
    let log = app.log("org_write").await;
    let new = NewEntry::new("updated", "assistant", "asst_42", "user_7")
        .resource_name("Support Bot")
        .user_name("Ada Lovelace")
        .user_email("ada@example.com")
        .department_id("dept_ops")
        .target("workflow", "wf_1", Some("Onboarding".into()))
        .before(json!({"model": "small", "tools": {"web_search": false}}))
        .after(json!({"model": "small", "tools": {"web_search": true}}))
        .metadata("ip_address", "203.0.113.9")
        .metadata("ticket", 4711);

    let stored = log.record(&new).await.unwrap();
    assert!(stored.created);
    let entry = stored.value;
    assert_eq!(entry.sequence, 1);
    assert_eq!(entry.event, "assistant.updated");
    assert_eq!(entry.changes.len(), 1);
    assert_eq!(entry.changes[0].field, "tools.web_search");
    assert_eq!(entry.changes[0].new_value, json!(true));
    assert_eq!(entry.metadata["ticket"], json!(4711));
    assert_eq!(entry.targets[0].id, "wf_1");
    assert_eq!(log.entry(&entry.id).await.unwrap(), entry);
    app.stop().await;
}

#[tokio::test]
async fn a_retried_write_with_the_same_idempotency_key_returns_the_first_entry() {
    let app = App::spawn().await;
    let log = app.log("org_retry").await;
    let new = NewEntry::new("created", "thread", "thr_1", "user_1").idempotency_key("req_1");
    let first = log.record(&new).await.unwrap();
    let again = log.record(&new).await.unwrap();
    assert!(first.created);
    assert!(!again.created);
    assert_eq!(again.value, first.value);
    let page = log.list(&Filters::new(), &Paging::first(10)).await.unwrap();
    assert_eq!(page.total, 1);
    app.stop().await;
}

#[tokio::test]
async fn a_batch_is_atomic_and_its_error_names_the_item_at_fault() {
    let app = App::spawn().await;
    let log = app.log("org_batch").await;
    let good = |i: u32| NewEntry::new("created", "rule", format!("rule_{i}"), "user_1");
    let mut bad = good(1);
    bad.resource_id = String::new();

    let err = log
        .record_batch(&[good(0), bad, good(2)])
        .await
        .unwrap_err();
    let api = err.api().expect("the server's error");
    assert_eq!(api.status, 400);
    assert_eq!(api.kind, "invalid_request_error");
    assert_eq!(api.param.as_deref(), Some("items[1].resource_id"));
    let none = log.list(&Filters::new(), &Paging::first(1)).await.unwrap();
    assert_eq!(none.total, 0);

    let stored = log.record_batch(&[good(0), good(1)]).await.unwrap();
    assert!(stored.created);
    let sequences: Vec<u64> = stored.value.iter().map(|e| e.sequence).collect();
    assert_eq!(sequences, [1, 2]);
    // Raw JSON, as read from an NDJSON file, goes through the same call.
    let raw = [
        json!({"action": "deleted", "resource_type": "rule", "resource_id": "rule_0", "user_id": "user_1"}),
    ];
    assert_eq!(log.record_batch(&raw).await.unwrap().value[0].sequence, 3);
    app.stop().await;
}

#[tokio::test]
async fn a_wrong_credential_or_organization_is_the_servers_error_not_a_panic() {
    let app = App::spawn().await;
    let key = app.key("org_mine").await;
    app.key("org_theirs").await;
    let client = Client::new(&app.base, &key).unwrap();
    let entry = NewEntry::new("created", "thread", "thr_1", "user_1");

    let theirs = client.organization("org_theirs").record(&entry).await;
    let api = theirs.unwrap_err();
    assert_eq!(api.status(), Some(404));
    assert_eq!(api.api().unwrap().code, "organization_not_found");

    let stranger = Client::new(&app.base, "alk_not_a_key").unwrap();
    let err = stranger.organization("org_mine").record(&entry).await;
    assert_eq!(err.unwrap_err().api().unwrap().kind, "authentication_error");

    assert!(matches!(
        Client::new("127.0.0.1:8080", &key),
        Err(Error::Config(_))
    ));
    app.stop().await;
}

#[tokio::test]
async fn an_unreachable_server_is_a_request_error_that_says_why() {
    let app = App::spawn().await;
    let base = app.base.clone();
    app.stop().await;
    let log = Client::new(base, "alk_x").unwrap().organization("org_gone");
    let err = log
        .record(&NewEntry::new("created", "thread", "thr_1", "user_1"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Request(_)), "{err}");
    assert!(err.to_string().contains("request failed"), "{err}");
}
