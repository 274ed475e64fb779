package vn.antq.shared.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One change of a record: who made it, when, the record's state before and after (camelCase, as the API names its
 * fields) and the fields that changed.
 */
public record HistoryEntry(String id, String action, Instant occurredAt, Actor actor,
                           Map<String, Object> before, Map<String, Object> after, List<FieldChange> changes,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String operation) {

    public HistoryEntry(String id, String action, Instant occurredAt, Actor actor,
                        Map<String, Object> before, Map<String, Object> after, List<FieldChange> changes) {
        this(id, action, occurredAt, actor, before, after, changes, null);
    }

    public record Actor(String subject, String client) {
    }

    /** One field whose value differs between {@code before} and {@code after} ({@code null} where it was absent). */
    public record FieldChange(String field, Object before, Object after) {
    }
}
