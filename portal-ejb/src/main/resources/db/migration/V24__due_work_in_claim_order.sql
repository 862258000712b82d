-- The reminder job and the mail worker take what is due oldest first, by time and then id, a batch at a time.
-- With an index in exactly that order a batch reads its own rows and stops; with the time alone the planner
-- must sort everything due to find the first rows, which with 100,000 reminders due in one minute (and
-- statistics taken before they were) meant sorting 86,000 rows on disk for each batch of 100 messages.
drop index outbound_mail_due;
create index outbound_mail_due on outbound_mail (tenant_id, next_attempt_at, id) where status = 'QUEUED';

drop index reminder_plan_due;
create index reminder_plan_due on reminder_plan (tenant_id, next_due_at, id) where next_due_at is not null;
