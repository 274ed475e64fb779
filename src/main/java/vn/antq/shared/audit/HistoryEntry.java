package vn.antq.shared.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One change of a record: who made it, when, the record's state before and after (camelCase, as the API names its
 * fields) and the fields that changed.
 */
public record HistoryEntry(String id, String action, Instant occurredAt, Actor actor,
                           Map<String, Object> before, Map<String, Object> after, List<FieldChange> changes) {

    public record Actor(String subject, String client) {
    }

    /** One field whose value differs between {@code before} and {@code after} ({@code null} where it was absent). */
    public record FieldChange(String field, Object before, Object after) {
    }
}
