-- Entry bodies are stored packed from now on (see body.rs): a tag byte and a zstd frame in
-- `packed`, with `body` null; rows written before keep their JSON text in `body`. An
-- organization's dictionaries, trained on its own entries, live here and never change. The
-- columns copied from the body for the SQL listing are no longer read: new rows leave them null
-- rather than keep a second copy of every field (`ts` stays: it keys the partitions).
create table if not exists dictionaries (
    org bigint not null,
    id integer not null,
    bytes bytea not null,
    primary key (org, id)
);
alter table entries add column if not exists packed bytea;
alter table entries alter column body drop not null;
alter table entries alter column resource_type drop not null;
alter table entries alter column resource_id drop not null;
alter table entries alter column action drop not null;
alter table entries alter column event drop not null;
alter table entries alter column user_id drop not null;
