package vn.antq.shared.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value type that a query parameter can hold: it has a {@code public static T fromText(String)} that
 * gives null for text it cannot read, and {@link #value()} is what a bad parameter of that type is told
 * (see {@link QueryParamConverters}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TextForm {

    /** The problem message of an unreadable value, e.g. "must be an era and a code, such as 2025:38". */
    String value();
}
