package vn.antq.shared.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads typed query parameters without ever failing: text that a type cannot read becomes null, and
 * {@link QueryParameters#check} then names the parameter (its text is still in the request) with the
 * message of {@link #unreadable(Class)}. A converter that threw would make JAX-RS answer 404 for the
 * first bad parameter alone; this way one 400 names every bad parameter.
 *
 * <p>Only {@code @QueryParam}s are read this way; path and header parameters keep their strict reading.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> READERS = Map.of(
            LocalDate.class, QueryParamConverters::date,
            UUID.class, QueryParamConverters::uuid,
            Integer.class, QueryParamConverters::integer,
            Boolean.class, QueryParamConverters::bool,
            Double.class, QueryParamConverters::decimal,
            Instant.class, QueryParamConverters::instant);

    private static final Map<Class<?>, String> MESSAGES = Map.of(
            LocalDate.class, "must be an ISO date such as 2025-07-01",
            UUID.class, "must be a UUID",
            Integer.class, "must be a whole number",
            Boolean.class, "must be true or false",
            Double.class, "must be a number",
            Instant.class, "must be a date-time with its offset, such as 2026-01-01T00:00:00Z");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (annotations == null || Arrays.stream(annotations).noneMatch(a -> a instanceof QueryParam)) {
            return null;
        }
        Function<String, ?> reader = reader(rawType);
        return reader == null ? null : new Lenient<>((Function<String, T>) reader);
    }

    /** The message of a value that {@code type} cannot read, or null for a type read here from no text. */
    public static String unreadable(Class<?> type) {
        if (MESSAGES.containsKey(type)) {
            return MESSAGES.get(type);
        }
        TextForm form = type.getAnnotation(TextForm.class);
        if (form != null) {
            return form.value();
        }
        if (type.isEnum()) {
            return "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        return null;
    }

    static Function<String, ?> reader(Class<?> type) {
        if (READERS.containsKey(type)) {
            return READERS.get(type);
        }
        if (type.isAnnotationPresent(TextForm.class)) {
            Method fromText = fromText(type);
            return text -> {
                try {
                    return fromText.invoke(null, text);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return null;
                }
            };
        }
        if (type.isEnum()) {
            return text -> constant(type, text);
        }
        return null;
    }

    private static Method fromText(Class<?> type) {
        try {
            Method method = type.getMethod("fromText", String.class);
            if (!Modifier.isStatic(method.getModifiers()) || !type.isAssignableFrom(method.getReturnType())) {
                throw new IllegalStateException(type + " is a @TextForm without a static fromText(String)");
            }
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " is a @TextForm without a static fromText(String)", e);
        }
    }

    /** An API enum value; the API's enum constants are spelled exactly as on the wire. */
    private static Object constant(Class<?> type, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(String text) {
        return text.equals("true") || text.equals("false") ? Boolean.valueOf(text) : null;
    }

    private static Double decimal(String text) {
        try {
            double parsed = Double.parseDouble(text);
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Lenient<T>(Function<String, T> reader) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return value == null ? null : reader.apply(value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
