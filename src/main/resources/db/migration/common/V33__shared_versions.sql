-- What a node caches is valid while the version of its source here is the one it read: a change on any node bumps it
create table shared_version (
    name     varchar(40) primary key,
    version  bigint      not null
);
insert into shared_version (name, version) values ('documentRules', 0);
insert into shared_version (name, version) values ('scoringModel', 0);
insert into shared_version (name, version) values ('keyAccountAnalysis', 0);
insert into shared_version (name, version) values ('keyAccountSettings', 0);
-- the row start-up steps hold so that nodes started together make the first administrator and the defaults once
insert into shared_version (name, version) values ('startup', 0);
