-- Run after every migration, as the schema's owner: the application role may read and write clinic data and
-- draw ids, and nothing more. It owns no table, so row-level security always applies to it; it cannot touch
-- the migration history; and it can only add to the audit trail.
grant usage on schema public to "${appRole}";
grant select, insert, update, delete on all tables in schema public to "${appRole}";
grant usage, select on all sequences in schema public to "${appRole}";
revoke all on flyway_schema_history from "${appRole}";
revoke update, delete, truncate on audit_event from "${appRole}";
revoke update, delete, truncate on platform_audit_event from "${appRole}";
-- Operators are reached only through the platform_operator_* functions (V15), which never hand out a password hash.
revoke all on platform_admin from "${appRole}";
