-- Patient records: the rest of the demographics, referral and consent, a search column, and the audit trail.

alter table patient
  add column address                 varchar(300),
  add column emergency_contact_name  varchar(200),
  add column emergency_contact_phone varchar(40),
  add column referral_source         varchar(200),
  add column consent_given_on        date,
  -- Both name orders in one lower-case text, so "lee jor" and "jordan l" find Jordan Lee with one index.
  add column search_name text generated always as
    (lower(first_name || ' ' || last_name || ' ' || first_name)) stored;

create extension if not exists pg_trgm;

create index patient_search_name_trgm on patient using gin (search_name gin_trgm_ops);
create index patient_record_number_prefix on patient (tenant_id, lower(record_number) text_pattern_ops);
create index patient_date_of_birth on patient (tenant_id, date_of_birth);
create index patient_list_order on patient (tenant_id, archived, last_name, first_name, id);

-- Who did what to which record, when and from where. Rows are only ever added: the trigger refuses any change
-- or removal, whichever role asks.
create table audit_event (
  tenant_id       bigint       not null references clinic (id),
  id              bigint       not null,
  occurred_at     timestamptz  not null,
  actor_id        bigint,
  actor_name      varchar(200) not null,
  actor_role      varchar(20)  not null,
  remote_address  varchar(64)  not null,
  action          varchar(40)  not null,
  patient_id      bigint,
  details         text         not null default '',
  version         bigint       not null default 0,
  primary key (tenant_id, id),
  -- checked at commit: an entry is written in the same transaction as the record it describes
  foreign key (tenant_id, patient_id) references patient (tenant_id, id) deferrable initially deferred
);

create index audit_event_patient on audit_event (tenant_id, patient_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event rows cannot be changed or removed';
end;
$$;

create trigger audit_event_append_only
  before update or delete on audit_event
  for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_is_append_only();
