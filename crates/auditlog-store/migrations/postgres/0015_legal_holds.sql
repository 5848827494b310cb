-- Legal holds: while one stands, the entries its filter matches are kept whatever the
-- retention. Released holds stay, with when they were released: a hold's history is evidence.
-- `filter` is the hold's filter as JSON (`{}` holds everything).
create table if not exists legal_holds (
    org bigint not null,
    id text not null,
    name text not null,
    reason text not null,
    filter text not null,
    created_at bigint not null,
    released_at bigint,
    primary key (org, id)
);
