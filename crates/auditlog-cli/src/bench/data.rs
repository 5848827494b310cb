//! A deterministic generator of realistic audit entries: organizations of Zipf-distributed
//! size, Zipf-distributed actors and resources, the seed vocabularies, real-looking names and
//! emails, 20 % updates with field changes, timestamps in near-order.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::{Distribution, Zipf};
use serde_json::{json, Value};

const TYPES: &[&str] = &[
    "assistant",
    "thread",
    "vector_store",
    "rule",
    "mcp_configuration",
    "user",
    "organization",
    "department",
    "role",
    "role_assignment",
    "department_membership",
    "permission",
    "knowledge_slice",
    "workflow",
    "connection",
    "broadcast",
    "member",
];
const ACTIONS: &[&str] = &[
    "created",
    "deleted",
    "accessed",
    "shared",
    "archived",
    "invited",
    "deactivated",
    "reactivated",
    "assigned",
    "unassigned",
    "removed",
    "restored",
];
const FIRST: &[&str] = &[
    "John", "Jane", "Amira", "Lukas", "Mei", "Carlos", "Olga", "Ravi", "Sara", "Tom", "Aisha",
    "Kenji", "Lena", "Mateo", "Noor", "Pavel", "Quinn", "Rosa", "Sven", "Yuki",
];
const LAST: &[&str] = &[
    "Doe", "Smith", "Haddad", "Becker", "Chen", "Ortega", "Ivanova", "Patel", "Berg", "Nguyen",
    "Okafor", "Tanaka", "Schulz", "Silva", "Rahman", "Novak", "Murphy", "Garcia", "Lind", "Sato",
];
const NOUNS: &[&str] = &[
    "Support",
    "Sales",
    "Billing",
    "Onboarding",
    "Escalation",
    "Docs",
    "Legal",
    "Research",
    "Ops",
    "Growth",
    "Security",
    "Finance",
    "Hiring",
    "Marketing",
    "Platform",
    "Data",
];
const COUNTRIES: &[&str] = &["DE", "US", "FR", "JP", "BR", "CH", "IN", "GB", "NL", "SE"];
const SOURCES: &[&str] = &["web_ui", "api", "app", "admin"];

/// Sizes of `orgs` organizations holding `total` entries, Zipf-distributed, largest first.
pub fn org_sizes(total: usize, orgs: usize) -> Vec<usize> {
    let weights: Vec<f64> = (1..=orgs).map(|k| 1.0 / (k as f64).powf(1.1)).collect();
    let sum: f64 = weights.iter().sum();
    let mut sizes: Vec<usize> = weights
        .iter()
        .map(|w| ((w / sum) * total as f64) as usize)
        .collect();
    let short = total - sizes.iter().sum::<usize>();
    sizes[0] += short;
    sizes
}

pub struct Generator {
    rng: StdRng,
    users: Zipf<f64>,
    resources: Zipf<f64>,
    /// Microseconds; advances with every entry.
    clock: i64,
}

impl Generator {
    pub fn new(seed: u64, start_micros: i64) -> Self {
        Self {
            rng: StdRng::seed_from_u64(seed),
            users: Zipf::new(5000.0, 1.2).expect("valid zipf"),
            resources: Zipf::new(200_000.0, 1.1).expect("valid zipf"),
            clock: start_micros,
        }
    }

    /// The next entry, about `step_micros` after the previous one (with jitter).
    pub fn entry(&mut self, step_micros: i64) -> Value {
        self.clock += step_micros;
        let jitter = self.rng.random_range(-30_000_000..30_000_000i64);
        let ts = auditlog_core::Timestamp::from_micros(self.clock + jitter);
        let user = self.users.sample(&mut self.rng) as usize;
        let (first, last) = (
            FIRST[user % FIRST.len()],
            LAST[(user / FIRST.len()) % LAST.len()],
        );
        let resource = self.resources.sample(&mut self.rng) as usize;
        let kind = TYPES[resource % TYPES.len()];
        let update = self.rng.random_bool(0.2);
        let action = if update {
            "updated"
        } else {
            ACTIONS[self.rng.random_range(0..ACTIONS.len())]
        };
        let mut e = json!({
            "timestamp": ts.to_string(),
            "action": action,
            "resource_type": kind,
            "resource_id": format!("{}_{resource}", &kind[..kind.len().min(4)]),
            "resource_name": format!("{} {} {resource}", NOUNS[resource % NOUNS.len()], kind.replace('_', " ")),
            "user_id": format!("uid_{user}"),
            "user_name": format!("{first} {last}"),
            "user_email": format!("{}.{}{user}@example.com", first.to_lowercase(), last.to_lowercase()),
            "department_id": format!("dept_{}", user % 23),
            "metadata": {
                "ip_address": format!("10.{}.{}.{}", user % 250, resource % 250, self.rng.random_range(1..250)),
                "user_agent": "Mozilla/5.0 (X11; Linux x86_64)",
                "source": SOURCES[user % SOURCES.len()],
                "country": COUNTRIES[user % COUNTRIES.len()],
            },
        });
        if update {
            let old = self.rng.random_range(0..10) as f64 / 10.0;
            e["changes"] = json!([
                {"field": "settings.temperature", "old_value": old, "new_value": old + 0.1},
                {"field": "tools.web_search", "old_value": false, "new_value": true},
            ]);
        }
        if self.rng.random_bool(0.3) {
            let w = self.rng.random_range(0..500);
            e["targets"] =
                json!([{"type": "workflow", "id": format!("wf_{w}"), "name": format!("Flow {w}")}]);
        }
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organization_sizes_add_up_and_fall_off() {
        let sizes = org_sizes(1_000_000, 50);
        assert_eq!(sizes.iter().sum::<usize>(), 1_000_000);
        assert!(sizes.windows(2).all(|w| w[0] >= w[1]));
        assert!(sizes[0] > sizes[49] * 20);
    }

    #[test]
    fn generation_is_deterministic_and_valid() {
        let limits = auditlog_core::Limits::now();
        let (mut a, mut b) = (
            Generator::new(7, 1_700_000_000_000_000),
            Generator::new(7, 1_700_000_000_000_000),
        );
        for _ in 0..500 {
            let (x, y) = (a.entry(1_000_000), b.entry(1_000_000));
            assert_eq!(x, y);
            auditlog_core::validate::validate_entry(&x, "", &limits).unwrap();
        }
    }
}

#[cfg(test)]
mod span_tests {
    use super::*;

    #[test]
    fn entries_spread_over_a_span_stay_in_it() {
        let now = auditlog_core::Timestamp::now().micros();
        let start = now - 400 * 86_400_000_000;
        let span = 300 * 86_400_000_000i64;
        let mut g = Generator::new(0, start);
        let mut last = String::new();
        for _ in 0..20_000 {
            last = g.entry(span / 20_000)["timestamp"]
                .as_str()
                .unwrap()
                .to_owned();
        }
        let ts = auditlog_core::Timestamp::parse_rfc3339(&last)
            .unwrap()
            .micros();
        assert!(ts < now - 99 * 86_400_000_000, "{last}");
    }
}
