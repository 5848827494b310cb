-- Indexes of values with many distinct values (actors, resources, references) keyed by the
-- organization and the day first. Keyed (org, value, ts, seq), every entry of a commit landed
-- on a leaf page of its own, and a commit rewrote thousands of pages into the WAL (about 10 KiB
-- of WAL per entry at 1 M entries); keyed by day first, a commit's entries share the few pages
-- of their day, since entries arrive in near time order. A listing walks the organization's
-- days newest first (`org_days`), and within each day the index in (ts, seq) order, which is
-- the same order as before.
--
-- The day is floor(ts / 1 day), also before 1970, as in `counts`; the writer stores it (an
-- index on a virtual column would not cover its counts).
alter table entries add column day integer;
update entries set day = (ts - (((ts % 86400000000) + 86400000000) % 86400000000)) / 86400000000;

drop index entries_by_resource_id;
drop index entries_by_user;
create index entries_by_resource_id on entries (org, day, resource_id, ts, seq, resource_type);
create index entries_by_user on entries (org, day, user_id, ts, seq);

create table entry_refs_by_day (
    org integer not null,
    day integer not null,
    ref_type text not null,
    ref_id text not null,
    ts integer not null,
    seq integer not null,
    primary key (org, day, ref_type, ref_id, ts, seq)
) without rowid;
insert into entry_refs_by_day (org, day, ref_type, ref_id, ts, seq)
select org, (ts - (((ts % 86400000000) + 86400000000) % 86400000000)) / 86400000000,
       ref_type, ref_id, ts, seq
from entry_refs;
drop table entry_refs;
alter table entry_refs_by_day rename to entry_refs;

-- Every day on which an organization has entries, written with them.
create table org_days (
    org integer not null,
    day integer not null,
    primary key (org, day)
) without rowid;
insert into org_days (org, day) select distinct org, bucket from counts where span = 1 and kind = 'all';
