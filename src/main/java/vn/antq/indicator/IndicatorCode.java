package vn.antq.indicator;

import vn.antq.shared.http.TextForm;

/** An indicator's code as a query parameter names it (e.g. {@code TC-03}): at most 60 characters. */
@TextForm("must be at most " + IndicatorCode.MAX_LENGTH + " characters")
public record IndicatorCode(String value) {

    public static final int MAX_LENGTH = 60;

    /** The code, or null when the text is too long to be one. */
    public static IndicatorCode fromText(String text) {
        return text.length() <= MAX_LENGTH ? new IndicatorCode(text) : null;
    }

    static String valueOf(IndicatorCode code) {
        return code == null ? null : code.value;
    }
}
