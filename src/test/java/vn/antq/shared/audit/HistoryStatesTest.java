package vn.antq.shared.audit;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryStatesTest {

    @Test
    void storedColumnNamesBecomeCamelCaseAtEveryDepth() {
        Map<String, Object> stored = Map.of("short_name", "CA huyện", "valid_from", "2021-03-10",
                "parties", List.of(Map.of("organization_id", "x", "role", "lead")));
        assertThat(HistoryStates.camelCase(stored)).isEqualTo(Map.of("shortName", "CA huyện", "validFrom", "2021-03-10",
                "parties", List.of(Map.of("organizationId", "x", "role", "lead"))));
        assertThat(HistoryStates.camelCase((Map<String, Object>) null)).isNull();
    }

    @Test
    void changesAreTheFieldsThatDifferInNameOrder() {
        Map<String, Object> before = new HashMap<>(Map.of("name", "A", "version", 0, "note", "x"));
        before.put("shortName", null);
        Map<String, Object> after = new HashMap<>(Map.of("name", "A", "version", 1, "shortName", "B"));
        after.put("note", null);
        assertThat(HistoryStates.changes(before, after)).containsExactly(
                new HistoryEntry.FieldChange("note", "x", null),
                new HistoryEntry.FieldChange("shortName", null, "B"),
                new HistoryEntry.FieldChange("version", 0, 1));
    }

    @Test
    void aCreationListsEveryFieldThatHasAValue() {
        Map<String, Object> after = new HashMap<>(Map.of("name", "A"));
        after.put("note", null);
        assertThat(HistoryStates.changes(null, after)).containsExactly(new HistoryEntry.FieldChange("name", null, "A"));
    }
}
