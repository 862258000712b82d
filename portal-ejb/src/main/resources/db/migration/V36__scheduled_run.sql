-- The runs of the jobs that must happen once per schedule however many servers run the portal (the hourly
-- alert watch, the reminders of each minute). The first server to record a job's slot runs it; the others find
-- the slot taken and leave it. A server that is down claims nothing, so the others run every slot. Holds no
-- clinic's data: no tenant and no row-level security. Claims older than two days are removed as new ones come.
create table scheduled_run (
  job         varchar(40)  not null,
  slot        timestamptz  not null,
  server      varchar(200) not null,
  claimed_at  timestamptz  not null,
  primary key (job, slot)
);
