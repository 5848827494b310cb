-- Postings, as on SQLite (migration 0012 there): for every term of an organization's entries
-- (a filterable value, a search word, a day; see postings::Term::key) the set of sequences
-- holding it, stored by segment, a run of consecutive sequences. Keyed by organization first,
-- so they distribute with the entries. Values compare as bytes ("C"), so that a word's prefix
-- and a range of days are ranges of keys.
create table if not exists segments (
    org bigint not null,
    id bigint not null,
    first bigint not null,
    last bigint not null,
    level integer not null,
    primary key (org, id)
);

create table if not exists segment_terms (
    org bigint not null,
    segment bigint not null,
    kind smallint not null,
    value text collate "C" not null,
    bits bytea not null,
    primary key (org, segment, kind, value)
);

create table if not exists segment_times (
    org bigint not null,
    segment bigint not null,
    times bytea not null,
    primary key (org, segment)
);
