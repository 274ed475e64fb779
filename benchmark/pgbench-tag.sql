-- What revalidating a province's schedule reads: the cache tag of the province's cells for the years
-- the window covers (see V12__festival_read_path.sql).
\set y random(2013, 2026)
\set p random(0, 33)
SELECT coalesce(sum(version), 0) FROM festival_schedule_tag
 WHERE year BETWEEN :y AND :y AND province = ANY (ARRAY[(string_to_array(:provinces, ','))[:p + 1]]::varchar[]);
