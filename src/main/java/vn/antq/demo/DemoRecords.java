package vn.antq.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.festival.FestivalService;
import vn.antq.organization.OrganizationDtos.OrganizationRequest;
import vn.antq.organization.OrganizationService;
import vn.antq.safety.SafetyBulkImport;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The demo records that are generated rather than written out: Hà Tĩnh's festival day of 2022, the
 * coming festival day, Lạng Sơn's safety standard of 2022 and Hòa Bình's Great Unity Day festivals. They go through the services' own write
 * paths (a festival as a create would, the assessments as one bulk submission), so they obey every
 * rule a client's records obey. Loading is idempotent: what is already there (by title, name or the
 * demo's note) is not written again, and a second start costs a few queries.
 */
@ApplicationScoped
public class DemoRecords {

    private static final Logger LOG = Logger.getLogger(DemoRecords.class);
    /** Records per transaction: short transactions, and a persistence context that stays small. */
    private static final int CHUNK = 100;
    /** Seconds a chunk may take: generous, for a first start on a busy machine. */
    private static final int CHUNK_TIMEOUT = 600;

    @Inject
    DemoRepository demo;
    @Inject
    FestivalService festivals;
    @Inject
    OrganizationService organizations;
    @Inject
    SafetyBulkImport safetyBulk;
    @Inject
    DemoIdentity identity;

    /** What one load wrote. */
    public record Loaded(int festivals2022, int comingFestivals, int organizations, int assessments, int greatUnityDays) {

        /** A load that wrote no Great Unity Day festival. */
        public Loaded(int festivals2022, int comingFestivals, int organizations, int assessments) {
            this(festivals2022, comingFestivals, organizations, assessments, 0);
        }
    }

    /** Loads what is missing; {@code today} decides the coming festival day. */
    public Loaded load(LocalDate today) {
        Loaded[] loaded = new Loaded[1];
        identity.runAsAdmin(() -> {
            int haTinh = haTinhFestivalDay();
            int coming = comingFestivalDay(today);
            int[] safety = langSonSafety();
            int greatUnity = hoaBinhGreatUnityDay();
            loaded[0] = new Loaded(haTinh, coming, safety[0], safety[1], greatUnity);
        });
        return loaded[0];
    }

    private int haTinhFestivalDay() {
        Set<String> present = demo.festivalTitles(HaTinhFestivalDay2022.YEAR, HaTinhFestivalDay2022.PROVINCE);
        LocalDate day = HaTinhFestivalDay2022.FESTIVAL_DAY;
        List<DemoUnit> communes = demo.units("legacy", "commune", HaTinhFestivalDay2022.PROVINCE, day, day);
        return createFestivals(HaTinhFestivalDay2022.points(communes), present);
    }

    private int hoaBinhGreatUnityDay() {
        Set<String> present = demo.festivalTitles(HoaBinhGreatUnityDay2022.YEAR, HoaBinhGreatUnityDay2022.PROVINCE_2025);
        LocalDate day = HoaBinhGreatUnityDay2022.DAY;
        List<DemoUnit> communes = demo.units("legacy", "commune", HoaBinhGreatUnityDay2022.PROVINCE, day, day);
        return createFestivals(HoaBinhGreatUnityDay2022.points(communes), present);
    }

    private int comingFestivalDay(LocalDate today) {
        LocalDate day = ComingFestivalDay.nextFestivalDay(today);
        Map<String, List<DemoUnit>> communes = new HashMap<>();
        Set<String> present = new HashSet<>();
        for (ComingFestivalDay.Province province : ComingFestivalDay.PROVINCES) {
            communes.put(province.code(), demo.units("2025", "commune", province.code(), day, day));
            present.addAll(demo.festivalTitles(day.getYear(), province.code()));
        }
        return createFestivals(ComingFestivalDay.points(day, communes), present);
    }

    /** Creates the festivals whose titles are not there yet, through the festival service. */
    private int createFestivals(List<FestivalRequest> requests, Set<String> present) {
        List<FestivalRequest> missing = requests.stream().filter(r -> !present.contains(r.title())).toList();
        inChunks(missing, festivals::create);
        return missing.size();
    }

    /** @return organizations created and assessments submitted */
    private int[] langSonSafety() {
        if (demo.assessmentsNoted(LangSonSafety2022.YEAR, LangSonSafety2022.NOTE)) {
            return new int[]{0, 0};
        }
        LocalDate from = LocalDate.of(LangSonSafety2022.YEAR, 1, 1);
        LocalDate to = LocalDate.of(LangSonSafety2022.YEAR, 12, 31);
        LangSonSafety2022.Plan plan;
        try {
            plan = LangSonSafety2022.plan(demo.units("legacy", "commune", LangSonSafety2022.PROVINCE, from, to),
                    demo.units("legacy", "district", LangSonSafety2022.PROVINCE, from, to),
                    demo.lastDays(LangSonSafety2022.PROVINCE));
        } catch (IllegalStateException e) {
            LOG.warnf("Lạng Sơn's safety standard of 2022 is not loaded: %s", e.getMessage());
            return new int[]{0, 0};
        }
        Map<String, UUID> ids = new HashMap<>(demo.organizationsNoted(LangSonSafety2022.ORGANIZATION_NOTE));
        List<OrganizationRequest> missing = plan.organizations().stream().map(LangSonSafety2022.Subject::organization)
                .filter(o -> !ids.containsKey(o.name())).toList();
        inChunks(missing, o -> ids.put(o.name(), organizations.create(o).body().id()));
        String csv = LangSonSafety2022.csv(plan, ids);
        var result = QuarkusTransaction.requiringNew().timeout(CHUNK_TIMEOUT).call(() -> safetyBulk.importCsv(new StringReader(csv)));
        return new int[]{missing.size(), result.created()};
    }

    private static <T> void inChunks(List<T> items, Consumer<T> write) {
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            QuarkusTransaction.requiringNew().timeout(CHUNK_TIMEOUT).run(() -> chunk.forEach(write));
        }
    }
}
