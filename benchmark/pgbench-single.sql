-- The single-festival read, straight to PostgreSQL.
\set y random(2013, 2026)
\set i random(1, 6000)
SELECT f.id, f.year, f.title, f.unit_era, f.unit_code, f.local_area, f.starts_at, f.ends_at, f.previous_starts_at,
       f.status, f.venue_name, f.venue_address, f.latitude, f.longitude, f.leaders, f.participants, f.gift_count,
       f.gift_value_vnd, f.note, f.version, f.created_at, f.updated_at
  FROM festival f WHERE f.id = md5('bench-festival-' || :y || '-' || :i)::uuid AND f.deleted_at IS NULL;
