-- Demo data for the antq registry, taken from the five source documents (Vietnamese news reports)
-- (Thọ Xuân 10/5/2023, Lạng Sơn 8/2/2023, Bắc Từ Liêm 29/11/2018, Hòa Bình 9/6/2023, Hà Tĩnh / Bộ Công an 23/11/2022).
-- Executed on every start of the demo run, in one transaction, after the migrations: every row has a fixed
-- id (or a fixed composite key) and every INSERT ends with ON CONFLICT DO NOTHING, so a second run changes nothing.
-- Units: organizations and records before 1 July 2025 name LEGACY units (era 'legacy'); district-level
-- police ceased on 1 March 2025 (active_to 2025-02-28), other district-level organizations on 1 July 2025.
-- No individual person is recorded. Where a source does not give a value that a NOT NULL column needs
-- (a document number or a signing date), the summary says so and what was used instead.
-- program_signatory and agreement_party name their primary key as the conflict target: their
-- (owner, organization_id) UNIQUE constraint is DEFERRABLE, and PostgreSQL refuses a bare ON CONFLICT
-- on a table with a deferrable unique constraint.

-- ---------------------------------------------------------------------------------------------------------
-- Organizations (parents before children)
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO organization (id, name, short_name, type, level, unit_era, unit_code, parent_id, active_from, active_to, note, version, created_at, updated_at) VALUES
  ('a0000000-0000-4000-8000-000000000001', 'Bộ Công an', 'BCA', 'police', 'central', NULL, NULL, NULL, NULL, NULL,
   'Cục xây dựng phong trào bảo vệ an ninh Tổ quốc (V05) hướng dẫn phong trào trên toàn quốc.', 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000002', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'UBTW MTTQ Việt Nam', 'fatherland_front', 'central', NULL, NULL, NULL, NULL, NULL,
   NULL, 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO organization (id, name, short_name, type, level, unit_era, unit_code, parent_id, active_from, active_to, note, version, created_at, updated_at) VALUES
  -- Thanh Hóa (legacy province 38)
  ('a0000000-0000-4000-8000-000000000011', 'Công an tỉnh Thanh Hóa', 'CA tỉnh Thanh Hóa', 'police', 'province', 'legacy', '38',
   'a0000000-0000-4000-8000-000000000001', NULL, NULL, NULL, 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000012', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa', 'UBMTTQ tỉnh Thanh Hóa', 'fatherland_front', 'province', 'legacy', '38',
   'a0000000-0000-4000-8000-000000000002', NULL, NULL, NULL, 0, now(), now()),
  -- Hà Nội (legacy province 01): no city-level organization is recorded, so the Bắc Từ Liêm ones have no parent
  -- Lạng Sơn (legacy province 20)
  ('a0000000-0000-4000-8000-000000000031', 'Công an tỉnh Lạng Sơn', 'CA tỉnh Lạng Sơn', 'police', 'province', 'legacy', '20',
   'a0000000-0000-4000-8000-000000000001', NULL, NULL, NULL, 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000032', 'Ban Chỉ đạo Phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Lạng Sơn',
   'Ban Chỉ đạo 138 tỉnh Lạng Sơn', 'steering_committee_138', 'province', 'legacy', '20', NULL, NULL, NULL,
   'Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh.', 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000033', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn', 'UBMTTQ tỉnh Lạng Sơn', 'fatherland_front', 'province', 'legacy', '20',
   'a0000000-0000-4000-8000-000000000002', NULL, NULL, NULL, 0, now(), now()),
  -- Hòa Bình (legacy province 17, merged into Phú Thọ on 1 July 2025)
  ('a0000000-0000-4000-8000-000000000041', 'Công an tỉnh Hòa Bình', 'CA tỉnh Hòa Bình', 'police', 'province', 'legacy', '17',
   'a0000000-0000-4000-8000-000000000001', NULL, '2025-06-30',
   'Tỉnh Hòa Bình hợp nhất vào tỉnh Phú Thọ từ ngày 01/7/2025.', 0, now(), now()),
  -- Hà Tĩnh (legacy province 42)
  ('a0000000-0000-4000-8000-000000000051', 'Công an tỉnh Hà Tĩnh', 'CA tỉnh Hà Tĩnh', 'police', 'province', 'legacy', '42',
   'a0000000-0000-4000-8000-000000000001', NULL, NULL, NULL, 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000052', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh', 'UBMTTQ tỉnh Hà Tĩnh', 'fatherland_front', 'province', 'legacy', '42',
   'a0000000-0000-4000-8000-000000000002', NULL, NULL, NULL, 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO organization (id, name, short_name, type, level, unit_era, unit_code, parent_id, active_from, active_to, note, version, created_at, updated_at) VALUES
  -- Thọ Xuân (legacy district 395 of Thanh Hóa)
  ('a0000000-0000-4000-8000-000000000101', 'Công an huyện Thọ Xuân', 'CA huyện Thọ Xuân', 'police', 'district', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000011', NULL, '2025-02-28',
   'Công an cấp huyện kết thúc hoạt động từ ngày 01/3/2025.', 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000102', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thọ Xuân', 'Ủy ban MTTQ huyện Thọ Xuân', 'fatherland_front', 'district', 'legacy', '395',
   'a0000000-0000-4000-8000-000000000012', NULL, '2025-06-30', NULL, 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000103', 'Hội Cựu chiến binh huyện Thọ Xuân', 'Hội CCB huyện Thọ Xuân', 'veterans_association', 'district', 'legacy', '395',
   NULL, NULL, '2025-06-30', NULL, 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000104', 'Hội Liên hiệp Phụ nữ huyện Thọ Xuân', 'Hội LHPN huyện Thọ Xuân', 'womens_union', 'district', 'legacy', '395',
   NULL, NULL, '2025-06-30', NULL, 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000105', 'Huyện đoàn Thọ Xuân', 'Huyện Đoàn Thọ Xuân', 'youth_union', 'district', 'legacy', '395',
   NULL, NULL, '2025-06-30', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Thọ Xuân.', 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000106', 'Hội Nông dân huyện Thọ Xuân', 'HND huyện Thọ Xuân', 'farmers_association', 'district', 'legacy', '395',
   NULL, NULL, '2025-06-30', NULL, 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000107', 'Liên đoàn Lao động huyện Thọ Xuân', 'LĐLĐ huyện Thọ Xuân', 'trade_union', 'district', 'legacy', '395',
   NULL, NULL, '2025-06-30', NULL, 0, now(), now()),
  -- Bắc Từ Liêm (legacy urban district 021 of Hà Nội)
  ('a0000000-0000-4000-8000-000000000201', 'Công an quận Bắc Từ Liêm', 'CA quận Bắc Từ Liêm', 'police', 'district', 'legacy', '021',
   NULL, NULL, '2025-02-28',
   'Công an cấp huyện kết thúc hoạt động từ ngày 01/3/2025.', 0, now(), now()),
  ('a0000000-0000-4000-8000-000000000202', 'Ủy ban Mặt trận Tổ quốc Việt Nam quận Bắc Từ Liêm', 'UBMTTQ quận Bắc Từ Liêm', 'fatherland_front', 'district', 'legacy', '021',
   NULL, NULL, '2025-06-30', NULL, 0, now(), now()),
  -- Cao Phong (legacy district 154 of Hòa Bình)
  ('a0000000-0000-4000-8000-000000000301', 'Công an huyện Cao Phong', 'CA huyện Cao Phong', 'police', 'district', 'legacy', '154',
   'a0000000-0000-4000-8000-000000000041', NULL, '2025-02-28',
   'Mô hình “Phối hợp phòng ngừa, quản lý, giáo dục giúp đỡ người có biểu hiện tâm thần gây mất ANTT” trên địa bàn huyện được Cục V05 - Bộ Công an thông báo kinh nghiệm trên cả nước. Công an cấp huyện kết thúc hoạt động từ ngày 01/3/2025.',
   0, now(), now())
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------
-- Programs
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO program (id, code, title, summary, level, status, signed_on, period_start, period_end, parent_id, unit_era, unit_code, version, created_at, updated_at) VALUES
  ('b0000000-0000-4000-8000-000000000009', '09/CTr-BCA-MTTW',
   'Chương trình phối hợp về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”',
   'Chương trình phối hợp số 09/CTr-BCA-MTTW ngày 01/8/2013 giữa Bộ Công an với Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và các tổ chức thành viên, giai đoạn 2013 - 2023. Lực lượng Công an, Ủy ban MTTQ và các tổ chức thành viên các cấp triển khai thực hiện và tổng kết 10 năm vào năm 2023.',
   'central', 'completed', '2013-08-01', '2013-08-01', '2023-07-31', NULL, NULL, NULL, 0, now(), now()),
  ('b0000000-0000-4000-8000-000000002023', 'CTr-BCA-MTTW/2023-2033',
   'Chương trình phối hợp về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới” giai đoạn 2023 - 2033',
   'Chương trình kế tiếp Chương trình phối hợp số 09/CTr-BCA-MTTW, giữa Bộ Công an với Ủy ban Trung ương MTTQ Việt Nam và các tổ chức thành viên, giai đoạn 2023 - 2033. Số hiệu văn bản không có trong các nguồn dữ liệu mẫu: mã là nhãn tạm; ngày ký là ngày 17/10/2023 của hội nghị toàn quốc tổng kết Chương trình 09 và triển khai chương trình mới; ngày kết thúc chưa ghi.',
   'central', 'active', '2023-10-17', '2023-10-17', NULL, NULL, NULL, NULL, 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO program_signatory (program_id, position, organization_id) VALUES
  ('b0000000-0000-4000-8000-000000000009', 0, 'a0000000-0000-4000-8000-000000000001'),
  ('b0000000-0000-4000-8000-000000000009', 1, 'a0000000-0000-4000-8000-000000000002'),
  ('b0000000-0000-4000-8000-000000002023', 0, 'a0000000-0000-4000-8000-000000000001'),
  ('b0000000-0000-4000-8000-000000002023', 1, 'a0000000-0000-4000-8000-000000000002')
ON CONFLICT (program_id, position) DO NOTHING;


-- ---------------------------------------------------------------------------------------------------------
-- Coordination agreements
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO coordination_agreement (id, program_id, number, title, summary, signed_on, valid_from, valid_to, unit_era, unit_code, status, version, created_at, updated_at) VALUES
  ('c0000000-0000-4000-8000-000000000395', 'b0000000-0000-4000-8000-000000000009', 'CTPH 09 - Thọ Xuân',
   'Phối hợp thực hiện Chương trình số 09 về “Đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới” trên địa bàn huyện Thọ Xuân, giai đoạn 2013 - 2023',
   'Công an huyện Thọ Xuân phối hợp với Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện. Số hiệu và ngày ký văn bản cấp huyện không có trong nguồn: số là nhãn tạm, các ngày lấy theo thời hạn của Chương trình 09.',
   '2013-08-01', '2013-08-01', '2023-07-31', 'legacy', '395', 'expired', 0, now(), now()),
  ('c0000000-0000-4000-8000-000000000021', 'b0000000-0000-4000-8000-000000000009', 'CTPH 09 - Bắc Từ Liêm',
   'Chương trình phối hợp giữa Công an và Ủy ban MTTQ Việt Nam quận Bắc Từ Liêm về đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới',
   'Phối hợp giữa Công an quận và Ủy ban MTTQ Việt Nam quận Bắc Từ Liêm, sơ kết 05 năm (2013 - 2018) ngày 29/11/2018. Số hiệu và ngày ký không có trong nguồn: số là nhãn tạm, ngày bắt đầu là ngày quận Bắc Từ Liêm bắt đầu hoạt động (01/4/2014), ngày kết thúc theo Chương trình 09.',
   '2014-04-01', '2014-04-01', '2023-07-31', 'legacy', '021', 'expired', 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO agreement_party (agreement_id, position, organization_id, role) VALUES
  ('c0000000-0000-4000-8000-000000000395', 0, 'a0000000-0000-4000-8000-000000000101', 'lead'),
  ('c0000000-0000-4000-8000-000000000395', 1, 'a0000000-0000-4000-8000-000000000102', 'co_lead'),
  ('c0000000-0000-4000-8000-000000000395', 2, 'a0000000-0000-4000-8000-000000000103', 'member'),
  ('c0000000-0000-4000-8000-000000000395', 3, 'a0000000-0000-4000-8000-000000000104', 'member'),
  ('c0000000-0000-4000-8000-000000000395', 4, 'a0000000-0000-4000-8000-000000000105', 'member'),
  ('c0000000-0000-4000-8000-000000000395', 5, 'a0000000-0000-4000-8000-000000000106', 'member'),
  ('c0000000-0000-4000-8000-000000000395', 6, 'a0000000-0000-4000-8000-000000000107', 'member'),
  ('c0000000-0000-4000-8000-000000000021', 0, 'a0000000-0000-4000-8000-000000000201', 'lead'),
  ('c0000000-0000-4000-8000-000000000021', 1, 'a0000000-0000-4000-8000-000000000202', 'co_lead')
ON CONFLICT (agreement_id, position) DO NOTHING;

