-- Entries removed under retention, per organization: their sequences as one compressed set
-- (see postings/codec.rs), which every listing, total, facet and export leaves out. A pruned
-- entry's row stays with its id and leaf hash, so the tree and its proofs stay whole; its body
-- is emptied.
create table if not exists pruned (
    org integer primary key,
    sequences blob not null,
    count integer not null
);
