-- The secret of a patient's calendar feed, which their phone's calendar fetches without signing in. The portal
-- keeps only its SHA-256 hash: someone who reads this table cannot subscribe to anyone's feed, and a new link
-- replaces the hash, so the old link stops working at once. The feed is found by this hash within the clinic
-- the link names; the unique key serves that lookup.
alter table reminder_plan
  add column calendar_key_hash bytea check (length(calendar_key_hash) = 32),
  add constraint reminder_plan_calendar_key unique (tenant_id, calendar_key_hash);
