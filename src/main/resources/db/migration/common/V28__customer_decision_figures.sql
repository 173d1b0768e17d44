-- The figures of the current credit decision a credit check reads, kept on the customer row beside the rating and the
-- limit in force (the assessment row itself carries its inputs and frozen snapshot, far too much to read for each check).
alter table customer add column credit_decision_id bigint;
alter table customer add column credit_decided_limit numeric(19, 2);
alter table customer add column credit_currency varchar(3);
alter table customer add column credit_review_date date;
alter table customer add column credit_decided_at timestamp with time zone;

update customer set
    credit_decision_id = (select a.id from credit_assessment a where a.customer_id = customer.id and a.is_current = true),
    credit_decided_limit = (select a.limit_amount from credit_assessment a where a.customer_id = customer.id and a.is_current = true),
    credit_currency = (select a.currency from credit_assessment a where a.customer_id = customer.id and a.is_current = true),
    credit_review_date = (select a.next_review_date from credit_assessment a where a.customer_id = customer.id and a.is_current = true),
    credit_decided_at = (select a.decided_at from credit_assessment a where a.customer_id = customer.id and a.is_current = true)
where exists (select 1 from credit_assessment a where a.customer_id = customer.id and a.is_current = true);
