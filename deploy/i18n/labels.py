#!/usr/bin/env python3
"""Writes src/main/resources/i18n/labels.properties (English) and labels_vi.properties (Vietnamese): the
labels of every enumeration of the contract, one group per place the contract declares one, and the
workbooks' column names. Run from the repository's root after changing a label or an enumeration."""

V = {}  # value sets: name -> {value: (en, vi)}
V['era'] = {'legacy': ('Before the 2025 reform (three tiers)', 'Trước sắp xếp năm 2025 (ba cấp)'),
            '2025': ('From the 2025 reform (two tiers)', 'Từ sắp xếp năm 2025 (hai cấp)')}
lv = {'central': ('Central', 'Trung ương'), 'province': ('Province', 'Cấp tỉnh'), 'district': ('District', 'Cấp huyện'),
      'commune': ('Commune', 'Cấp xã'), 'village': ('Village or residential group', 'Thôn, tổ dân phố')}
def pick(d, *keys):
    return {k: d[k] for k in keys}
status_active = {'active': ('Active', 'Đang hoạt động'), 'paused': ('Paused', 'Tạm dừng')}
stat = {'safety': ('Safety and order standard', 'An toàn về an ninh, trật tự'), 'models': ('Grassroots models', 'Mô hình ở cơ sở'),
        'awards': ('Awards', 'Khen thưởng'), 'festivals': ('Festival days', 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc'),
        'campaigns': ('Movement launches', 'Phát động phong trào')}
section = {'total': ('Total', 'Tổng cộng'), 'year': ('By year', 'Theo năm'), 'area': ('By area', 'Theo địa bàn')}
measures = {'attained': ('Attained', 'Đạt'), 'total': ('Assessed', 'Tổng số được đánh giá'), 'ratio': ('Ratio attained', 'Tỷ lệ đạt'),
            'models': ('Models', 'Số mô hình'), 'points': ('Points', 'Số điểm'), 'teams': ('Teams', 'Số tổ, đội'),
            'members': ('Members', 'Số thành viên'), 'decisions': ('Decisions', 'Số quyết định'),
            'recipients': ('Recipients', 'Số tập thể, cá nhân được khen'), 'participants': ('Participants', 'Số người tham gia'),
            'gifts': ('Gifts', 'Số suất quà'), 'giftValueVnd': ('Value of gifts (VND)', 'Giá trị quà tặng (đồng)'),
            'pointsWithProvincialLeaders': ('Points attended by provincial leaders', 'Số điểm có lãnh đạo cấp tỉnh dự'),
            'pointsWithDistrictLeaders': ('Points attended by district leaders', 'Số điểm có lãnh đạo cấp huyện dự'),
            'campaigns': ('Launches', 'Số đợt phát động')}
subject = {'residential_area': ('Residential area', 'Khu dân cư'), 'commune': ('Commune', 'Xã'), 'ward': ('Ward', 'Phường'),
           'township': ('Township', 'Thị trấn'), 'special_zone': ('Special zone', 'Đặc khu'), 'agency': ('Agency', 'Cơ quan'),
           'enterprise': ('Enterprise', 'Doanh nghiệp'), 'school': ('School', 'Cơ sở giáo dục')}
review_kind = {'interim': ('Interim review', 'Sơ kết'), 'final': ('Final review', 'Tổng kết'), 'annual': ('Annual review', 'Tổng kết hằng năm')}
review_format = {'in_person': ('In person', 'Trực tiếp'), 'online': ('Online', 'Trực tuyến'), 'both': ('In person and online', 'Trực tiếp kết hợp trực tuyến')}
safety_figures = {}
for k, (en, vi) in subject.items():
    if k == 'special_zone':
        continue
    safety_figures['safety_%s_assessed' % k] = ('%s: assessed' % en, '%s: số được đánh giá' % vi)
    safety_figures['safety_%s_attained' % k] = ('%s: attained the standard' % en, '%s: số đạt chuẩn an toàn về ANTT' % vi)

G = {}  # groups: contract name -> {value: (en, vi)}
for g in ['Era', 'StatisticsEra', 'StatisticsStructure', 'StatisticsReport.era', 'StatisticsReport.structure',
          'IndicatorStatistics.era', 'IndicatorStatistics.structure', 'CampaignStatisticsReport.era',
          'CampaignStatisticsReport.structure']:
    G[g] = V['era']
G['AdminUnitLevel'] = pick(lv, 'province', 'district', 'commune')
G['IndicatorCoverage.level'] = pick(lv, 'province', 'district', 'commune')
G['Level'] = lv
G['ProgramLevel'] = pick(lv, 'central', 'province', 'district', 'commune')
G['LeaderLevel'] = pick(lv, 'central', 'province', 'district', 'commune')
G['OrganizationType'] = {
    'police': ('Police', 'Công an'), 'fatherland_front': ('Fatherland Front', 'Mặt trận Tổ quốc'),
    'veterans_association': ("Veterans' Association", 'Hội Cựu chiến binh'), 'womens_union': ("Women's Union", 'Hội Liên hiệp Phụ nữ'),
    'youth_union': ('Youth Union', 'Đoàn Thanh niên'), 'farmers_association': ("Farmers' Association", 'Hội Nông dân'),
    'trade_union': ('Trade union', 'Công đoàn'), 'peoples_committee': ("People's Committee", 'Ủy ban nhân dân'),
    'steering_committee_138': ('Steering Committee 138', 'Ban Chỉ đạo 138'), 'agency': ('Agency', 'Cơ quan'),
    'enterprise': ('Enterprise', 'Doanh nghiệp'), 'school': ('School', 'Trường học'), 'other': ('Other', 'Khác')}
G['ProgramStatus'] = {'draft': ('Draft', 'Dự thảo'), 'active': ('In force', 'Đang thực hiện'), 'completed': ('Completed', 'Đã hoàn thành'),
                      'cancelled': ('Cancelled', 'Đã hủy')}
G['AgreementStatus'] = {'draft': ('Draft', 'Dự thảo'), 'active': ('In force', 'Đang có hiệu lực'), 'expired': ('Expired', 'Hết hiệu lực'),
                        'terminated': ('Terminated', 'Đã chấm dứt')}
G['PartyRole'] = {'lead': ('Lead', 'Chủ trì'), 'co_lead': ('Co-lead', 'Đồng chủ trì'), 'member': ('Member', 'Phối hợp')}
G['ReviewKind'] = review_kind
G['IndicatorStatistics.kind'] = review_kind
G['FestivalStatus'] = {'planned': ('Planned', 'Dự kiến'), 'held': ('Held', 'Đã tổ chức'), 'postponed': ('Postponed', 'Hoãn'),
                       'cancelled': ('Cancelled', 'Đã hủy')}
G['FestivalChange.change'] = {'upsert': ('Added or changed', 'Thêm mới hoặc thay đổi'), 'delete': ('Deleted', 'Đã xóa'),
                              'leave': ('Left the scope', 'Ra khỏi phạm vi')}
G['ChangeKind'] = {'upsert': ('Added or changed', 'Thêm mới hoặc thay đổi'), 'annul': ('Annulled', 'Hủy bỏ'), 'delete': ('Deleted', 'Đã xóa'),
                   'remove': ('Left the scope', 'Ra khỏi phạm vi')}
G['WebhookCollection'] = {
    'awards': ('Award decisions', 'Quyết định khen thưởng'), 'campaigns': ('Movement launches', 'Phát động phong trào'),
    'coordination-agreements': ('Coordination agreements', 'Quy chế phối hợp'), 'indicator-reports': ('Indicator reports', 'Báo cáo chỉ tiêu'),
    'indicators': ('Indicators', 'Chỉ tiêu'), 'model-points': ('Model points', 'Điểm mô hình'), 'models': ('Grassroots models', 'Mô hình ở cơ sở'),
    'organizations': ('Organizations', 'Tổ chức'), 'programs': ('Coordination programs', 'Chương trình phối hợp'),
    'review-conferences': ('Review conferences', 'Hội nghị sơ kết, tổng kết'), 'safety-assessments': ('Safety assessments', 'Đánh giá an toàn về ANTT')}
G['ReportingStanding'] = {'missing': ('Missing', 'Chưa có báo cáo'), 'draft': ('Draft', 'Dự thảo'),
                          'submitted': ('Submitted', 'Đã gửi lên cấp trên'), 'returned': ('Returned', 'Bị trả lại'),
                          'accepted': ('Accepted', 'Đã tiếp nhận')}
G['WebhookSubscriptionRequest.status'] = status_active
G['WebhookSubscription.status'] = status_active
G['WebhookDelivery.status'] = {'pending': ('Pending', 'Đang chờ gửi'), 'delivered': ('Delivered', 'Đã gửi')}
G['WebhookEvent.data.change'] = {'created': ('Created', 'Tạo mới'), 'updated': ('Changed', 'Thay đổi'), 'deleted': ('Deleted', 'Đã xóa'),
                                 'annulled': ('Annulled', 'Hủy bỏ'), 'removed': ('Left the scope', 'Ra khỏi phạm vi'),
                                 'due-soon': ('Report due soon', 'Sắp đến hạn báo cáo'), 'overdue': ('Report overdue', 'Quá hạn báo cáo')}
G['HistoryEntry.action'] = {'create': ('Created', 'Tạo mới'), 'update': ('Changed', 'Thay đổi'), 'delete': ('Deleted', 'Xóa'),
                            'annul': ('Annulled', 'Hủy bỏ')}
G['HistoryEntry.operation'] = {'erasure': ('Personal data erased', 'Xóa dữ liệu cá nhân'),
                               'correction': ('Personal data corrected', 'Cải chính dữ liệu cá nhân')}
G['ModelCategory'] = {'self_prevention': ('Self-prevention', 'Tự phòng'), 'self_management': ('Self-management', 'Tự quản'),
                      'self_protection': ('Self-protection', 'Tự bảo vệ'), 'self_mediation': ('Self-mediation', 'Tự hòa giải'),
                      'other': ('Other', 'Khác')}
G['ModelTopic'] = {
    'security_order': ('Security and order', 'An ninh, trật tự'), 'food_safety': ('Food safety', 'An toàn thực phẩm'),
    'environment': ('Environment', 'Môi trường'), 'traffic_safety': ('Traffic safety', 'An toàn giao thông'), 'youth': ('Youth', 'Thanh niên'),
    'women_children': ('Women and children', 'Phụ nữ và trẻ em'),
    'reintegration': ('Helping offenders reintegrate', 'Giúp đỡ người lầm lỗi tái hòa nhập cộng đồng'),
    'religion_ethnicity': ('Religion and ethnicity', 'Tôn giáo, dân tộc'), 'border': ('Border', 'Biên giới'),
    'cyberspace': ('Cyberspace', 'Không gian mạng'), 'social_evils': ('Social evils', 'Phòng chống tệ nạn xã hội'), 'other': ('Other', 'Khác')}
G['ModelStatus'] = {'active': ('Active (newly built)', 'Hoạt động (xây dựng mới)'), 'maintained': ('Maintained', 'Duy trì'),
                    'replicated': ('Replicated', 'Nhân rộng'), 'dissolved': ('Dissolved', 'Thanh loại')}
G['AwardForm'] = {
    'prime_minister_certificate': ("Prime Minister's certificate of merit", 'Bằng khen của Thủ tướng Chính phủ'),
    'minister_certificate': ("Minister's certificate of merit", 'Bằng khen của Bộ trưởng Bộ Công an'),
    'province_chairman_certificate': ("Provincial People's Committee chairman's certificate of merit", 'Bằng khen của Chủ tịch UBND tỉnh'),
    'police_director_commendation': ("Provincial police director's commendation", 'Giấy khen của Giám đốc Công an tỉnh'),
    'district_chairman_commendation': ("District People's Committee chairman's commendation", 'Giấy khen của Chủ tịch UBND cấp huyện'),
    'commune_chairman_commendation': ("Commune People's Committee chairman's commendation", 'Giấy khen của Chủ tịch UBND cấp xã'),
    'commemorative_medal': ('Commemorative medal "Bảo vệ an ninh Tổ quốc"', 'Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”'),
    'other': ('Other', 'Khác')}
G['AwardOccasion'] = {'program': ('Coordination program', 'Chương trình phối hợp'),
                      'review_conference': ('Review conference', 'Hội nghị sơ kết, tổng kết'),
                      'festival': ('Festival day', 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc'),
                      'annual_movement': ("The year's movement", 'Phong trào hằng năm'), 'other': ('Other', 'Khác')}
G['AwardStatus'] = {'valid': ('Valid', 'Có hiệu lực'), 'annulled': ('Annulled', 'Đã hủy bỏ')}
G['RecipientKind'] = {'collective': ('Collective', 'Tập thể'), 'individual': ('Individual', 'Cá nhân')}
G['NullableGender'] = {'male': ('Male', 'Nam'), 'female': ('Female', 'Nữ')}
G['SubjectKind'] = subject
G['StatisticsRow.section'] = section
G['CampaignStatisticsRow.section'] = section
G['StatisticsRow.dimension'] = {'subjectKind': ('Kind of subject', 'Loại đối tượng'), 'category': ('Category', 'Nhóm mô hình'),
                                'topic': ('Topic', 'Lĩnh vực'), 'status': ('Status', 'Trạng thái'), 'form': ('Form of award', 'Hình thức khen thưởng'),
                                'recipientKind': ('Kind of recipient', 'Đối tượng được khen')}
G['CampaignStatisticsRow.dimension'] = {'kind': ('Kind of launch', 'Hình thức phát động')}
G['StatisticsReport.statistic'] = pick(stat, 'safety', 'models', 'awards', 'festivals')
G['CampaignStatisticsReport.statistic'] = pick(stat, 'campaigns')
G['StatisticsReport.measures'] = {k: v for k, v in measures.items() if k != 'campaigns'}
G['CampaignStatisticsReport.measures'] = pick(measures, 'campaigns', 'participants')
G['IndicatorKind'] = {'count': ('Count', 'Số lượng'), 'amount_vnd': ('Amount (VND)', 'Số tiền (đồng)'), 'people': ('People', 'Số người'),
                      'units': ('Units', 'Số đơn vị')}
G['NullableRecordFigure'] = dict({
    'models': ('Models', 'Số mô hình'), 'model_points': ('Model points', 'Số điểm mô hình'), 'model_teams': ('Model teams', 'Số tổ, đội'),
    'festival_points': ('Festival points', 'Số điểm tổ chức ngày hội'), 'festival_participants': ('Festival participants', 'Số người dự ngày hội'),
    'festival_gifts': ('Festival gifts', 'Số suất quà tặng tại ngày hội'),
    'festival_gift_value_vnd': ('Value of festival gifts (VND)', 'Giá trị quà tặng tại ngày hội (đồng)'),
    'festival_points_provincial_leaders': ('Festival points attended by provincial leaders', 'Số điểm ngày hội có lãnh đạo cấp tỉnh dự'),
    'festival_points_district_leaders': ('Festival points attended by district leaders', 'Số điểm ngày hội có lãnh đạo cấp huyện dự'),
    'award_commemorative_medals': ('Commemorative medals', 'Số Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”'),
    'award_minister_certificates': ("Minister's certificates of merit", 'Số Bằng khen của Bộ trưởng Bộ Công an')}, **safety_figures)
G['IndicatorReportStatus'] = {'draft': ('Draft', 'Dự thảo'), 'submitted': ('Submitted', 'Đã gửi lên cấp trên'),
                              'accepted': ('Accepted', 'Đã tiếp nhận'), 'returned': ('Returned', 'Bị trả lại')}
G['Indicator.aggregation'] = {'sum': ('Sum', 'Cộng dồn')}
G['IndicatorStatisticsRow.section'] = {'unit': ("The unit's own reports", 'Báo cáo của chính đơn vị'),
                                       'total': ('Units one level down, added up', 'Tổng các đơn vị cấp dưới'), 'area': ('By area', 'Theo địa bàn')}
G['ReviewFormat'] = review_format
G['NullableReviewFormat'] = review_format
G['CampaignKind'] = {'movement_launch': ('Movement launch', 'Phát động phong trào'),
                     'thematic_campaign': ('Thematic campaign', 'Vận động theo chuyên đề'),
                     'emulation_pledge': ('Emulation pledge', 'Ký giao ước thi đua')}
G['SuccessionKind'] = {'merged': ('Merged', 'Sáp nhập'), 'split': ('Split', 'Chia tách'), 'dissolved': ('Dissolved', 'Giải thể'),
                       'renamed': ('Renamed', 'Đổi tên'),
                       'functions_transferred': ('Functions transferred', 'Chuyển giao chức năng, nhiệm vụ')}
festival_kind = {'antq_festival_day': ('National Security Protection Festival Day', 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc'),
                 'great_unity_day': ('National Great Unity Day', 'Ngày hội Đại đoàn kết toàn dân tộc'), 'other': ('Other', 'Khác')}
activity_kind = {'ceremony': ('Ceremony', 'Phần lễ'), 'traditional_education': ('Traditional education', 'Giáo dục truyền thống'),
                 'culture_arts': ('Culture and arts', 'Văn hóa, văn nghệ'), 'sport': ('Sport', 'Thể dục, thể thao'),
                 'humanitarian': ('Humanitarian activities', 'Hoạt động nhân đạo'), 'gifts': ('Gifts', 'Trao quà'),
                 'commendation': ('Commendation', 'Khen thưởng'), 'other': ('Other', 'Khác')}
G['FestivalKind'] = festival_kind
G['FestivalActivityKind'] = activity_kind
G['SafetyStandard'] = {
    'antt_safe': ('Safe for security and order', 'An toàn về an ninh, trật tự'),
    'rural_security_criterion': ('Security and order criterion of new rural development',
                                 'Tiêu chí an ninh, trật tự trong xây dựng nông thôn mới'),
    'model_ward_police': ('Model ward police for security, order and urban civility',
                          'Công an phường điển hình, kiểu mẫu về an ninh, trật tự và văn minh đô thị')}
safety_stage = {'designated': ('Designated for the pilot', 'Được chọn xây dựng điểm'), 'assessed': ('Assessed', 'Đã đánh giá'),
                'recognized': ('Recognized', 'Được công nhận')}
for g in ['SafetyStage', 'SafetyAssessmentRequest.stage', 'SafetyAssessment.stage', 'SafetyAssessmentSummary.stage']:
    G[g] = safety_stage
G['DocumentKind'] = {'decision': ('Decision', 'Quyết định'), 'program': ('Program', 'Chương trình'), 'plan': ('Plan', 'Kế hoạch'),
                     'regulation': ('Regulation', 'Quy chế'), 'report': ('Report', 'Báo cáo'), 'minutes': ('Minutes', 'Biên bản'),
                     'official_letter': ('Official letter', 'Công văn'), 'other': ('Other', 'Khác')}
G['DocumentAccess'] = {'public': ('Public', 'Công khai'), 'internal': ('Internal', 'Nội bộ'), 'restricted': ('Restricted', 'Hạn chế')}
G['DocumentFile.mediaType'] = {
    'application/pdf': ('PDF document', 'Tệp PDF'), 'image/jpeg': ('JPEG image', 'Ảnh JPEG'), 'image/png': ('PNG image', 'Ảnh PNG'),
    'image/tiff': ('TIFF image', 'Ảnh TIFF'),
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ('Word document (DOCX)', 'Văn bản Word (DOCX)'),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ('Excel workbook (XLSX)', 'Bảng tính Excel (XLSX)')}
G['DocumentCitation.collection'] = pick(G['WebhookCollection'], 'programs', 'coordination-agreements', 'awards', 'review-conferences',
                                        'indicator-reports', 'campaigns')
G['FestivalActivityStatisticsRow.section'] = section
G['FestivalActivityStatisticsRow.dimension'] = {'kind': ('Kind of festival', 'Loại ngày hội'),
                                                'activityKind': ('Kind of activity', 'Loại hoạt động')}
G['FestivalActivityStatisticsReport.statistic'] = {
    'festival-activities': ('Festival days by kind and activity', 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc theo loại và hoạt động')}
G['FestivalActivityStatisticsReport.era'] = V['era']
G['FestivalActivityStatisticsReport.structure'] = V['era']
G['FestivalActivityStatisticsReport.measures'] = dict(
    pick(measures, 'points', 'participants', 'gifts', 'giftValueVnd'),
    activities=('Activities', 'Số hoạt động'), activityParticipants=('Activity participants', 'Số người tham gia hoạt động'),
    activityItems=('Counted by the activities', 'Số lượng theo hoạt động'))
fields = {'code': ('Code', 'Mã'), 'name': ('Name', 'Tên'), 'createdAt': ('Created', 'Ngày tạo'), 'updatedAt': ('Changed', 'Ngày cập nhật'),
          'signedOn': ('Signed on', 'Ngày ký'), 'title': ('Title', 'Tiêu đề'), 'startsAt': ('Starts', 'Thời gian bắt đầu'),
          'distance': ('Distance', 'Khoảng cách'), 'number': ('Number', 'Số quyết định'), 'heldOn': ('Held on', 'Ngày tổ chức'),
          'launchedOn': ('Launched on', 'Ngày phát động'), 'effectiveOn': ('Effective on', 'Ngày có hiệu lực'),
          'issuedOn': ('Issued on', 'Ngày ban hành'), 'dueOn': ('Due on', 'Hạn báo cáo'), 'opensOn': ('Opens on', 'Ngày mở kỳ báo cáo'),
          'fromYear': ('First year', 'Năm bắt đầu')}
G['sort'] = dict(fields)
for k, (en, vi) in fields.items():
    G['sort']['-' + k] = (en + ' (descending)', vi + ' (giảm dần)')
G['LabelsLang'] = {'vi': ('Vietnamese', 'Tiếng Việt'), 'en': ('English', 'Tiếng Anh')}
# Not an enumeration: the names of the workbooks' columns and title row.
G['column'] = {'section': ('Section', 'Phần'), 'year': ('Year', 'Năm'), 'areaCode': ('Area code', 'Mã địa bàn'),
               'areaName': ('Area', 'Địa bàn'), 'dimension': ('Breakdown', 'Phân loại theo'), 'key': ('Category', 'Loại'),
               'unit': ('Unit', 'Đơn vị'), 'era': ('Era', 'Thời kỳ'), 'years': ('Years', 'Năm'), 'wholeCountry': ('Whole country', 'Toàn quốc'),
               'reports': ('Reports', 'Số báo cáo'), 'indicator': ('Indicator', 'Chỉ tiêu'), 'reported': ('Reported', 'Số báo cáo lên'),
               'shareOf': ('Share of', 'Tỷ lệ trên'), 'recorded': ('From the records', 'Theo dữ liệu ghi nhận'),
               'difference': ('Difference', 'Chênh lệch'), 'coverage': ('Coverage', 'Mức độ báo cáo'), 'kind': ('Kind of review', 'Loại báo cáo'),
               'generated': ('Generated', 'Lập lúc'), 'source': ('Source', 'Nguồn'),
               'sourceText': ('ANTQ registry', 'Cơ sở dữ liệu phong trào Toàn dân bảo vệ an ninh Tổ quốc')}

def esc(s):
    return s.replace('\\', '\\\\').replace(':', '\\:').replace('=', '\\=').replace(' ', '\\ ')

for lang, idx, name in (('en', 0, 'labels.properties'), ('vi', 1, 'labels_vi.properties')):
    with open('src/main/resources/i18n/' + name, 'w', encoding='utf-8') as f:
        f.write('# Generated by deploy/i18n/labels.py (edit it there): labels of the contract\'s enumerations, group.value=label.\n')
        for group in G:
            for value, texts in G[group].items():
                f.write('%s.%s=%s\n' % (esc(group), esc(value), texts[idx]))


def contract(path='openapi/openapi.yaml'):
    """Writes each enumeration's labels into the contract beside it, as x-enum-labels (value -> vi, en), replacing
    those written before; the schemas' and parameters' enumerations of components (a list's sort values are
    labelled at /api/v1/labels only)."""
    import re
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    skip_indent = None
    for line in lines:  # drop the labels written before
        indent = len(line) - len(line.lstrip(' '))
        if skip_indent is not None:
            if line.strip() and indent <= skip_indent:
                skip_indent = None
            else:
                continue
        if line.strip() == 'x-enum-labels:':
            skip_indent = indent
            continue
        out.append(line)
    lines, out = out, []
    stack = []
    key_line = re.compile(r"^(\s*)([A-Za-z0-9_.$-]+|'[^']*'):(\s.*)?$")
    pending = None  # (indent, group) of an enum whose items are being read
    def q(text):
        return "'" + text.replace("'", "''") + "'"
    def flush(pending):
        indent, group = pending[0], pending[1]
        values = pending[2]
        if group not in G:
            return []
        pad = ' ' * indent
        block = [pad + 'x-enum-labels:']
        for v in values:
            if v in G[group]:
                en, vi = G[group][v]
                block += [pad + '  ' + q(v) + ':', pad + '    vi: ' + q(vi), pad + '    en: ' + q(en)]
        return block if len(block) > 1 else []
    for line in lines:
        indent = len(line) - len(line.lstrip(' '))
        if pending is not None:
            m = re.match(r"^(\s*)- (.*)$", line)
            if m and len(m.group(1)) == pending[0]:
                value = m.group(2).strip().strip("'\"")
                if value != 'null':
                    pending[2].append(value)
                out.append(line)
                continue
            out += flush(pending)
            pending = None
        m = key_line.match(line)
        if m and not line.lstrip().startswith('-'):
            while stack and stack[-1][0] >= indent:
                stack.pop()
            stack.append((indent, m.group(2).strip("'")))
            keys = [k for _, k in stack]
            if keys[-1] == 'enum' and (m.group(3) is None or not m.group(3).strip()) and keys[0] == 'components' \
                    and len(keys) > 3 and keys[1] in ('schemas', 'parameters'):
                if keys[1] == 'parameters':
                    group = keys[2]
                else:
                    group = keys[2]
                    for i in range(3, len(keys) - 1):
                        if keys[i] == 'properties' and i + 1 < len(keys) - 1:
                            group += '.' + keys[i + 1]
                pending = (indent, group, [])
        out.append(line)
    open(path, 'w', encoding='utf-8').write('\n'.join(out))


if __name__ == '__main__':
    import sys
    if '--contract' in sys.argv:
        contract()
