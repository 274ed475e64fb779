package vn.antq.review;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.antq.shared.http.TextForm;

import java.util.Arrays;

/**
 * Interim (sơ kết, e.g. after 5 years), final (tổng kết, at the end) or annual review conference.
 * Unlike the other API enums its constants cannot be spelled as on the wire ("final" is a keyword),
 * so it carries its wire value explicitly.
 */
@TextForm("must be one of annual, final, interim")
public enum ReviewKind {
    INTERIM("interim"), FINAL("final"), ANNUAL("annual");

    private final String value;

    ReviewKind(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    /** The kind whose wire value is {@code text}, or null when there is none. */
    public static ReviewKind fromText(String text) {
        return Arrays.stream(values()).filter(k -> k.value.equals(text)).findFirst().orElse(null);
    }

    /** Stores the wire value, as the database's check constraint expects. */
    @Converter(autoApply = true)
    public static class DatabaseValue implements AttributeConverter<ReviewKind, String> {

        @Override
        public String convertToDatabaseColumn(ReviewKind kind) {
            return kind == null ? null : kind.value;
        }

        @Override
        public ReviewKind convertToEntityAttribute(String value) {
            return value == null ? null : Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Unknown review kind " + value));
        }
    }
}
