-- Actors are counted too (kind 'u', value the user_id): a busy actor's total was a count of
-- its index entries (207 k at 10 M entries), now a sum of a few counters. An actor's rows for a
-- day lie together with that day's other counters, so a commit still dirties few pages.
create temporary table counted as
select org, (ts - ((ts % 86400000000) + 86400000000) % 86400000000) / 86400000000 as day,
       user_id as value
from entries;

insert into counts (org, span, bucket, kind, value, n)
select org, 1, day, 'u', value, count(*) from counted group by org, day, value;

insert into counts (org, span, bucket, kind, value, n)
select org, 32, (day - ((day % 32) + 32) % 32) / 32 as b, 'u', value, count(*)
from counted group by org, b, value;

drop table counted;
