-- Demo reporting calendar (see docs/reporting.md). Every value here is illustrative: the sources say when the national
-- review of the 2022 festival day was held (23/11/2022), not which reports the Ministry asked for or by when, and
-- they set no targets. Fixed ids and ON CONFLICT DO NOTHING: a second run changes nothing.
--
-- 1. The 2022 festival-day period of the national review: the 63 provinces of the legacy era report their 2022
--    figures by 22/11/2022, the day before the review. Hà Tĩnh's and Lạng Sơn's annual 2022 reports (indicators.sql)
--    answer it and are accepted; the 61 other provinces show as missing and late.
-- 2. A current annual period: the communes of Lạng Sơn (2025 era) report on 2026 by 21/12/2026.
-- 3. Two targets for Lạng Sơn (legacy unit, 2022) set against its safety-standard figures: 95 % of the communes
--    assessed up to the standard (173 of 181 were: met) and 1 700 residential areas (1 686 were: not met).
INSERT INTO reporting_period (id, title, organization_id, kind, from_year, to_year, level, era, unit_era, unit_code,
                              opens_on, due_on, note, version, created_at, updated_at) VALUES
  ('d9000000-0000-4000-8000-000000000001',
   'Báo cáo kết quả tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022 (phục vụ hội nghị sơ kết toàn quốc 23/11/2022)',
   'a0000000-0000-4000-8000-000000000001', 'annual', 2022, 2022, 'province', 'legacy', NULL, NULL,
   '2022-10-01', '2022-11-22',
   'Minh họa (illustrative): kỳ báo cáo dựng lại cho bản demo; nguồn chỉ nêu hội nghị trực tuyến ngày 23/11/2022 kết nối 63 điểm cầu.',
   0, now(), now()),
  ('d9000000-0000-4000-8000-000000000002',
   'Báo cáo kết quả phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2026 của các xã, phường tỉnh Lạng Sơn',
   'a0000000-0000-4000-8000-000000000032', 'annual', 2026, 2026, 'commune', '2025', '2025', '20',
   '2026-11-15', '2026-12-21',
   'Minh họa (illustrative): kỳ báo cáo năm hiện hành, hạn trong các tuần tới.',
   0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO reporting_period_indicator (period_id, position, indicator_code)
SELECT v.period_id::uuid, v.position, v.indicator_code FROM (VALUES
  ('d9000000-0000-4000-8000-000000000001', 0, 'festival_points'),
  ('d9000000-0000-4000-8000-000000000001', 1, 'festival_participants'),
  ('d9000000-0000-4000-8000-000000000001', 2, 'festival_gifts'),
  ('d9000000-0000-4000-8000-000000000002', 0, 'models_new'),
  ('d9000000-0000-4000-8000-000000000002', 1, 'mediation_teams'),
  ('d9000000-0000-4000-8000-000000000002', 2, 'campaign_launches')
) AS v(period_id, position, indicator_code)
WHERE EXISTS (SELECT 1 FROM reporting_period p WHERE p.id = v.period_id::uuid)
ON CONFLICT DO NOTHING;

INSERT INTO target (id, unit_era, unit_code, indicator_code, from_year, to_year, minimum_value, minimum_share, note,
                    version, created_at, updated_at) VALUES
  ('d9100000-0000-4000-8000-000000000001', 'legacy', '20', 'safety_commune_attained', 2022, 2022, NULL, 0.95,
   'Minh họa (illustrative): 95 % số xã đăng ký đạt tiêu chuẩn "An toàn về ANTT"; nguồn không nêu chỉ tiêu.', 0, now(), now()),
  ('d9100000-0000-4000-8000-000000000002', 'legacy', '20', 'safety_residential_area_attained', 2022, 2022, 1700, NULL,
   'Minh họa (illustrative): 1.700 khu dân cư đạt tiêu chuẩn "An toàn về ANTT"; nguồn không nêu chỉ tiêu.', 0, now(), now())
ON CONFLICT DO NOTHING;
