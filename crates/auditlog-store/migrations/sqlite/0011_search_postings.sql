-- The full-text index's postings table, for `verify --database`. Migration 0010 gained it after
-- it had shipped, so a store that applied the first 0010 lacks it; a store that has it keeps it.
create virtual table if not exists entry_search_postings using fts5vocab(entry_search, instance);
