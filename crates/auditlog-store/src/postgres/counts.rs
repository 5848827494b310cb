//! Exact totals without counting rows. The writer keeps, in the entries' own transaction, the
//! number of entries per organization, filter value and day, and per 32-day span. A listing
//! whose only condition is one of these values (and whole days) adds up a few of those rows;
//! a bound inside a day counts that day's remainder from the entries.
//!
//! Counted are everything, resource type, action, event, department, actor, primary resource
//! (by id, and by type and id: a resource's history) and targets that are not the primary
//! resource, so that a reference's total (`target_id`, `assistant_id`) is its primary count plus
//! its target count. Their rows for a day lie next to each other (the key starts with the
//! day), so a commit dirties the pages of its day's counters, not a page per value.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

use auditlog_core::{Entry, Filter, Timestamp};

use super::plan::{folded, placeholder, Param};

pub(crate) const DAY: i64 = 86_400_000_000;
/// An entry's day, in counters: floor(ts / 1 day), also before 1970.
pub(crate) fn day_of(ts: Timestamp) -> i64 {
    ts.micros().div_euclid(DAY)
}

/// Days per coarse bucket.
const SPAN: i64 = 32;

/// The counted values whose sum a filter asks for, if it asks for one value (besides dates): a
/// reference is the primary resource's count plus the count as a target of other entries.
fn facet(filter: &Filter) -> Option<Vec<(&'static str, String)>> {
    if !filter.search.is_empty() {
        return None;
    }
    let f = filter;
    let others = (
        &f.resource_type,
        &f.resource_id,
        &f.action,
        &f.event,
        &f.department_id,
        &f.user_id,
    );
    match (&f.target_id, f.typed_targets.as_slice()) {
        (Some(id), []) if others == (&None, &None, &None, &None, &None, &None) => {
            return Some(vec![("i", id.clone()), ("x", resource_value("", id))]);
        }
        (None, [(kind, id)]) if others == (&None, &None, &None, &None, &None, &None) => {
            let value = resource_value(kind, id);
            return Some(vec![("r", value.clone()), ("x", value)]);
        }
        (None, []) => {}
        _ => return None,
    }
    if let Some(id) = &f.resource_id {
        return match (
            &f.resource_type,
            &f.action,
            &f.event,
            &f.department_id,
            &f.user_id,
        ) {
            (None, None, None, None, None) => Some(vec![("i", id.clone())]),
            (Some(t), None, None, None, None) => Some(vec![("r", resource_value(t, id))]),
            _ => None,
        };
    }
    let one = match (
        &f.resource_type,
        &f.action,
        &f.event,
        &f.department_id,
        &f.user_id,
    ) {
        (None, None, None, None, None) => ("all", String::new()),
        (Some(t), None, None, None, None) => ("t", t.clone()),
        (None, Some(a), None, None, None) => ("a", a.clone()),
        (None, None, Some(e), None, None) => ("e", e.clone()),
        (None, None, None, Some(d), None) => ("d", d.clone()),
        (None, None, None, None, Some(u)) => ("u", u.clone()),
        _ => return None,
    };
    Some(vec![one])
}

/// The values an entry is counted under.
fn facets(e: &Entry) -> impl Iterator<Item = (&'static str, Cow<'_, str>)> {
    [
        Some(("all", "")),
        Some(("t", e.resource_type.as_str())),
        Some(("a", e.action.as_str())),
        Some(("e", e.event.as_str())),
        e.department_id.as_deref().map(|d| ("d", d)),
        Some(("u", e.user_id.as_str())),
        Some(("i", e.resource_id.as_str())),
    ]
    .into_iter()
    .flatten()
    .map(|(kind, value)| (kind, Cow::Borrowed(value)))
    .chain(std::iter::once((
        "r",
        Cow::Owned(resource_value(&e.resource_type, &e.resource_id)),
    )))
    .chain(
        as_target(e)
            .into_iter()
            .map(|value| ("x", Cow::Owned(value))),
    )
}

/// The references an entry makes as a target, by type and id and by id alone (`entry_refs`),
/// leaving out those its primary resource already makes: the entry counts once for each.
fn as_target(e: &Entry) -> BTreeSet<String> {
    let mut values = BTreeSet::new();
    for t in &e.targets {
        if t.id != e.resource_id {
            values.insert(resource_value("", &t.id));
        }
        if t.id != e.resource_id || t.kind != e.resource_type {
            values.insert(resource_value(&t.kind, &t.id));
        }
    }
    values
}

/// A resource's counted value: its type and id, which never hold a space (a target by id alone
/// has an empty type).
fn resource_value(resource_type: &str, resource_id: &str) -> String {
    format!("{resource_type} {resource_id}")
}

/// One kept counter: an organization's entries under one counted value in one day (span 1)
/// or one 32-day bucket (span 32). Kinds: `all` (value empty), `t` resource type, `a` action,
/// `e` event, `d` department, `u` actor, `i` resource id, `r` resource type and id (`type id`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Counter {
    pub span: i64,
    pub bucket: i64,
    pub kind: String,
    pub value: String,
}

/// The counters an entry adds one to, as the writer keeps them (for `verify --database`).
pub fn entry_counters(e: &Entry) -> impl Iterator<Item = Counter> + '_ {
    keys(e).map(|(span, bucket, kind, value)| Counter {
        span,
        bucket,
        kind: kind.to_owned(),
        value: value.into_owned(),
    })
}

/// `(span, bucket, kind, value)` of every counter an entry adds one to.
fn keys(e: &Entry) -> impl Iterator<Item = (i64, i64, &'static str, Cow<'_, str>)> {
    let day = day_of(e.timestamp);
    facets(e).flat_map(move |(kind, value)| {
        [(1, day), (SPAN, day.div_euclid(SPAN))]
            .map(|(span, bucket)| (span, bucket, kind, value.clone()))
    })
}

/// A group's increments, written once before its commit.
#[derive(Default)]
pub(crate) struct Tally(HashMap<(i64, i64, i64, &'static str, String), i64>);

/// Column arrays of a tally, in key order.
#[derive(Default)]
pub(crate) struct TallyRows {
    pub org: Vec<i64>,
    pub span: Vec<i64>,
    pub bucket: Vec<i64>,
    pub kind: Vec<String>,
    pub value: Vec<String>,
    pub n: Vec<i64>,
}

impl Tally {
    pub(crate) fn add(&mut self, org: i64, e: &Entry) {
        for (span, bucket, kind, value) in keys(e) {
            *self
                .0
                .entry((org, span, bucket, kind, value.into_owned()))
                .or_default() += 1;
        }
    }

    /// The increments, sorted by key so that concurrent writers touch rows in one order.
    pub(crate) fn take(&mut self) -> TallyRows {
        let mut all: Vec<_> = self.0.drain().collect();
        all.sort();
        let mut rows = TallyRows::default();
        for ((org, span, bucket, kind, value), n) in all {
            rows.org.push(org);
            rows.span.push(span);
            rows.bucket.push(bucket);
            rows.kind.push(kind.to_owned());
            rows.value.push(value);
            rows.n.push(n);
        }
        rows
    }
}

/// How to obtain a filter's total from the counters: sums over bucket ranges, plus the
/// partial days at either end as ordinary filters to count.
pub(crate) struct CountPlan {
    /// `(span, first bucket, last bucket)`, inclusive.
    sums: Vec<(i64, i64, i64)>,
    /// `(kind, value)` of the counters added up.
    facets: Vec<(&'static str, String)>,
    pub(crate) partial: Vec<Filter>,
}

pub(crate) fn count_plan(filter: &Filter) -> Option<CountPlan> {
    let filter = &*folded(filter);
    let facets = facet(filter)?;
    let from = filter.from.map(|t| t.micros());
    let to = filter.to.map(|t| t.micros());
    // Whole days inside the bounds (both inclusive).
    let first = from.map_or(i64::MIN, |f| ceil_div(f, DAY));
    let last = to.map_or(i64::MAX, |t| (t + 1).div_euclid(DAY) - 1);
    if first > last {
        return None;
    }
    let mut partial = Vec::new();
    if let Some(f) = from {
        if f < first * DAY {
            partial.push(Filter {
                to: Some(Timestamp::from_micros(first * DAY - 1)),
                ..filter.clone()
            });
        }
    }
    if let Some(t) = to {
        if t > (last + 1).saturating_mul(DAY) - 1 {
            partial.push(Filter {
                from: Some(Timestamp::from_micros((last + 1) * DAY)),
                ..filter.clone()
            });
        }
    }
    // Whole spans inside the days; the days around them one by one.
    let span_first = if first == i64::MIN {
        i64::MIN
    } else {
        ceil_div(first, SPAN)
    };
    let span_last = if last == i64::MAX {
        i64::MAX
    } else {
        (last + 1).div_euclid(SPAN) - 1
    };
    let sums = if span_first > span_last {
        vec![(1, first, last)]
    } else {
        let mut sums = vec![(SPAN, span_first, span_last)];
        if span_first != i64::MIN && first < span_first * SPAN {
            sums.push((1, first, span_first * SPAN - 1));
        }
        if span_last != i64::MAX && last > (span_last + 1) * SPAN - 1 {
            sums.push((1, (span_last + 1) * SPAN, last));
        }
        sums
    };
    Some(CountPlan {
        sums,
        facets,
        partial,
    })
}

fn ceil_div(a: i64, b: i64) -> i64 {
    -((-a).div_euclid(b))
}

impl CountPlan {
    /// One statement adding up the counter rows, and its parameters.
    pub(crate) fn sum_sql(&self, org: i64) -> (String, Vec<Param>) {
        let p = placeholder;
        let mut params = vec![Param::Int(org)];
        let mut parts = Vec::new();
        for (kind, value) in &self.facets {
            params.extend([Param::Text((*kind).to_owned()), Param::Text(value.clone())]);
            let (k, v) = (p(params.len() - 1), p(params.len()));
            // A bucket holds a counter for every value of every kind (thousands of actors), so
            // the buckets in range are probed one by one for this value rather than scanned:
            // from the organization's first to its last bucket of that span, within the bounds.
            for (span, lo, hi) in &self.sums {
                params.extend([Param::Int(*span), Param::Int(*lo), Param::Int(*hi)]);
                let n = params.len();
                let (o, s, lo, hi) = (p(1), p(n - 2), p(n - 1), p(n));
                parts.push(format!(
                    "(with recursive r (lo, hi) as (
                         select (select min(bucket) from counts where org = {o} and span = {s}),
                                (select max(bucket) from counts where org = {o} and span = {s})
                     ), b (x) as (
                         select greatest(r.lo, {lo}) from r
                         where r.lo is not null and greatest(r.lo, {lo}) <= least(r.hi, {hi})
                         union all
                         select b.x + 1 from b, r where b.x < least(r.hi, {hi})
                     )
                     select coalesce(sum(c.n), 0) from b join counts c on c.org = {o}
                         and c.span = {s} and c.bucket = b.x and c.kind = {k} and c.value = {v})"
                ));
            }
        }
        // sum(bigint) is numeric in PostgreSQL.
        (format!("select ({})::bigint", parts.join(" + ")), params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(from: Option<i64>, to: Option<i64>) -> Filter {
        Filter {
            resource_type: Some("assistant".into()),
            from: from.map(Timestamp::from_micros),
            to: to.map(Timestamp::from_micros),
            ..Filter::default()
        }
    }

    /// Every day in `[lo, hi]` is covered exactly once by the sums.
    fn days_covered(plan: &CountPlan, lo: i64, hi: i64) -> Vec<i64> {
        let mut days = Vec::new();
        for (span, a, b) in &plan.sums {
            for bucket in (*a).max(lo.div_euclid(*span) - 1)..=(*b).min(hi.div_euclid(*span) + 1) {
                for d in bucket * span..(bucket + 1) * span {
                    days.push(d);
                }
            }
        }
        days.sort();
        days.retain(|d| (lo..=hi).contains(d));
        days
    }

    #[test]
    fn whole_days_come_from_counters_exactly_once_and_partial_days_from_rows() {
        for (from_day, to_day) in [(0, 0), (3, 40), (-70, -5), (31, 32), (-1, 64), (5, 200)] {
            let plan = count_plan(&filter(Some(from_day * DAY), Some((to_day + 1) * DAY - 1)))
                .expect("whole days are countable");
            assert!(plan.partial.is_empty());
            let covered = days_covered(&plan, from_day - 100, to_day + 100);
            assert_eq!(covered, (from_day..=to_day).collect::<Vec<_>>());
        }
        let plan = count_plan(&filter(Some(3 * DAY + 5), Some(40 * DAY + 7))).unwrap();
        assert_eq!(days_covered(&plan, -100, 200), (4..=39).collect::<Vec<_>>());
        let bounds: Vec<_> = plan
            .partial
            .iter()
            .map(|f| (f.from.map(|t| t.micros()), f.to.map(|t| t.micros())))
            .collect();
        assert_eq!(
            bounds,
            [
                (Some(3 * DAY + 5), Some(4 * DAY - 1)),
                (Some(40 * DAY), Some(40 * DAY + 7))
            ]
        );
    }

    #[test]
    fn a_range_inside_one_day_and_other_filters_are_counted_from_rows() {
        assert!(count_plan(&filter(Some(DAY + 1), Some(2 * DAY - 2))).is_none());
        let two_targets = Filter {
            target_id: Some("r".into()),
            typed_targets: vec![("assistant".into(), "a".into())],
            ..Filter::default()
        };
        assert!(count_plan(&two_targets).is_none());
        let target_and_actor = Filter {
            typed_targets: vec![("assistant".into(), "a".into())],
            user_id: Some("u".into()),
            ..Filter::default()
        };
        assert!(count_plan(&target_and_actor).is_none());
        let resource_and_actor = Filter {
            resource_id: Some("r".into()),
            user_id: Some("u".into()),
            ..Filter::default()
        };
        assert!(count_plan(&resource_and_actor).is_none());
        let user_and_action = Filter {
            user_id: Some("u".into()),
            action: Some("a".into()),
            ..Filter::default()
        };
        assert!(count_plan(&user_and_action).is_none());
        let two = Filter {
            resource_type: Some("a".into()),
            department_id: Some("d".into()),
            ..Filter::default()
        };
        assert!(count_plan(&two).is_none());
    }

    #[test]
    fn a_target_is_counted_once_per_entry_and_never_as_the_primary_resource() {
        let e: Entry = serde_json::from_value(serde_json::json!({
            "id": "log_1", "organization_id": "o", "sequence": 1,
            "timestamp": "2026-01-01T00:00:00Z", "received_at": "2026-01-01T00:00:00Z",
            "action": "updated", "event": "assistant.updated",
            "resource_type": "assistant", "resource_id": "a1", "user_id": "u",
            "actor_type": "user", "changes": [], "metadata": {},
            "targets": [
                {"type": "assistant", "id": "a1"},
                {"type": "thread", "id": "a1"},
                {"type": "workflow", "id": "w1"},
                {"type": "workflow", "id": "w1"},
            ],
        }))
        .unwrap();
        let targets: Vec<String> = as_target(&e).into_iter().collect();
        assert_eq!(targets, [" w1", "thread a1", "workflow w1"]);
        let by_id = Filter {
            target_id: Some("w1".into()),
            ..Filter::default()
        };
        let plan = count_plan(&by_id).unwrap();
        assert_eq!(plan.facets, [("i", "w1".into()), ("x", " w1".into())]);
    }

    #[test]
    fn open_ranges_sum_every_span() {
        let plan = count_plan(&filter(None, None)).unwrap();
        assert_eq!(plan.sums, [(SPAN, i64::MIN, i64::MAX)]);
        let plan = count_plan(&filter(Some(10 * DAY), None)).unwrap();
        assert_eq!(plan.sums, [(SPAN, 1, i64::MAX), (1, 10, 31)]);
    }
}
