-- SQLite lists, counts and searches from the postings (0012), which every store has once it
-- opened after 0012: the indexes and tables of the SQL listing go, and with them most of what
-- an entry cost to write and to keep. The entries keep their order (entries_by_seq), their ids
-- (entries_by_id) and their idempotency keys.
drop index if exists entries_by_time;
drop index if exists entries_by_resource_type;
drop index if exists entries_by_resource_id;
drop index if exists entries_by_action;
drop index if exists entries_by_event;
drop index if exists entries_by_user;
drop index if exists entries_by_department;
drop table if exists entry_refs;
drop table if exists entry_search_postings;
drop table if exists entry_search;
drop table if exists search_words;
drop table if exists counts;
drop table if exists org_days;
