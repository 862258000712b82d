-- Journal entries, check-ins and alerts belong to an episode of care, as assessments and program versions do
-- (V27): a record made for a program belongs to that program's episode, an alert raised by a journal entry to the
-- entry's, and any other to the patient's episode whose days cover the record's day. A record from a day no
-- episode covers (before the first assessment or program, or between a discharge and the next complaint) belongs
-- to none.
alter table journal_entry add column episode_id bigint;
alter table journal_entry add foreign key (tenant_id, episode_id) references episode (tenant_id, id);
alter table check_in add column episode_id bigint;
alter table check_in add foreign key (tenant_id, episode_id) references episode (tenant_id, id);
alter table patient_alert add column episode_id bigint;
alter table patient_alert add foreign key (tenant_id, episode_id) references episode (tenant_id, id);

-- Row-level security is forced on the owner too (V9): it is lifted while the rows of every clinic are moved.
alter table episode no force row level security;
alter table home_program no force row level security;
alter table journal_entry no force row level security;
alter table check_in no force row level security;
alter table patient_alert no force row level security;

create function portal_episode_covering(clinic bigint, of_patient bigint, day date) returns bigint
  language sql stable as $$
    select e.id from episode e
     where e.tenant_id = clinic and e.patient_id = of_patient
       and e.opened_on <= day and (e.closed_on is null or e.closed_on >= day)
     order by e.opened_on desc, e.id desc
     limit 1
  $$;

update journal_entry j set episode_id = p.episode_id
  from home_program p where p.tenant_id = j.tenant_id and p.id = j.program_id;
update journal_entry set episode_id = portal_episode_covering(tenant_id, patient_id, session_on)
 where episode_id is null;

update check_in c set episode_id = p.episode_id
  from home_program p where p.tenant_id = c.tenant_id and p.id = c.program_id;
update check_in set episode_id = portal_episode_covering(tenant_id, patient_id, week_ending)
 where episode_id is null;

update patient_alert a set episode_id = j.episode_id
  from journal_entry j where j.tenant_id = a.tenant_id and j.id = a.journal_entry_id;
update patient_alert a set episode_id = p.episode_id
  from home_program p
 where a.episode_id is null and a.reason_key like 'program:%'
   and p.tenant_id = a.tenant_id and p.id = substring(a.reason_key from 9)::bigint;
update patient_alert
   set episode_id = portal_episode_covering(tenant_id, patient_id, coalesce(dated, raised_at::date))
 where episode_id is null;

drop function portal_episode_covering(bigint, bigint, date);

alter table episode force row level security;
alter table home_program force row level security;
alter table journal_entry force row level security;
alter table check_in force row level security;
alter table patient_alert force row level security;

-- The clinic's outcomes read each closed episode's alerts.
create index patient_alert_of_episode on patient_alert (tenant_id, episode_id);
create index journal_entry_of_episode on journal_entry (tenant_id, episode_id);
create index check_in_of_episode on check_in (tenant_id, episode_id);
