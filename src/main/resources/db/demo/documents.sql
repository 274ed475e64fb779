-- Documents (văn bản) of the source documents, linked to the records that cite them. Where a source names a
-- document without its number (the award decisions, the district agreements), the number is the record's own
-- temporary label, and the summary says so. Each document gets one small generated PDF at start-up, marked as
-- an illustration (DemoDocumentFiles): the signed originals are not part of the sources.

-- Program 09/CTr-BCA-MTTW of 1/8/2013, and Decision 521/QĐ-TTg of 20/5/2005 (19 August, the national festival day).
INSERT INTO document (id, number, kind, issued_on, issuer_name, issuer_text, signer_name, signer_title, summary, level,
                      unit_era, unit_code, access, version, created_at, updated_at) VALUES
  ('f4000000-0000-4000-8000-000000000009', '09/CTr-BCA-MTTW', 'program', '2013-08-01', NULL,
   'Bộ Công an Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', NULL, NULL,
   'Chương trình phối hợp giữa Bộ Công an với Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và các tổ chức thành viên về đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới, giai đoạn 2013 - 2023',
   'central', NULL, NULL, 'public', 0, now(), now()),
  ('f4000000-0000-4000-8000-000000000521', '521/QĐ-TTg', 'decision', '2005-05-20', 'Thủ tướng Chính phủ', NULL, NULL,
   'Thủ tướng Chính phủ',
   'Về việc lấy ngày 19 tháng 8 hằng năm là “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”',
   'central', NULL, NULL, 'public', 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO document_issuer (document_id, position, organization_id) VALUES
  ('f4000000-0000-4000-8000-000000000009', 0, 'a0000000-0000-4000-8000-000000000001'),
  ('f4000000-0000-4000-8000-000000000009', 1, 'a0000000-0000-4000-8000-000000000002')
ON CONFLICT (document_id, position) DO NOTHING;

-- The award decisions of Thọ Xuân 2023, Lạng Sơn 2022 (the minister's and the provincial police's) and Bắc Từ
-- Liêm 2018: each issued by its award's issuer, at the issuer's level and unit; internal (they name people).
INSERT INTO document (id, number, kind, issued_on, issuer_name, issuer_text, signer_name, signer_title, summary, level,
                      unit_era, unit_code, access, version, created_at, updated_at)
SELECT d.id::uuid, a.number, 'decision', a.signed_on, NULL, o.name, NULL, a.signer_title,
       'Quyết định khen thưởng: ' || left(a.achievement, 1800) || ' (Số hiệu không có trong nguồn: số là nhãn tạm của quyết định.)',
       o.level, o.unit_era, o.unit_code, 'internal', 0, now(), now()
  FROM (VALUES ('f4000000-0000-4000-8000-000000002023', 'e0000000-0000-4000-8000-000000002023'),
               ('f4000000-0000-4000-8000-000000202201', 'e0000000-0000-4000-8000-000000202201'),
               ('f4000000-0000-4000-8000-000000202202', 'e0000000-0000-4000-8000-000000202202'),
               ('f4000000-0000-4000-8000-000000002018', 'e0000000-0000-4000-8000-000000002018')) AS d (id, award_id)
  JOIN award_decision a ON a.id = d.award_id::uuid
  JOIN organization o ON o.id = a.issuer_id
ON CONFLICT DO NOTHING;

INSERT INTO document_issuer (document_id, position, organization_id)
SELECT d.id::uuid, 0, a.issuer_id
  FROM (VALUES ('f4000000-0000-4000-8000-000000002023', 'e0000000-0000-4000-8000-000000002023'),
               ('f4000000-0000-4000-8000-000000202201', 'e0000000-0000-4000-8000-000000202201'),
               ('f4000000-0000-4000-8000-000000202202', 'e0000000-0000-4000-8000-000000202202'),
               ('f4000000-0000-4000-8000-000000002018', 'e0000000-0000-4000-8000-000000002018')) AS d (id, award_id)
  JOIN award_decision a ON a.id = d.award_id::uuid
ON CONFLICT (document_id, position) DO NOTHING;

-- The coordination agreements of Thọ Xuân and Bắc Từ Liêm, issued jointly by their parties.
INSERT INTO document (id, number, kind, issued_on, issuer_name, issuer_text, signer_name, signer_title, summary, level,
                      unit_era, unit_code, access, version, created_at, updated_at)
SELECT d.id::uuid, a.number, 'program', a.signed_on, NULL,
       (SELECT string_agg(o.name, ' ' ORDER BY p.position) FROM agreement_party p JOIN organization o ON o.id = p.organization_id
         WHERE p.agreement_id = a.id),
       NULL, NULL, a.title || ' (Số hiệu không có trong nguồn: số là nhãn tạm của văn bản.)',
       'district', a.unit_era, a.unit_code, 'internal', 0, now(), now()
  FROM (VALUES ('f4000000-0000-4000-8000-000000000395', 'c0000000-0000-4000-8000-000000000395'),
               ('f4000000-0000-4000-8000-000000000021', 'c0000000-0000-4000-8000-000000000021')) AS d (id, agreement_id)
  JOIN coordination_agreement a ON a.id = d.agreement_id::uuid
ON CONFLICT DO NOTHING;

INSERT INTO document_issuer (document_id, position, organization_id)
SELECT d.id::uuid, p.position, p.organization_id
  FROM (VALUES ('f4000000-0000-4000-8000-000000000395', 'c0000000-0000-4000-8000-000000000395'),
               ('f4000000-0000-4000-8000-000000000021', 'c0000000-0000-4000-8000-000000000021')) AS d (id, agreement_id)
  JOIN agreement_party p ON p.agreement_id = d.agreement_id::uuid
ON CONFLICT (document_id, position) DO NOTHING;

-- Links: each record cites its own document; the agreements implement Program 09, so they cite it as their basis;
-- the review conferences of a festival day cite Decision 521/QĐ-TTg.
INSERT INTO program_document (program_id, position, document_id) VALUES
  ('b0000000-0000-4000-8000-000000000009', 0, 'f4000000-0000-4000-8000-000000000009')
ON CONFLICT (program_id, position) DO NOTHING;

INSERT INTO coordination_agreement_document (agreement_id, position, document_id) VALUES
  ('c0000000-0000-4000-8000-000000000395', 0, 'f4000000-0000-4000-8000-000000000395'),
  ('c0000000-0000-4000-8000-000000000395', 1, 'f4000000-0000-4000-8000-000000000009'),
  ('c0000000-0000-4000-8000-000000000021', 0, 'f4000000-0000-4000-8000-000000000021'),
  ('c0000000-0000-4000-8000-000000000021', 1, 'f4000000-0000-4000-8000-000000000009')
ON CONFLICT (agreement_id, position) DO NOTHING;

INSERT INTO award_decision_document (award_id, position, document_id) VALUES
  ('e0000000-0000-4000-8000-000000002023', 0, 'f4000000-0000-4000-8000-000000002023'),
  ('e0000000-0000-4000-8000-000000202201', 0, 'f4000000-0000-4000-8000-000000202201'),
  ('e0000000-0000-4000-8000-000000202202', 0, 'f4000000-0000-4000-8000-000000202202'),
  ('e0000000-0000-4000-8000-000000002018', 0, 'f4000000-0000-4000-8000-000000002018')
ON CONFLICT (award_id, position) DO NOTHING;

INSERT INTO review_conference_document (conference_id, position, document_id)
SELECT c.id, 0, 'f4000000-0000-4000-8000-000000000521'
  FROM review_conference c
 WHERE c.festival_year IS NOT NULL AND c.deleted_at IS NULL
   AND c.id::text LIKE 'd1000000-0000-4000-8000-%'
ON CONFLICT (conference_id, position) DO NOTHING;
