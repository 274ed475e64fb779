package vn.antq.festival;

import vn.antq.shared.error.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The position of a client in the festival sync feed: the last change it has, and when the token was
 * issued. Tokens live for a configured time (30 days by default); an expired, unknown or altered token
 * answers 410 and the client syncs again from scratch.
 */
public record SyncToken(long changeSeq, Instant issuedAt) {

    private static final String VERSION = "v1";

    public String encode() {
        String raw = VERSION + ":" + changeSeq + ":" + issuedAt.getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a token, refusing (410) any that this service did not issue, or that has expired. */
    public static SyncToken decode(String token, Duration lifetime, long currentChange, Instant now) {
        SyncToken decoded;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw gone("is not a sync token of this service");
            }
            decoded = new SyncToken(Long.parseLong(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            throw gone("is not a sync token of this service");
        }
        if (decoded.changeSeq < 0 || decoded.changeSeq > currentChange || decoded.issuedAt.isAfter(now)) {
            throw gone("is not a sync token of this service");
        }
        if (decoded.issuedAt.plus(lifetime).isBefore(now)) {
            throw gone("has expired (tokens live " + lifetime.toDays() + " days)");
        }
        return decoded;
    }

    private static ApiProblem gone(String why) {
        return new ApiProblem(410, "urn:antq:problem:sync-token-gone", "Sync token gone",
                "The token " + why + ". Discard the festivals you hold and sync again without a token.",
                java.util.List.of(new vn.antq.shared.error.FieldError("since", why)));
    }
}
