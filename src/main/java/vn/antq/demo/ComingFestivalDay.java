package vn.antq.demo;

import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.Level;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.festival.FestivalDtos.LeaderRequest;
import vn.antq.festival.FestivalDtos.Venue;
import vn.antq.festival.FestivalStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A schedule for the next festival day (19 August on or after the day the demo is loaded) in a few
 * provinces of the 2025 structure, so that the public schedule, "near me", the sync feed and the
 * calendar have something to show. Invented, from a seed fixed per year: loading it twice in the same
 * year gives the same festivals.
 */
final class ComingFestivalDay {

    static final int POINTS_PER_PROVINCE = 8;
    static final String NOTE = "Dữ liệu minh họa: lịch Ngày hội toàn dân bảo vệ ANTQ sắp tới, tạo khi nạp dữ liệu demo.";

    /** A province on the schedule: its 2025 code, the organizer (db/demo/registry.sql) and a map position. */
    record Province(String code, String name, UUID organizer, double latitude, double longitude, double radiusKm) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("42", "Hà Tĩnh", UUID.fromString("a0000000-0000-4000-8000-000000000051"), 18.342, 105.905, 25),
            new Province("38", "Thanh Hóa", UUID.fromString("a0000000-0000-4000-8000-000000000011"), 19.807, 105.776, 30),
            new Province("20", "Lạng Sơn", UUID.fromString("a0000000-0000-4000-8000-000000000031"), 21.853, 106.761, 25));

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private ComingFestivalDay() {
    }

    /** 19 August of this year if it has not passed on {@code today}, otherwise of next year. */
    static LocalDate nextFestivalDay(LocalDate today) {
        LocalDate thisYear = LocalDate.of(today.getYear(), 8, 19);
        return today.isAfter(thisYear) ? thisYear.plusYears(1) : thisYear;
    }

    /**
     * The planned points of the festival day {@code day}, {@value #POINTS_PER_PROVINCE} per province,
     * over each province's 2025 communes ({@code communesByProvince}, in code order).
     */
    static List<FestivalRequest> points(LocalDate day, Map<String, List<DemoUnit>> communesByProvince) {
        Random random = new Random(day.getYear());
        List<FestivalRequest> requests = new ArrayList<>();
        for (Province province : PROVINCES) {
            List<DemoUnit> communes = communesByProvince.getOrDefault(province.code(), List.of());
            List<DemoUnit> chosen = new ArrayList<>(communes);
            Collections.shuffle(chosen, random);
            for (int i = 0; i < Math.min(POINTS_PER_PROVINCE, chosen.size()); i++) {
                DemoUnit commune = chosen.get(i);
                double[] at = HaTinhFestivalDay2022.offset(random, province.latitude(), province.longitude(), province.radiusKm());
                // Most on the day itself, some in the days around it; mornings, afternoons or evenings.
                int dayOffset = i < POINTS_PER_PROVINCE / 2 ? 0 : random.nextInt(7) - 3;
                int hour = new int[]{8, 14, 19}[random.nextInt(3)];
                OffsetDateTime start = day.plusDays(dayOffset).atTime(hour, 0).atOffset(VIETNAM);
                String where = DemoUnit.inSentence(commune.fullName());
                List<LeaderRequest> leaders = i == 0
                        ? List.of(new LeaderRequest(Level.province, "Lãnh đạo UBND tỉnh " + province.name()))
                        : List.of(new LeaderRequest(Level.commune, "Chủ tịch UBND " + where));
                requests.add(new FestivalRequest(day.getYear(),
                        "Ngày hội toàn dân bảo vệ ANTQ năm " + day.getYear() + " – " + commune.fullName() + ", tỉnh " + province.name(),
                        new AdminUnitRef(commune.era(), commune.code()), null, start, start.plusHours(3), FestivalStatus.planned,
                        new Venue("Sân vận động trung tâm " + where, where + ", tỉnh " + province.name(),
                                HaTinhFestivalDay2022.round(at[0]), HaTinhFestivalDay2022.round(at[1])),
                        leaders, List.of(province.organizer()), null, NOTE));
            }
        }
        return requests;
    }
}
