-- Every record that names an administrative unit also carries the 2025 province that unit lies in
-- (for a legacy unit: the province it became part of), kept by a trigger. Lists filtered by a 2025
-- province, area checks and statistics use it directly, behind an index, instead of a look-up of the
-- unit per row.

CREATE FUNCTION set_unit_province() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.unit_code IS NULL THEN
        NEW.unit_province := NULL;
    ELSE
        SELECT u.province_2025_code INTO NEW.unit_province
          FROM admin_unit u WHERE u.era = NEW.unit_era AND u.code = NEW.unit_code;
    END IF;
    RETURN NEW;
END $$;

ALTER TABLE organization ADD COLUMN unit_province varchar(2);
ALTER TABLE program ADD COLUMN unit_province varchar(2);
ALTER TABLE coordination_agreement ADD COLUMN unit_province varchar(2);
ALTER TABLE festival ADD COLUMN unit_province varchar(2);

CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON organization
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();
CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON program
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();
CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON coordination_agreement
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();
CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON festival
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE INDEX organization_province_idx ON organization (unit_province) WHERE deleted_at IS NULL;
CREATE INDEX program_province_idx ON program (unit_province) WHERE deleted_at IS NULL;
CREATE INDEX agreement_province_idx ON coordination_agreement (unit_province) WHERE deleted_at IS NULL;
-- The mobile schedule: a province's festivals in start order.
CREATE INDEX festival_province_starts_idx ON festival (unit_province, starts_at, id) WHERE deleted_at IS NULL;

-- Fill the rows written before this migration. The column is derived, not a change of the records:
-- their audit and festival-change triggers are paused meanwhile, so no audit event or sync change is made
-- (and no trigger event is left pending in this transaction).
ALTER TABLE organization DISABLE TRIGGER audit;
ALTER TABLE program DISABLE TRIGGER audit;
ALTER TABLE coordination_agreement DISABLE TRIGGER audit;
ALTER TABLE festival DISABLE TRIGGER audit, DISABLE TRIGGER festival_change_seq;
UPDATE organization r SET unit_province = u.province_2025_code FROM admin_unit u WHERE u.era = r.unit_era AND u.code = r.unit_code;
UPDATE program r SET unit_province = u.province_2025_code FROM admin_unit u WHERE u.era = r.unit_era AND u.code = r.unit_code;
UPDATE coordination_agreement r SET unit_province = u.province_2025_code FROM admin_unit u WHERE u.era = r.unit_era AND u.code = r.unit_code;
UPDATE festival r SET unit_province = u.province_2025_code FROM admin_unit u WHERE u.era = r.unit_era AND u.code = r.unit_code;
ALTER TABLE organization ENABLE TRIGGER audit;
ALTER TABLE program ENABLE TRIGGER audit;
ALTER TABLE coordination_agreement ENABLE TRIGGER audit;
ALTER TABLE festival ENABLE TRIGGER audit, ENABLE TRIGGER festival_change_seq;
