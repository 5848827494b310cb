-- Entries removed under retention, per organization: their sequences as one compressed set
-- (see postings/codec.rs), which every listing, total, facet and export leaves out. A pruned
-- entry's row stays with its id and leaf hash, so the tree and its proofs stay whole; its body
-- is emptied.
create table if not exists pruned (
    org integer primary key,
    sequences blob not null,
    count integer not null
);
-- The organization's retention policy as the API took it (JSON: `days`, `rules`); no row
-- keeps everything forever.
create table if not exists retention_policies (
    org integer primary key,
    policy text not null,
    updated_at integer not null
);
-- One signed marker per pruning step: which sequences it pruned (`first` to `last`, `count`
-- of them) under which policy, as a note signed by the log's key.
create table if not exists prune_markers (
    org integer not null,
    number integer not null,
    first integer not null,
    last integer not null,
    count integer not null,
    note text not null,
    created_at integer not null,
    primary key (org, number)
) without rowid;
