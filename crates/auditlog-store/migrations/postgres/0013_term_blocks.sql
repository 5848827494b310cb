-- A segment's sets are stored in blocks of consecutive terms of one kind (postings::blocks), a
-- row each keyed by the block's first value and naming its last (before the terms, so that
-- a block is passed over without reading them), instead of a row per term, as on SQLite (0016
-- there). The segments are emptied here; the servers seal every entry into the new form again
-- as they start and write (the entries are the truth). Values compare as bytes ("C"), as the
-- blocks' terms are ordered.
create table if not exists segment_blocks (
    org bigint not null,
    segment bigint not null,
    kind smallint not null,
    first text collate "C" not null,
    last text collate "C" not null,
    terms bytea not null,
    primary key (org, segment, kind, first)
);

delete from segment_times;
delete from segments;
drop table if exists segment_terms;
