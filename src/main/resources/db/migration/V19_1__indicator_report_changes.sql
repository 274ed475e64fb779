-- The change feed of the indicator reports (see V18): a report changes with its values.
CREATE FUNCTION record_change_state_indicator_reports(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM indicator_report WHERE id = record
$$;
SELECT record_change_track('indicator-reports', 'indicator_report', 'id');
SELECT record_change_track('indicator-reports', 'indicator_report_value', 'report_id');

-- The reports written before this migration enter the log once, as they are now.
INSERT INTO record_change (collection, record_id, action, unit_era, unit_code, unit_province)
SELECT 'indicator-reports', r.id, CASE WHEN r.deleted_at IS NOT NULL THEN 'delete' ELSE 'create' END,
       r.unit_era, r.unit_code, r.unit_province
  FROM indicator_report r ORDER BY r.id;
