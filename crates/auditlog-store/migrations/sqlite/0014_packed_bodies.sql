-- Entry bodies are stored packed from now on (see body.rs): a tag byte and a zstd frame, in the
-- `body` column, which takes a blob as readily as text; rows written before keep their JSON
-- text. An organization's dictionaries, trained on its own entries, live here and never change.
-- The columns copied from the body for the SQL listing are no longer read: new rows leave them
-- empty (`''`, `0` or null) rather than keep a second copy of every field.
create table if not exists dictionaries (
    org integer not null,
    id integer not null,
    bytes blob not null,
    primary key (org, id)
) without rowid;
