-- Streams: destinations an organization's entries are delivered to, in sequence order.
-- `config` is the destination as JSON (kind, url, filter, secret or token), validated by the
-- server. `cursor` is the sequence delivered through: a restart resumes after it. A lease
-- (`lease_owner` until `lease_until`) lets one server at a time deliver a stream.
create table if not exists streams (
    org integer not null,
    id text not null,
    config text not null,
    paused integer not null default 0,
    cursor integer not null,
    delivered_at integer,
    failures integer not null default 0,
    last_error text,
    last_error_at integer,
    lease_owner text,
    lease_until integer,
    created_at integer not null,
    primary key (org, id)
) without rowid;
