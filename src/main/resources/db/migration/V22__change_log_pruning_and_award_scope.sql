-- 1. An award decision lies where its issuer lies (record_change_state_awards): when an issuer moves to
-- another unit, each of its decisions moves with it, so each gets a change row (and its mirrors in the old
-- unit's scope a removal). Deferred to commit like every change row, so the row records the final state.
CREATE FUNCTION record_change_issuer_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Live decisions only (award_decision_number_uq leads with issuer_id); a deleted one has had its tombstone.
    PERFORM record_change_note('awards', a.id) FROM award_decision a WHERE a.issuer_id = NEW.id AND a.deleted_at IS NULL;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER record_change_awards_of_issuer AFTER UPDATE OF unit_era, unit_code ON organization
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.unit_era IS DISTINCT FROM NEW.unit_era OR OLD.unit_code IS DISTINCT FROM NEW.unit_code)
    EXECUTE FUNCTION record_change_issuer_moved();

-- 2. Pruning the change log. A row may go when a later final row of the same record concerns every scope
-- it concerns, for then no reader can tell it was there:
--   a row concerns the scopes that hold its unit or its prior unit, and a row's prior unit is always the
--   unit of the record's previous row; so the next row concerns every scope holding this row's unit.
--   When this row did not move the record (a creation, or prior unit = unit) that is every scope it
--   concerns. A reader answers a record by its latest row within the scope, which is then never this one.
-- Rows that moved a record stay (a reader before them learns from them that the record left), and so do
-- rows not yet turned into webhook deliveries by every subscription of their collection (each committed
-- change is announced once), and rows that a delivery still refers to.
CREATE FUNCTION record_change_prune(batch int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    horizon bigint := record_change_horizon();
    removed int;
BEGIN
    WITH superseded AS (
        SELECT r.id FROM record_change r
         WHERE r.tx < horizon
           AND (r.action = 'create' OR (r.prior_unit_era IS NOT DISTINCT FROM r.unit_era
                                        AND r.prior_unit_code IS NOT DISTINCT FROM r.unit_code))
           AND EXISTS (SELECT 1 FROM record_change later
                        WHERE later.collection = r.collection AND later.record_id = r.record_id
                          AND later.id > r.id AND later.tx < horizon)
           AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.change_id = r.id)
           AND NOT EXISTS (SELECT 1 FROM webhook_subscription s
                            WHERE s.deleted_at IS NULL AND r.collection = ANY (s.collections)
                              AND (s.position_tx, s.position_id) <= (r.tx, r.id))
         ORDER BY r.id
         LIMIT batch
    )
    DELETE FROM record_change c USING superseded WHERE c.id = superseded.id;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END $$;
CREATE INDEX webhook_delivery_change_idx ON webhook_delivery (change_id);
-- Delivered deliveries past their retention are deleted oldest first.
CREATE INDEX webhook_delivery_delivered_idx ON webhook_delivery (delivered_at) WHERE status = 'delivered';
