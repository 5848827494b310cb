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

/// Final sizes of `orgs` organizations, Zipf-distributed with exponent `s`, the largest holding
/// `largest` entries.
pub fn org_sizes(largest: usize, orgs: usize, s: f64) -> Vec<usize> {
    (1..=orgs)
        .map(|k| ((largest as f64) / (k as f64).powf(s)).max(1.0) as usize)
        .collect()
}

/// The benchmark's data: every organization's generator, grown stage by stage so that two runs
/// (auditlog's and the peer's) produce the same entries in the same order.
pub struct Dataset {
    gens: Vec<Generator>,
    finals: Vec<usize>,
    steps: Vec<i64>,
    loaded: Vec<usize>,
}

impl Dataset {
    /// Each organization's entries spread evenly over the 300 days from `start`.
    pub fn new(largest: usize, orgs: usize, s: f64, start: i64) -> Self {
        let finals = org_sizes(largest, orgs, s);
        let span = 300 * 86_400_000_000i64;
        let steps = finals.iter().map(|f| (span / *f as i64).max(1)).collect();
        let gens = (0..orgs).map(|i| Generator::new(i as u64, start)).collect();
        Self {
            gens,
            finals,
            loaded: vec![0; orgs],
            steps,
        }
    }

    /// Entries needed for the largest organization to hold `stage` (the others in proportion),
    /// as batches of at most 1000 of one organization, organizations taking turns; generated
    /// lazily (10 M entries do not fit in memory as JSON values).
    pub fn grow_to(&mut self, stage: usize) -> Growth<'_> {
        let targets = self
            .finals
            .iter()
            .map(|f| (*f as f64 * stage as f64 / self.finals[0] as f64) as usize)
            .collect::<Vec<_>>();
        let count = targets
            .iter()
            .zip(&self.loaded)
            .map(|(t, l)| t.saturating_sub(*l))
            .sum();
        Growth {
            data: self,
            targets,
            next: 0,
            count,
        }
    }

    /// One more entry for the largest organization, `step_micros` after its last.
    pub fn append(&mut self, step_micros: i64) -> Value {
        self.gens[0].entry(step_micros)
    }
}

pub struct Growth<'a> {
    data: &'a mut Dataset,
    targets: Vec<usize>,
    next: usize,
    /// Entries this growth yields in all.
    pub count: usize,
}

impl Iterator for Growth<'_> {
    /// (organization index, a batch of its entries)
    type Item = (usize, Vec<Value>);

    fn next(&mut self) -> Option<Self::Item> {
        let orgs = self.targets.len();
        for _ in 0..orgs {
            let i = self.next;
            self.next = (self.next + 1) % orgs;
            let d = &mut *self.data;
            let n = 1000.min(self.targets[i].saturating_sub(d.loaded[i]));
            if n > 0 {
                d.loaded[i] += n;
                let batch = (0..n).map(|_| d.gens[i].entry(d.steps[i])).collect();
                return Some((i, batch));
            }
        }
        None
    }
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
    fn organization_sizes_fall_off_from_the_largest() {
        let sizes = org_sizes(1_000_000, 50, 1.1);
        assert_eq!(sizes[0], 1_000_000);
        assert!(sizes.windows(2).all(|w| w[0] >= w[1]));
        assert!(sizes[0] > sizes[49] * 20);
    }

    #[test]
    fn growing_in_stages_yields_the_same_entries_as_growing_at_once() {
        let mut staged = Dataset::new(5000, 4, 1.1, 1_700_000_000_000_000);
        let mut first: Vec<_> = staged.grow_to(2000).collect();
        first.extend(staged.grow_to(5000));
        let mut once = Dataset::new(5000, 4, 1.1, 1_700_000_000_000_000);
        let growth = once.grow_to(5000);
        let count = growth.count;
        let all: Vec<_> = growth.collect();
        assert_eq!(all.iter().map(|(_, b)| b.len()).sum::<usize>(), count);
        let per_org = |v: &[(usize, Vec<Value>)], org| {
            v.iter()
                .filter(|(o, _)| *o == org)
                .flat_map(|(_, b)| b.clone())
                .collect::<Vec<_>>()
        };
        for org in 0..4 {
            assert_eq!(per_org(&first, org), per_org(&all, org));
        }
        assert_eq!(per_org(&all, 0).len(), 5000);
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
            auditlog_core::validate::validate_entry(x, "", &limits).unwrap();
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
