-- audit: an append-only, hash-chained record of every change.
create table audit_entry (
    seq            bigint       primary key,
    recorded_at    timestamp with time zone not null,
    actor          varchar(320) not null,
    action         varchar(100) not null,
    subject        varchar(200) not null,
    before_state   text,
    after_state    text,
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_entry_subject on audit_entry (subject);
create index audit_entry_actor on audit_entry (actor);

-- One row that serialises writers: each append locks it, so the chain never forks.
create table audit_chain_head (
    id         int          primary key,
    last_seq   bigint       not null,
    last_hash  varchar(64)  not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
