-- a notification that asks for action resolves when its subject is handled (a hold released, a request decided)
alter table notification add column resolved_at timestamp with time zone;
