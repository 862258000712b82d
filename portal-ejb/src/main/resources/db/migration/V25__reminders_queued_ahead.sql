-- A reminder is queued a little before its time, to leave at that time, so that a minute in which thousands of
-- patients are reminded is prepared before it comes rather than in it. A message may name a topic (the reminders
-- of one patient) under which it is withdrawn while it still waits, when the patient's choices or record change.
alter table outbound_mail add column topic varchar(60);
create index outbound_mail_topic on outbound_mail (tenant_id, topic) where status = 'QUEUED' and topic is not null;

-- Whether the plan's next moment is a reminder alone, which may be queued ahead; a nudge or a check-in is decided
-- at its own time (was anything logged that day, is the week's question still open).
alter table reminder_plan add column next_due_ahead boolean not null default false;
