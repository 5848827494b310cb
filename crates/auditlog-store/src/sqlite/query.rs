//! Runs the shared listing plan on SQLite.

use std::rc::Rc;

use rusqlite::functions::FunctionFlags;
use rusqlite::types::{ToSql, Value};
use rusqlite::vtab::array::Array;
use rusqlite::Connection;

use auditlog_core::{Filter, PageRequest};

use super::row_to_entry;
use crate::plan::{
    count_statements, matches_nothing, plan_searching, term, Engine, Matches, Param, Plan, Term,
    MAX_WORDS,
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

/// Up to this many full-text matches, looking each up is cheaper than walking an index of the
/// organization's entries until a page of them turns up.
const FEW_MATCHES: usize = 2000;

/// Most full-text matches read into memory for one request (8 bytes each) unless the store is
/// told otherwise; a search matching more asks the full-text index in each statement instead.
pub(crate) const MAX_MATCHES: usize = 250_000;

/// Each search word with the organization's indexed words it prefixes.
pub(crate) fn expand(c: &Connection, org: i64, search: &[String]) -> Result<Vec<Term>> {
    if search.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = c.prepare_cached(Engine::Sqlite.vocabulary_sql())?;
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

/// The reader's `matched(rowid, rowids)`: whether `rowid` is among `rowids`, ascending
/// little-endian `i64`s in a blob, searched where SQLite holds the bound value; and the
/// `rarray` table of a bound array.
pub(crate) fn register(c: &Connection) -> Result<()> {
    rusqlite::vtab::array::load_module(c)?;
    c.create_scalar_function(
        "matched",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let rowid = ctx.get::<i64>(0)?;
            let sorted = ctx
                .get_raw(1)
                .as_blob()
                .map_err(|e| rusqlite::Error::UserFunctionError(e.into()))?;
            Ok(contains(sorted, rowid))
        },
    )?;
    Ok(())
}

/// Binary search of ascending little-endian `i64`s.
fn contains(sorted: &[u8], rowid: i64) -> bool {
    let at = |i: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&sorted[i * 8..i * 8 + 8]);
        i64::from_le_bytes(b)
    };
    let (mut lo, mut hi) = (0, sorted.len() / 8);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match at(mid).cmp(&rowid) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The rowids of the full-text matches, ascending, unless there are more than `max`.
fn read_matches(c: &Connection, query: &Param, max: usize) -> Result<Option<Vec<i64>>> {
    let mut stmt =
        c.prepare_cached("select rowid from entry_search where entry_search match ?1")?;
    let mut rows = stmt.query(rusqlite::params_from_iter(values(std::slice::from_ref(
        query,
    ))))?;
    let mut rowids = Vec::new();
    while let Some(row) = rows.next()? {
        if rowids.len() == max {
            return Ok(None);
        }
        rowids.push(row.get(0)?);
    }
    rowids.sort_unstable();
    Ok(Some(rowids))
}

/// Runs statements whose results add up to a total.
fn total(c: &Connection, statements: Vec<(String, Vec<Param>)>) -> Result<u64> {
    let mut total = 0i64;
    for (sql, params) in statements {
        total += c
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(values(&params)), |r| {
                r.get::<_, i64>(0)
            })?;
    }
    Ok(total as u64)
}

/// The page's entries from rows of `body, hash`, at most one more than `limit`, and whether
/// there is more.
fn page_rows(
    rows: impl Iterator<Item = rusqlite::Result<(String, Vec<u8>)>>,
    limit: u32,
) -> Result<(Vec<auditlog_core::Entry>, bool)> {
    let mut entries = Vec::with_capacity(limit as usize + 1);
    for row in rows {
        let (body, hash) = row?;
        entries.push(row_to_entry(&body, &hash)?);
    }
    let has_more = entries.len() > limit as usize;
    entries.truncate(limit as usize);
    Ok((entries, has_more))
}

fn body_hash(r: &rusqlite::Row) -> rusqlite::Result<(String, Vec<u8>)> {
    Ok((r.get(0)?, r.get(1)?))
}

pub(crate) fn list(
    c: &Connection,
    org: i64,
    filter: &Filter,
    page: PageRequest,
    max_matches: usize,
) -> Result<Page> {
    let (after, offset, limit) = match page {
        PageRequest::Offset { offset, limit } => (None, offset, limit),
        PageRequest::After { after, limit } => (Some(after), 0, limit),
    };
    let terms = expand(c, org, &filter.search)?;
    if matches_nothing(&terms) {
        return Ok(Page::default());
    }
    let plan = plan_searching(Engine::Sqlite, org, filter, after, &terms);
    // A search reads its matches from the full-text index once (the words are scoped to the
    // organization, so they are the organization's matching entries): their number is a
    // search's total, and the page and any other count check entries against them.
    if let Some(search) = plan.search().cloned() {
        if let Some(rowids) = read_matches(c, &search.query, max_matches)? {
            let window = Window {
                after: after.map(|p| (p.timestamp.micros(), p.sequence as i64)),
                offset,
                limit,
            };
            return list_matched(c, plan.matched(), &search, &rowids, window);
        }
    }
    let params = values(&plan.params);
    let mut stmt = c.prepare_cached(&plan.page_sql(limit, offset))?;
    let (entries, has_more) = page_rows(
        stmt.query_map(rusqlite::params_from_iter(params.iter()), body_hash)?,
        limit,
    )?;
    let total = match plan.search() {
        // Too many matches to hold: counted in the full-text index.
        Some(search) if search.only => c
            .prepare_cached("select count(*) from entry_search where entry_search match ?1")?
            .query_row(
                rusqlite::params_from_iter(values(std::slice::from_ref(&search.query))),
                |r| r.get::<_, i64>(0),
            )? as u64,
        _ => total(c, count_statements(Engine::Sqlite, org, filter, &plan))?,
    };
    Ok(Page {
        entries,
        total,
        has_more,
    })
}

/// Which rows of a listing a page shows.
struct Window {
    /// The cursor's `(ts, seq)`: rows before it, newest first.
    after: Option<(i64, i64)>,
    offset: u64,
    limit: u32,
}

/// A search's page and total with its matches read (`rowids`, ascending). A few matches drive:
/// each is looked up once, and the keys that meet the other conditions give both the total and
/// the page. Otherwise an index drives, checking each entry against the matches: the page until
/// it has its rows, the total (unless the matches are it) over the other conditions' entries.
/// Looking entries up one by one reads the table's scattered pages, often from disk in a large
/// store; an index's entries lie together.
fn list_matched(
    c: &Connection,
    plan: Plan,
    search: &Matches,
    rowids: &[i64],
    window: Window,
) -> Result<Page> {
    let (at, only) = (search.at, search.only);
    let n = rowids.len();
    if n <= FEW_MATCHES {
        return page_of_matches(c, &plan.params, search, rowids, window);
    }
    let blob: Vec<u8> = rowids.iter().flat_map(|r| r.to_le_bytes()).collect();
    let mut params = values(&plan.params);
    params[at - 1] = Value::Blob(blob);
    let mut stmt = c.prepare_cached(&plan.page_sql(window.limit, window.offset))?;
    let (entries, has_more) = page_rows(
        stmt.query_map(rusqlite::params_from_iter(params.iter()), body_hash)?,
        window.limit,
    )?;
    let total = if only {
        n as u64
    } else {
        let (sql, k) = plan.count_sql();
        c.prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(params[..k].iter()), |r| {
                r.get::<_, i64>(0)
            })? as u64
    };
    Ok(Page {
        entries,
        total,
        has_more,
    })
}

/// Every match looked up once: the keys of those meeting the other conditions are the total,
/// and the window's newest of them the page.
fn page_of_matches(
    c: &Connection,
    params: &[Param],
    search: &Matches,
    rowids: &[i64],
    window: Window,
) -> Result<Page> {
    // The query's parameter is the last before the cursor's, which the window applies here.
    let params = values(&params[..search.at]);
    let array: Array = Rc::new(rowids.iter().copied().map(Value::Integer).collect());
    let mut binds: Vec<&dyn ToSql> = params.iter().map(|v| v as &dyn ToSql).collect();
    binds[search.at - 1] = &array;
    let mut keys = c
        .prepare_cached(&search.keys_sql())?
        .query_map(binds.as_slice(), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<(i64, i64, i64)>>>()?;
    let total = keys.len() as u64;
    if let Some(before) = window.after {
        keys.retain(|&(_, ts, seq)| (ts, seq) < before);
    }
    // Newest first; only the window's rows need sorting.
    let newest_first = |a: &(i64, i64, i64), b: &(i64, i64, i64)| (b.1, b.2).cmp(&(a.1, a.2));
    let wanted = (window.offset as usize).saturating_add(window.limit as usize + 1);
    if keys.len() > wanted {
        keys.select_nth_unstable_by(wanted - 1, newest_first);
        keys.truncate(wanted);
    }
    keys.sort_unstable_by(newest_first);
    let mut body = c.prepare_cached("select body, hash from entries where rowid = ?1")?;
    let rows = keys
        .iter()
        .skip(window.offset as usize)
        .map(|&(rowid, _, _)| body.query_row([rowid], body_hash));
    let (entries, has_more) = page_rows(rows, window.limit)?;
    Ok(Page {
        entries,
        total,
        has_more,
    })
}

/// `EXPLAIN QUERY PLAN` of the page and count statements, for tests and notes; a search's as
/// they run once its matches are read, when more than a few.
pub(crate) fn explain(c: &Connection, org: i64, filter: &Filter) -> Result<Vec<String>> {
    let terms = expand(c, org, &filter.search)?;
    let plan = plan_searching(Engine::Sqlite, org, filter, None, &terms);
    let statements: Vec<(String, Vec<Value>)> = match plan.search().cloned() {
        Some(search) => {
            let plan = plan.matched();
            let mut params = values(&plan.params);
            params[search.at - 1] = Value::Blob(Vec::new());
            let mut statements = vec![(plan.page_sql(50, 0), params.clone())];
            if !search.only {
                let (sql, k) = plan.count_sql();
                statements.push((sql, params[..k].to_vec()));
            }
            statements
        }
        None => std::iter::once((plan.page_sql(50, 0), plan.params.clone()))
            .chain(count_statements(Engine::Sqlite, org, filter, &plan))
            .map(|(sql, params)| (sql, values(&params)))
            .collect(),
    };
    let mut out = Vec::new();
    for (sql, params) in statements {
        let mut stmt = c.prepare(&format!("explain query plan {sql}"))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
            r.get::<_, String>(3)
        })?;
        out.push(rows.collect::<rusqlite::Result<Vec<_>>>()?.join(" | "));
    }
    Ok(out)
}
