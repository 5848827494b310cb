//! A facet: how many of a filter's entries hold each value of a field.

use std::collections::BTreeMap;

use auditlog_core::Filter;

use super::query::matching;
use super::{Source, Term};
use crate::{FacetField, Result};

/// How many of the entries matching `filter` hold each value of `field`, most first (then by
/// value): a facet's exact counts, the values none of them hold left out.
pub fn facet(src: &impl Source, filter: &Filter, field: FacetField) -> Result<Vec<(String, u64)>> {
    let (kind, any_type) = match field {
        FacetField::ResourceType => (Term::Type(String::new()).kind(), false),
        FacetField::Action => (Term::Action(String::new()).kind(), false),
        FacetField::Event => (Term::Event(String::new()).kind(), false),
        FacetField::UserId => (Term::User(String::new()).kind(), false),
        FacetField::DepartmentId => (Term::Department(String::new()).kind(), false),
        FacetField::ResourceId => (Term::Resource(String::new()).kind(), false),
        FacetField::TargetId => (Term::Ref(String::new(), String::new()).kind(), true),
    };
    let counts = value_counts(src, filter, kind)?;
    let mut out: Vec<(String, u64)> = if any_type {
        // A reference of any type is stored as `:{id}` (`Term::Ref("", id)`).
        counts
            .into_iter()
            .filter_map(|(v, n)| Some((v.strip_prefix(':')?.to_owned(), n)))
            .collect()
    } else {
        counts.into_iter().collect()
    };
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(out)
}

fn value_counts(src: &impl Source, filter: &Filter, kind: u8) -> Result<BTreeMap<String, u64>> {
    let within = matching(src, filter)?;
    if within.is_empty() {
        return Ok(BTreeMap::new());
    }
    src.value_counts(kind, &within)
}
