-- A country's worth of festival points for the benchmark: about 6,000 a year over 2013-2026
-- (84,000 festivals), spread over every province in proportion to its communes, plus the organizations
-- they reference; the safety standard assessments of 2021-2025 (every commune and one school per legacy
-- district, each year, about 48,000); and 10,000 grassroots models with 30,000 points over 2013-2024. Deterministic: every value comes from a hash of the row's number, so two runs make
-- the same database. Runs through the normal triggers (change numbers, audit trail).
-- Variables: :festivals_per_year (default 6000).

\set ON_ERROR_STOP on
\if :{?festivals_per_year}
\else
  \set festivals_per_year 6000
\endif

BEGIN;
SELECT set_config('antq.actor_subject', 'benchmark-generator', true);

-- A deterministic number in [0, 1) for a text seed.
CREATE FUNCTION pg_temp.rnd(seed text) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
    SELECT ('x' || substr(md5(seed), 1, 8))::bit(32)::bigint / 4294967296.0
$$;

-- One provincial police organization per province of each era: the festivals' organizers.
INSERT INTO organization (id, name, short_name, type, level, unit_era, unit_code, active_from, active_to, created_at, updated_at)
SELECT md5('bench-police-' || u.era || '-' || u.code)::uuid, 'Công an ' || u.full_name, 'CA ' || u.name, 'police', 'province',
       u.era, u.code, NULL, u.valid_to, now(), now()
  FROM admin_unit u
 WHERE u.level = 'province' AND (u.era = '2025' OR u.valid_to = DATE '2025-06-30')
ON CONFLICT (id) DO NOTHING;

-- Communes of each era, numbered, to pick from; each province gets a pseudo-location (the data set
-- has no coordinates) and its communes lie around it.
CREATE TEMP TABLE bench_commune AS
SELECT row_number() OVER (PARTITION BY c.era ORDER BY c.code) - 1 AS n, c.era, c.code, c.province_code,
       8.7 + pg_temp.rnd('lat-' || c.province_2025_code) * 14.0 + (pg_temp.rnd('clat-' || c.era || c.code) - 0.5) * 0.5 AS lat,
       102.3 + pg_temp.rnd('lon-' || c.province_2025_code) * 6.8 + (pg_temp.rnd('clon-' || c.era || c.code) - 0.5) * 0.5 AS lon
  FROM admin_unit c
 WHERE c.level = 'commune' AND (c.era = '2025' OR c.valid_to = DATE '2025-06-30');
CREATE INDEX ON bench_commune (era, n);
ANALYZE bench_commune;

CREATE TEMP TABLE bench_festival AS
WITH counts AS (SELECT era, count(*) AS total FROM bench_commune GROUP BY era),
     slots AS (
         SELECT y AS year, i,
                CASE WHEN y >= 2025 THEN '2025' ELSE 'legacy' END AS era,
                -- festival days cluster around 19 August: 10-29 August, from 7:00 to 15:00
                make_timestamptz(y, 8, 10 + floor(pg_temp.rnd('day-' || y || '-' || i) * 20)::int,
                                 7 + floor(pg_temp.rnd('hour-' || y || '-' || i) * 8)::int, 0, 0, 'Asia/Ho_Chi_Minh') AS starts_at,
                pg_temp.rnd('pick-' || y || '-' || i) AS pick,
                pg_temp.rnd('status-' || y || '-' || i) AS fate
           FROM generate_series(2013, 2026) AS y, generate_series(1, :festivals_per_year) AS i)
SELECT md5('bench-festival-' || s.year || '-' || s.i)::uuid AS id, s.year, s.i, s.era, c.code, c.province_code, c.lat, c.lon,
       s.starts_at, s.fate
  FROM slots s
  JOIN counts k ON k.era = s.era
  JOIN bench_commune c ON c.era = s.era AND c.n = floor(s.pick * k.total)::bigint;

INSERT INTO festival (id, year, title, unit_era, unit_code, local_area, starts_at, ends_at, status, venue_name,
                      venue_address, latitude, longitude, leaders, participants, gift_count, gift_value_vnd,
                      created_at, updated_at)
SELECT f.id, f.year, 'Ngày hội toàn dân bảo vệ ANTQ năm ' || f.year || ' - điểm ' || f.i, f.era, f.code,
       'Thôn ' || (1 + floor(pg_temp.rnd('area-' || f.id) * 12)::int),
       f.starts_at, f.starts_at + interval '3 hours 30 minutes',
       CASE WHEN f.year < 2026 THEN 'held' WHEN f.fate < 0.02 THEN 'cancelled' WHEN f.fate < 0.05 THEN 'postponed' ELSE 'planned' END,
       'Nhà văn hóa thôn ' || (1 + floor(pg_temp.rnd('area-' || f.id) * 12)::int), NULL,
       f.lat, f.lon,
       CASE WHEN f.fate < 0.01 THEN '[{"level":"province","title":"Lãnh đạo tỉnh"}]'::jsonb
            WHEN f.fate < 0.15 THEN '[{"level":"district","title":"Lãnh đạo huyện"}]'::jsonb ELSE '[]'::jsonb END,
       CASE WHEN f.year < 2026 THEN 40 + floor(pg_temp.rnd('people-' || f.id) * 160)::int END,
       CASE WHEN f.year < 2026 THEN floor(pg_temp.rnd('gifts-' || f.id) * 12)::int END,
       CASE WHEN f.year < 2026 THEN floor(pg_temp.rnd('gifts-' || f.id) * 12)::bigint * 500000 END,
       now(), now()
  FROM bench_festival f
 ORDER BY f.starts_at
ON CONFLICT (id) DO NOTHING;

INSERT INTO festival_organizer (festival_id, position, organization_id)
SELECT f.id, 0, md5('bench-police-' || f.era || '-' || f.province_code)::uuid
  FROM bench_festival f
ON CONFLICT (festival_id, position) DO NOTHING;

-- Safety standard assessments 2021-2025: every commune-level unit of the year's structure (legacy up
-- to 2024, the 2025 structure in 2025), about 95% attained. (Residential areas have the same shape; the
-- audit trail's per-row cost at commit keeps the generator to the communes, so that it stays short.)
INSERT INTO safety_assessment (id, subject_kind, year, unit_era, unit_code, area_name, attained, decision_number,
                               decided_on, created_at, updated_at)
SELECT md5('bench-safety-' || y || '-' || a.kind || '-' || c.era || c.code)::uuid,
       CASE WHEN a.kind = 'area' THEN 'residential_area'
            ELSE CASE u.type_en WHEN 'ward' THEN 'ward' WHEN 'commune_level_town' THEN 'township'
                                WHEN 'special_administrative_region' THEN 'special_zone' ELSE 'commune' END END,
       y, c.era, c.code, CASE WHEN a.kind = 'area' THEN 'Thôn ' || (1 + floor(pg_temp.rnd('sa-' || c.code) * 12)::int) END,
       pg_temp.rnd('safe-' || y || '-' || a.kind || '-' || c.era || c.code) < 0.95,
       (1 + floor(pg_temp.rnd('sd-' || y || c.province_code) * 300)::int) || '/QĐ-UBND', make_date(y, 12, 20), now(), now()
  FROM generate_series(2021, 2025) AS y
  JOIN bench_commune c ON c.era = CASE WHEN y >= 2025 THEN '2025' ELSE 'legacy' END
  JOIN admin_unit u ON u.era = c.era AND u.code = c.code
 CROSS JOIN (VALUES ('unit')) AS a(kind)
ON CONFLICT DO NOTHING;

-- One school per legacy district, assessed every year 2021-2024.
INSERT INTO organization (id, name, type, level, unit_era, unit_code, active_to, created_at, updated_at)
SELECT md5('bench-school-' || d.code)::uuid, 'Trường THPT ' || d.name, 'school', 'district', 'legacy', d.code, d.valid_to, now(), now()
  FROM admin_unit d WHERE d.era = 'legacy' AND d.level = 'district' AND d.valid_to = DATE '2025-06-30'
ON CONFLICT DO NOTHING;
INSERT INTO safety_assessment (id, subject_kind, year, unit_era, unit_code, organization_id, attained, created_at, updated_at)
SELECT md5('bench-safety-school-' || y || '-' || d.code)::uuid, 'school', y, 'legacy', d.code, md5('bench-school-' || d.code)::uuid,
       pg_temp.rnd('school-' || y || d.code) < 0.97, now(), now()
  FROM generate_series(2021, 2024) AS y
  JOIN admin_unit d ON d.era = 'legacy' AND d.level = 'district' AND d.valid_to = DATE '2025-06-30'
ON CONFLICT DO NOTHING;

-- Grassroots models on legacy communes, established 2013-2024, with three points each and a status
-- history (about 5% dissolved later).
CREATE TEMP TABLE bench_model AS
SELECT md5('bench-model-' || i)::uuid AS id, i, c.code,
       make_date(2013 + floor(pg_temp.rnd('est-' || i) * 12)::int, 1 + floor(pg_temp.rnd('estm-' || i) * 12)::int, 1) AS established_on
  FROM generate_series(1, 10000) AS i
  JOIN bench_commune c ON c.era = 'legacy'
   AND c.n = floor(pg_temp.rnd('model-' || i) * (SELECT count(*) FROM bench_commune WHERE era = 'legacy'))::bigint;
INSERT INTO grassroots_model (id, name, category, topic, unit_era, unit_code, established_on, created_at, updated_at)
SELECT m.id, 'Mô hình ' || m.i,
       (ARRAY['self_prevention', 'self_management', 'self_protection', 'self_mediation', 'other'])[1 + floor(pg_temp.rnd('cat-' || m.i) * 5)::int],
       (ARRAY['security_order', 'food_safety', 'environment', 'traffic_safety', 'youth', 'social_evils'])[1 + floor(pg_temp.rnd('top-' || m.i) * 6)::int],
       'legacy', m.code, m.established_on, now(), now()
  FROM bench_model m
ON CONFLICT DO NOTHING;
INSERT INTO model_status (model_id, position, status, since, reason)
SELECT m.id, 0, 'active', m.established_on, NULL FROM bench_model m
 WHERE NOT EXISTS (SELECT 1 FROM model_status s WHERE s.model_id = m.id);
INSERT INTO model_status (model_id, position, status, since, reason)
SELECT m.id, 1, 'dissolved', m.established_on + 400, 'Không còn duy trì' FROM bench_model m
 WHERE pg_temp.rnd('dis-' || m.i) < 0.05 AND NOT EXISTS (SELECT 1 FROM model_status s WHERE s.model_id = m.id AND s.position = 1);
INSERT INTO model_point (id, model_id, name, unit_era, unit_code, started_on, teams, members, created_at, updated_at)
SELECT md5('bench-point-' || m.i || '-' || p)::uuid, m.id, 'Điểm ' || p, 'legacy', m.code, m.established_on,
       1 + floor(pg_temp.rnd('teams-' || m.i || p) * 3)::int, 5 + floor(pg_temp.rnd('members-' || m.i || p) * 20)::int, now(), now()
  FROM bench_model m CROSS JOIN generate_series(1, 3) AS p
ON CONFLICT DO NOTHING;

COMMIT;
ANALYZE;
