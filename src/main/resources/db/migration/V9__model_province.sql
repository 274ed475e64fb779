-- Grassroots models and their points carry their 2025 province too (see V8).
ALTER TABLE grassroots_model ADD COLUMN unit_province varchar(2);
ALTER TABLE model_point ADD COLUMN unit_province varchar(2);

CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON grassroots_model
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();
CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON model_point
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE INDEX grassroots_model_province_idx ON grassroots_model (unit_province) WHERE deleted_at IS NULL;
CREATE INDEX model_point_province_idx ON model_point (unit_province) WHERE deleted_at IS NULL;

-- Fill the rows written before this migration, as V8 does: a derived column, not a change of the records.
ALTER TABLE grassroots_model DISABLE TRIGGER audit;
ALTER TABLE model_point DISABLE TRIGGER audit;
UPDATE grassroots_model r SET unit_province = u.province_2025_code FROM admin_unit u WHERE u.era = r.unit_era AND u.code = r.unit_code;
UPDATE model_point r SET unit_province = u.province_2025_code FROM admin_unit u WHERE u.era = r.unit_era AND u.code = r.unit_code;
ALTER TABLE grassroots_model ENABLE TRIGGER audit;
ALTER TABLE model_point ENABLE TRIGGER audit;
