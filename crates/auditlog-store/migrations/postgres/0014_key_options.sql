-- What a key asks for besides its scopes: `compatibility`, the client whose wire types its
-- reads get (e.g. `aitronos-sdk`). A key without a row keeps the API's own types. Organization
-- first, like every tenant table.
create table if not exists api_key_options (
    org bigint not null,
    key_id text not null,
    compatibility text,
    primary key (org, key_id)
);
