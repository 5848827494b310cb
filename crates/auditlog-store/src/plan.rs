//! One query path for every listing, shared by both backends: the canonical [`Filter`] becomes
//! one SQL statement for the page and one for the exact total.
//!
//! When the filter names resources (`target_id`, `assistant_id`, …) the scan is driven by
//! `entry_refs`, whose key `(org, type, id, ts, seq)` yields exactly those entries already in
//! newest-first order; otherwise by the `entries` index that fits the most selective column.
//! Either way the order comes from an index, so a page never sorts the organization.

use auditlog_core::filter::Position;
use auditlog_core::Filter;

use crate::counts::count_plan;

/// A bound value.
#[derive(Debug, Clone)]
pub(crate) enum Param {
    Int(i64),
    Text(String),
}

/// The SQL flavour a statement is written in (API shapes are "dialects"; engines are SQL).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub(crate) fn placeholder(self, n: usize) -> String {
        match self {
            Engine::Sqlite => format!("?{n}"),
            Engine::Postgres => format!("${n}"),
        }
    }

    /// The full-text condition on `e`, given the placeholder of the query string.
    fn search_condition(self, p: &str) -> String {
        match self {
            Engine::Sqlite => {
                format!("e.rowid in (select rowid from entry_search where entry_search match {p})")
            }
            // Cast through text: the lexemes are taken verbatim, never re-parsed.
            Engine::Postgres => format!("e.words @@ {p}::text::tsquery"),
        }
    }

    /// Every word must prefix some indexed word of the organization; a resource type given is
    /// asked of the full-text index too (SQLite indexes an entry's type among its tokens), so
    /// the matches are those of the type alone.
    fn search_query(self, org: i64, terms: &[Term], resource_type: Option<&str>) -> String {
        let (quote, any, all, prefix) = match self {
            Engine::Sqlite => ("\"", " OR ", " AND ", "\"*"),
            Engine::Postgres => ("'", " | ", " & ", "':*"),
        };
        terms
            .iter()
            .map(|term| match &term.words {
                Some(words) if !words.is_empty() => {
                    let words: Vec<_> = words
                        .iter()
                        .map(|w| format!("{quote}{}{quote}", search_token(org, w)))
                        .collect();
                    format!("({})", words.join(any))
                }
                _ => format!("{quote}{}{prefix}", search_token(org, &term.prefix)),
            })
            .chain(resource_type.map(|t| format!("{quote}{}{quote}", type_token(org, t))))
            .collect::<Vec<_>>()
            .join(all)
    }

    /// The organization's indexed words from a search word on, in order: parameters the
    /// organization, the word and how many to read.
    pub(crate) fn vocabulary_sql(self) -> &'static str {
        match self {
            Engine::Sqlite => {
                "select word from search_words where org = ?1 and word >= ?2 order by word limit ?3"
            }
            Engine::Postgres => {
                "select word from search_words where org = $1 and word >= $2 order by word limit $3"
            }
        }
    }
}

/// Most indexed words one search word is asked for as; past that the index expands the prefix.
pub(crate) const MAX_WORDS: usize = 24;

/// A search word and the organization's words read from it on ([`Engine::vocabulary_sql`],
/// `MAX_WORDS + 1` of them): those it prefixes, unless there are too many to list.
pub(crate) fn term(prefix: &str, from_it_on: impl IntoIterator<Item = String>) -> Term {
    let words: Vec<String> = from_it_on
        .into_iter()
        .take_while(|w| w.starts_with(prefix))
        .collect();
    Term {
        prefix: prefix.to_owned(),
        words: (words.len() <= MAX_WORDS).then_some(words),
    }
}

/// Whether a search word prefixes none of the organization's words: then nothing matches.
pub(crate) fn matches_nothing(terms: &[Term]) -> bool {
    terms
        .iter()
        .any(|t| t.words.as_ref().is_some_and(Vec::is_empty))
}

/// A search word as the full-text index is asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    /// The word as asked: it matches the indexed words it prefixes.
    pub(crate) prefix: String,
    /// Those words, when listed (from `search_words`, which the writer keeps in the entries'
    /// transaction): the index answers exact terms faster than a prefix. When none are,
    /// nothing matches, and the store answers without asking the index.
    pub(crate) words: Option<Vec<String>>,
}

/// The filter's search words, asked for as prefixes.
pub(crate) fn prefixes(filter: &Filter) -> Vec<Term> {
    filter
        .search
        .iter()
        .map(|w| Term {
            prefix: w.clone(),
            words: None,
        })
        .collect()
}

/// SQL for the day of a timestamp placeholder, as `entries.day` holds it: floor(ts / 1 day).
fn day_of_sql(p: &str) -> String {
    let d = crate::counts::DAY;
    format!("(({p}) - ((({p}) % {d}) + {d}) % {d}) / {d}")
}

/// The indexed form of a search word, scoped to its organization: an organization's postings
/// form their own key range, so a prefix query in one organization never reads another's.
/// Words are alphanumeric, so the token needs no quoting in either backend.
pub(crate) fn search_token(org: i64, word: &str) -> String {
    format!("o{org}x{word}")
}

/// The full-text token of an organization's resource type (SQLite): hex, so that the tokenizer
/// keeps it whole whatever the type's characters.
pub(crate) fn type_token(org: i64, resource_type: &str) -> String {
    format!("o{org}t{}", hex::encode(resource_type))
}

pub(crate) struct Plan {
    from: String,
    /// The driving table (with the days it walks, if any): enough for a count that needs no
    /// other column.
    driver: String,
    /// Newest first, as the driving loops yield it.
    order_sql: String,
    /// When the days are walked: the last day a cursor's position allows.
    cursor_day: Option<String>,
    /// Conditions on the driving table only: enough for a count without the join.
    driver_only: bool,
    /// The page's keys are taken from `entry_refs` alone and only those entries read
    /// (PostgreSQL; see [`Plan::page_sql`]).
    keys_first: bool,
    where_sql: String,
    /// The keyset condition, whose two parameters come last.
    cursor_sql: Option<String>,
    pub(crate) params: Vec<Param>,
    /// Alias whose `ts`, `seq` give the order.
    order: &'static str,
    /// No condition but the organization.
    unfiltered: bool,
    org_placeholder: String,
    /// When the filter searches and no resource reference drives: its full-text query and the
    /// other conditions.
    matches: Option<Matches>,
}

/// The filter with a type and an action folded into the one event they make (an entry's event
/// is `<resource_type>.<action>`): its index yields exactly those entries in order, and its
/// count is kept.
pub(crate) fn folded(filter: &Filter) -> std::borrow::Cow<'_, Filter> {
    match (&filter.resource_type, &filter.action, &filter.event) {
        (Some(t), Some(a), None) => std::borrow::Cow::Owned(Filter {
            resource_type: None,
            action: None,
            event: Some(format!("{t}.{a}")),
            ..filter.clone()
        }),
        _ => std::borrow::Cow::Borrowed(filter),
    }
}

pub(crate) fn plan(engine: Engine, org: i64, filter: &Filter, after: Option<Position>) -> Plan {
    plan_searching(engine, org, filter, after, &prefixes(filter))
}

/// [`plan`] with the search words given as `terms` (in the filter's order).
pub(crate) fn plan_searching(
    engine: Engine,
    org: i64,
    filter: &Filter,
    after: Option<Position>,
    terms: &[Term],
) -> Plan {
    let filter = &*folded(filter);
    let mut conds: Vec<String> = Vec::new();
    let mut params: Vec<Param> = vec![Param::Int(org)];
    let bind = |params: &mut Vec<Param>, v: Param| {
        params.push(v);
        engine.placeholder(params.len())
    };
    let org_p = engine.placeholder(1);

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
    // On SQLite the indexes of actors, resources and references are keyed by day first (see
    // migration 0005): a listing driven by one walks the organization's days newest first.
    let by_day = engine == Engine::Sqlite
        && (driven_by_refs || filter.resource_id.is_some() || filter.user_id.is_some());
    let same_day = |alias: &str| match engine {
        Engine::Sqlite => format!(" and {alias}.day = r.day"),
        Engine::Postgres => String::new(),
    };
    conds.push(format!("{d}.org = {org_p}"));
    for (i, (kind, id)) in refs.iter().enumerate() {
        let t = bind(&mut params, Param::Text((*kind).to_owned()));
        let v = bind(&mut params, Param::Text((*id).to_owned()));
        if i == 0 {
            conds.push(format!("r.ref_type = {t} and r.ref_id = {v}"));
        } else {
            conds.push(format!(
                "exists (select 1 from entry_refs r{i} where r{i}.org = {org_p}{} and r{i}.ref_type = {t}
                 and r{i}.ref_id = {v} and r{i}.ts = r.ts and r{i}.seq = r.seq)",
                same_day(&format!("r{i}")),
            ));
        }
    }
    // The days walked: only those of the date range.
    let mut days = format!("dd.org = {org_p}");
    if let Some(from) = filter.from {
        let p = bind(&mut params, Param::Int(from.micros()));
        conds.push(format!("{d}.ts >= {p}"));
        days.push_str(&format!(" and dd.day >= {}", day_of_sql(&p)));
    }
    if let Some(to) = filter.to {
        let p = bind(&mut params, Param::Int(to.micros()));
        conds.push(format!("{d}.ts <= {p}"));
        days.push_str(&format!(" and dd.day <= {}", day_of_sql(&p)));
    }
    let driver_conds = conds.len();

    // Most selective first. SQLite keeps no statistics, so it is told which index drives: the
    // first column named; a unary `+` keeps it from using the others' indexes (walking every
    // `thread` entry to find one thread's history, say).
    let columns = [
        ("resource_id", &filter.resource_id),
        ("user_id", &filter.user_id),
        ("event", &filter.event),
        ("department_id", &filter.department_id),
        ("resource_type", &filter.resource_type),
        ("action", &filter.action),
    ];
    let mut driving = !driven_by_refs;
    for (column, value) in columns {
        if let Some(v) = value {
            let p = bind(&mut params, Param::Text(v.clone()));
            let unindexed = if engine == Engine::Sqlite && !driving {
                "+"
            } else {
                ""
            };
            conds.push(format!("{unindexed}e.{column} = {p}"));
            driving = false;
        }
    }
    // On SQLite the full-text query holds the resource type too.
    let typed_search = engine == Engine::Sqlite && filter.resource_type.is_some();
    if !filter.search.is_empty() {
        let resource_type = filter.resource_type.as_deref().filter(|_| typed_search);
        let query = engine.search_query(org, terms, resource_type);
        let p = bind(&mut params, Param::Text(query));
        conds.push(engine.search_condition(&p));
    }
    let driver_only = conds.len() == driver_conds;
    let unfiltered = conds.len() == 1;
    // The search condition comes last; a unary `+` keeps every other condition off its index.
    let matches = match (filter.search.is_empty(), params.last(), conds.split_last()) {
        (false, Some(query), Some((_, others))) if !driven_by_refs => Some(Matches {
            query: query.clone(),
            at: params.len(),
            only: others.len() == 1 + usize::from(typed_search),
            others_sql: others
                .iter()
                .map(|c| match c.starts_with('+') {
                    true => c.clone(),
                    false => format!("+{c}"),
                })
                .collect::<Vec<_>>()
                .join(" and "),
        }),
        _ => None,
    };

    let mut cursor_day = None;
    let cursor_sql = after.map(|pos| {
        let ts = bind(&mut params, Param::Int(pos.timestamp.micros()));
        let seq = bind(&mut params, Param::Int(pos.sequence as i64));
        cursor_day = by_day.then(|| format!(" and dd.day <= {}", day_of_sql(&ts)));
        // PostgreSQL prunes partitions by `ts` alone, never by a row comparison: without the
        // redundant bound a page deep in the past planned and opened every later month's
        // partition too (8.4 ms planning against 0.5 for 16 partitions).
        let prune = match engine {
            Engine::Postgres => format!(" and {d}.ts <= {ts}"),
            Engine::Sqlite => String::new(),
        };
        format!(" and ({d}.ts, {d}.seq) < ({ts}, {seq}){prune}")
    });

    // `cross join` keeps the days the outer loop, so the order comes from the loops' nesting.
    let driver = match (driven_by_refs, by_day) {
        (true, true) => {
            format!("org_days dd cross join entry_refs r on r.org = dd.org and r.day = dd.day and {days}")
        }
        (true, false) => "entry_refs r".to_owned(),
        (false, true) => {
            format!(
                "org_days dd cross join entries e on e.org = dd.org and e.day = dd.day and {days}"
            )
        }
        (false, false) => "entries e".to_owned(),
    };
    let from = if driven_by_refs {
        format!("{driver} join entries e on e.org = r.org and e.ts = r.ts and e.seq = r.seq")
    } else {
        driver.clone()
    };
    let day_order = if by_day { "dd.day desc, " } else { "" };
    Plan {
        from,
        driver,
        order_sql: format!("{day_order}{d}.ts desc, {d}.seq desc"),
        cursor_day,
        driver_only,
        keys_first: engine == Engine::Postgres && driven_by_refs && driver_only,
        where_sql: conds.join(" and "),
        cursor_sql,
        params,
        order: d,
        unfiltered,
        org_placeholder: org_p,
        matches,
    }
}

/// A search's full-text query and the listing's other conditions.
#[derive(Clone)]
pub(crate) struct Matches {
    pub(crate) query: Param,
    /// The query's parameter number: the last before the cursor's.
    pub(crate) at: usize,
    /// No condition but the organization and the search: the indexed words are scoped to the
    /// organization, so the full-text matches are exactly the matching entries.
    pub(crate) only: bool,
    /// Every other condition, each kept off its index.
    others_sql: String,
}

impl Matches {
    /// The keys of the matches that meet every other condition, driven by the matches (their
    /// rowids bound as an array at the query's parameter): one lookup per match, no index of
    /// the organization walked. Takes the parameters before the cursor's. SQLite only.
    pub(crate) fn keys_sql(&self) -> String {
        format!(
            "select e.rowid, e.ts, e.seq from rarray({}) m cross join entries e
             on e.rowid = m.value where {}",
            Engine::Sqlite.placeholder(self.at),
            self.others_sql,
        )
    }
}

impl Plan {
    /// Fetches one row more than `limit`, which tells whether there is more.
    ///
    /// PostgreSQL keeps no useful estimate of how many entries name one resource (a busy
    /// assistant's 6,700 references were estimated at 200), so for a listing by references
    /// alone it read every one's entry and sorted them (66 ms p50 at 1 M entries); the page's
    /// keys are therefore taken from `entry_refs` first, whose index also yields the order.
    pub(crate) fn page_sql(&self, limit: u32, offset: u64) -> String {
        self.page_sql_of(&(limit as u64 + 1).to_string(), &offset.to_string())
    }

    /// [`Plan::page_sql`] with the row limit (one more than the page's) and the offset as the
    /// two parameters after the plan's own, so that every page of a listing is one statement:
    /// numbers in the text made a statement per offset, and PostgreSQL's prepared statements
    /// are cached per connection without bound.
    pub(crate) fn page_sql_bound(&self, engine: Engine) -> String {
        let n = self.params.len();
        self.page_sql_of(&engine.placeholder(n + 1), &engine.placeholder(n + 2))
    }

    fn page_sql_of(&self, limit: &str, offset: &str) -> String {
        if self.keys_first {
            return format!(
                "select e.body, e.hash from (select r.org, r.ts, r.seq from {} where {}{}
                 order by {} limit {limit} offset {offset}) k
                 join entries e on e.org = k.org and e.ts = k.ts and e.seq = k.seq
                 order by k.ts desc, k.seq desc",
                self.driver,
                self.where_sql,
                self.cursor_sql.as_deref().unwrap_or(""),
                self.order_sql,
            );
        }
        format!(
            "select e.body, e.hash from {} where {}{}{} order by {} limit {limit} offset {offset}",
            self.from,
            self.where_sql,
            self.cursor_day.as_deref().unwrap_or(""),
            self.cursor_sql.as_deref().unwrap_or(""),
            self.order_sql,
        )
    }

    /// The full-text search of a listing not driven by resource references.
    pub(crate) fn search(&self) -> Option<&Matches> {
        self.matches.as_ref()
    }

    /// This plan with its full-text condition checked against matches read beforehand: the
    /// search's parameter becomes their rowids, ascending, as a blob of little-endian `i64`s,
    /// and `matched(rowid, blob)` (see `sqlite::query::register`) looks each entry up in it.
    /// SQLite only.
    pub(crate) fn matched(mut self) -> Plan {
        if let Some(m) = &self.matches {
            let p = Engine::Sqlite.placeholder(m.at);
            let fts = Engine::Sqlite.search_condition(&p);
            self.where_sql = self
                .where_sql
                .replace(&fts, &format!("matched(e.rowid, {p})"));
        }
        self
    }

    /// How many parameters the conditions take without the cursor's two, which come last.
    fn uncursored_params(&self) -> usize {
        self.params.len() - if self.cursor_sql.is_some() { 2 } else { 0 }
    }

    /// Matching entries after a sequence (bound as the next parameter), in sequence order.
    pub(crate) fn sequence_sql(&self, engine: Engine, limit: u32) -> String {
        let after = engine.placeholder(self.params.len() + 1);
        format!(
            "select e.body, e.hash from {} where {} and {o}.seq > {after} order by {o}.seq limit {limit}",
            self.from,
            self.where_sql,
            o = self.order,
        )
    }

    /// The total ignores the cursor; returns the statement and how many parameters it takes.
    /// Without any filter the total is the size of the organization's Merkle tree, which the
    /// writer keeps in the same transaction as the entries: one row read instead of a count.
    pub(crate) fn count_sql(&self) -> (String, usize) {
        if self.unfiltered {
            let org = &self.org_placeholder;
            return (
                format!("select coalesce((select size from trees where org = {org}), 0)"),
                1,
            );
        }
        let n = self.uncursored_params();
        let from = if self.driver_only && self.order == "r" {
            self.driver.as_str()
        } else {
            self.from.as_str()
        };
        (
            format!("select count(*) from {from} where {}", self.where_sql),
            n,
        )
    }
}

/// The statements whose results add up to the exact total of `filter`, whose page `whole` is
/// (its cursor plays no part): the tree's size, or the kept counters plus partial days, or a
/// count of the rows.
pub(crate) fn count_statements(
    engine: Engine,
    org: i64,
    filter: &Filter,
    whole: &Plan,
) -> Vec<(String, Vec<Param>)> {
    let counted = |p: &Plan| {
        let (sql, n) = p.count_sql();
        (sql, p.params[..n].to_vec())
    };
    if whole.unfiltered {
        return vec![counted(whole)];
    }
    match count_plan(filter) {
        Some(c) => std::iter::once(c.sum_sql(engine, org))
            .chain(
                c.partial
                    .iter()
                    .map(|f| counted(&plan(engine, org, f, None))),
            )
            .collect(),
        None => vec![counted(whole)],
    }
}
