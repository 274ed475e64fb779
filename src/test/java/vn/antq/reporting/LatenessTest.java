package vn.antq.reporting;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The lateness rule: the due day is a day in Vietnam (UTC+7). */
class LatenessTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 21);
    private static final Instant LATER = Instant.parse("2027-06-01T00:00:00Z");

    @Test
    void aReportSubmittedAt2330OnTheDueDayInVietnamIsOnTime() {
        assertThat(Lateness.daysLate(StandingStatus.submitted, Instant.parse("2026-12-21T16:30:00Z"), DUE, LATER)).isZero();
    }

    @Test
    void aReportSubmittedAt0030TheNextDayInVietnamIsOneDayLateThoughItIsStillTheDueDayInUtc() {
        assertThat(Lateness.daysLate(StandingStatus.accepted, Instant.parse("2026-12-21T17:30:00Z"), DUE, LATER)).isEqualTo(1);
    }

    @Test
    void aUnitWithoutAReportIsLateOnlyOnceTheDueDayHasPassedInVietnam() {
        assertThat(Lateness.daysLate(StandingStatus.missing, null, DUE, Instant.parse("2026-12-21T16:59:59Z"))).isZero();
        assertThat(Lateness.daysLate(StandingStatus.missing, null, DUE, Instant.parse("2026-12-21T17:00:00Z"))).isEqualTo(1);
        assertThat(Lateness.daysLate(StandingStatus.draft, null, DUE, Instant.parse("2026-12-31T05:00:00Z"))).isEqualTo(10);
    }

    @Test
    void aReturnedReportCountsAsNotHandedIn() {
        assertThat(Lateness.daysLate(StandingStatus.returned, Instant.parse("2026-12-01T00:00:00Z"), DUE,
                Instant.parse("2026-12-23T03:00:00Z"))).isEqualTo(2);
    }
}
