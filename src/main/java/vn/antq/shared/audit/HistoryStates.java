package vn.antq.shared.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The one mapping from the audit trail's stored snapshots (jsonb written by the database triggers, keyed by column
 * names in snake_case) to the API's history: camelCase keys at every depth, and the list of changed fields.
 */
public final class HistoryStates {

    private HistoryStates() {
    }

    /** The snapshot with every key, children's included, in camelCase; {@code null} stays {@code null}. */
    public static Map<String, Object> camelCase(Map<String, Object> snapshot) {
        if (snapshot == null) {
            return null;
        }
        Map<String, Object> state = new LinkedHashMap<>();
        snapshot.forEach((key, value) -> state.put(camelCase(key), camelCaseValue(value)));
        return state;
    }

    @SuppressWarnings("unchecked")
    private static Object camelCaseValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return camelCase((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HistoryStates::camelCaseValue).toList();
        }
        return value;
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = name.length() > 0;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The top-level fields whose values differ, in name order; every field of {@code after} for a creation. */
    public static List<HistoryEntry.FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = before == null ? Map.of() : before;
        Map<String, Object> is = after == null ? Map.of() : after;
        TreeSet<String> fields = new TreeSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object old = was.get(field);
            Object now = is.get(field);
            if (before == null ? now != null : !Objects.equals(old, now)) {
                changes.add(new HistoryEntry.FieldChange(field, old, now));
            }
        }
        return changes;
    }
}
