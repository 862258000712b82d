-- When a version of a program was replaced by the next one. A patient's phone may send rounds and journal entries
-- days after they were made offline; those made while a version was the plan are kept against that version.
alter table home_program add column superseded_at timestamptz;

-- The backfill reaches every clinic's rows: row-level security is forced on the owner too (V9), so it is
-- lifted around these statements.
alter table home_program no force row level security;

update home_program old
   set superseded_at = coalesce(next.activated_at, old.activated_at)
  from home_program next
 where old.status = 'SUPERSEDED'
   and next.tenant_id = old.tenant_id
   and next.previous_id = old.id;

update home_program
   set superseded_at = coalesce(activated_at, created_at)
 where status = 'SUPERSEDED' and superseded_at is null;

alter table home_program force row level security;

alter table home_program add constraint home_program_superseded_when
  check ((status = 'SUPERSEDED') = (superseded_at is not null));
