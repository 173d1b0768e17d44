-- H2 has no trigram index; name-fragment search scans the name index (see the benchmark in README).
select 1;
