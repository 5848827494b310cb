-- Each organization's log as an RFC 6962 Merkle tree, written in the same transaction as the
-- entries. `tree_nodes` holds every complete subtree: (level, idx) covers leaves
-- [idx·2^level, (idx+1)·2^level); level 0 holds the leaf hashes.
create table tree_nodes (
    org bigint not null,
    level integer not null,
    idx bigint not null,
    hash bytea not null,
    primary key (org, level, idx)
);

create table trees (
    org bigint primary key,
    size bigint not null,
    root bytea not null
);

-- Every checkpoint the server signed, so that it never signs one inconsistent with another.
create table checkpoints (
    org bigint not null,
    size bigint not null,
    root bytea not null,
    note text not null,
    created_at bigint not null,
    primary key (org, size)
);
