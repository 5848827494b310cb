-- Pruned entries whose rows still hold their content: a pruning step only marks entries
-- pruned (`sequences`, which every read leaves out) and adds them here; the content goes
-- afterwards, with its month's whole partition when every entry of that month is pruned, or row
-- by row when the month keeps entries (see postgres/months.rs). Null is none.
alter table pruned add column if not exists awaiting bytea;
