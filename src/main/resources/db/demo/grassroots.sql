-- Demo data for grassroots models and awards, from the source documents: the Thọ Xuân 10-year review of
-- 10/5/2023 (models by type and sponsor, 274 mediation teams, commendations of the district chairman to 9
-- collectives and 13 individuals), Hòa Bình's report of 9/6/2023 (45 models = 1,589 points and 2,590 teams;
-- the Cao Phong model published nationally by Department V05), Lạng Sơn's review of 8/2/2023 (11 collectives
-- honoured by the Minister, 25 by the provincial police director) and Bắc Từ Liêm's 5-year review of
-- 29/11/2018 (15 collectives and 30 individuals honoured).
--
-- Runs after db/demo/registry.sql (whose organizations, programs and agreements it refers to), in the same
-- transaction, and is idempotent: fixed ids (points and recipients have ids and keys derived from fixed
-- values), every INSERT ends with ON CONFLICT DO NOTHING. model_sponsor and award_recipient name their
-- primary key as the conflict target (their other unique constraint is DEFERRABLE).
--
-- What the sources do not give is not invented as fact:
-- * A point per counted instance is recorded (22 residential areas, 274 mediation teams...), in the unit the
--   source names (the district or the province); the communes are not given. Members are not given (null).
-- * Hòa Bình gives only totals: 12 of its 45 models are named; the other 33 are recorded as unnamed models,
--   and the 1,589 points are spread evenly over the 45 models (points 1-1,001 with 2 teams, the rest with 1)
--   so that the derived totals are the reported ones. The spread is a convention of this data, not a figure.
-- * Established dates are unknown (null); each model's status is the one reported, dated on the report.
-- * Award decision numbers and signing dates are not in the sources: numbers are provisional labels (the
--   achievement text says so) and dates are the conference dates at which the awards were presented.
-- * Collectives are not named by the sources ("Tập thể số 1 ..."); the individuals are INVENTED names, not
--   real people, with invented positions.
-- Mediation teams are models of the category self_mediation whose points are the teams.

-- ---------------------------------------------------------------------------------------------------------
-- Issuing organizations the registry did not hold yet
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO organization (id, name, short_name, type, level, unit_era, unit_code, parent_id, active_from, active_to, note, version, created_at, updated_at) VALUES
  ('a0000000-0000-4000-8003-000000000395', 'Ủy ban nhân dân huyện Thọ Xuân', 'UBND huyện Thọ Xuân', 'peoples_committee', 'district', 'legacy', '395',
   NULL, NULL, '2025-06-30', 'Cấp huyện kết thúc hoạt động từ ngày 01/7/2025.', 0, now(), now()),
  ('a0000000-0000-4000-8003-000000000021', 'Ủy ban nhân dân quận Bắc Từ Liêm', 'UBND quận Bắc Từ Liêm', 'peoples_committee', 'district', 'legacy', '021',
   NULL, '2014-04-01', '2025-06-30', 'Cấp huyện kết thúc hoạt động từ ngày 01/7/2025.', 0, now(), now())
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------
-- Grassroots models
-- ---------------------------------------------------------------------------------------------------------
CREATE TEMPORARY TABLE demo_model (
    id uuid, name text, category text, topic text, unit_era text, unit_code text, sponsor uuid,
    recognized_by uuid, status_since date, status_reason text, points int, teams_each int, point_unit text,
    point_label text, description text
) ON COMMIT DROP;

INSERT INTO demo_model VALUES
  -- Thọ Xuân (legacy district 395): reported at the 10-year review of 10/5/2023
  ('d0000000-0000-4000-8000-000000000001', 'Tổ hòa giải ở cơ sở', 'self_mediation', 'security_order', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000102', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 274, 1, '395', 'Tổ hòa giải số ',
   'Các tổ hòa giải do Ủy ban MTTQ huyện Thọ Xuân thành lập; mỗi điểm là một tổ.'),
  ('d0000000-0000-4000-8000-000000000002', 'Khu dân cư tự quản về ATTP', 'self_management', 'food_safety', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000102', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 22, NULL, '395', 'Khu dân cư số ',
   'Khu dân cư tự quản về an toàn thực phẩm, do Ủy ban MTTQ huyện xây dựng; mỗi điểm là một khu dân cư.'),
  ('d0000000-0000-4000-8000-000000000003', 'Khu dân cư tự quản về bảo vệ môi trường', 'self_management', 'environment', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000102', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 1, NULL, '395', 'Khu dân cư số ', NULL),
  ('d0000000-0000-4000-8000-000000000004', 'Khu dân cư sáng, xanh, sạch, đẹp, an toàn', 'self_management', 'environment', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000102', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 39, NULL, '395', 'Khu dân cư số ', NULL),
  ('d0000000-0000-4000-8000-000000000005', 'Tổ 3 trên 1', 'self_protection', 'security_order', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000103', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 0, NULL, '395', NULL,
   'Hội Cựu chiến binh huyện phối hợp xây dựng; số điểm không nêu trong nguồn.'),
  ('d0000000-0000-4000-8000-000000000006', 'Làng quê an toàn cho phụ nữ và trẻ em', 'self_protection', 'women_children', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000104', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 0, NULL, '395', NULL,
   'Số điểm không nêu trong nguồn.'),
  ('d0000000-0000-4000-8000-000000000007', 'Chi hội phụ nữ tự quản về vệ sinh an toàn thực phẩm', 'self_management', 'food_safety', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000104', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 122, NULL, '395', 'Chi hội số ', NULL),
  ('d0000000-0000-4000-8000-000000000008', 'Gia đình 5 không 3 sạch', 'self_management', 'women_children', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000104', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 115, NULL, '395', 'Điểm số ', NULL),
  ('d0000000-0000-4000-8000-000000000009', 'Câu lạc bộ gia đình hạnh phúc', 'other', 'women_children', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000104', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 38, NULL, '395', 'Câu lạc bộ số ', NULL),
  ('d0000000-0000-4000-8000-000000000010', 'CLB "Thắp sáng niềm tin"', 'self_prevention', 'reintegration', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000105', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 30, NULL, '395', 'Câu lạc bộ số ',
   'Huyện Đoàn Thọ Xuân thành lập và duy trì.'),
  ('d0000000-0000-4000-8000-000000000011', 'Tuổi trẻ phòng chống tội phạm', 'self_prevention', 'youth', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000105', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 6, NULL, '395', 'Điểm số ', NULL),
  ('d0000000-0000-4000-8000-000000000012', 'Khu dân cư không có thanh niên mắc tệ nạn xã hội', 'self_prevention', 'social_evils', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000105', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 30, NULL, '395', 'Khu dân cư số ', NULL),
  ('d0000000-0000-4000-8000-000000000013', 'Tuyến đường thanh niên tự quản về ANTT', 'self_management', 'youth', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000105', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 21, NULL, '395', 'Tuyến đường số ', NULL),
  ('d0000000-0000-4000-8000-000000000014', 'Cổng trường ATGT – xanh, sạch, đẹp', 'self_management', 'traffic_safety', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000105', NULL, '2023-05-10', 'Báo cáo tổng kết 10 năm ngày 10/5/2023', 77, NULL, '395', 'Cổng trường số ', NULL),
  -- Hòa Bình (legacy province 17): the models named in the report of 9/6/2023; their points are spread below
  ('d0000000-0000-4000-8000-000000000020', 'Phối hợp phòng ngừa, quản lý, giáo dục giúp đỡ người có biểu hiện tâm thần gây mất ANTT',
   'self_prevention', 'security_order', 'legacy', '154', 'a0000000-0000-4000-8000-000000000301', 'a0000000-0000-4000-8000-000000000001',
   '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '154', 'Điểm mô hình số ',
   'Mô hình trên địa bàn huyện Cao Phong được Cục V05 - Bộ Công an ban hành thông báo kinh nghiệm xây dựng và thực hiện trên cả nước (số và ngày thông báo không nêu trong nguồn).'),
  ('d0000000-0000-4000-8000-000000000021', 'Hội cựu chiến binh phối hợp Công an quân sự', 'self_protection', 'security_order', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000022', 'Giúp đỡ người lầm lỗi tái hòa nhập cộng đồng', 'self_prevention', 'reintegration', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000023', 'Phường bảo đảm trật tự đô thị', 'self_management', 'security_order', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000024', 'Trong nhà 3 có, ngoài ngõ 3 không', 'self_management', 'security_order', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000025', 'Thanh niên tự quản về ANTT', 'self_management', 'youth', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000026', 'Xã đảm bảo bình yên', 'self_protection', 'security_order', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000027', 'Phiên chợ an toàn', 'self_management', 'security_order', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000028', 'Hòm thư ANTT 4.0', 'self_prevention', 'security_order', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000029', 'Cụm an ninh liên hoàn', 'self_protection', 'security_order', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000030', 'Cụm an ninh, quốc phòng', 'self_protection', 'security_order', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL),
  ('d0000000-0000-4000-8000-000000000031', 'Cụm an ninh giáp ranh giữa các xã với xã, cơ quan, đơn vị trong tỉnh; với các xã, các huyện, các tỉnh bạn',
   'self_protection', 'security_order', 'legacy', '17', 'a0000000-0000-4000-8000-000000000041', NULL, '2023-06-09',
   'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ', NULL);

-- The 33 other models of Hòa Bình, not named by the source (13th to 45th).
INSERT INTO demo_model
SELECT ('d0000000-0000-4000-8000-0000000001' || lpad(n::text, 2, '0'))::uuid,
       'Mô hình số ' || n || ' của tỉnh Hòa Bình (tên không nêu trong nguồn)', 'other', 'security_order', 'legacy', '17',
       NULL, NULL, '2023-06-09', 'Báo cáo kết quả 10 năm ngày 9/6/2023', NULL, NULL, '17', 'Điểm mô hình số ',
       'Một trong 45 mô hình tỉnh Hòa Bình duy trì (báo cáo ngày 9/6/2023); nguồn không nêu tên.'
  FROM generate_series(13, 45) AS n;

INSERT INTO grassroots_model (id, name, description, category, topic, unit_era, unit_code, established_on, replicated_from_id,
                              recognized_by_id, recognition_decision, recognized_on, version, created_at, updated_at)
SELECT id, name, description, category, topic, unit_era, unit_code, NULL, NULL, recognized_by, NULL, NULL, 0, now(), now()
  FROM demo_model
ON CONFLICT DO NOTHING;

INSERT INTO model_sponsor (model_id, position, organization_id)
SELECT id, 0, sponsor FROM demo_model WHERE sponsor IS NOT NULL
ON CONFLICT (model_id, position) DO NOTHING;

INSERT INTO model_status (model_id, position, status, since, reason, recorded_at)
SELECT id, 0, 'maintained', status_since, status_reason, now() FROM demo_model
ON CONFLICT (model_id, position) DO NOTHING;

-- Points of the Thọ Xuân models: one per counted instance, in the district.
INSERT INTO model_point (id, model_id, name, unit_era, unit_code, organization_id, started_on, teams, members, note, version, created_at, updated_at)
SELECT md5('antq-demo-point:' || m.id || ':' || n)::uuid, m.id, m.point_label || n, 'legacy', m.point_unit, m.sponsor,
       NULL, m.teams_each, NULL, NULL, 0, now(), now()
  FROM demo_model m CROSS JOIN LATERAL generate_series(1, m.points) AS n
 WHERE m.points > 0
ON CONFLICT DO NOTHING;

-- Points of the 45 Hòa Bình models: 1,589 points with 2,590 teams in all, spread evenly (see the header).
WITH hoa_binh AS (
    SELECT id, point_unit, point_label, row_number() OVER (ORDER BY id) - 1 AS slot
      FROM demo_model WHERE status_since = '2023-06-09'
)
INSERT INTO model_point (id, model_id, name, unit_era, unit_code, organization_id, started_on, teams, members, note, version, created_at, updated_at)
SELECT md5('antq-demo-point:hoa-binh:' || n)::uuid, h.id, h.point_label || n, 'legacy', h.point_unit, NULL,
       NULL, CASE WHEN n <= 1001 THEN 2 ELSE 1 END, NULL, NULL, 0, now(), now()
  FROM generate_series(1, 1589) AS n
  JOIN hoa_binh h ON h.slot = (n - 1) % 45
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------
-- Award decisions
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO award_decision (id, number, signed_on, issuer_id, signer_title, form, occasion, occasion_program_id, occasion_agreement_id,
                            occasion_year, achievement, status, version, created_at, updated_at) VALUES
  ('e0000000-0000-4000-8000-000000002023', 'GK-UBND-TX-2023 (nhãn tạm)', '2023-05-10', 'a0000000-0000-4000-8003-000000000395',
   'Chủ tịch UBND huyện Thọ Xuân', 'district_chairman_commendation', 'review_conference', NULL, 'c0000000-0000-4000-8000-000000000395', NULL,
   'Có thành tích xuất sắc trong thực hiện Chương trình phối hợp số 09 về "Đẩy mạnh phong trào Toàn dân bảo vệ ANTQ trong tình hình mới" giai đoạn 2013 - 2023. Giấy khen trao tại hội nghị tổng kết ngày 10/5/2023; số hiệu và ngày ký quyết định không nêu trong nguồn.',
   'valid', 0, now(), now()),
  ('e0000000-0000-4000-8000-000000202201', 'BK-BCA-LS-2022 (nhãn tạm)', '2023-02-08', 'a0000000-0000-4000-8000-000000000001',
   'Bộ trưởng Bộ Công an', 'minister_certificate', 'annual_movement', NULL, NULL, 2022,
   'Có thành tích xuất sắc trong công tác xây dựng phong trào Toàn dân bảo vệ ANTQ năm 2022 (tỉnh Lạng Sơn). Bằng khen trao tại hội nghị tổng kết ngày 8/2/2023; số hiệu và ngày ký quyết định không nêu trong nguồn.',
   'valid', 0, now(), now()),
  ('e0000000-0000-4000-8000-000000202202', 'GK-CAT-LS-2022 (nhãn tạm)', '2023-02-08', 'a0000000-0000-4000-8000-000000000031',
   'Giám đốc Công an tỉnh Lạng Sơn', 'police_director_commendation', 'annual_movement', NULL, NULL, 2022,
   'Có thành tích xuất sắc trong công tác xây dựng phong trào Toàn dân bảo vệ ANTQ năm 2022. Giấy khen trao tại hội nghị tổng kết ngày 8/2/2023; số hiệu và ngày ký quyết định không nêu trong nguồn.',
   'valid', 0, now(), now()),
  ('e0000000-0000-4000-8000-000000002018', 'KT-BTL-2018 (nhãn tạm)', '2018-11-29', 'a0000000-0000-4000-8003-000000000021',
   NULL, 'other', 'review_conference', NULL, 'c0000000-0000-4000-8000-000000000021', NULL,
   'Tập thể, cá nhân tiêu biểu có thành tích xuất sắc trong thực hiện chương trình phối hợp giữa Công an và Ủy ban MTTQ Việt Nam quận về đẩy mạnh phong trào bảo vệ ANTQ trong tình hình mới (sơ kết 05 năm ngày 29/11/2018). Nguồn ghi "được các cấp khen thưởng": hình thức, cấp và số hiệu quyết định không nêu; ghi chung một bản ghi.',
   'valid', 0, now(), now())
ON CONFLICT DO NOTHING;

-- Collectives: unnamed by the sources.
INSERT INTO award_recipient (award_id, position, kind, organization_id, name, job_title, work_unit, gender, birth_date)
SELECT a.id, n - 1, 'collective', NULL, 'Tập thể số ' || n || ' (nguồn không nêu tên)', NULL, NULL, NULL, NULL
  FROM (VALUES ('e0000000-0000-4000-8000-000000002023'::uuid, 9),
               ('e0000000-0000-4000-8000-000000202201'::uuid, 11),
               ('e0000000-0000-4000-8000-000000202202'::uuid, 25),
               ('e0000000-0000-4000-8000-000000002018'::uuid, 15)) AS a (id, collectives)
 CROSS JOIN LATERAL generate_series(1, a.collectives) AS n
ON CONFLICT (award_id, position) DO NOTHING;

-- Individuals: invented names (not real people), after the collectives.
INSERT INTO award_recipient (award_id, position, kind, organization_id, name, job_title, work_unit, gender, birth_date)
SELECT a.id, a.collectives + n - 1, 'individual', NULL,
       (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'])[1 + (n * 3) % 10] || ' '
         || CASE WHEN n % 2 = 0 THEN 'Thị' ELSE 'Văn' END || ' '
         || (ARRAY['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hạnh', 'Khánh', 'Lâm', 'Mai', 'Nam', 'Phúc', 'Quyên', 'Sơn', 'Thảo', 'Uyên'])[1 + (n * 7) % 16]
         || ' (tên minh họa)',
       (ARRAY['Trưởng thôn', 'Công an viên', 'Chi hội trưởng phụ nữ', 'Bí thư chi đoàn', 'Tổ trưởng tổ hòa giải'])[1 + n % 5],
       a.work_unit,
       CASE WHEN n % 2 = 0 THEN 'female' ELSE 'male' END, NULL
  FROM (VALUES ('e0000000-0000-4000-8000-000000002023'::uuid, 9, 13, 'Huyện Thọ Xuân'),
               ('e0000000-0000-4000-8000-000000002018'::uuid, 15, 30, 'Quận Bắc Từ Liêm')) AS a (id, collectives, individuals, work_unit)
 CROSS JOIN LATERAL generate_series(1, a.individuals) AS n
ON CONFLICT (award_id, position) DO NOTHING;
