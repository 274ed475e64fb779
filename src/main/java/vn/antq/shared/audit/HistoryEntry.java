package vn.antq.shared.audit;

import java.time.Instant;
import java.util.Map;

/** One change of a record: who made it, when, and the record's stored state before and after. */
public record HistoryEntry(String id, String action, Instant occurredAt, Actor actor,
                           Map<String, Object> before, Map<String, Object> after) {

    public record Actor(String subject, String client) {
    }
}
