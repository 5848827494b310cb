//! One query path for every listing: the canonical [`Filter`] becomes one SQL statement for the
//! page and one for the exact total.
//!
//! When the filter names resources (`target_id`, `assistant_id`, …) the scan is driven by
//! `entry_refs`, whose key `(org, type, id, ts, seq)` yields exactly those entries already in
//! newest-first order; otherwise by the `entries` index that fits the most selective column.
//! Either way the order comes from an index, so a page never sorts the organization.

use rusqlite::types::Value;
use rusqlite::Connection;

use auditlog_core::filter::Position;
use auditlog_core::{Filter, PageRequest};

use super::{row_to_entry, search_token};
use crate::{Page, Result};

pub(crate) struct Plan {
    from: String,
    /// Conditions on the driving table only: enough for a count without the join.
    driver_only: bool,
    where_sql: String,
    /// The keyset condition, whose two parameters come last.
    cursor_sql: Option<String>,
    params: Vec<Value>,
    /// Alias whose `ts`, `seq` give the order.
    order: &'static str,
}

pub(crate) fn plan(org: i64, filter: &Filter, after: Option<Position>) -> Plan {
    let mut conds: Vec<String> = Vec::new();
    let mut params: Vec<Value> = vec![Value::Integer(org)];
    let bind = |params: &mut Vec<Value>, v: Value| {
        params.push(v);
        format!("?{}", params.len())
    };

    // Resource references: the first drives, the rest are checked per row.
    let mut refs: Vec<(&str, &str)> = filter
        .typed_targets
        .iter()
        .map(|(t, id)| (t.as_str(), id.as_str()))
        .collect();
    if let Some(id) = &filter.target_id {
        refs.push(("", id.as_str()));
    }
    let driven_by_refs = !refs.is_empty();
    let d = if driven_by_refs { "r" } else { "e" };
    conds.push(format!("{d}.org = ?1"));
    for (i, (kind, id)) in refs.iter().enumerate() {
        let t = bind(&mut params, Value::Text((*kind).to_owned()));
        let v = bind(&mut params, Value::Text((*id).to_owned()));
        if i == 0 {
            conds.push(format!("r.ref_type = {t} and r.ref_id = {v}"));
        } else {
            conds.push(format!(
                "exists (select 1 from entry_refs r{i} where r{i}.org = ?1 and r{i}.ref_type = {t}
                 and r{i}.ref_id = {v} and r{i}.ts = r.ts and r{i}.seq = r.seq)"
            ));
        }
    }
    if let Some(from) = filter.from {
        let p = bind(&mut params, Value::Integer(from.micros()));
        conds.push(format!("{d}.ts >= {p}"));
    }
    if let Some(to) = filter.to {
        let p = bind(&mut params, Value::Integer(to.micros()));
        conds.push(format!("{d}.ts <= {p}"));
    }
    let driver_conds = conds.len();

    let columns = [
        ("resource_type", &filter.resource_type),
        ("resource_id", &filter.resource_id),
        ("action", &filter.action),
        ("event", &filter.event),
        ("user_id", &filter.user_id),
        ("department_id", &filter.department_id),
    ];
    for (column, value) in columns {
        if let Some(v) = value {
            let p = bind(&mut params, Value::Text(v.clone()));
            conds.push(format!("e.{column} = {p}"));
        }
    }
    if !filter.search.is_empty() {
        let query = filter
            .search
            .iter()
            .map(|w| format!("\"{}\"*", search_token(org, w)))
            .collect::<Vec<_>>()
            .join(" ");
        let p = bind(&mut params, Value::Text(query));
        conds.push(format!(
            "e.rowid in (select rowid from entry_search where entry_search match {p})"
        ));
    }
    let driver_only = conds.len() == driver_conds;

    let cursor_sql = after.map(|pos| {
        let ts = bind(&mut params, Value::Integer(pos.timestamp.micros()));
        let seq = bind(&mut params, Value::Integer(pos.sequence as i64));
        format!(" and ({d}.ts, {d}.seq) < ({ts}, {seq})")
    });

    let from = if driven_by_refs {
        "entry_refs r join entries e on e.org = r.org and e.seq = r.seq".to_owned()
    } else {
        "entries e".to_owned()
    };
    Plan {
        from,
        driver_only,
        where_sql: conds.join(" and "),
        cursor_sql,
        params,
        order: d,
    }
}

impl Plan {
    pub(crate) fn page_sql(&self, limit: u32, offset: u64) -> String {
        format!(
            "select e.body, e.hash from {} where {}{} order by {o}.ts desc, {o}.seq desc limit {} offset {}",
            self.from,
            self.where_sql,
            self.cursor_sql.as_deref().unwrap_or(""),
            limit as u64 + 1,
            offset,
            o = self.order,
        )
    }

    /// The total ignores the cursor; returns the statement and how many parameters it takes.
    pub(crate) fn count_sql(&self) -> (String, usize) {
        let n = self.params.len() - if self.cursor_sql.is_some() { 2 } else { 0 };
        let from = if self.driver_only && self.order == "r" {
            "entry_refs r"
        } else {
            self.from.as_str()
        };
        (
            format!("select count(*) from {from} where {}", self.where_sql),
            n,
        )
    }
}

pub(crate) fn list(c: &Connection, org: i64, filter: &Filter, page: PageRequest) -> Result<Page> {
    let (after, offset, limit) = match page {
        PageRequest::Offset { offset, limit } => (None, offset, limit),
        PageRequest::After { after, limit } => (Some(after), 0, limit),
    };
    let plan = plan(org, filter, after);
    let mut stmt = c.prepare_cached(&plan.page_sql(limit, offset))?;
    let rows = stmt.query_map(rusqlite::params_from_iter(plan.params.iter()), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut entries = Vec::with_capacity(limit as usize + 1);
    for row in rows {
        let (body, hash) = row?;
        entries.push(row_to_entry(&body, &hash)?);
    }
    let has_more = entries.len() > limit as usize;
    entries.truncate(limit as usize);

    let (count_sql, n) = plan.count_sql();
    let total: i64 = c
        .prepare_cached(&count_sql)?
        .query_row(rusqlite::params_from_iter(plan.params[..n].iter()), |r| {
            r.get(0)
        })?;
    Ok(Page {
        entries,
        total: total as u64,
        has_more,
    })
}

/// `EXPLAIN QUERY PLAN` of the page and count statements, for tests and notes.
pub(crate) fn explain(c: &Connection, org: i64, filter: &Filter) -> Result<Vec<String>> {
    let plan = plan(org, filter, None);
    let mut out = Vec::new();
    for sql in [plan.page_sql(50, 0), plan.count_sql().0] {
        let mut stmt = c.prepare(&format!("explain query plan {sql}"))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(plan.params.iter()), |r| {
            r.get::<_, String>(3)
        })?;
        out.push(rows.collect::<rusqlite::Result<Vec<_>>>()?.join(" | "));
    }
    Ok(out)
}
