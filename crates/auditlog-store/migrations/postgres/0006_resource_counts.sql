-- Primary resources are counted too: kind 'i' (value the resource_id, seed 000's `resourceId`)
-- and kind 'r' (value `<resource_type> <resource_id>`, a resource's history). A busy
-- resource's total was a count of its index entries (1.3 M at 10 M entries).
create temporary table counted as
select org, (ts - ((ts % 86400000000) + 86400000000) % 86400000000) / 86400000000 as day,
       resource_type, resource_id
from entries;

insert into counts (org, span, bucket, kind, value, n)
select org, 1, day, 'i', resource_id, count(*) from counted group by org, day, resource_id;
insert into counts (org, span, bucket, kind, value, n)
select org, 1, day, 'r', resource_type || ' ' || resource_id, count(*)
from counted group by org, day, resource_type, resource_id;

insert into counts (org, span, bucket, kind, value, n)
select org, 32, (day - ((day % 32) + 32) % 32) / 32 as b, 'i', resource_id, count(*)
from counted group by org, b, resource_id;
insert into counts (org, span, bucket, kind, value, n)
select org, 32, (day - ((day % 32) + 32) % 32) / 32 as b, 'r', resource_type || ' ' || resource_id,
       count(*)
from counted group by org, b, resource_type, resource_id;

drop table counted;
