-- Name-fragment search ("lower(name) like '%…%'") served by a trigram index.
-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index ix_customer_name_trgm on customer using gin (lower(name) gin_trgm_ops);
