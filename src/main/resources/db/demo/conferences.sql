-- Demo review conferences and campaign launches (after registry.sql, grassroots.sql and indicators.sql, whose
-- organizations, agreements, award decisions and indicator reports they name). Fixed ids and ON CONFLICT DO NOTHING:
-- a second run changes nothing. A database migrated from the embedded reviews (V19) already holds these five
-- conferences under other ids: a conference of the same day and title is then not added again.
--
-- The conferences of the source documents: the national review of the 2022 festival day (online, 63 bridge points),
-- Lạng Sơn's annual review of 2022 (online on two levels, province and districts; the number of bridge points is not
-- in the source), Bắc Từ Liêm's 5-year review, and the 10-year reviews of Hòa Bình (the date is the report's
-- publication date) and Thọ Xuân. Leaders are recorded by position only.
INSERT INTO review_conference (id, kind, held_on, level, unit_era, unit_code, title, format, bridge_points, program_id,
                               agreement_id, from_year, to_year, festival_year, indicator_report_id, leaders, summary, figures,
                               version, created_at, updated_at)
SELECT v.*, 0, now(), now() FROM (VALUES
  ('d1000000-0000-4000-8000-000000000001'::uuid, 'annual', '2022-11-23'::date, 'central', NULL, NULL,
   'Hội nghị tổng kết công tác tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022',
   'online', 63::int, NULL::uuid, NULL::uuid, NULL::int, NULL::int, 2022::int, 'c0000000-0000-4000-8000-000000000001'::uuid,
   ARRAY['Thứ trưởng Bộ Công an (chủ trì)', 'Phó Ban Dân vận Trung ương']::varchar[],
   'Bộ Công an tổ chức trực tuyến, kết nối tới Công an 63 tỉnh, thành phố; triển khai chương trình nâng cao chất lượng, hiệu quả thực hiện tiêu chí an ninh, trật tự trong xây dựng nông thôn mới giai đoạn 2021 - 2025 và thí điểm “Công an phường điển hình, kiểu mẫu về an ninh, trật tự và văn minh đô thị”. Ngày hội tổ chức theo Quyết định số 521/QĐ-TTg. Số liệu toàn quốc và tại điểm cầu Hà Tĩnh (Công an tỉnh Hà Tĩnh).',
   '[{"name": "Suất quà tặng trong Ngày hội, toàn quốc (trên)", "value": 35000, "unit": "suất"},
     {"name": "Tổng giá trị quà tặng trong Ngày hội, toàn quốc (gần)", "value": 35, "unit": "tỷ đồng"},
     {"name": "Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” Bộ Công an tặng năm 2022", "value": 4346, "unit": "kỷ niệm chương"},
     {"name": "Bằng khen Bộ Công an tặng năm 2022", "value": 165, "unit": "bằng khen"},
     {"name": "Tập thể được Bộ Công an trao Bằng khen tại hội nghị", "value": 17, "unit": "tập thể"},
     {"name": "Cá nhân được Bộ Công an trao Bằng khen tại hội nghị", "value": 22, "unit": "cá nhân"},
     {"name": "Hà Tĩnh: lượt người dân tham gia Ngày hội (trên)", "value": 84000, "unit": "lượt người"},
     {"name": "Hà Tĩnh: suất quà tặng", "value": 412, "unit": "suất"},
     {"name": "Hà Tĩnh: điểm ngày hội tại cấp xã, thôn, bản", "value": 1407, "unit": "điểm"},
     {"name": "Hà Tĩnh: điểm ngày hội có lãnh đạo tỉnh dự", "value": 15, "unit": "điểm"},
     {"name": "Hà Tĩnh: điểm ngày hội có lãnh đạo huyện dự", "value": 209, "unit": "điểm"}]'::jsonb),
  ('d1000000-0000-4000-8000-000000000020'::uuid, 'annual', '2023-02-08'::date, 'province', 'legacy', '20',
   'Hội nghị tổng kết công tác xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2022 tỉnh Lạng Sơn',
   'online', NULL::int, NULL::uuid, NULL::uuid, 2022::int, 2022::int, NULL::int, 'c0000000-0000-4000-8000-000000000003'::uuid,
   ARRAY['Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh (chủ trì)']::varchar[],
   'UBND tỉnh Lạng Sơn tổ chức trực tuyến 2 cấp (tỉnh và các huyện, thành phố), do Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh chủ trì; triển khai nhiệm vụ năm 2023. Số liệu năm 2022 về tiêu chuẩn “An toàn về ANTT” tính trên toàn tỉnh.',
   '[{"name": "Cuộc phát động phong trào tập trung", "value": 32, "unit": "cuộc"},
     {"name": "Mô hình liên kết tự phòng, tự quản, tự bảo vệ, tự hòa giải về ANTT duy trì hoạt động", "value": 66, "unit": "mô hình"},
     {"name": "Mô hình ANTT xây dựng mới tại cơ quan, doanh nghiệp, xã, phường, thị trấn", "value": 16, "unit": "mô hình"},
     {"name": "Khu dân cư đạt tiêu chuẩn “An toàn về ANTT”", "value": 1686, "unit": "khu dân cư"},
     {"name": "Tổng số khu dân cư", "value": 1727, "unit": "khu dân cư"},
     {"name": "Xã đạt tiêu chuẩn “An toàn về ANTT”", "value": 173, "unit": "xã"},
     {"name": "Tổng số xã", "value": 181, "unit": "xã"},
     {"name": "Phường đạt tiêu chuẩn “An toàn về ANTT”", "value": 4, "unit": "phường"},
     {"name": "Tổng số phường", "value": 5, "unit": "phường"},
     {"name": "Thị trấn đạt tiêu chuẩn “An toàn về ANTT”", "value": 14, "unit": "thị trấn"},
     {"name": "Tổng số thị trấn", "value": 14, "unit": "thị trấn"},
     {"name": "Cơ quan đạt tiêu chuẩn “An toàn về ANTT”", "value": 583, "unit": "cơ quan"},
     {"name": "Tổng số cơ quan", "value": 598, "unit": "cơ quan"},
     {"name": "Doanh nghiệp đạt tiêu chuẩn “An toàn về ANTT”", "value": 44, "unit": "doanh nghiệp"},
     {"name": "Tổng số doanh nghiệp", "value": 57, "unit": "doanh nghiệp"},
     {"name": "Cơ sở giáo dục đạt tiêu chuẩn “An toàn về ANTT”", "value": 291, "unit": "cơ sở giáo dục"},
     {"name": "Tổng số cơ sở giáo dục", "value": 296, "unit": "cơ sở giáo dục"},
     {"name": "Tập thể được tặng Bằng khen của Bộ trưởng Bộ Công an", "value": 11, "unit": "tập thể"},
     {"name": "Tập thể được tặng Giấy khen của Giám đốc Công an tỉnh", "value": 25, "unit": "tập thể"}]'::jsonb),
  ('d1000000-0000-4000-8000-000000000017'::uuid, 'final', '2023-06-09'::date, 'province', 'legacy', '17',
   'Kết quả 10 năm thực hiện Chương trình phối hợp số 09 trên địa bàn tỉnh Hòa Bình (2013 - 2023)',
   NULL, NULL::int, 'b0000000-0000-4000-8000-000000000009'::uuid, NULL::uuid, 2013::int, 2023::int, NULL::int, 'c0000000-0000-4000-8000-000000000004'::uuid,
   CAST(ARRAY[] AS varchar[]),
   'Kết quả 10 năm phối hợp giữa lực lượng Công an, Ủy ban MTTQ và các tổ chức thành viên trên địa bàn tỉnh Hòa Bình; ngày ghi là ngày đăng báo cáo. Mô hình tiêu biểu: “Phối hợp phòng ngừa, quản lý, giáo dục giúp đỡ người có biểu hiện tâm thần gây mất ANTT” (huyện Cao Phong, được Cục V05 thông báo kinh nghiệm trên cả nước), “Hòm thư ANTT 4.0”, “Cụm an ninh liên hoàn”.',
   '[{"name": "Người được phối hợp quản lý từ năm 2013", "value": 6195, "unit": "người"},
     {"name": "Đối tượng đang được quản lý", "value": 1411, "unit": "người"},
     {"name": "Người tái phạm tội, vi phạm pháp luật", "value": 458, "unit": "người"},
     {"name": "Tỷ lệ tái phạm tội, vi phạm pháp luật (458/6.195)", "value": 7.39, "unit": "%"},
     {"name": "Mô hình đang duy trì trong phong trào toàn dân bảo vệ ANTQ", "value": 45, "unit": "mô hình"},
     {"name": "Điểm mô hình", "value": 1589, "unit": "điểm"},
     {"name": "Tổ thực hiện mô hình", "value": 2590, "unit": "tổ"}]'::jsonb),
  ('d1000000-0000-4000-8000-000000000395'::uuid, 'final', '2023-05-10'::date, 'district', 'legacy', '395',
   'Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09 về “Đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”, giai đoạn 2013 - 2023',
   'in_person', NULL::int, NULL::uuid, 'c0000000-0000-4000-8000-000000000395'::uuid, 2013::int, 2023::int, NULL::int, 'c0000000-0000-4000-8000-000000000006'::uuid,
   ARRAY['Phó Chủ tịch Thường trực UBMTTQ Việt Nam tỉnh Thanh Hóa', 'Ủy viên BTV Huyện ủy, Phó Chủ tịch UBND huyện Thọ Xuân']::varchar[],
   'Công an huyện Thọ Xuân phối hợp với Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện tổ chức; dự có đại diện UBMTTQ tỉnh Thanh Hóa, Công an tỉnh và UBND huyện. Mô hình: MTTQ huyện thành lập các tổ hòa giải và 62 mô hình; Hội CCB xây dựng mô hình “Tổ 3 trên 1”; Hội LHPN có mô hình “Làng quê an toàn cho phụ nữ và trẻ em”; Huyện Đoàn duy trì CLB “Thắp sáng niềm tin”. Chủ tịch UBND huyện tặng Giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.',
   '[{"name": "Tổ hòa giải do MTTQ huyện thành lập", "value": 274, "unit": "tổ"},
     {"name": "Mô hình do MTTQ huyện xây dựng", "value": 62, "unit": "mô hình"},
     {"name": "Mô hình “Khu dân cư tự quản về ATTP”", "value": 22, "unit": "mô hình"},
     {"name": "Mô hình “Khu dân cư tự quản về bảo vệ môi trường”", "value": 1, "unit": "mô hình"},
     {"name": "Mô hình “Khu dân cư sáng, xanh, sạch, đẹp, an toàn”", "value": 39, "unit": "mô hình"},
     {"name": "Hội LHPN: mô hình “Chi hội phụ nữ tự quản về vệ sinh an toàn thực phẩm”", "value": 122, "unit": "mô hình"},
     {"name": "Hội LHPN: mô hình “Gia đình 5 không 3 sạch”", "value": 115, "unit": "mô hình"},
     {"name": "Hội LHPN: mô hình “Câu lạc bộ gia đình hạnh phúc”", "value": 38, "unit": "mô hình"},
     {"name": "Huyện Đoàn: CLB “Thắp sáng niềm tin” thành lập và duy trì", "value": 30, "unit": "câu lạc bộ"},
     {"name": "Huyện Đoàn: mô hình “Tuổi trẻ phòng chống tội phạm”", "value": 6, "unit": "mô hình"},
     {"name": "Huyện Đoàn: mô hình “Khu dân cư không có thanh niên mắc tệ nạn xã hội”", "value": 30, "unit": "mô hình"},
     {"name": "Huyện Đoàn: mô hình “Tuyến đường thanh niên tự quản về ANTT”", "value": 21, "unit": "mô hình"},
     {"name": "Huyện Đoàn: mô hình “Cổng trường ATGT – xanh, sạch, đẹp”", "value": 77, "unit": "mô hình"},
     {"name": "Tập thể được Chủ tịch UBND huyện tặng Giấy khen", "value": 9, "unit": "tập thể"},
     {"name": "Cá nhân được Chủ tịch UBND huyện tặng Giấy khen", "value": 13, "unit": "cá nhân"}]'::jsonb),
  ('d1000000-0000-4000-8000-000000000021'::uuid, 'interim', '2018-11-29'::date, 'district', 'legacy', '021',
   'Hội nghị sơ kết 05 năm thực hiện Chương trình phối hợp giữa Công an và Ủy ban MTTQ Việt Nam quận Bắc Từ Liêm về đẩy mạnh phong trào bảo vệ an ninh Tổ quốc trong tình hình mới (2013 - 2018)',
   'in_person', NULL::int, NULL::uuid, 'c0000000-0000-4000-8000-000000000021'::uuid, 2013::int, 2018::int, NULL::int, 'c0000000-0000-4000-8000-000000000005'::uuid,
   ARRAY['Phó Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam thành phố Hà Nội', 'Phó Chủ tịch UBND quận Bắc Từ Liêm']::varchar[],
   'Quận Bắc Từ Liêm sơ kết 05 năm; dự có đại diện Ủy ban MTTQ Việt Nam thành phố, UBND quận, Công an quận, MTTQ, các đoàn thể và Công an các phường. Phong trào gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
   '[{"name": "Tổ dân phố không phát sinh tội phạm", "value": 163, "unit": "tổ dân phố"},
     {"name": "Tổ dân phố không phát sinh người nghiện", "value": 177, "unit": "tổ dân phố"},
     {"name": "Tổng số tổ dân phố", "value": 181, "unit": "tổ dân phố"},
     {"name": "Tập thể tiêu biểu được khen thưởng", "value": 15, "unit": "tập thể"},
     {"name": "Cá nhân tiêu biểu được khen thưởng", "value": 30, "unit": "cá nhân"}]'::jsonb)
) AS v (id, kind, held_on, level, unit_era, unit_code, title, format, bridge_points, program_id, agreement_id, from_year,
        to_year, festival_year, indicator_report_id, leaders, summary, figures)
WHERE NOT EXISTS (SELECT 1 FROM review_conference c WHERE c.held_on = v.held_on AND c.title = v.title AND c.id <> v.id)
  -- a report a database did not store (another live report of the unit and period) is not named
  AND (v.indicator_report_id IS NULL OR EXISTS (SELECT 1 FROM indicator_report r WHERE r.id = v.indicator_report_id))
ON CONFLICT DO NOTHING;

INSERT INTO review_conference_host (conference_id, position, organization_id)
SELECT v.conference_id::uuid, v.position, v.organization_id::uuid FROM (VALUES
  ('d1000000-0000-4000-8000-000000000001', 0, 'a0000000-0000-4000-8000-000000000001'),
  ('d1000000-0000-4000-8000-000000000020', 0, 'a0000000-0000-4000-8000-000000000032'),
  ('d1000000-0000-4000-8000-000000000017', 0, 'a0000000-0000-4000-8000-000000000041'),
  ('d1000000-0000-4000-8000-000000000395', 0, 'a0000000-0000-4000-8000-000000000101'),
  ('d1000000-0000-4000-8000-000000000395', 1, 'a0000000-0000-4000-8000-000000000102'),
  ('d1000000-0000-4000-8000-000000000021', 0, 'a0000000-0000-4000-8000-000000000201'),
  ('d1000000-0000-4000-8000-000000000021', 1, 'a0000000-0000-4000-8000-000000000202')
) AS v (conference_id, position, organization_id)
WHERE EXISTS (SELECT 1 FROM review_conference c WHERE c.id = v.conference_id::uuid)
ON CONFLICT DO NOTHING;

INSERT INTO review_conference_award (conference_id, position, award_id)
SELECT v.conference_id::uuid, v.position, v.award_id::uuid FROM (VALUES
  ('d1000000-0000-4000-8000-000000000020', 0, 'e0000000-0000-4000-8000-000000202201'),
  ('d1000000-0000-4000-8000-000000000020', 1, 'e0000000-0000-4000-8000-000000202202'),
  ('d1000000-0000-4000-8000-000000000395', 0, 'e0000000-0000-4000-8000-000000002023'),
  ('d1000000-0000-4000-8000-000000000021', 0, 'e0000000-0000-4000-8000-000000002018')
) AS v (conference_id, position, award_id)
WHERE EXISTS (SELECT 1 FROM review_conference c WHERE c.id = v.conference_id::uuid)
ON CONFLICT DO NOTHING;

-- Lạng Sơn's 32 focused campaign launches of 2022 (the source gives their number only: neither their days nor their
-- themes; each is dated the last day of the reported year), accounted for in the province's 2022 report.
INSERT INTO campaign (id, kind, launched_on, level, unit_era, unit_code, title, participants, description, indicator_report_id,
                      version, created_at, updated_at)
SELECT ('d2000000-0000-4000-8000-0000000200' || lpad(n::text, 2, '0'))::uuid, 'movement_launch', DATE '2022-12-31', 'province',
       'legacy', '20', 'Phát động phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Lạng Sơn năm 2022 (cuộc ' || n || '/32)', NULL,
       'Một trong 32 cuộc phát động phong trào tập trung năm 2022 (hội nghị tổng kết ngày 8/2/2023). Ngày và chủ đề không có trong nguồn: ngày ghi là ngày cuối năm báo cáo.',
       (SELECT r.id FROM indicator_report r WHERE r.id = 'c0000000-0000-4000-8000-000000000003'), 0, now(), now()
  FROM generate_series(1, 32) AS n
ON CONFLICT DO NOTHING;

INSERT INTO campaign_organizer (campaign_id, position, organization_id)
SELECT ('d2000000-0000-4000-8000-0000000200' || lpad(n::text, 2, '0'))::uuid, 0, 'a0000000-0000-4000-8000-000000000032'::uuid
  FROM generate_series(1, 32) AS n
ON CONFLICT DO NOTHING;
