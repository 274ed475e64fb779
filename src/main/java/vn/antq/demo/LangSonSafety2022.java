package vn.antq.demo;

import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationDtos.OrganizationRequest;
import vn.antq.organization.OrganizationType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Lạng Sơn's "An toàn về ANTT" results of 2022 as assessments (Báo Lạng Sơn, 9/2/2023): 1,686/1,727
 * residential areas, 173/181 communes, 4/5 wards, 14/14 townships, 583/598 agencies, 44/57 enterprises
 * and 291/296 schools. The ratios are the source's; which areas, units and organizations attained the
 * standard, the residential areas' names and the organizations themselves are invented, from a fixed
 * seed, so that every machine gets the same records.
 */
final class LangSonSafety2022 {

    static final int YEAR = 2022;
    static final String PROVINCE = "20";
    static final String NOTE = "Dữ liệu minh họa: tỷ lệ đạt theo Báo Lạng Sơn (9/2/2023); đơn vị cụ thể đạt hay chưa đạt là giả lập.";
    static final String ORGANIZATION_NOTE = "Dữ liệu minh họa: tổ chức giả lập để thể hiện kết quả tiêu chuẩn \"An toàn về ANTT\" năm 2022 của tỉnh Lạng Sơn.";

    /** attained / assessed, as reported. */
    record Ratio(int attained, int total) {
    }

    static final Ratio RESIDENTIAL_AREAS = new Ratio(1686, 1727);
    static final Ratio COMMUNES = new Ratio(173, 181);
    static final Ratio WARDS = new Ratio(4, 5);
    static final Ratio TOWNSHIPS = new Ratio(14, 14);
    static final Ratio AGENCIES = new Ratio(583, 598);
    static final Ratio ENTERPRISES = new Ratio(44, 57);
    static final Ratio SCHOOLS = new Ratio(291, 296);

    /**
     * Units the reference data (the state of 1 March 2025) shows as townships that were communes in
     * 2022: 06040 took the township of Thất Khê (05995, last seen in the snapshot of 9 November 2024)
     * in, and its name and type with it. With it counted as a commune, the units of 2022 are exactly the source's 181 communes,
     * 5 wards and 14 townships.
     */
    static final Set<String> COMMUNES_IN_2022 = Set.of("06040");

    private static final long SEED = 20230208L;

    private static final List<String> PROVINCIAL_AGENCIES = List.of(
            "Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
            "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng", "Sở Tài nguyên và Môi trường",
            "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Ngoại vụ", "Thanh tra tỉnh", "Ban Dân tộc tỉnh",
            "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Cục Thuế tỉnh",
            "Cục Hải quan tỉnh", "Kho bạc Nhà nước tỉnh", "Bảo hiểm xã hội tỉnh", "Cục Thống kê tỉnh", "Cục Thi hành án dân sự tỉnh",
            "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Báo Lạng Sơn",
            "Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh", "Chi cục Kiểm lâm tỉnh", "Trường Chính trị Hoàng Văn Thụ",
            "Thư viện tỉnh", "Bảo tàng tỉnh", "Trung tâm Văn hóa, Nghệ thuật tỉnh", "Quỹ Đầu tư phát triển tỉnh");
    private static final List<String> DISTRICT_AGENCIES = List.of(
            "Văn phòng HĐND và UBND", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch", "Phòng Tài nguyên và Môi trường",
            "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Y tế",
            "Phòng Dân tộc", "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Kinh tế và Hạ tầng", "Thanh tra",
            "Trung tâm Y tế", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
            "Ban Quản lý dự án đầu tư xây dựng", "Trung tâm Phát triển quỹ đất", "Chi cục Thuế", "Kho bạc Nhà nước",
            "Bảo hiểm xã hội", "Chi cục Thống kê", "Chi cục Thi hành án dân sự", "Viện Kiểm sát nhân dân", "Tòa án nhân dân",
            "Hạt Kiểm lâm", "Phòng giao dịch Ngân hàng Chính sách xã hội", "Ban Chỉ huy Quân sự", "Trung tâm Dịch vụ nông nghiệp",
            "Ủy ban MTTQ Việt Nam", "Huyện đoàn", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh");

    /** An organization to create, with the assessment it gets. */
    record Subject(OrganizationRequest organization, String kind, boolean attained) {
    }

    /** A residential area, commune, ward or township assessment. */
    record UnitAssessment(String kind, DemoUnit unit, String areaName, boolean attained) {
    }

    /** The whole year's results: the organizations they need, and what each unit and area got. */
    record Plan(List<Subject> organizations, List<UnitAssessment> units) {
    }

    private LangSonSafety2022() {
    }

    /**
     * @param units     Lạng Sơn's legacy commune-level units that existed in 2022, in code order
     * @param districts Lạng Sơn's legacy districts (code and full name), in code order
     * @param lastDay   each unit's last day (its valid_to); units gone before the reform keep their organizations' end there
     */
    static Plan plan(List<DemoUnit> units, List<DemoUnit> districts, Map<String, LocalDate> lastDay) {
        Random random = new Random(SEED);
        List<DemoUnit> communes = new ArrayList<>();
        List<DemoUnit> wards = new ArrayList<>();
        List<DemoUnit> townships = new ArrayList<>();
        for (DemoUnit unit : units) {
            String kind = kindIn2022(unit);
            (kind.equals("commune") ? communes : kind.equals("ward") ? wards : townships).add(unit);
        }
        require("communes", communes.size(), COMMUNES.total());
        require("wards", wards.size(), WARDS.total());
        require("townships", townships.size(), TOWNSHIPS.total());

        List<UnitAssessment> assessed = new ArrayList<>();
        addUnits(assessed, "commune", communes, COMMUNES, random);
        addUnits(assessed, "ward", wards, WARDS, random);
        addUnits(assessed, "township", townships, TOWNSHIPS, random);

        // Residential areas: villages (thôn) in communes, blocks (khối) in wards and townships.
        double[] weights = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            weights[i] = (units.get(i).urban() ? 6 : 5) + random.nextInt(7);
        }
        int[] areas = Apportion.byWeights(RESIDENTIAL_AREAS.total(), weights);
        List<UnitAssessment> residential = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            DemoUnit unit = units.get(i);
            for (int a = 1; a <= areas[i]; a++) {
                residential.add(new UnitAssessment("residential_area", unit, (unit.urban() ? "Khối " : "Thôn ") + a, true));
            }
        }
        Set<Integer> missed = pick(residential.size(), RESIDENTIAL_AREAS.total() - RESIDENTIAL_AREAS.attained(), random);
        for (int i = 0; i < residential.size(); i++) {
            UnitAssessment r = residential.get(i);
            assessed.add(new UnitAssessment(r.kind(), r.unit(), r.areaName(), !missed.contains(i)));
        }

        List<OrganizationRequest> agencies = new ArrayList<>();
        for (DemoUnit unit : units) {
            agencies.add(organization("Trạm Y tế " + where(unit, lastDay), OrganizationType.agency, Level.commune, unit, lastDay));
        }
        for (DemoUnit district : districts) {
            for (String agency : DISTRICT_AGENCIES) {
                agencies.add(new OrganizationRequest(agency + " " + DemoUnit.inSentence(district.fullName()), null,
                        OrganizationType.agency, Level.district, new AdminUnitRef(district.era(), district.code()), null, null,
                        LocalDate.of(2025, 6, 30), ORGANIZATION_NOTE));
            }
        }
        int provincial = AGENCIES.total() - agencies.size();
        if (provincial < 0 || provincial > PROVINCIAL_AGENCIES.size()) {
            throw new IllegalStateException("Cannot make " + AGENCIES.total() + " agencies from " + units.size() + " units and "
                    + districts.size() + " districts");
        }
        for (String agency : PROVINCIAL_AGENCIES.subList(0, provincial)) {
            agencies.add(new OrganizationRequest(agency + " Lạng Sơn", null, OrganizationType.agency, Level.province,
                    new AdminUnitRef("legacy", PROVINCE), null, null, null, ORGANIZATION_NOTE));
        }

        List<OrganizationRequest> schools = new ArrayList<>();
        for (DemoUnit unit : units) {
            schools.add(organization("Trường Tiểu học " + where(unit, lastDay), OrganizationType.school, Level.commune, unit, lastDay));
        }
        for (DemoUnit unit : units) {
            if (schools.size() == SCHOOLS.total()) {
                break;
            }
            if (!lastDay.containsKey(unit.code()) || lastDay.get(unit.code()).isAfter(LocalDate.of(2025, 1, 1))) {
                schools.add(organization("Trường Trung học cơ sở " + where(unit, lastDay), OrganizationType.school, Level.commune,
                        unit, lastDay));
            }
        }
        require("schools", schools.size(), SCHOOLS.total());

        List<OrganizationRequest> enterprises = new ArrayList<>();
        for (int i = 1; i <= ENTERPRISES.total(); i++) {
            DemoUnit unit = units.get(random.nextInt(units.size()));
            enterprises.add(organization(String.format("Công ty minh họa số %02d (%s)", i, where(unit, lastDay)),
                    OrganizationType.enterprise, Level.commune, unit, lastDay));
        }

        List<Subject> organizations = new ArrayList<>();
        addOrganizations(organizations, "agency", agencies, AGENCIES, random);
        addOrganizations(organizations, "enterprise", enterprises, ENTERPRISES, random);
        addOrganizations(organizations, "school", schools, SCHOOLS, random);
        return new Plan(organizations, assessed);
    }

    /** The kind a unit was assessed as in 2022. */
    static String kindIn2022(DemoUnit unit) {
        if (COMMUNES_IN_2022.contains(unit.code())) {
            return "commune";
        }
        return switch (unit.typeEn()) {
            case "ward" -> "ward";
            case "commune_level_town" -> "township";
            default -> "commune";
        };
    }

    /**
     * The bulk submission of the year: one row per subject, in the template's columns; organizations
     * are named by the ids the registry gave them ({@code ids}, by name).
     */
    static String csv(Plan plan, Map<String, UUID> ids) {
        StringBuilder csv = new StringBuilder(
                "year,subjectKind,adminUnit,organizationId,areaName,attained,periodStart,periodEnd,recognizedById,decisionNumber,decidedOn,note\r\n");
        for (UnitAssessment a : plan.units()) {
            row(csv, a.kind(), "legacy:" + a.unit().code(), "", a.areaName() == null ? "" : a.areaName(), a.attained());
        }
        for (Subject s : plan.organizations()) {
            UUID id = ids.get(s.organization().name());
            if (id == null) {
                throw new IllegalStateException("No organization named " + s.organization().name());
            }
            row(csv, s.kind(), "", id.toString(), "", s.attained());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String kind, String unit, String organization, String area, boolean attained) {
        csv.append(YEAR).append(',').append(kind).append(',').append(unit).append(',').append(organization).append(',')
                .append(quoted(area)).append(',').append(attained).append(",,,,,,").append(quoted(NOTE)).append("\r\n");
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** "xã Hồng Phong, huyện Cao Lộc"; a unit merged away before the reform is marked as the former one. */
    private static String where(DemoUnit unit, Map<String, LocalDate> lastDay) {
        LocalDate last = lastDay.get(unit.code());
        boolean former = last != null && last.isBefore(LocalDate.of(2025, 1, 1));
        return DemoUnit.inSentence(unit.fullName()) + (former ? " (cũ)" : "") + ", " + DemoUnit.inSentence(unit.districtFullName());
    }

    private static OrganizationRequest organization(String name, OrganizationType type, Level level, DemoUnit unit,
                                                    Map<String, LocalDate> lastDay) {
        LocalDate last = lastDay.get(unit.code());
        return new OrganizationRequest(name, null, type, level, new AdminUnitRef(unit.era(), unit.code()), null, null,
                last != null && last.isBefore(LocalDate.of(2025, 1, 1)) ? last : null, ORGANIZATION_NOTE);
    }

    private static void addUnits(List<UnitAssessment> out, String kind, List<DemoUnit> units, Ratio ratio, Random random) {
        Set<Integer> missed = pick(units.size(), ratio.total() - ratio.attained(), random);
        for (int i = 0; i < units.size(); i++) {
            out.add(new UnitAssessment(kind, units.get(i), null, !missed.contains(i)));
        }
    }

    private static void addOrganizations(List<Subject> out, String kind, List<OrganizationRequest> organizations, Ratio ratio,
                                         Random random) {
        require(kind, organizations.size(), ratio.total());
        Set<Integer> missed = pick(organizations.size(), ratio.total() - ratio.attained(), random);
        for (int i = 0; i < organizations.size(); i++) {
            out.add(new Subject(organizations.get(i), kind, !missed.contains(i)));
        }
    }

    /** {@code count} distinct indexes below {@code size}. */
    private static Set<Integer> pick(int size, int count, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        return new HashSet<>(all.subList(0, count));
    }

    private static void require(String what, int found, int reported) {
        if (found != reported) {
            throw new IllegalStateException("The reference data gives " + found + " " + what + " of Lạng Sơn in 2022; the source reports "
                    + reported);
        }
    }
}
