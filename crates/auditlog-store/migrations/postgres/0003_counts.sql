-- Exact totals without counting rows: entries per organization, counted value and day
-- (span 1) or 32-day bucket (span 32), kept by the writer in the entries' transaction. The key
-- starts with the bucket, so one day's counters lie together and a commit dirties few pages.
-- kind: 'all' (value ''), 't' resource type, 'a' action, 'e' event, 'd' department.
create table counts (
    org bigint not null,
    span bigint not null,
    bucket bigint not null,
    kind text not null,
    value text not null,
    n bigint not null,
    primary key (org, span, bucket, kind, value)
);

-- Counters for the entries already stored. Days are floor(ts / 1 day), also before 1970.
create temporary table counted as
with e as (
    select org, (ts - ((ts % 86400000000) + 86400000000) % 86400000000) / 86400000000 as day,
           resource_type, action, event, department_id
    from entries
)
select org, day, 'all' as kind, '' as value from e
union all select org, day, 't', resource_type from e
union all select org, day, 'a', action from e
union all select org, day, 'e', event from e
union all select org, day, 'd', department_id from e where department_id is not null;

insert into counts (org, span, bucket, kind, value, n)
select org, 1, day, kind, value, count(*) from counted group by org, day, kind, value;

insert into counts (org, span, bucket, kind, value, n)
select org, 32, (day - ((day % 32) + 32) % 32) / 32 as b, kind, value, count(*)
from counted group by org, b, kind, value;

drop table counted;
