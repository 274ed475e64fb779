package vn.antq.demo;

import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.festival.ActivityKind;
import vn.antq.festival.FestivalDtos.Activity;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.festival.FestivalDtos.Venue;
import vn.antq.festival.FestivalKind;
import vn.antq.festival.FestivalStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A few National Great Unity Day festivals (Ngày hội đại đoàn kết toàn dân tộc, 18 November) in Hòa Bình's Cao
 * Phong district, which Hòa Bình's report of 9/6/2023 names as organized alongside the festival day of the movement.
 * The report gives no list: the communes, the year (2022), times, venues and parts are illustrative, and each record's
 * note says so.
 */
final class HoaBinhGreatUnityDay2022 {

    static final int YEAR = 2022;
    /** Hòa Bình (legacy 17) and its Cao Phong district (legacy 154); the records' 2025 province is Phú Thọ (25). */
    static final String PROVINCE = "17";
    static final String DISTRICT = "154";
    static final String PROVINCE_2025 = "25";
    static final int POINTS = 4;
    static final LocalDate DAY = LocalDate.of(YEAR, 11, 18);
    static final String NOTE = "Dữ liệu minh họa: báo cáo của tỉnh Hòa Bình (9/6/2023) nêu Ngày hội đại đoàn kết toàn dân tộc "
            + "được tổ chức lồng ghép; xã, năm, giờ, địa điểm và các phần của ngày hội ở đây là giả lập.";
    /** Công an tỉnh Hòa Bình (db/demo/registry.sql). */
    static final List<UUID> ORGANIZERS = List.of(UUID.fromString("a0000000-0000-4000-8000-000000000041"));
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private HoaBinhGreatUnityDay2022() {
    }

    /** One festival in each of the first {@link #POINTS} communes of Cao Phong (in code order) among {@code communes}. */
    static List<FestivalRequest> points(List<DemoUnit> communes) {
        List<FestivalRequest> requests = new ArrayList<>();
        for (DemoUnit commune : communes) {
            if (requests.size() == POINTS) {
                break;
            }
            if (!DISTRICT.equals(commune.districtCode())) {
                continue;
            }
            int n = requests.size();
            OffsetDateTime start = DAY.atTime(n % 2 == 0 ? 8 : 14, 0).atOffset(VIETNAM);
            String village = commune.urban() ? "Khu " + (n + 1) : "Xóm " + (n + 1);
            List<Activity> activities = new ArrayList<>(List.of(new Activity(ActivityKind.ceremony, null, null),
                    new Activity(ActivityKind.culture_arts, null, 3 + n), new Activity(ActivityKind.sport, null, 2)));
            if (n % 2 == 0) {
                activities.add(new Activity(ActivityKind.gifts, null, 5 + n));
            }
            requests.add(new FestivalRequest(YEAR, "Ngày hội đại đoàn kết toàn dân tộc năm " + YEAR + " – " + village + ", "
                    + commune.fullName() + ", " + commune.districtFullName(), new AdminUnitRef(commune.era(), commune.code()),
                    village, start, start.plusHours(3), FestivalStatus.held,
                    new Venue("Nhà văn hóa " + DemoUnit.inSentence(village), null, null, null), List.of(), ORGANIZERS,
                    null, NOTE, FestivalKind.great_unity_day, activities));
        }
        return requests;
    }
}
