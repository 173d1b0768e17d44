-- A round started for a whole segment of the portfolio at once remembers that segment (each customer still gets its
-- own round and links).
alter table survey add column segment varchar(40);
