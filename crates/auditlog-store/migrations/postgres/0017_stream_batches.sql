-- Where a stream's last sent batch ended (`last_batch`: the next batch begins after it, so
-- batches chain even when the cursor passes over stretches a filter dropped), and how many
-- times the stream was rewound (`replays`: a replayed batch gets a new message id). Guarded so
-- that applying it again changes nothing.
do $$
begin
    if not exists (select 1 from information_schema.columns
                   where table_schema = current_schema()
                     and table_name = 'streams' and column_name = 'last_batch') then
        alter table streams add column last_batch bigint not null default 0;
        alter table streams add column replays bigint not null default 0;
        update streams set last_batch = cursor;
    end if;
end
$$;
