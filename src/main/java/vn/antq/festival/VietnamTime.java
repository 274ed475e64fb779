package vn.antq.festival;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Festival times are kept as instants and shown, with their offset, in Vietnam's time zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    /** RFC 3339 with the +07:00 offset, e.g. 2025-08-19T07:30:00+07:00; null stays null. */
    public static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE).toOffsetDateTime());
    }

    public static Instant parse(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /** The calendar day in Vietnam on which the instant falls. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
