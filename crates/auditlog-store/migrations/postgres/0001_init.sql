-- Every table is keyed by the organization's ordinal first: no query crosses organizations,
-- and on a sharded PostgreSQL (Citus) every tenant table distributes by `org` (docs/scaling.md).

create table organizations (
    ord bigserial primary key,
    id text not null unique,
    name text not null,
    created_at bigint not null
);

-- The next sequence of each organization. Writers lock this row for the length of their
-- transaction, which serialises sequence assignment across every server process and makes
-- sequences gapless and in commit order.
create table org_heads (
    org bigint primary key references organizations (ord),
    next_seq bigint not null
);

create table api_keys (
    id text primary key,
    org bigint not null references organizations (ord),
    name text not null,
    scopes text not null,
    secret_hash bytea not null unique,
    created_at bigint not null,
    revoked_at bigint
);
create index api_keys_by_org on api_keys (org, created_at);

create table settings (
    name text primary key,
    value text not null
);

-- Entries, range-partitioned by timestamp (microseconds) into months created ahead of need, so
-- old months can be detached for retention without rewriting anything. Rows outside every
-- month partition (backdated events) land in the default partition.
create table entries (
    org bigint not null,
    seq bigint not null,
    ts bigint not null,
    id text not null,
    resource_type text not null,
    resource_id text not null,
    action text not null,
    event text not null,
    user_id text not null,
    department_id text,
    idempotency_key text,
    -- Organization-scoped search words (`o<org>x<word>`), built verbatim, never re-parsed.
    words tsvector,
    body text not null,
    hash bytea not null,
    primary key (org, ts, seq)
) partition by range (ts);
create table entries_default partition of entries default;
create index entries_by_seq on entries (org, seq);
create index entries_by_id on entries (org, id);
create index entries_by_resource_type on entries (org, resource_type, ts, seq);
create index entries_by_resource_id on entries (org, resource_id, ts, seq);
create index entries_by_action on entries (org, action, ts, seq);
create index entries_by_event on entries (org, event, ts, seq);
create index entries_by_user on entries (org, user_id, ts, seq);
create index entries_by_department on entries (org, department_id, ts, seq)
    where department_id is not null;
create index entries_by_words on entries using gin (words);

-- Idempotency keys live outside the partitioned table so that their uniqueness per
-- organization is enforced by one index.
create table idempotency_keys (
    org bigint not null,
    key text not null,
    ts bigint not null,
    seq bigint not null,
    primary key (org, key)
);

create table entry_refs (
    org bigint not null,
    ref_type text not null,
    ref_id text not null,
    ts bigint not null,
    seq bigint not null,
    primary key (org, ref_type, ref_id, ts, seq)
) partition by range (ts);
create table entry_refs_default partition of entry_refs default;
