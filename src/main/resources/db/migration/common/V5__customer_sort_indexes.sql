-- The customers grid sorts by these columns with the id as tie-breaker ("order by x, id"); a
-- (x, id) index serves the order and lets a deep page read only the index (deferred join).
-- They replace the single-column indexes, whose filters they serve as well.
drop index ix_customer_name;
drop index ix_customer_owner;
drop index ix_customer_industry;
drop index ix_customer_region;
drop index ix_customer_type;
drop index ix_customer_stage;
create index ix_customer_name_id on customer (name, id);
create index ix_customer_owner_id on customer (owner_username, id);
create index ix_customer_industry_id on customer (industry, id);
create index ix_customer_region_id on customer (region, id);
create index ix_customer_type_id on customer (customer_type, id);
create index ix_customer_stage_id on customer (lifecycle_stage, id);
create index ix_customer_size_id on customer (company_size, id);
create index ix_customer_level_id on customer (relationship_level, id);
create index ix_customer_founded_id on customer (founded_on, id);
create index ix_customer_capital_id on customer (registered_capital, id);
create index ix_customer_updated_id on customer (updated_at, id);
