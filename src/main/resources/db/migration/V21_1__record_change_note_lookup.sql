-- A record's change-log row is written once per transaction; record_change_note first asks whether this
-- transaction already wrote it. Asked as "tx = current transaction" the planner may answer it through
-- record_change_position_idx (tx, id) and read every row the transaction has written so far: harmless
-- for a write of a few records, quadratic for one transaction that writes many (a bulk submission, a
-- data load: 100,000 rows took minutes at commit). The transaction id is now compared as a value, not
-- an index key, so the question is answered among the record's own rows (record_change_once_per_tx or
-- record_change_record_idx, a handful of rows), whatever the statistics say.
CREATE OR REPLACE FUNCTION record_change_note(collection text, record uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    current_tx bigint := pg_current_xact_id()::text::bigint;
    state      record_change_state;
    previous   record_change;
BEGIN
    IF EXISTS (SELECT 1 FROM record_change c WHERE c.collection = record_change_note.collection
               AND c.record_id = record AND c.tx + 0 = current_tx) THEN
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
