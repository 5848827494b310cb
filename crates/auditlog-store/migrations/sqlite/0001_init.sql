-- Every table that holds tenant data is keyed by the organization's ordinal first, so that
-- every query is a range scan inside one organization.

create table organizations (
    ord integer primary key,
    id text not null unique,
    name text not null,
    created_at integer not null
);

create table api_keys (
    id text primary key,
    org integer not null references organizations (ord),
    name text not null,
    scopes text not null,
    secret_hash blob not null unique,
    created_at integer not null,
    revoked_at integer
);
create index api_keys_by_org on api_keys (org, created_at);

create table settings (
    name text primary key,
    value text not null
);

-- One row per entry. `body` holds the entry's canonical RFC 8785 bytes (everything but the
-- hash); the other columns are copies of its fields that the filters and the order need.
create table entries (
    rowid integer primary key,
    org integer not null references organizations (ord),
    seq integer not null,
    id text not null,
    ts integer not null,
    resource_type text not null,
    resource_id text not null,
    action text not null,
    event text not null,
    user_id text not null,
    department_id text,
    idempotency_key text,
    body text not null,
    hash blob not null
);
create unique index entries_by_seq on entries (org, seq);
create unique index entries_by_id on entries (id);
create unique index entries_by_idempotency_key on entries (org, idempotency_key)
    where idempotency_key is not null;
create index entries_by_time on entries (org, ts, seq);
create index entries_by_resource_type on entries (org, resource_type, ts, seq);
create index entries_by_resource_id on entries (org, resource_id, ts, seq);
create index entries_by_action on entries (org, action, ts, seq);
create index entries_by_event on entries (org, event, ts, seq);
create index entries_by_user on entries (org, user_id, ts, seq);
create index entries_by_department on entries (org, department_id, ts, seq)
    where department_id is not null;

-- The resources an entry touches: its primary resource and its targets, each once under its
-- own type and once under the empty type (which serves "any type" lookups).
create table entry_refs (
    org integer not null,
    ref_type text not null,
    ref_id text not null,
    ts integer not null,
    seq integer not null,
    primary key (org, ref_type, ref_id, ts, seq)
) without rowid;

-- Full-text search over resource_name, user_name and user_email. Each indexed word is stored
-- as `o<org ordinal>x<word>`, so an organization's postings form their own key range: a
-- prefix query in one organization never reads another's.
create virtual table entry_search using fts5 (
    words,
    content = '',
    tokenize = 'ascii',
    detail = 'none'
);
