-- H2 serves "code like 'x%'" and "uscc like 'x%'" from the unique indexes; nothing to add.
select 1;
