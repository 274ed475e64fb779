package vn.antq.record;

import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.FieldError;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A client's position in a collection's change feed: every change below ({@code tx}, {@code id}) has been
 * delivered to it, for the collection and unit the token was issued for. Signed (HMAC-SHA256) so that a
 * client can neither forge a position nor move a token to another collection or unit.
 */
public record ChangeToken(String collection, String unit, long tx, long id, Instant issuedAt) {

    private static final String VERSION = "c1";
    private static final int MAC_LENGTH = 32;

    public String encode(byte[] key) {
        byte[] payload = payload().getBytes(StandardCharsets.UTF_8);
        byte[] mac = mac(key, payload);
        byte[] token = Arrays.copyOf(payload, payload.length + MAC_LENGTH);
        System.arraycopy(mac, 0, token, payload.length, MAC_LENGTH);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /**
     * Reads a token: 410 when it was not issued by this service (altered, unknown) or has expired, 400
     * when it was issued for another collection or unit (the client asks with the wrong scope).
     */
    public static ChangeToken decode(String token, byte[] key, String collection, String unit, long visibleTx,
                                     Duration lifetime, Instant now) {
        ChangeToken decoded = read(token, key, visibleTx, lifetime, now);
        if (!decoded.collection.equals(collection)) {
            throw ApiProblem.invalid("since", "was issued for the changes of " + decoded.collection + ", not of " + collection);
        }
        if (!decoded.unit.equals(unit)) {
            throw ApiProblem.invalid("unit", decoded.unit.isEmpty()
                    ? "must be absent: the token was issued for the changes of every unit"
                    : "must be " + decoded.unit + ", the unit the token was issued for (or sync again without a token)");
        }
        return decoded;
    }

    /** Whether {@code token} has this class's form (it may still be altered or expired): a feed that also reads older forms asks. */
    public static boolean isSigned(String token) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(token);
            return raw.length > MAC_LENGTH && new String(raw, 0, VERSION.length() + 1, StandardCharsets.UTF_8).equals(VERSION + "|");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads a token without looking at its scope: 410 when it was not issued by this service (altered,
     * unknown, a position past {@code visibleTx}) or has expired. The caller compares the scope.
     */
    public static ChangeToken read(String token, byte[] key, long visibleTx, Duration lifetime, Instant now) {
        ChangeToken decoded;
        try {
            byte[] raw = Base64.getUrlDecoder().decode(token);
            if (raw.length <= MAC_LENGTH) {
                throw gone("is not a change token of this service");
            }
            byte[] payload = Arrays.copyOf(raw, raw.length - MAC_LENGTH);
            byte[] mac = Arrays.copyOfRange(raw, raw.length - MAC_LENGTH, raw.length);
            if (!MessageDigest.isEqual(mac, mac(key, payload))) {
                throw gone("is not a change token of this service");
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6 || !parts[0].equals(VERSION)) {
                throw gone("is not a change token of this service");
            }
            decoded = new ChangeToken(parts[1], parts[2], Long.parseLong(parts[3]), Long.parseLong(parts[4]),
                    Instant.ofEpochSecond(Long.parseLong(parts[5])));
        } catch (IllegalArgumentException e) {
            throw gone("is not a change token of this service");
        }
        if (decoded.tx > visibleTx || decoded.issuedAt.isAfter(now)) {
            throw gone("is not a change token of this service");
        }
        if (decoded.issuedAt.plus(lifetime).isBefore(now)) {
            throw gone("has expired (tokens live " + lifetime.toDays() + " days)");
        }
        return decoded;
    }

    /**
     * The position after a page: past its last change when more follow, else at the horizon {@code visibleTx}
     * (every change below it has been read), never behind where the page started.
     */
    public ChangeToken next(boolean hasMore, long lastTx, long lastId, long visibleTx, Instant now) {
        if (hasMore) {
            return new ChangeToken(collection, unit, lastTx, lastId, now);
        }
        return new ChangeToken(collection, unit, Math.max(visibleTx, tx), visibleTx > tx ? 0 : id, now);
    }

    private String payload() {
        return String.join("|", VERSION, collection, unit, Long.toString(tx), Long.toString(id),
                Long.toString(issuedAt.getEpochSecond()));
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiProblem gone(String why) {
        return new ApiProblem(410, "urn:antq:problem:sync-token-gone", "Sync token gone",
                "The token " + why + ". Discard the records you hold and sync again without a token.",
                List.of(new FieldError("since", why)));
    }
}
