-- Streams: destinations an organization's entries are delivered to, in sequence order.
-- `config` is the destination as JSON (kind, url, filter, secret or token), validated by the
-- server. `cursor` is the sequence delivered through: a restart resumes after it. A lease
-- (`lease_owner` until `lease_until`) lets one server at a time deliver a stream.
create table if not exists streams (
    org bigint not null,
    id text not null,
    config text not null,
    paused boolean not null default false,
    cursor bigint not null,
    delivered_at bigint,
    failures bigint not null default 0,
    last_error text,
    last_error_at bigint,
    lease_owner text,
    lease_until bigint,
    created_at bigint not null,
    primary key (org, id)
);
