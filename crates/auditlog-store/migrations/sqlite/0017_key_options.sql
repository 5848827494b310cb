-- What a key asks for besides its scopes: `compatibility`, the client whose wire types its
-- reads get (e.g. `aitronos-sdk`). A key without a row keeps the API's own types. A table of its
-- own rather than a column, so that applying this again (as a store from before recorded
-- migrations does) changes nothing.
create table if not exists api_key_options (
    org integer not null,
    key_id text not null,
    compatibility text,
    primary key (org, key_id)
) without rowid;
