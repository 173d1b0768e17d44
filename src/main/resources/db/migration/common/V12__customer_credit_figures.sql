-- The customers list shows and sorts by each customer's current credit decision and exposure. They are
-- kept on the customer row (written by the credit feature whenever a decision is approved or an aging
-- list stored) so that the list sorts by them in the database through a (column, id) index like the
-- other columns, at any size. Rating and risk class sort by rank (AAA before AA; LOW before HIGH).
alter table customer add column credit_rating varchar(8);
alter table customer add column credit_rating_rank integer;
alter table customer add column credit_risk_class varchar(12);
alter table customer add column credit_risk_rank integer;
alter table customer add column credit_limit numeric(19, 2);
alter table customer add column credit_exposure numeric(19, 2);
alter table customer add column credit_available numeric(19, 2);
create index ix_customer_rating_id on customer (credit_rating_rank, id);
create index ix_customer_risk_id on customer (credit_risk_rank, id);
create index ix_customer_limit_id on customer (credit_limit, id);
create index ix_customer_exposure_id on customer (credit_exposure, id);
create index ix_customer_available_id on customer (credit_available, id);

update customer set
    credit_rating = (select a.rating from credit_assessment a where a.customer_id = customer.id and a.is_current = true),
    credit_risk_class = (select a.risk_class from credit_assessment a where a.customer_id = customer.id and a.is_current = true),
    credit_limit = (select a.limit_amount from credit_assessment a where a.customer_id = customer.id and a.is_current = true);
update customer set credit_exposure = coalesce((select sum(i.amount) from receivable_item i join receivable_import r on r.id = i.import_id
        where r.is_current = true and i.customer_id = customer.id), 0)
    where exists (select 1 from receivable_import r where r.is_current = true);
update customer set credit_available = credit_limit - coalesce(credit_exposure, 0) where credit_limit is not null;
update customer set credit_rating_rank = case credit_rating when 'AAA' then 0 when 'AA' then 1 when 'A' then 2 when 'BBB' then 3
        when 'BB' then 4 when 'B' then 5 when 'CCC' then 6 when 'CC' then 7 when 'C' then 8 when 'D' then 9 else 50 end
    where credit_rating is not null;
update customer set credit_risk_rank = case credit_risk_class when 'LOW' then 0 when 'MEDIUM' then 1 when 'HIGH' then 2
        when 'VERY_HIGH' then 3 when 'REJECT' then 4 else 50 end
    where credit_risk_class is not null;
