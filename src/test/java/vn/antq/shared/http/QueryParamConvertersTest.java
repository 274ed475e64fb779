package vn.antq.shared.http;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Typed query parameters are read without failing: unreadable text becomes null, and its type says what to tell. */
class QueryParamConvertersTest {

    @TextForm("must be two letters")
    record Initials(String value) {
        public static Initials fromText(String text) {
            return text.matches("[A-Z]{2}") ? new Initials(text) : null;
        }
    }

    enum Colour { red, green }

    private static final Annotation[] QUERY = Holder.class.getDeclaredFields()[0].getAnnotations();
    private static final Annotation[] PATH = Holder.class.getDeclaredFields()[1].getAnnotations();

    static class Holder {
        @QueryParam("a") String query;
        @PathParam("b") String path;
    }

    private static <T> ParamConverter<T> converter(Class<T> type) {
        return new QueryParamConverters().getConverter(type, type, QUERY);
    }

    @Test
    void readableTextIsReadAndUnreadableTextIsNull() {
        assertEquals(LocalDate.of(2025, 7, 1), converter(LocalDate.class).fromString("2025-07-01"));
        assertNull(converter(LocalDate.class).fromString("2025-07-01T00:00:00.000Z"));
        assertNull(converter(UUID.class).fromString("not-a-uuid"));
        assertNull(converter(Integer.class).fromString("20x"));
        assertEquals(Boolean.FALSE, converter(Boolean.class).fromString("false"));
        assertNull(converter(Boolean.class).fromString("yes"));
        assertEquals(Colour.green, converter(Colour.class).fromString("green"));
        assertNull(converter(Colour.class).fromString("GREEN"));
        assertEquals(new Initials("AB"), converter(Initials.class).fromString("AB"));
        assertNull(converter(Initials.class).fromString("abc"));
    }

    @Test
    void onlyQueryParametersAreReadLeniently() {
        assertNull(new QueryParamConverters().getConverter(UUID.class, UUID.class, PATH));
        assertNull(new QueryParamConverters().getConverter(StringBuilder.class, StringBuilder.class, QUERY));
    }

    @Test
    void eachTypeSaysWhatABadValueIsTold() {
        assertEquals("must be an ISO date such as 2025-07-01", QueryParamConverters.unreadable(LocalDate.class));
        assertEquals("must be a UUID", QueryParamConverters.unreadable(UUID.class));
        assertEquals("must be a whole number", QueryParamConverters.unreadable(Integer.class));
        assertEquals("must be true or false", QueryParamConverters.unreadable(Boolean.class));
        assertEquals("must be one of red, green", QueryParamConverters.unreadable(Colour.class));
        assertEquals("must be two letters", QueryParamConverters.unreadable(Initials.class));
        assertNull(QueryParamConverters.unreadable(String.class));
    }
}
