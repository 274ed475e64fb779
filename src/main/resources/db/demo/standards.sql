-- Demo data for the standards and the national review of 23/11/2022 (Bộ Công an, the festival day's review; see
-- conferences.sql): the Ministry's certificates (Bằng khen) to 17 collectives and 22 individuals presented there, the
-- program on the security-and-order criterion of new rural development 2021 - 2025 it launched, a year of criterion
-- assessments for Hà Tĩnh's communes, and three illustrative wards of the model ward police pilot it also launched.
--
-- Runs after registry.sql (the Ministry, a0000000-...-0001) in the same transaction, and is idempotent: fixed ids,
-- ids derived from fixed values, and ON CONFLICT DO NOTHING.
--
-- What the sources do not give is not invented as fact:
-- * The decision's number and signing date are not in the source: the number is a provisional label and the date is
--   the review's. The collectives are not named; the 22 individuals are INVENTED names, not real people.
-- * The program's code is a provisional label; its period is the one the source names (2021 - 2025).
-- * Hà Tĩnh's criterion outcomes are ILLUSTRATIVE: every legacy commune (type commune) of 2022 is assessed, and
--   whether it attained the criterion is drawn from a fixed hash of its code (about 85 % attain), not reported.

-- ---------------------------------------------------------------------------------------------------------
-- The Ministry's certificates presented at the review of 23/11/2022
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO award_decision (id, number, signed_on, issuer_id, signer_title, form, occasion, occasion_program_id, occasion_agreement_id,
                            occasion_year, achievement, status, version, created_at, updated_at) VALUES
  ('e0000000-0000-4000-8000-000000221123', 'BK-BCA-NH-2022 (nhãn tạm)', '2022-11-23', 'a0000000-0000-4000-8000-000000000001',
   'Bộ trưởng Bộ Công an', 'minister_certificate', 'review_conference', NULL, NULL, 2022,
   'Có thành tích xuất sắc trong tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022. Bằng khen trao cho 17 tập thể và 22 cá nhân tại hội nghị tổng kết trực tuyến ngày 23/11/2022; số hiệu và ngày ký quyết định không nêu trong nguồn. Tên các cá nhân là tên minh họa.',
   'valid', 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO award_recipient (award_id, position, kind, organization_id, name, job_title, work_unit, gender, birth_date)
SELECT 'e0000000-0000-4000-8000-000000221123'::uuid, n - 1, 'collective', NULL, 'Tập thể số ' || n || ' (nguồn không nêu tên)',
       NULL, NULL, NULL, NULL
  FROM generate_series(1, 17) AS n
ON CONFLICT (award_id, position) DO NOTHING;

INSERT INTO award_recipient (award_id, position, kind, organization_id, name, job_title, work_unit, gender, birth_date)
SELECT 'e0000000-0000-4000-8000-000000221123'::uuid, 17 + n - 1, 'individual', NULL,
       (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'])[1 + (n * 7) % 10] || ' '
         || CASE WHEN n % 2 = 0 THEN 'Thị' ELSE 'Văn' END || ' '
         || (ARRAY['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hạnh', 'Khánh', 'Lâm', 'Mai', 'Nam', 'Phúc', 'Quyên', 'Sơn', 'Thảo', 'Uyên'])[1 + (n * 5) % 16]
         || ' (tên minh họa)',
       (ARRAY['Cán bộ Công an xã', 'Trưởng thôn', 'Công an viên', 'Chi hội trưởng phụ nữ', 'Tổ trưởng tổ an ninh trật tự'])[1 + n % 5],
       NULL, CASE WHEN n % 2 = 0 THEN 'female' ELSE 'male' END, NULL
  FROM generate_series(1, 22) AS n
ON CONFLICT (award_id, position) DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------
-- The program on the rural security criterion, 2021 - 2025
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO program (id, code, title, summary, level, status, signed_on, period_start, period_end, parent_id, unit_era, unit_code, version, created_at, updated_at) VALUES
  ('b0000000-0000-4000-8000-000000002125', 'CTr-BCA-NTM/2021-2025 (nhãn tạm)',
   'Chương trình nâng cao chất lượng, hiệu quả thực hiện tiêu chí an ninh, trật tự trong xây dựng nông thôn mới giai đoạn 2021 - 2025',
   'Bộ Công an triển khai tại hội nghị tổng kết công tác tổ chức Ngày hội toàn dân bảo vệ ANTQ năm 2022 (trực tuyến, 23/11/2022). Mỗi năm, từng xã được đánh giá đạt hay không đạt tiêu chí an ninh, trật tự (đánh giá ghi theo tiêu chuẩn rural_security_criterion). Số hiệu văn bản không có trong nguồn: mã là nhãn tạm; ngày ký là ngày hội nghị.',
   'central', 'active', '2022-11-23', '2021-01-01', '2025-12-31', NULL, NULL, NULL, 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO program_signatory (program_id, position, organization_id) VALUES
  ('b0000000-0000-4000-8000-000000002125', 0, 'a0000000-0000-4000-8000-000000000001')
ON CONFLICT (program_id, position) DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------
-- Hà Tĩnh's communes against the rural security criterion in 2022 (outcomes illustrative)
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO safety_assessment (id, standard, subject_kind, year, unit_era, unit_code, attained, period_start, period_end,
                               decision_number, decided_on, note, version, created_at, updated_at)
SELECT cast(md5('demo rural_security_criterion 2022 ' || u.code) as uuid), 'rural_security_criterion', 'commune', 2022,
       u.era, u.code, get_byte(decode(md5('ntm-anttt-' || u.code), 'hex'), 0) < 218, DATE '2022-01-01', DATE '2022-12-31',
       NULL, NULL,
       'Dữ liệu minh họa: kết quả đánh giá tiêu chí an ninh, trật tự trong xây dựng nông thôn mới năm 2022 của từng xã là giả lập, không theo báo cáo.',
       0, now(), now()
  FROM admin_unit u
 WHERE u.era = 'legacy' AND u.level = 'commune' AND u.province_code = '42' AND u.type_en = 'commune'
   AND (u.valid_from IS NULL OR u.valid_from <= DATE '2022-12-31') AND (u.valid_to IS NULL OR u.valid_to >= DATE '2022-01-01')
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------
-- The model ward police pilot launched at the same review (ILLUSTRATIVE: the source names no ward)
-- ---------------------------------------------------------------------------------------------------------
-- Three wards of Thành phố Hà Tĩnh (legacy district 436) in 2023: the first recognized, the others designated.
INSERT INTO safety_assessment (id, standard, stage, subject_kind, year, unit_era, unit_code, attained, note,
                               version, created_at, updated_at)
SELECT cast(md5('demo model_ward_police 2023 ' || w.code) as uuid), 'model_ward_police',
       CASE WHEN w.n = 1 THEN 'recognized' ELSE 'designated' END, 'ward', 2023, w.era, w.code, w.n = 1,
       'Dữ liệu minh họa: nguồn chỉ nêu việc triển khai thí điểm “Công an phường điển hình, kiểu mẫu về an ninh, trật tự và văn minh đô thị” (23/11/2022); phường và giai đoạn ở đây là giả lập.',
       0, now(), now()
  FROM (SELECT u.era, u.code, row_number() OVER (ORDER BY u.code) AS n
          FROM admin_unit u
         WHERE u.era = 'legacy' AND u.level = 'commune' AND u.district_code = '436' AND u.type_en = 'ward'
           AND (u.valid_to IS NULL OR u.valid_to >= DATE '2023-01-01')) w
 WHERE w.n <= 3
ON CONFLICT DO NOTHING;

-- The decision is one of the awards presented at the review (conferences.sql runs before this script).
INSERT INTO review_conference_award (conference_id, position, award_id)
SELECT 'd1000000-0000-4000-8000-000000000001'::uuid, 0, 'e0000000-0000-4000-8000-000000221123'::uuid
 WHERE EXISTS (SELECT 1 FROM review_conference c WHERE c.id = 'd1000000-0000-4000-8000-000000000001'::uuid)
ON CONFLICT DO NOTHING;
