//! Runs the shared listing plan on SQLite.

use rusqlite::types::Value;
use rusqlite::Connection;

use auditlog_core::{Filter, PageRequest};

use super::row_to_entry;
use crate::plan::{
    count_statements, matches_nothing, plan_searching, term, Dialect, Param, Term, MAX_WORDS,
};
use crate::{Page, Result};

pub(crate) fn values(params: &[Param]) -> Vec<Value> {
    params
        .iter()
        .map(|p| match p {
            Param::Int(i) => Value::Integer(*i),
            Param::Text(s) => Value::Text(s.clone()),
        })
        .collect()
}

/// Up to this many full-text matches, reading and sorting them is cheaper than walking an
/// index of the organization's entries until a page of them turns up.
const FEW_MATCHES: i64 = 2000;

/// Each search word with the organization's indexed words it prefixes.
pub(crate) fn expand(c: &Connection, org: i64, search: &[String]) -> Result<Vec<Term>> {
    if search.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = c.prepare_cached(Dialect::Sqlite.vocabulary_sql())?;
    search
        .iter()
        .map(|prefix| {
            let limit = MAX_WORDS as i64 + 1;
            let words = stmt
                .query_map(rusqlite::params![org, prefix, limit], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(term(prefix, words))
        })
        .collect()
}

pub(crate) fn list(c: &Connection, org: i64, filter: &Filter, page: PageRequest) -> Result<Page> {
    let (after, offset, limit) = match page {
        PageRequest::Offset { offset, limit } => (None, offset, limit),
        PageRequest::After { after, limit } => (Some(after), 0, limit),
    };
    let terms = expand(c, org, &filter.search)?;
    if matches_nothing(&terms) {
        return Ok(Page {
            entries: Vec::new(),
            total: 0,
            has_more: false,
        });
    }
    let plan = plan_searching(Dialect::Sqlite, org, filter, after, &terms);
    let params = values(&plan.params);
    // A search counts its matches in the full-text index first (the words are scoped to the
    // organization): a search alone has its total right there, and a few matches drive the
    // page and the count rather than an index of the organization's entries.
    let matches = match plan.search() {
        Some((query, only)) => {
            let n = c
                .prepare_cached("select count(*) from entry_search where entry_search match ?1")?
                .query_row(
                    rusqlite::params_from_iter(values(std::slice::from_ref(query))),
                    |r| r.get::<_, i64>(0),
                )?;
            Some((n, only))
        }
        None => None,
    };
    let few = matches.is_some_and(|(n, _)| n <= FEW_MATCHES);
    let page_sql = if few {
        plan.page_from_matches_sql(limit, offset)
    } else {
        plan.page_sql(limit, offset)
    };
    let mut stmt = c.prepare_cached(&page_sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut entries = Vec::with_capacity(limit as usize + 1);
    for row in rows {
        let (body, hash) = row?;
        entries.push(row_to_entry(&body, &hash)?);
    }
    let has_more = entries.len() > limit as usize;
    entries.truncate(limit as usize);

    let counts = match matches {
        Some((n, true)) => {
            return Ok(Page {
                entries,
                total: n as u64,
                has_more,
            })
        }
        Some((_, false)) if few => {
            let (sql, n) = plan.count_from_matches_sql();
            vec![(sql, plan.params[..n].to_vec())]
        }
        _ => count_statements(Dialect::Sqlite, org, filter, &plan),
    };
    let mut total = 0i64;
    for (sql, params) in counts {
        total += c
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(values(&params)), |r| {
                r.get::<_, i64>(0)
            })?;
    }
    Ok(Page {
        entries,
        total: total as u64,
        has_more,
    })
}

/// `EXPLAIN QUERY PLAN` of the page and count statements, for tests and notes.
pub(crate) fn explain(c: &Connection, org: i64, filter: &Filter) -> Result<Vec<String>> {
    let terms = expand(c, org, &filter.search)?;
    let plan = plan_searching(Dialect::Sqlite, org, filter, None, &terms);
    let mut out = Vec::new();
    let statements = std::iter::once((plan.page_sql(50, 0), plan.params.clone()))
        .chain(count_statements(Dialect::Sqlite, org, filter, &plan));
    for (sql, params) in statements {
        let mut stmt = c.prepare(&format!("explain query plan {sql}"))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values(&params)), |r| {
            r.get::<_, String>(3)
        })?;
        out.push(rows.collect::<rusqlite::Result<Vec<_>>>()?.join(" | "));
    }
    Ok(out)
}
