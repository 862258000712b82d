-- A draft assessment is filled in the order the examination goes, and saved on the way. Saving failed on columns
-- that only a finished assessment fills: a functional-scale activity named but not yet rated (or rated before it
-- is named), and a trigger point added before its muscle and side were chosen. Drafts may now keep them; signing
-- still needs every part (the portal's signing checklist), and an activity line needs at least one of its two.
alter table assessment_activity
  alter column name drop not null,
  alter column rating drop not null,
  add constraint assessment_activity_written check (name is not null or rating is not null);

alter table assessment_trigger_point
  alter column muscle drop not null,
  alter column side drop not null;
