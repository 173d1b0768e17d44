-- "code like 'x%'" and "uscc like 'x%'" (the search box's prefix match) need pattern-ops indexes
-- under a non-C collation; with them the search's OR of three conditions becomes a BitmapOr.
create index ix_customer_code_pattern on customer (code varchar_pattern_ops);
create index ix_customer_uscc_pattern on customer (uscc varchar_pattern_ops);
