-- Demo data: the 2025 reform as succession events of the registry's organizations. Runs after registry.sql and
-- grassroots.sql (it names their organizations); idempotent like them (fixed ids, ON CONFLICT DO NOTHING).
-- The end dates the events imply are already the organizations' active_to (the day before each event):
-- district-level police ceased on 1 March 2025, Hòa Bình merged into Phú Thọ and the district level ended on
-- 1 July 2025. The source documents give no document numbers for the police reorganisation; the legal basis
-- says what happened instead.

INSERT INTO organization (id, name, short_name, type, level, unit_era, unit_code, parent_id, active_from, active_to, note, version, created_at, updated_at) VALUES
  ('a0000000-0000-4000-8060-000000000001', 'Công an thành phố Hà Nội', 'CATP Hà Nội', 'police', 'province', '2025', '01',
   'a0000000-0000-4000-8000-000000000001', NULL, NULL,
   'Nhận chức năng, nhiệm vụ của Công an các quận, huyện, thị xã từ ngày 01/3/2025.', 0, now(), now()),
  ('a0000000-0000-4000-8060-000000000002', 'Công an tỉnh Phú Thọ', 'CA tỉnh Phú Thọ', 'police', 'province', '2025', '25',
   'a0000000-0000-4000-8000-000000000001', NULL, NULL,
   'Từ ngày 01/7/2025 gồm cả địa bàn các tỉnh Hòa Bình và Vĩnh Phúc trước đây.', 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO organization_succession (id, kind, effective_on, legal_basis, note, version, created_at, updated_at) VALUES
  ('a0600000-0000-4000-8060-000000000001', 'dissolved', '2025-03-01',
   'Không tổ chức Công an cấp huyện từ ngày 01/3/2025 (sắp xếp tổ chức bộ máy Bộ Công an)',
   'Chức năng, nhiệm vụ của Công an huyện chuyển về Công an tỉnh và Công an cấp xã.', 0, now(), now()),
  ('a0600000-0000-4000-8060-000000000002', 'dissolved', '2025-03-01',
   'Không tổ chức Công an cấp huyện từ ngày 01/3/2025 (sắp xếp tổ chức bộ máy Bộ Công an)',
   'Chức năng, nhiệm vụ của Công an quận chuyển về Công an thành phố và Công an cấp xã.', 0, now(), now()),
  ('a0600000-0000-4000-8060-000000000003', 'dissolved', '2025-03-01',
   'Không tổ chức Công an cấp huyện từ ngày 01/3/2025 (sắp xếp tổ chức bộ máy Bộ Công an)',
   'Chức năng, nhiệm vụ của Công an huyện chuyển về Công an tỉnh và Công an cấp xã.', 0, now(), now()),
  ('a0600000-0000-4000-8060-000000000004', 'merged', '2025-07-01',
   'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh',
   'Tỉnh Hòa Bình hợp nhất vào tỉnh Phú Thọ từ ngày 01/7/2025.', 0, now(), now()),
  ('a0600000-0000-4000-8060-000000000005', 'dissolved', '2025-07-01',
   'Luật Tổ chức chính quyền địa phương năm 2025: chính quyền địa phương hai cấp (tỉnh, xã) từ ngày 01/7/2025',
   'Cấp huyện kết thúc hoạt động từ ngày 01/7/2025; nhiệm vụ chuyển về Ủy ban nhân dân cấp tỉnh và cấp xã.', 0, now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO organization_succession_predecessor (succession_id, position, organization_id) VALUES
  ('a0600000-0000-4000-8060-000000000001', 0, 'a0000000-0000-4000-8000-000000000101'), -- Công an huyện Thọ Xuân
  ('a0600000-0000-4000-8060-000000000002', 0, 'a0000000-0000-4000-8000-000000000201'), -- Công an quận Bắc Từ Liêm
  ('a0600000-0000-4000-8060-000000000003', 0, 'a0000000-0000-4000-8000-000000000301'), -- Công an huyện Cao Phong
  ('a0600000-0000-4000-8060-000000000004', 0, 'a0000000-0000-4000-8000-000000000041'), -- Công an tỉnh Hòa Bình
  ('a0600000-0000-4000-8060-000000000005', 0, 'a0000000-0000-4000-8003-000000000395'), -- UBND huyện Thọ Xuân
  ('a0600000-0000-4000-8060-000000000005', 1, 'a0000000-0000-4000-8003-000000000021')  -- UBND quận Bắc Từ Liêm
ON CONFLICT DO NOTHING;

INSERT INTO organization_succession_successor (succession_id, position, organization_id, receives) VALUES
  ('a0600000-0000-4000-8060-000000000001', 0, 'a0000000-0000-4000-8000-000000000011',
   'Chức năng, nhiệm vụ của Công an cấp huyện trên địa bàn huyện Thọ Xuân'),
  ('a0600000-0000-4000-8060-000000000002', 0, 'a0000000-0000-4000-8060-000000000001',
   'Chức năng, nhiệm vụ của Công an cấp huyện trên địa bàn quận Bắc Từ Liêm'),
  ('a0600000-0000-4000-8060-000000000003', 0, 'a0000000-0000-4000-8000-000000000041',
   'Chức năng, nhiệm vụ của Công an cấp huyện trên địa bàn huyện Cao Phong'),
  ('a0600000-0000-4000-8060-000000000004', 0, 'a0000000-0000-4000-8060-000000000002',
   'Toàn bộ chức năng, nhiệm vụ, lực lượng và địa bàn của Công an tỉnh Hòa Bình')
ON CONFLICT DO NOTHING;
