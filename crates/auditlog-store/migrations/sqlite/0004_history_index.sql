-- A resource's history names its type and id: with the type in the id index (after ts, seq,
-- so the order is unchanged) its exact total is counted from the index alone, not from a row
-- fetch per entry (131 k fetches for a busy resource at 1 M entries).
drop index entries_by_resource_id;
create index entries_by_resource_id on entries (org, resource_id, ts, seq, resource_type);
