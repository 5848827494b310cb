-- Entries removed under retention, per organization: their sequences as one compressed set
-- (see postings/codec.rs), which every listing, total, facet and export leaves out. A pruned
-- entry's row stays with its id and leaf hash, so the tree and its proofs stay whole; its
-- `body` and `packed` are emptied (null).
create table if not exists pruned (
    org bigint primary key,
    sequences bytea not null,
    count bigint not null
);
