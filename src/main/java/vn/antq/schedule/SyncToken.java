package vn.antq.schedule;

import vn.antq.adminunit.AdminUnitKey;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.FieldError;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The forms of sync token that earlier releases issued, still read (the feed now issues signed
 * {@link vn.antq.record.ChangeToken}s of the collection {@code festivals}, the record feeds' token), and the
 * sync feed's scope rules. A token holds the position of a client in the festival sync feed: the last change it has, as a (transaction id, change
 * number) position (see V21__festival_writers_in_parallel.sql), when the token was issued, and the scope it
 * syncs (a unit and a year, or the whole country). Tokens live for a configured time (30 days by default);
 * an expired, unknown or altered token answers 410 and the client syncs again from scratch. A token only
 * serves its own scope: sent with another, it answers 400. Tokens issued before positions carried a
 * transaction id ({@code v1}, {@code v2}) hold a change number only; they stand for transaction 0, where
 * the changes written before then lie, in their old order.
 */
public record SyncToken(long tx, long changeSeq, Instant issuedAt, String scope) {

    /** The whole country's tokens of the first form; a scoped token of the first form also carries its scope. */
    private static final String COUNTRY = "v1";
    private static final String SCOPED = "v2";
    /** The current form: transaction id, change number, time of issue, and the scope (absent for the whole country). */
    private static final String POSITIONED = "v3";
    public static final String SCOPE_MISMATCH = "urn:antq:problem:sync-token-scope";

    /** The scope's text form: {@code unit/year}, either part empty; empty for the whole country. */
    public static String scope(AdminUnitKey unit, Integer year) {
        if (unit == null && year == null) {
            return "";
        }
        return (unit == null ? "" : unit.era() + ":" + unit.code()) + "/" + (year == null ? "" : year);
    }

    public String encode() {
        String raw = POSITIONED + ":" + tx + ":" + changeSeq + ":" + issuedAt.getEpochSecond()
                + (scope.isEmpty() ? "" : ":" + scope);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a token, refusing (410) any that this service did not issue (a position past the newest
     * change number {@code lastChange} or past the newest transaction {@code newestTx}), or that has
     * expired, and (400) one issued for another scope than {@code scope}.
     */
    public static SyncToken decode(String token, Duration lifetime, long lastChange, long newestTx, Instant now, String scope) {
        SyncToken decoded;
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts;
            if (text.startsWith(POSITIONED + ":")) {
                parts = text.split(":", 5);
                if (parts.length == 5 && parts[4].isEmpty() || parts.length < 4) {
                    throw gone("is not a sync token of this service");
                }
                decoded = new SyncToken(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                        Instant.ofEpochSecond(Long.parseLong(parts[3])), parts.length == 5 ? parts[4] : "");
            } else {
                parts = text.split(":", 4);
                boolean country = parts.length == 3 && parts[0].equals(COUNTRY);
                boolean scoped = parts.length == 4 && parts[0].equals(SCOPED) && !parts[3].isEmpty();
                if (!country && !scoped) {
                    throw gone("is not a sync token of this service");
                }
                decoded = new SyncToken(0, Long.parseLong(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2])),
                        country ? "" : parts[3]);
            }
        } catch (IllegalArgumentException e) {
            throw gone("is not a sync token of this service");
        }
        if (decoded.tx < 0 || decoded.tx > newestTx || decoded.changeSeq < 0 || decoded.changeSeq > lastChange
                || decoded.issuedAt.isAfter(now)) {
            throw gone("is not a sync token of this service");
        }
        if (decoded.issuedAt.plus(lifetime).isBefore(now)) {
            throw gone("has expired (tokens live " + lifetime.toDays() + " days)");
        }
        if (!decoded.scope.equals(scope)) {
            throw otherScope(describe(decoded.scope), scope);
        }
        return decoded;
    }

    /** 400: a token issued for {@code issuedFor} (described) was sent for {@code scope}. */
    public static ApiProblem otherScope(String issuedFor, String scope) {
        return new ApiProblem(400, SCOPE_MISMATCH, "Sync token of another scope",
                "The token was issued for " + issuedFor + ", not for " + describe(scope)
                        + ". Send it with the unit and year it was issued for, or sync this scope from the start.",
                List.of(new FieldError("since", "was issued for " + issuedFor)));
    }

    /** A scope in words, for the problems that name it. */
    public static String describe(String scope) {
        if (scope.isEmpty()) {
            return "the whole country";
        }
        String[] parts = scope.split("/", -1);
        String unit = parts[0].isEmpty() ? "the whole country" : "unit=" + parts[0];
        return parts.length > 1 && !parts[1].isEmpty() ? unit + ", year=" + parts[1] : unit;
    }

    private static ApiProblem gone(String why) {
        return new ApiProblem(410, "urn:antq:problem:sync-token-gone", "Sync token gone",
                "The token " + why + ". Discard the festivals you hold and sync again without a token.",
                List.of(new FieldError("since", why)));
    }
}
