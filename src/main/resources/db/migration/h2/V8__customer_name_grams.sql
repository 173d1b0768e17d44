-- H2 has no trigram index: the name search keeps its own. Every 2- and 3-character piece of each
-- customer's lower-cased name, with how many customers have it, so a fragment is looked up by its
-- rarest piece instead of scanning the table (see CustomerNameIndex). PostgreSQL uses pg_trgm.
create table customer_name_gram (
    gram        varchar(3) not null,
    customer_id bigint     not null references customer (id) on delete cascade,
    primary key (gram, customer_id)
);
create index ix_customer_name_gram_customer on customer_name_gram (customer_id);
create table customer_name_gram_count (
    gram varchar(3) not null primary key,
    n    bigint     not null
);
insert into customer_name_gram (gram, customer_id)
select distinct substring(lower(c.name), n.x, 2), c.id from customer c join system_range(1, 200) n on n.x < char_length(c.name)
union
select distinct substring(lower(c.name), n.x, 3), c.id from customer c join system_range(1, 200) n on n.x + 1 < char_length(c.name);
insert into customer_name_gram_count (gram, n) select gram, count(*) from customer_name_gram group by gram;
