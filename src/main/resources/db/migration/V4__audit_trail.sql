-- The audit trail: one event per record and transaction, written by the database itself.
--
-- Why triggers: every write is recorded whatever its path (the API, a bulk import, a script run by an
-- operator), in the same transaction, and no code path can forget it. The service tells the database
-- who acts by setting antq.actor_subject / antq.actor_client for the transaction; writes made outside
-- the service are attributed to the database role instead.
--
-- Why deferred: a record is an aggregate (an agreement with its parties and reviews). The triggers
-- fire at commit, when every statement of the transaction has run, so that the snapshot taken is the
-- record's final state. The state before is the snapshot of the record's previous event.

CREATE TABLE audit_event (
    id            bigserial    PRIMARY KEY,
    collection    varchar(40)  NOT NULL,
    record_id     uuid         NOT NULL,
    action        varchar(10)  NOT NULL CHECK (action IN ('create', 'update', 'delete', 'annul')),
    occurred_at   timestamptz  NOT NULL DEFAULT now(),
    actor_subject varchar(255) NOT NULL,
    actor_client  varchar(255),
    transaction   bigint       NOT NULL DEFAULT txid_current(),
    state_before  jsonb,
    state_after   jsonb        NOT NULL
);
CREATE INDEX audit_event_record_idx ON audit_event (collection, record_id, id DESC);
CREATE UNIQUE INDEX audit_event_once_per_tx ON audit_event (collection, record_id, transaction);

-- Audit events are never changed or removed.
CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable();

-- The full state of a record, children included, as the audit trail keeps it.
CREATE FUNCTION audit_snapshot(collection text, record uuid) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
    state jsonb;
BEGIN
    CASE collection
    WHEN 'organizations' THEN
        SELECT to_jsonb(o) - 'search_text' INTO state FROM organization o WHERE o.id = record;
    WHEN 'programs' THEN
        SELECT to_jsonb(p) - 'search_text'
               || jsonb_build_object(
                    'signatories', coalesce((SELECT jsonb_agg(s.organization_id ORDER BY s.position)
                                             FROM program_signatory s WHERE s.program_id = p.id), '[]'),
                    'reviews', coalesce((SELECT jsonb_agg(to_jsonb(r) - 'program_id' ORDER BY r.position)
                                         FROM program_review r WHERE r.program_id = p.id), '[]'))
          INTO state FROM program p WHERE p.id = record;
    WHEN 'coordination-agreements' THEN
        SELECT to_jsonb(a) - 'search_text'
               || jsonb_build_object(
                    'parties', coalesce((SELECT jsonb_agg(to_jsonb(x) - 'agreement_id' ORDER BY x.position)
                                         FROM agreement_party x WHERE x.agreement_id = a.id), '[]'),
                    'reviews', coalesce((SELECT jsonb_agg(to_jsonb(r) - 'agreement_id' ORDER BY r.position)
                                         FROM agreement_review r WHERE r.agreement_id = a.id), '[]'))
          INTO state FROM coordination_agreement a WHERE a.id = record;
    ELSE
        RAISE EXCEPTION 'no audit snapshot for collection %', collection;
    END CASE;
    RETURN state;
END $$;

-- Records one event for (collection, record) in the current transaction; later calls in the same
-- transaction find it already written.
CREATE FUNCTION audit_record(collection text, record uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    previous jsonb;
    current  jsonb;
    kind     text;
BEGIN
    IF EXISTS (SELECT 1 FROM audit_event e WHERE e.collection = audit_record.collection
               AND e.record_id = record AND e.transaction = txid_current()) THEN
        RETURN;
    END IF;
    current := audit_snapshot(collection, record);
    IF current IS NULL THEN
        RETURN;  -- the record was created and removed in one transaction
    END IF;
    SELECT e.state_after INTO previous FROM audit_event e
     WHERE e.collection = audit_record.collection AND e.record_id = record
     ORDER BY e.id DESC LIMIT 1;
    kind := CASE
        WHEN previous IS NULL THEN 'create'
        WHEN current ->> 'deleted_at' IS NOT NULL AND previous ->> 'deleted_at' IS NULL THEN 'delete'
        WHEN current ->> 'status' = 'annulled' AND previous ->> 'status' IS DISTINCT FROM 'annulled' THEN 'annul'
        ELSE 'update'
    END;
    INSERT INTO audit_event (collection, record_id, action, actor_subject, actor_client, state_before, state_after)
    VALUES (collection, record, kind,
            coalesce(nullif(current_setting('antq.actor_subject', true), ''), 'db:' || current_user),
            nullif(current_setting('antq.actor_client', true), ''),
            previous, current);
END $$;

-- Trigger function: TG_ARGV[0] is the collection, TG_ARGV[1] the column holding the record's id.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_state jsonb := to_jsonb(coalesce(NEW, OLD));
BEGIN
    PERFORM audit_record(TG_ARGV[0], (row_state ->> TG_ARGV[1])::uuid);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON organization
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('organizations', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON program
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('programs', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON program_signatory
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('programs', 'program_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON program_review
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('programs', 'program_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON coordination_agreement
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('coordination-agreements', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON agreement_party
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('coordination-agreements', 'agreement_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON agreement_review
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('coordination-agreements', 'agreement_id');
