-- Demo generators record that they ran and which customers the demo made, so that a restart decides "already
-- seeded" by its own mark (not by the first customer by code) and touches only the demo's customers.
create table demo_mark (
    generator  varchar(40) primary key,
    ran_at     timestamp   not null
);
create table demo_record (
    generator  varchar(40) not null,
    record_id  bigint      not null,
    primary key (generator, record_id)
);
-- a database seeded before the marks existed: each generator whose records are there has run, and the customers
-- with the demo's codes (C00001 …) are the demo's
insert into demo_mark (generator, ran_at) select 'customers', current_timestamp from customer having count(*) > 0;
insert into demo_mark (generator, ran_at) select 'statements', current_timestamp from statement_set having count(*) > 0;
insert into demo_mark (generator, ran_at) select 'credit', current_timestamp from credit_assessment having count(*) > 0;
insert into demo_mark (generator, ran_at) select 'keyaccounts', current_timestamp from account_economics having count(*) > 0;
insert into demo_mark (generator, ran_at) select 'alliances', current_timestamp from alliance having count(*) > 0;
insert into demo_mark (generator, ran_at) select 'negotiations', current_timestamp from negotiation having count(*) > 0;
insert into demo_mark (generator, ran_at) select 'surveys', current_timestamp from survey having count(*) > 0;
insert into demo_mark (generator, ran_at) select 'complaints', current_timestamp from complaint having count(*) > 0;
insert into demo_mark (generator, ran_at) select 'documents', current_timestamp from credit_document having count(*) > 0;
insert into demo_record (generator, record_id) select 'customers', id from customer where code like 'C_____' and length(code) = 6;
