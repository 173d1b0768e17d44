-- The customers list shows the limit in force: a temporary limit carries its last day.
alter table customer add column credit_limit_until date;
