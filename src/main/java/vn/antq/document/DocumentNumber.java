package vn.antq.document;

import vn.antq.shared.http.TextForm;

/** A document's number (số ký hiệu, e.g. {@code 12/2025/QĐ-UBND}) as a filter names it: trimmed, at most 60 characters. */
@TextForm("must be at most " + DocumentNumber.MAX_LENGTH + " characters")
public record DocumentNumber(String value) {

    public static final int MAX_LENGTH = 60;

    /** The number without surrounding spaces, or null when it is too long to be one. */
    public static DocumentNumber fromText(String text) {
        String number = text.strip();
        return number.length() <= MAX_LENGTH ? new DocumentNumber(number) : null;
    }

    static String valueOf(DocumentNumber number) {
        return number == null ? null : number.value;
    }
}
