package vn.antq.support;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it, for rules that count in time windows. Enabled only
 * by the test profiles that list it among their alternatives.
 */
@Alternative
@Singleton
public class SteppedClock extends Clock {

    /** 10 seconds into a minute, so that a rate-limit window has 50 s left. */
    public static final Instant START = Instant.parse("2026-08-19T01:00:10Z");

    private volatile Instant now = START;

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
