-- Row-level security: PostgreSQL itself keeps every clinic to its own rows, whatever the portal's queries say.
--
-- The portal connects as an application role that owns nothing; these migrations run as the schema's owner.
-- Every transaction of the portal names its clinic with set_config('app.tenant_id', <id>, true), which ends with
-- the transaction, so a pooled connection carries nothing into its next use. With no clinic named the setting
-- is missing or empty, the policy compares with NULL, and no row is visible or writable.
--
-- FORCE applies the policies to the owner as well: a later migration that changes clinic data must name the
-- clinic the same way, or switch FORCE off and back on around its own statements.

create function portal_bound_clinic() returns bigint
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.tenant_id', true), '')::bigint $$;

do $$
declare
  owned record;
begin
  for owned in
    select c.table_name
      from information_schema.columns c
      join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = current_schema()
       and c.column_name = 'tenant_id'
       and t.table_type = 'BASE TABLE'
     order by c.table_name
  loop
    execute format('alter table %I enable row level security', owned.table_name);
    execute format('alter table %I force row level security', owned.table_name);
    execute format(
      'create policy clinic_isolation on %I'
      ' using (tenant_id = (select portal_bound_clinic()))'
      ' with check (tenant_id = (select portal_bound_clinic()))',
      owned.table_name);
  end loop;
end;
$$;
