-- PostgreSQL lists, counts and searches from its postings (0009), as SQLite does since its
-- 0013: the indexes, references, full-text column, vocabulary and counters of the SQL listing
-- go, and with them most of what an entry cost to write and to keep. The entries keep their
-- order (entries_by_seq), their ids (entries_by_id) and their idempotency keys.
drop index if exists entries_by_resource_type;
drop index if exists entries_by_resource_id;
drop index if exists entries_by_action;
drop index if exists entries_by_event;
drop index if exists entries_by_user;
drop index if exists entries_by_department;
drop index if exists entries_by_words;
alter table entries drop column if exists words;
drop table if exists entry_refs;
drop table if exists counts;
drop table if exists search_words;
