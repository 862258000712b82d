-- Under row-level security PostgreSQL uses an index only for conditions whose operators are leakproof, and
-- LIKE is not one: the trigram name search read every row of the clinic. The search now compares lower-case
-- keys in the C collation, whose comparisons are leakproof, so each part of it is one index range: a name from
-- the start of its first name or of its last name, and a record number from its start.
drop index patient_search_name_trgm;
drop index patient_record_number_prefix;
alter table patient drop column search_name;

alter table patient
  add column name_key    text collate "C" generated always as (lower(first_name || ' ' || last_name)) stored,
  add column surname_key text collate "C" generated always as (lower(last_name || ' ' || first_name)) stored,
  add column record_key  text collate "C" generated always as (lower(record_number)) stored;

create index patient_name_key on patient (tenant_id, name_key);
create index patient_surname_key on patient (tenant_id, surname_key);
create index patient_record_key on patient (tenant_id, record_key);
