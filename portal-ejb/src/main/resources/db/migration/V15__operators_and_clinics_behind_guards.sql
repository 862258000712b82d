-- The platform's operators and the register of clinics, out of the application role's plain reach.
--
-- Operators: the application role may no longer read or write platform_admin at all (afterMigrate revokes it);
-- it reaches operators through the functions below, which run as the schema's owner. None of them hands out a
-- stored password hash. A sign-in asks for the hash's settings (algorithm, iterations, salt, key length), derives
-- the key from the typed password itself, and lets the database compare. Failures only ever add to the count and
-- lengthen a lock; clearing them, and replacing a password, take the key of the current password.
--
-- Clinics: every clinic may be read (code, name and the contact details a clinic shows on its pages and
-- handouts); a clinic's row may be changed only by work bound to that clinic, and clinics are added or removed
-- only by work that names itself platform work with set_config('app.platform_work', 'on', true), which ends with
-- the transaction.

create function portal_platform_work() returns boolean
  language sql stable parallel safe
  as $$ select coalesce(current_setting('app.platform_work', true), '') = 'on' $$;

alter table clinic enable row level security;

create policy clinic_register_read on clinic for select using (true);
create policy clinic_own_row on clinic for update
  using (id = (select portal_bound_clinic()) or (select portal_platform_work()))
  with check (id = (select portal_bound_clinic()) or (select portal_platform_work()));
create policy clinic_opened_by_platform on clinic for insert
  with check ((select portal_platform_work()));
create policy clinic_removed_by_platform on clinic for delete
  using ((select portal_platform_work()));

create function platform_operator_key(stored varchar) returns varchar
  language sql immutable parallel safe
  as $$ select split_part(stored, ':', 4) $$;

create function platform_operator_hash_settings(p_username varchar) returns varchar
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select split_part(password_hash, ':', 1) || ':' || split_part(password_hash, ':', 2) || ':'
           || split_part(password_hash, ':', 3) || ':'
           || length(decode(platform_operator_key(password_hash), 'base64'))
      from platform_admin
     where username = p_username
  $$;

create function platform_operator_count() returns bigint
  language sql stable security definer set search_path = public, pg_temp
  as $$ select count(*) from platform_admin $$;

create function platform_operator_by_id(p_id bigint)
  returns table (id bigint, username varchar, display_name varchar, active boolean,
                 failed_sign_ins integer, locked_until timestamptz)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select a.id, a.username, a.display_name, a.active, a.failed_sign_ins, a.locked_until
      from platform_admin a
     where a.id = p_id
  $$;

-- Locks the operator's row until the transaction ends, so that attempts at the same moment are counted one by one.
create function platform_operator_check(p_username varchar, p_key varchar)
  returns table (id bigint, username varchar, display_name varchar, active boolean,
                 failed_sign_ins integer, locked_until timestamptz, key_matches boolean)
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    select a.id, a.username, a.display_name, a.active, a.failed_sign_ins, a.locked_until,
           platform_operator_key(a.password_hash) = p_key
      from platform_admin a
     where a.username = p_username
       for update
  $$;

create function platform_operator_failed(p_id bigint, p_locked_until timestamptz) returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    update platform_admin
       set failed_sign_ins = failed_sign_ins + 1,
           locked_until = greatest(locked_until, p_locked_until),
           version = version + 1
     where id = p_id
  $$;

create function platform_operator_signed_in(p_id bigint, p_key varchar) returns boolean
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with cleared as (
      update platform_admin
         set failed_sign_ins = 0, locked_until = null, version = version + 1
       where id = p_id and platform_operator_key(password_hash) = p_key
      returning 1)
    select exists (select 1 from cleared)
  $$;

create function platform_operator_change_password(p_id bigint, p_current_key varchar, p_new_hash varchar)
  returns boolean
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with changed as (
      update platform_admin
         set password_hash = p_new_hash, failed_sign_ins = 0, locked_until = null, version = version + 1
       where id = p_id and platform_operator_key(password_hash) = p_current_key
      returning 1)
    select exists (select 1 from changed)
  $$;

create function platform_operator_open(p_username varchar, p_display_name varchar, p_hash varchar)
  returns bigint
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    insert into platform_admin (id, username, display_name, password_hash)
    values (nextval('portal_id_seq'), p_username, p_display_name, p_hash)
    returning id
  $$;
