//! The live tail: `GET …/audit-log/stream` as Server-Sent Events.

use std::time::Duration;

use reqwest::Response;
use serde_json::{json, Value};

use crate::helpers::{entry, error_of, TestApp};

const STREAM: &str = "/v1/organizations/acme/audit-log/stream";

/// What a stream sent: events as (id, data) and comment lines.
#[derive(Debug, PartialEq)]
enum Sent {
    Event(u64, Value),
    Comment(String),
}

/// Reads a response's SSE text as it arrives.
struct Reader {
    res: Response,
    buffer: String,
}

impl Reader {
    fn new(res: Response) -> Self {
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "text/event-stream");
        Reader {
            res,
            buffer: String::new(),
        }
    }

    /// The next event or comment block, or `None` if none comes within `wait` or the stream
    /// ended.
    async fn next(&mut self, wait: Duration) -> Option<Sent> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if let Some(at) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..at + 2).collect();
                return Some(parse(&block));
            }
            let chunk = tokio::time::timeout_at(deadline, self.res.chunk()).await;
            match chunk {
                Ok(Ok(Some(bytes))) => self.buffer.push_str(std::str::from_utf8(&bytes).unwrap()),
                _ => return None,
            }
        }
    }

    /// The next event, skipping comments.
    async fn event(&mut self, wait: Duration) -> Option<(u64, Value)> {
        loop {
            match self.next(wait).await? {
                Sent::Event(id, data) => return Some((id, data)),
                Sent::Comment(_) => continue,
            }
        }
    }
}

fn parse(block: &str) -> Sent {
    let (mut id, mut data, mut comment) = (None, None, Vec::new());
    for line in block.lines() {
        if let Some(c) = line.strip_prefix(':') {
            comment.push(c.trim().to_owned());
        } else if let Some(v) = line.strip_prefix("id: ") {
            id = Some(v.parse().unwrap());
        } else if let Some(v) = line.strip_prefix("data: ") {
            data = Some(serde_json::from_str(v).unwrap());
        }
    }
    match (id, data) {
        (Some(id), Some(data)) => Sent::Event(id, data),
        _ => Sent::Comment(comment.join("\n")),
    }
}

const WAIT: Duration = Duration::from_secs(5);
const SHORT: Duration = Duration::from_millis(800);

async fn open(app: &TestApp, query: &str, key: &str, last: Option<u64>) -> Reader {
    let mut req = app
        .client
        .get(app.url(&format!("{STREAM}{query}")))
        .bearer_auth(key);
    if let Some(last) = last {
        req = req.header("Last-Event-ID", last.to_string());
    }
    Reader::new(req.send().await.unwrap())
}

fn thread() -> Value {
    entry(json!({"resource_type": "thread"}))
}

fn assistant() -> Value {
    entry(json!({"resource_type": "assistant"}))
}

async fn the_live_tail_sends_new_matching_entries_and_resumes_after_the_last_event_id() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    app.ingest("acme", &key, vec![thread(), assistant()]).await;

    let mut tail = open(&app, "?entity_type=thread", &key, None).await;
    assert_eq!(
        tail.next(WAIT).await,
        Some(Sent::Comment("tail after sequence 2".into()))
    );
    let written = app.ingest("acme", &key, vec![assistant(), thread()]).await;
    let (id, data) = tail
        .event(WAIT)
        .await
        .expect("an event for the new thread entry");
    assert_eq!(id, 4);
    assert_eq!(data, written[1]);
    assert_eq!(tail.event(SHORT).await, None);
    drop(tail);

    // Written while no one listened; the reconnect picks up after the last event seen.
    app.ingest("acme", &key, vec![thread(), assistant(), thread()])
        .await;
    let mut again = open(&app, "?entity_type=thread", &key, Some(4)).await;
    let mut ids = Vec::new();
    while let Some((id, data)) = again.event(SHORT).await {
        assert_eq!(data["resource_type"], "thread");
        ids.push(id);
    }
    assert_eq!(ids, [5, 7]);

    // From the beginning, unfiltered: everything, in sequence order.
    let mut all = open(&app, "?after=0", &key, None).await;
    let mut ids = Vec::new();
    while let Some((id, _)) = all.event(SHORT).await {
        ids.push(id);
    }
    assert_eq!(ids, (1..=7).collect::<Vec<_>>());
    app.stop().await;
}

async fn an_idle_tail_sends_heartbeats_and_ends_when_the_server_stops() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let mut tail = open(&app, "?heartbeat_seconds=1", &key, None).await;
    assert_eq!(
        tail.next(WAIT).await,
        Some(Sent::Comment("tail after sequence 0".into()))
    );
    assert_eq!(
        tail.next(WAIT).await,
        Some(Sent::Comment("heartbeat".into()))
    );
    // Shutdown does not wait on the open stream, and the stream ends.
    tokio::time::timeout(Duration::from_secs(10), app.stop())
        .await
        .expect("the server stops with a tail open");
    let mut rest = Vec::new();
    while let Some(sent) = tail.next(Duration::from_secs(2)).await {
        rest.push(sent);
    }
    assert!(
        rest.iter().all(|s| matches!(s, Sent::Comment(_))),
        "{rest:?}"
    );
}

async fn a_bad_resume_point_or_parameter_is_400_before_the_stream_starts() {
    let app = TestApp::spawn().await;
    let key = app.org_with_key("acme").await;
    let res = app
        .client
        .get(app.url(STREAM))
        .bearer_auth(&key)
        .header("Last-Event-ID", "abc")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_eq!(error_of(&body).1.as_deref(), Some("Last-Event-ID"));
    for (query, param) in [
        ("?heartbeat_seconds=0", "heartbeat_seconds"),
        ("?after=-1", "after"),
        ("?colour=red", "colour"),
        ("?entity_type=Bad", "entity_type"),
    ] {
        let (status, body) = app.get_json(&format!("{STREAM}{query}"), &key).await;
        assert_eq!(status, 400, "{query}");
        assert_eq!(error_of(&body).1.as_deref(), Some(param), "{query}");
    }
    let other = app.org_with_key("other").await;
    let (status, _) = app.get_json(STREAM, &other).await;
    assert_eq!(status, 404);
    app.stop().await;
}

auditlog_store::on_both_backends!(
    the_live_tail_sends_new_matching_entries_and_resumes_after_the_last_event_id,
    an_idle_tail_sends_heartbeats_and_ends_when_the_server_stops,
    a_bad_resume_point_or_parameter_is_400_before_the_stream_starts,
);
