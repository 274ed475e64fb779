package vn.antq.shared.http;

import org.junit.jupiter.api.Test;
import vn.antq.shared.error.ApiProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** If-Match: strong tags of our versions only; absent is 428, anything else that does not match is 412. */
class ETagsTest {

    @Test
    void aStrongTagNamesItsVersion() {
        assertEquals(7L, ETags.requiredVersion("\"7\""));
        assertEquals(7L, ETags.requiredVersion("  \"7\" "));
    }

    @Test
    void aStarMatchesAnyVersion() {
        assertNull(ETags.requiredVersion("*"));
    }

    @Test
    void anAbsentHeaderIsPreconditionRequired() {
        assertEquals(428, assertThrows(ApiProblem.class, () -> ETags.requiredVersion(null)).status());
        assertEquals(428, assertThrows(ApiProblem.class, () -> ETags.requiredVersion(" ")).status());
    }

    @Test
    void weakOrForeignTagsNeverMatch() {
        for (String tag : new String[]{"W/\"7\"", "7", "\"\"", "\"seven\"", "\"7"}) {
            assertEquals(412, assertThrows(ApiProblem.class, () -> ETags.requiredVersion(tag), tag).status(), tag);
        }
    }

    @Test
    void onlyTheCurrentVersionPasses() {
        ETags.check(3L, 3);
        ETags.check(null, 3);
        assertEquals(412, assertThrows(ApiProblem.class, () -> ETags.check(2L, 3)).status());
    }

    @Test
    void theTagOfAVersionIsStrongAndQuotedOnTheWire() {
        assertEquals("7", ETags.of(7).getValue());
        assertEquals(false, ETags.of(7).isWeak());
    }
}
