-- Erasure and correction of an award recipient's personal data (docs/personal-data.md).
--
-- erased: the recipient is a tombstone (fixed name, no position, work unit, gender or date of birth).
-- fingerprint: a salted hash (HMAC-SHA-256, the salt is the service's setting antq.personal-data.fingerprint-salt)
-- of the person's identity (name without case and diacritics, and date of birth), written by the service
-- for every individual; the commemorative-medal-once rule finds an erased holder by it. It never leaves
-- the service: the audit snapshot leaves it out.
ALTER TABLE award_recipient
    ADD COLUMN erased      boolean     NOT NULL DEFAULT false,
    ADD COLUMN fingerprint varchar(64),
    ADD CONSTRAINT award_recipient_erased_individual CHECK (NOT erased OR (kind = 'individual' AND fingerprint IS NOT NULL
        AND job_title IS NULL AND work_unit IS NULL AND gender IS NULL AND birth_date IS NULL));
CREATE INDEX award_recipient_fingerprint_idx ON award_recipient (fingerprint) WHERE fingerprint IS NOT NULL;

CREATE OR REPLACE FUNCTION audit_snapshot_awards(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(a) - 'search_text'
           || jsonb_build_object(
                'recipients', coalesce((SELECT jsonb_agg(to_jsonb(r) - 'award_id' - 'name_key' - 'fingerprint' ORDER BY r.position)
                                        FROM award_recipient r WHERE r.award_id = a.id), '[]'))
      FROM award_decision a WHERE a.id = record
$$;

-- Two more actions in the audit trail: `erase` and `correct`. The service names the action of its
-- transaction in antq.audit_action (set_config, local to the transaction) when it is one of these;
-- otherwise the action is derived from the states as before.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('create', 'update', 'delete', 'annul', 'erase', 'correct'));

CREATE OR REPLACE FUNCTION audit_record(collection text, record uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    previous jsonb;
    current  jsonb;
    kind     text;
    named    text := nullif(current_setting('antq.audit_action', true), '');
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
        WHEN named IN ('erase', 'correct') THEN named
        ELSE 'update'
    END;
    INSERT INTO audit_event (collection, record_id, action, actor_subject, actor_client, state_before, state_after)
    VALUES (collection, record, kind,
            coalesce(nullif(current_setting('antq.actor_subject', true), ''), 'db:' || current_user),
            nullif(current_setting('antq.actor_client', true), ''),
            previous, current);
END $$;

-- The audit trail stays immutable, with one exception: the owner's rewrite function below, which marks
-- its transaction (antq.audit_rewrite) and runs as the owner. The service's role holds no UPDATE on the
-- table (V13), so the mark alone opens nothing to it.
CREATE OR REPLACE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('antq.audit_rewrite', true) = 'recipient'
       AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END $$;

-- Who an individual recipient of a stored state is: the name without case and diacritics, and the date
-- of birth (the identity the medal-once rule uses); NULL for a collective or an erased recipient.
CREATE FUNCTION award_recipient_key(recipient jsonb) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN recipient ->> 'kind' = 'individual' AND coalesce((recipient ->> 'erased')::boolean, false) = false
                THEN search_normalize(recipient ->> 'name') || '|' || coalesce(recipient ->> 'birth_date', '')
           END
$$;

-- One stored state with the personal fields of the individuals whose key is among `keys` replaced.
CREATE FUNCTION award_recipient_state_rewrite(state jsonb, keys text[], fields jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN state IS NULL OR jsonb_typeof(state -> 'recipients') IS DISTINCT FROM 'array' THEN state
           ELSE jsonb_set(state, '{recipients}', coalesce((
               SELECT jsonb_agg(CASE WHEN award_recipient_key(r) = ANY (keys) THEN r || fields ELSE r END ORDER BY i)
                 FROM jsonb_array_elements(state -> 'recipients') WITH ORDINALITY AS t(r, i)), '[]'))
           END
$$;

-- Makes an award's history tell one individual recipient as the record tells it now: in every stored
-- state of the award (before and after), the same person as recipient `pos` takes the personal fields of
-- the live recipient at `pos` (name, position, work unit, gender, date of birth, erased).
-- The same person: the identity (award_recipient_key) the recipient had in the award's last event, and
-- every identity it had before, followed back through the events: where a change replaced, at the same
-- place, an individual by one of these identities, and the replaced identity is nowhere in the state
-- after the change (it was edited, not moved or removed), the replaced identity was this person's too.
-- Used after an erasure (the history then holds the tombstone) and a correction (the corrected values).
-- It takes no values from its caller: it can only copy into one award's history what that award's live
-- record holds. Returns the number of events rewritten.
-- SECURITY DEFINER: it runs as the schema owner, the only role that may update audit_event.
CREATE FUNCTION award_recipient_history_rewrite(award uuid, pos int) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    live      award_recipient;
    keys      text[];
    ev        record;
    before_r  jsonb;
    after_r   jsonb;
    fields    jsonb;
    rewritten int;
BEGIN
    SELECT * INTO live FROM award_recipient r WHERE r.award_id = award AND r.position = pos;
    IF live.award_id IS NULL OR live.kind <> 'individual' THEN
        RAISE EXCEPTION 'award % has no individual recipient at %', award, pos USING ERRCODE = 'no_data_found';
    END IF;
    SELECT ARRAY[award_recipient_key(e.state_after -> 'recipients' -> pos)] INTO keys FROM audit_event e
     WHERE e.collection = 'awards' AND e.record_id = award ORDER BY e.id DESC LIMIT 1;
    IF keys IS NULL OR keys[1] IS NULL THEN
        RETURN 0;
    END IF;
    FOR ev IN SELECT e.state_before, e.state_after FROM audit_event e
                  WHERE e.collection = 'awards' AND e.record_id = award AND e.state_before IS NOT NULL
                  ORDER BY e.id DESC LOOP
        FOR i IN 0 .. least(jsonb_array_length(coalesce(ev.state_before -> 'recipients', '[]')),
                            jsonb_array_length(coalesce(ev.state_after -> 'recipients', '[]'))) - 1 LOOP
            before_r := ev.state_before -> 'recipients' -> i;
            after_r := ev.state_after -> 'recipients' -> i;
            IF award_recipient_key(after_r) = ANY (keys) AND award_recipient_key(before_r) IS NOT NULL
               AND NOT award_recipient_key(before_r) = ANY (keys)
               AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(ev.state_after -> 'recipients') x
                                WHERE award_recipient_key(x) = award_recipient_key(before_r)) THEN
                keys := keys || award_recipient_key(before_r);
            END IF;
        END LOOP;
    END LOOP;
    fields := jsonb_build_object('name', live.name, 'job_title', live.job_title, 'work_unit', live.work_unit,
                                 'gender', live.gender, 'birth_date', live.birth_date, 'erased', live.erased);
    PERFORM set_config('antq.audit_rewrite', 'recipient', true);
    UPDATE audit_event e
       SET state_before = award_recipient_state_rewrite(e.state_before, keys, fields),
           state_after = award_recipient_state_rewrite(e.state_after, keys, fields)
     WHERE e.collection = 'awards' AND e.record_id = award;
    GET DIAGNOSTICS rewritten = ROW_COUNT;
    PERFORM set_config('antq.audit_rewrite', '', true);
    RETURN rewritten;
END $$;

REVOKE ALL ON FUNCTION award_recipient_history_rewrite(uuid, int) FROM PUBLIC;
REVOKE ALL ON FUNCTION award_recipient_state_rewrite(jsonb, text[], jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION award_recipient_key(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION award_recipient_history_rewrite(uuid, int) TO ${app_role};
