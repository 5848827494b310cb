//! `serve --demo`: organization `org_demo` with a few hundred realistic entries across every
//! seed resource type, so a newcomer sees data at once. Deterministic, and only seeded once.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{json, Value};

use auditlog_core::validate::validate_entry;
use auditlog_core::{Filter, Limits, OrgId, PageRequest, Timestamp};
use auditlog_server::auth::{generate_key, SCOPE_READ};
use auditlog_store::{Organization, Store, StoreError};

const ENTRIES: usize = 300;

const PEOPLE: &[(&str, &str, &str, &str)] = &[
    (
        "uid_user123",
        "John Doe",
        "john@example.com",
        "dept_support",
    ),
    (
        "uid_user456",
        "Jane Smith",
        "jane@example.com",
        "dept_engineering",
    ),
    (
        "uid_user789",
        "Amira Haddad",
        "amira.haddad@example.com",
        "dept_engineering",
    ),
    (
        "uid_user234",
        "Lukas Becker",
        "lukas.becker@example.com",
        "dept_sales",
    ),
    (
        "uid_user567",
        "Mei Chen",
        "mei.chen@example.com",
        "dept_support",
    ),
    (
        "uid_user890",
        "Carlos Ortega",
        "carlos@example.com",
        "dept_legal",
    ),
];

/// A resource type, its `(id, name)` instances and the actions done to them.
type ResourceKind = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);

const RESOURCES: &[ResourceKind] = &[
    (
        "assistant",
        &[
            ("asst_abc123", "Customer Support Bot"),
            ("asst_def456", "Sales Qualifier"),
            ("asst_ghi789", "HR Policy Helper"),
        ],
        &[
            "created", "updated", "updated", "updated", "accessed", "shared", "archived",
        ],
    ),
    (
        "thread",
        &[
            ("thread_xyz789", "Customer Inquiry #1234"),
            ("thread_uvw321", "Refund request #877"),
        ],
        &["created", "accessed", "updated", "deleted"],
    ),
    (
        "vector_store",
        &[
            ("vs_docs01", "Product Documentation"),
            ("vs_legal02", "Contracts 2025"),
        ],
        &["created", "updated", "accessed", "shared"],
    ),
    (
        "rule",
        &[("rule_pii", "PII Redaction"), ("rule_tone", "Polite Tone")],
        &["created", "updated", "deleted"],
    ),
    (
        "mcp_configuration",
        &[("mcp_github", "GitHub MCP"), ("mcp_jira", "Jira MCP")],
        &["created", "updated", "deleted"],
    ),
    (
        "role_assignment",
        &[
            ("ra_1001", "Admin for Jane Smith"),
            ("ra_1002", "Viewer for Mei Chen"),
        ],
        &["assigned", "unassigned"],
    ),
    (
        "member",
        &[("mem_501", "Lukas Becker"), ("mem_502", "Carlos Ortega")],
        &["invited", "joined", "role_changed", "removed"],
    ),
    (
        "workflow",
        &[
            ("wf_onboarding", "Onboarding"),
            ("wf_escalation", "Escalation"),
        ],
        &["created", "deleted", "restored"],
    ),
    (
        "connection",
        &[("conn_slack", "Slack"), ("conn_salesforce", "Salesforce")],
        &["created", "updated", "deleted"],
    ),
    (
        "user",
        &[
            ("uid_user234", "Lukas Becker"),
            ("uid_user890", "Carlos Ortega"),
        ],
        &["invited", "deactivated", "reactivated"],
    ),
];

const AGENTS: &[&str] = &[
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
    "auditlog-python/1.4.2",
];
const SOURCES: &[&str] = &["web_ui", "api", "app", "admin"];
const COUNTRIES: &[&str] = &["DE", "US", "FR", "JP", "BR", "CH"];

/// Creates `org_demo` and its entries when missing; always returns a fresh read key.
pub async fn seed(store: &dyn Store) -> Result<String, String> {
    let id = OrgId::parse("org_demo").ok_or("bad demo org id")?;
    let org = Organization {
        id: id.clone(),
        name: "Demo Inc.".into(),
        created_at: Timestamp::now(),
    };
    match store.create_organization(&org).await {
        Ok(()) | Err(StoreError::Conflict) => {}
        Err(e) => return Err(e.to_string()),
    }
    let existing = store
        .list(
            &id,
            &Filter::default(),
            PageRequest::Offset {
                offset: 0,
                limit: 1,
            },
        )
        .await
        .map_err(|e| e.to_string())?;
    if existing.total == 0 {
        let limits = Limits::now();
        let entries = generate(Timestamp::now())
            .into_iter()
            .map(|v| validate_entry(v, "", &limits))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("demo entry invalid: {} ({})", e.message, e.param))?;
        store
            .append(&id, entries)
            .await
            .map_err(|e| e.to_string())?;
    }
    let (key, secret) = generate_key(id, "demo read key".into(), vec![SCOPE_READ.into()]);
    store
        .create_api_key(&key)
        .await
        .map_err(|e| e.to_string())?;
    Ok(secret)
}

/// The demo entries, oldest first, spread over the 30 days before `now`.
fn generate(now: Timestamp) -> Vec<Value> {
    let mut rng = StdRng::seed_from_u64(0xA0D1_7106);
    let span = 30 * 86_400_000_000i64;
    let start = now.micros() - span;
    (0..ENTRIES)
        .map(|i| {
            let ts = start + span / ENTRIES as i64 * i as i64 + rng.random_range(0..60_000_000);
            let (user_id, user_name, email, dept) = PEOPLE[rng.random_range(0..PEOPLE.len())];
            let (rtype, items, actions) = RESOURCES[rng.random_range(0..RESOURCES.len())];
            let (rid, rname) = items[rng.random_range(0..items.len())];
            let action = actions[rng.random_range(0..actions.len())];
            let mut entry = json!({
                "timestamp": Timestamp::from_micros(ts).to_string(),
                "action": action,
                "resource_type": rtype,
                "resource_id": rid,
                "resource_name": rname,
                "user_id": user_id,
                "user_name": user_name,
                "user_email": email,
                "department_id": dept,
                "idempotency_key": format!("demo-{i}"),
                "metadata": {
                    "ip_address": format!("192.168.{}.{}", rng.random_range(0..4), rng.random_range(1..255)),
                    "user_agent": AGENTS[rng.random_range(0..AGENTS.len())],
                    "source": SOURCES[rng.random_range(0..SOURCES.len())],
                    "country": COUNTRIES[rng.random_range(0..COUNTRIES.len())],
                },
            });
            if action == "updated" {
                entry["before"] = before_after(rtype, &mut rng, false);
                entry["after"] = before_after(rtype, &mut rng, true);
            }
            if rtype == "role_assignment" || rtype == "member" {
                let (mid, mname, ..) = PEOPLE[rng.random_range(0..PEOPLE.len())];
                entry["targets"] = json!([{"type": "member", "id": mid, "name": mname}]);
            } else if rtype == "assistant" && rng.random_bool(0.4) {
                entry["targets"] = json!([
                    {"type": "workflow", "id": "wf_onboarding", "name": "Onboarding"},
                    {"type": "connection", "id": "conn_slack", "name": "Slack"}
                ]);
            }
            entry
        })
        .collect()
}

fn before_after(rtype: &str, rng: &mut StdRng, after: bool) -> Value {
    match rtype {
        "assistant" => json!({
            "temperature": if after { 0.9 } else { 0.7 },
            "tools": {"web_search": after, "code_interpreter": true},
            "instructions": if after && rng.random_bool(0.5) {
                "You are a helpful customer support assistant."
            } else {
                "You are a helpful assistant."
            },
        }),
        "rule" => json!({"enabled": after, "pattern": "\\b\\d{3}-\\d{2}-\\d{4}\\b"}),
        "connection" => {
            json!({"scopes": if after { json!(["read", "write"]) } else { json!(["read"]) }})
        }
        _ => {
            json!({"name": if after { "Renamed" } else { "Original" }, "max_items": if after { 200 } else { 100 }})
        }
    }
}
