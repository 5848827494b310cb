-- A segment's sets are stored in blocks of consecutive terms of one kind (postings::blocks), a
-- row each keyed by the block's first value and naming its last (before the terms, so that a
-- block is passed over without reading them), instead of a row per term: most terms hold one
-- or two sequences, and a row apiece made writing them most of an entry's cost. The segments
-- are emptied here; the next start indexes every entry into the new form (the entries are the
-- truth, and nothing else reads the segments).
create table if not exists segment_blocks (
    org integer not null,
    segment integer not null,
    kind integer not null,
    first text not null,
    last text not null,
    terms blob not null,
    primary key (org, segment, kind, first)
) without rowid;

delete from segment_times;
delete from segments;
drop table if exists segment_terms;
