-- The change log: one row per record and writing transaction, written by the database itself in that
-- transaction. It is both the source of every collection's change feed and the outbox of the webhooks:
-- a row exists exactly when its transaction committed, so nothing is announced that did not commit and
-- nothing committed is left out.
--
-- Why readers never miss a row although writers run in parallel (no lock shared by all writers):
-- each row carries its transaction's id (`tx`, pg_current_xact_id(), 64 bits, never wraps). A reader
-- only returns rows with tx below the xmin of its snapshot (pg_snapshot_xmin(pg_current_snapshot())):
-- every transaction with an id below xmin has ended (its rows, if it committed, are visible), and every
-- transaction still running or yet to start has an id at or above it, so the set of rows below xmin is
-- final: no row can ever appear there later. A reader that walks the rows in (tx, id) order up to xmin
-- and remembers where it stopped therefore sees every committed change exactly once, however the
-- writers' commits interleave. A transaction that runs long only delays the feed (xmin waits for it);
-- it never makes it skip.
--
-- The bound is computed by record_change_horizon() below rather than taken as the snapshot's xmin
-- itself: transaction ids are shared by every database of the server, and a long transaction in
-- another database must not hold this one's feeds back. Only transactions known to run in another
-- database are discounted; any doubt keeps a transaction in, which can only delay the feed.
--
-- Within one record, `id` follows commit order: the row is written at commit (deferred trigger) while
-- the writer holds the record's row lock, so the later writer of a record always gets the larger id.
-- The feed uses that order to tell a record's latest row (its current unit).
--
-- The unit a row carries is the record's unit after the change; `prior_*` is the unit of the record's
-- previous row, so that a feed scoped by unit also sees the change that moved a record out of it.

CREATE TABLE record_change (
    id                  bigserial    PRIMARY KEY,
    collection          varchar(40)  NOT NULL,
    record_id           uuid         NOT NULL,
    tx                  bigint       NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    action              varchar(10)  NOT NULL CHECK (action IN ('create', 'update', 'delete', 'annul')),
    changed_at          timestamptz  NOT NULL DEFAULT now(),
    unit_era            varchar(8),
    unit_code           varchar(5),
    unit_province       varchar(2),
    prior_unit_era      varchar(8),
    prior_unit_code     varchar(5),
    prior_unit_province varchar(2)
);
-- One row per record and transaction; readers walk a collection in (tx, id) order.
CREATE UNIQUE INDEX record_change_once_per_tx ON record_change (collection, record_id, tx);
CREATE INDEX record_change_feed_idx ON record_change (collection, tx, id);
CREATE INDEX record_change_record_idx ON record_change (collection, record_id, id);
CREATE INDEX record_change_position_idx ON record_change (tx, id);

-- The highest transaction id below which the change log is final, for the current snapshot: the
-- smallest id the snapshot sees as running, leaving out those that pg_stat_activity shows running in
-- another database (a backend never changes database, so such a transaction never writes here); the
-- snapshot's xmax when none is left. A transaction that ended meanwhile, a prepared one, or one whose
-- database cannot be seen is kept: the bound is then lower, never too high.
CREATE FUNCTION record_change_horizon() RETURNS bigint LANGUAGE sql STABLE AS $$
    WITH snapshot AS (SELECT pg_current_snapshot() AS s)
    SELECT coalesce(
        (SELECT min(x::text::bigint) FROM snapshot, pg_snapshot_xip(snapshot.s) x
          WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                             WHERE a.backend_xid = ((x::text::bigint % 4294967296)::text)::xid
                               AND a.datname IS DISTINCT FROM current_database()
                               AND a.datname IS NOT NULL)),
        (SELECT pg_snapshot_xmax(snapshot.s)::text::bigint FROM snapshot))
$$;

-- The state a change row records, per collection: record_change_state_<collection> (dashes become
-- underscores) returns the record's unit, 2025 province, and whether it is deleted or annulled.
CREATE TYPE record_change_state AS (unit_era varchar, unit_code varchar, unit_province varchar,
                                    deleted boolean, annulled boolean);

CREATE FUNCTION record_change_state_of(collection text, record uuid) RETURNS record_change_state
LANGUAGE plpgsql STABLE AS $$
DECLARE
    state record_change_state;
BEGIN
    EXECUTE format('SELECT * FROM record_change_state_%s($1)', replace(collection, '-', '_')) INTO state USING record;
    RETURN state;
END $$;

-- Writes the row for (collection, record) in the current transaction, once.
CREATE FUNCTION record_change_note(collection text, record uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    current_tx bigint := pg_current_xact_id()::text::bigint;
    state      record_change_state;
    previous   record_change;
BEGIN
    IF EXISTS (SELECT 1 FROM record_change c WHERE c.collection = record_change_note.collection
               AND c.record_id = record AND c.tx = current_tx) THEN
        RETURN;
    END IF;
    state := record_change_state_of(collection, record);
    IF state.deleted IS NULL THEN
        RETURN;  -- the record was created and removed in one transaction
    END IF;
    SELECT * INTO previous FROM record_change c
     WHERE c.collection = record_change_note.collection AND c.record_id = record ORDER BY c.id DESC LIMIT 1;
    INSERT INTO record_change (collection, record_id, tx, action, unit_era, unit_code, unit_province,
                               prior_unit_era, prior_unit_code, prior_unit_province)
    VALUES (collection, record, current_tx,
            CASE WHEN state.deleted THEN 'delete' WHEN state.annulled THEN 'annul'
                 WHEN previous.id IS NULL THEN 'create' ELSE 'update' END,
            state.unit_era, state.unit_code, state.unit_province,
            previous.unit_era, previous.unit_code, previous.unit_province);
END $$;

-- Trigger function: TG_ARGV[0] is the collection, TG_ARGV[1] the column holding the record's id.
CREATE FUNCTION record_change_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM record_change_note(TG_ARGV[0], (to_jsonb(coalesce(NEW, OLD)) ->> TG_ARGV[1])::uuid);
    RETURN NULL;
END $$;

-- How a collection declares its feed: its state function, then one call per table that holds its
-- records or their parts, e.g. SELECT record_change_track('organizations', 'organization', 'id');
-- The trigger is deferred to commit, so that the row records the transaction's final state.
CREATE FUNCTION record_change_track(collection text, record_table regclass, id_column text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE CONSTRAINT TRIGGER record_change AFTER INSERT OR UPDATE OR DELETE ON %s '
                   'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_change_row(%L, %L)',
                   record_table, collection, id_column);
END $$;

CREATE FUNCTION record_change_state_organizations(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM organization WHERE id = record
$$;
CREATE FUNCTION record_change_state_programs(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM program WHERE id = record
$$;
CREATE FUNCTION record_change_state_coordination_agreements(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM coordination_agreement WHERE id = record
$$;
CREATE FUNCTION record_change_state_models(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM grassroots_model WHERE id = record
$$;
CREATE FUNCTION record_change_state_model_points(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM model_point WHERE id = record
$$;
-- An award belongs to its issuer's unit (the unit that decides who may write it).
CREATE FUNCTION record_change_state_awards(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (o.unit_era, o.unit_code, o.unit_province, a.deleted_at IS NOT NULL, a.status = 'annulled')::record_change_state
      FROM award_decision a JOIN organization o ON o.id = a.issuer_id WHERE a.id = record
$$;
CREATE FUNCTION record_change_state_safety_assessments(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM safety_assessment WHERE id = record
$$;

SELECT record_change_track('organizations', 'organization', 'id');
SELECT record_change_track('programs', 'program', 'id');
SELECT record_change_track('programs', 'program_signatory', 'program_id');
SELECT record_change_track('programs', 'program_review', 'program_id');
SELECT record_change_track('coordination-agreements', 'coordination_agreement', 'id');
SELECT record_change_track('coordination-agreements', 'agreement_party', 'agreement_id');
SELECT record_change_track('coordination-agreements', 'agreement_review', 'agreement_id');
SELECT record_change_track('models', 'grassroots_model', 'id');
SELECT record_change_track('models', 'model_sponsor', 'model_id');
SELECT record_change_track('models', 'model_status', 'model_id');
SELECT record_change_track('model-points', 'model_point', 'id');
SELECT record_change_track('awards', 'award_decision', 'id');
SELECT record_change_track('awards', 'award_recipient', 'award_id');
SELECT record_change_track('safety-assessments', 'safety_assessment', 'id');

-- The records written before this migration enter the log once, as they are now.
INSERT INTO record_change (collection, record_id, action, unit_era, unit_code, unit_province)
SELECT c.collection, c.id, CASE WHEN s.deleted THEN 'delete' WHEN s.annulled THEN 'annul' ELSE 'create' END,
       s.unit_era, s.unit_code, s.unit_province
  FROM (SELECT 'organizations' AS collection, id FROM organization
        UNION ALL SELECT 'programs', id FROM program
        UNION ALL SELECT 'coordination-agreements', id FROM coordination_agreement
        UNION ALL SELECT 'models', id FROM grassroots_model
        UNION ALL SELECT 'model-points', id FROM model_point
        UNION ALL SELECT 'awards', id FROM award_decision
        UNION ALL SELECT 'safety-assessments', id FROM safety_assessment) c
  CROSS JOIN LATERAL (SELECT * FROM record_change_state_of(c.collection, c.id)) s
 ORDER BY c.collection, c.id;
