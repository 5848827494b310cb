-- Where a stream's last sent batch ended (`last_batch`: the next batch begins after it, so
-- batches chain even when the cursor passes over stretches a filter dropped), and how many
-- times the stream was rewound (`replays`: a replayed batch gets a new message id). The table
-- is rebuilt rather than altered so that applying this again (as a store from before recorded
-- migrations does) succeeds; such a store has no streams.
create table if not exists streams_next (
    org integer not null,
    id text not null,
    config text not null,
    paused integer not null default 0,
    cursor integer not null,
    last_batch integer not null,
    replays integer not null default 0,
    delivered_at integer,
    failures integer not null default 0,
    last_error text,
    last_error_at integer,
    lease_owner text,
    lease_until integer,
    created_at integer not null,
    primary key (org, id)
) without rowid;
insert or ignore into streams_next (org, id, config, paused, cursor, last_batch, delivered_at,
    failures, last_error, last_error_at, lease_owner, lease_until, created_at)
select org, id, config, paused, cursor, cursor, delivered_at,
    failures, last_error, last_error_at, lease_owner, lease_until, created_at
from streams;
drop table streams;
alter table streams_next rename to streams;
