-- ShedLock: a scheduled job takes its row before it runs, so that it runs once in a cluster of nodes
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
