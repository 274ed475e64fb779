-- A province's two-week schedule, the same query the service runs (compact items, start order, the units
-- labelled from the catalogue in memory): an index-only scan of festival_schedule_idx (V23, widened by V80).
-- :provinces is the comma-separated list of the 34 province codes (pgbench -D).
\set y random(2013, 2026)
\set p random(0, 33)
SELECT e.id, e.title, e.starts_at, e.ends_at, e.status, e.unit_era, e.unit_code, e.local_area,
       e.venue_name, e.latitude, e.longitude, e.version, e.updated_at, e.kind, e.activity_kinds
  FROM festival e
 WHERE e.deleted_at IS NULL
   AND e.ends_at >= make_timestamptz(:y, 8, 12, 0, 0, 0, 'Asia/Ho_Chi_Minh')
   AND e.starts_at >= make_timestamptz(:y, 8, 12, 0, 0, 0, 'Asia/Ho_Chi_Minh') - interval '7 days'
   AND e.starts_at < make_timestamptz(:y, 8, 26, 0, 0, 0, 'Asia/Ho_Chi_Minh')
   AND e.unit_province = (string_to_array(:provinces, ','))[:p + 1]
 ORDER BY e.starts_at, e.id
 LIMIT 51;
