package vn.antq.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.antq.shared.http.TextForm;

import java.util.Arrays;

/**
 * Who may read a document's files: anyone, without a token ({@code public}); any holder of a role
 * ({@code internal}); editors whose areas hold the document's unit, and admins ({@code restricted}).
 */
@TextForm("must be one of public, internal, restricted")
public enum DocumentAccess {
    PUBLIC("public"), INTERNAL("internal"), RESTRICTED("restricted");

    private final String wire;

    DocumentAccess(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The access spelled {@code text} (a query parameter), or null when there is none of that name. */
    public static DocumentAccess fromText(String text) {
        return of(text);
    }

    /** The access spelled {@code value}, or null when there is none of that name. */
    @JsonCreator
    public static DocumentAccess of(String value) {
        return Arrays.stream(values()).filter(a -> a.wire.equals(value)).findFirst().orElse(null);
    }

    /** Stored as on the wire. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<DocumentAccess, String> {
        @Override
        public String convertToDatabaseColumn(DocumentAccess access) {
            return access == null ? null : access.wire;
        }

        @Override
        public DocumentAccess convertToEntityAttribute(String value) {
            return value == null ? null : of(value);
        }
    }
}
