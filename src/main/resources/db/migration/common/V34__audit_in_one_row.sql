-- A change of a record a machine writes many times a second (a checked document, its hold) is logged as one row holding
-- every changed field ([[field, old, new], …] as JSON) instead of one row per field; read back as one entry per field.
alter table audit_log add column changes varchar(100000);
