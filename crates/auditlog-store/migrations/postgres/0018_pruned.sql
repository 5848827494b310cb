-- Entries removed under retention, per organization: their sequences as one compressed set
-- (see postings/codec.rs), which every listing, total, facet and export leaves out. A pruned
-- entry's row stays with its id and leaf hash, so the tree and its proofs stay whole; its
-- `body` and `packed` are emptied (null).
create table if not exists pruned (
    org bigint primary key,
    sequences bytea not null,
    count bigint not null
);
-- The organization's retention policy as the API took it (JSON: `days`, `rules`); no row
-- keeps everything forever.
create table if not exists retention_policies (
    org bigint primary key,
    policy text not null,
    updated_at bigint not null
);
-- One signed marker per pruning step: which sequences it pruned (`first` to `last`, `count`
-- of them) under which policy, as a note signed by the log's key.
create table if not exists prune_markers (
    org bigint not null,
    number bigint not null,
    first bigint not null,
    last bigint not null,
    count bigint not null,
    note text not null,
    created_at bigint not null,
    primary key (org, number)
);
-- The leaves of pruned entries whose month's partition was dropped once every entry in it was
-- pruned: what the tree, the fsck and a pruned entry's 410 still need of them.
create table if not exists pruned_leaves (
    org bigint not null,
    seq bigint not null,
    id text not null,
    hash bytea not null,
    primary key (org, seq)
);
create index if not exists pruned_leaves_by_id on pruned_leaves (org, id);
