//! Legal holds: placed, listed and released by the admin only, recorded in the service's log.

use serde_json::{json, Value};

use crate::helpers::{TestApp, ADMIN};

const HOLDS: &str = "/v1/organizations/org_held/holds";

async fn a_hold_is_placed_listed_and_released_by_the_admin_and_kept_after() {
    let app = TestApp::spawn().await;
    app.create_org("org_held").await;
    let body = json!({"name": "Smith v. Acme", "reason": "Litigation notice 2026-118",
        "filter": {"actor_id": "uid_42", "event_prefix": "member.",
                   "from_date": "2026-01-01", "to_date": "2026-03-31"}});
    let (status, hold) = app.post_json(HOLDS, ADMIN, &body).await;
    assert_eq!(status, 201, "{hold}");
    let id = hold["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("hold_"), "{id}");
    assert_eq!(hold["status"], "active");
    assert_eq!(hold["released_at"], Value::Null);
    // Dates are kept as the instants they bound: a day's start, a day's end.
    assert_eq!(
        hold["filter"],
        json!({"actor_id": "uid_42", "event_prefix": "member.",
               "from_date": "2026-01-01T00:00:00Z", "to_date": "2026-03-31T23:59:59.999999Z"})
    );
    let (status, everything) = app
        .post_json(
            HOLDS,
            ADMIN,
            &json!({"name": "All", "reason": "Regulator request"}),
        )
        .await;
    assert_eq!((status, &everything["filter"]), (201, &json!({})));

    let (status, one) = app.get_json(&format!("{HOLDS}/{id}"), ADMIN).await;
    assert_eq!((status, &one), (200, &hold));
    let (status, released) = app
        .post_json(&format!("{HOLDS}/{id}/release"), ADMIN, &json!({}))
        .await;
    assert_eq!(status, 200, "{released}");
    assert_eq!(released["status"], "released");
    assert!(released["released_at"].is_string());
    // Releasing again changes nothing.
    let (_, again) = app
        .post_json(&format!("{HOLDS}/{id}/release"), ADMIN, &json!({}))
        .await;
    assert_eq!(again, released);
    // Both stay listed, oldest first, the released one with when it was released.
    let (_, list) = app.get_json(HOLDS, ADMIN).await;
    let listed: Vec<(&str, &str)> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["name"].as_str().unwrap(), h["status"].as_str().unwrap()))
        .collect();
    assert_eq!(listed, [("Smith v. Acme", "released"), ("All", "active")]);
    let metrics = app.get("/metrics", ADMIN).await.text().await.unwrap();
    let standing = "auditlog_legal_holds_standing{organization=\"org_held\"} 1";
    assert!(metrics.lines().any(|l| l == standing), "{metrics}");

    // Placing and releasing are in the service's own log, once each.
    let (_, log) = app
        .get_json(
            "/v1/organizations/_service/audit-log?entity_type=legal_hold",
            ADMIN,
        )
        .await;
    let events: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        events,
        [
            "legal_hold.released",
            "legal_hold.created",
            "legal_hold.created"
        ]
    );
    let placed = &log["items"][2];
    assert_eq!(placed["resource_id"], id.as_str());
    assert_eq!(placed["metadata"]["reason"], "Litigation notice 2026-118");
    assert_eq!(placed["targets"][0]["id"], "org_held");
    app.stop().await;
}

async fn only_the_admin_manages_holds_and_bad_holds_are_refused() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("org_held").await;
    let body = json!({"name": "n", "reason": "r"});
    let (status, err) = app.post_json(HOLDS, &key, &body).await;
    assert_eq!(status, 403, "{err}");
    assert_eq!(app.get(HOLDS, &key).await.status(), 403);
    let (status, _) = app
        .post_json("/v1/organizations/nobody/holds", ADMIN, &body)
        .await;
    assert_eq!(status, 404);
    let (status, err) = app.get_json(&format!("{HOLDS}/hold_nope"), ADMIN).await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (404, Some("hold_not_found"))
    );
    let (status, _) = app
        .post_json(&format!("{HOLDS}/hold_nope/release"), ADMIN, &json!({}))
        .await;
    assert_eq!(status, 404);
    let refused = [
        (json!({"reason": "r"}), "name"),
        (json!({"name": "n"}), "reason"),
        (json!({"name": "n", "reason": "r", "extra": 1}), "extra"),
        (json!({"name": "n", "reason": "r", "filter": []}), "filter"),
        (
            json!({"name": "n", "reason": "r", "filter": {"department_id": "d"}}),
            "filter.department_id",
        ),
        (
            json!({"name": "n", "reason": "r", "filter": {"event_prefix": "Member"}}),
            "filter.event_prefix",
        ),
        (
            json!({"name": "n", "reason": "r", "filter": {"actor_id": ""}}),
            "filter.actor_id",
        ),
        (
            json!({"name": "n", "reason": "r", "filter": {"from_date": "yesterday"}}),
            "filter.from_date",
        ),
        (
            json!({"name": "n", "reason": "r",
                "filter": {"from_date": "2026-02-01", "to_date": "2026-01-01"}}),
            "filter.from_date",
        ),
    ];
    for (body, param) in refused {
        let (status, err) = app.post_json(HOLDS, ADMIN, &body).await;
        assert_eq!(status, 400, "{body} → {err}");
        assert_eq!(err["error"]["param"], param, "{body} → {err}");
    }
    let (status, err) = app.get_json(&format!("{HOLDS}?status=active"), ADMIN).await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (400, Some("unknown_parameter"))
    );
    let (_, list) = app.get_json(HOLDS, ADMIN).await;
    assert_eq!(list["items"], json!([]));
    app.stop().await;
}

auditlog_store::on_both_backends!(
    a_hold_is_placed_listed_and_released_by_the_admin_and_kept_after,
    only_the_admin_manages_holds_and_bad_holds_are_refused,
);
