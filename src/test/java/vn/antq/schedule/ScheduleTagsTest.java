package vn.antq.schedule;

import org.junit.jupiter.api.BeforeEach;
import vn.antq.festival.FestivalRepository;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When the kept tags answer, and when the database does. */
class ScheduleTagsTest {

    /** The database's answer, recognisable, and the look-ups asked of it. */
    private static final long FROM_DATABASE = -1;
    private final List<String> lookUps = new ArrayList<>();
    private final ScheduleTags tags = new ScheduleTags();

    @BeforeEach
    void setUp() {
        tags.festivals = new FestivalRepository() {
            @Override
            public long scheduleTag(List<String> provinces, int fromYear, int toYear) {
                lookUps.add(provinces + " " + fromYear + "-" + toYear);
                return FROM_DATABASE;
            }
        };
    }

    private static final List<ScheduleTags.Cell> CELLS = List.of(
            new ScheduleTags.Cell("42", 2024, 3), new ScheduleTags.Cell("42", 2025, 5),
            new ScheduleTags.Cell("01", 2024, 7), new ScheduleTags.Cell("01", 2026, 11));

    @Test
    void withoutCellsTheDatabaseAnswers() {
        assertThat(tags.tag(List.of("42"), 2024, 2024)).isEqualTo(FROM_DATABASE);
        assertThat(tags.stale()).isTrue();
        assertThat(lookUps).containsExactly("[42] 2024-2024");
    }

    @Test
    void keptCellsAreSummedOverProvincesAndYears() {
        tags.replace(tags.localWrites(), CELLS);
        assertThat(tags.tag(List.of("42"), 2024, 2024)).isEqualTo(3);
        assertThat(tags.tag(List.of("42"), 2023, 2025)).isEqualTo(8);
        assertThat(tags.tag(List.of("42", "01"), 2024, 2025)).isEqualTo(15);
        assertThat(tags.tag(null, 2000, 2100)).isEqualTo(26);
        assertThat(tags.tag(List.of("79"), 2000, 2100)).isZero();
        assertThat(tags.tag(null, 2026, 2025)).isZero();
        assertThat(lookUps).isEmpty();
    }

    @Test
    void aLocalWriteSendsTagsToTheDatabaseUntilTheCellsAreReadAfterIt() {
        long before = tags.localWrites();
        tags.replace(before, CELLS);
        tags.localWriteCommitted();
        assertThat(tags.stale()).isTrue();
        assertThat(tags.tag(List.of("42"), 2024, 2024)).isEqualTo(FROM_DATABASE);
        // Cells read before the write committed do not count as after it.
        tags.replace(before, CELLS);
        assertThat(tags.tag(List.of("42"), 2024, 2024)).isEqualTo(FROM_DATABASE);
        tags.replace(tags.localWrites(), List.of(new ScheduleTags.Cell("42", 2024, 4)));
        assertThat(tags.stale()).isFalse();
        assertThat(tags.tag(List.of("42"), 2024, 2024)).isEqualTo(4);
        assertThat(lookUps).hasSize(2);
    }

    @Test
    void suspendedTagsAreNotTrusted() {
        tags.replace(tags.localWrites(), CELLS);
        tags.suspend();
        assertThat(tags.tag(List.of("01"), 2024, 2026)).isEqualTo(FROM_DATABASE);
        assertThat(lookUps).containsExactly("[01] 2024-2026");
    }
}
