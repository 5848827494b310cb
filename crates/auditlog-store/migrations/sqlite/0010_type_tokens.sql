-- Every entry's resource type joins its indexed tokens, as `o<org ordinal>t<hex of the type>`,
-- so that a search with a type is one intersection in the full-text index (it walked the
-- type's index entries checking each against the matches: 229 ms for a type of 387 k entries
-- at 10 M). A second document under a rowid adds its tokens to the first's in a contentless
-- index. Rowids in order: the index appends.
insert into entry_search (rowid, words)
select rowid, 'o' || org || 't' || lower(hex(resource_type)) from entries order by rowid;

-- The index's postings, one row per (term, entry rowid), for `verify --database`
-- (`Store::search_index`); a vocabulary table reads the index and stores nothing.
create virtual table if not exists entry_search_postings using fts5vocab(entry_search, instance);
