package vn.antq.shared.http;

import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Parses query parameters from their text, collecting every bad value, so that a wrong type gets a
 * 400 naming the parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private final Violations violations = new Violations();

    public LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(name, "must be an ISO date such as 2025-07-01");
            return null;
        }
    }

    public UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            violations.add(name, "must be a UUID");
            return null;
        }
    }

    public Integer integer(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            violations.add(name, "must be a whole number");
            return null;
        }
    }

    /** A whole number between {@code min} and {@code max}, both included. */
    public Integer integer(String name, String value, int min, int max) {
        Integer number = integer(name, value);
        if (number != null && (number < min || number > max)) {
            violations.add(name, "must be between " + min + " and " + max);
            return null;
        }
        return number;
    }

    /**
     * The paging part of a list request. Sort and limit errors join the other parameters' errors; a
     * cursor is decoded only once everything else is valid.
     */
    public <T> PageRequest<T> page(String sort, String limit, String cursor, PageRequest.Sorts<T> sorts) {
        Integer size = integer("limit", limit);
        if (size != null && (size < 1 || size > PageRequest.MAX_LIMIT)) {
            violations.add("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        SortKey<T> key = sorts.defaultKey();
        boolean descending = sort != null && sort.startsWith("-");
        if (sort != null) {
            String name = descending ? sort.substring(1) : sort;
            key = sorts.keys().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
            if (key == null) {
                violations.add("sort", "must be one of " + String.join(", ", sorts.keys().stream().map(SortKey::name).toList())
                        + ", optionally prefixed with '-'");
            }
        }
        validate();
        return PageRequest.first(key, sorts.uniqueKey(), descending, size == null ? PageRequest.DEFAULT_LIMIT : size).after(cursor);
    }

    public Double decimal(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(name, "must be a number");
        return null;
    }

    /**
     * A value of a type the caller knows how to read: {@code parser} gives null for text it cannot read,
     * and the parameter is then reported with {@code message}.
     */
    public <T> T parsed(String name, String value, Function<String, T> parser, String message) {
        if (value == null) {
            return null;
        }
        T parsed = parser.apply(value);
        if (parsed == null) {
            violations.add(name, message);
        }
        return parsed;
    }

    /** A rule between parameters that only the caller knows (e.g. a range's end before its start). */
    public void violation(String name, String message) {
        violations.add(name, message);
    }

    public Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        violations.add(name, "must be true or false");
        return null;
    }

    /** An API enum value; the API's enum constants are spelled exactly as on the wire. */
    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(name, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    /** A value from a fixed set of words. */
    public String choice(String name, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            violations.add(name, "must be one of " + String.join(", ", new TreeSet<>(allowed)));
            return null;
        }
        return value;
    }

    public String text(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            violations.add(name, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** Ends parsing: 400 listing every bad parameter, if any. */
    public void validate() {
        violations.throwIfAny();
    }
}
