-- Each organization's log as an RFC 6962 Merkle tree, written in the same transaction as the
-- entries. `tree_nodes` holds every complete subtree: (level, idx) covers leaves
-- [idx·2^level, (idx+1)·2^level); level 0 holds the leaf hashes.
create table tree_nodes (
    org integer not null,
    level integer not null,
    idx integer not null,
    hash blob not null,
    primary key (org, level, idx)
) without rowid;

create table trees (
    org integer primary key,
    size integer not null,
    root blob not null
);

-- Every checkpoint the server signed, so that it never signs one inconsistent with another.
create table checkpoints (
    org integer not null,
    size integer not null,
    root blob not null,
    note text not null,
    created_at integer not null,
    primary key (org, size)
) without rowid;
