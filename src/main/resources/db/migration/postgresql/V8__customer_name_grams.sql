-- PostgreSQL serves the name search from the pg_trgm index (V4); the gram tables are H2's.
select 1;
