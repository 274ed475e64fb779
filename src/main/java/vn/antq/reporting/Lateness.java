package vn.antq.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The lateness rule, pure so that it is tested without the service. A period's {@code dueOn} is a day in Vietnam:
 * a report submitted at any time of that day (Asia/Ho_Chi_Minh) is on time, one submitted on a later day is late
 * by the number of days after it. A unit that has not submitted (missing, draft, or returned and not yet submitted
 * again) is late once the due day has passed in Vietnam, by the days since.
 */
public final class Lateness {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Lateness() {
    }

    /** Days late, 0 when on time (or not yet due). */
    public static int daysLate(StandingStatus status, Instant submittedAt, LocalDate dueOn, Instant now) {
        boolean handedIn = status == StandingStatus.submitted || status == StandingStatus.accepted;
        Instant at = handedIn && submittedAt != null ? submittedAt : now;
        LocalDate day = at.atZone(VIETNAM).toLocalDate();
        long days = ChronoUnit.DAYS.between(dueOn, day);
        return days > 0 ? (int) Math.min(days, Integer.MAX_VALUE) : 0;
    }

    /** Today in Vietnam. */
    public static LocalDate today(Instant now) {
        return now.atZone(VIETNAM).toLocalDate();
    }
}
