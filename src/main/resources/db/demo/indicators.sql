-- Demo indicator reports: the figures the source documents report upward, as accepted reports (see registry.sql
-- for the organizations). Fixed ids and ON CONFLICT DO NOTHING: a second run changes nothing. Who submitted and
-- accepted them is not in the sources; 'demo-data' stands for both.
INSERT INTO indicator_report (id, kind, level, unit_era, unit_code, organization_id, from_year, to_year, title, note, status,
                              submitted_by, submitted_at, decided_by, decided_at, version, created_at, updated_at) VALUES
  ('c0000000-0000-4000-8000-000000000001', 'annual', 'central', NULL, NULL, 'a0000000-0000-4000-8000-000000000001', 2022, 2022,
   'Sơ kết Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022 (toàn quốc)',
   'Hội nghị trực tuyến ngày 23/11/2022 kết nối 63 điểm cầu. Số liệu trong nguồn là số làm tròn: "trên 35.000 suất quà", "gần 35 tỷ đồng".',
   'accepted', 'demo-data', '2022-11-23T01:00:00Z', 'demo-data', '2022-11-23T01:00:00Z', 0, now(), now()),
  ('c0000000-0000-4000-8000-000000000002', 'annual', 'province', 'legacy', '42', 'a0000000-0000-4000-8000-000000000051', 2022, 2022,
   'Kết quả tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022 tỉnh Hà Tĩnh',
   'Báo cáo tại điểm cầu Hà Tĩnh, 23/11/2022. "Trên 84.000 lượt người" tham gia.',
   'accepted', 'demo-data', '2022-11-23T01:00:00Z', 'demo-data', '2022-11-23T01:00:00Z', 0, now(), now()),
  ('c0000000-0000-4000-8000-000000000003', 'annual', 'province', 'legacy', '20', 'a0000000-0000-4000-8000-000000000032', 2022, 2022,
   'Tổng kết công tác phòng, chống tội phạm và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2022 tỉnh Lạng Sơn',
   'Hội nghị trực tuyến hai cấp ngày 8/2/2023.',
   'accepted', 'demo-data', '2023-02-08T01:00:00Z', 'demo-data', '2023-02-08T01:00:00Z', 0, now(), now()),
  ('c0000000-0000-4000-8000-000000000004', 'final', 'province', 'legacy', '17', 'a0000000-0000-4000-8000-000000000041', 2013, 2023,
   'Tổng kết 10 năm thực hiện Chương trình phối hợp số 09 tỉnh Hòa Bình (2013-2023)', NULL,
   'accepted', 'demo-data', '2023-06-09T01:00:00Z', 'demo-data', '2023-06-09T01:00:00Z', 0, now(), now()),
  ('c0000000-0000-4000-8000-000000000005', 'interim', 'district', 'legacy', '021', 'a0000000-0000-4000-8000-000000000201', 2013, 2018,
   'Sơ kết 5 năm thực hiện Quy chế phối hợp quận Bắc Từ Liêm (2013-2018)', 'Hội nghị ngày 29/11/2018.',
   'accepted', 'demo-data', '2018-11-29T01:00:00Z', 'demo-data', '2018-11-29T01:00:00Z', 0, now(), now()),
  ('c0000000-0000-4000-8000-000000000006', 'final', 'district', 'legacy', '395', 'a0000000-0000-4000-8000-000000000101', 2013, 2023,
   'Tổng kết 10 năm thực hiện Quy chế phối hợp huyện Thọ Xuân (2013-2023)',
   'Hội nghị ngày 10/5/2023. Nguồn nêu "hàng trăm" tin báo có giá trị, không có số cụ thể.',
   'accepted', 'demo-data', '2023-05-10T01:00:00Z', 'demo-data', '2023-05-10T01:00:00Z', 0, now(), now())
ON CONFLICT DO NOTHING;

-- Figures only of the reports above that were stored (a database may already hold a live report of the same unit,
-- period and kind, which the unique index keeps; the demo then leaves it as it is).
INSERT INTO indicator_report_value (report_id, position, indicator_code, value)
SELECT v.report_id::uuid, v.position, v.indicator_code, v.value FROM (VALUES
  ('c0000000-0000-4000-8000-000000000001', 0, 'festival_gifts', 35000),
  ('c0000000-0000-4000-8000-000000000001', 1, 'festival_gift_value_vnd', 35000000000),
  ('c0000000-0000-4000-8000-000000000001', 2, 'commemorative_medals', 4346),
  ('c0000000-0000-4000-8000-000000000001', 3, 'minister_certificates', 165),
  ('c0000000-0000-4000-8000-000000000002', 0, 'festival_points', 1407),
  ('c0000000-0000-4000-8000-000000000002', 1, 'festival_points_provincial_leaders', 15),
  ('c0000000-0000-4000-8000-000000000002', 2, 'festival_points_district_leaders', 209),
  ('c0000000-0000-4000-8000-000000000002', 3, 'festival_participants', 84000),
  ('c0000000-0000-4000-8000-000000000002', 4, 'festival_gifts', 412),
  ('c0000000-0000-4000-8000-000000000003', 0, 'campaign_launches', 32),
  ('c0000000-0000-4000-8000-000000000003', 1, 'models_maintained_linked', 66),
  ('c0000000-0000-4000-8000-000000000003', 2, 'models_new', 16),
  ('c0000000-0000-4000-8000-000000000003', 3, 'safety_residential_area_assessed', 1727),
  ('c0000000-0000-4000-8000-000000000003', 4, 'safety_residential_area_attained', 1686),
  ('c0000000-0000-4000-8000-000000000003', 5, 'safety_commune_assessed', 181),
  ('c0000000-0000-4000-8000-000000000003', 6, 'safety_commune_attained', 173),
  ('c0000000-0000-4000-8000-000000000003', 7, 'safety_ward_assessed', 5),
  ('c0000000-0000-4000-8000-000000000003', 8, 'safety_ward_attained', 4),
  ('c0000000-0000-4000-8000-000000000003', 9, 'safety_township_assessed', 14),
  ('c0000000-0000-4000-8000-000000000003', 10, 'safety_township_attained', 14),
  ('c0000000-0000-4000-8000-000000000003', 11, 'safety_agency_assessed', 598),
  ('c0000000-0000-4000-8000-000000000003', 12, 'safety_agency_attained', 583),
  ('c0000000-0000-4000-8000-000000000003', 13, 'safety_enterprise_assessed', 57),
  ('c0000000-0000-4000-8000-000000000003', 14, 'safety_enterprise_attained', 44),
  ('c0000000-0000-4000-8000-000000000003', 15, 'safety_school_assessed', 296),
  ('c0000000-0000-4000-8000-000000000003', 16, 'safety_school_attained', 291),
  ('c0000000-0000-4000-8000-000000000004', 0, 'community_managed_people', 6195),
  ('c0000000-0000-4000-8000-000000000004', 1, 'community_managed_current', 1411),
  ('c0000000-0000-4000-8000-000000000004', 2, 'community_managed_reoffended', 458),
  ('c0000000-0000-4000-8000-000000000004', 3, 'models', 45),
  ('c0000000-0000-4000-8000-000000000004', 4, 'model_points', 1589),
  ('c0000000-0000-4000-8000-000000000004', 5, 'model_teams', 2590),
  ('c0000000-0000-4000-8000-000000000005', 0, 'residential_groups', 181),
  ('c0000000-0000-4000-8000-000000000005', 1, 'residential_groups_no_new_crime', 163),
  ('c0000000-0000-4000-8000-000000000005', 2, 'residential_groups_no_new_drug_users', 177),
  ('c0000000-0000-4000-8000-000000000006', 0, 'mediation_teams', 274)
) AS v(report_id, position, indicator_code, value)
WHERE EXISTS (SELECT 1 FROM indicator_report r WHERE r.id = v.report_id::uuid)
ON CONFLICT DO NOTHING;
