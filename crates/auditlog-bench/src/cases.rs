//! The query suite: each case a name, auditlog's URL and the peer's equivalent if it has one.
//! Single filters and the other dialects, then every pair of the seed-002 filters and a few
//! triples, since combining filters is what people do most in an audit log.

use crate::run::{Plan, DAY};

pub struct Case {
    pub name: String,
    pub url: String,
    pub peer: Option<String>,
}

fn case(name: &str, url: String, peer: Option<String>) -> Case {
    Case {
        name: name.to_owned(),
        url,
        peer,
    }
}

/// The middle of what the largest organization holds at `stage` (its entries fill the 300 days
/// in proportion), as microseconds.
fn middle(plan: &Plan, stage: usize) -> i64 {
    let last = *plan.stages.last().unwrap_or(&1) as f64;
    plan.start + (300.0 * DAY as f64 * stage as f64 / last / 2.0) as i64
}

fn date(micros: i64) -> String {
    auditlog_core::Timestamp::from_micros(micros).to_string()[..10].to_owned()
}

/// Single filters, paging and the other dialects.
pub fn singles(base: &str, plan: &Plan, stage: usize) -> Vec<Case> {
    let org = "bench-0";
    let list = format!("{base}/v1/organizations/{org}/audit-log");
    let peer = format!("{base}/api/orgs/{org}/logs");
    let day = date(middle(plan, stage));
    let both = |name, q: String| case(name, format!("{list}?{q}"), Some(format!("{peer}?{q}")));
    vec![
        both("page of 50, no filter", "limit=50".into()),
        both("entity_type", "entity_type=assistant".into()),
        both("action_type", "action_type=updated".into()),
        both("actor_id", "actor_id=uid_7".into()),
        both("target_id", "target_id=wf_42".into()),
        both("department_id", "department_id=dept_5".into()),
        both(
            "date range (one day)",
            format!("from_date={day}&to_date={day}"),
        ),
        both(
            "entity_type + action_type",
            "entity_type=thread&action_type=updated".into(),
        ),
        both(
            "actor_id + date range",
            format!("actor_id=uid_3&from_date={day}"),
        ),
        case(
            "search_term",
            format!("{list}?search_term=sara%20bill"),
            Some(format!("{peer}?search=sara%20bill")),
        ),
        case(
            "search_term + entity_type",
            format!("{list}?search_term=support&entity_type=assistant"),
            Some(format!("{peer}?search=support&entity_type=assistant")),
        ),
        case(
            "deep skip (10000)",
            format!("{list}?skip=10000"),
            Some(format!("{peer}?offset=10000")),
        ),
        case(
            "seed 000 camelCase",
            format!("{base}/v1/{org}/audit-logs?resourceType=workflow"),
            None,
        ),
        case(
            "seed 001 history",
            format!("{base}/v1/threads/thre_1/history"),
            Some(format!("{peer}?resource_id=thre_1")),
        ),
        case(
            "seed 003 assistant_id",
            format!("{base}/orgs/c/audit-logs?assistant_id=assi_17&take=50"),
            None,
        ),
    ]
}

/// The seed-002 filters, each with a value the data holds, by name.
fn filters(plan: &Plan, stage: usize) -> Vec<(&'static str, String)> {
    let mid = middle(plan, stage);
    vec![
        ("entity_type", "entity_type=thread".into()),
        ("action_type", "action_type=updated".into()),
        ("actor_id", "actor_id=uid_7".into()),
        ("target_id", "target_id=wf_42".into()),
        ("department_id", "department_id=dept_5".into()),
        (
            "dates",
            format!(
                "from_date={}&to_date={}",
                date(mid - 15 * DAY),
                date(mid + 15 * DAY)
            ),
        ),
        ("search_term", "search_term=support".into()),
    ]
}

/// Every pair of the seed-002 filters, a few triples and all seven together (auditlog only).
pub fn combinations(base: &str, plan: &Plan, stage: usize) -> Vec<Case> {
    let list = format!("{base}/v1/organizations/bench-0/audit-log");
    let f = filters(plan, stage);
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for a in 0..f.len() {
        for b in a + 1..f.len() {
            sets.push(vec![a, b]);
        }
    }
    // entity_type + action_type + actor_id, actor_id + target_id + dates, search_term +
    // entity_type + actor_id, department_id + action_type + dates, and all of them.
    sets.extend([vec![0, 1, 2], vec![2, 3, 5], vec![6, 0, 2], vec![4, 1, 5]]);
    sets.push((0..f.len()).collect());
    sets.into_iter()
        .map(|set| {
            let name = set.iter().map(|&i| f[i].0).collect::<Vec<_>>().join(" + ");
            let query = set
                .iter()
                .map(|&i| f[i].1.as_str())
                .collect::<Vec<_>>()
                .join("&");
            case(&name, format!("{list}?{query}"), None)
        })
        .collect()
}
