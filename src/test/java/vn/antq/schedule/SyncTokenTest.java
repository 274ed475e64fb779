package vn.antq.schedule;

import org.junit.jupiter.api.Test;
import vn.antq.shared.error.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sync tokens: what the service issued comes back intact; anything else, or too old, is 410. */
class SyncTokenTest {

    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final Instant NOW = Instant.parse("2026-08-19T02:00:00Z");

    @Test
    void anIssuedTokenDecodesToItsPosition() {
        SyncToken token = new SyncToken(7, 42, NOW.minus(Duration.ofDays(3)), "");
        assertEquals(token, SyncToken.decode(token.encode(), LIFETIME, 42, 100, NOW, ""));
    }

    @Test
    void aTokenOlderThanItsLifetimeIsGone() {
        String token = new SyncToken(7, 42, NOW.minus(Duration.ofDays(31)), "").encode();
        ApiProblem problem = assertThrows(ApiProblem.class, () -> SyncToken.decode(token, LIFETIME, 42, 100, NOW, ""));
        assertEquals(410, problem.status());
        assertEquals("has expired (tokens live 30 days)", problem.errors().get(0).message());
    }

    @Test
    void aTokenAheadOfTheFeedOrOfTheClockWasNotIssuedHere() {
        String ahead = new SyncToken(7, 43, NOW, "").encode();
        String future = new SyncToken(7, 1, NOW.plusSeconds(60), "").encode();
        for (String token : new String[]{ahead, future}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> SyncToken.decode(token, LIFETIME, 42, 100, NOW, ""));
            assertEquals(410, problem.status());
            assertEquals("since", problem.errors().get(0).field());
        }
    }

    @Test
    void aScopedTokenDecodesOnlyInItsOwnScope() {
        String scope = SyncToken.scope(new vn.antq.adminunit.AdminUnitKey("2025", "42"), 2022);
        SyncToken token = new SyncToken(7, 40, NOW, scope);
        assertEquals(token, SyncToken.decode(token.encode(), LIFETIME, 42, 100, NOW, "2025:42/2022"));
        for (String other : new String[]{"", "2025:42/", "2025:01/2022"}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> SyncToken.decode(token.encode(), LIFETIME, 42, 100, NOW, other));
            assertEquals(400, problem.status());
            assertEquals(SyncToken.SCOPE_MISMATCH, problem.type());
        }
    }

    @Test
    void aTokenPastTheNewestTransactionWasNotIssuedHere() {
        String token = new SyncToken(101, 1, NOW, "").encode();
        assertEquals(410, assertThrows(ApiProblem.class, () -> SyncToken.decode(token, LIFETIME, 42, 100, NOW, "")).status());
    }

    @Test
    void aTokenOfTheFirstFormStandsForTransactionZero() {
        String first = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v2:40:" + NOW.getEpochSecond() + ":2025:42/2022").getBytes(StandardCharsets.UTF_8));
        assertEquals(new SyncToken(0, 40, NOW, "2025:42/2022"), SyncToken.decode(first, LIFETIME, 42, 100, NOW, "2025:42/2022"));
    }

    @Test
    void forgedTokensAreGone() {
        String otherVersion = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v2:1:" + NOW.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        for (String token : new String[]{"%%%", otherVersion, "djE6eDox", ""}) {
            assertEquals(410, assertThrows(ApiProblem.class, () -> SyncToken.decode(token, LIFETIME, 42, 100, NOW, ""), token).status());
        }
    }
}
