package vn.antq.demo;

import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.Level;
import vn.antq.festival.ActivityKind;
import vn.antq.festival.FestivalDtos.Activity;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.festival.FestivalKind;
import vn.antq.festival.FestivalDtos.LeaderRequest;
import vn.antq.festival.FestivalDtos.Report;
import vn.antq.festival.FestivalDtos.Venue;
import vn.antq.festival.FestivalStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Hà Tĩnh's festival day of 2022 as festival points, made from the totals the province reported
 * (Công an tỉnh Hà Tĩnh, 23/11/2022): 1,407 points at commune and village level, 15 attended by
 * provincial and 209 by district leaders, over 84,000 participants and 412 gifts. Only the totals are
 * the source's; how they are spread over communes, days, venues and coordinates is invented, from a
 * fixed seed, so that every machine gets the same records.
 */
final class HaTinhFestivalDay2022 {

    static final int YEAR = 2022;
    static final String PROVINCE = "42";
    static final int POINTS = 1407;
    static final int WITH_PROVINCIAL_LEADERS = 15;
    static final int WITH_DISTRICT_LEADERS = 209;
    /** The source says "over 84,000" (trên 84.000 lượt người); this exact figure is the demo's choice. */
    static final int PARTICIPANTS = 84_260;
    static final int GIFTS = 412;
    static final LocalDate FESTIVAL_DAY = LocalDate.of(YEAR, 8, 19);
    static final String NOTE = "Dữ liệu minh họa: tổng số điểm, lãnh đạo dự, người tham gia và suất quà theo báo cáo của "
            + "Công an tỉnh Hà Tĩnh (23/11/2022); cách phân bổ cho từng điểm, địa điểm và tọa độ là giả lập. Các phần của ngày hội "
            + "theo báo cáo (lễ, giáo dục truyền thống, văn hóa văn nghệ, thể thao, thăm hỏi, tặng quà); lễ ở mọi điểm và tặng quà "
            + "ở các điểm có quà là theo số liệu, các phần khác ở từng điểm là giả lập.";

    /** Công an tỉnh Hà Tĩnh and Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh (db/demo/registry.sql). */
    static final List<UUID> ORGANIZERS = List.of(UUID.fromString("a0000000-0000-4000-8000-000000000051"),
            UUID.fromString("a0000000-0000-4000-8000-000000000052"));

    private static final long SEED = 20220819L;
    /** The activities are drawn apart, so that the rest of each point stays as it was before they were listed. */
    private static final long ACTIVITY_SEED = 20221123L;
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /**
     * Approximate centres of Hà Tĩnh's legacy districts (latitude, longitude) and how far (km) a
     * commune's point may lie from it. The reference data has no coordinates; these are rounded
     * positions of the district seats, good for a map of the demo, not for surveying.
     */
    private static final Map<String, double[]> DISTRICT_CENTRES = Map.ofEntries(
            Map.entry("436", new double[]{18.342, 105.905, 3}),   // Thành phố Hà Tĩnh
            Map.entry("437", new double[]{18.533, 105.705, 3}),   // Thị xã Hồng Lĩnh
            Map.entry("439", new double[]{18.500, 105.430, 12}),  // Huyện Hương Sơn
            Map.entry("440", new double[]{18.520, 105.590, 6}),   // Huyện Đức Thọ
            Map.entry("441", new double[]{18.370, 105.480, 9}),   // Huyện Vũ Quang
            Map.entry("442", new double[]{18.640, 105.760, 5}),   // Huyện Nghi Xuân
            Map.entry("443", new double[]{18.440, 105.760, 6}),   // Huyện Can Lộc
            Map.entry("444", new double[]{18.180, 105.700, 12}),  // Huyện Hương Khê
            Map.entry("445", new double[]{18.340, 105.830, 6}),   // Huyện Thạch Hà
            Map.entry("446", new double[]{18.230, 105.980, 7}),   // Huyện Cẩm Xuyên
            Map.entry("447", new double[]{18.050, 106.170, 8}),   // Huyện Kỳ Anh
            Map.entry("448", new double[]{18.470, 105.880, 4}),   // Huyện Lộc Hà
            Map.entry("449", new double[]{18.070, 106.290, 5}));  // Thị xã Kỳ Anh
    private static final double[] PROVINCE_CENTRE = {18.350, 105.800, 15};

    private static final String[] PROVINCIAL_LEADERS = {
            "Phó Chủ tịch UBND tỉnh Hà Tĩnh", "Trưởng ban Nội chính Tỉnh ủy Hà Tĩnh", "Giám đốc Công an tỉnh Hà Tĩnh",
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Phó Chủ tịch HĐND tỉnh Hà Tĩnh"};
    private static final int[][] START_TIMES = {{7, 30}, {8, 0}, {14, 0}, {19, 30}};

    private HaTinhFestivalDay2022() {
    }

    /**
     * The festival points over {@code communes} (Hà Tĩnh's legacy commune-level units existing on 19
     * August 2022, in code order): one at each commune's centre, the others in its villages or
     * residential groups. The same list of communes always gives the same requests.
     */
    static List<FestivalRequest> points(List<DemoUnit> communes) {
        Random random = new Random(SEED);
        int n = communes.size();
        if (n == 0 || n > POINTS) {
            throw new IllegalArgumentException("Expected between 1 and " + POINTS + " communes, got " + n);
        }
        // One point at each commune's centre; the remaining ones in its villages, more where it drew more.
        int[] villagePoints = new int[n];
        for (int i = 0; i < POINTS - n; i++) {
            villagePoints[random.nextInt(n)]++;
        }
        List<Point> points = new ArrayList<>(POINTS);
        for (int c = 0; c < n; c++) {
            DemoUnit commune = communes.get(c);
            double[] centre = DISTRICT_CENTRES.getOrDefault(commune.districtCode(), PROVINCE_CENTRE);
            double[] anchor = offset(random, centre[0], centre[1], centre[2]);
            points.add(new Point(commune, null, anchor[0], anchor[1]));
            for (int v = 1; v <= villagePoints[c]; v++) {
                double[] at = offset(random, anchor[0], anchor[1], 1.5);
                points.add(new Point(commune, (commune.urban() ? "Tổ dân phố " : "Thôn ") + v, at[0], at[1]));
            }
        }
        // Leaders attend commune-centre points first, then village ones; provincial and district ones apart.
        List<Integer> centres = new ArrayList<>();
        List<Integer> villages = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            (points.get(i).village == null ? centres : villages).add(i);
        }
        Collections.shuffle(centres, random);
        Collections.shuffle(villages, random);
        List<Integer> byPrecedence = new ArrayList<>(centres);
        byPrecedence.addAll(villages);
        Map<Integer, Level> leaderLevel = new HashMap<>();
        for (int k = 0; k < WITH_PROVINCIAL_LEADERS + WITH_DISTRICT_LEADERS; k++) {
            leaderLevel.put(byPrecedence.get(k), k < WITH_PROVINCIAL_LEADERS ? Level.province : Level.district);
        }
        double[] crowd = new double[points.size()];
        double[] giftWeights = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            boolean centre = points.get(i).village == null;
            crowd[i] = (centre ? 120 : 35) + random.nextInt(centre ? 120 : 50) + (leaderLevel.containsKey(i) ? 60 : 0);
            // Gifts (to families of policy beneficiaries and exemplary people) are handed over at commune centres.
            giftWeights[i] = centre ? 1 + random.nextInt(3) + (leaderLevel.containsKey(i) ? 2 : 0) : 0;
        }
        int[] participants = Apportion.byWeights(PARTICIPANTS, crowd);
        int[] gifts = Apportion.byWeights(GIFTS, giftWeights);

        Random activityRandom = new Random(ACTIVITY_SEED);
        List<FestivalRequest> requests = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int dayOffset = random.nextInt(100) < 40 ? 0 : random.nextInt(15) - 7;
            int[] time = START_TIMES[random.nextInt(START_TIMES.length)];
            OffsetDateTime start = FESTIVAL_DAY.plusDays(dayOffset).atTime(time[0], time[1]).atOffset(VIETNAM);
            List<LeaderRequest> leaders = new ArrayList<>();
            Level level = leaderLevel.get(i);
            if (level == Level.province) {
                leaders.add(new LeaderRequest(Level.province, PROVINCIAL_LEADERS[random.nextInt(PROVINCIAL_LEADERS.length)]));
            } else if (level == Level.district) {
                leaders.add(new LeaderRequest(Level.district, "Lãnh đạo UBND " + DemoUnit.inSentence(p.commune.districtFullName())));
            }
            requests.add(new FestivalRequest(YEAR, title(p), new AdminUnitRef(p.commune.era(), p.commune.code()), p.village,
                    start, start.plusHours(time[0] >= 19 ? 2 : 3), FestivalStatus.held,
                    new Venue(venue(p), address(p), round(p.latitude), round(p.longitude)), leaders, ORGANIZERS,
                    new Report(participants[i], gifts[i], null, null), NOTE, FestivalKind.antq_festival_day,
                    activities(activityRandom, p.village == null, participants[i], gifts[i])));
        }
        return requests;
    }

    /**
     * The parts of a point's day: the ceremony everywhere, the gifts where gifts were given (their count), and,
     * drawn (illustrative), traditional education, culture and arts (a few performances), sport and humanitarian visits,
     * more often at commune centres.
     */
    static List<Activity> activities(Random random, boolean centre, int participants, int gifts) {
        List<Activity> activities = new ArrayList<>();
        activities.add(new Activity(ActivityKind.ceremony, participants, null));
        if (random.nextInt(100) < (centre ? 70 : 40)) {
            activities.add(new Activity(ActivityKind.traditional_education, null, null));
        }
        if (random.nextInt(100) < (centre ? 80 : 50)) {
            activities.add(new Activity(ActivityKind.culture_arts, null, 2 + random.nextInt(7)));
        }
        if (random.nextInt(100) < (centre ? 50 : 20)) {
            activities.add(new Activity(ActivityKind.sport, null, 1 + random.nextInt(4)));
        }
        if (random.nextInt(100) < (centre ? 30 : 5)) {
            activities.add(new Activity(ActivityKind.humanitarian, null, 1 + random.nextInt(5)));
        }
        if (gifts > 0) {
            activities.add(new Activity(ActivityKind.gifts, null, gifts));
        }
        return activities;
    }

    /** A title names the point, its commune and district: unique within the province and the year. */
    static String title(Point p) {
        return "Ngày hội toàn dân bảo vệ ANTQ năm " + YEAR + " – " + (p.village == null ? "" : p.village + ", ")
                + p.commune.fullName() + ", " + p.commune.districtFullName();
    }

    private static String venue(Point p) {
        if (p.village == null) {
            return "Hội trường UBND " + DemoUnit.inSentence(p.commune.fullName());
        }
        return "Nhà văn hóa " + DemoUnit.inSentence(p.village);
    }

    private static String address(Point p) {
        return (p.village == null ? "" : p.village + ", ") + DemoUnit.inSentence(p.commune.fullName()) + ", "
                + DemoUnit.inSentence(p.commune.districtFullName()) + ", tỉnh Hà Tĩnh";
    }

    /** A point uniformly within {@code radiusKm} of the given one. */
    static double[] offset(Random random, double latitude, double longitude, double radiusKm) {
        double distance = radiusKm * StrictMath.sqrt(random.nextDouble());
        double bearing = 2 * StrictMath.PI * random.nextDouble();
        double dLat = distance * StrictMath.cos(bearing) / 111.2;
        double dLon = distance * StrictMath.sin(bearing) / (111.2 * StrictMath.cos(StrictMath.toRadians(latitude)));
        return new double[]{latitude + dLat, longitude + dLon};
    }

    /** Five decimals (about a metre): what a phone's map needs, and the same text on every machine. */
    static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    private record Point(DemoUnit commune, String village, double latitude, double longitude) {
    }
}
