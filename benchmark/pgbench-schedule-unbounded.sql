-- A province's two-week schedule as the service ran it before festivals had a bounded duration: the
-- index scan on (province, starts_at) cannot stop at the window's start and walks every earlier year.
-- :provinces is the comma-separated list of the 34 province codes (pgbench -D).
\set y random(2013, 2026)
\set p random(0, 33)
SELECT e.id, e.title, e.starts_at, e.ends_at, e.status, u.era, u.code, u.level, u.full_name, e.local_area,
       e.venue_name, e.latitude, e.longitude, e.version, e.updated_at
  FROM festival e JOIN admin_unit u ON u.era = e.unit_era AND u.code = e.unit_code
 WHERE e.deleted_at IS NULL
   AND e.ends_at >= make_timestamptz(:y, 8, 12, 0, 0, 0, 'Asia/Ho_Chi_Minh')
   AND e.starts_at < make_timestamptz(:y, 8, 26, 0, 0, 0, 'Asia/Ho_Chi_Minh')
   AND e.unit_province = (string_to_array(:provinces, ','))[:p + 1]
 ORDER BY e.starts_at, e.id
 LIMIT 51;
