package vn.antq.demo;

import org.junit.jupiter.api.Test;
import vn.antq.adminunit.Level;
import vn.antq.festival.FestivalDtos.FestivalRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo generators' arithmetic, without the application: exact totals, unique keys, the same output every time. */
class DemoGeneratorsTest {

    private static List<DemoUnit> communes(int count) {
        List<DemoUnit> communes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String district = String.valueOf(436 + i % 13);
            communes.add(new DemoUnit("legacy", String.format("%05d", 18000 + i), (i % 7 == 0 ? "Phường " : "Xã ") + "Số " + i,
                    i % 7 == 0 ? "ward" : "commune", district, "Huyện " + district, "42"));
        }
        return communes;
    }

    @Test
    void haTinhPointsAddUpToTheReportedTotals() {
        List<FestivalRequest> points = HaTinhFestivalDay2022.points(communes(217));

        assertThat(points).hasSize(1407);
        assertThat(points.stream().mapToInt(p -> p.report().participants()).sum()).isEqualTo(84_260);
        assertThat(points.stream().mapToInt(p -> p.report().giftCount()).sum()).isEqualTo(412);
        assertThat(points.stream().filter(p -> p.leaders().stream().anyMatch(l -> l.level() == Level.province))).hasSize(15);
        assertThat(points.stream().filter(p -> p.leaders().stream().anyMatch(l -> l.level() == Level.district))).hasSize(209);
        assertThat(new HashSet<>(points.stream().map(FestivalRequest::title).toList())).hasSize(1407);
        assertThat(points).allSatisfy(p -> {
            assertThat(p.startsAt().getYear()).isEqualTo(2022);
            assertThat(p.venue().latitude()).isBetween(17.9, 18.8);
            assertThat(p.venue().longitude()).isBetween(105.1, 106.5);
        });
    }

    @Test
    void haTinhPointsAreTheSameOnEveryRun() {
        assertThat(HaTinhFestivalDay2022.points(communes(217))).isEqualTo(HaTinhFestivalDay2022.points(communes(217)));
    }

    @Test
    void theComingFestivalDayIsTheNext19August() {
        assertThat(ComingFestivalDay.nextFestivalDay(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 8, 19));
        assertThat(ComingFestivalDay.nextFestivalDay(LocalDate.of(2026, 8, 19))).isEqualTo(LocalDate.of(2026, 8, 19));
        assertThat(ComingFestivalDay.nextFestivalDay(LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 8, 19));
    }

    @Test
    void apportionedPartsAddUpExactly() {
        int[] parts = Apportion.byWeights(412, new double[]{1, 2, 3, 0, 7.5});
        assertThat(parts[0] + parts[1] + parts[2] + parts[3] + parts[4]).isEqualTo(412);
        assertThat(parts[3]).isZero();
    }

    @Test
    void langSonPlanRefusesReferenceDataThatDoesNotMatchTheSource() {
        List<DemoUnit> tooFew = List.of(new DemoUnit("legacy", "06001", "Xã A", "commune", "180", "Huyện Tràng Định", "20"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LangSonSafety2022.plan(tooFew, List.of(), Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("181");
    }
}
