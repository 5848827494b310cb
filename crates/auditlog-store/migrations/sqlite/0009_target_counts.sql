-- Targets other than the primary resource are counted too: kind 'x', value `<type> <id>`, or
-- ` <id>` for a reference by id alone (`target_id`). A reference's total is then its count as
-- a primary resource ('r' or 'i') plus this; it was counted from `entry_refs` (58 k index
-- entries for a busy assistant at 10 M entries).
-- Each reference finds its entry by sequence; left to itself SQLite (no statistics) scans the
-- organization's covering resource index for every reference.
create temporary table targeted as
select r.org, r.day, r.ref_type || ' ' || r.ref_id as value
from entry_refs r
join entries e indexed by entries_by_seq on e.org = r.org and e.seq = r.seq
where r.ref_id <> e.resource_id or (r.ref_type <> '' and r.ref_type <> e.resource_type);

insert into counts (org, span, bucket, kind, value, n)
select org, 1, day, 'x', value, count(*) from targeted group by org, day, value;
insert into counts (org, span, bucket, kind, value, n)
select org, 32, (day - ((day % 32) + 32) % 32) / 32 as b, 'x', value, count(*)
from targeted group by org, b, value;

drop table targeted;
