-- Least privilege: Flyway migrates as the schema owner; the service connects as ${app_role}, which may read
-- and write rows but owns nothing. So it cannot alter the schema, create objects, drop or disable
-- triggers (only a table's owner may), and it cannot change, delete or truncate audit rows: the audit
-- trail's immutability no longer rests on a trigger the service itself could remove.
-- The roles are created by the operator (deploy/lib/postgres.sh, the Kubernetes database's managed roles).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        RAISE EXCEPTION 'The service role ${app_role} does not exist; create it before migrating';
    END IF;
END $$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${app_role};

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
-- Tables and sequences of later migrations (run by this same owner) get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${app_role};

-- The audit trail is appended to (by the triggers, as the writing role), never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${app_role};
-- The migration history is the migrator's alone.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM ${app_role};
