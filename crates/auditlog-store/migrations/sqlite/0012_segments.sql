-- Postings: for every term of an organization's entries (a filterable value, a search word, a
-- day; see postings::Term::key), the set of sequences holding it, stored by segment: a run of
-- consecutive sequences written together, merged with its neighbours as the log grows. Keyed by
-- segment first, so a new segment's rows are written together at the end of the organization's
-- range instead of into every term's. The entries stay the truth: all of this is derived from
-- them, and rebuilt from them where it is missing.
create table if not exists segments (
    org integer not null,
    id integer not null,
    first integer not null,
    last integer not null,
    level integer not null,
    primary key (org, id)
) without rowid;

create table if not exists segment_terms (
    org integer not null,
    segment integer not null,
    kind integer not null,
    value text not null,
    bits blob not null,
    primary key (org, segment, kind, value)
) without rowid;

-- Each segment's timestamps, in sequence order.
create table if not exists segment_times (
    org integer not null,
    segment integer not null,
    times blob not null,
    primary key (org, segment)
) without rowid;
